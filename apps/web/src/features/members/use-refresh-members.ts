import { useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../lib/trpc';

/** After a change of membership: the member list, the access history and who the signed-in user is. */
export function useRefreshMembers(organisationId: string): () => Promise<unknown> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.member.list.queryKey({ organisationId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.audit.access.queryKey({ organisationId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() }),
    ]);
}
