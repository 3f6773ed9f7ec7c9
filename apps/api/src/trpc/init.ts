import { initTRPC } from '@trpc/server';
import { ZodError, z } from 'zod';
import type { Context } from './context.js';

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    // Never send a stack trace or SQL to the client, whatever NODE_ENV says.
    const { stack: _stack, ...data } = shape.data;
    const zodError =
      error.code === 'BAD_REQUEST' && error.cause instanceof ZodError ? error.cause : undefined;
    return {
      ...shape,
      message: error.code === 'INTERNAL_SERVER_ERROR' ? 'Something went wrong on the server.' : shape.message,
      data: { ...data, fieldErrors: zodError ? z.flattenError(zodError).fieldErrors : undefined },
    };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Open to everyone, signed in or not. */
export const publicProcedure = t.procedure;
