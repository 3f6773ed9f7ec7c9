import { z } from 'zod';
import { email, id, oneOf, requiredOr, text } from './fields.js';

export const membershipRoles = ['coordinator', 'viewer'] as const;
/** Coordinators have full rights within their organisation; viewers read only. */
export const MembershipRoleSchema = oneOf('Role', membershipRoles);
export type MembershipRole = z.infer<typeof MembershipRoleSchema>;

/** At least 12 characters: length matters more than character classes (NIST SP 800-63B). */
export const NewPasswordSchema = z
  .string({ error: requiredOr('Password', 'must be text') })
  .min(12, 'Password must be at least 12 characters')
  .max(256, 'Password must be at most 256 characters');

// Trimmed and lower-cased before the format check, so " Ana@Example.org" signs in as ana@example.org.
const loginEmail = z
  .string({ error: requiredOr('Email', 'must be text') })
  .trim()
  .toLowerCase()
  .pipe(email('Email'));

export const LoginSchema = z.object({
  email: loginEmail,
  password: z
    .string({ error: requiredOr('Password', 'must be text') })
    .min(1, 'Password is required')
    .max(256),
});
export type Login = z.infer<typeof LoginSchema>;

/** A code from an authenticator app (6 digits) or a recovery code ("k7fq-2m9x-wd"), spaces allowed. */
export const SecondFactorCodeSchema = z
  .string({ error: requiredOr('Code', 'must be text') })
  .transform((code) => code.replace(/\s+/g, '').toLowerCase())
  .pipe(
    z
      .string()
      .regex(
        /^(\d{6}|[a-z0-9]{4}-?[a-z0-9]{4}-?[a-z0-9]{2})$/,
        'Code must be the 6 digits your authenticator app shows, or one of your recovery codes',
      ),
  );

/** The second step of signing in: the code, and the ticket the password step gave. */
export const SecondFactorSignInSchema = z.object({
  ticket: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'The sign-in has expired: start again'),
  code: SecondFactorCodeSchema,
});

export const AuthenticatorCodeSchema = z.object({
  code: z
    .string({ error: requiredOr('Code', 'must be text') })
    .transform((code) => code.replace(/\s+/g, ''))
    .pipe(z.string().regex(/^\d{6}$/, 'Code must be the 6 digits your authenticator app shows')),
});

/**
 * What a browser's passkey ceremony returns (navigator.credentials, as @simplewebauthn/browser hands it over):
 * checked for shape here, and for its signature by the server.
 */
export const PasskeyResponseSchema = z.object({
  id: z.string().max(1024),
  rawId: z.string().max(1024),
  type: z.literal('public-key'),
  response: z.record(z.string().max(100), z.unknown()),
  clientExtensionResults: z.record(z.string().max(100), z.unknown()).default({}),
  authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
});

export const AddPasskeySchema = z.object({
  response: PasskeyResponseSchema,
  name: text('Name of the passkey', { max: 100 }),
});

export const PasskeySignInSchema = z.object({
  ticket: SecondFactorSignInSchema.shape.ticket,
  response: PasskeyResponseSchema,
});

export const ChangePasswordSchema = z.object({
  currentPassword: z
    .string({ error: requiredOr('Current password', 'must be text') })
    .min(1)
    .max(256),
  newPassword: NewPasswordSchema,
});

export const RequestPasswordResetSchema = z.object({ email: loginEmail });

/** The token of a one-time link (setup, invitation or password reset), as the link carries it. */
export const OneTimeTokenSchema = z
  .string({ error: requiredOr('Link', 'must be text') })
  .regex(/^[A-Za-z0-9_-]{43}$/, 'This link is not valid: copy the whole link from the message');

export const CompletePasswordLinkSchema = z.object({
  token: OneTimeTokenSchema,
  password: NewPasswordSchema,
});

/** The first administrator, chosen through the setup link the server prints on its first start. */
export const SetupSchema = z.object({
  token: OneTimeTokenSchema,
  email: loginEmail,
  displayName: text('Name', { max: 200 }),
  password: NewPasswordSchema,
});

export const InviteMemberSchema = z.object({
  organisationId: id('Organisation id'),
  email: loginEmail,
  displayName: text('Name', { max: 200 }),
  role: MembershipRoleSchema,
});
export type InviteMember = z.infer<typeof InviteMemberSchema>;

export const ChangeMemberRoleSchema = z.object({
  organisationId: id('Organisation id'),
  userId: id('User id'),
  role: MembershipRoleSchema,
});

/**
 * Grants or withdraws a coordinator's access to special categories: participants' barrier categories, which can
 * reveal health or disability (GDPR Art. 9).
 */
export const SpecialCategoryAccessSchema = z.object({
  organisationId: id('Organisation id'),
  userId: id('User id'),
  granted: z.boolean({ error: 'Granted must be true or false' }),
});

/** One member (or invited person) of an organisation: to remove, approve, or send the invitation again. */
export const MemberOfOrganisationSchema = z.object({
  organisationId: id('Organisation id'),
  userId: id('User id'),
});
export const RemoveMemberSchema = MemberOfOrganisationSchema;

/** The invited person's answer to an invitation into an organisation. */
export const InvitationAnswerSchema = z.object({ organisationId: id('Organisation id') });
