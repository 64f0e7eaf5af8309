import { useState, type DragEvent } from 'react';

/**
 * Native drag and drop for reordering rows: spread rowProps(id) on each row. onMove receives the ids in
 * their new order. Keyboard reordering lives beside it in each list (Alt+↑ / Alt+↓ on a focused row).
 */
export function useDragReorder(ids: string[], onMove: (ordered: string[]) => void) {
  const [dragging, setDragging] = useState<string | null>(null);
  const [over, setOver] = useState<string | null>(null);

  const rowProps = (id: string) => ({
    draggable: true,
    'data-drop-target': over === id && dragging !== id ? 'true' : undefined,
    onDragStart: (event: DragEvent) => {
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData('text/plain', id);
      setDragging(id);
    },
    onDragOver: (event: DragEvent) => {
      event.preventDefault();
      setOver(id);
    },
    onDragEnd: () => {
      setDragging(null);
      setOver(null);
    },
    onDrop: (event: DragEvent) => {
      event.preventDefault();
      const from = event.dataTransfer.getData('text/plain') || dragging;
      setDragging(null);
      setOver(null);
      if (!from || from === id) return;
      const rest = ids.filter((x) => x !== from);
      const at = rest.indexOf(id);
      const fromIndex = ids.indexOf(from);
      const toIndex = ids.indexOf(id);
      // Dropping on a row below puts the item after it, on a row above puts it before it.
      rest.splice(fromIndex < toIndex ? at + 1 : at, 0, from);
      onMove(rest);
    },
  });

  return { rowProps, dragging };
}

/** The order after moving one id a step up (-1) or down (+1); unchanged at either end. */
export function moveStep(ids: string[], id: string, step: -1 | 1): string[] {
  const index = ids.indexOf(id);
  const target = index + step;
  if (index < 0 || target < 0 || target >= ids.length) return ids;
  const next = [...ids];
  next.splice(index, 1);
  next.splice(target, 0, id);
  return next;
}
