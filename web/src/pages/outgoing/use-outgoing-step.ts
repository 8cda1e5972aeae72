import { outgoingKeys } from '../../api/outgoing';
import { useCaseStep } from '../../lib/use-case-step';

/** One step on an outgoing document (报送, 会签, 审核 …); see useCaseStep. */
export function useOutgoingStep<TVariables, TResult>(documentId: string, run: (variables: TVariables) => Promise<TResult>, success: (result: TResult) => string) {
  return useCaseStep({ all: outgoingKeys.all, detail: outgoingKeys.detail(documentId) }, run, success);
}
