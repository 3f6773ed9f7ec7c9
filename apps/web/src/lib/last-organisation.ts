// Per user, so that two people sharing a browser do not land in each other's organisation.
const keyOf = (userId: string) => `mobilis:last-organisation:${userId}`;

export function lastOrganisation(userId: string): string | null {
  try {
    return localStorage.getItem(keyOf(userId));
  } catch {
    return null;
  }
}

export function rememberOrganisation(userId: string, organisationId: string): void {
  try {
    localStorage.setItem(keyOf(userId), organisationId);
  } catch {
    // Storage can be full or disabled (private windows): landing on the first organisation is fine then.
  }
}
