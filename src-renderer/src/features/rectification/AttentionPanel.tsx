import type { ReactNode } from 'react';
import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'wouter';
import {
  useActivities,
  useRectificationItems,
  useRoundsById,
  useSettings,
  useUnits,
} from '../../app/queries';
import { useToday } from '../../app/runtime';
import { namesById } from '../../domain/names';
import { formatChineseDate } from '../../domain/time';
import {
  awaitingOutcome,
  dashboard,
  stalledAfterDays,
  stalledItems,
  votingRoundIds,
  type DueNotice,
  type RectificationItem,
} from '../../domain/rectification';
import { problemSummary } from './format';

function NoticeRow({ notice, unitName, overdue }: { notice: DueNotice; unitName: string; overdue: boolean }) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="xs">
      <Anchor component={Link} href={`/rectification/${notice.itemId}`} fw={600} size="sm">
        {unitName}
      </Anchor>
      <Group gap={6} wrap="nowrap">
        <Text size="xs" c="dimmed">
          {formatChineseDate(notice.due.date)}
        </Text>
        <Badge color={overdue ? 'red' : 'orange'} variant={overdue ? 'filled' : 'light'}>
          {notice.text}
        </Badge>
      </Group>
    </Group>
  );
}

function Column({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  return (
    <Card withBorder padding="sm" component="section" aria-label={title}>
      <Group justify="space-between" mb={6}>
        <Text fw={700}>{title}</Text>
        <Badge variant="light" color={count > 0 ? 'red' : 'gray'}>
          {count}
        </Badge>
      </Group>
      <Stack gap={6}>
        {count === 0 ? (
          <Text size="sm" c="dimmed">
            无
          </Text>
        ) : (
          children
        )}
      </Stack>
    </Card>
  );
}

/**
 * 整改提醒 on the home page: items whose deadline has passed or is within the dueSoonDays setting (7 by default),
 * and items flagged after two unsatisfied votes in a row, each with its unit and the days left or overdue. Today is
 * the PC's date.
 */
export function AttentionPanel() {
  const items = useRectificationItems();
  const units = useUnits();
  const settings = useSettings();
  const today = useToday();
  const activities = useActivities();
  const rounds = useRoundsById(votingRoundIds(items ?? []));
  if (!items || !units || !settings || !activities || !rounds || items.length === 0) return null;
  const soonDays = settings.rectification.dueSoonDays;
  const soonTitle = soonDays === 0 ? '今日到期' : `${soonDays} 日内到期`;
  const unitName = namesById(units, 'shortName');
  const board = dashboard(items, today, settings.rectification);
  const toRecord = awaitingOutcome(items, rounds);
  // What the office itself is holding up: drafts not handed over, votes without a round or a result.
  const stalled = stalledItems(items, {
    today,
    settings: settings.rectification,
    activityDates: Object.fromEntries(activities.map((activity) => [activity.id, activity.date])),
    rounds: Object.fromEntries(rounds.map((round) => [round.id, { stage: round.stage }])),
  });
  const total = board.overdue.length + board.dueSoon.length + board.flagged.length;
  return (
    <div>
      <Group justify="space-between" mb="sm">
        <Title order={4}>整改提醒</Title>
        <Anchor component={Link} href="/rectification" size="sm">
          全部整改事项
        </Anchor>
      </Group>
      {toRecord.length > 0 ? (
        <Text size="sm" mb="xs">
          整改报告测评结果已公布、待登记：
          {toRecord.map((item, i) => (
            <span key={item.id}>
              {i > 0 ? '、' : ''}
              <Anchor component={Link} href={`/rectification/${item.id}`} size="sm">
                {unitName(item.unitId)}
              </Anchor>
            </span>
          ))}
        </Text>
      ) : null}
      {total === 0 ? (
        <Text c="dimmed" aria-label="整改提醒">
          目前没有逾期、{soonTitle}或连续不满意的整改事项。
        </Text>
      ) : (
        <SimpleGrid cols={3}>
          <Column title="已逾期" count={board.overdue.length}>
            {board.overdue.map((n) => (
              <NoticeRow key={n.itemId} notice={n} unitName={unitName(n.unitId)} overdue />
            ))}
          </Column>
          <Column title={soonTitle} count={board.dueSoon.length}>
            {board.dueSoon.map((n) => (
              <NoticeRow key={n.itemId} notice={n} unitName={unitName(n.unitId)} overdue={false} />
            ))}
          </Column>
          <Column title="连续不满意" count={board.flagged.length}>
            {board.flagged.map((item: RectificationItem) => (
              <div key={item.id}>
                <Anchor component={Link} href={`/rectification/${item.id}`} fw={600} size="sm">
                  {unitName(item.unitId)}
                </Anchor>
                <Text size="xs" c="red.8">
                  {item.flag}
                </Text>
                <Text size="xs" c="dimmed">
                  {problemSummary(item.problems, 30)}
                </Text>
              </div>
            ))}
          </Column>
        </SimpleGrid>
      )}
      {stalled.length > 0 ? (
        <Card withBorder padding="sm" mt="sm" component="section" aria-label="等待过久">
          <Group justify="space-between" mb={6}>
            <Text fw={700}>
              等待过久
              <Text span size="xs" c="dimmed" fw={400} ml="xs">
                待交办或测评中超过 {stalledAfterDays(settings.rectification)} 天，或测评轮次已不存在
              </Text>
            </Text>
            <Badge variant="light" color="grape">
              {stalled.length}
            </Badge>
          </Group>
          <Stack gap={4}>
            {stalled.map((n) => (
              <Group key={n.itemId} gap="sm" wrap="nowrap">
                <Anchor component={Link} href={`/rectification/${n.itemId}`} fw={600} size="sm">
                  {unitName(n.unitId)}
                </Anchor>
                <Text size="sm" c="grape.8">
                  {n.text}
                </Text>
              </Group>
            ))}
          </Stack>
        </Card>
      ) : null}
    </div>
  );
}
