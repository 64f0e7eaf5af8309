import { Alert, Button, Group, Modal, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useRef, useState } from 'react';
import type { Subject } from '../../../domain/votes/ballots';
import { screenBallot, screenBallotSummary, type ScreenChoice } from '../../../domain/votes/scoring';
import { ballotTiers, TIER_LABELS, type TierId, type TierSettings } from '../../../domain/votes/tiers';
import { errorMessage } from '../../../ui/notify';
import classes from './ScreenBallot.module.css';

const COLORS: Record<TierId | 'blank', string> = {
  satisfied: 'green',
  fairly: 'teal',
  basic: 'yellow',
  unsatisfied: 'red',
  unknown: 'gray',
  blank: 'gray',
};

function ChoiceButton({
  label,
  value,
  checked,
  onPick,
}: {
  label: string;
  value: TierId | 'blank';
  checked: boolean;
  onPick: () => void;
}) {
  const color = `var(--mantine-color-${COLORS[value]}-${value === 'blank' ? 6 : 7})`;
  return (
    <UnstyledButton
      role="radio"
      aria-checked={checked}
      className={classes.choice}
      data-checked={checked || undefined}
      style={{ '--choice-color': color }}
      onClick={onPick}
    >
      {/* Beside the label, not before it: the label stays centred and the button keeps its width. */}
      {checked ? (
        <span aria-hidden="true" className={classes.check}>
          ✓
        </span>
      ) : null}
      {label}
    </UnstyledButton>
  );
}

/**
 * The anonymous ballot on the screen: one row per subject in the printed order, a big button per tier and
 * 弃权 (every subject must get one, so none is skipped by mistake). 提交 asks for confirmation. `onSubmit`
 * stores the ballot and the check-in together; its Chinese refusal is shown here.
 */
export function ScreenBallot({
  subjects,
  tiers,
  onSubmit,
  onCancel,
}: {
  subjects: readonly Subject[];
  tiers: TierSettings;
  onSubmit: (marks: Record<string, readonly TierId[]>) => Promise<void>;
  onCancel: () => void;
}) {
  const [choices, setChoices] = useState<ScreenChoice[]>(() => subjects.map(() => null));
  const [problem, setProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const rows = useRef<(HTMLDivElement | null)[]>([]);
  const options: (TierId | 'blank')[] = [...ballotTiers(tiers), 'blank'];
  const done = choices.filter((c) => c !== null).length;

  const pick = (index: number, choice: TierId | 'blank') => {
    setChoices(choices.map((c, i) => (i === index ? choice : c)));
    setProblem(null);
  };
  const askSubmit = () => {
    const outcome = screenBallot(choices, subjects, tiers);
    if ('problem' in outcome) {
      setProblem(outcome.problem);
      rows.current[outcome.index]?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      return;
    }
    setConfirming(true);
  };
  const submit = async () => {
    const outcome = screenBallot(choices, subjects, tiers);
    if ('problem' in outcome) return;
    setBusy(true);
    try {
      await onSubmit(outcome.ballot.marks);
    } catch (error) {
      setConfirming(false);
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="sm" maw={1400} mx="auto" w="100%">
      <div>
        <Title order={1} fz={34}>
          测评票（不记名）
        </Title>
        <Text fz="xl" c="dimmed">
          请对每个测评对象选择一个档次；不作评价的，请选“弃权”。
        </Text>
      </div>
      {subjects.map((subject, index) => (
        <Paper
          key={subject.id}
          ref={(el) => {
            rows.current[index] = el;
          }}
          withBorder
          px="md"
          py={8}
          className={classes.row}
          data-missing={problem && choices[index] === null ? true : undefined}
        >
          <Text className={classes.name}>
            {index + 1}. {subject.name}
          </Text>
          <div className={classes.choices} role="radiogroup" aria-label={subject.name}>
            {options.map((option) => (
              <ChoiceButton
                key={option}
                value={option}
                label={option === 'blank' ? '弃权' : TIER_LABELS[option]}
                checked={choices[index] === option}
                onPick={() => pick(index, option)}
              />
            ))}
          </div>
        </Paper>
      ))}
      {problem ? (
        <Alert color="red" role="alert" fz="xl">
          <Text fz="xl">{problem}</Text>
        </Alert>
      ) : null}
      <div className={classes.footer}>
        <Button size="xl" variant="default" onClick={() => (done > 0 ? setLeaving(true) : onCancel())}>
          返回签到
        </Button>
        <Text fz={26} fw={700} aria-label="已选择">
          已选择 {done} / {subjects.length}
        </Text>
        <Button size="xl" h={72} fz={28} px={64} onClick={askSubmit}>
          提交
        </Button>
      </div>
      {leaving ? (
        <Modal opened onClose={() => setLeaving(false)} title="返回签到" centered>
          <Stack>
            <Text fz="lg">返回后，本张测评票上已作的选择将被清除，不会提交。</Text>
            <Group justify="flex-end">
              <Button size="lg" variant="default" onClick={() => setLeaving(false)}>
                继续投票
              </Button>
              <Button size="lg" color="gray" onClick={onCancel}>
                清除并返回
              </Button>
            </Group>
          </Stack>
        </Modal>
      ) : null}
      {confirming ? (
        <Modal opened onClose={() => setConfirming(false)} title="确认提交" size="lg" centered>
          <Stack>
            <Text fz="xl">{screenBallotSummary(choices, tiers)}。</Text>
            <Text fz="lg">提交后不能修改。确定提交吗？</Text>
            <Group justify="flex-end">
              <Button size="lg" variant="default" onClick={() => setConfirming(false)}>
                返回修改
              </Button>
              <Button size="lg" loading={busy} onClick={() => void submit()}>
                确定提交
              </Button>
            </Group>
          </Stack>
        </Modal>
      ) : null}
    </Stack>
  );
}
