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

/** What takes a leader away (art. 82: 出差（出访）、学习、离岗休假、探亲、就医; art. 62–63 add 考察、招商). */
export const leaveKinds = ['business_trip', 'visit_abroad', 'study', 'inspection', 'investment_promotion', 'vacation', 'family_visit', 'medical'] as const;
export type LeaveKind = (typeof leaveKinds)[number];
export const leaveKindLabels: Record<LeaveKind, string> = stryMutAct_9fa48("1900") ? {} : (stryCov_9fa48("1900"), {
  business_trip: stryMutAct_9fa48("1901") ? "" : (stryCov_9fa48("1901"), '出差'),
  visit_abroad: stryMutAct_9fa48("1902") ? "" : (stryCov_9fa48("1902"), '出访'),
  study: stryMutAct_9fa48("1903") ? "" : (stryCov_9fa48("1903"), '学习'),
  inspection: stryMutAct_9fa48("1904") ? "" : (stryCov_9fa48("1904"), '考察'),
  investment_promotion: stryMutAct_9fa48("1905") ? "" : (stryCov_9fa48("1905"), '招商'),
  vacation: stryMutAct_9fa48("1906") ? "" : (stryCov_9fa48("1906"), '离岗休假'),
  family_visit: stryMutAct_9fa48("1907") ? "" : (stryCov_9fa48("1907"), '探亲'),
  medical: stryMutAct_9fa48("1908") ? "" : (stryCov_9fa48("1908"), '就医')
});

/** Documents an absence of more than the rulebook's number of days must carry (art. 82: 通知、方案及日程安排). */
export const leaveAttachmentKinds = ['notice', 'plan', 'schedule'] as const;
export type LeaveAttachmentKind = (typeof leaveAttachmentKinds)[number];
export const leaveAttachmentLabels: Record<LeaveAttachmentKind, string> = stryMutAct_9fa48("1909") ? {} : (stryCov_9fa48("1909"), {
  notice: stryMutAct_9fa48("1910") ? "" : (stryCov_9fa48("1910"), '有关通知'),
  plan: stryMutAct_9fa48("1911") ? "" : (stryCov_9fa48("1911"), '方案'),
  schedule: stryMutAct_9fa48("1912") ? "" : (stryCov_9fa48("1912"), '日程安排')
});
export type LeaveStatus = 'reported' | 'returned' | 'cancelled';
export type LeaveReport = {
  id: string;
  personId: string;
  unitId: string | null;
  kind: LeaveKind;
  startDate: LocalDate;
  endDate: LocalDate;
  place: string;
  reason: string;
  /** Who runs the unit meanwhile (代为主持工作的负责人). */
  actingPersonId: string | null;
  actingPersonName: string;
  isEmergency: boolean;
  emergencyReason: string | null;
  reportedOn: LocalDate;
  status: LeaveStatus;
  returnedOn: LocalDate | null;
  version: number;
};

/** The 区长's own arrangement of another cover for a period (art. 63: 特殊情况时，由区长安排其他领导同志进行工作补位). */
export type CoverAssignment = {
  id: string;
  absentPersonId: string;
  coverPersonId: string;
  validFrom: LocalDate;
  validTo: LocalDate;
  assignedByPersonId: string;
};

/** Number of calendar days of an absence, both ends included. */
export function absenceDays(startDate: LocalDate, endDate: LocalDate): number {
  if (stryMutAct_9fa48("1913")) {
    {}
  } else {
    stryCov_9fa48("1913");
    return stryMutAct_9fa48("1914") ? Math.round((Date.parse(`${endDate}T00:00:00Z`) - Date.parse(`${startDate}T00:00:00Z`)) / 86_400_000) - 1 : (stryCov_9fa48("1914"), Math.round(stryMutAct_9fa48("1915") ? (Date.parse(`${endDate}T00:00:00Z`) - Date.parse(`${startDate}T00:00:00Z`)) * 86_400_000 : (stryCov_9fa48("1915"), (stryMutAct_9fa48("1916") ? Date.parse(`${endDate}T00:00:00Z`) + Date.parse(`${startDate}T00:00:00Z`) : (stryCov_9fa48("1916"), Date.parse(stryMutAct_9fa48("1917") ? `` : (stryCov_9fa48("1917"), `${endDate}T00:00:00Z`)) - Date.parse(stryMutAct_9fa48("1918") ? `` : (stryCov_9fa48("1918"), `${startDate}T00:00:00Z`)))) / 86_400_000)) + 1);
  }
}

/** Calendar days from one date to a later one (negative when earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  if (stryMutAct_9fa48("1919")) {
    {}
  } else {
    stryCov_9fa48("1919");
    return Math.round(stryMutAct_9fa48("1920") ? (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) * 86_400_000 : (stryCov_9fa48("1920"), (stryMutAct_9fa48("1921") ? Date.parse(`${to}T00:00:00Z`) + Date.parse(`${from}T00:00:00Z`) : (stryCov_9fa48("1921"), Date.parse(stryMutAct_9fa48("1922") ? `` : (stryCov_9fa48("1922"), `${to}T00:00:00Z`)) - Date.parse(stryMutAct_9fa48("1923") ? `` : (stryCov_9fa48("1923"), `${from}T00:00:00Z`)))) / 86_400_000));
  }
}

/** Whether an absence (not cancelled, not yet returned before the day) covers a day. */
export function isAwayOn(report: Pick<LeaveReport, 'startDate' | 'endDate' | 'status' | 'returnedOn'>, day: LocalDate): boolean {
  if (stryMutAct_9fa48("1924")) {
    {}
  } else {
    stryCov_9fa48("1924");
    if (stryMutAct_9fa48("1927") ? report.status !== 'cancelled' : stryMutAct_9fa48("1926") ? false : stryMutAct_9fa48("1925") ? true : (stryCov_9fa48("1925", "1926", "1927"), report.status === (stryMutAct_9fa48("1928") ? "" : (stryCov_9fa48("1928"), 'cancelled')))) return stryMutAct_9fa48("1929") ? true : (stryCov_9fa48("1929"), false);
    if (stryMutAct_9fa48("1932") ? report.startDate > day && report.endDate < day : stryMutAct_9fa48("1931") ? false : stryMutAct_9fa48("1930") ? true : (stryCov_9fa48("1930", "1931", "1932"), (stryMutAct_9fa48("1935") ? report.startDate <= day : stryMutAct_9fa48("1934") ? report.startDate >= day : stryMutAct_9fa48("1933") ? false : (stryCov_9fa48("1933", "1934", "1935"), report.startDate > day)) || (stryMutAct_9fa48("1938") ? report.endDate >= day : stryMutAct_9fa48("1937") ? report.endDate <= day : stryMutAct_9fa48("1936") ? false : (stryCov_9fa48("1936", "1937", "1938"), report.endDate < day)))) return stryMutAct_9fa48("1939") ? true : (stryCov_9fa48("1939"), false);
    return stryMutAct_9fa48("1940") ? report.returnedOn !== null && report.returnedOn <= day : (stryCov_9fa48("1940"), !(stryMutAct_9fa48("1943") ? report.returnedOn !== null || report.returnedOn <= day : stryMutAct_9fa48("1942") ? false : stryMutAct_9fa48("1941") ? true : (stryCov_9fa48("1941", "1942", "1943"), (stryMutAct_9fa48("1945") ? report.returnedOn === null : stryMutAct_9fa48("1944") ? true : (stryCov_9fa48("1944", "1945"), report.returnedOn !== null)) && (stryMutAct_9fa48("1948") ? report.returnedOn > day : stryMutAct_9fa48("1947") ? report.returnedOn < day : stryMutAct_9fa48("1946") ? true : (stryCov_9fa48("1946", "1947", "1948"), report.returnedOn <= day)))));
  }
}

/** Whether two absences share a day. */
export function absencesOverlap(a: Pick<LeaveReport, 'startDate' | 'endDate'>, b: Pick<LeaveReport, 'startDate' | 'endDate'>): boolean {
  if (stryMutAct_9fa48("1949")) {
    {}
  } else {
    stryCov_9fa48("1949");
    return stryMutAct_9fa48("1952") ? a.startDate <= b.endDate || b.startDate <= a.endDate : stryMutAct_9fa48("1951") ? false : stryMutAct_9fa48("1950") ? true : (stryCov_9fa48("1950", "1951", "1952"), (stryMutAct_9fa48("1955") ? a.startDate > b.endDate : stryMutAct_9fa48("1954") ? a.startDate < b.endDate : stryMutAct_9fa48("1953") ? true : (stryCov_9fa48("1953", "1954", "1955"), a.startDate <= b.endDate)) && (stryMutAct_9fa48("1958") ? b.startDate > a.endDate : stryMutAct_9fa48("1957") ? b.startDate < a.endDate : stryMutAct_9fa48("1956") ? true : (stryCov_9fa48("1956", "1957", "1958"), b.startDate <= a.endDate)));
  }
}

/** What an item waiting for a leader is about (the office logs them; arranged invitations become one). */
export const leaderItemKinds = ['meeting', 'reception', 'emergency', 'urgent_document', 'invitation', 'other'] as const;
export type LeaderItemKind = (typeof leaderItemKinds)[number];
export const leaderItemKindLabels: Record<LeaderItemKind, string> = stryMutAct_9fa48("1959") ? {} : (stryCov_9fa48("1959"), {
  meeting: stryMutAct_9fa48("1960") ? "" : (stryCov_9fa48("1960"), '出席会议'),
  reception: stryMutAct_9fa48("1961") ? "" : (stryCov_9fa48("1961"), '公务接待'),
  emergency: stryMutAct_9fa48("1962") ? "" : (stryCov_9fa48("1962"), '突发事件'),
  urgent_document: stryMutAct_9fa48("1963") ? "" : (stryCov_9fa48("1963"), '紧急公文签署'),
  invitation: stryMutAct_9fa48("1964") ? "" : (stryCov_9fa48("1964"), '活动邀请'),
  other: stryMutAct_9fa48("1965") ? "" : (stryCov_9fa48("1965"), '其他事项')
});
export type LeaderItemStatus = 'open' | 'handled';

/** Something a leader must attend to; while they are away an urgent one reaches whoever stands in (art. 62, 7). */
export type LeaderItem = {
  id: string;
  kind: LeaderItemKind;
  title: string;
  detail: string;
  addresseePersonId: string;
  unitId: string | null;
  isUrgent: boolean;
  dueOn: LocalDate | null;
  sourceType: string | null;
  sourceId: string | null;
  status: LeaderItemStatus;
  handledByUserId: string | null;
  handledActingForPersonId: string | null;
  handledAt: string | null;
  handlingNote: string | null;
  createdByUserId: string | null;
  version: number;
  createdAt: string;
};