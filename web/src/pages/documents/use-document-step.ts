import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { ApiError } from '../../api/client';
import { documentKeys } from '../../api/documents';
import { workbenchQueryKey } from '../../api/workbench';

/**
 * One step on a document (签收, 登记 …): on success a short message and a fresh document, list and 工作台; on a
 * conflict (someone else moved it first) the document is reloaded so the panel shows what is possible now. The
 * refusal itself stays on the mutation for the panel to show inline.
 */
export function useDocumentStep<TVariables, TResult>(documentId: string, run: (variables: TVariables) => Promise<TResult>, success: (result: TResult, variables: TVariables) => string) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  return useMutation({
    mutationFn: run,
    onSuccess: async (result, variables) => {
      void message.success(success(result, variables), 5);
      await Promise.all([queryClient.invalidateQueries({ queryKey: documentKeys.all }), queryClient.invalidateQueries({ queryKey: workbenchQueryKey })]);
    },
    onError: async (error) => {
      if (error instanceof ApiError && error.isConflict) await queryClient.invalidateQueries({ queryKey: documentKeys.detail(documentId) });
    },
  });
}
