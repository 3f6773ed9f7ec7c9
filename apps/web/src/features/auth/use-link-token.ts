import { useEffect, useState } from 'react';

/**
 * The token of a one-time link, which travels in the fragment (`/reset-password#<token>`) so that it never
 * reaches a server log. It is kept in memory and taken out of the address bar, so that it does not stay in the
 * history or get copied along with the address.
 */
export function useLinkToken(): string {
  const [token] = useState(() => window.location.hash.replace(/^#/, ''));
  useEffect(() => {
    if (!window.location.hash) return;
    // The router keeps its own bookkeeping in history.state: leave it as it is.
    window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
  }, []);
  return token;
}
