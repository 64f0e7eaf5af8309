import { Alert, Button, Group, Modal, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { enterScoringMode } from '../../../app/commands/votesScoring';
import { useCheckins } from '../../../app/queries';
import { useCommand } from '../../../app/runtime';
import type { VoteRound } from '../../../domain/votes/roundRecord';
import { errorMessage } from '../../../ui/notify';
import { enterFullscreen, leaveFullscreen, scoringGroups, scoringPath } from './scoringRoutes';

/**
 * 评分模式 on the round page (stage open): how many have voted on the machine, and the way in. The count comes
 * from the check-ins; 应投 is the ballots issued to the groups that enter ballots one by one.
 */
export function ScoringPanel({ round }: { round: VoteRound }) {
  const checkins = useCheckins(round.id);
  const [, navigate] = useLocation();
  const groups = scoringGroups(round);
  const [asking, setAsking] = useState(false);
  const [groupId, setGroupId] = useState(groups[0]?.id ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const { run, busy } = useCommand();
  const expected = groups.reduce((sum, g) => sum + (round.counts[g.id]?.issued ?? 0), 0);
  const chosen = groups.some((g) => g.id === groupId) ? groupId : (groups[0]?.id ?? '');

  const enter = async () => {
    enterFullscreen(); // while the click still counts as the user's gesture
    const entered = await run(enterScoringMode, { roundId: round.id, groupId: chosen }, { quiet: true });
    if (entered.ok) navigate(scoringPath(round, chosen));
    else {
      leaveFullscreen();
      setProblem(errorMessage(entered.error));
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-label="评分模式">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={4}>评分模式</Title>
          <Text size="sm" c="dimmed" maw={720}>
            委员在本机上依次签到、不记名投票，每人一次。签到名单与测评票分开保存，测评票不记录投票人和时间。
          </Text>
        </div>
        <Text size="xl" fw={700} aria-label="评分模式投票进度">
          已投 {checkins?.length ?? 0} 人 / 应投 {expected} 人
        </Text>
      </Group>
      {groups.length === 0 ? (
        <Text size="sm" mt="sm" c="dimmed">
          {round.rules.form === 'tiers'
            ? '各测评组均选择了录入汇总数，不能使用评分模式。'
            : '评分模式目前只用于满意度测评；评分表请逐张录入。'}
        </Text>
      ) : (
        <Group mt="sm">
          <Button onClick={() => setAsking(true)}>进入评分模式</Button>
        </Group>
      )}
      {asking ? (
        <Modal opened onClose={() => setAsking(false)} title="进入评分模式" size="lg">
          <Stack>
            <Text size="sm">
              进入后本机全屏显示签到名单和测评票，委员找到自己的姓名、确认身份后投票，提交后交给下一位。
              会务人员退出时按 Ctrl+Shift+Q 或点右上角“退出评分模式”，须再次确认。
            </Text>
            {groups.length > 1 ? (
              <Group>
                <Text size="sm" fw={500}>
                  本次投票的测评组：
                </Text>
                <SegmentedControl
                  aria-label="评分模式测评组"
                  data={groups.map((g) => ({ value: g.id, label: g.name }))}
                  value={chosen}
                  onChange={setGroupId}
                />
              </Group>
            ) : null}
            {problem ? (
              <Alert color="red" role="alert" title="不能进入评分模式">
                {problem}
              </Alert>
            ) : null}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setAsking(false)}>
                取消
              </Button>
              <Button loading={busy} onClick={() => void enter()}>
                进入评分模式
              </Button>
            </Group>
          </Stack>
        </Modal>
      ) : null}
    </Paper>
  );
}
