import { Badge, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useLocation } from 'wouter';
import { createConsoleVote } from '../../../app/commands/consoleVotes';
import { useRounds, type ActivityRecord } from '../../../app/queries';
import { useCommand } from '../../../app/runtime';
import { answeredQuestion } from '../../../domain/inquiry/consoleCommands';
import type { ConsoleState } from '../../../domain/inquiry/consoleState';
import { ROUND_STAGE_LABELS } from '../../../domain/votes/roundRecord';

/**
 * 满意度测评 from the console: a vote on the answer just given, or on each unit, or an existing round.
 * The round itself (counts, ballots or totals, publishing) runs on the round page.
 */
export function VoteMenu({
  activity,
  state,
  onClose,
}: {
  activity: ActivityRecord;
  state: ConsoleState;
  onClose: () => void;
}) {
  const rounds = useRounds(activity.id);
  const [, navigate] = useLocation();
  const { run, busy } = useCommand();
  const question = answeredQuestion(state);
  const go = (roundId: string) => navigate(`/activities/${activity.id}/votes/${roundId}`);

  /** questionId null: a vote on each unit. */
  const create = (questionId: string | null) =>
    void run(createConsoleVote, { activityId: activity.id, questionId }, { failTitle: '测评未创建' }).then(
      (result) => {
        if (result.ok) go(result.value.id);
      },
    );

  return (
    <Modal opened onClose={onClose} title="满意度测评" size="lg">
      <Stack>
        <Text size="sm" c="dimmed">
          测评在测评页进行：填写应到、实到、发出人数，录入测评票或汇总数，结束后公布，可在大屏显示结果。会议计时不受影响。
        </Text>
        <Group grow>
          <Button disabled={!question || busy} onClick={() => question && create(question.id)}>
            {question ? `对第 ${question.order} 题的回答测评` : '还没有可测评的回答'}
          </Button>
          <Button variant="light" disabled={busy || activity.units.length === 0} onClick={() => create(null)}>
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
