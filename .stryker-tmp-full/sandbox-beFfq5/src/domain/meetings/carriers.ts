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
import type { Carrier } from '../../rules/types.js';
const from = stryMutAct_9fa48("1966") ? {} : (stryCov_9fa48("1966"), {
  from: stryMutAct_9fa48("1967") ? "" : (stryCov_9fa48("1967"), '2022-01-31')
});

/** What the meetings area carries besides its rules: composition, arrangement, rhythm and follow-up. */
export const meetingCarriers: readonly Omit<Carrier, 'area'>[] = stryMutAct_9fa48("1968") ? [] : (stryCov_9fa48("1968"), [stryMutAct_9fa48("1969") ? {} : (stryCov_9fa48("1969"), {
  id: stryMutAct_9fa48("1970") ? "" : (stryCov_9fa48("1970"), 'meetings.four-kinds'),
  kind: stryMutAct_9fa48("1971") ? "" : (stryCov_9fa48("1971"), 'route'),
  cites: stryMutAct_9fa48("1972") ? [] : (stryCov_9fa48("1972"), [stryMutAct_9fa48("1973") ? {} : (stryCov_9fa48("1973"), {
    article: 47
  })]),
  effective: from,
  summary: stryMutAct_9fa48("1974") ? "" : (stryCov_9fa48("1974"), '会议分全体会议、常务会议、区长办公会议和专题会议四类，各有组成人员与召集主持规则')
}), stryMutAct_9fa48("1975") ? {} : (stryCov_9fa48("1975"), {
  id: stryMutAct_9fa48("1976") ? "" : (stryCov_9fa48("1976"), 'meetings.plenary-composition'),
  kind: stryMutAct_9fa48("1977") ? "" : (stryCov_9fa48("1977"), 'route'),
  cites: stryMutAct_9fa48("1978") ? [] : (stryCov_9fa48("1978"), [stryMutAct_9fa48("1979") ? {} : (stryCov_9fa48("1979"), {
    article: 48
  })]),
  effective: from,
  summary: stryMutAct_9fa48("1980") ? "" : (stryCov_9fa48("1980"), '全体会议由区长、副区长、各工作部门主要负责人组成，按会议日期的组织机构确定，由区长召集主持')
}), stryMutAct_9fa48("1981") ? {} : (stryCov_9fa48("1981"), {
  id: stryMutAct_9fa48("1982") ? "" : (stryCov_9fa48("1982"), 'meetings.executive-composition'),
  kind: stryMutAct_9fa48("1983") ? "" : (stryCov_9fa48("1983"), 'route'),
  cites: stryMutAct_9fa48("1984") ? [] : (stryCov_9fa48("1984"), [stryMutAct_9fa48("1985") ? {} : (stryCov_9fa48("1985"), {
    article: 49
  })]),
  effective: from,
  summary: stryMutAct_9fa48("1986") ? "" : (stryCov_9fa48("1986"), '常务会议由区长、副区长、办公室主任组成，区纪委监委、办公室副主任、区司法局、法律顾问固定列席；可委托常务副区长主持')
}), stryMutAct_9fa48("1987") ? {} : (stryCov_9fa48("1987"), {
  id: stryMutAct_9fa48("1988") ? "" : (stryCov_9fa48("1988"), 'meetings.head-office-composition'),
  kind: stryMutAct_9fa48("1989") ? "" : (stryCov_9fa48("1989"), 'route'),
  cites: stryMutAct_9fa48("1990") ? [] : (stryCov_9fa48("1990"), [stryMutAct_9fa48("1991") ? {} : (stryCov_9fa48("1991"), {
    article: 50
  })]),
  effective: from,
  summary: stryMutAct_9fa48("1992") ? "" : (stryCov_9fa48("1992"), '区长办公会议由区长、副区长、办公室主任组成，由区长召集主持')
}), stryMutAct_9fa48("1993") ? {} : (stryCov_9fa48("1993"), {
  id: stryMutAct_9fa48("1994") ? "" : (stryCov_9fa48("1994"), 'meetings.topical-convening'),
  kind: stryMutAct_9fa48("1995") ? "" : (stryCov_9fa48("1995"), 'route'),
  cites: stryMutAct_9fa48("1996") ? [] : (stryCov_9fa48("1996"), [stryMutAct_9fa48("1997") ? {} : (stryCov_9fa48("1997"), {
    article: 51
  })]),
  effective: from,
  summary: stryMutAct_9fa48("1998") ? "" : (stryCov_9fa48("1998"), '专题会议由区长、副区长召集主持，或委托办公室主任、副主任主持，有关部门负责人出席')
}), stryMutAct_9fa48("1999") ? {} : (stryCov_9fa48("1999"), {
  id: stryMutAct_9fa48("2000") ? "" : (stryCov_9fa48("2000"), 'meetings.convener-and-chair'),
  kind: stryMutAct_9fa48("2001") ? "" : (stryCov_9fa48("2001"), 'guard'),
  cites: stryMutAct_9fa48("2002") ? [] : (stryCov_9fa48("2002"), [stryMutAct_9fa48("2003") ? {} : (stryCov_9fa48("2003"), {
    article: 8
  }), stryMutAct_9fa48("2004") ? {} : (stryCov_9fa48("2004"), {
    article: 48
  }), stryMutAct_9fa48("2005") ? {} : (stryCov_9fa48("2005"), {
    article: 49
  }), stryMutAct_9fa48("2006") ? {} : (stryCov_9fa48("2006"), {
    article: 50
  }), stryMutAct_9fa48("2007") ? {} : (stryCov_9fa48("2007"), {
    article: 51
  })]),
  effective: from,
  summary: stryMutAct_9fa48("2008") ? "" : (stryCov_9fa48("2008"), '全体会议、常务会议、区长办公会议由区长召集主持（常务会议可委托常务副区长）；专题会议由区长、副区长召集，可委托办公室主任、副主任主持')
}), stryMutAct_9fa48("2009") ? {} : (stryCov_9fa48("2009"), {
  id: stryMutAct_9fa48("2010") ? "" : (stryCov_9fa48("2010"), 'meetings.topic-reviewed'),
  kind: stryMutAct_9fa48("2011") ? "" : (stryCov_9fa48("2011"), 'guard'),
  cites: stryMutAct_9fa48("2012") ? [] : (stryCov_9fa48("2012"), [stryMutAct_9fa48("2013") ? {} : (stryCov_9fa48("2013"), {
    article: 53
  })]),
  effective: from,
  summary: stryMutAct_9fa48("2014") ? "" : (stryCov_9fa48("2014"), '拟提交常务会议研究的议题，经分管副区长审定后方可列入议程')
}), stryMutAct_9fa48("2015") ? {} : (stryCov_9fa48("2015"), {
  id: stryMutAct_9fa48("2016") ? "" : (stryCov_9fa48("2016"), 'meetings.executive-arrangement'),
  kind: stryMutAct_9fa48("2017") ? "" : (stryCov_9fa48("2017"), 'route'),
  cites: stryMutAct_9fa48("2018") ? [] : (stryCov_9fa48("2018"), [stryMutAct_9fa48("2019") ? {} : (stryCov_9fa48("2019"), {
    article: 54
  })]),
  effective: from,
  summary: stryMutAct_9fa48("2020") ? "" : (stryCov_9fa48("2020"), '常务会议由办公室提出安排意见，经办公室主任审定后报区长确定；区长确定前不形成决定、不编纪要号')
}), stryMutAct_9fa48("2021") ? {} : (stryCov_9fa48("2021"), {
  id: stryMutAct_9fa48("2022") ? "" : (stryCov_9fa48("2022"), 'meetings.absence-to-head'),
  kind: stryMutAct_9fa48("2023") ? "" : (stryCov_9fa48("2023"), 'guard'),
  cites: stryMutAct_9fa48("2024") ? [] : (stryCov_9fa48("2024"), [stryMutAct_9fa48("2025") ? {} : (stryCov_9fa48("2025"), {
    article: 55
  })]),
  effective: from,
  summary: stryMutAct_9fa48("2026") ? "" : (stryCov_9fa48("2026"), '区政府领导同志不能出席会议须向区长请假；其他与会人员请假由办公室汇总报区长')
}), stryMutAct_9fa48("2027") ? {} : (stryCov_9fa48("2027"), {
  id: stryMutAct_9fa48("2028") ? "" : (stryCov_9fa48("2028"), 'meetings.decisions-to-tasks'),
  kind: stryMutAct_9fa48("2029") ? "" : (stryCov_9fa48("2029"), 'clock'),
  cites: stryMutAct_9fa48("2030") ? [] : (stryCov_9fa48("2030"), [stryMutAct_9fa48("2031") ? {} : (stryCov_9fa48("2031"), {
    article: 57
  })]),
  effective: from,
  summary: stryMutAct_9fa48("2032") ? "" : (stryCov_9fa48("2032"), '会议议定事项逐项转为督办任务，明确牵头单位、配合单位和完成时限，办公室定期报告落实情况')
}), stryMutAct_9fa48("2033") ? {} : (stryCov_9fa48("2033"), {
  id: stryMutAct_9fa48("2034") ? "" : (stryCov_9fa48("2034"), 'meetings.rhythm'),
  kind: stryMutAct_9fa48("2035") ? "" : (stryCov_9fa48("2035"), 'quota'),
  cites: stryMutAct_9fa48("2036") ? [] : (stryCov_9fa48("2036"), [stryMutAct_9fa48("2037") ? {} : (stryCov_9fa48("2037"), {
    article: 48
  }), stryMutAct_9fa48("2038") ? {} : (stryCov_9fa48("2038"), {
    article: 49
  })]),
  effective: from,
  summary: stryMutAct_9fa48("2039") ? "" : (stryCov_9fa48("2039"), '全体会议一般每年1-2次、常务会议一般每月1次，会议日历给出提示')
})]);