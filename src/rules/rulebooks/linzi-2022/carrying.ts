import type { ArticleCarrying } from '../../rulebook.js';
import type { Area, CarryingKind } from '../../types.js';

function c(article: number, kinds: readonly [CarryingKind, ...CarryingKind[]], gist: string, areas: readonly Area[], where: string): ArticleCarrying {
  return { article, kind: kinds[0], kinds, gist, areas, where };
}

const RULEBOOK = 'rulebook';

/**
 * How the platform carries each of the 94 articles of the 2022 Linzi rules, from rules-map.md (revised 2026-12-01;
 * carrying.test.ts checks the kinds against the map's table): kinds (the first
 * is primary), a short English gist, the areas that carry it and the map's "where" column as written.
 */
export const linzi2022Carrying: readonly ArticleCarrying[] = [
  // 第一章 总则
  c(1, ['advisory'], 'Legal basis of the rules', ['rulebook'], RULEBOOK),
  c(2, ['advisory'], 'Guiding thought', ['rulebook'], RULEBOOK),
  c(3, ['record'], 'Important matters reported to the district Party committee', ['decisions'], 'decisions: “report to 区委” flag and record'),
  c(4, ['advisory'], 'Principles of government work', ['rulebook'], RULEBOOK),
  // 第二章 组成人员职责
  c(5, ['route'], 'Composition of the government', ['org'], 'org'),
  c(6, ['advisory'], 'Conduct of members', ['rulebook'], RULEBOOK),
  c(7, ['route'], 'Head responsibility system; the executive deputy presides while the head is away', ['org', 'leave'], 'org, leave'),
  c(8, ['guard'], 'Head convenes the meetings; major issues only by plenary or executive meeting', ['meetings', 'decisions'], 'meetings, decisions'),
  c(9, ['route'], 'Deputies act within their portfolio; one post, two duties; entrusted tasks; cover', ['org', 'leave'], 'org (portfolios), leave (cover)'),
  c(10, ['route'], 'Office director runs daily affairs and follow-up', ['org'], 'org'),
  c(11, ['route'], 'Department heads; independent audit bureau; cooperation', ['org'], 'org; audit bureau records writable only by it'),
  // 第三章 全面正确履行政府职能
  c(12, ['advisory'], 'Functions of government and administrative efficiency', ['rulebook'], RULEBOOK),
  c(13, ['advisory'], 'Economic development', ['rulebook'], RULEBOOK),
  c(14, ['advisory'], 'Market regulation', ['rulebook'], RULEBOOK),
  c(15, ['advisory'], 'Social governance', ['rulebook'], RULEBOOK),
  c(16, ['advisory'], 'Public services', ['rulebook'], RULEBOOK),
  c(17, ['advisory'], 'Environmental protection', ['rulebook'], RULEBOOK),
  c(18, ['advisory'], 'Streamlining administration and services', ['rulebook'], RULEBOOK),
  c(19, ['advisory'], 'Transformation of government functions', ['rulebook'], RULEBOOK),
  // 第四章 坚持依法行政
  c(20, ['advisory'], 'Rule of law', ['rulebook'], RULEBOOK),
  c(21, ['record'], 'Revise or repeal outdated measures', ['normative'], 'normative documents: validity, repeal'),
  c(22, ['guard'], 'Normative documents: legality review by 区司法局, then the executive meeting', ['normative'], 'normative documents'),
  c(23, ['guard'], 'Normative documents: comment, review, collective decision, registration, filing; no licensing, penalty or coercion', ['normative'], 'normative documents (+ content linter)'),
  c(24, ['record'], 'Legal adviser consulted on major decisions and contracts', ['decisions'], 'decisions (adviser opinion kept with the decision)'),
  c(25, ['advisory'], 'Law enforcement reform', ['rulebook'], RULEBOOK),
  // 第五章 实行科学民主决策
  c(26, ['guard'], 'Major decisions: statutory procedure; catalogue management', ['decisions'], 'decisions'),
  c(27, ['guard'], 'Matters that need the plenary or executive meeting', ['decisions', 'meetings'], 'decisions, meetings'),
  c(28, ['guard'], 'Proposals studied, argued, consulted; stability risk assessment and hearings', ['decisions'], 'decisions'),
  c(29, ['record'], 'Hear parties, experts and the public', ['decisions'], 'decisions (participation records)'),
  c(30, ['guard'], 'Report to the People\'s Congress standing committee; inform the CPPCC', ['decisions'], 'decisions'),
  c(31, ['record'], 'Follow implementation, evaluate, adjust (no time limit in the text)', ['decisions', 'supervision'], 'decisions → supervision (evaluation kept)'),
  c(32, ['route'], 'Implementation by lead and co-operating units; office supervision', ['supervision'], 'supervision'),
  // 第六章 推进政务公开
  c(33, ['advisory'], 'Transparency as a basic system', ['rulebook'], RULEBOOK),
  c(34, ['record'], 'Disclosure system: proactive and on request; assessment', ['disclosure'], 'disclosure portal'),
  c(35, ['record'], 'What must be disclosed and through which channels', ['disclosure'], 'disclosure portal'),
  c(36, ['guard'], 'Drafts for comment; decisions published; policy and interpretation in step', ['documents', 'disclosure'], 'documents, disclosure'),
  c(37, ['record'], 'Power, responsibility and negative lists; enforcement disclosure', ['disclosure'], 'disclosure'),
  c(38, ['advisory'], 'Digital government', ['rulebook'], RULEBOOK),
  c(39, ['record'], 'Interaction platform; response to public opinion', ['disclosure'], 'disclosure (comments, responses)'),
  // 第七章 健全监督制度
  c(40, ['clock'], 'Deputies\' suggestions and CPPCC proposals handled in time, results published', ['supervision'], 'supervision (suggestions & proposals)'),
  c(41, ['record'], 'Supervisory, judicial and audit oversight; rectify and report', ['supervision'], 'supervision (audit/court rectification as task sources)'),
  c(42, ['advisory'], 'Law enforcement supervision', ['rulebook'], 'rulebook (handled by other systems)'),
  c(43, ['advisory'], 'Administrative reconsideration', ['rulebook'], 'rulebook (handled by other systems)'),
  c(44, ['record'], 'Public and media supervision; results of major issues published', ['disclosure'], 'disclosure'),
  c(45, ['record'], 'Letters and visits: leaders read important letters, receive visitors', ['petitions'], 'petitions (leader instructions, reception days)'),
  c(46, ['record'], 'Responsibility, accountability, lifelong responsibility for major decisions', ['audit'], 'audit trail'),
  // 第八章 会议制度
  c(47, ['route'], 'Four kinds of meeting', ['meetings'], 'meetings'),
  c(48, ['route', 'quota'], 'Plenary meeting: members, tasks, 1–2 a year, observers', ['meetings'], 'meetings'),
  c(49, ['guard', 'route'], 'Executive meeting: members, chair, quorum over half, monthly, observers', ['meetings'], 'meetings'),
  c(50, ['route'], 'Head\'s office meeting: members, tasks', ['meetings'], 'meetings'),
  c(51, ['route'], 'Topical meeting: who convenes, delegation, tasks', ['meetings'], 'meetings'),
  c(52, ['guard'], 'Topics coordinated first; disagreements with grounds; heads countersign', ['meetings'], 'meetings (topics)'),
  c(53, ['clock', 'guard'], 'Topics submitted 5 working days ahead, approved by head and deputy', ['meetings'], 'meetings (topics)'),
  c(54, ['route'], 'Executive meeting arrangement: office proposes, director reviews, head decides', ['meetings'], 'meetings'),
  c(55, ['guard', 'record'], 'Absence from meetings: leaders ask the head; others through the office', ['meetings'], 'meetings (attendance)'),
  c(56, ['guard'], 'Who signs minutes, incl. delegated topical meetings', ['meetings'], 'meetings (minutes)'),
  c(57, ['clock', 'record'], 'Office follows up meeting decisions and reports regularly', ['meetings', 'supervision'], 'meetings → supervision'),
  c(58, ['quota', 'guard'], 'Meeting control: one system-wide meeting a year; whom meetings may invite', ['events'], 'events (meeting requests)'),
  // 第九章 学习制度
  c(59, ['record'], 'Study through lectures; a learning government', ['study'], 'study'),
  c(60, ['quota'], 'Monthly collective study, quarterly law study, 12 days a year', ['study'], 'study'),
  c(61, ['advisory'], 'Members lead in study', ['rulebook'], RULEBOOK),
  // （第十章）工作补位制度 — heading missing in the source
  c(62, ['route'], 'Cover during absence: what the cover handles', ['leave'], 'leave & cover'),
  c(63, ['guard', 'route'], 'Hand-over; office reports to the cover; covers not away together; head reassigns', ['leave'], 'leave & cover'),
  // 第十一章 公文处理
  c(64, ['guard'], 'Filing rules for documents sent to the government', ['documents'], 'documents (incoming)'),
  c(65, ['route', 'guard'], 'Office reviews and routes by portfolio; leaders sign with opinion, name and date', ['documents'], 'documents (incoming)'),
  c(66, ['clock'], 'Time limits at every step; urgent documents at once', ['documents'], 'documents'),
  c(67, ['guard'], 'What deserves a government document', ['documents'], 'documents (outgoing), review checklist'),
  c(68, ['guard', 'clock'], 'Drafts by the department; office review before signing; countersign reply in 3 working days', ['documents'], 'documents (outgoing)'),
  c(69, ['route', 'guard'], 'Signing authority for government and office documents', ['documents'], 'documents (outgoing)'),
  c(70, ['guard'], 'Department normative documents; no directives downward without approval', ['documents'], 'documents'),
  c(71, ['quota', 'record'], 'Fewer documents; one briefing per department; portal publication; cleanup', ['documents', 'information', 'disclosure'], 'documents, briefings, disclosure'),
  // 第十二章 政务信息和督查工作
  c(72, ['record'], 'Government information collected by the office', ['information'], 'information reports'),
  c(73, ['record'], 'Seven content categories of information reports', ['information'], 'information reports'),
  c(74, ['advisory'], 'Accuracy of information reports', ['rulebook'], RULEBOOK),
  c(75, ['record'], 'Supervision methods: unannounced checks, random sampling', ['supervision'], 'supervision (random spot checks)'),
  c(76, ['record'], 'Annual plan, task ledger, eight focus areas', ['supervision'], 'supervision'),
  c(77, ['clock'], 'Problem lists, rectification, look-back', ['supervision'], 'supervision'),
  c(78, ['record'], 'Joint mechanisms with audit, petitions, media, third parties', ['supervision'], 'supervision (sources)'),
  c(79, ['record'], 'Use of results: circulars, admonitory talks, accountability', ['supervision'], 'supervision'),
  // 第十三章 工作纪律
  c(80, ['advisory'], 'Political discipline', ['rulebook'], RULEBOOK),
  c(81, ['guard'], 'Speaking for the government needs approval', ['events'], 'events (speeches and articles approval)'),
  c(82, ['clock', 'guard'], 'Leave reported 3 days ahead; attachments over 3 days; 24-hour contact', ['leave'], 'leave & cover'),
  c(83, ['guard'], 'Release of important information reviewed', ['disclosure'], 'disclosure (publication review)'),
  c(84, ['guard'], 'Secrecy', ['documents'], 'documents (classified material refused)'),
  // 第十四章 廉政和作风建设
  c(85, ['advisory'], 'Party discipline and integrity', ['rulebook'], RULEBOOK),
  c(86, ['advisory'], 'Strict governance; accountability for bureaucratism', ['rulebook'], RULEBOOK),
  c(87, ['advisory'], 'Financial discipline and frugality', ['rulebook'], RULEBOOK),
  c(88, ['advisory'], 'Integrity of members', ['rulebook'], RULEBOOK),
  c(89, ['advisory'], 'Field research before decisions', ['rulebook'], RULEBOOK),
  c(90, ['clock', 'guard'], 'Invitations to leaders only through the office, 3 days ahead', ['events'], 'events'),
  c(91, ['guard'], 'No ribbon-cutting, celebrations, congratulations, prefaces without approval', ['events'], 'events'),
  c(92, ['route'], 'Receptions of higher leaders and visitors', ['events'], 'events'),
  // 第十五章 附则
  c(93, ['record'], 'Scope and interpretation', ['rulebook'], 'rulebook (versions)'),
  c(94, ['record'], 'Entry into force; repeal of the 2017 rules', ['rulebook'], 'rulebook (versions)'),
];
