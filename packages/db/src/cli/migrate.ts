import { connect } from '../connect.js';
import { migrateToLatest } from '../migrate.js';

// Same variables as the server: DATABASE_URL for PostgreSQL, otherwise the embedded data folder.
const handle = connect({ databaseUrl: process.env.DATABASE_URL, dataDir: process.env.MOBILIS_DATA_DIR });
try {
  const applied = await migrateToLatest(handle.db);
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date.');
} finally {
  await handle.close();
}
