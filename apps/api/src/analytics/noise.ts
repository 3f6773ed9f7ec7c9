import { createHmac } from 'node:crypto';
import { disclosureSecret, type Executor } from '@mobilis/db';
import { type NoiseSource, type NoiseStream, noiseStreams } from '@mobilis/schema';

const streamIndex = new Map<NoiseStream, number>(noiseStreams.map((stream, index) => [stream, index]));
const bytesPerUnit = 2;
const unitRange = 2 ** 16;

/** The noise of this installation's cells (keyed with its secret). */
export async function noiseSources(db: Executor): Promise<(cellKey: number) => NoiseSource> {
  return noiseWith(await disclosureSecret(db));
}

/**
 * Noise from HMAC-SHA-512 keyed with the installation's secret over the cell key: one digest per cell, cut into 16-bit
 * numbers, one per stream (30 streams, 60 of its 64 bytes). A keyed cryptographic hash, unlike a plain mixing
 * function, cannot be run backwards: the noise seen in one figure tells nothing about the cell key, the secret, or
 * the noise of the cell's other figures. One digest per cell, not one per stream or per 32 bits: an overview by
 * receiving country perturbs about 1,200 cells (4,800 SHA-256 digests took 11-25 ms, 1,200 SHA-512 ones 3-5 ms).
 */
export function noiseWith(secret: string): (cellKey: number) => NoiseSource {
  if (noiseStreams.length * bytesPerUnit > 64) throw new Error('More noise streams than one digest holds');
  return (cellKey) => {
    let digest: Buffer | undefined;
    return (stream) => {
      digest ??= createHmac('sha512', secret).update(String(cellKey)).digest();
      const index = streamIndex.get(stream) ?? 0;
      return digest.readUInt16BE(index * bytesPerUnit) / unitRange;
    };
  };
}
