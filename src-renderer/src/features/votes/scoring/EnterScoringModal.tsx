import {
  Alert,
  Button,
  Checkbox,
  Group,
  Loader,
  Modal,
  PasswordInput,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { enterScoringMode } from '../../../app/commands/votesScoring';
import { holdScoringScreen, useCommand } from '../../../app/runtime';
import type { VoteRound } from '../../../domain/votes/roundRecord';
import { checkNewPin } from '../../../domain/votes/scoringSession';
import type { FieldErrors } from '../../../domain/validation';
import { errorMessage } from '../../../ui/notify';
import { enterFullscreen, leaveFullscreen, scoringGroups, scoringPath } from './scoringRoutes';
import { useRaters } from './useRaters';

/**
 * 进入评分模式: the sign-in (签到: tick who is present; only they can vote on screen, and 实到 and 发出 become
 * their number) and the PIN, typed twice, without which scoring mode cannot be left.
 */
export function EnterScoringModal({ round, onClose }: { round: VoteRound; onClose: () => void }) {
  const [, navigate] = useLocation();
  const groups = scoringGroups(round);
  const [groupId, setGroupId] = useState(groups[0]?.id ?? '');
  const group = groups.find((g) => g.id === groupId) ?? groups[0];
  const raters = useRaters(round.activityId, group?.name);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(
    () => new Set(round.presence?.[group?.id ?? ''] ?? []),
  );
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [errors, setErrors] = useState<FieldErrors<'pin' | 'again' | 'present'>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const { run, busy } = useCommand();

  const list = raters ?? [];
  const ticked = list.filter((p) => chosen.has(p.id));
  const all = list.length > 0 && ticked.length === list.length;
  const typedPresent = round.counts[group?.id ?? '']?.present;

  const chooseGroup = (id: string) => {
    setGroupId(id);
    setChosen(new Set(round.presence?.[id] ?? []));
  };
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
    setErrors({ ...errors, present: undefined });
  };
  const toggleAll = () => setChosen(all ? new Set() : new Set(list.map((p) => p.id)));

  const enter = async (event: FormEvent) => {
    event.preventDefault();
    if (!group) return;
    const found: typeof errors = { ...checkNewPin(pin, again) };
    if (ticked.length === 0) found.present = '请勾选到会的测评人（签到）';
    setErrors(found);
    if (Object.values(found).some(Boolean)) return;
    enterFullscreen(); // while the click still counts as the user's gesture
    const input = { roundId: round.id, groupId: group.id, presentIds: ticked.map((p) => p.id), pin };
    const entered = await run(enterScoringMode, input, { quiet: true });
    if (entered.ok) {
      const path = scoringPath(round, group.id);
      holdScoringScreen(path);
      navigate(path);
    } else {
      leaveFullscreen();
      setProblem(errorMessage(entered.error));
    }
  };

  return (
    <Modal opened onClose={onClose} returnFocus={false} title="进入评分模式" size="xl">
      <form onSubmit={(event) => void enter(event)} noValidate>
        <Stack>
          <Text size="sm">
            进入后本机全屏显示签到名单和测评票，到会的委员找到自己的姓名、确认身份后不记名投票，每人一次。
            投票期间任何屏幕都不显示各测评对象的票数，只显示已投和实到人数。
          </Text>
          {groups.length > 1 ? (
            <Group>
              <Text size="sm" fw={500}>
                本次投票的测评组：
              </Text>
              <SegmentedControl
                aria-label="评分模式测评组"
                data={groups.map((g) => ({ value: g.id, label: g.name }))}
                value={group?.id ?? ''}
                onChange={chooseGroup}
              />
            </Group>
          ) : null}
          <div>
            <Group justify="space-between" mb="xs">
              <Title order={5}>签到：勾选到会的{group?.name ?? '测评人'}</Title>
              <Text fw={700} aria-label="签到人数">
                已签到 {ticked.length} 人 / 名单 {list.length} 人
              </Text>
            </Group>
            <Text size="xs" c="dimmed" mb="xs">
              只有签到的人能在本机投票；实到和发出票数按签到人数计
              {typedPresent !== undefined && typedPresent !== ticked.length && ticked.length > 0
                ? `（开始测评时填写的实到为 ${typedPresent} 人，将改为 ${ticked.length} 人）`
                : ''}
              。已经投过票的人始终保留在签到名单中。
            </Text>
            {raters === undefined ? (
              <Loader size="sm" />
            ) : list.length === 0 ? (
              <Text size="sm" c="dimmed">
                名单中没有本组的测评人。请先在活动的“参加人员”中添加测评人，再进入评分模式。
              </Text>
            ) : (
              <>
                <Checkbox
                  mb="xs"
                  label="全选"
                  checked={all}
                  indeterminate={ticked.length > 0 && !all}
                  onChange={toggleAll}
                />
                <SimpleGrid cols={{ base: 3, sm: 4 }} spacing="xs" role="group" aria-label="签到名单">
                  {list.map((p) => (
                    <Checkbox
                      key={p.id}
                      label={p.name}
                      checked={chosen.has(p.id)}
                      onChange={(event) => toggle(p.id, event.currentTarget.checked)}
                    />
                  ))}
                </SimpleGrid>
              </>
            )}
            {errors.present ? (
              <Text size="sm" c="red" mt="xs" role="alert">
                {errors.present}
              </Text>
            ) : null}
          </div>
          <div>
            <Title order={5} mb={4}>
              退出 PIN
            </Title>
            <Text size="xs" c="dimmed" mb="xs">
              退出评分模式时必须输入这个 PIN（4 至 6 位数字）。请会务人员牢记，不要让投票的委员看到。
            </Text>
            <Group align="flex-start" grow maw={480}>
              <PasswordInput
                label="PIN"
                inputMode="numeric"
                autoComplete="off"
                maxLength={6}
                value={pin}
                error={errors.pin}
                onChange={(event) => {
                  setPin(event.currentTarget.value);
                  setErrors({ ...errors, pin: undefined });
                }}
              />
              <PasswordInput
                label="再次输入 PIN"
                inputMode="numeric"
                autoComplete="off"
                maxLength={6}
                value={again}
                error={errors.again}
                onChange={(event) => {
                  setAgain(event.currentTarget.value);
                  setErrors({ ...errors, again: undefined });
                }}
              />
            </Group>
          </div>
          {problem ? (
            <Alert color="red" role="alert" title="不能进入评分模式">
              {problem}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              取消
            </Button>
            <Button type="submit" loading={busy} disabled={!group}>
              进入评分模式
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
