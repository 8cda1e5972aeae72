import type { Carrier } from './types.js';

/**
 * What the rulebook itself carries as registered carriers: nothing. Art. 94 (entry into force, the repeal of
 * 临政发〔2017〕1号) is the rulebook data's `effective` and `repeals`, and each act is judged by the version in
 * force on its date; art. 93 (which bodies the rules bind) is `src/domain/org/scope.ts`. Neither is a place the
 * coverage scanner reads as a carrier, and a sentence here would only claim one (issue 13: coverage is computed).
 */
export const rulebookCarriers: readonly Omit<Carrier, 'area'>[] = [];
