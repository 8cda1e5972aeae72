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

/**
 * Who a document goes to for 批示 (art. 65): major matters to the 区长; otherwise the deputy whose portfolio
 * includes the filing unit on the day; with no deputy in charge, the 区长. While that leader is away an
 * urgent document goes to whoever covers (art. 62) or presides for the head (art. 7).
 */
export function routeForInstruction(input: {
  isMajor: boolean;
  isUrgent: boolean;
  unitId: string;
  day: LocalDate;
  head: {
    personId: string;
    name: string;
  } | undefined;
  deputies: readonly {
    personId: string;
    name: string;
    unitIds: readonly string[];
  }[];
  isAway: (personId: string) => boolean;
  coverOf: (personId: string) => {
    personId: string;
    name: string;
    basis: string;
  } | undefined;
}): {
  leader: {
    personId: string;
    name: string;
  };
  basis: 'major_to_head' | 'portfolio' | 'no_portfolio_to_head';
  actingFor: null;
  article: number;
} | {
  leader: {
    personId: string;
    name: string;
  };
  basis: 'cover';
  actingFor: {
    personId: string;
    name: string;
  };
  article: number;
} | undefined {
  if (stryMutAct_9fa48("528")) {
    {}
  } else {
    stryCov_9fa48("528");
    const inCharge = input.isMajor ? undefined : input.deputies.find(stryMutAct_9fa48("529") ? () => undefined : (stryCov_9fa48("529"), d => d.unitIds.includes(input.unitId)));
    const target = stryMutAct_9fa48("530") ? inCharge && input.head : (stryCov_9fa48("530"), inCharge ?? input.head);
    if (stryMutAct_9fa48("533") ? false : stryMutAct_9fa48("532") ? true : stryMutAct_9fa48("531") ? target : (stryCov_9fa48("531", "532", "533"), !target)) return undefined;
    const basis = input.isMajor ? stryMutAct_9fa48("534") ? "" : (stryCov_9fa48("534"), 'major_to_head') : inCharge ? stryMutAct_9fa48("535") ? "" : (stryCov_9fa48("535"), 'portfolio') : stryMutAct_9fa48("536") ? "" : (stryCov_9fa48("536"), 'no_portfolio_to_head');
    if (stryMutAct_9fa48("539") ? input.isUrgent || input.isAway(target.personId) : stryMutAct_9fa48("538") ? false : stryMutAct_9fa48("537") ? true : (stryCov_9fa48("537", "538", "539"), input.isUrgent && input.isAway(target.personId))) {
      if (stryMutAct_9fa48("540")) {
        {}
      } else {
        stryCov_9fa48("540");
        const cover = input.coverOf(target.personId);
        if (stryMutAct_9fa48("542") ? false : stryMutAct_9fa48("541") ? true : (stryCov_9fa48("541", "542"), cover)) return stryMutAct_9fa48("543") ? {} : (stryCov_9fa48("543"), {
          leader: stryMutAct_9fa48("544") ? {} : (stryCov_9fa48("544"), {
            personId: cover.personId,
            name: cover.name
          }),
          basis: stryMutAct_9fa48("545") ? "" : (stryCov_9fa48("545"), 'cover'),
          actingFor: target,
          article: (stryMutAct_9fa48("548") ? cover.basis !== 'acting_head' : stryMutAct_9fa48("547") ? false : stryMutAct_9fa48("546") ? true : (stryCov_9fa48("546", "547", "548"), cover.basis === (stryMutAct_9fa48("549") ? "" : (stryCov_9fa48("549"), 'acting_head')))) ? 7 : 62
        });
      }
    }
    return stryMutAct_9fa48("550") ? {} : (stryCov_9fa48("550"), {
      leader: target,
      basis,
      actingFor: null,
      article: 65
    });
  }
}