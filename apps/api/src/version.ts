import { readFileSync } from 'node:fs';

const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/** The server's version, from the API package's manifest (the same path from src/ and dist/). */
export const serverVersion: string = packageJson.version;
