import { NumberInput, Stack } from '@mantine/core';
import { useState } from 'react';
import { addProjectSecondEntry, resolveProjectDoubleEntry } from '../../app/commands/projectDoubleEntry';
import { useCommand } from '../../app/runtime';
import {
  projectReadingLine,
  PROJECT_PAPER_GROUP,
  type ProjectSecondEntry,
} from '../../domain/projects/projectDoubleEntry';
import type { ProjectBallotEntry, ProjectRound } from '../../domain/projects/projectRound';
import {
  differenceText,
  KEPT_READING_LABELS,
  nextPaperToCheck,
  type DoubleEntryReport,
  type PaperComparison,
} from '../../domain/votes/doubleEntry';
import { DifferencesPanel } from '../votes';
import { ProjectBallotKeyForm } from './ProjectBallotKeyForm';

/** The papers whose readings differ, each resolved by keeping one reading (confirmed); then those typed once. */
function DifferencesList({
  round,
  report,
  ballots,
  seconds,
  refocus,
}: {
  round: ProjectRound;
  report: DoubleEntryReport;
  ballots: ProjectBallotEntry[];
  seconds: ProjectSecondEntry[];
  refocus: () => void;
}) {
  const { run } = useCommand();
  const line = (reading: ProjectBallotEntry | ProjectSecondEntry | undefined) =>
    reading ? projectReadingLine(reading, round.candidateIds) : '';
  const readings = (paper: PaperComparison) => ({
    first: line(ballots.find((b) => b.paperNo === paper.paperNo)),
    second: line(seconds.find((b) => b.paperNo === paper.paperNo)),
  });
  return (
    <DifferencesPanel
      papers={report.papers}
      readings={readings}
      noun="选票"
      loggedIn="操作日志"
      refocus={refocus}
      onKeep={(paper, kept) =>
        void run(
          resolveProjectDoubleEntry,
          { roundId: round.id, paperNo: paper.paperNo, kept },
          {
            success: `第 ${paper.paperNo} 张已裁定，保留${KEPT_READING_LABELS[kept]}`,
            failTitle: '未能裁定',
          },
        )
      }
    />
  );
}

/**
 * 复核录入 of a project round: the second person picks the paper by its number (the next one not yet checked is
 * offered), types it with the same keys as the first entry and sees at once whether the readings agree; the
 * differences are listed below, each resolved by keeping one reading.
 */
export function ProjectSecondEntryPane({
  round,
  candidates,
  report,
  ballots,
  seconds,
}: {
  round: ProjectRound;
  candidates: readonly { id: string; name: string }[];
  report: DoubleEntryReport;
  ballots: ProjectBallotEntry[];
  seconds: ProjectSecondEntry[];
}) {
  const { run } = useCommand();
  const [signal, setSignal] = useState(0);
  const refocus = () => setSignal((n) => n + 1);
  const [chosen, setChosen] = useState<number | string | null>(null);
  const next = nextPaperToCheck(report, PROJECT_PAPER_GROUP);
  const paperNo = chosen ?? next ?? '';

  const save = async (ballot: { marks: string[]; void: boolean }) => {
    if (typeof paperNo !== 'number' || !Number.isInteger(paperNo) || paperNo < 1) {
      throw new Error('请先填写票号：选票上编的第几张');
    }
    const saved = await run(
      addProjectSecondEntry,
      { roundId: round.id, paperNo, ...ballot },
      { quiet: true },
    );
    if (!saved.ok) throw saved.error;
    setChosen(null);
    const { differences } = saved.value;
    if (differences.length === 0) return `第 ${paperNo} 张复核一致`;
    const where = differences.map(differenceText).join('；');
    return {
      error: true,
      text: `第 ${paperNo} 张两次录入不一致（第一次 / 复核）：${where}。请核对原票后在下方选择保留哪一次`,
    };
  };

  return (
    <Stack gap="xs">
      <NumberInput
        label="复核第几张（票号）"
        description={
          ballots.length === 0
            ? '还没有录入选票：先在“第一次录入”中录入，再由第二人复核。'
            : `第一次录入了第 1 至 ${ballots.at(-1)?.paperNo ?? 0} 张；默认是下一张未复核的票。填好后按 Enter 开始录入。`
        }
        w={360}
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
      <ProjectBallotKeyForm
        key={round.id}
        label="复核录入选票"
        candidates={candidates}
        places={round.rules.places}
        paperNo={typeof paperNo === 'number' ? paperNo : null}
        focusSignal={signal}
        onSave={save}
      />
      <DifferencesList round={round} report={report} ballots={ballots} seconds={seconds} refocus={refocus} />
    </Stack>
  );
}
