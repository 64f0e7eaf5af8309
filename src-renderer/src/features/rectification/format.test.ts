import { describe, expect, it } from 'vitest';
import { issuedSummary } from './format';

describe('issuedSummary', () => {
  it('lists a few numbers, and gives a batch as its first and last number', () => {
    expect(issuedSummary(['宜人常函〔2026〕1号', '宜人常函〔2026〕2号'], '整改通知书')).toBe(
      '已印发2份整改通知书：宜人常函〔2026〕1号、宜人常函〔2026〕2号',
    );
    const batch = Array.from({ length: 160 }, (_, i) => `宜人常函〔2026〕${i + 1}号`);
    expect(issuedSummary(batch, '整改通知书')).toBe(
      '已印发160份整改通知书：宜人常函〔2026〕1号 至 宜人常函〔2026〕160号',
    );
  });
});
