import { useQuery } from '@tanstack/react-query';
import { fetchSession, sessionQueryKey } from '../api/session';

/** The signed-in user and their menu; `data` is null when nobody is signed in. */
export function useSession() {
  return useQuery({
    queryKey: sessionQueryKey,
    queryFn: ({ signal }) => fetchSession(signal),
    staleTime: 5 * 60_000,
  });
}
