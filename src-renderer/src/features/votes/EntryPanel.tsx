import { Badge, Grid, Group, Paper, SegmentedControl, Stack, Tabs, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { addBallot, setEntryMode, type BallotMarks } from '../../app/commands/votesEntry';
import { useSecondEntries, type BallotRecord, type GroupTotalsRecord } from '../../app/queries';
import { doubleEntryReport } from '../../domain/votes/doubleEntry';
import { useCommand } from '../../app/runtime';
import {
  ENTRY_MODE_LABELS,
  entryModeOf,
  type EntryMode,
  type VoteRound,
} from '../../domain/votes/roundRecord';
import { BallotKeyForm } from './BallotKeyForm';
import { CorrectBallotModal } from './CorrectBallotModal';
import { RecentBallots } from './RecentBallots';
import { SecondEntryPane } from './SecondEntryPane';
import { SheetKeyForm } from './SheetKeyForm';
import { TotalsEntry } from './TotalsEntry';
import { useEntryFocus } from './entryFocus';

/** 录入: choose the rater group of the pile of ballots, then type them one by one or enter the totals. */
export function EntryPanel({
  round,
  ballots,
  totals,
}: {
  round: VoteRound;
  ballots: BallotRecord[];
  totals: GroupTotalsRecord[];
}) {
  const groups = round.rules.groups;
  const [groupId, setGroupId] = useState(groups[0]?.id ?? '');
  const [correcting, setCorrecting] = useState<BallotRecord | null>(null);
  /** Bumped when a dialog closes: the entry box takes the focus back, so the next keys are not lost. */
  const { signal: focusSignal, refocus } = useEntryFocus();
  const mode = entryModeOf(round, groupId);
  const mine = ballots.filter((b) => b.groupId === groupId);
  const counts = round.counts[groupId];
  const group = groups.find((g) => g.id === groupId);
  const nextPaperNo = mine.reduce((max, b) => Math.max(max, b.paperNo ?? 0), 0) + 1;
  const { run } = useCommand();
  const seconds = useSecondEntries(round.id);
  const [tab, setTab] = useState<'first' | 'second'>('first');
  const report = useMemo(
    () => (seconds ? doubleEntryReport(round, ballots, seconds) : null),
    [round, ballots, seconds],
  );

  /** The key forms show the outcome beside the keys: a failure is thrown back to them, not notified. */
  const save = async (ballot: BallotMarks) => {
    const saved = await run(addBallot, { roundId: round.id, groupId, ballot }, { quiet: true });
    if (!saved.ok) throw saved.error;
    return `已保存${groups.length > 1 ? (group?.name ?? '') : ''}第 ${saved.value.paperNo} 张${ballot.wholeVoid ? '（废票）' : ''}`;
  };
  const changeMode = (mode: EntryMode) =>
    void run(setEntryMode, { roundId: round.id, groupId, mode }, { failTitle: '录入方式未更改' });

  const firstEntry = (
    <Grid gap="md">
      <Grid.Col span={round.rules.form === 'tiers' ? 7 : 12}>
        {round.rules.form === 'tiers' ? (
          <BallotKeyForm
            key={groupId}
            subjects={round.subjects}
            tiers={round.rules.tiers}
            paperNo={nextPaperNo}
            focusSignal={focusSignal}
            onSave={save}
          />
        ) : (
          <SheetKeyForm
            key={groupId}
            subjects={round.subjects}
            criteria={round.rules.criteria}
            paperNo={nextPaperNo}
            focusSignal={focusSignal}
            onSave={save}
          />
        )}
      </Grid.Col>
      <Grid.Col span={round.rules.form === 'tiers' ? 5 : 12}>
        <Stack>
          <Paper withBorder p="sm" bg="gray.0">
            <Text size="xl" fw={700} aria-label="录入进度">
              已录入 {mine.length} 张 / 发出 {counts?.issued ?? 0} 张
            </Text>
            <Text size="sm" c="dimmed">
              {groups.length > 1 ? `${group?.name ?? ''}：` : ''}其中废票{' '}
              {mine.filter((b) => b.wholeVoid).length} 张
              {mine.some((b) => b.paperNo === null)
                ? `，评分模式投票 ${mine.filter((b) => b.paperNo === null).length} 张`
                : ''}
              。 录完后在下方填写收回票数并结束测评。
            </Text>
          </Paper>
          {/* Ballots cast in scoring mode are not listed one by one: they stay anonymous. */}
          <RecentBallots
            round={round}
            ballots={mine.filter((b) => b.paperNo !== null)}
            onCorrect={setCorrecting}
            onDialogClosed={refocus}
          />
        </Stack>
      </Grid.Col>
    </Grid>
  );

  return (
    <Paper withBorder p="md" component="section" aria-label="录入">
      <Group justify="space-between" mb="sm">
        <Group gap="lg">
          <Title order={4}>录入测评票</Title>
          {report && round.doubleEntry ? (
            <Badge
              size="xl"
              radius="sm"
              variant="light"
              color={report.checked === report.total ? 'green' : 'orange'}
              aria-label="复核进度"
            >
              已复核 {report.checked} / {report.total}
            </Badge>
          ) : null}
        </Group>
        {round.rules.form === 'tiers' ? (
          <SegmentedControl
            aria-label="录入方式"
            data={(['ballots', 'totals'] as const).map((value) => ({
              value,
              label: ENTRY_MODE_LABELS[value],
            }))}
            value={mode}
            onChange={(value) => changeMode(value)}
          />
        ) : null}
      </Group>
      {groups.length > 1 ? (
        <Group mb="sm">
          <Text size="sm" fw={500}>
            这一叠测评票属于：
          </Text>
          <SegmentedControl
            aria-label="测评组"
            data={groups.map((g) => ({ value: g.id, label: g.name }))}
            value={groupId}
            onChange={setGroupId}
          />
        </Group>
      ) : null}
      {mode === 'totals' ? (
        <TotalsEntry
          key={groupId}
          round={round}
          groupId={groupId}
          stored={totals.find((t) => t.groupId === groupId)}
        />
      ) : report && round.doubleEntry ? (
        <Tabs
          value={tab}
          onChange={(value) => setTab(value === 'second' ? 'second' : 'first')}
          keepMounted={false}
        >
          <Tabs.List mb="sm">
            <Tabs.Tab value="first">录入</Tabs.Tab>
            <Tabs.Tab value="second">复核录入</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="first">{firstEntry}</Tabs.Panel>
          <Tabs.Panel value="second">
            <SecondEntryPane
              round={round}
              groupId={groupId}
              report={report}
              ballots={ballots}
              seconds={seconds ?? []}
            />
          </Tabs.Panel>
        </Tabs>
      ) : (
        firstEntry
      )}
      {correcting ? (
        <CorrectBallotModal
          round={round}
          ballot={correcting}
          onClose={() => {
            setCorrecting(null);
            refocus();
          }}
        />
      ) : null}
    </Paper>
  );
}
