import { Button, Group, NumberInput, Paper, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { startProjectRound } from '../../app/commands/projects';
import type { ActivityRecord } from '../../app/queries';
import { useCommand } from '../../app/runtime';
import type { ProjectRound } from '../../domain/projects/projectRound';

type Count = number | string;

/** 开始票决: 应到, 实到, 发出; the first vote, or the 再次票决 that was set up (`round`, in 设置中). */
export function StartRoundForm({
  activity,
  round,
  candidateCount,
  names,
}: {
  activity: ActivityRecord;
  round: ProjectRound | null;
  candidateCount: number;
  names: (id: string) => string;
}) {
  const [entitled, setEntitled] = useState<Count>('');
  const [present, setPresent] = useState<Count>('');
  const [issued, setIssued] = useState<Count>('');
  const { run, busy } = useCommand();
  const num = (v: Count) => (typeof v === 'number' ? v : Number.NaN);
  const start = () =>
    void run(
      startProjectRound,
      {
        activityId: activity.id,
        counts: { entitled: num(entitled), present: num(present), issued: num(issued) },
      },
      { success: '票决已开始，请录入选票', failTitle: '票决未开始' },
    );
  const places = round?.rules.places ?? activity.project?.places ?? 0;
  return (
    <Paper withBorder p="lg">
      <Title order={4} mb="xs">
        {round ? `再次票决（第 ${round.number} 轮）` : '开始票决'}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {round
          ? `对得票相同的 ${round.candidateIds.map((id) => `“${names(id)}”`).join('、')} 再次投票，确定剩余的 ${places} 个名额（得票多者当选，无需过半数）。`
          : `候选项目 ${candidateCount} 个，限选 ${places} 项。填写人数后开始票决；开始后候选项目和顺序不能再修改。`}
      </Text>
      <Group align="flex-end">
        <NumberInput
          label="应到人数"
          w={120}
          min={0}
          allowDecimal={false}
          value={entitled}
          onChange={setEntitled}
        />
        <NumberInput
          label="实到人数"
          w={120}
          min={0}
          allowDecimal={false}
          value={present}
          onChange={setPresent}
        />
        <NumberInput
          label="发出票数"
          w={120}
          min={0}
          allowDecimal={false}
          value={issued}
          onChange={setIssued}
        />
        <Button loading={busy} onClick={start} disabled={activity.archived}>
          开始票决
        </Button>
      </Group>
    </Paper>
  );
}
