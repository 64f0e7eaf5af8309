// Test helper: 整改通知书 of different lengths, composed by the domain as they are when issued (imported by tests).
import { DEFAULT_FONTS } from '../../domain/settings/settings';
import { noticeContent, type IssuedContent, type IssuedKind } from '../../domain/rectification/issuedContent';
import type { RectificationItem } from '../../domain/rectification/item';
import { itemIn } from '../../domain/testing/rectificationFixtures';

const PROBLEMS = [
  '部分乡镇违法占用耕地建房、挖塘养鱼等问题仍有发生，卫片执法检查发现的图斑整改销号进度偏慢，个别图斑存在“纸面整改”现象。',
  '高标准农田建后管护不到位，部分项目区沟渠淤塞、机耕道损毁后未及时修复，管护经费落实不足。',
  '耕地占补平衡指标管理不够规范，补充耕地质量验收把关不严。',
  '永久基本农田保护红线落地不够精准，部分地块图斑与实地不符。',
  '土地流转后撂荒问题时有发生，群众反映强烈。',
  '耕地保护目标责任考核结果运用不充分，考核奖惩未能有效落实到乡镇。',
];

/** n problems, taken in turn from a list of real ones. */
export function problems(n: number): string[] {
  return Array.from({ length: n }, (_, i) => PROBLEMS[i % PROBLEMS.length] ?? '');
}

/** The frozen text of notice number `sequence` to 县第N局, its item carrying `problemCount` problems. */
export function noticeOf(sequence: number, problemCount: number, kind: IssuedKind = 'notice'): IssuedContent {
  const item: RectificationItem = {
    ...itemIn('issued', `item-${sequence}`),
    problems: problems(problemCount),
  };
  return noticeContent({
    kind,
    orgName: '宜丰县人民代表大会常务委员会',
    fonts: DEFAULT_FONTS,
    number: `宜人常${kind === 'notice' ? '发' : '函'}〔2026〕${sequence}号`,
    date: '2026-12-03',
    unit: { fullName: `宜丰县第${sequence}局`, shortName: `县第${sequence}局` },
    activity: { kind: 'inquiry', title: '耕地保护工作', date: '2026-11-26' },
    items: [item],
  });
}
