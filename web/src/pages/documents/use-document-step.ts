import { documentKeys } from '../../api/documents';
import { useCaseStep } from '../../lib/use-case-step';

/** One step on a document (签收, 登记 …); see useCaseStep. */
export function useDocumentStep<TVariables, TResult>(documentId: string, run: (variables: TVariables) => Promise<TResult>, success: (result: TResult, variables: TVariables) => string) {
  return useCaseStep({ all: documentKeys.all, detail: documentKeys.detail(documentId) }, run, success);
}
