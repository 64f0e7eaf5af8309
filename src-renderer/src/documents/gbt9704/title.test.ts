import { describe, expect, it } from 'vitest';
import { markFontSize, MARK_MAX_SIZE, splitTitle, titleMaxChars, TITLE_MAX_CHARS } from './title';
import { LANDSCAPE_TEXT_WIDTH, TEXT_WIDTH, widthInChars } from './units';

describe('splitTitle', () => {
  it('keeps a title that fits on one line', () => {
    expect(splitTitle('关于召开第三十次会议的通知')).toEqual(['关于召开第三十次会议的通知']);
    expect(splitTitle('县人大常委会专题询问问题整改情况跟踪台账')).toHaveLength(1); // exactly 20
  });

  it('breaks an organ-prefixed title before 关于 when that gives the fewest lines', () => {
    expect(splitTitle('宜丰县人大常委会关于召开第三十次会议的通知')).toEqual([
      '宜丰县人大常委会',
      '关于召开第三十次会议的通知',
    ]);
    const lines = splitTitle(
      '宜丰县人民代表大会常务委员会关于县自然资源局耕地保护工作专题询问问题的整改通知',
    );
    expect(lines[0]).toBe('宜丰县人民代表大会常务委员会');
    expect(lines).toHaveLength(3);
    expect(lines.slice(1).map((l) => l.length)).toEqual([12, 13]);
  });

  it('balances lines, breaking between words and not inside an organ name', () => {
    const lines = splitTitle('关于交办县人大常委会对县自然资源局专题询问审议意见的函');
    expect(lines).toEqual(['关于交办县人大常委会对', '县自然资源局专题询问审议意见的函']);
    const two = splitTitle('关于对县教育体育局、县卫生健康委员会、县医疗保障局开展工作评议的实施方案');
    expect(two).toEqual(['关于对县教育体育局、县卫生健康委员会、', '县医疗保障局开展工作评议的实施方案']);
  });

  it('never starts a line with closing punctuation or splits a number', () => {
    const title = '关于2026年度全县民生实事项目票决结果、代表履职情况和整改落实情况的通报';
    for (const line of splitTitle(title)) {
      expect(line).not.toMatch(/^[、，。）》]/);
      expect(widthInChars(line)).toBeLessThanOrEqual(TITLE_MAX_CHARS);
    }
    expect(splitTitle(title).join('')).toBe(title);
    expect(splitTitle(title).some((line) => /^\d|20$|202$/.test(line))).toBe(false);
  });

  it('keeps line breaks the caller wrote and counts digits as half a character', () => {
    expect(splitTitle('宜丰县人大常委会\n关于召开会议的通知')).toEqual([
      '宜丰县人大常委会',
      '关于召开会议的通知',
    ]);
    expect(splitTitle('关于2026年第1次会议的通知')).toHaveLength(1);
    expect(splitTitle('专题询问工作评议跟踪台账专题询问工作评议跟踪台账', 12)).toEqual([
      '专题询问工作评议跟踪台账',
      '专题询问工作评议跟踪台账',
    ]);
  });

  it('takes two lines when a title fits two, breaking after the unit rather than before 关于', () => {
    expect(splitTitle('宜丰县人大常委会关于县住房和城乡建设局优化营商环境工作评议问题整改的通知')).toEqual([
      '宜丰县人大常委会关于县住房和城乡建设局',
      '优化营商环境工作评议问题整改的通知',
    ]);
    expect(splitTitle('宜丰县人大常委会关于优化营商环境工作评议满意度测评结果的通报')).toEqual([
      '宜丰县人大常委会关于优化营商环境',
      '工作评议满意度测评结果的通报',
    ]);
    expect(
      splitTitle('宜丰县人民代表大会常务委员会关于2026年度县人民政府组成部门工作评议结果的通报'),
    ).toEqual(['宜丰县人民代表大会常务委员会关于2026年度', '县人民政府组成部门工作评议结果的通报']);
  });

  it('breaks neither words the segmenter does not know (优化, 营商, 评议) nor a number and its unit', () => {
    expect(splitTitle('关于县住房和城乡建设局优化营商环境工作评议问题整改的通知')).toEqual([
      '关于县住房和城乡建设局优化',
      '营商环境工作评议问题整改的通知',
    ]);
    expect(splitTitle('关于交办县住房和城乡建设局优化营商环境工作评议审议意见的函')).toEqual([
      '关于交办县住房和城乡建设局',
      '优化营商环境工作评议审议意见的函',
    ]);
    for (const line of splitTitle('关于召开宜丰县第十八届人民代表大会常务委员会第30次会议的通知')) {
      expect(line).not.toMatch(/^\d|\d$|第$/);
    }
  });

  it('sets two lines as a 梯形 (the first not longer) unless meaning asks otherwise', () => {
    const [first = '', second = ''] = splitTitle('关于县自然资源局耕地保护工作专题询问问题整改的通知');
    expect(widthInChars(first)).toBeLessThanOrEqual(widthInChars(second));
    // after the 顿号 rather than inside 票决结果, though the first line comes out longer
    expect(splitTitle('关于2026年度全县民生实事项目票决结果、代表履职情况和整改落实情况的通报')).toEqual([
      '关于2026年度全县民生实事项目票决结果、',
      '代表履职情况和整改落实情况的通报',
    ]);
  });

  it('fits 20 characters to a portrait line and 29 to a landscape one', () => {
    expect(TITLE_MAX_CHARS).toBe(20);
    expect(titleMaxChars(TEXT_WIDTH)).toBe(20);
    expect(titleMaxChars(LANDSCAPE_TEXT_WIDTH)).toBe(29);
  });
});

describe('markFontSize', () => {
  const widthPt = TEXT_WIDTH / 20; // 442 pt

  it('caps a short name at 33 pt (2号 × 1.5)', () => {
    expect(markFontSize('县人大常委会')).toBe(MARK_MAX_SIZE);
    expect(MARK_MAX_SIZE).toBe(66);
  });

  it('shrinks a long name until it fits the 156 mm line with room to spare', () => {
    const org = markFontSize('宜丰县人民代表大会常务委员会'); // 14 characters
    const file = markFontSize('宜丰县人民代表大会常务委员会文件'); // 16 characters
    expect(org).toBe(61);
    expect(file).toBe(53);
    expect((16 * file) / 2).toBeLessThan(widthPt);
    expect((16.5 * file) / 2).toBeLessThanOrEqual(widthPt);
  });

  it('goes no smaller than 3号', () => {
    expect(markFontSize('中国共产党宜丰县委员会宜丰县人民代表大会常务委员会宜丰县人民政府文件')).toBe(32);
  });
});
