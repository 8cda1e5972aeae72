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
import { createHash } from 'node:crypto';

/** Who acts: the signed-in user, and the absent leader they act for when covering (art. 62). */
export type Actor = {
  userId: string | null;
  name: string;
  roles: readonly string[];
  unitId: string | null;
  personId: string | null;
  actingFor?: {
    personId: string;
    name: string;
  } | undefined;
};

/** Where an act came from, for the record. */
export type RequestContext = {
  requestId: string | null;
  ip: string | null;
};

/** What an operation asks to be recorded; the chain fields are added when it is appended. */
export type AuditEntry = {
  act: string;
  objectType: string;
  objectId: string | null;
  result: 'success' | 'refused' | 'failure';
  /** A short before/after summary; never secrets or unmasked personal data. */
  summary: Record<string, unknown>;
  /** The article of the rulebook the act is done under or refused by, when there is one. */
  article?: number | undefined;
  /** Set when the actor did this act standing in for someone (a cover, art. 62; the acting head, art. 7). */
  actingFor?: {
    personId: string;
    name: string;
  } | null | undefined;
};

/** An appended event, as stored. */
export type AuditRecord = {
  seq: number;
  id: string;
  occurredAt: string;
  actorUserId: string | null;
  actorName: string;
  actingForPersonId: string | null;
  act: string;
  objectType: string;
  objectId: string | null;
  result: string;
  summary: string;
  article: number | null;
  requestId: string | null;
  ip: string | null;
  prevHash: string;
  hash: string;
};
export const GENESIS_HASH = (stryMutAct_9fa48("93") ? "" : (stryCov_9fa48("93"), '0')).repeat(64);

/** The fields a link's hash covers, in a fixed order, so any one-byte change breaks the chain. */
export function canonicalAuditText(r: Omit<AuditRecord, 'hash'>): string {
  if (stryMutAct_9fa48("94")) {
    {}
  } else {
    stryCov_9fa48("94");
    return JSON.stringify(stryMutAct_9fa48("95") ? [] : (stryCov_9fa48("95"), [r.seq, r.id, r.occurredAt, r.actorUserId, r.actorName, r.actingForPersonId, r.act, r.objectType, r.objectId, r.result, r.summary, r.article, r.requestId, r.ip, r.prevHash]));
  }
}

/** SM3 over the previous link and this event (GB/T 32905), hex. */
export function auditHash(r: Omit<AuditRecord, 'hash'>): string {
  if (stryMutAct_9fa48("96")) {
    {}
  } else {
    stryCov_9fa48("96");
    return createHash(stryMutAct_9fa48("97") ? "" : (stryCov_9fa48("97"), 'sm3')).update(canonicalAuditText(r), stryMutAct_9fa48("98") ? "" : (stryCov_9fa48("98"), 'utf8')).digest(stryMutAct_9fa48("99") ? "" : (stryCov_9fa48("99"), 'hex'));
  }
}

/** A link the chain starts from: the genesis, or the anchor left by the last lawful purge. */
export type ChainLink = {
  seq: number;
  hash: string;
};

/** Where a chain stops holding: the first link that does not, and why (Chinese, naming the record). */
export type ChainBreak = {
  brokenAt: number;
  reason: string;
};

/**
 * Checks links one at a time, so that a chain too long for memory can be verified page by page. Each record
 * must follow the previous one by sequence number, point back to its hash, and hash to what it stores.
 */
export function createChainVerifier(start: ChainLink = stryMutAct_9fa48("100") ? {} : (stryCov_9fa48("100"), {
  seq: 0,
  hash: GENESIS_HASH
})): {
  add: (record: AuditRecord) => ChainBreak | undefined;
  readonly count: number;
  readonly last: ChainLink;
} {
  if (stryMutAct_9fa48("101")) {
    {}
  } else {
    stryCov_9fa48("101");
    let prev = start;
    let count = 0;
    return stryMutAct_9fa48("102") ? {} : (stryCov_9fa48("102"), {
      add(r) {
        if (stryMutAct_9fa48("103")) {
          {}
        } else {
          stryCov_9fa48("103");
          if (stryMutAct_9fa48("106") ? r.seq === prev.seq + 1 : stryMutAct_9fa48("105") ? false : stryMutAct_9fa48("104") ? true : (stryCov_9fa48("104", "105", "106"), r.seq !== (stryMutAct_9fa48("107") ? prev.seq - 1 : (stryCov_9fa48("107"), prev.seq + 1)))) {
            if (stryMutAct_9fa48("108")) {
              {}
            } else {
              stryCov_9fa48("108");
              const missing = (stryMutAct_9fa48("112") ? r.seq <= prev.seq + 1 : stryMutAct_9fa48("111") ? r.seq >= prev.seq + 1 : stryMutAct_9fa48("110") ? false : stryMutAct_9fa48("109") ? true : (stryCov_9fa48("109", "110", "111", "112"), r.seq > (stryMutAct_9fa48("113") ? prev.seq - 1 : (stryCov_9fa48("113"), prev.seq + 1)))) ? (stryMutAct_9fa48("116") ? r.seq - 1 !== prev.seq + 1 : stryMutAct_9fa48("115") ? false : stryMutAct_9fa48("114") ? true : (stryCov_9fa48("114", "115", "116"), (stryMutAct_9fa48("117") ? r.seq + 1 : (stryCov_9fa48("117"), r.seq - 1)) === (stryMutAct_9fa48("118") ? prev.seq - 1 : (stryCov_9fa48("118"), prev.seq + 1)))) ? stryMutAct_9fa48("119") ? `` : (stryCov_9fa48("119"), `第${stryMutAct_9fa48("120") ? prev.seq - 1 : (stryCov_9fa48("120"), prev.seq + 1)}条`) : stryMutAct_9fa48("121") ? `` : (stryCov_9fa48("121"), `第${stryMutAct_9fa48("122") ? prev.seq - 1 : (stryCov_9fa48("122"), prev.seq + 1)}至${stryMutAct_9fa48("123") ? r.seq + 1 : (stryCov_9fa48("123"), r.seq - 1)}条`) : undefined;
              return stryMutAct_9fa48("124") ? {} : (stryCov_9fa48("124"), {
                brokenAt: r.seq,
                reason: missing ? stryMutAct_9fa48("125") ? `` : (stryCov_9fa48("125"), `${missing}记录缺失：第${prev.seq}条之后直接是第${r.seq}条`) : stryMutAct_9fa48("126") ? `` : (stryCov_9fa48("126"), `第${r.seq}条记录的序号不应出现在第${prev.seq}条之后`)
              });
            }
          }
          if (stryMutAct_9fa48("129") ? r.prevHash === prev.hash : stryMutAct_9fa48("128") ? false : stryMutAct_9fa48("127") ? true : (stryCov_9fa48("127", "128", "129"), r.prevHash !== prev.hash)) {
            if (stryMutAct_9fa48("130")) {
              {}
            } else {
              stryCov_9fa48("130");
              return stryMutAct_9fa48("131") ? {} : (stryCov_9fa48("131"), {
                brokenAt: r.seq,
                reason: stryMutAct_9fa48("132") ? `` : (stryCov_9fa48("132"), `第${r.seq}条记录的前序哈希与第${prev.seq}条记录不符`)
              });
            }
          }
          if (stryMutAct_9fa48("135") ? auditHash(r) === r.hash : stryMutAct_9fa48("134") ? false : stryMutAct_9fa48("133") ? true : (stryCov_9fa48("133", "134", "135"), auditHash(r) !== r.hash)) {
            if (stryMutAct_9fa48("136")) {
              {}
            } else {
              stryCov_9fa48("136");
              return stryMutAct_9fa48("137") ? {} : (stryCov_9fa48("137"), {
                brokenAt: r.seq,
                reason: stryMutAct_9fa48("138") ? `` : (stryCov_9fa48("138"), `第${r.seq}条记录的内容与其哈希不符（已被改动）`)
              });
            }
          }
          prev = stryMutAct_9fa48("139") ? {} : (stryCov_9fa48("139"), {
            seq: r.seq,
            hash: r.hash
          });
          stryMutAct_9fa48("140") ? count-- : (stryCov_9fa48("140"), count++);
          return undefined;
        }
      },
      get count() {
        if (stryMutAct_9fa48("141")) {
          {}
        } else {
          stryCov_9fa48("141");
          return count;
        }
      },
      get last() {
        if (stryMutAct_9fa48("142")) {
          {}
        } else {
          stryCov_9fa48("142");
          return prev;
        }
      }
    });
  }
}

/** Walks a chain in order and names the first link whose sequence, hash or back-link does not hold. */
export function verifyAuditChain(records: Iterable<AuditRecord>, start: ChainLink = stryMutAct_9fa48("143") ? {} : (stryCov_9fa48("143"), {
  seq: 0,
  hash: GENESIS_HASH
})): {
  ok: true;
  count: number;
  head: ChainLink;
} | {
  ok: false;
  count: number;
  brokenAt: number;
  reason: string;
} {
  if (stryMutAct_9fa48("144")) {
    {}
  } else {
    stryCov_9fa48("144");
    const verifier = createChainVerifier(start);
    for (const r of records) {
      if (stryMutAct_9fa48("145")) {
        {}
      } else {
        stryCov_9fa48("145");
        const broken = verifier.add(r);
        if (stryMutAct_9fa48("147") ? false : stryMutAct_9fa48("146") ? true : (stryCov_9fa48("146", "147"), broken)) return stryMutAct_9fa48("148") ? {} : (stryCov_9fa48("148"), {
          ok: stryMutAct_9fa48("149") ? true : (stryCov_9fa48("149"), false),
          count: verifier.count,
          ...broken
        });
      }
    }
    return stryMutAct_9fa48("150") ? {} : (stryCov_9fa48("150"), {
      ok: stryMutAct_9fa48("151") ? false : (stryCov_9fa48("151"), true),
      count: verifier.count,
      head: verifier.last
    });
  }
}