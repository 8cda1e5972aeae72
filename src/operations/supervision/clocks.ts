/**
 * The clocks of the supervision area as the deadlines table cites them: the article each counts under and
 * the carrier (src/domain/supervision/carriers.ts) that declares it.
 */
const taskClock = 'supervision.task-clock';
const suggestionClock = 'supervision.suggestion-clock';
const reanswerClock = 'supervision.suggestion-reanswer';
const publicationClock = 'supervision.suggestion-publication';
const lookBackClock = 'supervision.rectification-look-back';

export const supervisionClocks = {
  /** A task's deadline, under its source's article (57 for a meeting decision by default). */
  task: (article: number) => ({ ...{ article: 57, ruleId: taskClock }, article }),
  suggestion: { article: 40, ruleId: suggestionClock },
  reanswer: { article: 40, ruleId: reanswerClock },
  publication: { article: 40, ruleId: publicationClock },
  lookBack: { article: 77, ruleId: lookBackClock },
} as const;
