export {
  type ConnectOptions,
  connect,
  type Database,
  type DatabaseHandle,
  describePostgresUrl,
} from './connect.js';
export type { DB } from './generated/database.js';
export { MigrationError, migrateToLatest } from './migrate.js';
export * from './repositories/instance.js';
