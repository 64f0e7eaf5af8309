import { Button, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { appDb } from '../../db/appDb';
import {
  deleteRound,
  publishRound,
  reopenRound,
  resetRound,
  setShowOnProjector,
} from '../../db/repositories/votes';
import type { VoteRound } from '../../domain/votes/roundRecord';
import { notifyError, notifySuccess } from '../../ui/notify';
import { ProjectorPreview } from './ProjectorPreview';
import { ReasonModal } from './ReasonModal';
import { RoundDocumentButtons } from './RoundDocumentButtons';

type Asking = 'reopen' | 'reset' | 'preview' | null;

/** The header buttons of a round: what its stage allows. */
export function RoundActions({ round }: { round: VoteRound }) {
  const [, navigate] = useLocation();
  const [asking, setAsking] = useState<Asking>(null);
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
        void publishRound(appDb, round.id, new Date().getTime())
          .then(() => notifySuccess('结果已公布'))
          .catch((error: unknown) => notifyError(error, '结果未公布')),
    });
  const confirmDelete = () =>
    modals.openConfirmModal({
      title: '删除测评',
      children: <Text size="sm">确定删除“{round.title}”吗？删除后不能恢复。</Text>,
      labels: { confirm: '删除', cancel: '取消' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        void deleteRound(appDb, round.id)
          .then(() => {
            notifySuccess('测评已删除');
            navigate(base);
          })
          .catch((error: unknown) => notifyError(error, '测评未删除')),
    });
  const toggleProjector = () =>
    void setShowOnProjector(appDb, round.id, !round.showOnProjector, new Date().getTime())
      .then(() => notifySuccess(round.showOnProjector ? '已取消大屏显示' : '结果已在大屏显示'))
      .catch((error: unknown) => notifyError(error));

  const act = (fn: () => Promise<unknown>, done: string) =>
    fn()
      .then(() => notifySuccess(done))
      .catch((error: unknown) => {
        notifyError(error);
        throw error;
      });

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
      {asking === 'preview' ? <ProjectorPreview round={round} onClose={() => setAsking(null)} /> : null}
      {asking === 'reopen' ? (
        <ReasonModal
          title="重新开启测评"
          description={
            round.stage === 'published'
              ? '重新开启后，已公布的结果将撤回（大屏也不再显示），可以更正测评票，之后须重新结束和公布。'
              : '重新开启后可以继续录入或更正测评票，之后须重新结束。'
          }
          confirmLabel="重新开启"
          onConfirm={(reason) =>
            act(() => reopenRound(appDb, round.id, reason, new Date().getTime()), '测评已重新开启')
          }
          onClose={() => setAsking(null)}
        />
      ) : null}
      {asking === 'reset' ? (
        <ReasonModal
          title="重置为设置中"
          description="重置后将删除本轮已录入的全部测评票和汇总数，本轮回到“设置中”，可以修改测评对象和计票规则后重新开始。"
          confirmLabel="重置"
          onConfirm={(reason) =>
            act(() => resetRound(appDb, round.id, reason, new Date().getTime()), '测评已重置为设置中')
          }
          onClose={() => setAsking(null)}
        />
      ) : null}
    </>
  );
}
