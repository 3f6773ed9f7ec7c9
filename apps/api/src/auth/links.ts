import { type Executor, insertOneTimeToken, type OneTimePurpose } from '@mobilis/db';
import { newSecret } from './secrets.js';

/** Purposes that travel as a link in an e-mail. */
type LinkPurpose = Exclude<OneTimePurpose, 'second_factor'>;

const lifetimes: Record<LinkPurpose, number> = {
  setup: 24 * 60 * 60 * 1000,
  invitation: 7 * 24 * 60 * 60 * 1000,
  password_reset: 60 * 60 * 1000,
};

const paths: Record<LinkPurpose, string> = {
  setup: '/setup',
  invitation: '/accept-invitation',
  password_reset: '/reset-password',
};

/**
 * Creates a one-time link. The token travels in the fragment (#), which browsers never send to a server,
 * so it stays out of access logs and referrers; only its hash is stored.
 */
export async function createOneTimeLink(
  db: Executor,
  {
    purpose,
    userId,
    organisationId = null,
    now,
    publicUrl,
  }: {
    purpose: LinkPurpose;
    userId: string | null;
    organisationId?: string | null;
    now: Date;
    publicUrl: string;
  },
): Promise<string> {
  const { token, id } = newSecret();
  await insertOneTimeToken(db, {
    id,
    purpose,
    userId,
    organisationId,
    expiresAt: new Date(now.getTime() + lifetimes[purpose]),
  });
  return `${publicUrl.replace(/\/$/, '')}${paths[purpose]}#${token}`;
}
