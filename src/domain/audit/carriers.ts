import type { Carrier } from '../../rules/types.js';

/**
 * The audit area registers no carrier sentence: the trail (every change committed with its entry, SM3-chained)
 * serves every article alike and cites none, so art. 46 (accountability for major decisions) is not counted as
 * carried by it. An entry that records an article's act cites it itself (`article: N`), where the act happens.
 */
export const auditCarriers: readonly Omit<Carrier, 'area'>[] = [];
