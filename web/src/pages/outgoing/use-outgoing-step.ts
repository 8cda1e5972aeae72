import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { ApiError } from '../../api/client';
import { outgoingKeys } from '../../api/outgoing';
import { workbenchQueryKey } from '../../api/workbench';

/**
 * One step on an outgoing document (报送, 会签, 审核 …): on success a short message and a fresh document, list and
 * 工作台; on a conflict (someone moved it first) the document is reloaded so the panel shows what is possible now.
 * The refusal itself stays on the mutation for the panel to show inline, with its articles.
 */
export function useOutgoingStep<TVariables, TResult>(documentId: string, run: (variables: TVariables) => Promise<TResult>, success: (result: TResult) => string) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  return useMutation({
    mutationFn: run,
    onSuccess: async (result) => {
      void message.success(success(result), 5);
      await Promise.all([queryClient.invalidateQueries({ queryKey: outgoingKeys.all }), queryClient.invalidateQueries({ queryKey: workbenchQueryKey })]);
    },
    onError: async (error) => {
      if (error instanceof ApiError && error.isConflict) await queryClient.invalidateQueries({ queryKey: outgoingKeys.detail(documentId) });
    },
  });
}
