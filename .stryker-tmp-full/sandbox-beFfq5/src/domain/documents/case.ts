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
import { type ActionSpec, type CaseDefinition, ofUnit, personal, type Relation, type Standing } from '../case.js';
import { type IncomingStatus, incomingStatusLabels, type StepKind } from './types.js';

/**
 * An incoming document (收文) as its declaration sees it: the state, who filed it, whom it touches, whom it
 * waits for. Built from the stored row by the repository (`caseOf`), so lists and the 工作台 get it without
 * extra queries.
 */
export type IncomingCase = {
  id: string;
  version: number;
  status: IncomingStatus;
  docType: string;
  urgency: string;
  /** The filing unit (报送单位). */
  issuingUnitId: string;
  /** Units whose powers the matter touches: their principal heads countersign (art. 64). */
  relatedUnitIds: readonly string[];
  /** Related units that have countersigned already. */
  signedUnitIds: readonly string[];
  /** The leader the office sent it to for 批示 (art. 65). */
  assignedLeaderPersonId: string | null;
  /** Whom the assigned leader stands in for, when the office sent an urgent document to a cover (art. 62, 7). */
  assignedActingFor: {
    personId: string;
    name: string;
  } | null;
  handlingUnitId: string | null;
};
export type IncomingAction = 'sign_off' | 'countersign' | 'receive' | 'register' | 'review' | 'return' | 'propose' | 'assign' | 'instruct' | 'transfer' | 'complete' | 'archive' | 'extend' | 'chase';
const isUrgent = stryMutAct_9fa48("283") ? () => undefined : (stryCov_9fa48("283"), (() => {
  const isUrgent = (c: IncomingCase) => stryMutAct_9fa48("286") ? c.urgency === 'normal' : stryMutAct_9fa48("285") ? false : stryMutAct_9fa48("284") ? true : (stryCov_9fa48("284", "285", "286"), c.urgency !== (stryMutAct_9fa48("287") ? "" : (stryCov_9fa48("287"), 'normal')));
  return isUrgent;
})());

/** Related units still to countersign. */
export const unsignedUnits = stryMutAct_9fa48("288") ? () => undefined : (stryCov_9fa48("288"), (() => {
  const unsignedUnits = (c: IncomingCase): string[] => stryMutAct_9fa48("289") ? c.relatedUnitIds : (stryCov_9fa48("289"), c.relatedUnitIds.filter(stryMutAct_9fa48("290") ? () => undefined : (stryCov_9fa48("290"), u => stryMutAct_9fa48("291") ? c.signedUnitIds.includes(u) : (stryCov_9fa48("291"), !c.signedUnitIds.includes(u)))));
  return unsignedUnits;
})());

/**
 * The leader the document is assigned to — or, when the office assigned it to a cover because that leader was
 * away, the cover acting for them; and whoever stands in for the assigned leader today (urgent work for a
 * deputy's cover, all work for the executive deputy presiding for the head).
 */
const assignedLeader: Relation<IncomingCase> = (c, viewer): Standing => {
  if (stryMutAct_9fa48("292")) {
    {}
  } else {
    stryCov_9fa48("292");
    if (stryMutAct_9fa48("295") ? c.assignedActingFor || viewer.personId === c.assignedLeaderPersonId : stryMutAct_9fa48("294") ? false : stryMutAct_9fa48("293") ? true : (stryCov_9fa48("293", "294", "295"), c.assignedActingFor && (stryMutAct_9fa48("297") ? viewer.personId !== c.assignedLeaderPersonId : stryMutAct_9fa48("296") ? true : (stryCov_9fa48("296", "297"), viewer.personId === c.assignedLeaderPersonId)))) return stryMutAct_9fa48("298") ? {} : (stryCov_9fa48("298"), {
      actingFor: c.assignedActingFor
    });
    return personal<IncomingCase>(stryMutAct_9fa48("299") ? () => undefined : (stryCov_9fa48("299"), d => d.assignedLeaderPersonId), stryMutAct_9fa48("300") ? {} : (stryCov_9fa48("300"), {
      isUrgent
    }))(c, viewer);
  }
};

/** The office's own steps: the same policy, articles from the step. */
const office = stryMutAct_9fa48("301") ? () => undefined : (stryCov_9fa48("301"), (() => {
  const office = (label: string, from: readonly IncomingStatus[], to: IncomingStatus, articles: readonly number[], extra: Partial<ActionSpec<IncomingStatus, IncomingCase>> = {}): ActionSpec<IncomingStatus, IncomingCase> => stryMutAct_9fa48("302") ? {} : (stryCov_9fa48("302"), {
    label,
    from,
    to,
    policy: stryMutAct_9fa48("303") ? "" : (stryCov_9fa48("303"), 'documents.office'),
    articles,
    ...extra
  });
  return office;
})());

/** States in which a document waits for someone (a step clock runs; 催办 applies). */
const openStates: readonly IncomingStatus[] = stryMutAct_9fa48("304") ? [] : (stryCov_9fa48("304"), [stryMutAct_9fa48("305") ? "" : (stryCov_9fa48("305"), 'awaiting_sign_off'), stryMutAct_9fa48("306") ? "" : (stryCov_9fa48("306"), 'countersigning'), stryMutAct_9fa48("307") ? "" : (stryCov_9fa48("307"), 'submitted'), stryMutAct_9fa48("308") ? "" : (stryCov_9fa48("308"), 'received'), stryMutAct_9fa48("309") ? "" : (stryCov_9fa48("309"), 'registered'), stryMutAct_9fa48("310") ? "" : (stryCov_9fa48("310"), 'reviewed'), stryMutAct_9fa48("311") ? "" : (stryCov_9fa48("311"), 'proposed'), stryMutAct_9fa48("312") ? "" : (stryCov_9fa48("312"), 'assigned'), stryMutAct_9fa48("313") ? "" : (stryCov_9fa48("313"), 'instructed'), stryMutAct_9fa48("314") ? "" : (stryCov_9fa48("314"), 'transferred')]);

/**
 * The incoming document, declared once (条例 art. 24; work rules art. 64–66): a unit files a 请示 or 报告; a
 * 请示 filed by a clerk waits for the unit's principal head to sign it off (签发, art. 64); a matter touching
 * other units waits for their principal heads' countersignatures (会签); the office receives, registers,
 * reviews (or returns), proposes and assigns it to the leader the portfolio names; the leader instructs; the
 * office transfers it to the handling unit, which completes it; the office archives it.
 */
export const incomingDocumentCase: CaseDefinition<IncomingStatus, IncomingCase, IncomingAction> = stryMutAct_9fa48("315") ? {} : (stryCov_9fa48("315"), {
  kind: stryMutAct_9fa48("316") ? "" : (stryCov_9fa48("316"), 'incoming_document'),
  label: stryMutAct_9fa48("317") ? "" : (stryCov_9fa48("317"), '公文'),
  states: incomingStatusLabels,
  stateOf: stryMutAct_9fa48("318") ? () => undefined : (stryCov_9fa48("318"), c => c.status),
  actions: stryMutAct_9fa48("319") ? {} : (stryCov_9fa48("319"), {
    sign_off: stryMutAct_9fa48("320") ? {} : (stryCov_9fa48("320"), {
      label: stryMutAct_9fa48("321") ? "" : (stryCov_9fa48("321"), '签发'),
      from: stryMutAct_9fa48("322") ? [] : (stryCov_9fa48("322"), [stryMutAct_9fa48("323") ? "" : (stryCov_9fa48("323"), 'awaiting_sign_off')]),
      to: stryMutAct_9fa48("324") ? () => undefined : (stryCov_9fa48("324"), c => (stryMutAct_9fa48("328") ? c.relatedUnitIds.length <= 0 : stryMutAct_9fa48("327") ? c.relatedUnitIds.length >= 0 : stryMutAct_9fa48("326") ? false : stryMutAct_9fa48("325") ? true : (stryCov_9fa48("325", "326", "327", "328"), c.relatedUnitIds.length > 0)) ? stryMutAct_9fa48("329") ? "" : (stryCov_9fa48("329"), 'countersigning') : stryMutAct_9fa48("330") ? "" : (stryCov_9fa48("330"), 'submitted')),
      policy: stryMutAct_9fa48("331") ? "" : (stryCov_9fa48("331"), 'documents.sign_off'),
      relation: ofUnit(stryMutAct_9fa48("332") ? () => undefined : (stryCov_9fa48("332"), c => stryMutAct_9fa48("333") ? [] : (stryCov_9fa48("333"), [c.issuingUnitId]))),
      articles: stryMutAct_9fa48("334") ? [] : (stryCov_9fa48("334"), [64]),
      rules: stryMutAct_9fa48("335") ? [] : (stryCov_9fa48("335"), [stryMutAct_9fa48("336") ? "" : (stryCov_9fa48("336"), 'documents.request-signed-by-principal')]),
      act: stryMutAct_9fa48("337") ? "" : (stryCov_9fa48("337"), 'documents.incoming.sign_off')
    }),
    countersign: stryMutAct_9fa48("338") ? {} : (stryCov_9fa48("338"), {
      label: stryMutAct_9fa48("339") ? "" : (stryCov_9fa48("339"), '会签'),
      from: stryMutAct_9fa48("340") ? [] : (stryCov_9fa48("340"), [stryMutAct_9fa48("341") ? "" : (stryCov_9fa48("341"), 'countersigning')]),
      // The last related unit to sign sends the document to the office; earlier ones leave it waiting.
      to: stryMutAct_9fa48("342") ? () => undefined : (stryCov_9fa48("342"), (c, viewer) => (stryMutAct_9fa48("343") ? unsignedUnits(c).some(u => u === viewer.unitId) : (stryCov_9fa48("343"), unsignedUnits(c).every(stryMutAct_9fa48("344") ? () => undefined : (stryCov_9fa48("344"), u => stryMutAct_9fa48("347") ? u !== viewer.unitId : stryMutAct_9fa48("346") ? false : stryMutAct_9fa48("345") ? true : (stryCov_9fa48("345", "346", "347"), u === viewer.unitId))))) ? stryMutAct_9fa48("348") ? "" : (stryCov_9fa48("348"), 'submitted') : stryMutAct_9fa48("349") ? "" : (stryCov_9fa48("349"), 'countersigning')),
      policy: stryMutAct_9fa48("350") ? "" : (stryCov_9fa48("350"), 'documents.countersign'),
      relation: ofUnit(unsignedUnits),
      articles: stryMutAct_9fa48("351") ? [] : (stryCov_9fa48("351"), [64]),
      rules: stryMutAct_9fa48("352") ? [] : (stryCov_9fa48("352"), [stryMutAct_9fa48("353") ? "" : (stryCov_9fa48("353"), 'documents.countersign-by-principal'), stryMutAct_9fa48("354") ? "" : (stryCov_9fa48("354"), 'documents.cross-unit-countersign')]),
      clock: stryMutAct_9fa48("355") ? {} : (stryCov_9fa48("355"), {
        label: stryMutAct_9fa48("356") ? "" : (stryCov_9fa48("356"), '会签'),
        article: 64
      }),
      act: stryMutAct_9fa48("357") ? "" : (stryCov_9fa48("357"), 'documents.incoming.countersign')
    }),
    receive: office(stryMutAct_9fa48("358") ? "" : (stryCov_9fa48("358"), '签收'), stryMutAct_9fa48("359") ? [] : (stryCov_9fa48("359"), [stryMutAct_9fa48("360") ? "" : (stryCov_9fa48("360"), 'submitted')]), stryMutAct_9fa48("361") ? "" : (stryCov_9fa48("361"), 'received'), stryMutAct_9fa48("362") ? [] : (stryCov_9fa48("362"), [66]), stryMutAct_9fa48("363") ? {} : (stryCov_9fa48("363"), {
      act: stryMutAct_9fa48("364") ? "" : (stryCov_9fa48("364"), 'documents.incoming.receive'),
      clock: stryMutAct_9fa48("365") ? {} : (stryCov_9fa48("365"), {
        label: stryMutAct_9fa48("366") ? "" : (stryCov_9fa48("366"), '登记'),
        article: 66
      })
    })),
    register: office(stryMutAct_9fa48("367") ? "" : (stryCov_9fa48("367"), '登记'), stryMutAct_9fa48("368") ? [] : (stryCov_9fa48("368"), [stryMutAct_9fa48("369") ? "" : (stryCov_9fa48("369"), 'received')]), stryMutAct_9fa48("370") ? "" : (stryCov_9fa48("370"), 'registered'), stryMutAct_9fa48("371") ? [] : (stryCov_9fa48("371"), [66]), stryMutAct_9fa48("372") ? {} : (stryCov_9fa48("372"), {
      act: stryMutAct_9fa48("373") ? "" : (stryCov_9fa48("373"), 'documents.incoming.register'),
      clock: stryMutAct_9fa48("374") ? {} : (stryCov_9fa48("374"), {
        label: stryMutAct_9fa48("375") ? "" : (stryCov_9fa48("375"), '初审'),
        article: 66
      })
    })),
    review: office(stryMutAct_9fa48("376") ? "" : (stryCov_9fa48("376"), '初审'), stryMutAct_9fa48("377") ? [] : (stryCov_9fa48("377"), [stryMutAct_9fa48("378") ? "" : (stryCov_9fa48("378"), 'registered')]), stryMutAct_9fa48("379") ? "" : (stryCov_9fa48("379"), 'reviewed'), stryMutAct_9fa48("380") ? [] : (stryCov_9fa48("380"), [64]), stryMutAct_9fa48("381") ? {} : (stryCov_9fa48("381"), {
      act: stryMutAct_9fa48("382") ? "" : (stryCov_9fa48("382"), 'documents.incoming.review'),
      clock: stryMutAct_9fa48("383") ? {} : (stryCov_9fa48("383"), {
        label: stryMutAct_9fa48("384") ? "" : (stryCov_9fa48("384"), '拟办'),
        article: 66
      })
    })),
    return: office(stryMutAct_9fa48("385") ? "" : (stryCov_9fa48("385"), '退回'), stryMutAct_9fa48("386") ? [] : (stryCov_9fa48("386"), [stryMutAct_9fa48("387") ? "" : (stryCov_9fa48("387"), 'registered')]), stryMutAct_9fa48("388") ? "" : (stryCov_9fa48("388"), 'returned'), stryMutAct_9fa48("389") ? [] : (stryCov_9fa48("389"), [64]), stryMutAct_9fa48("390") ? {} : (stryCov_9fa48("390"), {
      act: stryMutAct_9fa48("391") ? "" : (stryCov_9fa48("391"), 'documents.incoming.return')
    })),
    propose: office(stryMutAct_9fa48("392") ? "" : (stryCov_9fa48("392"), '拟办'), stryMutAct_9fa48("393") ? [] : (stryCov_9fa48("393"), [stryMutAct_9fa48("394") ? "" : (stryCov_9fa48("394"), 'reviewed')]), stryMutAct_9fa48("395") ? "" : (stryCov_9fa48("395"), 'proposed'), stryMutAct_9fa48("396") ? [] : (stryCov_9fa48("396"), [65]), stryMutAct_9fa48("397") ? {} : (stryCov_9fa48("397"), {
      act: stryMutAct_9fa48("398") ? "" : (stryCov_9fa48("398"), 'documents.incoming.propose'),
      clock: stryMutAct_9fa48("399") ? {} : (stryCov_9fa48("399"), {
        label: stryMutAct_9fa48("400") ? "" : (stryCov_9fa48("400"), '批办'),
        article: 66
      })
    })),
    assign: office(stryMutAct_9fa48("401") ? "" : (stryCov_9fa48("401"), '批办'), stryMutAct_9fa48("402") ? [] : (stryCov_9fa48("402"), [stryMutAct_9fa48("403") ? "" : (stryCov_9fa48("403"), 'proposed')]), stryMutAct_9fa48("404") ? "" : (stryCov_9fa48("404"), 'assigned'), stryMutAct_9fa48("405") ? [] : (stryCov_9fa48("405"), [65]), stryMutAct_9fa48("406") ? {} : (stryCov_9fa48("406"), {
      act: stryMutAct_9fa48("407") ? "" : (stryCov_9fa48("407"), 'documents.incoming.assign'),
      rules: stryMutAct_9fa48("408") ? [] : (stryCov_9fa48("408"), [stryMutAct_9fa48("409") ? "" : (stryCov_9fa48("409"), 'documents.route-by-portfolio')]),
      clock: stryMutAct_9fa48("410") ? {} : (stryCov_9fa48("410"), {
        label: stryMutAct_9fa48("411") ? "" : (stryCov_9fa48("411"), '批示'),
        article: 66
      })
    })),
    instruct: stryMutAct_9fa48("412") ? {} : (stryCov_9fa48("412"), {
      label: stryMutAct_9fa48("413") ? "" : (stryCov_9fa48("413"), '批示'),
      from: stryMutAct_9fa48("414") ? [] : (stryCov_9fa48("414"), [stryMutAct_9fa48("415") ? "" : (stryCov_9fa48("415"), 'assigned')]),
      to: stryMutAct_9fa48("416") ? "" : (stryCov_9fa48("416"), 'instructed'),
      policy: stryMutAct_9fa48("417") ? "" : (stryCov_9fa48("417"), 'documents.instruct'),
      relation: assignedLeader,
      articles: stryMutAct_9fa48("418") ? [] : (stryCov_9fa48("418"), [65]),
      rules: stryMutAct_9fa48("419") ? [] : (stryCov_9fa48("419"), [stryMutAct_9fa48("420") ? "" : (stryCov_9fa48("420"), 'documents.instruction-opinion')]),
      clock: stryMutAct_9fa48("421") ? {} : (stryCov_9fa48("421"), {
        label: stryMutAct_9fa48("422") ? "" : (stryCov_9fa48("422"), '转办'),
        article: 66
      }),
      act: stryMutAct_9fa48("423") ? "" : (stryCov_9fa48("423"), 'documents.incoming.instruct')
    }),
    transfer: office(stryMutAct_9fa48("424") ? "" : (stryCov_9fa48("424"), '转办'), stryMutAct_9fa48("425") ? [] : (stryCov_9fa48("425"), [stryMutAct_9fa48("426") ? "" : (stryCov_9fa48("426"), 'instructed')]), stryMutAct_9fa48("427") ? "" : (stryCov_9fa48("427"), 'transferred'), stryMutAct_9fa48("428") ? [] : (stryCov_9fa48("428"), [66]), stryMutAct_9fa48("429") ? {} : (stryCov_9fa48("429"), {
      act: stryMutAct_9fa48("430") ? "" : (stryCov_9fa48("430"), 'documents.incoming.transfer'),
      clock: stryMutAct_9fa48("431") ? {} : (stryCov_9fa48("431"), {
        label: stryMutAct_9fa48("432") ? "" : (stryCov_9fa48("432"), '承办'),
        article: 66
      })
    })),
    complete: stryMutAct_9fa48("433") ? {} : (stryCov_9fa48("433"), {
      label: stryMutAct_9fa48("434") ? "" : (stryCov_9fa48("434"), '办结'),
      from: stryMutAct_9fa48("435") ? [] : (stryCov_9fa48("435"), [stryMutAct_9fa48("436") ? "" : (stryCov_9fa48("436"), 'transferred')]),
      to: stryMutAct_9fa48("437") ? "" : (stryCov_9fa48("437"), 'completed'),
      policy: stryMutAct_9fa48("438") ? "" : (stryCov_9fa48("438"), 'documents.handle'),
      relation: ofUnit(stryMutAct_9fa48("439") ? () => undefined : (stryCov_9fa48("439"), c => stryMutAct_9fa48("440") ? [] : (stryCov_9fa48("440"), [c.handlingUnitId]))),
      articles: stryMutAct_9fa48("441") ? [] : (stryCov_9fa48("441"), [66]),
      act: stryMutAct_9fa48("442") ? "" : (stryCov_9fa48("442"), 'documents.incoming.complete')
    }),
    archive: office(stryMutAct_9fa48("443") ? "" : (stryCov_9fa48("443"), '归档'), stryMutAct_9fa48("444") ? [] : (stryCov_9fa48("444"), [stryMutAct_9fa48("445") ? "" : (stryCov_9fa48("445"), 'completed'), stryMutAct_9fa48("446") ? "" : (stryCov_9fa48("446"), 'instructed')]), stryMutAct_9fa48("447") ? "" : (stryCov_9fa48("447"), 'archived'), stryMutAct_9fa48("448") ? [] : (stryCov_9fa48("448"), [66]), stryMutAct_9fa48("449") ? {} : (stryCov_9fa48("449"), {
      act: stryMutAct_9fa48("450") ? "" : (stryCov_9fa48("450"), 'documents.incoming.archive'),
      // A report the leader has read may be filed straight away (阅知); a request must be handled first.
      when: stryMutAct_9fa48("451") ? () => undefined : (stryCov_9fa48("451"), c => stryMutAct_9fa48("454") ? c.status !== 'instructed' && c.docType !== '请示' : stryMutAct_9fa48("453") ? false : stryMutAct_9fa48("452") ? true : (stryCov_9fa48("452", "453", "454"), (stryMutAct_9fa48("456") ? c.status === 'instructed' : stryMutAct_9fa48("455") ? false : (stryCov_9fa48("455", "456"), c.status !== (stryMutAct_9fa48("457") ? "" : (stryCov_9fa48("457"), 'instructed')))) || (stryMutAct_9fa48("459") ? c.docType === '请示' : stryMutAct_9fa48("458") ? false : (stryCov_9fa48("458", "459"), c.docType !== (stryMutAct_9fa48("460") ? "" : (stryCov_9fa48("460"), '请示'))))))
    })),
    extend: office(stryMutAct_9fa48("461") ? "" : (stryCov_9fa48("461"), '延期'), stryMutAct_9fa48("462") ? [] : (stryCov_9fa48("462"), [stryMutAct_9fa48("463") ? "" : (stryCov_9fa48("463"), 'transferred')]), stryMutAct_9fa48("464") ? "" : (stryCov_9fa48("464"), 'transferred'), stryMutAct_9fa48("465") ? [] : (stryCov_9fa48("465"), [66]), stryMutAct_9fa48("466") ? {} : (stryCov_9fa48("466"), {
      act: stryMutAct_9fa48("467") ? "" : (stryCov_9fa48("467"), 'documents.incoming.extend'),
      isWork: stryMutAct_9fa48("468") ? true : (stryCov_9fa48("468"), false),
      clock: stryMutAct_9fa48("469") ? {} : (stryCov_9fa48("469"), {
        label: stryMutAct_9fa48("470") ? "" : (stryCov_9fa48("470"), '承办'),
        article: 66
      })
    })),
    // 催办 changes no state: it runs on a schedule (or at the office's word) and only adds to the timeline.
    chase: stryMutAct_9fa48("471") ? {} : (stryCov_9fa48("471"), {
      label: stryMutAct_9fa48("472") ? "" : (stryCov_9fa48("472"), '催办'),
      from: openStates,
      to: stryMutAct_9fa48("473") ? () => undefined : (stryCov_9fa48("473"), c => c.status),
      policy: stryMutAct_9fa48("474") ? "" : (stryCov_9fa48("474"), 'documents.office'),
      articles: stryMutAct_9fa48("475") ? [] : (stryCov_9fa48("475"), [66]),
      act: stryMutAct_9fa48("476") ? "" : (stryCov_9fa48("476"), 'documents.incoming.chase'),
      isWork: stryMutAct_9fa48("477") ? true : (stryCov_9fa48("477"), false)
    })
  })
});

/**
 * The step clock each waiting state runs (art. 66), and the rulebook limit that sets its length:
 * `documents.stepWorkingDays[…]` for the office's and the leader's steps, `documents.countersignReplyWorkingDays`
 * for 会签, `documents.handlingWorkingDays` for the handling unit; urgent documents count hours
 * (`documents.urgentStepHours`) except for handling, whose time the office sets.
 */
/** The registered carrier the step clocks count under (src/domain/documents/carriers.ts). */
export const stepLimitsCarrier = stryMutAct_9fa48("478") ? "" : (stryCov_9fa48("478"), 'documents.step-limits');
export type StepLimit = {
  kind: 'step';
  key: 'receive' | 'review' | 'propose' | 'assign' | 'instruct' | 'transfer';
} | {
  kind: 'countersign';
} | {
  kind: 'handling';
};
export const stepClocks: Partial<Record<IncomingStatus, {
  step: StepKind;
  limit: StepLimit;
}>> = stryMutAct_9fa48("479") ? {} : (stryCov_9fa48("479"), {
  // The rulebook sets no separate limit for a unit's own sign-off; the 签收 limit applies until it does.
  awaiting_sign_off: stryMutAct_9fa48("480") ? {} : (stryCov_9fa48("480"), {
    step: stryMutAct_9fa48("481") ? "" : (stryCov_9fa48("481"), 'sign_off'),
    limit: stryMutAct_9fa48("482") ? {} : (stryCov_9fa48("482"), {
      kind: stryMutAct_9fa48("483") ? "" : (stryCov_9fa48("483"), 'step'),
      key: stryMutAct_9fa48("484") ? "" : (stryCov_9fa48("484"), 'receive')
    })
  }),
  countersigning: stryMutAct_9fa48("485") ? {} : (stryCov_9fa48("485"), {
    step: stryMutAct_9fa48("486") ? "" : (stryCov_9fa48("486"), 'countersign'),
    limit: stryMutAct_9fa48("487") ? {} : (stryCov_9fa48("487"), {
      kind: stryMutAct_9fa48("488") ? "" : (stryCov_9fa48("488"), 'countersign')
    })
  }),
  submitted: stryMutAct_9fa48("489") ? {} : (stryCov_9fa48("489"), {
    step: stryMutAct_9fa48("490") ? "" : (stryCov_9fa48("490"), 'receive'),
    limit: stryMutAct_9fa48("491") ? {} : (stryCov_9fa48("491"), {
      kind: stryMutAct_9fa48("492") ? "" : (stryCov_9fa48("492"), 'step'),
      key: stryMutAct_9fa48("493") ? "" : (stryCov_9fa48("493"), 'receive')
    })
  }),
  received: stryMutAct_9fa48("494") ? {} : (stryCov_9fa48("494"), {
    step: stryMutAct_9fa48("495") ? "" : (stryCov_9fa48("495"), 'register'),
    limit: stryMutAct_9fa48("496") ? {} : (stryCov_9fa48("496"), {
      kind: stryMutAct_9fa48("497") ? "" : (stryCov_9fa48("497"), 'step'),
      key: stryMutAct_9fa48("498") ? "" : (stryCov_9fa48("498"), 'receive')
    })
  }),
  registered: stryMutAct_9fa48("499") ? {} : (stryCov_9fa48("499"), {
    step: stryMutAct_9fa48("500") ? "" : (stryCov_9fa48("500"), 'review'),
    limit: stryMutAct_9fa48("501") ? {} : (stryCov_9fa48("501"), {
      kind: stryMutAct_9fa48("502") ? "" : (stryCov_9fa48("502"), 'step'),
      key: stryMutAct_9fa48("503") ? "" : (stryCov_9fa48("503"), 'review')
    })
  }),
  reviewed: stryMutAct_9fa48("504") ? {} : (stryCov_9fa48("504"), {
    step: stryMutAct_9fa48("505") ? "" : (stryCov_9fa48("505"), 'propose'),
    limit: stryMutAct_9fa48("506") ? {} : (stryCov_9fa48("506"), {
      kind: stryMutAct_9fa48("507") ? "" : (stryCov_9fa48("507"), 'step'),
      key: stryMutAct_9fa48("508") ? "" : (stryCov_9fa48("508"), 'propose')
    })
  }),
  proposed: stryMutAct_9fa48("509") ? {} : (stryCov_9fa48("509"), {
    step: stryMutAct_9fa48("510") ? "" : (stryCov_9fa48("510"), 'assign'),
    limit: stryMutAct_9fa48("511") ? {} : (stryCov_9fa48("511"), {
      kind: stryMutAct_9fa48("512") ? "" : (stryCov_9fa48("512"), 'step'),
      key: stryMutAct_9fa48("513") ? "" : (stryCov_9fa48("513"), 'assign')
    })
  }),
  assigned: stryMutAct_9fa48("514") ? {} : (stryCov_9fa48("514"), {
    step: stryMutAct_9fa48("515") ? "" : (stryCov_9fa48("515"), 'instruct'),
    limit: stryMutAct_9fa48("516") ? {} : (stryCov_9fa48("516"), {
      kind: stryMutAct_9fa48("517") ? "" : (stryCov_9fa48("517"), 'step'),
      key: stryMutAct_9fa48("518") ? "" : (stryCov_9fa48("518"), 'instruct')
    })
  }),
  instructed: stryMutAct_9fa48("519") ? {} : (stryCov_9fa48("519"), {
    step: stryMutAct_9fa48("520") ? "" : (stryCov_9fa48("520"), 'transfer'),
    limit: stryMutAct_9fa48("521") ? {} : (stryCov_9fa48("521"), {
      kind: stryMutAct_9fa48("522") ? "" : (stryCov_9fa48("522"), 'step'),
      key: stryMutAct_9fa48("523") ? "" : (stryCov_9fa48("523"), 'transfer')
    })
  }),
  transferred: stryMutAct_9fa48("524") ? {} : (stryCov_9fa48("524"), {
    step: stryMutAct_9fa48("525") ? "" : (stryCov_9fa48("525"), 'complete'),
    limit: stryMutAct_9fa48("526") ? {} : (stryCov_9fa48("526"), {
      kind: stryMutAct_9fa48("527") ? "" : (stryCov_9fa48("527"), 'handling')
    })
  })
});

/** The states whose step is late-checked and chased (art. 66). */
export const clockedStates = Object.keys(stepClocks) as IncomingStatus[];