import { Table } from '@mantine/core';
import {
  defaultRangeExtractor,
  measureElement,
  useWindowVirtualizer,
  type Range,
} from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useRef, useState, type FocusEvent, type ReactNode } from 'react';
import { keepRendered } from './keepRendered';
import classes from './VirtualTableBody.module.css';

/** What a row needs from the body: its place (data-index) and the ref that measures its height. */
export interface VirtualRowProps {
  index: number;
  /** The row's ref: its real height replaces the estimate. Stable, so memoised rows keep it. */
  measure: (row: HTMLTableRowElement | null) => void;
  /** With `striped`, every other row is shaded by its index (not its place among the rows rendered): its class. */
  className: string | undefined;
}

/** Rows further than this from the rendered window are let go when the page scrolls away from a focused one. */
const KEEP_FOCUSED_WITHIN = 40;

/**
 * A table body that renders only the rows near the screen (the page scrolls, as without it): the rows above and
 * below are one empty row each of their height, hidden from assistive technologies, and none when every row is
 * rendered. The row holding the focus stays rendered while the page scrolls away from it (within 40 rows), so
 * Tab and the keys go on from it; tabbing to a row brings it into view, and the rows after it with it.
 * `children` renders the row at an index with its VirtualRowProps (a `<tr>`, `data-index` set, `ref` = measure).
 */
export function VirtualTableBody({
  count,
  estimateSize,
  columns,
  rowKey,
  overscan = 5,
  striped = false,
  children,
}: {
  count: number;
  /** A row's expected height in px, before it is measured. */
  estimateSize: number;
  /** The number of columns, for the empty rows. */
  columns: number;
  rowKey: (index: number) => string;
  overscan?: number;
  /** Shades every other row, as Mantine's `striped` (which the table must not set) would. */
  striped?: boolean;
  children: (row: VirtualRowProps) => ReactNode;
}) {
  const body = useRef<HTMLTableSectionElement>(null);
  const focused = useRef<number | null>(null);
  const [scrollMargin, setScrollMargin] = useState(0);

  // The body's distance from the top of the page, measured again when the page's size changes (what is above
  // it: filters, notices, the selection bar) or the list does; not on every render, which would force a layout.
  useLayoutEffect(() => {
    const element = body.current;
    if (!element) return;
    const measure = () => {
      const top = element.getBoundingClientRect().top + window.scrollY;
      setScrollMargin((previous) => (Math.abs(previous - top) < 1 ? previous : top));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [count]);

  const rangeExtractor = useCallback(
    (range: Range) =>
      keepRendered(defaultRangeExtractor(range), focused.current, range.count, KEEP_FOCUSED_WITHIN),
    [],
  );

  const virtualizer = useWindowVirtualizer({
    count,
    estimateSize: () => estimateSize,
    overscan,
    scrollMargin,
    rangeExtractor,
    getItemKey: rowKey,
    // A row in a hidden tab measures 0: keep the estimate, or every row would seem to fit on the screen.
    measureElement: (element, entry, instance) => measureElement(element, entry, instance) || estimateSize,
  });
  const rows = virtualizer.getVirtualItems();
  const firstRow = rows[0];
  const lastRow = rows[rows.length - 1];
  const before = firstRow ? firstRow.start - scrollMargin : 0;
  const after = lastRow ? virtualizer.getTotalSize() - (lastRow.end - scrollMargin) : 0;

  const onFocus = (e: FocusEvent<HTMLTableSectionElement>) => {
    const row = (e.target as HTMLElement).closest<HTMLElement>('tr[data-index]');
    focused.current = row ? Number(row.dataset.index) : null;
  };
  const onBlur = (e: FocusEvent<HTMLTableSectionElement>) => {
    if (!(e.relatedTarget instanceof Node) || !e.currentTarget.contains(e.relatedTarget))
      focused.current = null;
  };

  return (
    <Table.Tbody ref={body} onFocus={onFocus} onBlur={onBlur}>
      {before > 0 ? <Spacer height={before} columns={columns} /> : null}
      {rows.map((row) =>
        children({
          index: row.index,
          measure: virtualizer.measureElement,
          className: striped && row.index % 2 === 0 ? classes.striped : undefined,
        }),
      )}
      {after > 0 ? <Spacer height={after} columns={columns} /> : null}
    </Table.Tbody>
  );
}

/** The height of the rows not rendered. */
function Spacer({ height, columns }: { height: number; columns: number }) {
  return (
    <tr aria-hidden className={classes.spacer} style={{ height }}>
      <td colSpan={columns} />
    </tr>
  );
}
