import type { Kysely, Transaction } from 'kysely';
import type { DB } from './generated/database.js';

/** What a repository function runs on: the database, or a transaction so that writes compose. */
export type Executor = Kysely<DB> | Transaction<DB>;
