/**
 * Uploads being received at once, per process and per organisation. A file is held in memory while it arrives
 * (up to importLimits.maxFileBytes), so this bounds what uploads can hold together; a slot is taken before the body
 * is read and given back when the connection closes, however the request ends.
 */
export const uploadLimits = { perProcess: 12, perOrganisation: 3, unfinishedJobsPerOrganisation: 3 };

const inFlight = new Map<string, number>();
let total = 0;

/** Takes a slot for the organisation, or returns undefined when none is free; the result gives it back once. */
export function takeUploadSlot(organisationId: string): (() => void) | undefined {
  const mine = inFlight.get(organisationId) ?? 0;
  if (total >= uploadLimits.perProcess || mine >= uploadLimits.perOrganisation) return undefined;
  total += 1;
  inFlight.set(organisationId, mine + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    total -= 1;
    const left = (inFlight.get(organisationId) ?? 1) - 1;
    if (left > 0) inFlight.set(organisationId, left);
    else inFlight.delete(organisationId);
  };
}

/** Uploads being received now, for one organisation or all. */
export function uploadsInFlight(organisationId?: string): number {
  return organisationId ? (inFlight.get(organisationId) ?? 0) : total;
}
