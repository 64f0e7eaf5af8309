import { List, Paper, Text, Title } from '@mantine/core';

/** "本轮使用的计票规则": the sentences of describeRules, numbered, as printed under every result. */
export function RulesUsed({
  lines,
  fingerprint,
  title = '本轮使用的计票规则',
}: {
  lines: readonly string[];
  fingerprint?: string | null;
  title?: string;
}) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Title order={5} mb="xs">
        {title}
      </Title>
      <List type="ordered" size="sm" spacing={4}>
        {lines.map((line) => (
          <List.Item key={line}>{line}</List.Item>
        ))}
      </List>
      {fingerprint ? (
        <Text size="xs" mt="sm" c="dimmed" style={{ wordBreak: 'break-all' }} aria-label="校验码">
          测评票校验码（SHA-256）：{fingerprint}
        </Text>
      ) : null}
    </Paper>
  );
}
