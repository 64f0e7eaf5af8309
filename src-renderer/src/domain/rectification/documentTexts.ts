// The two parts of a 整改通知书 / 审议意见交办函 the secretary writes per unit before a number is taken (the 样稿):
// 存在的问题 and 整改要求 (审议意见 in a letter). They start from the unit's items, may be edited in the draft, and
// are printed as they stand, one paragraph per line. A reissue after 作废 starts from the voided document's text.

import type { RectificationItem } from './item';
import { cleanParagraphs } from './text';

export interface DocumentTexts {
  /** 存在的问题, one paragraph per line. */
  problems: string;
  /** 整改要求 / 审议意见, one paragraph per line. */
  requirements: string;
}

export const MAX_DOCUMENT_TEXT_LENGTH = 10_000;

/** A body paragraph as the content holds it. */
interface TextBlock {
  kind: 'paragraph' | 'heading';
  text: string;
}

/** The unit's problems: one alone as it is, several numbered 1. 2. … each on one line. */
function problemLines(items: readonly RectificationItem[]): string[] {
  const problems = items.flatMap((item) => item.problems);
  if (problems.length === 1) return lines(problems[0] ?? '');
  return problems.map((problem, i) => `${i + 1}.${problem.replace(/\n+/g, '')}`);
}

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** The texts the document prints when nothing is edited: the items' problems, their distinct requirements. */
export function defaultTexts(items: readonly RectificationItem[]): DocumentTexts {
  const requirements = [...new Set(items.map((item) => item.requirements.trim()).filter((r) => r !== ''))];
  return {
    problems: problemLines(items).join('\n'),
    requirements: requirements.flatMap(lines).join('\n'),
  };
}

/** Cleaned texts (white space folded, blank lines dropped), as they will be printed. */
export function normalizeTexts(texts: DocumentTexts): DocumentTexts {
  return {
    problems: lines(cleanParagraphs(texts.problems)).join('\n'),
    requirements: lines(cleanParagraphs(texts.requirements)).join('\n'),
  };
}

/** A Chinese message for each empty or too long part, '' when the texts can be printed. */
export function textsProblem(texts: DocumentTexts): string {
  const { problems, requirements } = normalizeTexts(texts);
  const errors: string[] = [];
  if (problems === '') errors.push('请填写存在的问题');
  if (requirements === '') errors.push('请填写整改要求');
  if ([...problems].length > MAX_DOCUMENT_TEXT_LENGTH)
    errors.push(`存在的问题不能超过 ${MAX_DOCUMENT_TEXT_LENGTH} 个字`);
  if ([...requirements].length > MAX_DOCUMENT_TEXT_LENGTH)
    errors.push(`整改要求不能超过 ${MAX_DOCUMENT_TEXT_LENGTH} 个字`);
  return errors.join('；');
}

/** The paragraphs of one part. */
export function textParagraphs(text: string): { kind: 'paragraph'; text: string }[] {
  return lines(text).map((line) => ({ kind: 'paragraph', text: line }));
}

/**
 * The texts of an issued document, read back from its body: the paragraphs under the first heading (一、存在的问题)
 * and under the second (二、整改要求 / 二、审议意见). Works for every document issued so far, which all have
 * these headings; an empty part when a heading is missing.
 */
export function textsOfBody(body: readonly TextBlock[]): DocumentTexts {
  const headings = body.flatMap((block, i) => (block.kind === 'heading' ? [i] : []));
  const part = (n: number) => {
    const start = headings[n];
    if (start === undefined) return '';
    const end = headings[n + 1] ?? body.length;
    return body
      .slice(start + 1, end)
      .map((block) => block.text)
      .join('\n');
  };
  return { problems: part(0), requirements: part(1) };
}
