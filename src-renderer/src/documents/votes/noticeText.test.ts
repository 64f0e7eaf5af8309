import { describe, expect, it } from 'vitest';
import { bottomParagraph } from './noticeText';
import { demoContext } from '../testing/votesContext';

describe('the results notice names the rectification periods', () => {
  it('uses the defaults, or the periods saved in the settings', async () => {
    const ctx = await demoContext('evaluation');
    expect(bottomParagraph(ctx)).toContain('整改方案于约谈后15日内、整改情况报告于3个月内');
    const custom = bottomParagraph({ ...ctx, rectification: { planDays: 10, reportMonths: 2 } });
    expect(custom).toContain('整改方案于约谈后10日内、整改情况报告于2个月内');
  });
});
