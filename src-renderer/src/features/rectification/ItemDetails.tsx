import type { ReactNode } from 'react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { Link } from 'wouter';
import { formatChineseDate } from '../../domain/time';
import {
  currentDue,
  describeDueState,
  describeSource,
  dueState,
  outcomeOfRound,
  type RectificationItem,
  type RectificationSettings,
} from '../../domain/rectification';
import { ROUND_STAGE_LABELS, type VoteRound } from '../../domain/votes';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{children || '—'}</Text>
    </div>
  );
}

/** 问题, 整改要求, 来源 and the leaders: editable only while 待交办 (the notice is the record afterwards). */
export function ItemFields({
  item,
  onEdit,
  onDelete,
}: {
  item: RectificationItem;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const pending = item.status === 'pending';
  return (
    <Paper withBorder p="md" component="section" aria-label="整改内容">
      <Group justify="space-between" mb="xs">
        <Title order={4}>整改内容</Title>
        {pending ? (
          <Group gap={4}>
            <Button size="compact-sm" variant="default" onClick={onEdit}>
              修改
            </Button>
            <Button size="compact-sm" variant="subtle" color="red" onClick={onDelete}>
              删除
            </Button>
          </Group>
        ) : (
          <Text size="xs" c="dimmed">
            已交办，内容以交办文件为准；补充情况请添加跟踪记录
          </Text>
        )}
      </Group>
      <Stack gap="sm">
        <div>
          <Text size="xs" c="dimmed">
            存在的问题
          </Text>
          {item.problems.length === 1 ? (
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {item.problems[0]}
            </Text>
          ) : (
            <List type="ordered" size="sm">
              {item.problems.map((p, i) => (
                <List.Item key={i}>{p}</List.Item>
              ))}
            </List>
          )}
        </div>
        <Field label="整改要求">{item.requirements}</Field>
        <SimpleGrid cols={3}>
          <Field label="来源">{describeSource(item.source)}</Field>
          <Field label="分管领导">
            {item.supervisorName
              ? `${item.supervisorName}${item.supervisorTitle ? `（${item.supervisorTitle}）` : ''}`
              : ''}
          </Field>
          <Field label="责任领导">{item.responsibleLeader}</Field>
        </SimpleGrid>
        {item.note ? <Field label="备注">{item.note}</Field> : null}
      </Stack>
    </Paper>
  );
}

function DueLine({
  label,
  date,
  active,
  today,
  dueSoonDays,
}: {
  label: string;
  date: string | null;
  active: boolean;
  today: string;
  dueSoonDays: number;
}) {
  if (date === null) return <Field label={label}>未定</Field>;
  const state = dueState(date, today, dueSoonDays);
  const color = !active
    ? 'dimmed'
    : state.state === 'overdue'
      ? 'red.8'
      : state.state === 'dueSoon'
        ? 'orange.8'
        : undefined;
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={active ? 700 : 400}>
        {formatChineseDate(date)}
      </Text>
      {active ? (
        <Text size="sm" c={color} aria-label={`${label}剩余时间`}>
          {describeDueState(state)}
        </Text>
      ) : null}
    </div>
  );
}

/** The dates, the deadline worked towards with its days left or overdue, the vote count and the flag. */
export function ItemDates({
  item,
  today,
  settings,
}: {
  item: RectificationItem;
  today: string;
  settings: RectificationSettings;
}) {
  const due = currentDue(item);
  const soon = settings.dueSoonDays;
  return (
    <Paper withBorder p="md" component="section" aria-label="期限">
      <Title order={4} mb="xs">
        期限
      </Title>
      <Stack gap="sm">
        <Field label="交办日期">{item.issueDate ? formatChineseDate(item.issueDate) : '尚未交办'}</Field>
        <DueLine
          label="整改方案期限"
          date={item.planDue}
          active={due?.kind === 'plan'}
          today={today}
          dueSoonDays={soon}
        />
        <DueLine
          label="整改报告期限"
          date={item.reportDue}
          active={due?.kind === 'report'}
          today={today}
          dueSoonDays={soon}
        />
        <Field label="测评次数">
          {item.round > 0 ? `${item.round} 次（连续不满意 ${item.unsatisfiedStreak} 次）` : '尚未测评'}
        </Field>
        {item.flag ? (
          <Alert color="red" title="重点关注" role="alert">
            {item.flag}
          </Alert>
        ) : null}
      </Stack>
    </Paper>
  );
}

/** The round voting on the report: its stage, a link to it, and the outcome once published. */
export function VoteCard({ item, round }: { item: RectificationItem; round: VoteRound | null | undefined }) {
  if (item.voteRoundId === null) return null;
  const read = outcomeOfRound(round, item.id);
  return (
    <Paper withBorder p="md" component="section" aria-label="整改报告测评">
      <Title order={4} mb="xs">
        第 {item.round + 1} 次测评
      </Title>
      {round ? (
        <Stack gap={6}>
          <Anchor component={Link} href={`/activities/${round.activityId}/votes/${round.id}`} fw={600}>
            {round.title}
          </Anchor>
          <Group gap={6}>
            <Badge variant="light" color={round.stage === 'published' ? 'green' : 'grape'}>
              {ROUND_STAGE_LABELS[round.stage]}
            </Badge>
          </Group>
          {'error' in read ? (
            <Text size="sm" c="dimmed">
              {read.error}
            </Text>
          ) : (
            <Text size="sm">结果已公布：{read.figures}。请点击“记录测评结果”登记。</Text>
          )}
        </Stack>
      ) : (
        <Text size="sm" c="red.8">
          {'error' in read ? read.error : ''}
        </Text>
      )}
    </Paper>
  );
}
