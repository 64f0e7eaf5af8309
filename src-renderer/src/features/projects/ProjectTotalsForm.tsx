import { Button, Group, NumberInput, SimpleGrid, Stack } from '@mantine/core';
import { useState } from 'react';
import { saveProjectTotals } from '../../app/commands/projects';
import { useCommand } from '../../app/runtime';
import type { ProjectRound } from '../../domain/projects/projectRound';

type Count = number | string;
const num = (v: Count) => (typeof v === 'number' ? v : Number.NaN);

/** Totals counted by hand: 收回, the void ones, the empty ones and every candidate's 同意 votes. */
export function TotalsForm({ round, names }: { round: ProjectRound; names: (id: string) => string }) {
  const t = round.totals;
  const [returned, setReturned] = useState<Count>(t?.returned ?? '');
  const [overMarked, setOverMarked] = useState<Count>(t?.overMarked ?? 0);
  const [voidOther, setVoidOther] = useState<Count>(t?.voidOther ?? 0);
  const [empty, setEmpty] = useState<Count>(t?.empty ?? 0);
  const [votes, setVotes] = useState<Record<string, Count>>(() =>
    Object.fromEntries(round.candidateIds.map((id) => [id, t?.votes[id] ?? ''])),
  );
  const { run, busy } = useCommand();
  const save = () => {
    const r = num(returned);
    const totals = {
      returned: r,
      valid: r - num(overMarked) - num(voidOther),
      overMarked: num(overMarked),
      voidOther: num(voidOther),
      empty: num(empty),
      votes: Object.fromEntries(round.candidateIds.map((id) => [id, num(votes[id] ?? '')])),
    };
    void run(
      saveProjectTotals,
      { roundId: round.id, totals },
      { success: '汇总数已保存', failTitle: '汇总数未保存' },
    );
  };
  return (
    <Stack>
      <SimpleGrid cols={4}>
        <NumberInput label="收回票数" min={0} allowDecimal={false} value={returned} onChange={setReturned} />
        <NumberInput
          label="多选无效票"
          min={0}
          allowDecimal={false}
          value={overMarked}
          onChange={setOverMarked}
        />
        <NumberInput
          label="其他无效票"
          min={0}
          allowDecimal={false}
          value={voidOther}
          onChange={setVoidOther}
        />
        <NumberInput
          label="未选任何项目的票"
          min={0}
          allowDecimal={false}
          value={empty}
          onChange={setEmpty}
        />
      </SimpleGrid>
      <SimpleGrid cols={3}>
        {round.candidateIds.map((id, i) => (
          <NumberInput
            key={id}
            label={`${i + 1}. ${names(id)}（同意票）`}
            min={0}
            allowDecimal={false}
            value={votes[id] ?? ''}
            onChange={(v) => setVotes({ ...votes, [id]: v })}
          />
        ))}
      </SimpleGrid>
      <Group>
        <Button loading={busy} onClick={save}>
          保存汇总数
        </Button>
      </Group>
    </Stack>
  );
}
