import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { QueryKey } from '@tanstack/react-query';
import { App } from 'antd';
import { ApiError } from '../api/client';
import { workbenchQueryKey } from '../api/workbench';

/**
 * One step on a case of any kind (报送, 会签, 签发 …): on success a short message and a fresh area (`all`: the
 * case, its lists) and 工作台; on a conflict (someone else moved it first) the case itself (`detail`) is reloaded
 * so the page shows what is possible now. The refusal stays on the mutation for the page to show inline, with
 * its articles. Each area names its keys in a one-line wrapper (useOutgoingStep, useMeetingStep …).
 */
export function useCaseStep<TVariables, TResult>(
  keys: { all: QueryKey; detail: QueryKey },
  run: (variables: TVariables) => Promise<TResult>,
  success: (result: TResult, variables: TVariables) => string,
) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  return useMutation({
    mutationFn: run,
    onSuccess: async (result, variables) => {
      void message.success(success(result, variables), 5);
      await Promise.all([queryClient.invalidateQueries({ queryKey: keys.all }), queryClient.invalidateQueries({ queryKey: workbenchQueryKey })]);
    },
    onError: async (error) => {
      if (error instanceof ApiError && error.isConflict) await queryClient.invalidateQueries({ queryKey: keys.detail });
    },
  });
}
