import { Button, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { publishRound, reopenRound, resetRound, showOnProjector } from '../../app/commands/votesLifecycle';
import { deleteRound } from '../../app/commands/votesRounds';
import { useCommand } from '../../app/runtime';
import type { VoteRound } from '../../domain/votes/roundRecord';
import { ProjectorPreview } from './ProjectorPreview';
import { ReasonModal } from './ReasonModal';
import { useEntryFocus } from './entryFocus';
import { RoundDocumentButtons } from './RoundDocumentButtons';

type Asking = 'reopen' | 'reset' | 'preview' | null;

/** The header buttons of a round: what its stage allows. */
export function RoundActions({ round }: { round: VoteRound }) {
  const [, navigate] = useLocation();
  const [asking, setAsking] = useState<Asking>(null);
  const { run } = useCommand();
  const { refocus } = useEntryFocus();
  /** Closing a dialog gives the focus back to the entry box (while the round is open). */
  const closeDialog = () => {
    setAsking(null);
    refocus();
  };
  const base = `/activities/${round.activityId}/votes`;

  const confirmPublish = () =>
    modals.openConfirmModal({
      title: '公布测评结果',
      children: (
        <Text size="sm">
          公布后结果冻结，并记录测评票校验码；之后如需更正，只能“重新开启”（须说明原因，记入操作记录）。确定公布吗？
        </Text>
      ),
      labels: { confirm: '公布', cancel: '取消' },
      onConfirm: () =>
        void run(publishRound, { roundId: round.id }, { success: '结果已公布', failTitle: '结果未公布' }),
    });
  const confirmDelete = () =>
    modals.openConfirmModal({
      title: '删除测评',
      children: <Text size="sm">确定删除“{round.title}”吗？删除后不能恢复。</Text>,
      labels: { confirm: '删除', cancel: '取消' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        void run(deleteRound, { roundId: round.id }, { success: '测评已删除', failTitle: '测评未删除' }).then(
          (deleted) => {
            if (deleted.ok) navigate(base);
          },
        ),
    });
  const toggleProjector = () =>
    void run(
      showOnProjector,
      { roundId: round.id, show: !round.showOnProjector },
      { success: round.showOnProjector ? '已取消大屏显示' : '结果已在大屏显示' },
    );

  /** For ReasonModal: it stays open (to try again) when the command fails, which is notified here. */
  const withReason =
    (command: typeof reopenRound, done: string) =>
    async (reason: string): Promise<void> => {
      const result = await run(command, { roundId: round.id, reason }, { success: done });
      if (!result.ok) throw result.error;
    };

  return (
    <>
      <RoundDocumentButtons round={round} />
      {round.stage === 'draft' ? (
        <>
          <Button variant="default" onClick={() => navigate(`${base}/${round.id}/setup`)}>
            修改设置
          </Button>
          <Button variant="default" color="red" onClick={confirmDelete}>
            删除
          </Button>
        </>
      ) : null}
      {round.stage === 'closed' ? <Button onClick={confirmPublish}>公布结果</Button> : null}
      {round.stage === 'published' ? (
        <>
          <Button variant="default" onClick={() => setAsking('preview')}>
            预览大屏
          </Button>
          <Button color={round.showOnProjector ? 'gray' : 'grape'} onClick={toggleProjector}>
            {round.showOnProjector ? '取消大屏显示' : '在大屏显示'}
          </Button>
        </>
      ) : null}
      {round.stage === 'closed' || round.stage === 'published' ? (
        <Button variant="default" onClick={() => setAsking('reopen')}>
          重新开启
        </Button>
      ) : null}
      {round.stage === 'open' || round.stage === 'closed' ? (
        <Button variant="default" color="red" onClick={() => setAsking('reset')}>
          重置
        </Button>
      ) : null}
      {asking === 'preview' ? <ProjectorPreview round={round} onClose={closeDialog} /> : null}
      {asking === 'reopen' ? (
        <ReasonModal
          title="重新开启测评"
          description={
            round.stage === 'published'
              ? '重新开启后，已公布的结果将撤回（大屏也不再显示），可以更正测评票，之后须重新结束和公布。'
              : '重新开启后可以继续录入或更正测评票，之后须重新结束。'
          }
          confirmLabel="重新开启"
          onConfirm={withReason(reopenRound, '测评已重新开启')}
          onClose={closeDialog}
        />
      ) : null}
      {asking === 'reset' ? (
        <ReasonModal
          title="重置为设置中"
          description="重置后将删除本轮已录入的全部测评票和汇总数，本轮回到“设置中”，可以修改测评对象和计票规则后重新开始。"
          confirmLabel="重置"
          onConfirm={withReason(resetRound, '测评已重置为设置中')}
          onClose={closeDialog}
        />
      ) : null}
    </>
  );
}
