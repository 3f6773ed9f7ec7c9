import type { FastifyServerOptions } from 'fastify';
import type { Env } from './env.js';

/**
 * Structured JSON logs with the request id. Requests are logged by method and path only: query strings
 * (tRPC inputs, survey tokens) can hold personal data, and no header is logged.
 */
export function loggerOptions(env: Pick<Env, 'LOG_LEVEL'>): FastifyServerOptions['logger'] {
  return {
    level: env.LOG_LEVEL,
    serializers: {
      req: (req: { method: string; url: string }) => ({ method: req.method, path: req.url.split('?')[0] }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
}
