import { Alert, Badge, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { recordReportVote, startReportVote } from '../../app/commands/rectificationVotes';
import { useToday } from '../../app/runtime';
import { formatChineseDate } from '../../domain/time';
import {
  addMonths,
  describeOutcome,
  isSatisfiedOutcome,
  outcomeDefaults,
  outcomeOfRound,
  type RectificationItem,
  type RectificationSettings,
} from '../../domain/rectification';
import type { VoteRound } from '../../domain/votes';
import { DatedActionModal } from './ActionModals';

/** 开始测评: creates the ballot round on this item's report and opens it, to enter the counts and the ballots. */
export function StartVoteModal({
  item,
  unitName,
  onClose,
}: {
  item: RectificationItem;
  unitName: string;
  onClose: () => void;
}) {
  const [, navigate] = useLocation();
  return (
    <DatedActionModal
      title="开始测评"
      description={
        <Text size="sm">
          对{unitName}的整改情况报告进行第 {item.round + 1}{' '}
          次满意度测评：新建一轮测评（测评对象为该报告，测评组为常委会组成人员，
          等次按应到人数计算：满意票超过应到人数一半为满意，满意和基本满意票合计超过一半为基本满意，否则为不满意）。
          创建后转到测评页，登记应到、实到人数，录入测评票并公布结果，再回到本页登记测评结果。
        </Text>
      }
      confirmLabel="新建测评"
      issueDate={item.issueDate}
      textLabel="备注"
      withText={false}
      command={startReportVote}
      input={({ date }) => ({ itemId: item.id, date })}
      success={({ round }) => `已新建测评：${round.title}`}
      onDone={({ round }) => navigate(`/activities/${round.activityId}/votes/${round.id}`)}
      onClose={onClose}
    />
  );
}

/**
 * 记录测评结果: the outcome is read from the published round (reportVoteOutcome), shown here for confirmation.
 * 不满意 sends the item back to 整改中 with a new report deadline (by default the reportMonths setting).
 */
export function RecordOutcomeModal({
  item,
  round,
  settings,
  onClose,
}: {
  item: RectificationItem;
  round: VoteRound | null;
  settings: RectificationSettings;
  onClose: () => void;
}) {
  const months = settings.reportMonths;
  const read = outcomeOfRound(round, item.id);
  // The day the result was published (local date), else today, and the new report deadline from it.
  const today = useToday();
  const proposed = outcomeDefaults(round, today, settings);
  const [reportDue, setReportDue] = useState<string | null>(proposed.reportDue);
  const unsatisfied = !('error' in read) && !isSatisfiedOutcome(read.outcome);
  return (
    <DatedActionModal
      title="登记测评结果"
      confirmLabel="登记"
      issueDate={item.issueDate}
      textLabel="备注"
      withText={false}
      initial={{ date: proposed.date }}
      description={
        'error' in read ? (
          <Alert color="orange" role="alert">
            {read.error}
          </Alert>
        ) : (
          <Stack gap={4}>
            <Group gap="xs">
              <Text>第 {item.round + 1} 次测评结果：</Text>
              <Badge color={unsatisfied ? 'red' : 'green'} size="lg">
                {describeOutcome(read.outcome)}
              </Badge>
            </Group>
            <Text size="sm" c="dimmed">
              {read.figures}（{round?.title}）
            </Text>
            {unsatisfied && item.unsatisfiedStreak + 1 >= 2 ? (
              <Text size="sm" c="red.8">
                这将是连续第 {item.unsatisfiedStreak + 1} 次不满意，事项将被标记，建议检查、约谈或问责。
              </Text>
            ) : null}
          </Stack>
        )
      }
      extra={
        unsatisfied ? (
          <TextInput
            type="date"
            label="新的整改报告期限"
            description={`默认测评日期后 ${months} 个月`}
            w={220}
            value={reportDue ?? ''}
            placeholder="默认"
            onChange={(e) => setReportDue(e.currentTarget.value || null)}
          />
        ) : null
      }
      command={recordReportVote}
      input={({ date }) => ({
        itemId: item.id,
        date,
        ...(unsatisfied ? { reportDue: reportDue ?? addMonths(date, months) } : {}),
      })}
      success={(moved, { date }) =>
        moved.status === 'closed'
          ? '已登记：满意，整改事项办结'
          : `已登记：不满意，退回整改，整改报告期限${formatChineseDate(moved.reportDue ?? addMonths(date, months))}`
      }
      onClose={onClose}
    />
  );
}
