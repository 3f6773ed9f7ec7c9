import {
  type Executor,
  insertPasskey,
  passkeyCredentials,
  recordPasskeyUse,
  saveWebauthnChallenge,
  takeWebauthnChallenge,
} from '@mobilis/db';
import type { PasskeyResponseSchema } from '@mobilis/schema';
import {
  type AuthenticationResponseJSON,
  generateAuthenticationOptions,
  generateRegistrationOptions,
  type RegistrationResponseJSON,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';
import type { z } from 'zod';
import type { AppConfig } from '../services.js';

// Passkeys through SimpleWebAuthn, the maintained WebAuthn library for Node: the server makes a challenge, the
// browser's authenticator signs it, the server checks the signature with the public key it kept. The relying party
// is the host of MOBILIS_PUBLIC_URL, so passkeys work on that address only.

type PasskeyResponse = z.infer<typeof PasskeyResponseSchema>;
const challengeLifetimeMs = 5 * 60 * 1000;

function relyingParty(config: AppConfig) {
  const url = new URL(config.publicUrl);
  return { rpID: url.hostname, origin: url.origin };
}

/** Options for adding a passkey to the signed-in account (its existing ones excluded). */
export async function passkeyRegistrationOptions(
  db: Executor,
  user: { userId: string; email: string; displayName: string; sessionId: string },
  config: AppConfig,
  now: Date,
) {
  const existing = await passkeyCredentials(db, user.userId);
  const options = await generateRegistrationOptions({
    rpName: 'Mobilis',
    rpID: relyingParty(config).rpID,
    userName: user.email,
    userDisplayName: user.displayName,
    userID: new TextEncoder().encode(user.userId),
    attestationType: 'none',
    excludeCredentials: existing.map((credential) => ({ id: credential.id })),
    authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
  });
  await saveWebauthnChallenge(db, `register:${user.sessionId}`, options.challenge, expiry(now));
  return options;
}

/** Keeps the passkey when its answer signs this session's challenge; false otherwise. */
export async function addPasskey(
  db: Executor,
  user: { userId: string; sessionId: string },
  { response, name }: { response: PasskeyResponse; name: string },
  config: AppConfig,
  now: Date,
): Promise<boolean> {
  const challenge = await takeWebauthnChallenge(db, `register:${user.sessionId}`, now);
  if (!challenge) return false;
  const { rpID, origin } = relyingParty(config);
  const verified = await verifyRegistrationResponse({
    response: response as unknown as RegistrationResponseJSON,
    expectedChallenge: challenge,
    expectedOrigin: origin,
    expectedRPID: rpID,
    requireUserVerification: false,
  }).catch(() => undefined);
  if (!verified?.verified) return false;
  const { credential } = verified.registrationInfo;
  await insertPasskey(db, {
    id: credential.id,
    userId: user.userId,
    publicKey: credential.publicKey,
    counter: credential.counter,
    transports: credential.transports ?? [],
    name,
  });
  return true;
}

/** Options for the second step of a sign-in with one of the account's passkeys. */
export async function passkeySignInOptions(
  db: Executor,
  userId: string,
  ticketId: string,
  config: AppConfig,
  now: Date,
) {
  const credentials = await passkeyCredentials(db, userId);
  if (credentials.length === 0) return undefined;
  const options = await generateAuthenticationOptions({
    rpID: relyingParty(config).rpID,
    allowCredentials: credentials.map((credential) => ({ id: credential.id })),
    userVerification: 'preferred',
  });
  await saveWebauthnChallenge(db, `sign-in:${ticketId}`, options.challenge, expiry(now));
  return options;
}

/** Whether the answer is one of the account's passkeys signing this sign-in's challenge (the challenge is used up). */
export async function passkeySignsIn(
  db: Executor,
  { userId, ticketId, response }: { userId: string; ticketId: string; response: PasskeyResponse },
  config: AppConfig,
  now: Date,
): Promise<boolean> {
  const challenge = await takeWebauthnChallenge(db, `sign-in:${ticketId}`, now);
  const credential = (await passkeyCredentials(db, userId)).find((candidate) => candidate.id === response.id);
  if (!challenge || !credential) return false;
  const { rpID, origin } = relyingParty(config);
  const verified = await verifyAuthenticationResponse({
    response: response as unknown as AuthenticationResponseJSON,
    expectedChallenge: challenge,
    expectedOrigin: origin,
    expectedRPID: rpID,
    credential: { id: credential.id, publicKey: credential.publicKey, counter: credential.counter },
    requireUserVerification: false,
  }).catch(() => undefined);
  if (!verified?.verified) return false;
  await recordPasskeyUse(db, credential.id, verified.authenticationInfo.newCounter, now);
  return true;
}

const expiry = (now: Date) => new Date(now.getTime() + challengeLifetimeMs);
