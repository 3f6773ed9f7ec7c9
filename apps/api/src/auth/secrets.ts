import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits as the link or cookie carries them, and the hash that is stored in their place. */
export function newSecret(): { token: string; id: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, id: hashSecret(token) };
}

export function hashSecret(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
