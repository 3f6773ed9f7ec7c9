import type {} from '@fastify/cookie';
import type { Database } from '@mobilis/db';
import { TRPCError } from '@trpc/server';
import type { CreateFastifyContextOptions } from '@trpc/server/adapters/fastify';
import type { FastifyBaseLogger } from 'fastify';
import type { SessionCookie } from '../auth/session-cookie.js';
import { noCookie, sessionCookieName, surveyCookieName } from '../auth/session-cookie.js';
import { resumeSession, type SessionUser } from '../auth/sessions.js';
import { databaseUnavailableMessage, isDatabaseUnavailable } from '../domain-errors.js';
import type { AppServices } from '../services.js';

export interface Context {
  services: AppServices;
  db: Database;
  cookie: SessionCookie;
  /** The participant's survey session, opened by a survey link (no account). */
  surveyCookie: SessionCookie;
  /** The signed-in user, or null. */
  user: SessionUser | null;
  /** The caller's address, for rate limits; never logged with personal data. */
  ip: string;
  requestId: string;
  log: FastifyBaseLogger | undefined;
}

export interface ContextInput {
  services: AppServices;
  cookie: SessionCookie;
  surveyCookie?: SessionCookie;
  ip?: string;
  requestId?: string;
  log?: FastifyBaseLogger;
}

/** The context without HTTP: what tests pass to createCaller, with an in-memory cookie. */
export async function createContextInner({
  services,
  cookie,
  surveyCookie = noCookie,
  ip = '127.0.0.1',
  requestId = 'internal',
  log,
}: ContextInput): Promise<Context> {
  const db = services.database.db;
  const token = cookie.read();
  const resumed = token
    ? await resumeSession(db, token, services.clock(), services.config.sessionTtlMs)
    : null;
  if (token && resumed?.renewedUntil) cookie.write(token, resumed.renewedUntil);
  if (token && !resumed) cookie.clear();
  return { services, db, cookie, surveyCookie, user: resumed?.user ?? null, ip, requestId, log };
}

export function contextFactory(services: AppServices) {
  return ({ req, res }: CreateFastifyContextOptions): Promise<Context> => {
    const secure = req.protocol === 'https';
    const cookieNamed = (name: string): SessionCookie => ({
      read: () => req.cookies[name],
      write: (token, expiresAt) =>
        void res.setCookie(name, token, {
          path: '/',
          httpOnly: true,
          sameSite: 'lax',
          secure,
          expires: expiresAt,
        }),
      clear: () => void res.clearCookie(name, { path: '/', httpOnly: true, sameSite: 'lax', secure }),
    });
    return createContextInner({
      services,
      cookie: cookieNamed(sessionCookieName(secure)),
      surveyCookie: cookieNamed(surveyCookieName(secure)),
      ip: req.ip,
      requestId: req.id,
      log: req.log,
    }).catch((error: unknown) => {
      // Resuming the session reads the database: when it is away, the caller is told to try again (503).
      if (isDatabaseUnavailable(error))
        throw new TRPCError({
          code: 'SERVICE_UNAVAILABLE',
          message: databaseUnavailableMessage,
          cause: error,
        });
      throw error;
    });
  };
}
