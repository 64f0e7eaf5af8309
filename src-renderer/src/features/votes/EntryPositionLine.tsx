import { Group, Paper, Text } from '@mantine/core';
import type { EntryPosition } from '../../domain/votes/keyEntry';

/** An ideographic space between the position and the unit's name. */
const GAP = '\u3000';

/** Where the typist is, large: the paper (第 N 张), the unit the next key goes to, and the marks so far. */
export function EntryPositionLine({
  paperNo,
  position,
  wholeVoid,
  dimmed,
}: {
  paperNo?: number | null;
  position: EntryPosition;
  wholeVoid: boolean;
  dimmed: boolean;
}) {
  const where = wholeVoid
    ? '整张作废'
    : position.number === null
      ? `${position.total} 项已录完`
      : `第 ${position.number} / ${position.total} 项${GAP}${position.name}`;
  return (
    <Paper p="xs" mb="xs" bg={dimmed ? 'gray.1' : 'blue.0'} aria-label="录入位置">
      <Group justify="space-between" wrap="nowrap" align="baseline">
        <Text fz={28} fw={700} lh={1.2} c={dimmed ? 'dimmed' : undefined}>
          {where}
        </Text>
        {paperNo ? (
          <Text fz={22} fw={700} c="blue.8" aria-label="纸质票号">
            第 {paperNo} 张
          </Text>
        ) : null}
      </Group>
      <Text fz={22} ff="monospace" mih={30} aria-label="已录记号">
        {position.keyed || '　'}
      </Text>
    </Paper>
  );
}

/** Shown while the focus is elsewhere: the keys would not reach the ballot. */
/**
 * Shown while the entry box has lost the focus. Its line is always there (hidden while typing), so focus moving
 * away never shifts the page: a click elsewhere lands where it was aimed.
 */
export function ResumeHint({ shown }: { shown: boolean }) {
  return (
    <Text
      fw={700}
      c="orange.8"
      mb="xs"
      role={shown ? 'note' : undefined}
      aria-label={shown ? '录入已暂停' : undefined}
      aria-hidden={shown ? undefined : true}
      style={{ visibility: shown ? 'visible' : 'hidden' }}
    >
      录入已暂停（按键不会录入）：点击此处继续录入
    </Text>
  );
}
