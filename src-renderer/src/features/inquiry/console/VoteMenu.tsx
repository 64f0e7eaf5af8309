import { Badge, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { appDb } from '../../../db/appDb';
import type { ActivityRecord } from '../../../db/database';
import { useRounds } from '../../../app/queries/live';
import { createRound } from '../../../db/repositories/votes';
import type { ConsoleState } from '../../../domain/inquiry/consoleState';
import type { Question } from '../../../domain/inquiry/question';
import { answerRoundInput, unitRoundInput } from '../../../domain/votes/roundDefaults';
import { ROUND_STAGE_LABELS } from '../../../domain/votes/roundRecord';
import { notifyError } from '../../../ui/notify';

/** The question a vote "on the answer" is about: the current one, else the last one finished. */
function answeredQuestion(state: ConsoleState): Question | null {
  if (state.currentQuestion) return state.currentQuestion;
  const done = state.questions.filter((q) => state.progress[q.id]?.status === 'done');
  return (
    done.sort(
      (a, b) => (state.progress[b.id]?.finishedAt ?? 0) - (state.progress[a.id]?.finishedAt ?? 0),
    )[0] ?? null
  );
}

/**
 * 满意度测评 from the console: a vote on the answer just given, or on each unit, or an existing round.
 * The round itself (counts, ballots or totals, publishing) runs on the round page.
 */
export function VoteMenu({
  activity,
  state,
  unitName,
  onClose,
}: {
  activity: ActivityRecord;
  state: ConsoleState;
  unitName: (unitId: string) => string;
  onClose: () => void;
}) {
  const rounds = useRounds(activity.id);
  const [, navigate] = useLocation();
  const [busy, setBusy] = useState(false);
  const question = answeredQuestion(state);
  const go = (roundId: string) => navigate(`/activities/${activity.id}/votes/${roundId}`);

  const create = async (make: () => Parameters<typeof createRound>[2]) => {
    setBusy(true);
    try {
      go((await createRound(appDb, activity.id, make(), new Date().getTime())).id);
    } catch (error) {
      notifyError(error, '测评未创建');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title="满意度测评" size="lg">
      <Stack>
        <Text size="sm" c="dimmed">
          测评在测评页进行：填写应到、实到、发出人数，录入测评票或汇总数，结束后公布，可在大屏显示结果。会议计时不受影响。
        </Text>
        <Group grow>
          <Button
            disabled={!question || busy}
            onClick={() =>
              question &&
              void create(() => answerRoundInput(activity, question, question.unitIds.map(unitName)))
            }
          >
            {question ? `对第 ${question.order} 题的回答测评` : '还没有可测评的回答'}
          </Button>
          <Button
            variant="light"
            disabled={busy || activity.units.length === 0}
            onClick={() =>
              void create(() =>
                unitRoundInput(
                  activity,
                  activity.units.map((u) => ({ unitId: u.unitId, name: unitName(u.unitId) })),
                ),
              )
            }
          >
            新建对各应询单位的测评
          </Button>
        </Group>
        {rounds && rounds.length > 0 ? (
          <Stack gap={6}>
            <Text fw={600}>本次活动的测评</Text>
            {rounds.map((round) => (
              <Group key={round.id} justify="space-between" wrap="nowrap">
                <Text size="sm" lineClamp={1}>
                  {round.title}
                </Text>
                <Group gap="xs" wrap="nowrap">
                  <Badge variant="light">{ROUND_STAGE_LABELS[round.stage]}</Badge>
                  <Button size="compact-sm" variant="subtle" onClick={() => go(round.id)}>
                    打开
                  </Button>
                </Group>
              </Group>
            ))}
          </Stack>
        ) : null}
      </Stack>
    </Modal>
  );
}
