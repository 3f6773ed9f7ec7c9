import { createHash } from 'node:crypto';
import { disclosureSecret, type Executor } from '@mobilis/db';
import { type NoiseSource, type NoiseStream, noiseStreams } from '@mobilis/schema';

const streamIndex = Object.fromEntries(noiseStreams.map((stream, index) => [stream, index])) as Record<
  NoiseStream,
  number
>;
const bytesPerUnit = 4;
const unitRange = 2 ** 32;

/** The noise of this installation's cells (keyed with its secret). */
export async function noiseSources(db: Executor): Promise<(cellKey: number) => NoiseSource> {
  return noiseWith(await disclosureSecret(db));
}

/**
 * Noise from SHAKE256 over the installation's secret and the cell key (a keyed SHA-3 hash, the construction KMAC
 * standardises; SHA-3 has no length extension), 120 bytes cut into 32-bit numbers, one per stream. A keyed
 * cryptographic hash, unlike a plain mixing function, cannot be run backwards: the noise seen in one figure tells
 * nothing about the cell key, the secret, or the noise of the cell's other figures. Steps of 2^-32 (with figures
 * rounded to 4 decimals, `roundReleased`) hide where a figure fell between two steps; 16-bit steps did not. One hash
 * per cell: an overview by receiving country perturbs about 1,200 cells, which took 1.4-3.4 ms this way against
 * 5.5-11 ms for two HMAC-SHA-512 digests each.
 */
export function noiseWith(secret: string): (cellKey: number) => NoiseSource {
  const outputLength = noiseStreams.length * bytesPerUnit;
  return (cellKey) => {
    let units: Float64Array | undefined;
    return (stream) => {
      if (!units) {
        const digest = createHash('shake256', { outputLength }).update(secret).update(`:${cellKey}`).digest();
        units = new Float64Array(noiseStreams.length);
        for (let index = 0; index < units.length; index++)
          units[index] = digest.readUInt32BE(index * bytesPerUnit) / unitRange;
      }
      return units[streamIndex[stream]] ?? 0;
    };
  };
}
