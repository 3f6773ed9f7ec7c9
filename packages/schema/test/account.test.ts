import { describe, expect, it } from 'vitest';
import {
  InviteMemberSchema,
  LoginSchema,
  NewPasswordSchema,
  OneTimeTokenSchema,
  SetupSchema,
} from '../src/account.js';

function messages(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  return Object.fromEntries(
    (result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]),
  );
}

describe('account schemas', () => {
  it('normalises the login email and requires a password', () => {
    expect(LoginSchema.parse({ email: '  Ana.Lopez@Example.ORG ', password: 'x' }).email).toBe(
      'ana.lopez@example.org',
    );
    expect(messages(LoginSchema.safeParse({ email: 'not-an-email', password: '' }))).toEqual({
      email: 'Email must be an email address, e.g. ana@example.org',
      password: 'Password is required',
    });
    expect(messages(LoginSchema.safeParse({}))).toMatchObject({ email: 'Email is required' });
  });

  it('asks for passwords of at least 12 characters', () => {
    expect(NewPasswordSchema.safeParse('short').error?.issues[0]?.message).toBe(
      'Password must be at least 12 characters',
    );
    expect(NewPasswordSchema.safeParse('correct horse battery').success).toBe(true);
  });

  it('accepts only whole one-time tokens', () => {
    expect(OneTimeTokenSchema.safeParse('a'.repeat(43)).success).toBe(true);
    expect(OneTimeTokenSchema.safeParse('a'.repeat(20)).error?.issues[0]?.message).toMatch(
      /copy the whole link/,
    );
    expect(
      messages(SetupSchema.safeParse({ token: 'x', email: 'a@b.org', displayName: '', password: 'p' })),
    ).toMatchObject({
      token: expect.stringMatching(/not valid/),
      displayName: 'Name must not be empty',
      password: 'Password must be at least 12 characters',
    });
  });

  it('invites with a known role only', () => {
    const invalid = InviteMemberSchema.safeParse({
      organisationId: '8d4f5c1e-2b3a-4c5d-8e9f-0a1b2c3d4e5f',
      email: 'new@example.org',
      displayName: 'New Person',
      role: 'owner',
    });
    expect(messages(invalid)).toEqual({ role: 'Role must be one of: coordinator, viewer' });
  });
});
