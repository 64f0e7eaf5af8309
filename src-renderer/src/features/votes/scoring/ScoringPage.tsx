import { Badge, Box, Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useMemo, useState } from 'react';
import { submitScoringBallot } from '../../../app/commands/votesScoring';
import { useActivity, useCheckins, usePeople, useRound } from '../../../app/queries';
import { useCommand } from '../../../app/runtime';
import type { Person } from '../../../domain/directory/person';
import { scoringRaters, type ScoringPerson } from '../../../domain/votes/scoring';
import type { TierId } from '../../../domain/votes/tiers';
import { NotFoundPage } from '../../../ui/NotFoundPage';
import { CheckinScreen, ConfirmIdentity } from './CheckinScreen';
import { ExitScoring } from './ExitScoring';
import { scoringGroups } from './scoringRoutes';
import { ScreenBallot } from './ScreenBallot';

type Step =
  | { kind: 'checkin' }
  | { kind: 'confirm'; person: ScoringPerson }
  | { kind: 'ballot'; person: ScoringPerson }
  | { kind: 'done' };

/** How long 已提交，请下一位 stays before the check-in list comes back by itself. */
const DONE_MS = 5000;

/**
 * 评分模式, full screen (#/scoring/:roundId[/:groupId]): check-in → 我是某某 → the anonymous ballot → 已提交，
 * 请下一位 → check-in. Nothing of a member's choices stays on screen or in state after submitting.
 */
export function ScoringPage({ roundId, groupId }: { roundId: string; groupId?: string | undefined }) {
  const round = useRound(roundId);
  const activity = useActivity(round?.activityId ?? '');
  const people = usePeople();
  const checkins = useCheckins(roundId);
  const [step, setStep] = useState<Step>({ kind: 'checkin' });
  const { run } = useCommand();

  // The secretary's notifications (测评已开始 …) are not for the members at the machine.
  useEffect(() => notifications.clean(), []);

  useEffect(() => {
    if (step.kind !== 'done') return;
    const timer = setTimeout(() => setStep({ kind: 'checkin' }), DONE_MS);
    return () => clearTimeout(timer);
  }, [step]);

  const groups = round ? scoringGroups(round) : [];
  const group = groups.find((g) => g.id === groupId) ?? groups[0];
  const raters = useMemo(() => {
    if (!activity || !people || !group) return [];
    const byId = new Map(people.map((p) => [p.id, p]));
    const participants = activity.participantIds
      .map((id) => byId.get(id))
      .filter((p): p is Person => p !== undefined);
    return scoringRaters(participants, group.name);
  }, [activity, people, group]);

  if (round === undefined || activity === undefined || !people || !checkins) {
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  }
  if (!round || !activity) return <NotFoundPage />;
  const voted = new Set(checkins);
  const waiting = raters.filter((p) => !voted.has(p.id));
  const votedRaters = raters.filter((p) => voted.has(p.id));
  const closedReason =
    round.stage !== 'open'
      ? '本轮测评不在“测评中”，不能投票。请会务人员退出评分模式。'
      : !group
        ? '本轮没有可以使用评分模式的测评组。请会务人员退出评分模式。'
        : null;

  /** The ballot shows a refusal on screen, in large type: it is thrown back to it, not notified. */
  const submit = async (marks: Record<string, readonly TierId[]>) => {
    if (step.kind !== 'ballot' || !group) return;
    const ballot = { form: 'tiers' as const, groupId: group.id, marks };
    const submitted = await run(
      submitScoringBallot,
      { roundId: round.id, personId: step.person.id, ballot },
      { quiet: true },
    );
    if (!submitted.ok) throw submitted.error;
    setStep({ kind: 'done' });
  };

  return (
    <Box mih="100vh" bg="gray.0" p="lg" style={{ display: 'flex', flexDirection: 'column' }}>
      <Group justify="space-between" mb="lg" wrap="nowrap">
        <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
          <Badge size="xl" color="grape">
            评分模式
          </Badge>
          <Title order={2} fz={26} lineClamp={1}>
            {round.title}
          </Title>
        </Group>
        <Group gap="md" wrap="nowrap">
          <Text fz="lg" fw={600} aria-label="已投票人数">
            已投 {checkins.length} 人
          </Text>
          <ExitScoring round={round} />
        </Group>
      </Group>
      {closedReason ? (
        <Center style={{ flex: 1 }}>
          <Text fz={30}>{closedReason}</Text>
        </Center>
      ) : step.kind === 'checkin' ? (
        <CheckinScreen
          waiting={waiting}
          voted={votedRaters}
          groupName={group?.name ?? ''}
          onPick={(person) => setStep({ kind: 'confirm', person })}
        />
      ) : step.kind === 'confirm' ? (
        <ConfirmIdentity
          person={step.person}
          onConfirm={() => setStep({ kind: 'ballot', person: step.person })}
          onBack={() => setStep({ kind: 'checkin' })}
        />
      ) : step.kind === 'ballot' ? (
        <ScreenBallot
          key={step.person.id}
          subjects={round.subjects}
          tiers={round.rules.tiers}
          onSubmit={submit}
          onCancel={() => setStep({ kind: 'checkin' })}
        />
      ) : (
        <Center style={{ flex: 1 }}>
          <Stack align="center" gap="xl">
            <Title order={1} fz={56} c="green.8">
              已提交，谢谢！
            </Title>
            <Text fz={32}>请下一位测评人投票</Text>
            <Button size="xl" h={72} fz={28} onClick={() => setStep({ kind: 'checkin' })}>
              下一位
            </Button>
          </Stack>
        </Center>
      )}
    </Box>
  );
}
