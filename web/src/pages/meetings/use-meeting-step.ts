import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { ApiError } from '../../api/client';
import { meetingKeys } from '../../api/meetings';
import { workbenchQueryKey } from '../../api/workbench';

/**
 * One step on a meeting (提出安排意见, 签发 …): on success a short message and a fresh meeting, calendar, task list
 * and 工作台; on a conflict (someone else moved it first) the meeting is reloaded so the page shows what is possible
 * now. The refusal itself stays on the mutation for the card to show inline with its article.
 */
export function useMeetingStep<TVariables, TResult>(meetingId: string, run: (variables: TVariables) => Promise<TResult>, success: (result: TResult) => string) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  return useMutation({
    mutationFn: run,
    onSuccess: async (result) => {
      void message.success(success(result), 5);
      await Promise.all([queryClient.invalidateQueries({ queryKey: meetingKeys.all }), queryClient.invalidateQueries({ queryKey: workbenchQueryKey })]);
    },
    onError: async (error) => {
      if (error instanceof ApiError && error.isConflict) await queryClient.invalidateQueries({ queryKey: meetingKeys.detail(meetingId) });
    },
  });
}
