import { Alert, Badge, Button, Group, Paper, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { useCheckins } from '../../../app/queries';
import { holdScoringScreen } from '../../../app/runtime';
import type { VoteRound } from '../../../domain/votes/roundRecord';
import {
  HIDDEN_WHILE_SCORING,
  scoringCounts,
  scoringOn,
  scoringProgress,
} from '../../../domain/votes/secrecy';
import { useEntryFocus } from '../entryFocus';
import { EnterScoringModal } from './EnterScoringModal';
import { enterFullscreen, scoringGroups, scoringPath } from './scoringRoutes';

/**
 * 评分模式 on the round page (stage open): the way in (sign-in and PIN), and while it is on, only 已投 n / 实到 m
 * and the way back to the scoring screen. No count of any subject is shown here while members vote.
 */
export function ScoringPanel({ round }: { round: VoteRound }) {
  const checkins = useCheckins(round.id);
  const [, navigate] = useLocation();
  const groups = scoringGroups(round);
  const [asking, setAsking] = useState(false);
  const { refocus } = useEntryFocus();
  const on = scoringOn(round);
  const { voted, present } = scoringCounts(round.presence, checkins ?? []);

  const backToScreen = () => {
    if (!round.scoring) return;
    enterFullscreen();
    const path = scoringPath(round, round.scoring.groupId);
    holdScoringScreen(path);
    navigate(path);
  };

  return (
    <Paper withBorder p="md" component="section" aria-label="评分模式">
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="sm">
            <Title order={4}>评分模式</Title>
            {on ? (
              <Badge color="grape" size="lg">
                进行中
              </Badge>
            ) : null}
          </Group>
          <Text size="sm" c="dimmed" maw={720}>
            到会的委员签到后在本机上依次不记名投票，每人一次。签到名单与测评票分开保存，测评票不记录投票人和时间。
          </Text>
        </div>
        <Text size="xl" fw={700} aria-label="评分模式投票进度">
          {present > 0 ? scoringProgress(voted, present) : '尚未签到'}
        </Text>
      </Group>
      {groups.length === 0 ? (
        <Text size="sm" mt="sm" c="dimmed">
          {round.rules.form === 'tiers'
            ? '各测评组均选择了录入汇总数，不能使用评分模式。'
            : '评分模式目前只用于满意度测评；评分表请逐张录入。'}
        </Text>
      ) : on ? (
        <>
          <Alert color="grape" mt="sm" title="投票期间不显示票数">
            {HIDDEN_WHILE_SCORING}
          </Alert>
          <Group mt="sm">
            <Button onClick={backToScreen}>回到评分屏幕</Button>
            <Text size="sm" c="dimmed">
              退出评分模式须在评分屏幕上输入进入时设置的 PIN。
            </Text>
          </Group>
        </>
      ) : (
        <Group mt="sm">
          <Button onClick={() => setAsking(true)}>进入评分模式</Button>
          <Text size="sm" c="dimmed">
            进入时先签到，并设置退出评分模式用的 PIN。
          </Text>
        </Group>
      )}
      {asking && !on ? (
        <EnterScoringModal
          round={round}
          onClose={() => {
            setAsking(false);
            refocus();
          }}
        />
      ) : null}
    </Paper>
  );
}
