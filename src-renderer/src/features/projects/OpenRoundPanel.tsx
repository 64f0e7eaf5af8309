import {
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  Stack,
  Switch,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { useState } from 'react';
import {
  addProjectBallot,
  closeProjectRound,
  deleteProjectBallot,
  setProjectEntryMode,
} from '../../app/commands/projects';
import { setProjectDoubleEntry } from '../../app/commands/projectDoubleEntry';
import { useProjectBallots, useProjectSecondEntries } from '../../app/queries';
import { projectDoubleEntryReport } from '../../domain/projects/projectDoubleEntry';
import { useCommand } from '../../app/runtime';
import { isDomainError } from '../../domain/errors';
import type { ProjectBallotEntry, ProjectRound } from '../../domain/projects/projectRound';
import type { EntryMode } from '../../domain/votes/roundRecord';
import { errorMessage } from '../../ui/notify';
import { CorrectBallotModal } from './CorrectBallotModal';
import { ProjectBallotKeyForm } from './ProjectBallotKeyForm';
import { ResetRoundModal } from './ResetRoundModal';
import { ProjectSecondEntryPane } from './ProjectSecondEntryPane';
import { TotalsForm } from './ProjectTotalsForm';

type Count = number | string;
const num = (v: Count) => (typeof v === 'number' ? v : Number.NaN);

/** 票决中: the entry (paper ballots by keyboard, or totals), the ballots entered, and 结束票决 with 收回. */
export function OpenRoundPanel({ round, names }: { round: ProjectRound; names: (id: string) => string }) {
  const ballots = useProjectBallots(round.id);
  const seconds = useProjectSecondEntries(round.id);
  const { run } = useCommand();
  const [pane, setPane] = useState<'first' | 'second'>('first');
  const [resetting, setResetting] = useState(false);
  const [correcting, setCorrecting] = useState<ProjectBallotEntry | null>(null);
  // Each change puts the focus back in the entry box, after every dialog and confirmation (as on a 测评 round).
  const [focusSignal, setFocusSignal] = useState(0);
  const refocus = () => setFocusSignal((n) => n + 1);
  const closer = useCommand();
  const [returned, setReturned] = useState<Count>('');
  const [voidProblem, setVoidProblem] = useState<string | null>(null);
  if (!ballots || !seconds) return null;
  const candidates = round.candidateIds.map((id) => ({ id, name: names(id) }));
  const doubleEntry = round.doubleEntry === true && round.entryMode === 'ballots';
  const report = projectDoubleEntryReport(candidates, ballots, seconds);
  const nextPaper = (ballots.at(-1)?.paperNo ?? 0) + 1;
  const issued = round.counts?.issued ?? 0;

  const saveBallot = async (ballot: { marks: string[]; void: boolean }) => {
    const result = await run(addProjectBallot, { roundId: round.id, ...ballot }, { quiet: true });
    if (!result.ok) throw result.error;
    const over = !ballot.void && ballot.marks.length > round.rules.places;
    return `已保存第 ${result.value.paperNo} 张${ballot.void ? '（整张作废）' : over ? '（多选无效）' : ballot.marks.length === 0 ? '（未选任何项目）' : ''}`;
  };

  const switchDoubleEntry = (on: boolean) =>
    void run(
      setProjectDoubleEntry,
      { roundId: round.id, on },
      {
        success: on ? '已开启双人复核：每张选票由第二人再录一遍' : '已关闭双人复核',
        failTitle: '未能更改双人复核',
      },
    );

  const setMode = (mode: string) =>
    void run(
      setProjectEntryMode,
      { roundId: round.id, mode: mode as EntryMode },
      { failTitle: '未能切换录入方式' },
    );

  const close = async () => {
    setVoidProblem(null);
    const count =
      returned === ''
        ? round.entryMode === 'totals'
          ? (round.totals?.returned ?? Number.NaN)
          : ballots.length
        : num(returned);
    const result = await closer.run(
      closeProjectRound,
      { roundId: round.id, returned: count },
      {
        success: '票决已结束，请核对结果后公布',
        failTitle: '票决未结束',
        quiet: false,
      },
    );
    if (!result.ok && isDomainError(result.error, 'projects.void'))
      setVoidProblem(errorMessage(result.error));
    else if (!result.ok) refocus();
  };

  const askReset = () => setResetting(true);

  const askDelete = (id: string, paperNo: number) =>
    modals.openConfirmModal({
      title: `删除第 ${paperNo} 张选票`,
      children: <Text size="sm">删除后可以重新录入这张票。确定删除吗？</Text>,
      labels: { confirm: '删除', cancel: '取消' },
      confirmProps: { color: 'red' },
      onClose: refocus,
      onConfirm: () =>
        void run(
          deleteProjectBallot,
          { ballotId: id },
          { success: `已删除第 ${paperNo} 张`, failTitle: '选票未删除' },
        ),
    });

  return (
    <Stack>
      {correcting ? (
        <CorrectBallotModal
          round={round}
          ballot={correcting}
          candidates={candidates}
          onClose={() => {
            setCorrecting(null);
            refocus();
          }}
        />
      ) : null}
      {resetting ? (
        <ResetRoundModal
          round={round}
          ballots={ballots.length}
          onClose={() => {
            setResetting(false);
            refocus();
          }}
        />
      ) : null}
      <Paper withBorder p="lg">
        <Group justify="space-between" mb="sm">
          <Title order={4}>{round.title}：录入选票</Title>
          {round.entryMode === 'ballots' ? (
            <Switch
              label="双人复核"
              description="每张选票由第二人按票号再录一遍，两次一致才能结束"
              checked={round.doubleEntry === true}
              onChange={(event) => switchDoubleEntry(event.currentTarget.checked)}
            />
          ) : null}
          <SegmentedControl
            value={round.entryMode}
            onChange={setMode}
            data={[
              { value: 'ballots', label: '逐张录入' },
              { value: 'totals', label: '录入汇总数' },
            ]}
          />
        </Group>
        {doubleEntry ? (
          <Group mb="xs">
            <SegmentedControl
              value={pane}
              onChange={setPane}
              data={[
                { value: 'first', label: '第一次录入' },
                { value: 'second', label: '复核录入' },
              ]}
            />
            <Text size="sm" fw={700} c={report.checked === report.total ? 'green.8' : 'orange.8'}>
              已复核 {report.checked} / {report.total} 张
            </Text>
          </Group>
        ) : null}
        {doubleEntry && pane === 'second' ? (
          <ProjectSecondEntryPane
            round={round}
            candidates={candidates}
            report={report}
            ballots={ballots}
            seconds={seconds}
          />
        ) : round.entryMode === 'ballots' ? (
          <>
            <Text size="sm" c="dimmed" mb="xs">
              已录入 {ballots.length} 张 / 发出 {issued} 张。每张票按选票顺序逐项按键：同意按 1，不同意按 0
              或空格。
            </Text>
            {ballots.length < issued ? (
              <ProjectBallotKeyForm
                key={round.id}
                candidates={candidates}
                places={round.rules.places}
                paperNo={nextPaper}
                focusSignal={focusSignal}
                onSave={saveBallot}
              />
            ) : (
              <Alert color="blue">已录入发出的全部 {issued} 张选票，请填写收回票数并结束票决。</Alert>
            )}
          </>
        ) : (
          <TotalsForm round={round} names={names} />
        )}
      </Paper>
      <Paper withBorder p="lg">
        <Title order={5} mb="xs">
          结束票决
        </Title>
        <Group align="flex-end">
          <NumberInput
            label="收回票数"
            placeholder={round.entryMode === 'ballots' ? String(ballots.length) : ''}
            w={140}
            min={0}
            allowDecimal={false}
            value={returned}
            onChange={setReturned}
          />
          <Button color="green" loading={closer.busy} onClick={() => void close()}>
            结束票决
          </Button>
        </Group>
        {voidProblem ? (
          <Alert color="red" mt="sm" title="本次票决无效">
            <Text size="sm" mb="xs">
              {voidProblem}
            </Text>
            <Button color="red" size="xs" onClick={askReset}>
              作废本轮，重新投票
            </Button>
          </Alert>
        ) : null}
      </Paper>
      {round.entryMode === 'ballots' && ballots.length > 0 ? (
        <Paper withBorder p="lg">
          <Title order={5} mb="xs">
            已录入的选票（最近 10 张）
          </Title>
          <Table aria-label="已录入的选票" verticalSpacing={2}>
            <Table.Tbody>
              {ballots
                .slice(-10)
                .reverse()
                .map((b) => (
                  <Table.Tr key={b.id}>
                    <Table.Td w={90}>第 {b.paperNo} 张</Table.Td>
                    <Table.Td ff="monospace">
                      {b.void
                        ? '整张作废'
                        : round.candidateIds.map((id) => (b.marks.includes(id) ? '1' : '0')).join('')}
                    </Table.Td>
                    <Table.Td>
                      {b.void
                        ? ''
                        : b.marks.length > round.rules.places
                          ? '多选无效'
                          : `同意 ${b.marks.length} 项`}
                    </Table.Td>
                    <Table.Td w={130}>
                      <Button size="compact-sm" variant="subtle" onClick={() => setCorrecting(b)}>
                        更正
                      </Button>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        color="red"
                        onClick={() => askDelete(b.id, b.paperNo)}
                      >
                        删除
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
            </Table.Tbody>
          </Table>
        </Paper>
      ) : null}
    </Stack>
  );
}
