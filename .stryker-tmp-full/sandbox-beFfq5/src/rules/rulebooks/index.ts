// @ts-nocheck
import { createRulebookSet, type RulebookSet } from '../rulebook-set.js';
import { linzi2022 } from './linzi-2022/index.js';

export { linzi2022, linzi2022Data } from './linzi-2022/index.js';

/** Every rulebook that ships with the platform. A new district or revised year adds its data here. */
export const defaultRulebookSet: RulebookSet = createRulebookSet([linzi2022]);
