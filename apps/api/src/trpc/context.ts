import type { Database, DatabaseHandle } from '@mobilis/db';
import type { CreateFastifyContextOptions } from '@trpc/server/adapters/fastify';
import type { FastifyBaseLogger } from 'fastify';

export interface AppServices {
  database: DatabaseHandle;
}

export interface Context {
  db: Database;
  database: DatabaseHandle;
  requestId: string;
  log: FastifyBaseLogger | undefined;
}

/** The context without HTTP: what tests pass to createCaller. */
export function createContextInner(
  services: AppServices,
  requestId = 'internal',
  log?: FastifyBaseLogger,
): Context {
  return { db: services.database.db, database: services.database, requestId, log };
}

export function contextFactory(services: AppServices) {
  return ({ req }: CreateFastifyContextOptions): Context => createContextInner(services, req.id, req.log);
}
