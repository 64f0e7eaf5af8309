import { Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useState } from 'react';
import { deleteBallot } from '../../app/commands/votesEntry';
import type { BallotRecord } from '../../app/queries';
import { useCommand } from '../../app/runtime';
import { ballotLine } from '../../domain/votes/entryKeys';
import type { Ballot } from '../../domain/votes/ballots';
import type { VoteRound } from '../../domain/votes/roundRecord';
import { sheetLine } from '../../domain/votes/sheetEntry';
import { VirtualTableBody } from '../../ui/VirtualTableBody';

const SHOWN = 8;

export function lineOf(round: VoteRound, ballot: Ballot): string {
  return ballot.form === 'tiers'
    ? ballotLine(ballot, round.subjects, round.rules.tiers)
    : sheetLine(ballot, round.subjects, round.rules.criteria);
}

/**
 * The group's ballots, newest first: each can be corrected (更正) or deleted, both logged. Deleting the newest
 * is the undo of the last save. 全部 lists every ballot of the group (hundreds): only those near the screen render.
 */
export function RecentBallots({
  round,
  ballots,
  onCorrect,
  onDialogClosed,
}: {
  round: VoteRound;
  ballots: BallotRecord[];
  onCorrect: (ballot: BallotRecord) => void;
  /** The entry box takes the focus back. */
  onDialogClosed?: () => void;
}) {
  const [all, setAll] = useState(false);
  const { run } = useCommand();
  const newest = [...ballots].sort((a, b) => (b.paperNo ?? 0) - (a.paperNo ?? 0));
  const shown = all ? newest : newest.slice(0, SHOWN);
  const askDelete = (ballot: BallotRecord) =>
    modals.openConfirmModal({
      title: '确认删除测评票',
      children: (
        <Text size="sm">
          删除第 {ballot.paperNo} 张（{lineOf(round, ballot)}）吗？删除会记入操作记录。
        </Text>
      ),
      labels: { confirm: '删除', cancel: '取消' },
      confirmProps: { color: 'red' },
      returnFocus: false,
      onClose: onDialogClosed,
      onConfirm: () =>
        void run(
          deleteBallot,
          { ballotId: ballot.id },
          { success: `已删除第 ${ballot.paperNo} 张`, failTitle: '测评票未删除' },
        ),
    });

  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" mb={4}>
        <Title order={5}>最近录入</Title>
        {newest.length > SHOWN ? (
          <Button size="compact-xs" variant="subtle" onClick={() => setAll(!all)}>
            {all ? `只看最近 ${SHOWN} 张` : `全部 ${newest.length} 张`}
          </Button>
        ) : null}
      </Group>
      {newest.length === 0 ? (
        <Text size="sm" c="dimmed">
          还没有录入测评票。
        </Text>
      ) : (
        <Table aria-label="最近录入的测评票" aria-rowcount={shown.length} verticalSpacing={2} fz="sm">
          <VirtualTableBody
            count={shown.length}
            estimateSize={30}
            columns={3}
            rowKey={(index) => shown[index]?.id ?? String(index)}
          >
            {({ index, measure }) => {
              const ballot = shown[index];
              if (!ballot) return null;
              return (
                <Table.Tr key={ballot.id} ref={measure} data-index={index} aria-rowindex={index + 1}>
                  <Table.Td w={70}>第 {ballot.paperNo} 张</Table.Td>
                  <Table.Td ff="monospace">{lineOf(round, ballot)}</Table.Td>
                  <Table.Td w={110}>
                    <Group gap={2} wrap="nowrap">
                      <Button size="compact-xs" variant="subtle" onClick={() => onCorrect(ballot)}>
                        更正
                      </Button>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red"
                        onClick={() => askDelete(ballot)}
                      >
                        删除
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            }}
          </VirtualTableBody>
        </Table>
      )}
    </Paper>
  );
}
