// The app's usual name order: official lists order names by the stroke count of their characters (按姓氏笔画为序).
// ICU's "stroke" collation for Chinese gives that order; Electron ships its own ICU, so the order is the same on
// every machine running one build. Names the collation holds equal fall back to code-unit order, so the order
// is total.

const strokeOrder = new Intl.Collator('zh-CN-u-co-stroke');

/** Negative when a comes first in stroke order (马 before 李: 3 strokes before 7). */
export function compareByStroke(a: string, b: string): number {
  return strokeOrder.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
