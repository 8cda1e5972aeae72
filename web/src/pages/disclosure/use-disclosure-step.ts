import { disclosureKeys } from '../../api/disclosure';
import { useCaseStep } from '../../lib/use-case-step';

/** One step on a publication, draft, request or message: the whole area is refreshed, the 工作台 too. */
export function useDisclosureStep<TVariables, TResult>(detail: readonly unknown[], run: (variables: TVariables) => Promise<TResult>, success: (result: TResult, variables: TVariables) => string) {
  return useCaseStep({ all: disclosureKeys.all, detail }, run, success);
}
