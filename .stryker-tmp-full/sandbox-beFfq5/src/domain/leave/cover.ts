// @ts-nocheck
function stryNS_9fa48() {
  var g = typeof globalThis === 'object' && globalThis && globalThis.Math === Math && globalThis || new Function("return this")();
  var ns = g.__stryker__ || (g.__stryker__ = {});
  if (ns.activeMutant === undefined && g.process && g.process.env && g.process.env.__STRYKER_ACTIVE_MUTANT__) {
    ns.activeMutant = g.process.env.__STRYKER_ACTIVE_MUTANT__;
  }
  function retrieveNS() {
    return ns;
  }
  stryNS_9fa48 = retrieveNS;
  return retrieveNS();
}
stryNS_9fa48();
function stryCov_9fa48() {
  var ns = stryNS_9fa48();
  var cov = ns.mutantCoverage || (ns.mutantCoverage = {
    static: {},
    perTest: {}
  });
  function cover() {
    var c = cov.static;
    if (ns.currentTestId) {
      c = cov.perTest[ns.currentTestId] = cov.perTest[ns.currentTestId] || {};
    }
    var a = arguments;
    for (var i = 0; i < a.length; i++) {
      c[a[i]] = (c[a[i]] || 0) + 1;
    }
  }
  stryCov_9fa48 = cover;
  cover.apply(null, arguments);
}
function stryMutAct_9fa48(id) {
  var ns = stryNS_9fa48();
  function isActive(id) {
    if (ns.activeMutant === id) {
      if (ns.hitCount !== void 0 && ++ns.hitCount > ns.hitLimit) {
        throw new Error('Stryker: Hit count limit reached (' + ns.hitCount + ')');
      }
      return true;
    }
    return false;
  }
  stryMutAct_9fa48 = isActive;
  return isActive(id);
}
import type { LocalDate } from '../../rules/types.js';
import { type CoverAssignment, isAwayOn, type LeaveReport } from './types.js';
type Absences = ReadonlyMap<string, readonly Pick<LeaveReport, 'startDate' | 'endDate' | 'status' | 'returnedOn'>[]>;

/** Who is away on a day. */
export function isPersonAway(absences: Absences, personId: string, day: LocalDate): boolean {
  if (stryMutAct_9fa48("1707")) {
    {}
  } else {
    stryCov_9fa48("1707");
    return stryMutAct_9fa48("1708") ? (absences.get(personId) ?? []).every(a => isAwayOn(a, day)) : (stryCov_9fa48("1708"), (stryMutAct_9fa48("1709") ? absences.get(personId) && [] : (stryCov_9fa48("1709"), absences.get(personId) ?? (stryMutAct_9fa48("1710") ? ["Stryker was here"] : (stryCov_9fa48("1710"), [])))).some(stryMutAct_9fa48("1711") ? () => undefined : (stryCov_9fa48("1711"), a => isAwayOn(a, day))));
  }
}

/**
 * Who handles an absent leader's urgent and temporary work on a day (art. 62–63): the cover the 区长
 * arranged for the period if any, otherwise the fixed cover partner — provided that person is not away too.
 */
export function coverFor(personId: string, day: LocalDate, pairs: readonly {
  firstPersonId: string;
  secondPersonId: string;
  validFrom: LocalDate;
  validTo: LocalDate | null;
}[], assignments: readonly CoverAssignment[], absences: Absences): {
  personId: string;
  basis: 'assignment' | 'pair';
} | undefined {
  if (stryMutAct_9fa48("1712")) {
    {}
  } else {
    stryCov_9fa48("1712");
    const assigned = assignments.find(stryMutAct_9fa48("1713") ? () => undefined : (stryCov_9fa48("1713"), a => stryMutAct_9fa48("1716") ? a.absentPersonId === personId && a.validFrom <= day || day <= a.validTo : stryMutAct_9fa48("1715") ? false : stryMutAct_9fa48("1714") ? true : (stryCov_9fa48("1714", "1715", "1716"), (stryMutAct_9fa48("1718") ? a.absentPersonId === personId || a.validFrom <= day : stryMutAct_9fa48("1717") ? true : (stryCov_9fa48("1717", "1718"), (stryMutAct_9fa48("1720") ? a.absentPersonId !== personId : stryMutAct_9fa48("1719") ? true : (stryCov_9fa48("1719", "1720"), a.absentPersonId === personId)) && (stryMutAct_9fa48("1723") ? a.validFrom > day : stryMutAct_9fa48("1722") ? a.validFrom < day : stryMutAct_9fa48("1721") ? true : (stryCov_9fa48("1721", "1722", "1723"), a.validFrom <= day)))) && (stryMutAct_9fa48("1726") ? day > a.validTo : stryMutAct_9fa48("1725") ? day < a.validTo : stryMutAct_9fa48("1724") ? true : (stryCov_9fa48("1724", "1725", "1726"), day <= a.validTo)))));
    if (stryMutAct_9fa48("1729") ? assigned || !isPersonAway(absences, assigned.coverPersonId, day) : stryMutAct_9fa48("1728") ? false : stryMutAct_9fa48("1727") ? true : (stryCov_9fa48("1727", "1728", "1729"), assigned && (stryMutAct_9fa48("1730") ? isPersonAway(absences, assigned.coverPersonId, day) : (stryCov_9fa48("1730"), !isPersonAway(absences, assigned.coverPersonId, day))))) return stryMutAct_9fa48("1731") ? {} : (stryCov_9fa48("1731"), {
      personId: assigned.coverPersonId,
      basis: stryMutAct_9fa48("1732") ? "" : (stryCov_9fa48("1732"), 'assignment')
    });
    const pair = pairs.find(stryMutAct_9fa48("1733") ? () => undefined : (stryCov_9fa48("1733"), p => stryMutAct_9fa48("1736") ? (p.firstPersonId === personId || p.secondPersonId === personId) && p.validFrom <= day || p.validTo === null || day <= p.validTo : stryMutAct_9fa48("1735") ? false : stryMutAct_9fa48("1734") ? true : (stryCov_9fa48("1734", "1735", "1736"), (stryMutAct_9fa48("1738") ? p.firstPersonId === personId || p.secondPersonId === personId || p.validFrom <= day : stryMutAct_9fa48("1737") ? true : (stryCov_9fa48("1737", "1738"), (stryMutAct_9fa48("1740") ? p.firstPersonId === personId && p.secondPersonId === personId : stryMutAct_9fa48("1739") ? true : (stryCov_9fa48("1739", "1740"), (stryMutAct_9fa48("1742") ? p.firstPersonId !== personId : stryMutAct_9fa48("1741") ? false : (stryCov_9fa48("1741", "1742"), p.firstPersonId === personId)) || (stryMutAct_9fa48("1744") ? p.secondPersonId !== personId : stryMutAct_9fa48("1743") ? false : (stryCov_9fa48("1743", "1744"), p.secondPersonId === personId)))) && (stryMutAct_9fa48("1747") ? p.validFrom > day : stryMutAct_9fa48("1746") ? p.validFrom < day : stryMutAct_9fa48("1745") ? true : (stryCov_9fa48("1745", "1746", "1747"), p.validFrom <= day)))) && (stryMutAct_9fa48("1749") ? p.validTo === null && day <= p.validTo : stryMutAct_9fa48("1748") ? true : (stryCov_9fa48("1748", "1749"), (stryMutAct_9fa48("1751") ? p.validTo !== null : stryMutAct_9fa48("1750") ? false : (stryCov_9fa48("1750", "1751"), p.validTo === null)) || (stryMutAct_9fa48("1754") ? day > p.validTo : stryMutAct_9fa48("1753") ? day < p.validTo : stryMutAct_9fa48("1752") ? false : (stryCov_9fa48("1752", "1753", "1754"), day <= p.validTo)))))));
    if (stryMutAct_9fa48("1757") ? false : stryMutAct_9fa48("1756") ? true : stryMutAct_9fa48("1755") ? pair : (stryCov_9fa48("1755", "1756", "1757"), !pair)) return undefined;
    const partner = (stryMutAct_9fa48("1760") ? pair.firstPersonId !== personId : stryMutAct_9fa48("1759") ? false : stryMutAct_9fa48("1758") ? true : (stryCov_9fa48("1758", "1759", "1760"), pair.firstPersonId === personId)) ? pair.secondPersonId : pair.firstPersonId;
    return isPersonAway(absences, partner, day) ? undefined : stryMutAct_9fa48("1761") ? {} : (stryCov_9fa48("1761"), {
      personId: partner,
      basis: stryMutAct_9fa48("1762") ? "" : (stryCov_9fa48("1762"), 'pair')
    });
  }
}

/**
 * Who presides over the government's work on a day (art. 7): the 区长, or while the 区长 is away the
 * executive deputy.
 */
export function presidingLeader(head: string | undefined, executiveDeputy: string | undefined, absences: Absences, day: LocalDate): {
  personId: string;
  isActing: boolean;
} | undefined {
  if (stryMutAct_9fa48("1763")) {
    {}
  } else {
    stryCov_9fa48("1763");
    if (stryMutAct_9fa48("1766") ? head || !isPersonAway(absences, head, day) : stryMutAct_9fa48("1765") ? false : stryMutAct_9fa48("1764") ? true : (stryCov_9fa48("1764", "1765", "1766"), head && (stryMutAct_9fa48("1767") ? isPersonAway(absences, head, day) : (stryCov_9fa48("1767"), !isPersonAway(absences, head, day))))) return stryMutAct_9fa48("1768") ? {} : (stryCov_9fa48("1768"), {
      personId: head,
      isActing: stryMutAct_9fa48("1769") ? true : (stryCov_9fa48("1769"), false)
    });
    if (stryMutAct_9fa48("1772") ? executiveDeputy || !isPersonAway(absences, executiveDeputy, day) : stryMutAct_9fa48("1771") ? false : stryMutAct_9fa48("1770") ? true : (stryCov_9fa48("1770", "1771", "1772"), executiveDeputy && (stryMutAct_9fa48("1773") ? isPersonAway(absences, executiveDeputy, day) : (stryCov_9fa48("1773"), !isPersonAway(absences, executiveDeputy, day))))) return stryMutAct_9fa48("1774") ? {} : (stryCov_9fa48("1774"), {
      personId: executiveDeputy,
      isActing: stryMutAct_9fa48("1775") ? false : (stryCov_9fa48("1775"), true)
    });
    return undefined;
  }
}