import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { connect } from '../connect.js';
import { migrateToLatest } from '../migrate.js';
import { generateDatabaseTypes } from '../typegen.js';

const target = fileURLToPath(new URL('../generated/database.ts', import.meta.url));
const handle = connect({ dataDir: 'memory://' });
try {
  await migrateToLatest(handle.db);
  await writeFile(target, await generateDatabaseTypes(handle.db, 'public'));
  console.log(`Wrote ${target}`);
} finally {
  await handle.close();
}
