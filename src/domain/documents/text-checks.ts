/**
 * Signs in a document's text that it asks for approval. A 报告 must not carry a request (art. 64); the office
 * is alerted, not the submitter refused, because the wording alone cannot decide it.
 */
const askPatterns = [/妥否/g, /请批准/g, /请批示/g, /请予批复/g, /请审批/g, /请予审批/g, /请研究同意/g, /请予支持/g, /恳请.{0,10}(批准|同意|支持|解决)/g, /特此请示/g];

export function approvalAsks(text: string): string[] {
  return askPatterns.flatMap((re) => text.match(re) ?? []);
}

/** Separate asks in a 请示: numbered items that each ask for something suggest more than one matter. */
export function separateAsks(text: string): number {
  const numbered = text.match(/(?:^|[\n。；;])\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.、])[^\n。]*?(?:请求|申请|请予|恳请|拟请)/g) ?? [];
  return numbered.length;
}
