import { Badge, Box, Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useLocation } from 'wouter';
import { submitScoringBallot } from '../../../app/commands/votesScoring';
import { useCheckins, useRound } from '../../../app/queries';
import { releaseScoringScreen, useCommand } from '../../../app/runtime';
import type { ScoringPerson } from '../../../domain/votes/scoring';
import { scoringCounts, scoringOn, scoringProgress } from '../../../domain/votes/secrecy';
import type { TierId } from '../../../domain/votes/tiers';
import { CheckinScreen, ConfirmIdentity } from './CheckinScreen';
import { ExitScoring } from './ExitScoring';
import { leaveFullscreen, roundPath, scoringGroups } from './scoringRoutes';
import { ScreenBallot } from './ScreenBallot';
import { useRaters } from './useRaters';

type Step =
  | { kind: 'checkin' }
  | { kind: 'confirm'; person: ScoringPerson }
  | { kind: 'ballot'; person: ScoringPerson }
  | { kind: 'done' };

/** How long 已提交，请下一位 stays before the check-in list comes back by itself. */
const DONE_MS = 5000;

/**
 * 评分模式, full screen (#/scoring/:roundId[/:groupId]): the signed-in members → 我是某某 → the anonymous
 * ballot → 已提交，请下一位 → the list again. Nothing of a member's choices stays on screen or in state after
 * submitting, and the list does not change when someone votes: only 已投 n / 实到 m does.
 */
export function ScoringPage({ roundId, groupId }: { roundId: string; groupId?: string | undefined }) {
  const round = useRound(roundId);
  const checkins = useCheckins(roundId);
  const [step, setStep] = useState<Step>({ kind: 'checkin' });
  const [, navigate] = useLocation();
  const { run } = useCommand();

  // The secretary's notifications (测评已开始 …) are not for the members at the machine.
  useEffect(() => notifications.clean(), []);

  useEffect(() => {
    if (step.kind !== 'done') return;
    const timer = setTimeout(() => setStep({ kind: 'checkin' }), DONE_MS);
    return () => clearTimeout(timer);
  }, [step]);

  const groups = round ? scoringGroups(round) : [];
  const sessionGroup = round?.scoring?.groupId ?? groupId;
  const group = groups.find((g) => g.id === sessionGroup) ?? groups[0];
  const raters = useRaters(round?.activityId ?? '', group?.name);

  if (round === undefined || !checkins || (round && raters === undefined)) {
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  }
  if (!round) {
    // The round was deleted meanwhile: nothing to guard any more, and nowhere to go back to but the start.
    const home = () => {
      releaseScoringScreen();
      leaveFullscreen();
      navigate('/');
    };
    return (
      <Center h="100vh">
        <Stack align="center" gap="xl">
          <Text fz={30}>找不到这一轮测评，可能已被删除。</Text>
          <Button size="lg" variant="default" onClick={home}>
            返回首页
          </Button>
        </Stack>
      </Center>
    );
  }
  const signedIn = new Set(round.presence?.[group?.id ?? ''] ?? []);
  const present = (raters ?? []).filter((p) => signedIn.has(p.id));
  const voted = new Set(checkins);
  const progress = scoringCounts(round.presence, checkins);
  const on = scoringOn(round) && round.scoring?.groupId === group?.id;
  const closedReason =
    round.stage !== 'open'
      ? '本轮测评不在“测评中”，不能投票。'
      : !group
        ? '本轮没有可以使用评分模式的测评组。'
        : !on
          ? '评分模式没有开启或已经退出，不能投票。'
          : null;
  /** Scoring mode is off: nothing to guard, the secretary goes back without a PIN. */
  const backToRound = () => {
    releaseScoringScreen();
    leaveFullscreen();
    navigate(roundPath(round));
  };

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
          <Text fz="lg" fw={600} aria-label="投票进度">
            {scoringProgress(progress.voted, progress.present)}
          </Text>
          {on ? <ExitScoring round={round} /> : null}
        </Group>
      </Group>
      {closedReason ? (
        <Center style={{ flex: 1 }}>
          <Stack align="center" gap="xl">
            <Text fz={30}>{closedReason}</Text>
            <Button size="lg" variant="default" onClick={backToRound}>
              返回测评页面
            </Button>
          </Stack>
        </Center>
      ) : step.kind === 'checkin' ? (
        <CheckinScreen
          present={present}
          voted={voted}
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
