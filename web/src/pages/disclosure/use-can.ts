import { useSession } from '../../app/use-session';

/**
 * Whether the caller holds a policy action (the session's, never role names): the area's own tools (拟稿, 登记申请)
 * are by these. Objects carry their own `actions`.
 */
export function useCan(action: 'disclosure.prepare' | 'disclosure.review' | 'disclosure.requests'): boolean {
  const session = useSession();
  return session.data?.actions.includes(action) ?? false;
}
