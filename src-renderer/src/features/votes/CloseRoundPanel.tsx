import { Alert, Button, Group, List, NumberInput, Paper, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useState } from 'react';
import { closeRound, voidRound } from '../../app/commands/votesLifecycle';
import { useSecondEntries, type BallotRecord } from '../../app/queries';
import { useCommand } from '../../app/runtime';
import { isDomainError } from '../../domain/errors';
import { problemsOf } from '../../domain/votes/roundActionError';
import { entryModeOf, type VoteRound } from '../../domain/votes/roundRecord';
import { errorMessage } from '../../ui/notify';
import { useEntryFocus } from './entryFocus';

/** 收回并结束: per group the ballots returned. More returned than issued voids the round: it is voted again. */
export function CloseRoundPanel({ round, ballots }: { round: VoteRound; ballots: BallotRecord[] }) {
  const defaults = Object.fromEntries(
    round.rules.groups.map((g) => {
      const entered = ballots.filter((b) => b.groupId === g.id).length;
      const stored = round.counts[g.id]?.returned ?? 0;
      return [g.id, entryModeOf(round, g.id) === 'totals' || stored > 0 ? stored : entered];
    }),
  );
  const [values, setValues] = useState<Record<string, number | string>>({});
  const { run, busy } = useCommand();
  const { refocus } = useEntryFocus();
  // A refusal lists what was missing when 收回并结束 was pressed; once the entries change it is out of date.
  const seconds = useSecondEntries(round.id);
  const [problemState, setProblem] = useState<{
    lines: string[];
    voidRound: boolean;
    entries: readonly unknown[];
  } | null>(null);
  const problem =
    problemState && problemState.entries[0] === ballots && problemState.entries[1] === seconds
      ? problemState
      : null;
  const returned = Object.fromEntries(
    round.rules.groups.map((g) => {
      const value = values[g.id] ?? defaults[g.id] ?? 0;
      return [g.id, typeof value === 'number' ? value : Number.NaN];
    }),
  );

  const close = async () => {
    const closed = await run(
      closeRound,
      { roundId: round.id, returned },
      { success: '测评已结束，请核对结果后公布', quiet: true },
    );
    if (!closed.ok) {
      const lines = problemsOf(closed.error, errorMessage);
      const voided = isDomainError(closed.error, 'votes.void');
      setProblem({ lines, voidRound: voided, entries: [ballots, seconds] });
      // The reason is on the page; the typist goes back to the ballots (a void round needs its button instead).
      if (!voided) refocus();
    }
  };
  const askVoid = () =>
    modals.openConfirmModal({
      title: '本轮测评无效',
      children: (
        <Text size="sm">
          收回票数多于发出票数，本轮测评无效，应重新测评。确定后将删除本轮已录入的测评票和汇总数，本轮回到“设置中”，
          可以重新开始测评。这一操作会记入操作记录。
        </Text>
      ),
      labels: { confirm: '重置本轮，重新测评', cancel: '取消' },
      confirmProps: { color: 'red' },
      returnFocus: false,
      onClose: refocus,
      onConfirm: () =>
        void run(
          voidRound,
          { roundId: round.id, returned },
          { success: '本轮已重置为设置中，请重新开始测评', failTitle: '未能重置' },
        ),
    });

  return (
    <Paper withBorder p="md" component="section" aria-label="收回并结束">
      <Title order={4} mb="xs">
        收回并结束
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        清点收回的测评票后填写收回票数。收回票数多于发出票数的，本轮测评无效，应重新测评；录入的张数须与收回票数一致。
      </Text>
      <Group align="flex-end">
        {round.rules.groups.map((g) => (
          <NumberInput
            key={g.id}
            label={`${g.name}收回票数`}
            description={`发出 ${round.counts[g.id]?.issued ?? 0} 张`}
            w={200}
            min={0}
            allowDecimal={false}
            allowNegative={false}
            value={values[g.id] ?? defaults[g.id] ?? ''}
            onChange={(value) => {
              setValues({ ...values, [g.id]: value });
              setProblem(null);
            }}
          />
        ))}
        <Button onClick={() => void close()} loading={busy}>
          收回并结束
        </Button>
      </Group>
      {problem ? (
        <Alert color="red" mt="md" role="alert" title={problem.voidRound ? '本轮测评无效' : '还不能结束'}>
          <List size="sm">
            {problem.lines.map((line) => (
              <List.Item key={line}>{line}</List.Item>
            ))}
          </List>
          {problem.voidRound ? (
            <Button mt="sm" color="red" onClick={askVoid}>
              重置本轮，重新测评
            </Button>
          ) : null}
        </Alert>
      ) : null}
    </Paper>
  );
}
