// A question asked at a 专题询问, restated as a problem for a rectification item: the spoken form goes (the
// opening 请问 and whom it addresses, the question mark), the substance stays. The secretary edits it further.

/**
 * The person or body addressed, before a colon or comma: at most 24 characters ending in an office or a title
 * (请问县自然资源局王局长：, 请问县水利局，); a longer or other first clause is part of the question.
 */
const ADDRESS =
  /^([^，,：:。？?]{0,23}(?:局|委|办|院|厅|处|科|所|站|部|中心|公司|政府|长|主任|书记|同志|们))[：:，,]/;

/**
 * One paragraph of a question as a problem. A question that first states the facts and then asks (…裸露。请问县林业局
 * 如何…？) keeps the statement: that is the problem, the question is what the unit must answer. A bare question
 * loses its 请问 and addressee and its question mark: 请问县水利局：全县河道清淤为何滞后？ → 全县河道清淤为何滞后。
 */
export function problemFromQuestion(question: string): string {
  let text = question.trim();
  const asking = /[。！!；;]\s*请问/.exec(text);
  if (asking) return text.slice(0, asking.index + 1);
  const asked = /^请问(?:一下)?/.exec(text);
  if (asked) {
    text = text.slice(asked[0].length);
    const address = ADDRESS.exec(text);
    if (address) text = text.slice(address[0].length);
    text = text.replace(/^[，,：:\s]+/, '');
  }
  return text.replace(/[？?]+\s*$/, '。');
}

/** Every paragraph of a question restated (a question may hold several lines). */
export function problemFromQuestionText(question: string): string {
  return question
    .split('\n')
    .map(problemFromQuestion)
    .filter((line) => line !== '')
    .join('\n');
}
