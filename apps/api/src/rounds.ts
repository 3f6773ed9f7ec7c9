import type { FastifyBaseLogger } from 'fastify';
import { isDatabaseUnavailable } from './domain-errors.js';

export interface Rounds {
  /** Stops the timer and waits for a round in progress. */
  stop(): Promise<void>;
}

/**
 * Runs `round` every `intervalMs`, one round at a time, until stopped: the background work of the server process
 * (survey schedule, outbox, imports, session purge). A failed round is logged and the next one runs as usual: the
 * work pauses while the database is away and resumes when it is back.
 */
export function startRounds(
  name: string,
  round: () => Promise<unknown>,
  { intervalMs, log }: { intervalMs: number; log?: FastifyBaseLogger | undefined },
): Rounds {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(round).catch((error: unknown) =>
      // The database away is an outage the health check reports, not a fault of this work: a line, not a stack.
      isDatabaseUnavailable(error)
        ? log?.warn(`${name} round paused: the database cannot be reached`)
        : log?.error({ err: error }, `${name} round failed`),
    );
  }, intervalMs);
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
