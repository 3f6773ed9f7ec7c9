import { createHmac } from 'node:crypto';
import { disclosureSecret, type Executor } from '@mobilis/db';
import { type NoiseSource, type NoiseStream, noiseStreams } from '@mobilis/schema';

const streamIndex = new Map<NoiseStream, number>(noiseStreams.map((stream, index) => [stream, index]));
const bytesPerUnit = 4;
const unitRange = 2 ** 32;
const digestBytes = 64;

/** The noise of this installation's cells (keyed with its secret). */
export async function noiseSources(db: Executor): Promise<(cellKey: number) => NoiseSource> {
  return noiseWith(await disclosureSecret(db));
}

/**
 * Noise from HMAC-SHA-512 keyed with the installation's secret over the cell key and a block number, cut into 32-bit
 * numbers, one per stream (30 streams: two digests). A keyed cryptographic hash, unlike a plain mixing function, cannot
 * be run backwards: the noise seen in one figure tells nothing about the cell key, the secret, or the noise of the
 * cell's other figures. Steps of 2^-32 (with figures rounded to 4 decimals, `roundReleased`) hide where a figure fell
 * between two steps; 16-bit steps did not. Digests of 64 bytes rather than one per stream: an overview by receiving
 * country perturbs about 1,200 cells (4,800 SHA-256 digests took 11-25 ms, 1,200 SHA-512 ones 3-5 ms).
 */
export function noiseWith(secret: string): (cellKey: number) => NoiseSource {
  const unitsPerDigest = digestBytes / bytesPerUnit;
  return (cellKey) => {
    const digests: Buffer[] = [];
    return (stream) => {
      const index = streamIndex.get(stream) ?? 0;
      const block = Math.floor(index / unitsPerDigest);
      let digest = digests[block];
      if (!digest) {
        digest = createHmac('sha512', secret).update(`${cellKey}:${block}`).digest();
        digests[block] = digest;
      }
      return digest.readUInt32BE((index % unitsPerDigest) * bytesPerUnit) / unitRange;
    };
  };
}
