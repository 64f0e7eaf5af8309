import { Alert, Badge, Button, EmptyState, Group, Paper, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { publishProjectRound, setUpRunoff } from '../../app/commands/projects';
import {
  useCandidates,
  useProjectBallots,
  useProjectRounds,
  useUnits,
  type ActivityRecord,
  type ProjectCandidateRecord,
} from '../../app/queries';
import { useCommand } from '../../app/runtime';
import { countsOf, decideRound } from '../../domain/projects/projectLifecycle';
import type { ProjectRound } from '../../domain/projects/projectRound';
import { finalChoice } from '../../domain/projects/runoff';
import { namesById } from '../../domain/names';
import { ROUND_STAGE_LABELS } from '../../domain/votes/roundRecord';
import { DecisionTable } from './DecisionTable';
import { ProjectDocumentButtons } from './ProjectDocumentButtons';
import { OpenRoundPanel } from './OpenRoundPanel';
import { ProjectFingerprintAlert } from './ProjectFingerprintAlert';
import { ProjectRoundLog } from './ProjectRoundLog';
import { ResetRoundModal } from './ResetRoundModal';
import { StartRoundForm } from './StartRoundForm';

/** 已结束: the decision counted from what was entered, to check before 公布; or back to 票决中 by a reset. */
function ClosedRound({
  round,
  candidates,
  unitName,
}: {
  round: ProjectRound;
  candidates: ProjectCandidateRecord[];
  unitName: (id: string) => string;
}) {
  const ballots = useProjectBallots(round.id);
  const { run, busy } = useCommand();
  const [resetting, setResetting] = useState(false);
  if (!ballots || !round.counts) return null;
  const decision = decideRound(round, round.counts, ballots);
  return (
    <Paper withBorder p="lg">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{round.title}：计票结果（未公布）</Title>
        <Group gap="sm">
          <Button variant="default" color="red" onClick={() => setResetting(true)}>
            作废本轮
          </Button>
          <Button
            loading={busy}
            onClick={() =>
              void run(
                publishProjectRound,
                { roundId: round.id },
                { success: '票决结果已公布', failTitle: '结果未公布' },
              )
            }
          >
            公布结果
          </Button>
        </Group>
      </Group>
      {resetting ? (
        <ResetRoundModal round={round} ballots={ballots.length} onClose={() => setResetting(false)} />
      ) : null}
      {'missing' in decision ? (
        <Alert color="red">{decision.missing}</Alert>
      ) : (
        <DecisionTable
          round={round}
          decision={decision}
          counts={countsOf(round, ballots)}
          candidates={candidates}
          unitName={unitName}
          fingerprint={null}
        />
      )}
    </Paper>
  );
}

/** A published round: its frozen decision, its documents, and 设置再次票决 when its cut-off was tied. */
function PublishedRound({
  activity,
  round,
  isLast,
  candidates,
  unitName,
}: {
  activity: ActivityRecord;
  round: ProjectRound;
  isLast: boolean;
  candidates: ProjectCandidateRecord[];
  unitName: (id: string) => string;
}) {
  const ballots = useProjectBallots(round.id);
  const { run, busy } = useCommand();
  const published = round.published;
  if (!published || !ballots) return null;
  return (
    <Paper withBorder p="lg">
      <Group justify="space-between" mb="sm">
        <Group gap="sm">
          <Title order={4}>{round.title}</Title>
          <Badge color="green">{ROUND_STAGE_LABELS.published}</Badge>
        </Group>
        <Group gap="sm">
          <ProjectDocumentButtons activity={activity} round={round} />
          {isLast && published.decision.runoff && !activity.archived ? (
            <Button
              color="orange"
              loading={busy}
              onClick={() =>
                void run(
                  setUpRunoff,
                  { roundId: round.id },
                  { success: '已设置再次票决，请填写人数后开始', failTitle: '未能设置再次票决' },
                )
              }
            >
              设置再次票决
            </Button>
          ) : null}
        </Group>
      </Group>
      <ProjectFingerprintAlert roundId={round.id} />
      <DecisionTable
        round={round}
        decision={published.decision}
        counts={countsOf(round, ballots)}
        candidates={candidates}
        unitName={unitName}
        fingerprint={published.fingerprint}
      />
    </Paper>
  );
}

/** 票决: start the vote, enter the ballots, close, publish; each round and any 再次票决, in order. */
export function ProjectVotePanel({ activity }: { activity: ActivityRecord }) {
  const rounds = useProjectRounds(activity.id);
  const candidates = useCandidates(activity.id);
  const units = useUnits();
  if (!rounds || !candidates || !units) return null;
  const unitName = namesById(units, 'shortName');
  const byId = new Map(candidates.map((c) => [c.id, c.name]));
  const names = (id: string) => byId.get(id) ?? '';
  const last = rounds.at(-1) ?? null;
  const choice = finalChoice(rounds.flatMap((r) => (r.published ? [r.published.decision] : [])));

  if (candidates.length === 0) {
    return (
      <EmptyState
        mt="lg"
        title="还没有候选项目"
        description="请先在“候选项目”中添加或导入候选项目，再开始票决。"
      />
    );
  }
  return (
    <Stack>
      {choice.complete ? (
        <Alert color="green" title="票决已完成">
          共选出 {choice.chosen.length} 个项目：{choice.chosen.map(names).join('、')}。
          {choice.placesLeft > 0 ? `尚余 ${choice.placesLeft} 个名额未确定。` : ''}
          选出的项目已转入“项目跟踪”。
        </Alert>
      ) : null}
      {rounds
        .filter((r) => r.stage === 'published')
        .map((r) => (
          <PublishedRound
            key={r.id}
            activity={activity}
            round={r}
            isLast={r === last}
            candidates={candidates}
            unitName={unitName}
          />
        ))}
      {!last || last.stage === 'draft' ? (
        <>
          <Group justify="flex-end">
            <ProjectDocumentButtons activity={activity} round={last} />
          </Group>
          <StartRoundForm activity={activity} round={last} candidateCount={candidates.length} names={names} />
        </>
      ) : null}
      {last?.stage === 'open' ? <OpenRoundPanel round={last} names={names} /> : null}
      {last?.stage === 'closed' ? (
        <ClosedRound round={last} candidates={candidates} unitName={unitName} />
      ) : null}
      {rounds.map((r) => (
        <ProjectRoundLog key={r.id} round={r} />
      ))}
    </Stack>
  );
}
