import { codeAt } from '../../src/auth/second-factor.js';
import type { Caller, MemoryCookie, TestApi } from './harness.js';

/**
 * Sets up an authenticator for a signed-in caller, as the app would, and moves the clock past that code's step.
 * Returns the secret, the recovery codes and the caller's next request (a caller's context is read once, as one
 * HTTP request's is), with what the server handed over to add the app.
 */
export async function enrolAuthenticator(api: TestApi, caller: Caller & { cookie: MemoryCookie }) {
  const { secret, uri, qrSvg } = await caller.secondFactor.startAuthenticator();
  const { recoveryCodes } = await caller.secondFactor.confirmAuthenticator({
    code: codeAt(secret, api.services.clock()),
  });
  api.advance(30_000);
  return { secret, uri, qrSvg, recoveryCodes, next: await api.caller(caller.cookie) };
}
