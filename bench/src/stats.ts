import os from 'node:os';

export interface Timing {
  median: number;
  p95: number;
  samples: number[];
}

/** Milliseconds of one call. */
export async function timeOnce(run: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/**
 * Times two implementations of the same query, alternating which goes first so that neither profits from a
 * warmer cache or a quieter moment: `warmups` untimed rounds, then `runs` timed ones.
 */
export async function compare(
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
  { runs, warmups }: { runs: number; warmups: number },
): Promise<[Timing, Timing]> {
  const samplesA: number[] = [];
  const samplesB: number[] = [];
  for (let round = 0; round < warmups + runs; round++) {
    let timeA: number;
    let timeB: number;
    if (round % 2 === 0) {
      timeA = await timeOnce(a);
      timeB = await timeOnce(b);
    } else {
      timeB = await timeOnce(b);
      timeA = await timeOnce(a);
    }
    if (round >= warmups) {
      samplesA.push(timeA);
      samplesB.push(timeB);
    }
  }
  return [summarise(samplesA), summarise(samplesB)];
}

export function summarise(samples: number[]): Timing {
  const sorted = [...samples].sort((x, y) => x - y);
  return { median: quantile(sorted, 0.5), p95: nearestRank(sorted, 0.95), samples };
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  const a = sorted[low] ?? Number.NaN;
  const b = sorted[high] ?? Number.NaN;
  return a + (b - a) * (position - low);
}

function nearestRank(sorted: number[], q: number): number {
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
}

/** The 1-, 5- and 15-minute load averages, as `uptime` prints them: noted beside every figure. */
export function loadAverage(): string {
  return os
    .loadavg()
    .map((load) => load.toFixed(2))
    .join(' ');
}
