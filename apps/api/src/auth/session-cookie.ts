/** Reads and writes the session cookie; the HTTP layer implements it, tests use an in-memory jar. */
export interface SessionCookie {
  read(): string | undefined;
  write(token: string, expiresAt: Date): void;
  clear(): void;
}

export const plainCookieName = 'mobilis_session';
/** Over HTTPS the cookie takes the __Host- prefix: secure, host-only, path /. */
export const secureCookieName = '__Host-mobilis_session';

export function sessionCookieName(secure: boolean): string {
  return secure ? secureCookieName : plainCookieName;
}

/** The cookie of a participant's survey session, opened by a survey link; separate from console sessions. */
export function surveyCookieName(secure: boolean): string {
  return secure ? '__Host-mobilis_survey' : 'mobilis_survey';
}

/** A cookie that holds nothing, for callers without one. */
export const noCookie: SessionCookie = { read: () => undefined, write: () => {}, clear: () => {} };
