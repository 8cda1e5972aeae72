import type { Carrier } from '../../rules/types.js';

const from = { from: '2022-01-31' };

/**
 * What the disclosure area carries besides its case declarations, each used in code by its id (a clock's
 * `ruleId`, `refuseBy`, `violationOf`).
 */
export const disclosureCarriers: readonly Omit<Carrier, 'area'>[] = [
  { id: 'disclosure.publication-review', kind: 'guard', cites: [{ article: 83 }], effective: from, summary: '发布涉及政府重要工作部署、经济社会发展重要问题的信息要经过严格审定：门户网站刊载的每一条信息经区政府办公室发布审核，审核人不是拟稿人，只有主动公开的信息才能发布' },
  { id: 'disclosure.no-personal-data', kind: 'guard', cites: [{ article: 83 }, { article: 35 }], effective: from, summary: '依法公开：发布前检查，居民身份证号码、手机号码等个人信息不得公开（政府信息公开条例第十五条）' },
  { id: 'disclosure.proactive-clock', kind: 'clock', cites: [{ article: 35 }], effective: from, summary: '需要公开的事项及时向社会公开：拟稿待发布的信息自形成之日起20个工作日内公开（政府信息公开条例第二十六条）' },
  { id: 'disclosure.meeting-decisions', kind: 'clock', cites: [{ article: 36 }], effective: from, summary: '区政府全体会议和常务会议讨论决定的事项，决策作出后及时公开议定事项：纪要签发即列入发布审核，按主动公开期限计时' },
  { id: 'disclosure.comment-period', kind: 'guard', cites: [{ article: 36 }, { article: 23 }], effective: from, summary: '决策前向社会公布决策草案、决策依据，广泛听取公众意见：征求意见期不少于规定期限，期满后方可结束' },
  { id: 'disclosure.request-clock', kind: 'clock', cites: [{ article: 34 }], effective: from, summary: '依申请公开：自收到申请之日起20个工作日内答复；补正的，自收到补正的申请之日起计算（政府信息公开条例第三十条、第三十三条）' },
  { id: 'disclosure.request-correction', kind: 'guard', cites: [{ article: 34 }], effective: from, summary: '申请内容不明确的，自收到申请之日起7个工作日内一次性告知补正；申请人无正当理由逾期不补正的，视为放弃申请（政府信息公开条例第三十条）' },
  { id: 'disclosure.request-extension', kind: 'guard', cites: [{ article: 34 }], effective: from, summary: '延长答复期限须经政府信息公开工作机构负责人本人同意并告知申请人，延长最长不超过20个工作日（政府信息公开条例第三十三条）' },
  { id: 'disclosure.request-consultation', kind: 'clock', cites: [{ article: 34 }], effective: from, summary: '征求第三方和其他机关意见所需时间不计算在答复期限内；第三方自收到征求意见书之日起15个工作日内提出意见（政府信息公开条例第三十二条、第三十三条）' },
  { id: 'disclosure.request-answer', kind: 'guard', cites: [{ article: 34 }], effective: from, summary: '答复按政府信息公开条例第三十六条的情形作出，不予公开、无法提供、不予处理的说明理由' },
  { id: 'disclosure.message-clock', kind: 'clock', cites: [{ article: 39 }], effective: from, summary: '政民互动：公众留言在规定期限内答复，重大问题向社会公布处理结果（第三十九条、第四十四条）' },
  { id: 'disclosure.annual-report', kind: 'record', cites: [{ article: 34 }], effective: from, summary: '政府信息公开工作年度报告按国家统一格式，由平台数据生成（政府信息公开条例第四十九条、第五十条）' },
];
