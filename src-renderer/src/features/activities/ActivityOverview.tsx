import { Badge, Group, Loader, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ActivityRecord } from '../../app/queries';
import { usePeople, useUnits } from '../../app/queries';
import { participantLabel, respondentLabel, unitsLabel, type Activity } from '../../domain/activity/activity';
import { formatChineseDate } from '../../domain/time';
import { comparePeople } from '../../domain/directory/order';
import { PERSON_CATEGORIES, type Person } from '../../domain/directory/person';
import { nameOr } from '../../domain/names';
import { TIMER_PHASE_LABELS, type TimerMinutes } from '../../domain/settings/settings';
import { minutesToSeconds, plannedLengthText } from '../../domain/settings/timerLength';
import { PROJECT_DENOMINATOR_LABELS } from '../../domain/projects/projectRules';
import { personLabel } from './peopleOptions';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={500}>{children}</Text>
    </Stack>
  );
}

function Participants({ activity, people }: { activity: Activity; people: Map<string, Person> }) {
  const chosen = activity.participantIds.flatMap((id) => {
    const p = people.get(id);
    return p ? [p] : [];
  });
  if (chosen.length === 0)
    return <Text c="dimmed">还没有选择{participantLabel(activity.kind)}，可在“编辑”中添加。</Text>;
  return (
    <Stack gap="xs">
      {PERSON_CATEGORIES.map((category) => {
        const group = chosen.filter((p) => p.category === category).sort(comparePeople);
        if (group.length === 0) return null;
        return (
          <div key={category}>
            <Text size="sm" fw={600} mb={4}>
              {category}（{group.length} 人）
            </Text>
            <Group gap={6}>
              {group.map((p) => (
                <Badge key={p.id} variant="light" color="gray" size="lg" tt="none" fw={500}>
                  {p.name}
                </Badge>
              ))}
            </Group>
          </div>
        );
      })}
    </Stack>
  );
}

export function ActivityOverview({ activity }: { activity: ActivityRecord }) {
  const people = usePeople();
  const units = useUnits();
  if (!people || !units) return <Loader />;
  const peopleById = new Map(people.map((p) => [p.id, p]));
  const unitsById = new Map(units.map((u) => [u.id, u]));
  const chair = activity.chairId ? peopleById.get(activity.chairId) : undefined;
  return (
    <Stack gap="lg">
      <Paper withBorder p="lg">
        <SimpleGrid cols={4}>
          <Fact label="日期">{formatChineseDate(activity.date)}</Fact>
          <Fact label="地点">{activity.venue || '未填'}</Fact>
          <Fact label="主持人">{chair ? personLabel(chair) : '未选'}</Fact>
          {activity.project ? (
            <Fact label="票决规则">
              {`${activity.project.year}年项目，限选 ${activity.project.places} 项，获${PROJECT_DENOMINATOR_LABELS[activity.project.denominator]}过半数同意为通过`}
            </Fact>
          ) : (
            <Fact label="计时">
              {(Object.keys(TIMER_PHASE_LABELS) as (keyof TimerMinutes)[])
                .map(
                  (k) =>
                    `${TIMER_PHASE_LABELS[k]} ${plannedLengthText(minutesToSeconds(activity.timerMinutes[k]))}`,
                )
                .join(' · ')}
            </Fact>
          )}
        </SimpleGrid>
      </Paper>
      {activity.kind === 'project' ? null : (
        <Paper withBorder p="lg">
          <Title order={4} mb="sm">
            {unitsLabel(activity.kind)}（{activity.units.length} 个）
          </Title>
          {activity.units.length === 0 ? (
            <Text c="dimmed">还没有选择单位，可在“编辑”中添加。</Text>
          ) : (
            <Table aria-label={unitsLabel(activity.kind)} striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={60}>序号</Table.Th>
                  <Table.Th>单位</Table.Th>
                  <Table.Th>{respondentLabel(activity.kind)}</Table.Th>
                  <Table.Th>分管领导</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {activity.units.map((u, i) => {
                  const unit = unitsById.get(u.unitId);
                  return (
                    <Table.Tr key={u.unitId}>
                      <Table.Td>{i + 1}</Table.Td>
                      <Table.Td fw={600}>{nameOr(unit, 'shortName')}</Table.Td>
                      <Table.Td>
                        {u.respondentName}{' '}
                        {u.respondentTitle ? (
                          <Text span c="dimmed" size="sm">
                            {u.respondentTitle}
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td>
                        {unit?.supervisorName ?? ''}{' '}
                        <Text span c="dimmed" size="sm">
                          {unit?.supervisorTitle ?? ''}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          )}
        </Paper>
      )}
      <Paper withBorder p="lg">
        <Title order={4} mb="sm">
          {participantLabel(activity.kind)}（{activity.participantIds.length} 人）
        </Title>
        <Participants activity={activity} people={peopleById} />
      </Paper>
    </Stack>
  );
}
