// A question asked at a 专题询问, restated as a problem for a rectification item: the spoken form goes (the
// opening 请问 and whom it addresses, the question mark), the substance stays. The secretary edits it further.

/**
 * The person or body addressed, before a colon or comma: at most 24 characters ending in an office or a title
 * (请问县自然资源局王局长：, 请问县水利局，); a longer or other first clause is part of the question.
 */
const ADDRESS =
  /^([^，,：:。？?]{0,23}(?:局|委|办|院|厅|处|科|所|站|部|中心|公司|政府|长|主任|书记|同志|们))[：:，,]/;

/** 请问县水利局：全县河道清淤为何滞后？ → 全县河道清淤为何滞后。 One paragraph; other text is kept as it is. */
export function problemFromQuestion(question: string): string {
  let text = question.trim();
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
