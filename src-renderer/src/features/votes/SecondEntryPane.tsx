import { Grid, NumberInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { addSecondEntry } from '../../app/commands/votesDoubleEntry';
import type { BallotMarks } from '../../app/commands/votesEntry';
import type { BallotRecord, BallotSecondEntryRecord } from '../../app/queries';
import { useCommand } from '../../app/runtime';
import { differenceText, nextPaperToCheck, type DoubleEntryReport } from '../../domain/votes/doubleEntry';
import type { VoteRound } from '../../domain/votes/roundRecord';
import { BallotKeyForm } from './BallotKeyForm';
import { DoubleEntryList } from './DoubleEntryList';
import { useEntryFocus } from './entryFocus';
import type { SaveNote } from './saveNote';
import { SheetKeyForm } from './SheetKeyForm';

/**
 * 复核录入: the second person picks the paper by its number (the next one not yet checked is offered), types it
 * with the same keys as the first entry, and sees at once whether the two readings agree; the differences are
 * listed beside, each to be resolved by keeping one reading.
 */
export function SecondEntryPane({
  round,
  groupId,
  report,
  ballots,
  seconds,
}: {
  round: VoteRound;
  groupId: string;
  report: DoubleEntryReport;
  ballots: BallotRecord[];
  seconds: BallotSecondEntryRecord[];
}) {
  const { run } = useCommand();
  const { signal, refocus } = useEntryFocus();
  const [chosen, setChosen] = useState<number | string | null>(null);
  const next = nextPaperToCheck(report, groupId);
  const paperNo = chosen ?? next ?? '';
  const papers = report.papers.filter((paper) => paper.groupId === groupId);
  const entered = ballots.filter((b) => b.groupId === groupId && b.paperNo !== null).length;

  const save = async (ballot: BallotMarks): Promise<SaveNote> => {
    if (typeof paperNo !== 'number' || !Number.isInteger(paperNo) || paperNo < 1) {
      throw new Error('请先填写票号：测评票上编的第几张');
    }
    const saved = await run(addSecondEntry, { roundId: round.id, groupId, paperNo, ballot }, { quiet: true });
    if (!saved.ok) throw saved.error;
    setChosen(null);
    const { differences } = saved.value;
    if (differences.length === 0) return `第 ${paperNo} 张复核一致`;
    const where = differences.map(differenceText).join('；');
    return {
      error: true,
      text: `第 ${paperNo} 张两次录入不一致（第一次 / 复核）：${where}。请核对原票后在右侧选择保留哪一次`,
    };
  };

  return (
    <Grid gap="md">
      <Grid.Col span={round.rules.form === 'tiers' ? 7 : 12}>
        <Stack gap="xs">
          <NumberInput
            label="复核第几张（票号）"
            description={
              entered === 0
                ? '还没有录入测评票：先在“录入”中录入，再由第二人复核。'
                : `第一次录入了第 1 至 ${Math.max(...papers.map((p) => p.paperNo))} 张；默认是下一张未复核的票。填好后按 Enter 开始录入。`
            }
            w={320}
            min={1}
            allowDecimal={false}
            allowNegative={false}
            value={paperNo}
            onChange={setChosen}
            onKeyDown={(event) => {
              if (event.key !== 'Enter') return;
              event.preventDefault();
              refocus();
            }}
          />
          {round.rules.form === 'tiers' ? (
            <BallotKeyForm
              key={groupId}
              label="复核录入测评票"
              subjects={round.subjects}
              tiers={round.rules.tiers}
              paperNo={typeof paperNo === 'number' ? paperNo : null}
              focusSignal={signal}
              onSave={save}
            />
          ) : (
            <SheetKeyForm
              key={groupId}
              label="复核录入评分表"
              subjects={round.subjects}
              criteria={round.rules.criteria}
              paperNo={typeof paperNo === 'number' ? paperNo : null}
              focusSignal={signal}
              onSave={save}
            />
          )}
        </Stack>
      </Grid.Col>
      <Grid.Col span={round.rules.form === 'tiers' ? 5 : 12}>
        {papers.length === 0 ? (
          <Text size="sm" c="dimmed">
            这一组还没有需要复核的测评票。
          </Text>
        ) : (
          <DoubleEntryList round={round} papers={papers} ballots={ballots} seconds={seconds} />
        )}
      </Grid.Col>
    </Grid>
  );
}
