import type { AppRouter } from '@mobilis/api';
import { QueryCache, QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import { createTRPCContext, createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { errorCode } from './server-error';

// An answer such as NOT_FOUND or FORBIDDEN will not change on a second try; a dropped connection may.
const finalCodes = new Set(['BAD_REQUEST', 'UNAUTHORIZED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT']);

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({
    onError: (error) => {
      // The session ended (expired, or signed out elsewhere): asking again who is signed in lets the
      // authenticated layout send the person to the sign-in page.
      if (errorCode(error) === 'UNAUTHORIZED') {
        void queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() });
      }
    },
  }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      retry: (failures, error) => failures < 1 && !finalCodes.has(errorCode(error) ?? ''),
      refetchOnWindowFocus: false,
    },
  },
});

export const trpcClient = createTRPCClient<AppRouter>({
  links: [httpBatchLink({ url: '/trpc' })],
});

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

/** The same query options outside React, for route guards (`beforeLoad`). */
export const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });
