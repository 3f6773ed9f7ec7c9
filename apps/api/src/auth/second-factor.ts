import { randomInt } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import { hashSecret } from './secrets.js';

// TOTP (RFC 6238) through otpauth, the maintained library of the field: 6 digits, 30-second steps, SHA-1, which
// every authenticator app reads. A code is accepted one step early or late (clocks drift), and only once.

const period = 30;

function totpFor(secret: string, account: string): TOTP {
  return new TOTP({
    issuer: 'Mobilis',
    label: account,
    algorithm: 'SHA1',
    digits: 6,
    period,
    secret: Secret.fromBase32(secret),
  });
}

/** A new authenticator secret, and what an app needs to take it: the otpauth:// address and its QR code. */
export async function newAuthenticator(account: string) {
  const secret = new Secret({ size: 20 }).base32;
  const uri = totpFor(secret, account).toString();
  const qrSvg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
  return { secret, uri, qrSvg };
}

/** The time step a code belongs to, or undefined when it is wrong. */
export function stepOfCode(secret: string, account: string, code: string, now: Date): number | undefined {
  const timestamp = now.getTime();
  const delta = totpFor(secret, account).validate({ token: code, timestamp, window: 1 });
  return delta === null ? undefined : Math.floor(timestamp / 1000 / period) + delta;
}

/** The code of `now`, for tests and for nothing else. */
export function codeAt(secret: string, now: Date): string {
  return totpFor(secret, 'test').generate({ timestamp: now.getTime() });
}

/** Ten single-use recovery codes as the person writes them down ("k7fq-2m9x-wd"), with their stored hashes. */
export function newRecoveryCodes(): { codes: string[]; hashes: string[] } {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const codes = Array.from({ length: 10 }, () => {
    const chars = Array.from({ length: 10 }, () => alphabet[randomInt(alphabet.length)]).join('');
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
  });
  return { codes, hashes: codes.map(recoveryCodeHash) };
}

export function recoveryCodeHash(code: string): string {
  return hashSecret(code.toLowerCase().replace(/[^a-z0-9]/g, ''));
}
