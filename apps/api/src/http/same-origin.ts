import type { FastifyInstance } from 'fastify';

/**
 * Cross-site request protection for the API, on top of the SameSite session cookie: a state-changing request
 * must come from a page of this server (its Origin, when the browser sends one, names this host) and be JSON,
 * which a plain HTML form cannot send without a CORS preflight that this server never grants.
 */
export function registerSameOriginGuard(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/trpc') || request.method === 'GET' || request.method === 'HEAD') return;
    const origin = request.headers.origin;
    if (origin !== undefined && originHost(origin) !== request.host) {
      return reply.code(403).send({ error: 'Cross-origin requests are not allowed' });
    }
    if (!request.headers['content-type']?.startsWith('application/json')) {
      return reply.code(415).send({ error: 'Requests must be JSON' });
    }
  });
}

function originHost(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}
