export { connect, describePostgresUrl, type ConnectOptions, type Database, type DatabaseHandle } from './connect.js';
export { migrateToLatest, MigrationError } from './migrate.js';
export type { DB } from './generated/database.js';
export * from './repositories/instance.js';
