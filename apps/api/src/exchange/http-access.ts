import { findMembership } from '@mobilis/db';
import type { MembershipRole } from '@mobilis/schema';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SessionUser } from '../auth/sessions.js';
import type { AppServices } from '../services.js';
import { type Context, contextFactory } from '../trpc/context.js';

// The plain HTTP routes of imports and exports (file bodies and downloads, which tRPC's JSON does not carry) check
// the caller as the tRPC procedures do: the session cookie, then membership of the organisation in the path.
// Anyone else finds no organisation (404), as with tRPC's NOT_FOUND.

export interface Member {
  /** The caller's tRPC context, for exports that reuse a procedure's output (and its access rules). */
  context: Context;
  user: SessionUser;
  organisationId: string;
  role: MembershipRole;
  requestId: string;
}

/** The signed-in member of the organisation, or undefined after answering 401/404/403 itself. */
export async function memberOf(
  services: AppServices,
  request: FastifyRequest<{ Params: { organisationId: string } }>,
  reply: FastifyReply,
  { coordinator = false }: { coordinator?: boolean } = {},
): Promise<Member | undefined> {
  const context = await contextFactory(services)({ req: request, res: reply, info: undefined as never });
  if (!context.user) {
    reply.code(401).send({ error: 'Please sign in' });
    return undefined;
  }
  const organisationId = request.params.organisationId;
  const membership = /^[0-9a-f-]{36}$/i.test(organisationId)
    ? await findMembership(services.database.db, context.user.userId, organisationId)
    : undefined;
  if (!membership) {
    reply.code(404).send({ error: 'Organisation not found' });
    return undefined;
  }
  if (coordinator && membership.role !== 'coordinator') {
    reply.code(403).send({ error: 'Only coordinators of this organisation can do this' });
    return undefined;
  }
  return { context, user: context.user, organisationId, role: membership.role, requestId: request.id };
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
