import type { OutgoingMessage } from '@mobilis/db';

// Plain-text messages: who sends them, why, and what to do. Translated messages come with the surveys.

export function passwordResetMessage(to: string, link: string): OutgoingMessage {
  return {
    kind: 'password_reset',
    toAddress: to,
    subject: 'Reset your Mobilis password',
    bodyText: [
      'Hello,',
      '',
      'Someone asked to reset the password of the Mobilis account for this e-mail address.',
      'If it was you, choose a new password here within the next hour:',
      '',
      link,
      '',
      'If it was not you, ignore this message: your password stays as it is.',
      '',
      '— Mobilis, the Erasmus+ mobility console of your organisation',
    ].join('\n'),
  };
}

export function invitationMessage(
  to: string,
  {
    inviter,
    organisation,
    role,
    link,
  }: { inviter: string; organisation: string; role: string; link: string | null },
): OutgoingMessage {
  const action = link
    ? ['To accept, choose your password here within 7 days:', '', link]
    : ['Sign in with your existing Mobilis account to see it.'];
  return {
    kind: 'invitation',
    toAddress: to,
    subject: `${inviter} invited you to ${organisation} in Mobilis`,
    bodyText: [
      'Hello,',
      '',
      `${inviter} gave you access to ${organisation} in Mobilis, as ${role}.`,
      'Mobilis is where your organisation manages its Erasmus+ mobility projects and participants.',
      '',
      ...action,
      '',
      'If you did not expect this message, you can ignore it.',
      '',
      '— Mobilis',
    ].join('\n'),
  };
}

/** Tells the account's owner that its sign-in changed, so that a change they did not make does not go unseen. */
export function signInChangedMessage(to: string, change: string): OutgoingMessage {
  return {
    kind: 'security_notice',
    toAddress: to,
    subject: 'Your Mobilis sign-in changed',
    bodyText: [
      'Hello,',
      '',
      `${change} on your Mobilis account.`,
      '',
      'If it was you, there is nothing to do.',
      'If it was not, someone knows your password: change it now under Password and sign-in, remove what you',
      'did not add, and tell an administrator of your organisation.',
      '',
      '— Mobilis',
    ].join('\n'),
  };
}
