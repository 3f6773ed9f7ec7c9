import { useCallback } from 'react';

// The API pages lists with keyset cursors, which only go forward. Going back needs the cursor of the page before,
// which is remembered here for every page reached with "Next" (in memory: a list opened from a link starts its
// trail there, and "Previous" then goes back to the first page).
const trail = new Map<string, { previous: string | undefined; page: number | null }>();

export interface CursorPaging {
  /** 1 for the first page; null when the page was opened from a link and its number is unknown. */
  page: number | null;
  hasPrevious: boolean;
  next(nextCursor: string): void;
  previous(): void;
}

/**
 * Paging through one list. `scope` names the list and its filters, so that the same cursor under other filters
 * is not mistaken for the same page; `cursor` is the current page's (undefined on the first page).
 */
export function useCursorPaging(
  scope: string,
  cursor: string | undefined,
  goTo: (cursor: string | undefined) => void,
): CursorPaging {
  const known = cursor === undefined ? undefined : trail.get(`${scope}\n${cursor}`);
  const page = cursor === undefined ? 1 : (known?.page ?? null);
  const next = useCallback(
    (nextCursor: string) => {
      trail.set(`${scope}\n${nextCursor}`, { previous: cursor, page: page === null ? null : page + 1 });
      goTo(nextCursor);
    },
    [scope, cursor, page, goTo],
  );
  const previous = useCallback(() => goTo(known?.previous), [known, goTo]);
  return { page, hasPrevious: cursor !== undefined, next, previous };
}
