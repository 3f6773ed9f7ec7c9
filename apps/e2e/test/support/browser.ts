import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

const installHint = 'Browser tests need Chromium: `apt-get install chromium`, or set CHROMIUM_PATH.';

/** Debian's Chromium, or CHROMIUM_PATH; undefined when there is none (a failure under CI=true). */
export function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((candidate): candidate is string =>
    Boolean(candidate && existsSync(candidate)),
  );
  if (!found) {
    if (process.env.CI === 'true') throw new Error(`No Chromium found under CI. ${installHint}`);
    console.warn(`Skipping browser tests. ${installHint}`);
  }
  return found;
}

export function launchBrowser(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
