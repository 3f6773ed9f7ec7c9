import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { newId } from '../src/ids.js';

const version7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newId', () => {
  it('makes version 7 UUIDs that carry the time they were made', () => {
    const before = Date.now();
    const id = newId();
    const after = Date.now();
    expect(id).toMatch(version7);
    const stamped = Number.parseInt(id.replace('-', '').slice(0, 12), 16);
    expect(stamped).toBeGreaterThanOrEqual(before);
    expect(stamped).toBeLessThanOrEqual(after);
  });

  it('sorts ids of a later millisecond after earlier ones, and never repeats one', async () => {
    const earlier = Array.from({ length: 1000 }, () => newId());
    await sleep(2);
    const later = Array.from({ length: 1000 }, () => newId());
    expect(new Set([...earlier, ...later]).size).toBe(2000);
    const lastOfEarlier = [...earlier].sort().at(-1) ?? '';
    expect(later.every((id) => id > lastOfEarlier)).toBe(true);
  });
});
