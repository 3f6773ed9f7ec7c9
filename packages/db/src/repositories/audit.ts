import { sql } from 'kysely';
import type { Executor } from '../executor.js';

export interface AuditChange {
  from?: unknown;
  to?: unknown;
  /** Sensitive fields are recorded by name only. */
  redacted?: true;
}

export interface AuditEventInput {
  actorUserId: string | null;
  organisationId: string | null;
  entityType: string;
  entityId: string;
  action: string;
  changes?: Record<string, AuditChange>;
}

export async function recordAuditEvent(db: Executor, event: AuditEventInput): Promise<void> {
  await db
    .insertInto('auditEvent')
    .values({ ...event, changes: JSON.stringify(event.changes ?? {}) })
    .execute();
}

/** The history of one record of one organisation, newest first. */
export async function auditTrail(
  db: Executor,
  scope: { organisationId: string | null; entityType: string; entityId: string },
) {
  let query = db
    .selectFrom('auditEvent')
    .leftJoin('appUser', 'appUser.id', 'auditEvent.actorUserId')
    .select([
      'auditEvent.id',
      'auditEvent.occurredAt',
      'auditEvent.action',
      'auditEvent.changes',
      'appUser.displayName as actorName',
    ])
    .where('auditEvent.entityType', '=', scope.entityType)
    .where('auditEvent.entityId', '=', scope.entityId);
  query =
    scope.organisationId === null
      ? query.where('auditEvent.organisationId', 'is', null)
      : query.where('auditEvent.organisationId', '=', scope.organisationId);
  const rows = await query
    .orderBy('auditEvent.occurredAt', 'desc')
    .orderBy('auditEvent.id', 'desc')
    .limit(200)
    .execute();
  return rows.map((row) => ({ ...row, changes: row.changes as Record<string, AuditChange> }));
}

/**
 * Who opened or changed the organisation, newest first: its memberships (invited, approved, accepted, roles,
 * removals) and its profile and sign-in rules, with whether each actor is a platform administrator. The person a
 * membership event is about shows under the name they were invited with until they accept.
 */
export async function accessHistory(db: Executor, organisationId: string) {
  const rows = await db
    .selectFrom('auditEvent')
    .leftJoin('appUser as actor', 'actor.id', 'auditEvent.actorUserId')
    .leftJoin('appUser as subject', (join) =>
      join
        .on('auditEvent.entityType', '=', 'membership')
        .on(sql`subject.id::text`, '=', sql.ref('auditEvent.entityId')),
    )
    .leftJoin('membership', (join) =>
      join.onRef('membership.userId', '=', 'subject.id').on('membership.organisationId', '=', organisationId),
    )
    .select([
      'auditEvent.id',
      'auditEvent.occurredAt',
      'auditEvent.entityType',
      'auditEvent.action',
      'auditEvent.changes',
      'actor.displayName as actorName',
      'actor.isPlatformAdmin as actorIsAdministrator',
    ])
    .select(
      sql<
        string | null
      >`case when membership.accepted_at is null then coalesce(membership.invited_name, subject.display_name) else subject.display_name end`.as(
        'subjectName',
      ),
    )
    .where('auditEvent.organisationId', '=', organisationId)
    .where('auditEvent.entityType', 'in', ['membership', 'organisation'])
    .orderBy('auditEvent.occurredAt', 'desc')
    .orderBy('auditEvent.id', 'desc')
    .limit(200)
    .execute();
  return rows.map((row) => ({
    ...row,
    actorIsAdministrator: Boolean(row.actorIsAdministrator),
    changes: row.changes as Record<string, AuditChange>,
  }));
}

/** Field-by-field changes between two versions of a record; `sensitive` fields are named, never copied. */
export function diffForAudit(
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown>,
  sensitive: readonly string[] = [],
): Record<string, AuditChange> {
  const changes: Record<string, AuditChange> = {};
  for (const [field, value] of Object.entries(after)) {
    const previous = before?.[field];
    if (JSON.stringify(previous) === JSON.stringify(value)) continue;
    changes[field] = sensitive.includes(field)
      ? { redacted: true }
      : { from: previous ?? null, to: value ?? null };
  }
  return changes;
}
