import { createHmac } from 'node:crypto';
import { disclosureSecret, type Executor } from '@mobilis/db';
import { type NoiseSource, type NoiseStream, noiseStreams } from '@mobilis/schema';

const streamIndex = new Map<NoiseStream, number>(noiseStreams.map((stream, index) => [stream, index]));
const unitsPerDigest = 8;

/**
 * Noise for cells of this installation: HMAC-SHA-256 keyed with its secret over the cell key and a block number, each
 * digest cut into eight 32-bit numbers, one per stream. A keyed cryptographic hash, unlike a plain mixing function, can
 * not be run backwards: the noise seen in one figure tells nothing about the cell key, the secret, or the noise of the
 * cell's other figures.
 */
export async function noiseSources(db: Executor): Promise<(cellKey: number) => NoiseSource> {
  return noiseWith(await disclosureSecret(db));
}

export function noiseWith(secret: string): (cellKey: number) => NoiseSource {
  return (cellKey) => {
    const digests: Buffer[] = [];
    return (stream) => {
      const index = streamIndex.get(stream) ?? 0;
      const block = Math.floor(index / unitsPerDigest);
      let digest = digests[block];
      if (!digest) {
        digest = createHmac('sha256', secret).update(`${cellKey}:${block}`).digest();
        digests[block] = digest;
      }
      return digest.readUInt32BE((index % unitsPerDigest) * 4) / 2 ** 32;
    };
  };
}
