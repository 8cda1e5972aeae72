import { useSession } from '../../app/use-session';

/**
 * Whether the caller holds `supervision.office` (the session's policy actions, never role names): the ledger's
 * own tools (新建, 导入, 抽查, 通报) are the office's. Objects carry their own `actions`.
 */
export function useIsOffice(): boolean {
  const session = useSession();
  return session.data?.actions.includes('supervision.office') ?? false;
}
