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
import type { Rule } from '../../rules/types.js';
import { absenceDays, absencesOverlap, type LeaveReport, type CoverAssignment, daysBetween } from './types.js';

/** Everything the leave rules look at for one report; the rulebook's parameters come from the engine as of the report's date. */
export type LeaveFacts = {
  report: Pick<LeaveReport, 'startDate' | 'endDate' | 'isEmergency' | 'emergencyReason' | 'reportedOn' | 'actingPersonName' | 'personId'>;
  hasContact: boolean;
  attachmentKinds: readonly string[];
  /** The leader's mutual cover partner on the report's dates, if the reporter is a government leader. */
  coverPartner: {
    personId: string;
    name: string;
  } | null;
  /** The partner's absences that are not cancelled. */
  partnerAbsences: readonly Pick<LeaveReport, 'startDate' | 'endDate' | 'status' | 'returnedOn'>[];
  /** Covers the 区长 has arranged for the reporter. */
  assignments: readonly Pick<CoverAssignment, 'validFrom' | 'validTo' | 'absentPersonId'>[];
};
const EFFECTIVE = stryMutAct_9fa48("1776") ? {} : (stryCov_9fa48("1776"), {
  from: stryMutAct_9fa48("1777") ? "" : (stryCov_9fa48("1777"), '2022-01-31')
});
export const leaveRules: readonly Rule<LeaveFacts>[] = stryMutAct_9fa48("1778") ? [] : (stryCov_9fa48("1778"), [stryMutAct_9fa48("1779") ? {} : (stryCov_9fa48("1779"), {
  id: stryMutAct_9fa48("1780") ? "" : (stryCov_9fa48("1780"), 'leave.notice-days-ahead'),
  kind: stryMutAct_9fa48("1781") ? "" : (stryCov_9fa48("1781"), 'clock'),
  cites: stryMutAct_9fa48("1782") ? [] : (stryCov_9fa48("1782"), [stryMutAct_9fa48("1783") ? {} : (stryCov_9fa48("1783"), {
    article: 82
  })]),
  effective: EFFECTIVE,
  summary: stryMutAct_9fa48("1784") ? "" : (stryCov_9fa48("1784"), '请假外出应按规定天数提前向区委书记、区长报告；因紧急事项临时外出的及时报备并说明理由'),
  params: stryMutAct_9fa48("1785") ? [] : (stryCov_9fa48("1785"), [stryMutAct_9fa48("1786") ? "" : (stryCov_9fa48("1786"), 'leave.noticeDays')]),
  check: ({
    report
  }, param) => {
    if (stryMutAct_9fa48("1787")) {
      {}
    } else {
      stryCov_9fa48("1787");
      const noticeDays = param(stryMutAct_9fa48("1788") ? "" : (stryCov_9fa48("1788"), 'leave.noticeDays'));
      const ahead = daysBetween(report.reportedOn, report.startDate);
      if (stryMutAct_9fa48("1792") ? ahead < noticeDays : stryMutAct_9fa48("1791") ? ahead > noticeDays : stryMutAct_9fa48("1790") ? false : stryMutAct_9fa48("1789") ? true : (stryCov_9fa48("1789", "1790", "1791", "1792"), ahead >= noticeDays)) return undefined;
      if (stryMutAct_9fa48("1794") ? false : stryMutAct_9fa48("1793") ? true : (stryCov_9fa48("1793", "1794"), report.isEmergency)) {
        if (stryMutAct_9fa48("1795")) {
          {}
        } else {
          stryCov_9fa48("1795");
          return stryMutAct_9fa48("1796") ? {} : (stryCov_9fa48("1796"), {
            severity: stryMutAct_9fa48("1797") ? "" : (stryCov_9fa48("1797"), 'flag'),
            message: stryMutAct_9fa48("1798") ? `` : (stryCov_9fa48("1798"), `紧急外出报备：提前${stryMutAct_9fa48("1799") ? Math.min(ahead, 0) : (stryCov_9fa48("1799"), Math.max(ahead, 0))}天（规定提前${noticeDays}天），理由：${stryMutAct_9fa48("1800") ? report.emergencyReason && '' : (stryCov_9fa48("1800"), report.emergencyReason ?? (stryMutAct_9fa48("1801") ? "Stryker was here!" : (stryCov_9fa48("1801"), '')))}`)
          });
        }
      }
      return stryMutAct_9fa48("1802") ? {} : (stryCov_9fa48("1802"), {
        message: stryMutAct_9fa48("1803") ? `` : (stryCov_9fa48("1803"), `第八十二条：外出须提前${noticeDays}天报告，本次仅提前${stryMutAct_9fa48("1804") ? Math.min(ahead, 0) : (stryCov_9fa48("1804"), Math.max(ahead, 0))}天。因紧急事项临时外出的，请按"紧急外出"报备并说明理由`)
      });
    }
  }
}), stryMutAct_9fa48("1805") ? {} : (stryCov_9fa48("1805"), {
  id: stryMutAct_9fa48("1806") ? "" : (stryCov_9fa48("1806"), 'leave.emergency-reason'),
  kind: stryMutAct_9fa48("1807") ? "" : (stryCov_9fa48("1807"), 'guard'),
  cites: stryMutAct_9fa48("1808") ? [] : (stryCov_9fa48("1808"), [stryMutAct_9fa48("1809") ? {} : (stryCov_9fa48("1809"), {
    article: 82
  })]),
  effective: EFFECTIVE,
  summary: stryMutAct_9fa48("1810") ? "" : (stryCov_9fa48("1810"), '因紧急事项临时外出的，报备时须说明理由'),
  check: stryMutAct_9fa48("1811") ? () => undefined : (stryCov_9fa48("1811"), ({
    report
  }) => (stryMutAct_9fa48("1814") ? report.isEmergency || !report.emergencyReason?.trim() : stryMutAct_9fa48("1813") ? false : stryMutAct_9fa48("1812") ? true : (stryCov_9fa48("1812", "1813", "1814"), report.isEmergency && (stryMutAct_9fa48("1815") ? report.emergencyReason?.trim() : (stryCov_9fa48("1815"), !(stryMutAct_9fa48("1817") ? report.emergencyReason.trim() : stryMutAct_9fa48("1816") ? report.emergencyReason : (stryCov_9fa48("1816", "1817"), report.emergencyReason?.trim())))))) ? stryMutAct_9fa48("1818") ? {} : (stryCov_9fa48("1818"), {
    message: stryMutAct_9fa48("1819") ? "" : (stryCov_9fa48("1819"), '第八十二条：因紧急事项临时外出的，须说明理由')
  }) : undefined)
}), stryMutAct_9fa48("1820") ? {} : (stryCov_9fa48("1820"), {
  id: stryMutAct_9fa48("1821") ? "" : (stryCov_9fa48("1821"), 'leave.long-absence-attachments'),
  kind: stryMutAct_9fa48("1822") ? "" : (stryCov_9fa48("1822"), 'guard'),
  cites: stryMutAct_9fa48("1823") ? [] : (stryCov_9fa48("1823"), [stryMutAct_9fa48("1824") ? {} : (stryCov_9fa48("1824"), {
    article: 82
  })]),
  effective: EFFECTIVE,
  summary: stryMutAct_9fa48("1825") ? "" : (stryCov_9fa48("1825"), '外出时间超过规定天数的，须附有关通知、方案及日程安排'),
  params: stryMutAct_9fa48("1826") ? [] : (stryCov_9fa48("1826"), [stryMutAct_9fa48("1827") ? "" : (stryCov_9fa48("1827"), 'leave.longAbsenceDays')]),
  check: ({
    report,
    attachmentKinds
  }, param) => {
    if (stryMutAct_9fa48("1828")) {
      {}
    } else {
      stryCov_9fa48("1828");
      const longAbsenceDays = param(stryMutAct_9fa48("1829") ? "" : (stryCov_9fa48("1829"), 'leave.longAbsenceDays'));
      const days = absenceDays(report.startDate, report.endDate);
      if (stryMutAct_9fa48("1832") ? days <= longAbsenceDays && attachmentKinds.length > 0 : stryMutAct_9fa48("1831") ? false : stryMutAct_9fa48("1830") ? true : (stryCov_9fa48("1830", "1831", "1832"), (stryMutAct_9fa48("1835") ? days > longAbsenceDays : stryMutAct_9fa48("1834") ? days < longAbsenceDays : stryMutAct_9fa48("1833") ? false : (stryCov_9fa48("1833", "1834", "1835"), days <= longAbsenceDays)) || (stryMutAct_9fa48("1838") ? attachmentKinds.length <= 0 : stryMutAct_9fa48("1837") ? attachmentKinds.length >= 0 : stryMutAct_9fa48("1836") ? false : (stryCov_9fa48("1836", "1837", "1838"), attachmentKinds.length > 0)))) return undefined;
      return stryMutAct_9fa48("1839") ? {} : (stryCov_9fa48("1839"), {
        message: stryMutAct_9fa48("1840") ? `` : (stryCov_9fa48("1840"), `第八十二条：外出${days}天，超过${longAbsenceDays}天的须附有关通知、方案及日程安排`)
      });
    }
  }
}), stryMutAct_9fa48("1841") ? {} : (stryCov_9fa48("1841"), {
  id: stryMutAct_9fa48("1842") ? "" : (stryCov_9fa48("1842"), 'leave.contact-24h'),
  kind: stryMutAct_9fa48("1843") ? "" : (stryCov_9fa48("1843"), 'guard'),
  cites: stryMutAct_9fa48("1844") ? [] : (stryCov_9fa48("1844"), [stryMutAct_9fa48("1845") ? {} : (stryCov_9fa48("1845"), {
    article: 82,
    clause: stryMutAct_9fa48("1846") ? "" : (stryCov_9fa48("1846"), '第二款')
  })]),
  effective: EFFECTIVE,
  summary: stryMutAct_9fa48("1847") ? "" : (stryCov_9fa48("1847"), '外出期间保持通信畅通，确保24小时能随时取得联系'),
  check: stryMutAct_9fa48("1848") ? () => undefined : (stryCov_9fa48("1848"), ({
    hasContact
  }) => hasContact ? undefined : stryMutAct_9fa48("1849") ? {} : (stryCov_9fa48("1849"), {
    message: stryMutAct_9fa48("1850") ? "" : (stryCov_9fa48("1850"), '第八十二条：须留存外出期间24小时可联系的电话')
  }))
}), stryMutAct_9fa48("1851") ? {} : (stryCov_9fa48("1851"), {
  id: stryMutAct_9fa48("1852") ? "" : (stryCov_9fa48("1852"), 'leave.acting-person'),
  kind: stryMutAct_9fa48("1853") ? "" : (stryCov_9fa48("1853"), 'guard'),
  cites: stryMutAct_9fa48("1854") ? [] : (stryCov_9fa48("1854"), [stryMutAct_9fa48("1855") ? {} : (stryCov_9fa48("1855"), {
    article: 82
  })]),
  effective: EFFECTIVE,
  summary: stryMutAct_9fa48("1856") ? "" : (stryCov_9fa48("1856"), '报告须写明代为主持工作的负责人'),
  check: stryMutAct_9fa48("1857") ? () => undefined : (stryCov_9fa48("1857"), ({
    report
  }) => (stryMutAct_9fa48("1858") ? report.actingPersonName : (stryCov_9fa48("1858"), report.actingPersonName.trim())) ? undefined : stryMutAct_9fa48("1859") ? {} : (stryCov_9fa48("1859"), {
    message: stryMutAct_9fa48("1860") ? "" : (stryCov_9fa48("1860"), '第八十二条：须写明外出期间代为主持工作的负责人')
  }))
}), stryMutAct_9fa48("1861") ? {} : (stryCov_9fa48("1861"), {
  id: stryMutAct_9fa48("1862") ? "" : (stryCov_9fa48("1862"), 'cover.partners-not-away-together'),
  kind: stryMutAct_9fa48("1863") ? "" : (stryCov_9fa48("1863"), 'guard'),
  cites: stryMutAct_9fa48("1864") ? [] : (stryCov_9fa48("1864"), [stryMutAct_9fa48("1865") ? {} : (stryCov_9fa48("1865"), {
    article: 63
  })]),
  effective: EFFECTIVE,
  summary: stryMutAct_9fa48("1866") ? "" : (stryCov_9fa48("1866"), '互相补位的区政府领导一般不同时外出；特殊情况由区长安排其他领导补位'),
  check: ({
    report,
    coverPartner,
    partnerAbsences,
    assignments
  }) => {
    if (stryMutAct_9fa48("1867")) {
      {}
    } else {
      stryCov_9fa48("1867");
      if (stryMutAct_9fa48("1870") ? false : stryMutAct_9fa48("1869") ? true : stryMutAct_9fa48("1868") ? coverPartner : (stryCov_9fa48("1868", "1869", "1870"), !coverPartner)) return undefined;
      const clash = partnerAbsences.find(stryMutAct_9fa48("1871") ? () => undefined : (stryCov_9fa48("1871"), a => stryMutAct_9fa48("1874") ? a.status !== 'cancelled' || absencesOverlap(a, report) : stryMutAct_9fa48("1873") ? false : stryMutAct_9fa48("1872") ? true : (stryCov_9fa48("1872", "1873", "1874"), (stryMutAct_9fa48("1876") ? a.status === 'cancelled' : stryMutAct_9fa48("1875") ? true : (stryCov_9fa48("1875", "1876"), a.status !== (stryMutAct_9fa48("1877") ? "" : (stryCov_9fa48("1877"), 'cancelled')))) && absencesOverlap(a, report))));
      if (stryMutAct_9fa48("1880") ? false : stryMutAct_9fa48("1879") ? true : stryMutAct_9fa48("1878") ? clash : (stryCov_9fa48("1878", "1879", "1880"), !clash)) return undefined;
      const covered = stryMutAct_9fa48("1881") ? assignments.every(a => a.absentPersonId === report.personId && a.validFrom <= report.startDate && report.endDate <= a.validTo) : (stryCov_9fa48("1881"), assignments.some(stryMutAct_9fa48("1882") ? () => undefined : (stryCov_9fa48("1882"), a => stryMutAct_9fa48("1885") ? a.absentPersonId === report.personId && a.validFrom <= report.startDate || report.endDate <= a.validTo : stryMutAct_9fa48("1884") ? false : stryMutAct_9fa48("1883") ? true : (stryCov_9fa48("1883", "1884", "1885"), (stryMutAct_9fa48("1887") ? a.absentPersonId === report.personId || a.validFrom <= report.startDate : stryMutAct_9fa48("1886") ? true : (stryCov_9fa48("1886", "1887"), (stryMutAct_9fa48("1889") ? a.absentPersonId !== report.personId : stryMutAct_9fa48("1888") ? true : (stryCov_9fa48("1888", "1889"), a.absentPersonId === report.personId)) && (stryMutAct_9fa48("1892") ? a.validFrom > report.startDate : stryMutAct_9fa48("1891") ? a.validFrom < report.startDate : stryMutAct_9fa48("1890") ? true : (stryCov_9fa48("1890", "1891", "1892"), a.validFrom <= report.startDate)))) && (stryMutAct_9fa48("1895") ? report.endDate > a.validTo : stryMutAct_9fa48("1894") ? report.endDate < a.validTo : stryMutAct_9fa48("1893") ? true : (stryCov_9fa48("1893", "1894", "1895"), report.endDate <= a.validTo))))));
      if (stryMutAct_9fa48("1897") ? false : stryMutAct_9fa48("1896") ? true : (stryCov_9fa48("1896", "1897"), covered)) return undefined;
      return stryMutAct_9fa48("1898") ? {} : (stryCov_9fa48("1898"), {
        message: stryMutAct_9fa48("1899") ? `` : (stryCov_9fa48("1899"), `第六十三条：互相补位的${coverPartner.name}同志${clash.startDate}至${clash.endDate}外出，二人不能同时外出；确需外出的，须由区长安排其他领导补位`)
      });
    }
  }
})]);