import { supervisionKeys } from '../../api/supervision';
import { useCaseStep } from '../../lib/use-case-step';

/** One step on a task, report, extension or suggestion: the whole area is refreshed, the 工作台 too. */
export function useSupervisionStep<TVariables, TResult>(detail: readonly unknown[], run: (variables: TVariables) => Promise<TResult>, success: (result: TResult, variables: TVariables) => string) {
  return useCaseStep({ all: supervisionKeys.all, detail }, run, success);
}
