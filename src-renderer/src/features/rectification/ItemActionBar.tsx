import { Button, Group, Menu } from '@mantine/core';
import { useState } from 'react';
import { applyItemAction } from '../../app/commands/rectificationItems';
import {
  ALLOWED_ACTIONS,
  ENTRY_KIND_LABELS,
  MANUAL_KINDS,
  type ManualKind,
  type RectificationItem,
  type RectificationSettings,
} from '../../domain/rectification';
import type { VoteRound } from '../../domain/votes';
import { DatedActionModal } from './ActionModals';
import { AdjustDatesModal } from './CorrectionModals';
import { IssueModal } from './IssueModal';
import { RecordOutcomeModal, StartVoteModal } from './VoteModals';

type Dialog =
  | 'issue'
  | 'document'
  | 'planReceived'
  | 'reportReceived'
  | 'startVote'
  | 'recordVoteOutcome'
  | 'cancelVote'
  | 'adjustDates'
  | ManualKind
  | null;

const DONE: Record<string, string> = {
  planReceived: '已登记收到整改方案',
  reportReceived: '已登记收到整改报告',
  cancelVote: '本次测评已作废，可以重新开始测评',
};

/** The actions the item's status allows, as buttons, each with its small dialog. */
export function ItemActionBar({
  item,
  unitName,
  round,
  settings,
}: {
  item: RectificationItem;
  unitName: (id: string) => string;
  round: VoteRound | null;
  /** The stored 整改期限 (the new report deadline after 不满意). */
  settings: RectificationSettings;
}) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const allowed = ALLOWED_ACTIONS[item.status];
  const close = () => setDialog(null);
  const published = round?.stage === 'published';
  const open = item.status !== 'pending' && item.status !== 'closed';

  return (
    <Group gap="xs">
      {allowed.includes('issue') ? <Button onClick={() => setDialog('issue')}>交办</Button> : null}
      {allowed.includes('planReceived') ? (
        <Button
          variant={item.status === 'rectifying' ? 'default' : 'filled'}
          onClick={() => setDialog('planReceived')}
        >
          {item.status === 'rectifying' ? '收到修改后的整改方案' : '收到整改方案'}
        </Button>
      ) : null}
      {allowed.includes('reportReceived') ? (
        <Button onClick={() => setDialog('reportReceived')}>收到整改报告</Button>
      ) : null}
      {allowed.includes('startVote') ? (
        <Button onClick={() => setDialog('startVote')}>开始测评</Button>
      ) : null}
      {allowed.includes('recordVoteOutcome') ? (
        <Button variant={published ? 'filled' : 'default'} onClick={() => setDialog('recordVoteOutcome')}>
          记录测评结果
        </Button>
      ) : null}
      {allowed.includes('followUp') ? (
        <Menu position="bottom-end">
          <Menu.Target>
            <Button variant="default">跟踪记录 ▾</Button>
          </Menu.Target>
          <Menu.Dropdown>
            {MANUAL_KINDS.filter((kind) => item.status !== 'pending' || kind === 'note').map((kind) => (
              <Menu.Item key={kind} onClick={() => setDialog(kind)}>
                {ENTRY_KIND_LABELS[kind]}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      ) : null}
      {allowed.includes('adjustDates') || allowed.includes('cancelVote') || open ? (
        <Menu position="bottom-end">
          <Menu.Target>
            <Button variant="default">更多 ▾</Button>
          </Menu.Target>
          <Menu.Dropdown>
            {allowed.includes('adjustDates') ? (
              <Menu.Item onClick={() => setDialog('adjustDates')}>调整期限</Menu.Item>
            ) : null}
            {open ? <Menu.Item onClick={() => setDialog('document')}>印发文件（补发）</Menu.Item> : null}
            {allowed.includes('cancelVote') ? (
              <Menu.Item color="red" onClick={() => setDialog('cancelVote')}>
                测评作废
              </Menu.Item>
            ) : null}
          </Menu.Dropdown>
        </Menu>
      ) : null}

      {dialog === 'issue' || dialog === 'document' ? (
        <IssueModal items={[item]} unitName={unitName} onClose={close} />
      ) : null}
      {dialog === 'planReceived' || dialog === 'reportReceived' ? (
        <DatedActionModal
          title={dialog === 'planReceived' ? '收到整改方案' : '收到整改报告'}
          confirmLabel="登记"
          issueDate={item.issueDate}
          textLabel="说明（可不填）"
          command={applyItemAction}
          input={({ date, text }) => ({
            itemId: item.id,
            action: { type: dialog, date, ...(text.trim() ? { text } : {}) },
          })}
          success={() => DONE[dialog] ?? '已登记'}
          onClose={close}
        />
      ) : null}
      {dialog === 'visit' || dialog === 'reminder' || dialog === 'note' ? (
        <DatedActionModal
          title="添加跟踪记录"
          confirmLabel="添加"
          issueDate={item.issueDate}
          textLabel="跟踪情况"
          textRequired
          withKind={item.status !== 'pending'}
          initial={{ kind: dialog }}
          command={applyItemAction}
          input={({ date, text, kind }) => ({
            itemId: item.id,
            action: { type: 'followUp' as const, kind, date, text },
          })}
          success={(_, { kind }) => `已添加${ENTRY_KIND_LABELS[kind]}记录`}
          onClose={close}
        />
      ) : null}
      {dialog === 'cancelVote' ? (
        <DatedActionModal
          title="测评作废"
          description="本轮测评无效或不足法定人数时作废，事项回到“已报告”，不计入测评次数；之后可以重新开始测评。"
          confirmLabel="作废"
          issueDate={item.issueDate}
          textLabel="作废原因"
          textRequired
          command={applyItemAction}
          input={({ date, text }) => ({
            itemId: item.id,
            action: { type: 'cancelVote' as const, date, reason: text },
          })}
          success={() => DONE.cancelVote ?? ''}
          onClose={close}
        />
      ) : null}
      {dialog === 'adjustDates' ? <AdjustDatesModal item={item} onClose={close} /> : null}
      {dialog === 'startVote' ? (
        <StartVoteModal item={item} unitName={unitName(item.unitId)} onClose={close} />
      ) : null}
      {dialog === 'recordVoteOutcome' ? (
        <RecordOutcomeModal item={item} round={round} settings={settings} onClose={close} />
      ) : null}
    </Group>
  );
}
