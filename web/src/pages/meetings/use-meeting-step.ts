import { meetingKeys } from '../../api/meetings';
import { useCaseStep } from '../../lib/use-case-step';

/** One step on a meeting (提出安排意见, 签发 …): the meeting, calendar and task list are refreshed; see useCaseStep. */
export function useMeetingStep<TVariables, TResult>(meetingId: string, run: (variables: TVariables) => Promise<TResult>, success: (result: TResult) => string) {
  return useCaseStep({ all: meetingKeys.all, detail: meetingKeys.detail(meetingId) }, run, success);
}
