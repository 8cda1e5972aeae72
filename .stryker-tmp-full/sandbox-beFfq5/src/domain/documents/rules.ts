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
import { approvalAsks, separateAsks } from './text-checks.js';
import { type Classification, type DirectFilingException, type DocumentType, directFilingExceptionLabels } from './types.js';

/** The facts of one filing to the government, as the filing guards see them. */
export type FilingFacts = {
  docType: DocumentType;
  classification: Classification;
  /** The government through the office, or a leader personally. */
  addressedTo: 'government' | 'leader';
  exception: DirectFilingException | null;
  declaredMatters: readonly string[];
  body: string;
  /** The person who signed it off, and whether they are the filing unit's principal head on the day. */
  signerIsPrincipal: boolean;
  /** Whether units of this kind may file to the government at all (who may file to whom is data). */
  mayFileToGovernment: boolean;
  /** Other units whose powers the matter touches, and whether each has countersigned (or files jointly). */
  relatedUnits: readonly {
    unitId: string;
    name: string;
    hasSigned: boolean;
    disagrees: boolean;
    grounds: string | null;
  }[];
};
const EFFECTIVE = stryMutAct_9fa48("551") ? {} : (stryCov_9fa48("551"), {
  from: stryMutAct_9fa48("552") ? "" : (stryCov_9fa48("552"), '2022-01-31')
});
export const filingRules: readonly Rule<FilingFacts>[] = stryMutAct_9fa48("553") ? [] : (stryCov_9fa48("553"), [stryMutAct_9fa48("554") ? {} : (stryCov_9fa48("554"), {
  id: stryMutAct_9fa48("555") ? "" : (stryCov_9fa48("555"), 'documents.classified-refused'),
  kind: stryMutAct_9fa48("556") ? "" : (stryCov_9fa48("556"), 'guard'),
  cites: stryMutAct_9fa48("557") ? [] : (stryCov_9fa48("557"), [stryMutAct_9fa48("558") ? {} : (stryCov_9fa48("558"), {
    article: 84
  })]),
  effective: EFFECTIVE,
  summary: stryMutAct_9fa48("559") ? "" : (stryCov_9fa48("559"), '本平台只处理非涉密公文；标有秘密、机密、绝密的公文一律不予接收'),
  check: stryMutAct_9fa48("560") ? () => undefined : (stryCov_9fa48("560"), ({
    classification
  }) => (stryMutAct_9fa48("563") ? classification !== 'none' : stryMutAct_9fa48("562") ? false : stryMutAct_9fa48("561") ? true : (stryCov_9fa48("561", "562", "563"), classification === (stryMutAct_9fa48("564") ? "" : (stryCov_9fa48("564"), 'none')))) ? undefined : stryMutAct_9fa48("565") ? {} : (stryCov_9fa48("565"), {
    ruleId: stryMutAct_9fa48("566") ? "" : (stryCov_9fa48("566"), 'documents.classified-refused'),
    article: 84,
    message: stryMutAct_9fa48("567") ? "" : (stryCov_9fa48("567"), '第八十四条：严守保密纪律。涉密公文不得通过本平台报送，请按涉密载体管理规定办理')
  }))
}), stryMutAct_9fa48("568") ? {} : (stryCov_9fa48("568"), {
  id: stryMutAct_9fa48("569") ? "" : (stryCov_9fa48("569"), 'documents.through-the-office'),
  kind: stryMutAct_9fa48("570") ? "" : (stryCov_9fa48("570"), 'guard'),
  cites: stryMutAct_9fa48("571") ? [] : (stryCov_9fa48("571"), [stryMutAct_9fa48("572") ? {} : (stryCov_9fa48("572"), {
    article: 64
  })]),
  effective: EFFECTIVE,
  summary: stryMutAct_9fa48("573") ? "" : (stryCov_9fa48("573"), '公文一律送区政府办公室统一办理，不得直接报送区政府领导同志个人（领导直接交办、重大突发事件、部分涉外事项除外）'),
  check: ({
    addressedTo,
    exception
  }) => {
    if (stryMutAct_9fa48("574")) {
      {}
    } else {
      stryCov_9fa48("574");
      if (stryMutAct_9fa48("577") ? addressedTo !== 'government' : stryMutAct_9fa48("576") ? false : stryMutAct_9fa48("575") ? true : (stryCov_9fa48("575", "576", "577"), addressedTo === (stryMutAct_9fa48("578") ? "" : (stryCov_9fa48("578"), 'government')))) return undefined;
      if (stryMutAct_9fa48("580") ? false : stryMutAct_9fa48("579") ? true : (stryCov_9fa48("579", "580"), exception)) {
        if (stryMutAct_9fa48("581")) {
          {}
        } else {
          stryCov_9fa48("581");
          return stryMutAct_9fa48("582") ? {} : (stryCov_9fa48("582"), {
            ruleId: stryMutAct_9fa48("583") ? "" : (stryCov_9fa48("583"), 'documents.through-the-office'),
            article: 64,
            severity: stryMutAct_9fa48("584") ? "" : (stryCov_9fa48("584"), 'flag'),
            message: stryMutAct_9fa48("585") ? `` : (stryCov_9fa48("585"), `直接报送领导同志个人，所称例外情形：${directFilingExceptionLabels[exception]}，须由区政府办公室核实登记`)
          });
        }
      }
      return stryMutAct_9fa48("586") ? {} : (stryCov_9fa48("586"), {
        ruleId: stryMutAct_9fa48("587") ? "" : (stryCov_9fa48("587"), 'documents.through-the-office'),
        article: 64,
        message: stryMutAct_9fa48("588") ? "" : (stryCov_9fa48("588"), '第六十四条：公文一律送区政府办公室按规定程序统一办理，不得直接报送区政府领导同志个人')
      });
    }
  }
}), stryMutAct_9fa48("589") ? {} : (stryCov_9fa48("589"), {
  id: stryMutAct_9fa48("590") ? "" : (stryCov_9fa48("590"), 'documents.one-matter-per-request'),
  kind: stryMutAct_9fa48("591") ? "" : (stryCov_9fa48("591"), 'guard'),
  cites: stryMutAct_9fa48("592") ? [] : (stryCov_9fa48("592"), [stryMutAct_9fa48("593") ? {} : (stryCov_9fa48("593"), {
    article: 64
  })]),
  effective: EFFECTIVE,
  summary: stryMutAct_9fa48("594") ? "" : (stryCov_9fa48("594"), '请示应当一文一事'),
  check: stryMutAct_9fa48("595") ? () => undefined : (stryCov_9fa48("595"), ({
    docType,
    declaredMatters
  }) => (stryMutAct_9fa48("598") ? docType === '请示' || declaredMatters.length !== 1 : stryMutAct_9fa48("597") ? false : stryMutAct_9fa48("596") ? true : (stryCov_9fa48("596", "597", "598"), (stryMutAct_9fa48("600") ? docType !== '请示' : stryMutAct_9fa48("599") ? true : (stryCov_9fa48("599", "600"), docType === (stryMutAct_9fa48("601") ? "" : (stryCov_9fa48("601"), '请示')))) && (stryMutAct_9fa48("603") ? declaredMatters.length === 1 : stryMutAct_9fa48("602") ? true : (stryCov_9fa48("602", "603"), declaredMatters.length !== 1)))) ? stryMutAct_9fa48("604") ? {} : (stryCov_9fa48("604"), {
    ruleId: stryMutAct_9fa48("605") ? "" : (stryCov_9fa48("605"), 'documents.one-matter-per-request'),
    article: 64,
    message: stryMutAct_9fa48("606") ? `` : (stryCov_9fa48("606"), `第六十四条：请示应当一文一事，本件申报了${declaredMatters.length}个事项，请分别行文`)
  }) : undefined)
}), stryMutAct_9fa48("607") ? {} : (stryCov_9fa48("607"), {
  id: stryMutAct_9fa48("608") ? "" : (stryCov_9fa48("608"), 'documents.one-matter-text-check'),
  kind: stryMutAct_9fa48("609") ? "" : (stryCov_9fa48("609"), 'guard'),
  cites: stryMutAct_9fa48("610") ? [] : (stryCov_9fa48("610"), [stryMutAct_9fa48("611") ? {} : (stryCov_9fa48("611"), {
    article: 64
  })]),
  effective: EFFECTIVE,
  summary: stryMutAct_9fa48("612") ? "" : (stryCov_9fa48("612"), '请示正文中出现多项请求的，提示办公室审核是否一文一事'),
  check: ({
    docType,
    body
  }) => {
    if (stryMutAct_9fa48("613")) {
      {}
    } else {
      stryCov_9fa48("613");
      const asks = separateAsks(body);
      return (stryMutAct_9fa48("616") ? docType === '请示' || asks > 1 : stryMutAct_9fa48("615") ? false : stryMutAct_9fa48("614") ? true : (stryCov_9fa48("614", "615", "616"), (stryMutAct_9fa48("618") ? docType !== '请示' : stryMutAct_9fa48("617") ? true : (stryCov_9fa48("617", "618"), docType === (stryMutAct_9fa48("619") ? "" : (stryCov_9fa48("619"), '请示')))) && (stryMutAct_9fa48("622") ? asks <= 1 : stryMutAct_9fa48("621") ? asks >= 1 : stryMutAct_9fa48("620") ? true : (stryCov_9fa48("620", "621", "622"), asks > 1)))) ? stryMutAct_9fa48("623") ? {} : (stryCov_9fa48("623"), {
        ruleId: stryMutAct_9fa48("624") ? "" : (stryCov_9fa48("624"), 'documents.one-matter-text-check'),
        article: 64,
        severity: stryMutAct_9fa48("625") ? "" : (stryCov_9fa48("625"), 'flag'),
        message: stryMutAct_9fa48("626") ? `` : (stryCov_9fa48("626"), `正文中似有${asks}项分列的请求，请办公室审核是否一文一事`)
      }) : undefined;
    }
  }
}), stryMutAct_9fa48("627") ? {} : (stryCov_9fa48("627"), {
  id: stryMutAct_9fa48("628") ? "" : (stryCov_9fa48("628"), 'documents.no-request-in-report'),
  kind: stryMutAct_9fa48("629") ? "" : (stryCov_9fa48("629"), 'guard'),
  cites: stryMutAct_9fa48("630") ? [] : (stryCov_9fa48("630"), [stryMutAct_9fa48("631") ? {} : (stryCov_9fa48("631"), {
    article: 64
  })]),
  effective: EFFECTIVE,
  summary: stryMutAct_9fa48("632") ? "" : (stryCov_9fa48("632"), '报告不得夹带请示事项；正文中有请示性用语的，提示办公室'),
  check: ({
    docType,
    body
  }) => {
    if (stryMutAct_9fa48("633")) {
      {}
    } else {
      stryCov_9fa48("633");
      const asks = approvalAsks(body);
      return (stryMutAct_9fa48("636") ? docType === '报告' || asks.length > 0 : stryMutAct_9fa48("635") ? false : stryMutAct_9fa48("634") ? true : (stryCov_9fa48("634", "635", "636"), (stryMutAct_9fa48("638") ? docType !== '报告' : stryMutAct_9fa48("637") ? true : (stryCov_9fa48("637", "638"), docType === (stryMutAct_9fa48("639") ? "" : (stryCov_9fa48("639"), '报告')))) && (stryMutAct_9fa48("642") ? asks.length <= 0 : stryMutAct_9fa48("641") ? asks.length >= 0 : stryMutAct_9fa48("640") ? true : (stryCov_9fa48("640", "641", "642"), asks.length > 0)))) ? stryMutAct_9fa48("643") ? {} : (stryCov_9fa48("643"), {
        ruleId: stryMutAct_9fa48("644") ? "" : (stryCov_9fa48("644"), 'documents.no-request-in-report'),
        article: 64,
        severity: stryMutAct_9fa48("645") ? "" : (stryCov_9fa48("645"), 'flag'),
        message: stryMutAct_9fa48("646") ? `` : (stryCov_9fa48("646"), `第六十四条：报告不得夹带请示事项，正文中有${(stryMutAct_9fa48("647") ? [] : (stryCov_9fa48("647"), [...new Set(asks)])).map(stryMutAct_9fa48("648") ? () => undefined : (stryCov_9fa48("648"), a => stryMutAct_9fa48("649") ? `` : (stryCov_9fa48("649"), `“${a}”`))).join(stryMutAct_9fa48("650") ? "" : (stryCov_9fa48("650"), '、'))}，请办公室审核`)
      }) : undefined;
    }
  }
}), stryMutAct_9fa48("651") ? {} : (stryCov_9fa48("651"), {
  id: stryMutAct_9fa48("652") ? "" : (stryCov_9fa48("652"), 'documents.request-signed-by-principal'),
  kind: stryMutAct_9fa48("653") ? "" : (stryCov_9fa48("653"), 'guard'),
  cites: stryMutAct_9fa48("654") ? [] : (stryCov_9fa48("654"), [stryMutAct_9fa48("655") ? {} : (stryCov_9fa48("655"), {
    article: 64,
    clause: stryMutAct_9fa48("656") ? "" : (stryCov_9fa48("656"), '第三款')
  })]),
  effective: EFFECTIVE,
  summary: stryMutAct_9fa48("657") ? "" : (stryCov_9fa48("657"), '报送区政府的请示性公文，须由报送单位主要负责人签发'),
  check: stryMutAct_9fa48("658") ? () => undefined : (stryCov_9fa48("658"), ({
    docType,
    signerIsPrincipal
  }) => (stryMutAct_9fa48("661") ? docType === '请示' || !signerIsPrincipal : stryMutAct_9fa48("660") ? false : stryMutAct_9fa48("659") ? true : (stryCov_9fa48("659", "660", "661"), (stryMutAct_9fa48("663") ? docType !== '请示' : stryMutAct_9fa48("662") ? true : (stryCov_9fa48("662", "663"), docType === (stryMutAct_9fa48("664") ? "" : (stryCov_9fa48("664"), '请示')))) && (stryMutAct_9fa48("665") ? signerIsPrincipal : (stryCov_9fa48("665"), !signerIsPrincipal)))) ? stryMutAct_9fa48("666") ? {} : (stryCov_9fa48("666"), {
    ruleId: stryMutAct_9fa48("667") ? "" : (stryCov_9fa48("667"), 'documents.request-signed-by-principal'),
    article: 64,
    message: stryMutAct_9fa48("668") ? "" : (stryCov_9fa48("668"), '第六十四条：报送区政府的请示性公文，须由报送单位主要负责人签发')
  }) : undefined)
}), stryMutAct_9fa48("669") ? {} : (stryCov_9fa48("669"), {
  id: stryMutAct_9fa48("670") ? "" : (stryCov_9fa48("670"), 'documents.no-skip-level'),
  kind: stryMutAct_9fa48("671") ? "" : (stryCov_9fa48("671"), 'guard'),
  cites: stryMutAct_9fa48("672") ? [] : (stryCov_9fa48("672"), [stryMutAct_9fa48("673") ? {} : (stryCov_9fa48("673"), {
    article: 64
  })]),
  effective: EFFECTIVE,
  summary: stryMutAct_9fa48("674") ? "" : (stryCov_9fa48("674"), '未经批准不得越级行文：只有区政府工作部门、镇街、开发区向区政府报送请示、报告'),
  check: stryMutAct_9fa48("675") ? () => undefined : (stryCov_9fa48("675"), ({
    mayFileToGovernment
  }) => mayFileToGovernment ? undefined : stryMutAct_9fa48("676") ? {} : (stryCov_9fa48("676"), {
    ruleId: stryMutAct_9fa48("677") ? "" : (stryCov_9fa48("677"), 'documents.no-skip-level'),
    article: 64,
    message: stryMutAct_9fa48("678") ? "" : (stryCov_9fa48("678"), '第六十四条：未经批准不得越级行文，该单位不向区政府直接报送请示、报告')
  }))
}), stryMutAct_9fa48("679") ? {} : (stryCov_9fa48("679"), {
  id: stryMutAct_9fa48("680") ? "" : (stryCov_9fa48("680"), 'documents.cross-unit-countersign'),
  kind: stryMutAct_9fa48("681") ? "" : (stryCov_9fa48("681"), 'guard'),
  cites: stryMutAct_9fa48("682") ? [] : (stryCov_9fa48("682"), [stryMutAct_9fa48("683") ? {} : (stryCov_9fa48("683"), {
    article: 64,
    clause: stryMutAct_9fa48("684") ? "" : (stryCov_9fa48("684"), '第三款')
  })]),
  effective: EFFECTIVE,
  summary: stryMutAct_9fa48("685") ? "" : (stryCov_9fa48("685"), '涉及其他单位职权的，须与相关单位主要负责人会签或联合行文；有分歧的列明各方理据'),
  check: ({
    relatedUnits
  }) => {
    if (stryMutAct_9fa48("686")) {
      {}
    } else {
      stryCov_9fa48("686");
      const unsigned = stryMutAct_9fa48("687") ? relatedUnits : (stryCov_9fa48("687"), relatedUnits.filter(stryMutAct_9fa48("688") ? () => undefined : (stryCov_9fa48("688"), u => stryMutAct_9fa48("689") ? u.hasSigned : (stryCov_9fa48("689"), !u.hasSigned))));
      if (stryMutAct_9fa48("693") ? unsigned.length <= 0 : stryMutAct_9fa48("692") ? unsigned.length >= 0 : stryMutAct_9fa48("691") ? false : stryMutAct_9fa48("690") ? true : (stryCov_9fa48("690", "691", "692", "693"), unsigned.length > 0)) {
        if (stryMutAct_9fa48("694")) {
          {}
        } else {
          stryCov_9fa48("694");
          return stryMutAct_9fa48("695") ? {} : (stryCov_9fa48("695"), {
            ruleId: stryMutAct_9fa48("696") ? "" : (stryCov_9fa48("696"), 'documents.cross-unit-countersign'),
            article: 64,
            message: stryMutAct_9fa48("697") ? `` : (stryCov_9fa48("697"), `第六十四条：涉及其他单位职权的，须与相关单位主要负责人会签，尚未会签：${unsigned.map(stryMutAct_9fa48("698") ? () => undefined : (stryCov_9fa48("698"), u => u.name)).join(stryMutAct_9fa48("699") ? "" : (stryCov_9fa48("699"), '、'))}`)
          });
        }
      }
      const groundless = stryMutAct_9fa48("700") ? relatedUnits : (stryCov_9fa48("700"), relatedUnits.filter(stryMutAct_9fa48("701") ? () => undefined : (stryCov_9fa48("701"), u => stryMutAct_9fa48("704") ? u.disagrees || !u.grounds?.trim() : stryMutAct_9fa48("703") ? false : stryMutAct_9fa48("702") ? true : (stryCov_9fa48("702", "703", "704"), u.disagrees && (stryMutAct_9fa48("705") ? u.grounds?.trim() : (stryCov_9fa48("705"), !(stryMutAct_9fa48("707") ? u.grounds.trim() : stryMutAct_9fa48("706") ? u.grounds : (stryCov_9fa48("706", "707"), u.grounds?.trim()))))))));
      return (stryMutAct_9fa48("711") ? groundless.length <= 0 : stryMutAct_9fa48("710") ? groundless.length >= 0 : stryMutAct_9fa48("709") ? false : stryMutAct_9fa48("708") ? true : (stryCov_9fa48("708", "709", "710", "711"), groundless.length > 0)) ? stryMutAct_9fa48("712") ? {} : (stryCov_9fa48("712"), {
        ruleId: stryMutAct_9fa48("713") ? "" : (stryCov_9fa48("713"), 'documents.cross-unit-countersign'),
        article: 64,
        message: stryMutAct_9fa48("714") ? `` : (stryCov_9fa48("714"), `第六十四条：单位之间有分歧的，应列明各方理据，${groundless.map(stryMutAct_9fa48("715") ? () => undefined : (stryCov_9fa48("715"), u => u.name)).join(stryMutAct_9fa48("716") ? "" : (stryCov_9fa48("716"), '、'))}的理据未列明`)
      }) : undefined;
    }
  }
})]);

/** The facts of a leader's 批示 (art. 65). */
export type InstructionFacts = {
  docType: DocumentType;
  opinion: string;
  isCircled: boolean;
};
export const instructionRules: readonly Rule<InstructionFacts>[] = stryMutAct_9fa48("717") ? [] : (stryCov_9fa48("717"), [stryMutAct_9fa48("718") ? {} : (stryCov_9fa48("718"), {
  id: stryMutAct_9fa48("719") ? "" : (stryCov_9fa48("719"), 'documents.instruction-opinion'),
  kind: stryMutAct_9fa48("720") ? "" : (stryCov_9fa48("720"), 'guard'),
  cites: stryMutAct_9fa48("721") ? [] : (stryCov_9fa48("721"), [stryMutAct_9fa48("722") ? {} : (stryCov_9fa48("722"), {
    article: 65
  })]),
  effective: EFFECTIVE,
  summary: stryMutAct_9fa48("723") ? "" : (stryCov_9fa48("723"), '对有具体请示事项的，应签署明确意见、姓名和日期；对一般报告性公文，应签署姓名和日期（可圈阅）'),
  check: ({
    docType,
    opinion,
    isCircled
  }) => {
    if (stryMutAct_9fa48("724")) {
      {}
    } else {
      stryCov_9fa48("724");
      if (stryMutAct_9fa48("727") ? docType === '请示' || isCircled || opinion.trim().length < 2 : stryMutAct_9fa48("726") ? false : stryMutAct_9fa48("725") ? true : (stryCov_9fa48("725", "726", "727"), (stryMutAct_9fa48("729") ? docType !== '请示' : stryMutAct_9fa48("728") ? true : (stryCov_9fa48("728", "729"), docType === (stryMutAct_9fa48("730") ? "" : (stryCov_9fa48("730"), '请示')))) && (stryMutAct_9fa48("732") ? isCircled && opinion.trim().length < 2 : stryMutAct_9fa48("731") ? true : (stryCov_9fa48("731", "732"), isCircled || (stryMutAct_9fa48("735") ? opinion.trim().length >= 2 : stryMutAct_9fa48("734") ? opinion.trim().length <= 2 : stryMutAct_9fa48("733") ? false : (stryCov_9fa48("733", "734", "735"), (stryMutAct_9fa48("736") ? opinion.length : (stryCov_9fa48("736"), opinion.trim().length)) < 2)))))) {
        if (stryMutAct_9fa48("737")) {
          {}
        } else {
          stryCov_9fa48("737");
          return stryMutAct_9fa48("738") ? {} : (stryCov_9fa48("738"), {
            ruleId: stryMutAct_9fa48("739") ? "" : (stryCov_9fa48("739"), 'documents.instruction-opinion'),
            article: 65,
            message: stryMutAct_9fa48("740") ? "" : (stryCov_9fa48("740"), '第六十五条：对有具体请示事项的公文，应签署明确意见、姓名和日期，不能只圈阅')
          });
        }
      }
      if (stryMutAct_9fa48("743") ? docType !== '请示' && !isCircled || opinion.trim().length === 0 : stryMutAct_9fa48("742") ? false : stryMutAct_9fa48("741") ? true : (stryCov_9fa48("741", "742", "743"), (stryMutAct_9fa48("745") ? docType !== '请示' || !isCircled : stryMutAct_9fa48("744") ? true : (stryCov_9fa48("744", "745"), (stryMutAct_9fa48("747") ? docType === '请示' : stryMutAct_9fa48("746") ? true : (stryCov_9fa48("746", "747"), docType !== (stryMutAct_9fa48("748") ? "" : (stryCov_9fa48("748"), '请示')))) && (stryMutAct_9fa48("749") ? isCircled : (stryCov_9fa48("749"), !isCircled)))) && (stryMutAct_9fa48("751") ? opinion.trim().length !== 0 : stryMutAct_9fa48("750") ? true : (stryCov_9fa48("750", "751"), (stryMutAct_9fa48("752") ? opinion.length : (stryCov_9fa48("752"), opinion.trim().length)) === 0)))) {
        if (stryMutAct_9fa48("753")) {
          {}
        } else {
          stryCov_9fa48("753");
          return stryMutAct_9fa48("754") ? {} : (stryCov_9fa48("754"), {
            ruleId: stryMutAct_9fa48("755") ? "" : (stryCov_9fa48("755"), 'documents.instruction-opinion'),
            article: 65,
            message: stryMutAct_9fa48("756") ? "" : (stryCov_9fa48("756"), '第六十五条：请签署意见，或圈阅（签署姓名和日期）')
          });
        }
      }
      return undefined;
    }
  }
})]);