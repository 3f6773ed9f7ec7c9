import { createHash } from 'node:crypto';
import { hitRateLimit } from '@mobilis/db';
import type { FastifyInstance } from 'fastify';
import { surveyCookieName } from '../auth/session-cookie.js';
import type { AppServices } from '../services.js';
import { openSurveyLink } from '../survey/survey-sessions.js';

/**
 * `/s/<token>`: a participant's survey link. It opens a short-lived, httpOnly survey session and sends the
 * browser on to `/survey`, an address without the token, so the link does not stay in the history, reach a
 * referrer or sit in a cache. Survey pages and calls are never cached and send no referrer.
 */
const tenMinutes = 10 * 60 * 1000;
/** A class of 30 opening their links a few times each, with room to spare. */
export const classroomCeiling = { limit: 600, windowMs: tenMinutes };
/** One participant opening their own link again and again. */
export const perLinkLimit = { limit: 20, windowMs: tenMinutes };

export function registerSurveyLinks(app: FastifyInstance, services: AppServices): void {
  app.addHook('onSend', async (request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (
      path.startsWith('/s/') ||
      path === '/survey' ||
      path.startsWith('/survey/') ||
      path.startsWith('/trpc/surveyResponse.')
    ) {
      reply.header('referrer-policy', 'no-referrer');
      reply.header('cache-control', 'no-store');
    }
  });

  app.get<{ Params: { token: string } }>(
    '/s/:token',
    { config: { access: 'public' } },
    async (request, reply) => {
      const now = services.clock();
      const db = services.database.db;
      // Per link, and a ceiling per address high enough for a school class behind one address. Guessing a link is
      // hopeless anyway (256 random bits); the ceiling keeps one address from loading the server.
      const link = createHash('sha256').update(request.params.token).digest('hex').slice(0, 32);
      const fromAddress = await hitRateLimit(db, `survey-link:${request.ip}`, { ...classroomCeiling, now });
      const forLink = fromAddress.allowed
        ? await hitRateLimit(db, `survey-link-token:${link}`, { ...perLinkLimit, now })
        : fromAddress;
      if (!forLink.allowed)
        return reply
          .code(429)
          .type('text/plain')
          .send('Too many attempts. Wait a few minutes and try again.');

      const outcome = await openSurveyLink(services.database.db, request.params.token, now);
      if (outcome.kind !== 'opened') return reply.redirect(`/survey/unavailable?reason=${outcome.kind}`, 303);
      const secure = request.protocol === 'https';
      reply.setCookie(surveyCookieName(secure), outcome.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure,
        expires: outcome.expiresAt,
      });
      return reply.redirect('/survey', 303);
    },
  );
}
