import type { FastifyBaseLogger } from 'fastify';

export interface Rounds {
  /** Stops the timer and waits for a round in progress. */
  stop(): Promise<void>;
}

/**
 * Runs `round` every `intervalMs`, one round at a time, until stopped: the background work of the server process
 * (survey schedule, outbox, imports, session purge). A failed round is logged and the next one runs as usual.
 */
export function startRounds(
  name: string,
  round: () => Promise<unknown>,
  { intervalMs, log }: { intervalMs: number; log?: FastifyBaseLogger | undefined },
): Rounds {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running
      .then(round)
      .catch((error: unknown) => log?.error({ err: error }, `${name} round failed`));
  }, intervalMs);
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
