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
import { type CaseDefinition, own, personal, type Relation } from '../case.js';
import { can } from '../identity/policies.js';
import type { LeaderItem, LeaderItemStatus, LeaveReport, LeaveStatus } from './types.js';

/**
 * The leave and cover area, declared once: a leave report (art. 82) and an item waiting for a leader
 * (art. 62, 63, 7). The operations, the `actions` every object is returned with and the 工作台 read these.
 */

/** The leader who reported, or the office on their behalf (代为销假) — never a cover: a leave report is personal. */
const reporterOrOffice: Relation<Pick<LeaveReport, 'personId'>> = stryMutAct_9fa48("1648") ? () => undefined : (stryCov_9fa48("1648"), (() => {
  const reporterOrOffice: Relation<Pick<LeaveReport, 'personId'>> = (r, viewer) => (stryMutAct_9fa48("1651") ? viewer.personId === r.personId && can(viewer.roles, 'leave.report_for') : stryMutAct_9fa48("1650") ? false : stryMutAct_9fa48("1649") ? true : (stryCov_9fa48("1649", "1650", "1651"), (stryMutAct_9fa48("1653") ? viewer.personId !== r.personId : stryMutAct_9fa48("1652") ? false : (stryCov_9fa48("1652", "1653"), viewer.personId === r.personId)) || can(viewer.roles, stryMutAct_9fa48("1654") ? "" : (stryCov_9fa48("1654"), 'leave.report_for')))) ? own : stryMutAct_9fa48("1655") ? true : (stryCov_9fa48("1655"), false);
  return reporterOrOffice;
})());
export type LeaveReportAction = 'return' | 'cancel';
export const leaveReportCase: CaseDefinition<LeaveStatus, LeaveReport, LeaveReportAction> = stryMutAct_9fa48("1656") ? {} : (stryCov_9fa48("1656"), {
  kind: stryMutAct_9fa48("1657") ? "" : (stryCov_9fa48("1657"), 'leave_report'),
  label: stryMutAct_9fa48("1658") ? "" : (stryCov_9fa48("1658"), '请假报告'),
  states: stryMutAct_9fa48("1659") ? {} : (stryCov_9fa48("1659"), {
    reported: stryMutAct_9fa48("1660") ? "" : (stryCov_9fa48("1660"), '已报告'),
    returned: stryMutAct_9fa48("1661") ? "" : (stryCov_9fa48("1661"), '已销假'),
    cancelled: stryMutAct_9fa48("1662") ? "" : (stryCov_9fa48("1662"), '已撤销')
  }),
  stateOf: stryMutAct_9fa48("1663") ? () => undefined : (stryCov_9fa48("1663"), r => r.status),
  actions: stryMutAct_9fa48("1664") ? {} : (stryCov_9fa48("1664"), {
    // Neither is work on a 工作台: the leader returns when back; the clock on the report's end day shows it.
    return: stryMutAct_9fa48("1665") ? {} : (stryCov_9fa48("1665"), {
      label: stryMutAct_9fa48("1666") ? "" : (stryCov_9fa48("1666"), '销假'),
      from: stryMutAct_9fa48("1667") ? [] : (stryCov_9fa48("1667"), [stryMutAct_9fa48("1668") ? "" : (stryCov_9fa48("1668"), 'reported')]),
      to: stryMutAct_9fa48("1669") ? "" : (stryCov_9fa48("1669"), 'returned'),
      policy: stryMutAct_9fa48("1670") ? "" : (stryCov_9fa48("1670"), 'leave.report'),
      relation: reporterOrOffice,
      articles: stryMutAct_9fa48("1671") ? [] : (stryCov_9fa48("1671"), [82]),
      act: stryMutAct_9fa48("1672") ? "" : (stryCov_9fa48("1672"), 'leave.return'),
      isWork: stryMutAct_9fa48("1673") ? true : (stryCov_9fa48("1673"), false)
    }),
    cancel: stryMutAct_9fa48("1674") ? {} : (stryCov_9fa48("1674"), {
      label: stryMutAct_9fa48("1675") ? "" : (stryCov_9fa48("1675"), '撤销'),
      from: stryMutAct_9fa48("1676") ? [] : (stryCov_9fa48("1676"), [stryMutAct_9fa48("1677") ? "" : (stryCov_9fa48("1677"), 'reported')]),
      to: stryMutAct_9fa48("1678") ? "" : (stryCov_9fa48("1678"), 'cancelled'),
      policy: stryMutAct_9fa48("1679") ? "" : (stryCov_9fa48("1679"), 'leave.report'),
      relation: reporterOrOffice,
      // Once the absence has begun it is closed by returning, not undone.
      when: stryMutAct_9fa48("1680") ? () => undefined : (stryCov_9fa48("1680"), (r, viewer) => stryMutAct_9fa48("1684") ? r.startDate <= viewer.today : stryMutAct_9fa48("1683") ? r.startDate >= viewer.today : stryMutAct_9fa48("1682") ? false : stryMutAct_9fa48("1681") ? true : (stryCov_9fa48("1681", "1682", "1683", "1684"), r.startDate > viewer.today)),
      articles: stryMutAct_9fa48("1685") ? [] : (stryCov_9fa48("1685"), [82]),
      act: stryMutAct_9fa48("1686") ? "" : (stryCov_9fa48("1686"), 'leave.cancel'),
      isWork: stryMutAct_9fa48("1687") ? true : (stryCov_9fa48("1687"), false)
    })
  })
});
export type LeaderItemAction = 'handle';

/**
 * An item is handled by its addressee or whoever stands in for them today: their cover (the pair, or the
 * 区长's arrangement) for urgent items only (art. 62, 63), the executive deputy presiding for the 区长 for
 * everything (art. 7: 主持区政府全面工作). A stand-in's act is recorded as acting for the addressee.
 */
export const leaderItemCase: CaseDefinition<LeaderItemStatus, LeaderItem, LeaderItemAction> = stryMutAct_9fa48("1688") ? {} : (stryCov_9fa48("1688"), {
  kind: stryMutAct_9fa48("1689") ? "" : (stryCov_9fa48("1689"), 'leader_item'),
  label: stryMutAct_9fa48("1690") ? "" : (stryCov_9fa48("1690"), '领导事项'),
  states: stryMutAct_9fa48("1691") ? {} : (stryCov_9fa48("1691"), {
    open: stryMutAct_9fa48("1692") ? "" : (stryCov_9fa48("1692"), '待办理'),
    handled: stryMutAct_9fa48("1693") ? "" : (stryCov_9fa48("1693"), '已办理')
  }),
  stateOf: stryMutAct_9fa48("1694") ? () => undefined : (stryCov_9fa48("1694"), i => i.status),
  actions: stryMutAct_9fa48("1695") ? {} : (stryCov_9fa48("1695"), {
    handle: stryMutAct_9fa48("1696") ? {} : (stryCov_9fa48("1696"), {
      label: stryMutAct_9fa48("1697") ? "" : (stryCov_9fa48("1697"), '办理'),
      from: stryMutAct_9fa48("1698") ? [] : (stryCov_9fa48("1698"), [stryMutAct_9fa48("1699") ? "" : (stryCov_9fa48("1699"), 'open')]),
      to: stryMutAct_9fa48("1700") ? "" : (stryCov_9fa48("1700"), 'handled'),
      policy: stryMutAct_9fa48("1701") ? "" : (stryCov_9fa48("1701"), 'leader_items.handle'),
      relation: personal(stryMutAct_9fa48("1702") ? () => undefined : (stryCov_9fa48("1702"), i => i.addresseePersonId), stryMutAct_9fa48("1703") ? {} : (stryCov_9fa48("1703"), {
        isUrgent: stryMutAct_9fa48("1704") ? () => undefined : (stryCov_9fa48("1704"), i => i.isUrgent)
      })),
      articles: stryMutAct_9fa48("1705") ? [] : (stryCov_9fa48("1705"), [62, 63, 7]),
      act: stryMutAct_9fa48("1706") ? "" : (stryCov_9fa48("1706"), 'leader_item.handle')
    })
  })
});

/**
 * The one clock each kind keeps on the deadlines table while it is open: a leave report is due to be closed by
 * 销假 on its last day (art. 82); a leader item with a due day is due that day (art. 62). Both stop when the
 * case leaves its open state.
 */
export const dueClocks = {
  leaveReport: {
    label: '销假',
    article: 82,
    ruleId: 'leave.recipients'
  },
  leaderItem: {
    label: '领导事项办理期限',
    article: 62,
    ruleId: 'cover.route-urgent-items'
  }
} as const;