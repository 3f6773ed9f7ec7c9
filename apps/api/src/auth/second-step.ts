import { type Executor, type SessionAuthentication, totpOf, useRecoveryCode, useTotpStep } from '@mobilis/db';
import type { Context } from '../trpc/context.js';
import { recoveryCodeHash, stepOfCode } from './second-factor.js';

/**
 * Checks a second-step code of the account: a code of its authenticator (once only) or one of its recovery codes
 * (used up). Returns how the session is then signed in, or undefined when the code is wrong.
 */
export async function checkSecondStep(
  ctx: Pick<Context, 'db' | 'services'>,
  userId: string,
  code: string,
): Promise<SessionAuthentication | undefined> {
  const now = ctx.services.clock();
  if (/^\d{6}$/.test(code))
    return (await authenticatorCodeIsRight(ctx.db, userId, code, now)) ? 'password_totp' : undefined;
  return (await useRecoveryCode(ctx.db, userId, recoveryCodeHash(code), now))
    ? 'password_recovery_code'
    : undefined;
}

/** Whether a 6-digit code is the account's authenticator's, for a step not used before (and marks it used). */
export async function authenticatorCodeIsRight(
  db: Executor,
  userId: string,
  code: string,
  now: Date,
): Promise<boolean> {
  const totp = await totpOf(db, userId);
  if (!totp?.totpSecret) return false;
  const step = stepOfCode(totp.totpSecret, userId, code, now);
  return step !== undefined && (await useTotpStep(db, userId, step));
}
