import { type AuditChange, type Executor, recordAuditEvent } from '@mobilis/db';
import type { SessionUser } from './auth/sessions.js';
import type { OrganisationScope } from './trpc/init.js';

/** Records who did what to which record of the caller's organisation, inside the caller's transaction. */
export function audit(
  db: Executor,
  ctx: { user: SessionUser; organisation: Pick<OrganisationScope, 'id'> },
  event: { entityType: string; entityId: string; action: string; changes?: Record<string, AuditChange> },
): Promise<void> {
  return recordAuditEvent(db, {
    actorUserId: ctx.user.userId,
    organisationId: ctx.organisation.id,
    ...event,
  });
}
