import type { Weighted } from './reference-data.js';

// Helpers that write constant lists into generator SQL. Inputs are the generator's own constants, never user input.

export function literal(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

export function textArray(values: readonly string[]): string {
  return `array[${values.map(literal).join(', ')}]::text[]`;
}

/** One of `choices`, picked with their weights by a fresh random() per row. */
export function weightedPick(choices: Weighted): string {
  if (choices.length === 1) return literal(choices[0]?.[0] ?? '');
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  let running = 0;
  const thresholds: number[] = [];
  for (const [, weight] of choices.slice(0, -1)) {
    running += weight;
    thresholds.push(running / total);
  }
  const values = textArray(choices.map(([value]) => value));
  return `(${values})[width_bucket(random(), array[${thresholds.map((t) => t.toFixed(6)).join(', ')}]::float8[]) + 1]`;
}

/** A random whole number from `min` to `max`, both included; arguments are SQL expressions. */
export function randomInt(min: string | number, max: string | number): string {
  return `(${min} + floor(random() * ((${max}) - (${min}) + 1))::int)`;
}
