import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * Security headers on every answer, through @fastify/helmet (the maintained plugin) with a policy written for this
 * console:
 * - scripts only from this server (the built console has no inline script), nothing framed (frame-ancestors 'none',
 *   X-Frame-Options DENY), no plugins, forms and calls only to this server;
 * - styles from this server and inline: Mantine writes its CSS variables into a style element and, like ECharts, sets
 *   style attributes on elements at run time; a nonce or hash covers neither attribute (CSP has no nonce for them),
 *   and styles cannot run code;
 * - no referrer, no MIME sniffing, no camera, microphone, geolocation or payment;
 * - HSTS only over HTTPS (a browser ignores it over plain HTTP, and a local install must stay reachable);
 * - API answers are never cached, since they are someone's data.
 */
export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    hsts: false,
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=()');
    if (request.protocol === 'https')
      reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    const path = request.url.split('?')[0] ?? '';
    if (path.startsWith('/trpc/') || path.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });
}
