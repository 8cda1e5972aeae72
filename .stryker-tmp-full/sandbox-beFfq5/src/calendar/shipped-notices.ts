// @ts-nocheck
import type { YearNotice } from './types.js';

/*
 * The State Council General Office's yearly holiday notices, 2020–2026, as in force. Kept as a TypeScript
 * module rather than JSON so that `tsc` carries it into dist/ with no copy step. Each entry follows the
 * notice's numbered items (一、元旦 … 七、国庆节) in the notice's own wording; every year is checked day by day
 * against the `chinese-days` package in shipped-notices.test.ts. A document number is given only where
 * it is printed on the notice as published; otherwise it is null.
 */

const notice2020: YearNotice = {
  year: 2020,
  origin: 'shipped',
  source: {
    title: '国务院办公厅关于2020年部分节假日安排的通知',
    documentNumber: '国办发明电〔2019〕16号',
    issuedOn: '2019-11-21',
    url: 'https://www.gov.cn/zhengce/content/2019-11/21/content_5454164.htm',
  },
  amendments: [
    {
      title: '国务院办公厅关于延长2020年春节假期的通知',
      // Reposts disagree on this notice's number, so it is left unknown rather than guessed.
      documentNumber: null,
      issuedOn: '2020-01-26',
      url: 'https://www.gov.cn/zhengce/content/2020-01/27/content_5472352.htm',
    },
  ],
  holidays: [
    { name: '元旦', from: '2020-01-01', to: '2020-01-01' },
    {
      name: '春节',
      from: '2020-01-24',
      to: '2020-02-02',
      note: '原通知为1月24日至30日放假调休，共7天；为防控新冠肺炎疫情，国务院办公厅关于延长2020年春节假期的通知将假期延长至2月2日（农历正月初九，星期日），2月3日（星期一）起正常上班。',
    },
    { name: '清明节', from: '2020-04-04', to: '2020-04-06' },
    { name: '劳动节', from: '2020-05-01', to: '2020-05-05' },
    { name: '端午节', from: '2020-06-25', to: '2020-06-27' },
    { name: '国庆节、中秋节', from: '2020-10-01', to: '2020-10-08' },
  ],
  adjustedWorkingDays: [
    { date: '2020-01-19', holidayName: '春节' },
    { date: '2020-04-26', holidayName: '劳动节' },
    { date: '2020-05-09', holidayName: '劳动节' },
    { date: '2020-06-28', holidayName: '端午节' },
    { date: '2020-09-27', holidayName: '国庆节、中秋节' },
    { date: '2020-10-10', holidayName: '国庆节、中秋节' },
  ],
  notes: [
    '原通知定2月1日（星期六）上班；春节假期延长至2月2日后，该日落在假期之内，不再上班。',
    '延长通知规定因疫情防控不能休假的职工应安排补休；部分省份另行推迟复工，均不在全国安排之内，本数据不记录。',
  ],
};

const notice2021: YearNotice = {
  year: 2021,
  origin: 'shipped',
  source: {
    title: '国务院办公厅关于2021年部分节假日安排的通知',
    documentNumber: '国办发明电〔2020〕27号',
    issuedOn: '2020-11-25',
    url: 'https://www.gov.cn/zhengce/content/2020-11/25/content_5564127.htm',
  },
  amendments: [],
  holidays: [
    { name: '元旦', from: '2021-01-01', to: '2021-01-03' },
    { name: '春节', from: '2021-02-11', to: '2021-02-17' },
    { name: '清明节', from: '2021-04-03', to: '2021-04-05' },
    { name: '劳动节', from: '2021-05-01', to: '2021-05-05' },
    { name: '端午节', from: '2021-06-12', to: '2021-06-14' },
    { name: '中秋节', from: '2021-09-19', to: '2021-09-21' },
    { name: '国庆节', from: '2021-10-01', to: '2021-10-07' },
  ],
  adjustedWorkingDays: [
    { date: '2021-02-07', holidayName: '春节' },
    { date: '2021-02-20', holidayName: '春节' },
    { date: '2021-04-25', holidayName: '劳动节' },
    { date: '2021-05-08', holidayName: '劳动节' },
    { date: '2021-09-18', holidayName: '中秋节' },
    { date: '2021-09-26', holidayName: '国庆节' },
    { date: '2021-10-09', holidayName: '国庆节' },
  ],
  notes: [],
};

const notice2022: YearNotice = {
  year: 2022,
  origin: 'shipped',
  source: {
    title: '国务院办公厅关于2022年部分节假日安排的通知',
    documentNumber: '国办发明电〔2021〕11号',
    issuedOn: '2021-10-25',
    url: 'https://www.gov.cn/zhengce/content/2021-10/25/content_5644835.htm',
  },
  amendments: [],
  holidays: [
    { name: '元旦', from: '2022-01-01', to: '2022-01-03' },
    { name: '春节', from: '2022-01-31', to: '2022-02-06' },
    { name: '清明节', from: '2022-04-03', to: '2022-04-05' },
    { name: '劳动节', from: '2022-04-30', to: '2022-05-04' },
    { name: '端午节', from: '2022-06-03', to: '2022-06-05' },
    { name: '中秋节', from: '2022-09-10', to: '2022-09-12' },
    { name: '国庆节', from: '2022-10-01', to: '2022-10-07' },
  ],
  adjustedWorkingDays: [
    { date: '2022-01-29', holidayName: '春节' },
    { date: '2022-01-30', holidayName: '春节' },
    { date: '2022-04-02', holidayName: '清明节' },
    { date: '2022-04-24', holidayName: '劳动节' },
    { date: '2022-05-07', holidayName: '劳动节' },
    { date: '2022-10-08', holidayName: '国庆节' },
    { date: '2022-10-09', holidayName: '国庆节' },
  ],
  notes: ['2022年12月31日（星期六）属2023年元旦假期，见2023年通知。'],
};

const notice2023: YearNotice = {
  year: 2023,
  origin: 'shipped',
  source: {
    title: '国务院办公厅关于2023年部分节假日安排的通知',
    documentNumber: '国办发明电〔2022〕16号',
    issuedOn: '2022-12-08',
    url: 'https://www.gov.cn/zhengce/content/2022-12/08/content_5730844.htm',
  },
  amendments: [],
  holidays: [
    { name: '元旦', from: '2022-12-31', to: '2023-01-02' },
    { name: '春节', from: '2023-01-21', to: '2023-01-27' },
    { name: '清明节', from: '2023-04-05', to: '2023-04-05' },
    { name: '劳动节', from: '2023-04-29', to: '2023-05-03' },
    { name: '端午节', from: '2023-06-22', to: '2023-06-24' },
    { name: '中秋节、国庆节', from: '2023-09-29', to: '2023-10-06' },
  ],
  adjustedWorkingDays: [
    { date: '2023-01-28', holidayName: '春节' },
    { date: '2023-01-29', holidayName: '春节' },
    { date: '2023-04-23', holidayName: '劳动节' },
    { date: '2023-05-06', holidayName: '劳动节' },
    { date: '2023-06-25', holidayName: '端午节' },
    { date: '2023-10-07', holidayName: '中秋节、国庆节' },
    { date: '2023-10-08', holidayName: '中秋节、国庆节' },
  ],
  notes: ['元旦假期始于2022年12月31日（星期六）。'],
};

const notice2024: YearNotice = {
  year: 2024,
  origin: 'shipped',
  source: {
    title: '国务院办公厅关于2024年部分节假日安排的通知',
    documentNumber: '国办发明电〔2023〕7号',
    issuedOn: '2023-10-25',
    url: 'https://www.gov.cn/zhengce/content/202310/content_6911527.htm',
  },
  amendments: [],
  holidays: [
    { name: '元旦', from: '2024-01-01', to: '2024-01-01', note: '1月1日放假，与周末连休。' },
    { name: '春节', from: '2024-02-10', to: '2024-02-17' },
    { name: '清明节', from: '2024-04-04', to: '2024-04-06' },
    { name: '劳动节', from: '2024-05-01', to: '2024-05-05' },
    { name: '端午节', from: '2024-06-10', to: '2024-06-10', note: '6月10日放假，与周末连休。' },
    { name: '中秋节', from: '2024-09-15', to: '2024-09-17' },
    { name: '国庆节', from: '2024-10-01', to: '2024-10-07' },
  ],
  adjustedWorkingDays: [
    { date: '2024-02-04', holidayName: '春节' },
    { date: '2024-02-18', holidayName: '春节' },
    { date: '2024-04-07', holidayName: '清明节' },
    { date: '2024-04-28', holidayName: '劳动节' },
    { date: '2024-05-11', holidayName: '劳动节' },
    { date: '2024-09-14', holidayName: '中秋节' },
    { date: '2024-09-29', holidayName: '国庆节' },
    { date: '2024-10-12', holidayName: '国庆节' },
  ],
  notes: ['通知鼓励各单位结合带薪年休假安排职工在除夕（2月9日）休息，但该日不是放假日，仍为工作日。'],
};

const notice2025: YearNotice = {
  year: 2025,
  origin: 'shipped',
  source: {
    title: '国务院办公厅关于2025年部分节假日安排的通知',
    documentNumber: '国办发明电〔2024〕12号',
    issuedOn: '2024-11-12',
    url: 'https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm',
  },
  amendments: [],
  holidays: [
    { name: '元旦', from: '2025-01-01', to: '2025-01-01', note: '1月1日（周三）放假1天，不调休。' },
    { name: '春节', from: '2025-01-28', to: '2025-02-04' },
    { name: '清明节', from: '2025-04-04', to: '2025-04-06' },
    { name: '劳动节', from: '2025-05-01', to: '2025-05-05' },
    { name: '端午节', from: '2025-05-31', to: '2025-06-02' },
    { name: '国庆节、中秋节', from: '2025-10-01', to: '2025-10-08' },
  ],
  adjustedWorkingDays: [
    { date: '2025-01-26', holidayName: '春节' },
    { date: '2025-02-08', holidayName: '春节' },
    { date: '2025-04-27', holidayName: '劳动节' },
    { date: '2025-09-28', holidayName: '国庆节、中秋节' },
    { date: '2025-10-11', holidayName: '国庆节、中秋节' },
  ],
  notes: [
    '首个按2024年11月修订的《全国年节及纪念日放假办法》安排的年度：全体公民放假的假日增加2天，春节、劳动节各增加1天。',
  ],
};

const notice2026: YearNotice = {
  year: 2026,
  origin: 'shipped',
  source: {
    title: '国务院办公厅关于2026年部分节假日安排的通知',
    documentNumber: '国办发明电〔2025〕7号',
    issuedOn: '2025-11-04',
    url: 'https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm',
  },
  amendments: [],
  holidays: [
    { name: '元旦', from: '2026-01-01', to: '2026-01-03' },
    { name: '春节', from: '2026-02-15', to: '2026-02-23' },
    { name: '清明节', from: '2026-04-04', to: '2026-04-06' },
    { name: '劳动节', from: '2026-05-01', to: '2026-05-05' },
    { name: '端午节', from: '2026-06-19', to: '2026-06-21' },
    { name: '中秋节', from: '2026-09-25', to: '2026-09-27' },
    { name: '国庆节', from: '2026-10-01', to: '2026-10-07' },
  ],
  adjustedWorkingDays: [
    { date: '2026-01-04', holidayName: '元旦' },
    { date: '2026-02-14', holidayName: '春节' },
    { date: '2026-02-28', holidayName: '春节' },
    { date: '2026-05-09', holidayName: '劳动节' },
    { date: '2026-09-20', holidayName: '国庆节' },
    { date: '2026-10-10', holidayName: '国庆节' },
  ],
  notes: ['春节假期自农历腊月二十八（2月15日）起，共9天。'],
};

/** The official notices that ship with the platform, oldest first. Later years are imported. */
export const SHIPPED_NOTICES: readonly YearNotice[] = [
  notice2020,
  notice2021,
  notice2022,
  notice2023,
  notice2024,
  notice2025,
  notice2026,
];
