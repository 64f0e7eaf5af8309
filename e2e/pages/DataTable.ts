import type { Locator } from '@playwright/test';

/**
 * A table read the way a person reads it: a row by what it says, a cell by its column's heading. Columns are
 * found by their header text (role columnheader), so a new column or a reordering does not silently shift
 * what a journey checks.
 */
export class DataTable {
  constructor(readonly table: Locator) {}

  /** The body rows (rows that hold cells, not headings). */
  rows(): Locator {
    return this.table.getByRole('row').filter({ has: this.table.page().getByRole('cell') });
  }

  /** The row holding `text` in any cell. */
  row(text: string | RegExp): Locator {
    return this.rows().filter({ hasText: text });
  }

  /** The index of the column headed `column` (exact text, or a pattern); throws naming the headings there are. */
  async columnIndex(column: string | RegExp): Promise<number> {
    const headings = (await this.table.getByRole('columnheader').allTextContents()).map((h) => h.trim());
    const index = headings.findIndex((h) => (typeof column === 'string' ? h === column : column.test(h)));
    if (index < 0) throw new Error(`no column ${String(column)} among: ${headings.join(' | ')}`);
    return index;
  }

  /** The cell of `row` under the heading `column`. */
  async cell(row: Locator, column: string | RegExp): Promise<Locator> {
    return row.getByRole('cell').nth(await this.columnIndex(column));
  }

  /** Every body row's text under the heading `column`, trimmed, top to bottom. */
  async column(column: string | RegExp): Promise<string[]> {
    const index = await this.columnIndex(column);
    const rows = await this.rows().all();
    return Promise.all(
      rows.map(async (row) => ((await row.getByRole('cell').nth(index).textContent()) ?? '').trim()),
    );
  }
}
