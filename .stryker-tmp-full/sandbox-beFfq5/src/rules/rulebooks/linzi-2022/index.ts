// @ts-nocheck
import { loadRulebook, type Rulebook, type RulebookData } from '../../rulebook.js';
import { parseRulebookText } from '../../parse-rulebook-text.js';
import { linzi2022Carrying } from './carrying.js';
import { linzi2022Manifest } from './manifest.js';
import { linzi2022Parameters } from './parameters.js';
import { linzi2022Source } from './source.js';

export { linzi2022Carrying, linzi2022Manifest, linzi2022Parameters, linzi2022Source };

const parsed = parseRulebookText(linzi2022Source);

/**
 * 《临淄区人民政府工作规则》(2022) as data: metadata from the issuing notice, the 94 articles parsed from the
 * embedded source, the recorded quirks, how each article is carried, and the parameters it sets.
 */
export const linzi2022Data = {
  id: 'linzi-2022',
  jurisdiction: { id: 'linzi', name: '临淄区' },
  title: '临淄区人民政府工作规则',
  issuer: '临淄区人民政府',
  issued: '2022-01-31',
  adopted: { date: '2022-01-22', meeting: '区政府第1次常务会议' },
  // 第九十四条：本规则自印发之日起施行。
  effective: { from: '2022-01-31' },
  repeals: ['临政发〔2017〕1号'],
  articles: parsed.articles,
  quirks: parsed.quirks,
  carrying: linzi2022Carrying,
  parameters: linzi2022Parameters,
} satisfies RulebookData;

export const linzi2022: Rulebook = loadRulebook(linzi2022Data);
