export * from './analytics/index.js';
export { type BulkStatement, nextTurn, runInOrder } from './bulk-writes.js';
export {
  type ConnectOptions,
  connect,
  type Database,
  type DatabaseHandle,
  describePostgresUrl,
} from './connect.js';
export type { Executor } from './executor.js';
export type { DB } from './generated/database.js';
export { newId } from './ids.js';
export { MigrationError, migrateToLatest } from './migrate.js';
export { plannerSettings, recordSessionWrite, replicaHasReplayed, withPlannerSettings } from './reads.js';
export * from './repositories/audit.js';
export * from './repositories/erasure.js';
export * from './repositories/exports.js';
export * from './repositories/imports.js';
export * from './repositories/instance.js';
export * from './repositories/leases.js';
export * from './repositories/memberships.js';
export * from './repositories/mobilities.js';
export * from './repositories/one-time-tokens.js';
export * from './repositories/organisations.js';
export * from './repositories/outbox.js';
export * from './repositories/participant-data.js';
export * from './repositories/participant-requests.js';
export * from './repositories/participants.js';
export * from './repositories/partners.js';
export * from './repositories/projects.js';
export * from './repositories/rate-limits.js';
export * from './repositories/retention.js';
export * from './repositories/second-factor.js';
export * from './repositories/sessions.js';
export * from './repositories/surveys.js';
export * from './repositories/users.js';
