import { describe, expect, it } from 'vitest';
import {
  clockTime,
  firstTitle,
  inquiryFileName,
  inquiryTitle,
  namesOf,
  organShortName,
  respondentText,
} from './context';
import { testContext } from '../testing/inquiryContext';

describe('inquiry document context', () => {
  it('shortens the organ and breaks a long title after it', () => {
    expect(organShortName('宜丰县人民代表大会常务委员会')).toBe('宜丰县人大常委会');
    expect(organShortName('某市人大常委会')).toBe('某市人大常委会');
    expect(inquiryTitle(testContext(), '会议程')).toBe('宜丰县人大常委会\n促进绿色矿山建设专题询问会议程');
    const short = testContext({ activity: { ...testContext().activity, title: '耕地保护专题询问' } });
    expect(inquiryTitle(short, '会议程')).toBe('宜丰县人大常委会耕地保护专题询问会议程');
  });

  it('names files after the topic without characters a file name cannot hold', () => {
    expect(inquiryFileName(testContext(), '会议程')).toBe('促进绿色矿山建设询问会议程.docx');
    const odd = testContext({ activity: { ...testContext().activity, title: '关于 A/B 的专题询问' } });
    expect(inquiryFileName(odd, '题目单')).toBe('关于AB询问题目单.docx');
  });

  it('writes people with the first of their titles, and deleted records as such', () => {
    const names = namesOf(testContext());
    expect(firstTitle('县人大常委会委员、县人大城乡建设环境保护委员会主任委员')).toBe('县人大常委会委员');
    expect(names.personWithTitle('zhang')).toBe('张明（县人大常委会委员）');
    expect(names.personWithTitle('wang')).toBe('王芳');
    expect(names.person('gone')).toBe('（已删除）');
    expect(names.unitsShort(['unit-ziran', 'gone'])).toBe('县自然资源局、（已删除）');
    expect(names.chair()).toBe('钟国平（县人大常委会主任）');
    expect(respondentText({ respondentName: '施伟', respondentTitle: '局长' })).toBe('施伟（局长）');
    expect(respondentText({ respondentName: '', respondentTitle: '局长' })).toBe('');
  });

  it('writes clock times in the given time zone', () => {
    expect(clockTime(Date.UTC(2026, 11, 6, 1, 5), 'Asia/Shanghai')).toBe('9:05');
    expect(clockTime(Date.UTC(2026, 11, 6, 13, 0), 'Asia/Shanghai')).toBe('21:00');
  });
});
