import { Alert, Box, Button, Grid, Group, Kbd, Loader, Stack, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { modals } from '@mantine/modals';
import type { ConsoleAction } from '../../../domain/inquiry/consoleEvents';
import { leavingAgendaWarnings } from '../../../domain/inquiry/meetingFlow';
import { useEffect, useState } from 'react';
import { openProjector, prepareConsole } from '../../../app/commands/console';
import { useCommand, useScreenMode } from '../../../app/runtime';
import { notifyError } from '../../../ui/notify';
import { commandActions, type MeetingActions } from '../../../domain/inquiry/consoleCommands';
import { moveSelection } from '../../../domain/inquiry/nextQuestion';
import { statementSpeakerChoices } from '../../../domain/inquiry/speakers';
import { NotFoundPage } from '../../../ui/NotFoundPage';
import { AddQuestionModal } from './AddQuestionModal';
import { AgendaSelect, ConsoleTitle, KeysLegend, ProjectorControls, useStableCallback } from './ConsoleBars';
import { VoteMenu } from './VoteMenu';
import { EndMeetingButton } from './ConsoleNotices';
import { CONSOLE_KEYS, dialogOpen, keyOf, type ConsoleCommand } from './consoleKeys';
import { CommandButton, CurrentPanel } from './CurrentPanel';
import { MeetingClock } from './MeetingClock';
import { ProjectorPreview } from './ProjectorPreview';
import { QueueList } from './QueueList';
import { RehearsalBanner, RehearsalGone } from './Rehearsal';
import { StatementModal } from './StatementModal';
import { loadMuted, saveMuted } from './sound';
import { useConsole } from './useConsole';

/** 会议控制台: the secretary runs the inquiry meeting from here, keyboard first. */
export function ConsolePage({ id }: { id: string }) {
  const {
    activity,
    state,
    allowed,
    names,
    people,
    units,
    dispatch,
    perform,
    addQuestion,
    loading,
    eventCount,
  } = useConsole(id);
  const { run: runCommand } = useCommand();
  // The first key would fold the whole log in its write: fold it once as the console opens instead.
  useEffect(() => {
    void runCommand(prepareConsole, { activityId: id }, { quiet: true });
  }, [runCommand, id]);
  const [adding, setAdding] = useState(false);
  const [voting, setVoting] = useState(false);
  const [statement, setStatement] = useState(false);
  const [muted, setMuted] = useState(loadMuted);
  const mode = useScreenMode();
  const rehearsal = mode === 'rehearsal';

  const actions: Partial<MeetingActions> =
    activity && state && allowed ? commandActions(activity.timerMinutes, state, allowed) : {};
  /** Announces a question as next: stored, so the projector's 下一位 names the same one. */
  const select = (questionId: string) => void dispatch({ type: 'questionSelected', questionId });

  /** G or the 当前议程 list: asks first when questions still wait or a timer would stop (meetingFlow.ts). */
  const leaveAgendaItem = (action: ConsoleAction) => {
    const warnings = state ? leavingAgendaWarnings(state) : [];
    if (warnings.length === 0) {
      void dispatch(action);
      return;
    }
    modals.openConfirmModal({
      title: '离开当前议程',
      children: (
        <Stack gap={4}>
          {warnings.map((w) => (
            <Text key={w} size="sm">
              {w}
            </Text>
          ))}
        </Stack>
      ),
      labels: { confirm: '进入下一项议程', cancel: '取消' },
      onConfirm: () => void dispatch(action),
    });
  };

  const run = (command: ConsoleCommand) => {
    if (command === 'nextAgenda') {
      if (actions.nextAgenda) leaveAgendaItem(actions.nextAgenda);
    } else if (command === 'mute') {
      setMuted((m) => {
        saveMuted(!m);
        return !m;
      });
    } else if (command === 'projector') {
      void runCommand(openProjector, { activityId: id, mode }, { failTitle: '大屏未打开' });
    } else if (command === 'vote') {
      // A vote's round and its ballots are records of the meeting itself: not part of a rehearsal.
      if (rehearsal) notifyError(new Error('演练中不进行满意度测评'), '满意度测评');
      else setVoting(true);
    } else if (command === 'statement') {
      // Y asks who speaks first; the timer starts when the dialog is confirmed.
      if (actions.statement) setStatement(true);
    } else if (command === 'toggleNext') {
      void perform((fresh) => ({ type: 'nextShown', shown: !fresh.nextShown }));
    } else if (command === 'toggleBlank') {
      void perform((fresh) => ({ type: 'projectorBlanked', blanked: !fresh.projectorBlanked }));
    } else if (command === 'addQuestion') {
      if (allowed?.addQuestion !== false) setAdding(true);
    } else if (command === 'selectUp' || command === 'selectDown') {
      const step = command === 'selectUp' ? -1 : 1;
      void perform((fresh) => {
        const questionId = moveSelection(fresh, fresh.queue, fresh.next?.id ?? null, step);
        return questionId ? { type: 'questionSelected', questionId } : null;
      });
    } else if (activity) {
      void perform((fresh, allowedNow) => commandActions(activity.timerMinutes, fresh, allowedNow)[command]);
    }
  };

  const stableRun = useStableCallback(run);
  const chooseAgendaItem = useStableCallback((agendaItemId: string) =>
    leaveAgendaItem({ type: 'agendaItemStarted', agendaItemId }),
  );

  // While a dialog is open the keys belong to it (Enter submits, Esc closes): the console's keys do nothing.
  useHotkeys(
    CONSOLE_KEYS.map(
      (k) =>
        [
          k.hotkey,
          (event: KeyboardEvent) => {
            if (dialogOpen(document)) return;
            event.preventDefault();
            run(k.command);
          },
          { preventDefault: false },
        ] as [string, (event: KeyboardEvent) => void, { preventDefault: boolean }],
    ),
  );

  if (loading || !state || !allowed || !people || !units) return <Loader m="xl" />;
  if (!activity) return rehearsal ? <RehearsalGone /> : <NotFoundPage />;

  return (
    <Box
      p="md"
      h="100vh"
      aria-label="会议控制台"
      data-events={eventCount}
      data-mode={mode}
      style={{
        display: 'flex',
        flexDirection: 'column',
        gap: 12,
        // A rehearsal is framed in orange all round, so it is never taken for the meeting.
        ...(rehearsal ? { outline: '6px solid var(--mantine-color-orange-6)', outlineOffset: -6 } : {}),
      }}
    >
      {/* Two rows, so that 1366 px fit: title, clocks and the projector's controls; then the meeting's. */}
      <Group justify="space-between" wrap="nowrap">
        <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
          <ConsoleTitle activityId={id} title={activity.title} rehearsal={rehearsal} />
          <MeetingClock state={state} />
        </Group>
        <ProjectorControls
          activityId={id}
          mode={mode}
          nextShown={state.nextShown}
          blanked={state.projectorBlanked}
          run={stableRun}
        />
      </Group>
      <Group gap="xs" wrap="nowrap" justify="flex-end">
        {/* Said on the left of the meeting's row, so the rehearsal costs the console no height. */}
        {rehearsal ? <RehearsalBanner /> : null}
        <AgendaSelect
          agenda={state.agenda}
          currentId={state.currentAgendaItem?.id ?? null}
          onChoose={chooseAgendaItem}
        />
        <CommandButton command="nextAgenda" label="下一项议程" enabled={!!actions.nextAgenda} run={run} />
        <Button
          variant="default"
          onClick={() => run('undo')}
          disabled={!actions.undo}
          rightSection={<Kbd size="xs">{keyOf('undo')}</Kbd>}
        >
          {allowed.undo ? `撤销「${allowed.undo.label}」` : '撤销'}
        </Button>
        <Button variant="default" onClick={() => run('mute')} rightSection={<Kbd size="xs">M</Kbd>}>
          {muted ? '已静音' : '提示音开'}
        </Button>
        <EndMeetingButton
          state={state}
          enabled={allowed.endMeeting}
          onEnd={() => void dispatch({ type: 'meetingEnded' })}
        />
        {rehearsal ? null : (
          <Button color="grape" onClick={() => run('vote')} rightSection={<Kbd size="xs">V</Kbd>}>
            满意度测评
          </Button>
        )}
      </Group>
      {state.projectorBlanked ? (
        <Alert color="red" variant="filled" py={6} role="status" aria-label="大屏已黑屏">
          大屏已黑屏：会场只看到黑色画面，计时照常进行。按 {keyOf('toggleBlank')} 恢复大屏。
        </Alert>
      ) : null}
      <Grid style={{ flex: 1, minHeight: 0 }} styles={{ inner: { height: '100%' } }}>
        <Grid.Col span={8} h="100%">
          <CurrentPanel state={state} muted={muted} names={names} actions={actions} run={run} />
        </Grid.Col>
        <Grid.Col span={4} h="100%">
          <Stack h="100%" gap="xs">
            <ProjectorPreview title={activity.title} state={state} names={names} rehearsal={rehearsal} />
            <Group gap="xs">
              <CommandButton
                command="take"
                label="开始所选问题"
                enabled={!!actions.take}
                run={run}
                color="green"
              />
              <CommandButton command="skip" label="跳过" enabled={!!actions.skip} run={run} color="gray" />
              <CommandButton
                command="addQuestion"
                label="临时增加"
                enabled={allowed.addQuestion}
                run={run}
                color="orange"
              />
            </Group>
            <Box style={{ flex: 1, minHeight: 0 }}>
              <QueueList state={state} names={names} selectedId={state.next?.id ?? null} onSelect={select} />
            </Box>
          </Stack>
        </Grid.Col>
      </Grid>
      <KeysLegend rehearsal={rehearsal} />
      {voting && activity ? (
        <VoteMenu activity={activity} state={state} onClose={() => setVoting(false)} />
      ) : null}
      {statement && activity ? (
        <StatementModal
          choices={statementSpeakerChoices(state.agenda, state.currentAgendaItem, state.questions, (q) =>
            names.supervisors(q),
          )}
          onStart={(speaker) =>
            perform((fresh, allowedNow) => {
              const action = commandActions(activity.timerMinutes, fresh, allowedNow).statement;
              return action?.type === 'phaseStarted' && speaker ? { ...action, speaker } : action;
            })
          }
          onClose={() => setStatement(false)}
        />
      ) : null}
      {adding ? (
        <AddQuestionModal
          activity={activity}
          people={people}
          unitName={names.unit}
          // The new question joins the queue; the announced next question stays the same.
          onAdd={async (question) => (await addQuestion(question)) !== null}
          onClose={() => setAdding(false)}
        />
      ) : null}
    </Box>
  );
}
