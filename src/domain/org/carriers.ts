import type { Carrier } from '../../rules/types.js';

/**
 * The organisation area registers no carrier sentence. What it carries is found in code: the portfolio record
 * (art. 9, `set-portfolio.ts`) and the cover pairs (art. 62, `set-cover-pair.ts`) cite their articles in their
 * audit entries. The dated composition (art. 5) and the bodies the rules bind (art. 93, `scope.ts`) are read by
 * the meetings, leave and events areas but cite no article where the scanner looks, so they are not counted.
 */
export const orgCarriers: readonly Omit<Carrier, 'area'>[] = [];
