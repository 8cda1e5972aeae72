import type { Carrier } from '../../rules/types.js';

/**
 * The events area registers no carrier sentence besides its rules: its routes are the case declarations'
 * actions (invitation arranged by the office, art. 90 and 92; approvals, art. 91; meeting approvals, art. 58;
 * speech consent, art. 81) and its records the audit entries that cite their article.
 */
export const eventsCarriers: readonly Omit<Carrier, 'area'>[] = [];
