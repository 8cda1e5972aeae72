import type { StructureInput } from '../../domain/org/structure.js';
import type { PostKind, UnitFunction, UnitKind } from '../../domain/org/types.js';
import type { Role } from '../../domain/identity/roles.js';

/**
 * A plausible 临淄区-like government for demonstration and tests. Units follow the district's real
 * structure; every person's name is fictitious.
 */
const SINCE = '2022-01-31';

type UnitSeed = { id: string; name: string; shortName?: string; kind: UnitKind; parent?: string };

/** The units the rules name by function (see `unitFunctions`). */
const functions: Record<string, UnitFunction> = { gov: 'government', office: 'government_office', quwei: 'party_committee', jiwei: 'discipline_commission', sfj: 'justice_bureau', sjj: 'audit_bureau' };

const departments: [id: string, name: string, short: string][] = [
  ['fgj', '区发展和改革局', '发改局'],
  ['jtj', '区教育和体育局', '教体局'],
  ['gxj', '区工业和信息化局', '工信局'],
  ['kjj', '区科学技术局', '科技局'],
  ['mzj', '区民政局', '民政局'],
  ['sfj', '区司法局', '司法局'],
  ['czj', '区财政局', '财政局'],
  ['rsj', '区人力资源和社会保障局', '人社局'],
  ['zrj', '区自然资源局', '自然资源局'],
  ['stj', '区生态环境分局', '生态环境分局'],
  ['zjj', '区住房和城乡建设局', '住建局'],
  ['jtysj', '区交通运输局', '交通运输局'],
  ['slj', '区水利局', '水利局'],
  ['nyj', '区农业农村局', '农业农村局'],
  ['swj', '区商务局', '商务局'],
  ['wlj', '区文化和旅游局', '文旅局'],
  ['wjj', '区卫生健康局', '卫健局'],
  ['tyjrj', '区退役军人事务局', '退役军人局'],
  ['yjj', '区应急管理局', '应急局'],
  ['sjj', '区审计局', '审计局'],
  ['scj', '区市场监督管理局', '市场监管局'],
  ['tjj', '区统计局', '统计局'],
  ['ybj', '区医疗保障局', '医保局'],
  ['cgj', '区城市管理局', '城管局'],
  ['zfj', '区综合行政执法局', '综合执法局'],
  ['spj', '区行政审批服务局', '审批局'],
  ['xfj', '区信访局', '信访局'],
  ['dsjj', '区大数据局', '大数据局'],
  ['tcj', '区投资促进局', '投促局'],
];

const towns: [id: string, name: string, kind: UnitKind][] = [
  ['xindian', '辛店街道办事处', 'subdistrict'],
  ['jixia', '稷下街道办事处', 'subdistrict'],
  ['wenshao', '闻韶街道办事处', 'subdistrict'],
  ['xuegong', '雪宫街道办事处', 'subdistrict'],
  ['qiling', '齐陵街道办事处', 'subdistrict'],
  ['qidu', '齐都镇人民政府', 'town'],
  ['huangcheng', '皇城镇人民政府', 'town'],
  ['jingzhong', '敬仲镇人民政府', 'town'],
  ['zhutai', '朱台镇人民政府', 'town'],
  ['fenghuang', '凤凰镇人民政府', 'town'],
  ['jinling', '金岭回族镇人民政府', 'town'],
  ['jinshan', '金山镇人民政府', 'town'],
];

const outsideBodies: [id: string, name: string][] = [
  ['quwei', '中共临淄区委'],
  ['renda', '区人大常委会'],
  ['zhengxie', '区政协'],
  ['jiwei', '区纪委监委'],
  ['fayuan', '区人民法院'],
  ['jianchayuan', '区人民检察院'],
];

/** Fictitious leaders: [person id, name, post kind, title, portfolio units, portfolio areas]. */
const leaders: [string, string, PostKind, string, string[], string[]][] = [
  ['lin-zhiyuan', '林志远', 'head', '区长', ['sjj'], ['全面工作', '审计']],
  ['zhao-mingyuan', '赵明远', 'executive_deputy', '常务副区长', ['fgj', 'czj', 'tjj', 'spj', 'dsjj', 'tcj'], ['发展改革', '财政金融', '统计', '营商环境']],
  ['sun-lihua', '孙立华', 'deputy', '副区长', ['gxj', 'kjj', 'swj', 'scj', 'yjj'], ['工业经济', '科技创新', '商务', '市场监管', '安全生产']],
  ['zhou-wenbo', '周文博', 'deputy', '副区长', ['jtj', 'mzj', 'rsj', 'wjj', 'ybj', 'tyjrj', 'wlj'], ['教育体育', '民政', '人社', '卫生健康', '文化旅游']],
  ['wu-haiyan', '吴海燕', 'deputy', '副区长', ['zjj', 'jtysj', 'zrj', 'stj', 'cgj', 'zfj'], ['城乡建设', '交通', '自然资源', '生态环保', '城市管理']],
  ['zheng-guoqiang', '郑国强', 'deputy', '副区长', ['nyj', 'slj'], ['农业农村', '水利', '乡村振兴']],
  ['feng-junjie', '冯俊杰', 'deputy', '副区长', ['sfj', 'xfj'], ['法治政府', '信访维稳']],
  ['chen-siyuan', '陈思源', 'office_director', '区政府办公室主任', [], []],
  ['liu-xiaoming', '刘晓明', 'office_deputy_director', '区政府办公室副主任', [], ['协助常务副区长工作']],
  ['huang-lijuan', '黄丽娟', 'office_deputy_director', '区政府办公室副主任', [], ['协助副区长孙立华、周文博工作']],
  ['zhang-weidong', '张伟东', 'office_deputy_director', '区政府办公室副主任', [], ['协助副区长吴海燕、郑国强、冯俊杰工作']],
];

/**
 * Full official names where a unit's name is the everyday one (the 收文处理笺 prints the office's full name);
 * seeded onto `units.full_name`, which the structure import leaves alone.
 */
export const unitFullNames: Record<string, string> = { office: '临淄区人民政府办公室' };

/** Cover pairs fixed for the term (art. 9, 62). */
const coverPairs: [string, string][] = [
  ['zhao-mingyuan', 'sun-lihua'],
  ['zhou-wenbo', 'wu-haiyan'],
  ['zheng-guoqiang', 'feng-junjie'],
];

const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const givenNames = ['建华', '海涛', '晓燕', '志强', '丽萍', '文静', '国栋', '红梅', '振宇', '秀兰', '春生', '玉霞', '立新', '雪梅', '明辉', '永刚', '淑芬', '德胜', '桂英', '庆丰', '卫东', '晓东', '慧敏', '成林', '爱华'];

/** A stable fictitious name for the n-th generated person. */
function fictitiousName(n: number): string {
  const surname = surnames[(n * 7) % surnames.length] as string;
  const given = givenNames[(n * 11) % givenNames.length] as string;
  return surname + given;
}

export function demoGovernmentStructure(): StructureInput {
  const units: UnitSeed[] = [
    { id: 'gov', name: '临淄区人民政府', shortName: '区政府', kind: 'government' },
    { id: 'office', name: '区政府办公室', shortName: '办公室', kind: 'office', parent: 'gov' },
    ...departments.map(([id, name, short]) => ({ id, name, shortName: short, kind: 'department' as const, parent: 'gov' })),
    ...towns.map(([id, name, kind]) => ({ id, name, kind, parent: 'gov' })),
    { id: 'kfq', name: '临淄经济开发区管委会', shortName: '开发区', kind: 'development_zone', parent: 'gov' },
    ...outsideBodies.map(([id, name]) => ({ id, name, kind: 'outside_body' as const })),
  ];

  const posts: StructureInput['posts'] = [];
  const people: StructureInput['people'] = [];
  const appointments: StructureInput['appointments'] = [];
  const appoint = (personId: string, name: string, postId: string) => {
    people.push({ id: personId, name });
    appointments.push({ id: `a-${personId}`, personId, postId, validFrom: SINCE, validTo: null });
  };

  leaders.forEach(([personId, name, kind, title], i) => {
    const unitId = kind.startsWith('office_') ? 'office' : 'gov';
    const postId = `p-${personId}`;
    posts.push({ id: postId, unitId, kind, title, sortOrder: i });
    appoint(personId, name, postId);
  });
  posts.push({ id: 'p-legal-adviser', unitId: 'gov', kind: 'legal_adviser', title: '区政府法律顾问', sortOrder: 50 });
  appoint('legal-adviser', '方正律', 'p-legal-adviser');
  posts.push({ id: 'p-office-staff', unitId: 'office', kind: 'staff', title: '文秘科工作人员', sortOrder: 60 });
  appoint('office-clerk', '王芳', 'p-office-staff');
  posts.push({ id: 'p-office-disclosure', unitId: 'office', kind: 'staff', title: '政务公开科工作人员', sortOrder: 61 });
  appoint('office-discloser', '刘敏', 'p-office-disclosure');

  let n = 0;
  const headTitle = (u: UnitSeed): [string, string] => {
    switch (u.kind) {
      case 'town':
        return ['镇长', '副镇长'];
      case 'subdistrict':
        return ['主任', '副主任'];
      case 'development_zone':
        return ['主任', '副主任'];
      case 'outside_body':
        return u.id === 'quwei' ? ['区委书记', '区委副书记'] : ['主要负责人', '副职负责人'];
      default:
        return ['局长', '副局长'];
    }
  };
  for (const u of units) {
    if (u.kind === 'government' || u.kind === 'office') continue;
    const [principal, deputy] = headTitle(u);
    posts.push({ id: `p-${u.id}-principal`, unitId: u.id, kind: 'principal', title: principal, sortOrder: 0 });
    posts.push({ id: `p-${u.id}-deputy`, unitId: u.id, kind: 'deputy_head', title: deputy, sortOrder: 1 });
    posts.push({ id: `p-${u.id}-staff`, unitId: u.id, kind: 'staff', title: '经办人员', sortOrder: 2 });
    appoint(`${u.id}-principal`, fictitiousName(n++), `p-${u.id}-principal`);
    appoint(`${u.id}-deputy`, fictitiousName(n++), `p-${u.id}-deputy`);
    if (u.kind === 'department') appoint(`${u.id}-staff`, fictitiousName(n++), `p-${u.id}-staff`);
  }
  // The 区委书记 receives leave reports with the 区长 (art. 82).
  const secretary = people.find((p) => p.id === 'quwei-principal');
  if (secretary) secretary.name = '何正清';

  const portfolioItems: StructureInput['portfolioItems'] = leaders.flatMap(([personId, , , , unitIds, areas]) => [
    ...unitIds.map((unitId) => ({ id: `pf-${personId}-${unitId}`, personId, unitId, area: null, validFrom: SINCE, validTo: null })),
    ...areas.map((area, i) => ({ id: `pf-${personId}-area-${i}`, personId, unitId: null, area, validFrom: SINCE, validTo: null })),
  ]);

  return {
    format: 'zhengwu.org/1',
    units: units.map((u, i) => ({ id: u.id, name: u.name, shortName: u.shortName ?? null, kind: u.kind, function: functions[u.id] ?? null, parentId: u.parent ?? null, sortOrder: i })),
    posts,
    people,
    appointments,
    portfolioItems,
    coverPairs: coverPairs.map(([a, b]) => ({ id: `cover-${a}-${b}`, firstPersonId: a, secondPersonId: b, validFrom: SINCE, validTo: null })),
  };
}

/** One demo login per role (and a few more leaders for trying the cover system). */
export type DemoLogin = { loginName: string; displayName: string; roles: Role[]; personId: string | null; unitId: string | null; description: string };

export const DEMO_PASSWORD = 'Zhengwu@2022';

export const demoLogins: DemoLogin[] = [
  { loginName: 'bgs', displayName: '王芳', roles: ['office_staff'], personId: 'office-clerk', unitId: 'office', description: '区政府办公室工作人员' },
  { loginName: 'gkk', displayName: '刘敏', roles: ['office_staff'], personId: 'office-discloser', unitId: 'office', description: '区政府办公室政务公开科工作人员（信息发布审核）' },
  { loginName: 'quzhang', displayName: '林志远', roles: ['leader'], personId: 'lin-zhiyuan', unitId: 'gov', description: '区长' },
  { loginName: 'changwu', displayName: '赵明远', roles: ['leader'], personId: 'zhao-mingyuan', unitId: 'gov', description: '常务副区长' },
  { loginName: 'fuquzhang', displayName: '孙立华', roles: ['leader'], personId: 'sun-lihua', unitId: 'gov', description: '副区长（与常务副区长互相补位）' },
  { loginName: 'zhouwb', displayName: '周文博', roles: ['leader'], personId: 'zhou-wenbo', unitId: 'gov', description: '副区长（与吴海燕互相补位）' },
  { loginName: 'wuhy', displayName: '吴海燕', roles: ['leader'], personId: 'wu-haiyan', unitId: 'gov', description: '副区长（与周文博互相补位）' },
  { loginName: 'bgszr', displayName: '陈思源', roles: ['leader'], personId: 'chen-siyuan', unitId: 'office', description: '区政府办公室主任' },
  { loginName: 'fgj', displayName: '发改局经办人', roles: ['unit_staff'], personId: 'fgj-staff', unitId: 'fgj', description: '区发展和改革局经办人员' },
  { loginName: 'fgj-head', displayName: '发改局局长', roles: ['unit_head'], personId: 'fgj-principal', unitId: 'fgj', description: '区发展和改革局局长' },
  { loginName: 'czjjz', displayName: '财政局局长', roles: ['unit_head'], personId: 'czj-principal', unitId: 'czj', description: '区财政局局长（主要负责人：会签、部门发文签发）' },
  { loginName: 'qidu', displayName: '齐都镇经办人', roles: ['unit_staff'], personId: null, unitId: 'qidu', description: '齐都镇人民政府经办人员（签收区政府印发的公文）' },
  { loginName: 'sfj', displayName: '司法局审查员', roles: ['legal_reviewer'], personId: 'sfj-staff', unitId: 'sfj', description: '区司法局合法性审查' },
  { loginName: 'sysadmin', displayName: '系统管理员', roles: ['system_admin'], personId: null, unitId: null, description: '系统管理员' },
  { loginName: 'secadmin', displayName: '安全管理员', roles: ['security_admin'], personId: null, unitId: null, description: '安全管理员' },
  { loginName: 'auditadmin', displayName: '审计管理员', roles: ['audit_admin'], personId: null, unitId: null, description: '审计管理员' },
];
