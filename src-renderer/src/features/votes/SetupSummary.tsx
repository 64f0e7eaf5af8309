import { Grid, List, Paper, Text, Title } from '@mantine/core';
import { describeRules } from '../../domain/votes/describeRules';
import type { VoteRound } from '../../domain/votes/roundRecord';
import { RulesUsed } from './RulesUsed';

/** A round in draft: its subjects in printed order and its rules, before it is opened. */
export function SetupSummary({ round }: { round: VoteRound }) {
  return (
    <Grid gap="md">
      <Grid.Col span={4}>
        <Paper withBorder p="md" aria-label="测评对象">
          <Title order={5} mb="xs">
            测评对象（{round.subjects.length} 个，按测评票上的顺序）
          </Title>
          <List type="ordered" size="sm" spacing={2}>
            {round.subjects.map((s) => (
              <List.Item key={s.id}>{s.name}</List.Item>
            ))}
          </List>
          <Text size="sm" mt="sm" aria-label="双人复核">
            {round.doubleEntry ? '双人复核：开启（每张测评票由第二人再录入一遍）' : '双人复核：未开启'}
          </Text>
        </Paper>
      </Grid.Col>
      <Grid.Col span={8}>
        <RulesUsed lines={describeRules(round.rules)} />
      </Grid.Col>
    </Grid>
  );
}
