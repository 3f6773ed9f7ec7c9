import type { Kysely } from 'kysely';
import { generate, PostgresDialect } from 'kysely-codegen';

/**
 * The TypeScript source of the `DB` interface as kysely-codegen derives it from a migrated database.
 * `src/generated/database.ts` is this output, committed; a test regenerates it to prove it is current.
 */
export async function generateDatabaseTypes(db: Kysely<any>, schema: string): Promise<string> {
  const source = await generate({
    db,
    dialect: new PostgresDialect(),
    camelCase: true,
    defaultSchemas: [schema],
    includePattern: `${schema}.*`,
    excludePattern: `${schema}.kysely_migration*`,
    logger: { debug() {}, info() {}, warn() {}, error() {}, success() {}, log() {} } as never,
    print: false,
    typeOnlyImports: true,
    // Must agree with the value parsers in connect.ts.
    typeMapping: { date: 'string', int8: 'number', numeric: 'number' },
  });
  return source;
}
