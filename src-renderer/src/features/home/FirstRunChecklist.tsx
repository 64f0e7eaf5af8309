import { Anchor, Badge, Button, Card, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { Link } from 'wouter';
import { useChecklistFacts } from '../../app/queries';
import { firstRunChecklist, type ChecklistStep } from '../../domain/activity/checklist';

function Step({ step, index, isNext }: { step: ChecklistStep; index: number; isNext: boolean }) {
  return (
    <Group component="li" wrap="nowrap" align="flex-start" gap="sm" aria-label={step.label}>
      <ThemeIcon
        radius="xl"
        size={28}
        color={step.done ? 'teal' : 'gray'}
        variant={step.done ? 'filled' : 'light'}
      >
        {step.done ? '✓' : index + 1}
      </ThemeIcon>
      <Stack gap={2} style={{ flex: 1 }}>
        <Group gap="xs">
          <Anchor component={Link} href={step.href} fw={isNext ? 700 : 500}>
            {step.label}
          </Anchor>
          <Badge size="sm" variant="light" color={step.done ? 'teal' : 'gray'}>
            {step.done ? '已完成' : '未完成'}
          </Badge>
        </Group>
        {step.done ? null : (
          <Text size="sm" c="dimmed">
            {step.hint}
          </Text>
        )}
      </Stack>
      {isNext ? (
        <Button size="xs" component={Link} href={step.href}>
          去完成
        </Button>
      ) : null}
    </Group>
  );
}

/**
 * 准备步骤: what to set up before the first inquiry, each ticked from the data and linking to where it is done.
 * Shown while any step is undone; once all are done it gives way to the overview.
 */
export function FirstRunChecklist() {
  const facts = useChecklistFacts();
  if (!facts) return null;
  const { steps, next, doneCount } = firstRunChecklist(facts);
  if (!next) return null;
  return (
    <Card withBorder component="section" aria-labelledby="first-run-title">
      <Group justify="space-between" mb="sm">
        <Title order={4} id="first-run-title">
          准备步骤
        </Title>
        <Text size="sm" c="dimmed">
          已完成 {doneCount}/{steps.length}
        </Text>
      </Group>
      <Stack component="ol" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
        {steps.map((step, index) => (
          <Step key={step.key} step={step} index={index} isNext={step === next} />
        ))}
      </Stack>
    </Card>
  );
}
