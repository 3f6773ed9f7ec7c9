import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import { pingDatabase } from '@mobilis/db';
import { type FastifyTRPCPluginOptions, fastifyTRPCPlugin } from '@trpc/server/adapters/fastify';
import Fastify, { type FastifyInstance, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import { databaseUnavailableMessage, isDatabaseUnavailable } from './domain-errors.js';
import { registerCertificateRoutes } from './http/certificate-routes.js';
import { registerDoor } from './http/door.js';
import { registerExportRoutes } from './http/export-routes.js';
import { registerImportRoutes } from './http/import-routes.js';
import { registerMetrics } from './http/metrics.js';
import { registerParticipantDataRoutes } from './http/participant-data-routes.js';
import { registerSameOriginGuard } from './http/same-origin.js';
import { registerSecurityHeaders } from './http/security-headers.js';
import { registerSurveyLinks } from './http/survey-links.js';
import { type AppRouter, appRouter } from './router/index.js';
import type { AppServices } from './services.js';
import { contextFactory } from './trpc/context.js';

export interface ServerOptions {
  services: AppServices;
  /** Folder of the built console; when absent or missing, only the API is served. */
  webDir?: string | undefined;
  logger?: FastifyServerOptions['logger'];
  /** Trust X-Forwarded-* from a reverse proxy (for HTTPS detection and client addresses). */
  /** As Fastify takes it: a number of proxies in front, their addresses, or true for any (tests only). */
  trustProxy?: boolean | number | string;
}

/** Builds the HTTP server: the tRPC API at /trpc, /healthz, and the console at /. Does not listen. */
export async function buildServer({
  services,
  webDir,
  logger = false,
  trustProxy = false,
}: ServerOptions): Promise<FastifyInstance> {
  // The proxies' addresses as a list; a number of proxies as the hops to believe, counted from this server.
  const trusted: FastifyServerOptions['trustProxy'] =
    typeof trustProxy === 'string'
      ? trustProxy.split(',')
      : typeof trustProxy === 'number'
        ? (_address: string, hop: number) => hop < trustProxy
        : trustProxy;
  const app = Fastify({
    logger,
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    },
    routerOptions: { maxParamLength: 5000 },
    // Fastify's own close waits for requests in flight and closes idle keep-alive sockets.
    forceCloseConnections: 'idle',
    trustProxy: trusted,
  });

  // Plain routes' failures: the database away is a 503 to try again; anything else unexpected says nothing of
  // itself (no SQL, no stack) beyond the request id in the log.
  app.setErrorHandler((error: Error & { statusCode?: number }, request, reply) => {
    if (isDatabaseUnavailable(error))
      return reply.code(503).header('retry-after', '30').send({ error: databaseUnavailableMessage });
    if (error.statusCode !== undefined && error.statusCode < 500) return reply.send(error);
    request.log.error({ err: error }, 'request failed');
    return reply.code(500).send({ error: 'Something went wrong on the server.' });
  });
  await app.register(fastifyCookie);
  await registerSecurityHeaders(app);
  registerSameOriginGuard(app);
  registerDoor(app, services);
  registerMetrics(app, services.config.metricsToken);
  registerSurveyLinks(app, services);
  await registerImportRoutes(app, services);
  registerExportRoutes(app, services);
  registerCertificateRoutes(app, services);
  registerParticipantDataRoutes(app, services);

  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(fastifyTRPCPlugin, {
    prefix: '/trpc',
    trpcOptions: {
      router: appRouter,
      createContext: contextFactory(services),
      onError({ error, path: procedure, ctx }) {
        if (error.code === 'INTERNAL_SERVER_ERROR')
          ctx?.log?.error({ err: error.cause ?? error, procedure }, 'procedure failed');
      },
    },
  } satisfies FastifyTRPCPluginOptions<AppRouter>);

  app.get('/healthz', { config: { access: 'public' } }, async (_request, reply) => {
    try {
      await pingDatabase(services.database.db);
      return { status: 'ok', database: services.database.kind };
    } catch {
      return reply.code(503).send({ status: 'unavailable', database: services.database.kind });
    }
  });

  await registerConsole(app, webDir);
  return app;
}

async function registerConsole(app: FastifyInstance, webDir: string | undefined): Promise<void> {
  const root = webDir && path.resolve(webDir);
  const hasConsole = root !== undefined && existsSync(path.join(root, 'index.html'));
  if (!hasConsole) {
    app.log.warn({ webDir: root }, 'no built console found: serving the API only (run `pnpm build`)');
  } else {
    await app.register(fastifyStatic, {
      root,
      wildcard: false,
      index: 'index.html',
      cacheControl: false,
      setHeaders(reply, filePath) {
        // Vite fingerprints everything under assets/; index.html must always be revalidated.
        const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
        reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }

  app.setNotFoundHandler((request, reply) => {
    if (hasConsole && isConsolePage(request)) {
      // Client-side routes: the console's router decides what to show, including its own 404 page.
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return reply.code(404).send({ error: 'Not Found' });
  });
}

/**
 * A request the console's router answers: a GET outside the API and the built files, for an address without a file
 * extension or from a browser navigating (which asks for HTML: `/outcomes/cefr.reading` is a page, not a file).
 */
function isConsolePage(request: FastifyRequest): boolean {
  const pathname = request.url.split('?')[0] ?? '';
  if (request.method !== 'GET' || /^\/(trpc|api|assets)(\/|$)/.test(pathname)) return false;
  return !path.extname(pathname) || (request.headers.accept ?? '').includes('text/html');
}
