import { describe, expect, it } from 'vitest';
import { problemFromQuestion, problemFromQuestionText } from './questionProblem';

describe('problemFromQuestion', () => {
  it('drops 请问 and whom it addresses, and the question mark', () => {
    expect(problemFromQuestion('请问县水利局：全县河道清淤为何滞后？')).toBe('全县河道清淤为何滞后。');
    expect(problemFromQuestion('请问王局长，矿区生态修复资金如何保障?')).toBe('矿区生态修复资金如何保障。');
    expect(problemFromQuestion('请问一下，学校食堂的检查为什么一年只有一次？')).toBe(
      '学校食堂的检查为什么一年只有一次。',
    );
  });

  it('keeps the statement of facts before a question, the question goes', () => {
    const spoken =
      '部分矿山开采结束后只是简单撒草复绿，树种单一、成活率低。请问县林业局在矿山生态修复中如何做好植被恢复的技术指导？';
    expect(problemFromQuestion(spoken)).toBe('部分矿山开采结束后只是简单撒草复绿，树种单一、成活率低。');
  });

  it('keeps a question without 请问, only its question mark goes', () => {
    expect(problemFromQuestion('绿色矿山创建进度为何滞后？')).toBe('绿色矿山创建进度为何滞后。');
    expect(problemFromQuestion('执法检查发现的问题已经整改。')).toBe('执法检查发现的问题已经整改。');
  });

  it('does not take a long first clause for an address', () => {
    const text = '请问全县污水处理设施有多少座长期停运，原因是什么？';
    expect(problemFromQuestion(text)).toBe('全县污水处理设施有多少座长期停运，原因是什么。');
  });

  it('restates each line of a question of several lines', () => {
    expect(problemFromQuestionText('请问县财政局：\n资金为何没有到位？')).toBe('资金为何没有到位。');
  });
});
