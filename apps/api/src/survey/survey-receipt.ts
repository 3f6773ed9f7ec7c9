import { randomBytes } from 'node:crypto';

/** Letters and digits a participant cannot confuse when quoting a receipt (no 0/O, 1/I). 32 of them. */
export const receiptAlphabet = [...'23456789ABCDEFGHJKLMNPQRSTUVWXYZ'];

/** A receipt number a participant can quote, "MOB-7K3Q-9XWD", from eight characters of `receiptAlphabet`. */
export function receiptOf(characters: readonly string[]): string {
  const chars = characters.join('');
  return `MOB-${chars.slice(0, 4)}-${chars.slice(4)}`;
}

/** A new random receipt (a byte modulo 32 is uniform). */
export function newReceipt(): string {
  return receiptOf([...randomBytes(8)].map((byte) => receiptAlphabet[byte % receiptAlphabet.length] ?? ''));
}
