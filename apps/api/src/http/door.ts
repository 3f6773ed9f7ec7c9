import type { MembershipRole } from '@mobilis/schema';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { SessionUser } from '../auth/sessions.js';
import { ForbiddenError } from '../domain-errors.js';
import type { AppServices } from '../services.js';
import { type Context, contextFactory } from '../trpc/context.js';
import { organisationScope } from '../trpc/scope.js';
import { type Respondent, surveyRespondent } from './survey-respondent.js';

// The one door of the plain HTTP routes (files and links, which tRPC's JSON does not carry). Every route under
// /api/ and /s/ declares who may pass (`config.access`), or the server refuses to start; the door then checks the
// caller as the base procedures do (trpc/scope.ts): the session cookie, then an open membership of the
// organisation in the path. Anyone else finds no organisation (404), as with tRPC's NOT_FOUND.

/**
 * - public: anyone (templates, survey links, health);
 * - survey-session: the participant whose survey link opened a session;
 * - member: coordinators and viewers of the organisation in the path;
 * - coordinator: its coordinators.
 */
export type RouteAccess = 'public' | 'survey-session' | 'member' | 'coordinator';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
    /** How refusals are written: JSON for the console's calls (default), text for links a browser opens. */
    refusals?: 'json' | 'text';
  }
  interface FastifyRequest {
    member?: Member;
    respondent?: Respondent;
  }
}

export interface Member {
  /** The caller's tRPC context, for routes that reuse a procedure's output (and its access rules). */
  context: Context;
  user: SessionUser;
  organisationId: string;
  role: MembershipRole;
  /** Whether the member may see and export barrier categories (see trpc/scope.ts). */
  specialCategories: boolean;
  requestId: string;
}

export interface DoorRoute {
  method: string;
  url: string;
  access: RouteAccess;
}

const routesOf = new WeakMap<FastifyInstance, DoorRoute[]>();

/** Every route behind the door, as registered: what the HTTP isolation sweep walks. */
export function routesBehindDoor(app: FastifyInstance): readonly DoorRoute[] {
  return routesOf.get(app) ?? [];
}

const guarded = (url: string) => url.startsWith('/api/') || url.startsWith('/s/');

export function registerDoor(app: FastifyInstance, services: AppServices): void {
  const routes: DoorRoute[] = [];
  routesOf.set(app, routes);
  app.addHook('onRoute', (route) => {
    const access = route.config?.access;
    if (!access) {
      if (guarded(route.url)) throw new Error(`${route.url}: an HTTP route must declare its access`);
      return;
    }
    for (const method of [route.method].flat())
      if (method !== 'HEAD') routes.push({ method, url: route.url, access });
  });

  app.addHook('onRequest', async (request, reply) => {
    const access = request.routeOptions.config.access;
    if (access === 'member' || access === 'coordinator') return admitMember(services, request, reply, access);
    if (access === 'survey-session') {
      request.respondent = await surveyRespondent(request, services);
      if (!request.respondent)
        return refuse(
          request,
          reply,
          401,
          'Your survey session has ended: open the link from your e-mail again.',
        );
    }
  });
}

async function admitMember(
  services: AppServices,
  request: FastifyRequest,
  reply: FastifyReply,
  access: 'member' | 'coordinator',
) {
  if (request.method !== 'GET' && !isSameOrigin(request))
    return refuse(request, reply, 403, 'Cross-origin requests are not allowed');
  const context = await contextFactory(services)({ req: request, res: reply, info: undefined as never });
  if (!context.user) return refuse(request, reply, 401, 'Please sign in');
  const { organisationId = '' } = request.params as { organisationId?: string };
  const scope = await organisationScope(context.db, context.user, organisationId, {
    config: services.config,
  }).catch((error: unknown) => {
    if (error instanceof ForbiddenError) return error;
    throw error;
  });
  if (scope instanceof ForbiddenError) return refuse(request, reply, 403, scope.message);
  if (!scope || scope.role === 'platform_admin') return refuse(request, reply, 404, 'Organisation not found');
  if (access === 'coordinator' && scope.role !== 'coordinator')
    return refuse(request, reply, 403, 'Only coordinators of this organisation can do this');
  request.member = {
    context,
    user: context.user,
    organisationId,
    role: scope.role,
    specialCategories: scope.specialCategories,
    requestId: request.id,
  };
}

/** A refusal the way the route answers: JSON, or a sentence of plain text for a page the browser shows. */
export function refuse(request: FastifyRequest, reply: FastifyReply, status: number, message: string) {
  reply.code(status).header('cache-control', 'no-store');
  return request.routeOptions.config.refusals === 'text'
    ? reply.type('text/plain; charset=utf-8').send(message)
    : reply.send({ error: message });
}

/** The member the door let in: only for handlers of routes with member or coordinator access. */
export function memberOf(request: FastifyRequest): Member {
  if (!request.member) throw new Error(`${request.routeOptions.url}: no member (is its access declared?)`);
  return request.member;
}

/** A state-changing request must come from a page of this server (see http/same-origin.ts for tRPC). */
export function isSameOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === request.host;
  } catch {
    return false;
  }
}

/** A download's Content-Disposition, with a plain-ASCII name. */
export function attachment(reply: FastifyReply, fileName: string, contentType: string): FastifyReply {
  const safe = fileName.replace(/[^\w.-]+/g, '_');
  return reply
    .header('content-type', contentType)
    .header('content-disposition', `attachment; filename="${safe}"`)
    .header('cache-control', 'no-store');
}
