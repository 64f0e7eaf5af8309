// Where a title may break, and how well: the cost of a line break before each character. Negative is a good place
// (before 关于, after an organ's name or a 顿号), small is a break between words, large is inside a word or a fixed
// phrase, Infinity is never (inside a number, before closing or after opening punctuation).

const CLOSING = /^[、，。：；！？）》」』”’…—]/;
const OPENING = /[（《「『“‘]$/;
const ALNUM = /[0-9A-Za-z]/;

/** Names of organs, e.g. 县人大常委会, 县自然资源局, 宜丰县人民代表大会常务委员会. */
const ORGAN =
  /(?:[\u4e00-\u9fff]{2}[省市县区])?[省市县区乡镇][\u4e00-\u9fff]{1,10}?(?:常务委员会|委员会|常委会|人民政府|政府|办公室|局|院|厅|委)/g;

/**
 * Words and phrases of committee titles that the platform's segmenter cuts up (ICU's dictionary knows 保护 but not
 * 优化 or 评议) or that read as one: a title breaks inside them only when nothing else fits.
 */
const PHRASES = [
  '优化',
  '营商环境',
  '工作评议',
  '专题询问',
  '审议意见',
  '满意度测评',
  '测评结果',
  '整改情况',
  '整改落实',
  '跟踪台账',
  '实施方案',
  '会议记录',
  '问题清单',
  '绿色矿山',
  '耕地保护',
  '食品安全',
  '民生实事',
  '票决',
  '履职',
  '组成部门',
];

/** [start, end) character spans of the matches of a global pattern, or of fixed strings. */
function spans(text: string, pattern: RegExp | readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  const chars = (s: string) => Array.from(s).length;
  if (Array.isArray(pattern)) {
    for (const phrase of pattern) {
      for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
        const start = chars(text.slice(0, at));
        out.push([start, start + chars(phrase)]);
      }
    }
    return out;
  }
  for (const match of text.matchAll(pattern as RegExp)) {
    const start = chars(text.slice(0, match.index));
    out.push([start, start + chars(match[0])]);
  }
  return out;
}

/**
 * Word boundaries from the platform's segmenter with the length of the words on each side, or null where there is
 * no segmenter. A boundary between two one-character "words" is usually inside a word the dictionary lacks.
 */
function segments(text: string): Map<number, boolean> | null {
  if (typeof Intl === 'undefined' || typeof Intl.Segmenter !== 'function') return null;
  const lengths = [...new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment(text)].map(
    (s) => Array.from(s.segment).length,
  );
  const bounds = new Map<number, boolean>();
  let at = 0;
  lengths.forEach((length, i) => {
    at += length;
    // a good boundary when a word of two or more characters is on either side
    bounds.set(at, length > 1 || (lengths[i + 1] ?? 1) > 1);
  });
  return bounds;
}

/** The cost of a line break before each character of `text` (index 0, before the first, is unused). */
export function breakCosts(text: string): number[] {
  const chars = Array.from(text);
  const words = segments(text);
  const organs = spans(text, ORGAN);
  const phrases = spans(text, PHRASES);
  const inside = (list: [number, number][], at: number) => list.some(([s, e]) => s < at && at < e);
  return chars.map((_, at) => {
    if (at === 0) return 0;
    const before = chars.slice(0, at).join('');
    const after = chars.slice(at).join('');
    if (CLOSING.test(after) || OPENING.test(before)) return Infinity;
    if (ALNUM.test(chars[at - 1] ?? '') && ALNUM.test(chars[at] ?? '')) return Infinity;
    let cost = 0;
    if (words) cost += !words.has(at) ? 12 : words.get(at) ? 0 : 6;
    if (inside(organs, at)) cost += 30;
    if (inside(phrases, at)) cost += 10;
    const openBook = (before.match(/《/g) ?? []).length > (before.match(/》/g) ?? []).length;
    if (openBook) cost += 3;
    // a number stays with its unit (2026年度, 30次) and 第 with its number
    if (/\d$/.test(before) || (before.endsWith('第') && /^\d/.test(after))) cost += 30;
    if (after.startsWith('的')) cost += 8;
    // 关于 goes with what it is about
    if (before.endsWith('关于')) cost += 8;
    if (after.startsWith('关于')) cost -= 8;
    else if (organs.some(([, end]) => end === at)) cost -= 3;
    if (/[、，：]$/.test(before)) cost -= 5;
    else if (before.endsWith('的')) cost -= 2;
    return cost;
  });
}
