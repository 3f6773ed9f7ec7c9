import { TRPCError } from '@trpc/server';
import { getErrorShape } from '@trpc/server/unstable-core-do-not-import';
import { appRouter } from '../../src/router/index.js';

/** The tRPC code a call ends with, or 'OK'. */
export async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
  return 'OK';
}

export async function errorOf(promise: Promise<unknown>): Promise<TRPCError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

/** The field errors a client receives for this error: the router's own error formatter, as over HTTP. */
export function fieldErrorsOf(error: TRPCError): Record<string, string[] | undefined> {
  const shape = getErrorShape({
    config: appRouter._def._config,
    error,
    type: 'mutation',
    path: undefined,
    input: undefined,
    ctx: undefined,
  });
  return shape.data.fieldErrors ?? {};
}
