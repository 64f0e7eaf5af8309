import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'wouter';
import { useActivities, useAllCandidates, useProjectItems } from '../../app/queries';
import { useToday } from '../../app/runtime';
import { attentionText, followUpAttention } from '../../domain/projects/followUp';

/**
 * 民生实事项目提醒 on the home page: chosen projects overdue, due within 30 days, or with no note for 90 days,
 * each linking to its activity's 项目跟踪. Nothing shows when no project needs attention.
 */
export function ProjectAttentionPanel() {
  const items = useProjectItems();
  const candidates = useAllCandidates();
  const activities = useActivities();
  const today = useToday();
  if (!items || !candidates || !activities) return null;
  const live = new Set(activities.filter((a) => !a.archived).map((a) => a.id));
  const names = new Map(candidates.map((c) => [c.id, c.name]));
  const flagged = items
    .filter((item) => live.has(item.activityId))
    .map((item) => ({ item, flags: followUpAttention(item, item.startedOn, today) }))
    .filter((entry) => entry.flags.length > 0);
  if (flagged.length === 0) return null;
  return (
    <Card withBorder padding="sm" component="section" aria-label="民生实事项目提醒">
      <Group justify="space-between" mb={6}>
        <Title order={4}>民生实事项目提醒</Title>
        <Badge color="red" variant="light">
          {flagged.length}
        </Badge>
      </Group>
      <Stack gap={6}>
        {flagged.map(({ item, flags }) => (
          <Group key={item.id} justify="space-between" wrap="nowrap" gap="xs">
            <Anchor component={Link} href={`/activities/${item.activityId}/followUp`} fw={600} size="sm">
              {names.get(item.id) ?? ''}
            </Anchor>
            <Group gap={4} wrap="nowrap">
              {flags.map((f) => (
                <Badge key={f.kind} color={f.kind === 'dueSoon' ? 'orange' : 'red'} variant="light">
                  {attentionText(f)}
                </Badge>
              ))}
            </Group>
          </Group>
        ))}
      </Stack>
      <Text size="xs" c="dimmed" mt={6}>
        超过计划完成时间、30 天内到期、或 90 天没有进展记录的项目。
      </Text>
    </Card>
  );
}
