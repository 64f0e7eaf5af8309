// Use case of the home page's 加载示例数据. The demo data is large and loaded once, so it loads on demand.
import type { Command } from '../runtime/services';

/**
 * Loads the 宜丰县 demo, dated around the clock's today, into an empty database; fails with demo.notEmpty
 * (and changes nothing) when the 名册 or the activities hold data.
 */
export const loadDemoData: Command<void, void> = async ({ db, clock }) => {
  const { loadDemo } = await import('../../db/demo/loadDemo');
  await loadDemo(db, clock.now());
};
