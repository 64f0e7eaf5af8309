import { Alert, Badge, Button, Checkbox, Group, Modal, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { createItems } from '../../app/commands/rectificationItems';
import { useDraftProposals, useRounds, type ActivityRecord } from '../../app/queries';
import { useCommand } from '../../app/runtime';
import { initiallyTicked, isSourceRound } from '../../domain/rectification';
import { errorMessage } from '../../ui/notify';
import { problemSummary } from './format';

/**
 * 从测评结果生成 (pick a published round: its bottom-ranked and 不满意 units) or 从询问问题生成 (one item per unit
 * asked): the proposals are shown with a tick each; units that already have an item from the same source start
 * unticked. Only the ticked ones are created, as 待交办 drafts to check before 交办.
 */
export function GenerateModal({
  activity,
  source,
  unitName,
  onClose,
}: {
  activity: ActivityRecord;
  source: 'evaluation' | 'inquiry';
  unitName: (id: string) => string;
  onClose: () => void;
}) {
  const rounds = (useRounds(activity.id) ?? []).filter(isSourceRound);
  const [roundId, setRoundId] = useState<string | null>(null);
  const chosen = roundId ?? rounds[rounds.length - 1]?.id ?? null;
  const read = useDraftProposals(activity.id, source, chosen);
  const proposals = read && 'proposals' in read ? read.proposals : null;
  // The ticks belong to the round they were made on; another round starts from its own defaults.
  const [ticks, setTicks] = useState<{ roundId: string | null; ticked: Set<number> } | null>(null);
  const ticked = ticks !== null && ticks.roundId === chosen ? ticks.ticked : initiallyTicked(proposals ?? []);
  const setTicked = (next: Set<number>) => setTicks({ roundId: chosen, ticked: next });
  const [failure, setFailure] = useState<string | null>(null);
  const problem = failure ?? (read && 'error' in read ? errorMessage(read.error) : null);
  const { run, busy } = useCommand();

  const create = async () => {
    const drafts = (proposals ?? []).filter((_, i) => ticked.has(i)).map((p) => p.draft);
    const result = await run(
      createItems,
      { drafts },
      { quiet: true, success: `已生成 ${drafts.length} 项整改事项（待交办）` },
    );
    if (result.ok) onClose();
    else setFailure(errorMessage(result.error));
  };

  const title = source === 'evaluation' ? '从测评结果生成整改事项' : '从询问问题生成整改事项';
  return (
    <Modal opened onClose={onClose} title={title} size="xl">
      <Stack>
        {source === 'evaluation' ? (
          rounds.length === 0 ? (
            <Alert color="yellow">还没有已公布的测评结果。请先在“测评”页完成测评并公布结果。</Alert>
          ) : (
            <Select
              label="测评"
              description="排名靠后的单位和测评等次为不满意的单位各生成一项，问题中写明名次、满意率和得分"
              data={rounds.map((r) => ({ value: r.id, label: r.title }))}
              value={chosen}
              onChange={(id) => {
                setRoundId(id);
                setFailure(null);
              }}
              allowDeselect={false}
              w={600}
            />
          )
        ) : (
          <Text size="sm" c="dimmed">
            每个应询单位生成一项，问题为询问提纲中向该单位提出的问题。
          </Text>
        )}
        {proposals && proposals.length === 0 ? (
          <Alert color="yellow">
            {source === 'evaluation' ? '该测评没有排名靠后或不满意的单位。' : '询问提纲中还没有问题。'}
          </Alert>
        ) : null}
        {proposals && proposals.length > 0 ? (
          <Table aria-label="拟生成的整改事项" verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={40} />
                <Table.Th w={170}>单位</Table.Th>
                <Table.Th>问题</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {proposals.map((p, i) => (
                <Table.Tr key={`${p.draft.unitId}-${i}`}>
                  <Table.Td>
                    <Checkbox
                      aria-label={`生成${unitName(p.draft.unitId)}`}
                      checked={ticked.has(i)}
                      onChange={(e) => {
                        const next = new Set(ticked);
                        if (e.currentTarget.checked) next.add(i);
                        else next.delete(i);
                        setTicked(next);
                      }}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Text fw={600}>{unitName(p.draft.unitId)}</Text>
                    {p.existing ? (
                      <Badge size="sm" color="gray" variant="light">
                        已有整改事项
                      </Badge>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{problemSummary(p.draft.problems, 90)}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : null}
        {problem ? (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            取消
          </Button>
          <Button loading={busy} disabled={ticked.size === 0} onClick={() => void create()}>
            生成 {ticked.size} 项整改事项
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
