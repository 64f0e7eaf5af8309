import { Alert, Anchor, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'wouter';
import { saveResultsNotice } from '../../app/commands/votesDocuments';
import { useNoticeNumbering, type ActivityRecord } from '../../app/queries';
import { useCommand } from '../../app/runtime';
import type { Settings } from '../../domain/settings/settings';
import { defaultAddressee } from '../../domain/votes/notice';
import type { VoteRound } from '../../domain/votes/roundRecord';
import { errorMessage, notifySuccess } from '../../ui/notify';

/**
 * 导出结果通报: the 发文字号 comes from the registry shared with every numbered document of the prefix:
 * the first export takes the next number of the year, later exports print the same one again.
 */
export function NoticeNumberModal({
  settings,
  activity,
  round,
  onClose,
}: {
  settings: Settings;
  activity: ActivityRecord;
  round: VoteRound;
  onClose: () => void;
}) {
  const [addressee, setAddressee] = useState(() => defaultAddressee({ activity, round }));
  const [problem, setProblem] = useState<string | null>(null);
  const { run, busy } = useCommand();
  const prefix = settings.noticePrefix;
  const numbering = useNoticeNumbering(round, prefix);
  // one text per number: a numbered notice keeps the 主送机关 it was numbered with
  const frozen = numbering?.addressee;

  const generate = async () => {
    if (!addressee.trim()) return;
    setProblem(null);
    const saved = await run(
      saveResultsNotice,
      { roundId: round.id, addressee: frozen ?? addressee },
      { quiet: true },
    );
    if (!saved.ok) setProblem(errorMessage(saved.error));
    else if (saved.value) {
      notifySuccess(saved.value);
      onClose();
    }
  };

  return (
    <Modal opened onClose={onClose} title="导出测评结果通报" size="lg">
      <Stack>
        {!prefix ? (
          <Alert color="orange" title="还没有设置发文字号前缀">
            通报需要发文字号。请先在
            <Anchor component={Link} href="/settings" mx={4} onClick={onClose}>
              设置
            </Anchor>
            中填写“通知的发文字号前缀”（例如：宜人常发），再回来导出。
          </Alert>
        ) : null}
        {numbering ? (
          <Text size="sm" aria-label="发文字号预览">
            发文字号：<b>{numbering.text}</b>
            {numbering.held
              ? '（本通报已编号，再次导出使用同一文号）'
              : '（导出时从发文登记中取本年度下一个号，与整改通知书共用同一序列）'}
          </Text>
        ) : null}
        {frozen !== undefined ? (
          <TextInput
            label="主送机关"
            value={frozen}
            readOnly
            description="已编号的通报按取号时的文本导出，同一文号始终是同一份文件"
          />
        ) : (
          <TextInput
            label="主送机关"
            value={addressee}
            onChange={(event) => setAddressee(event.currentTarget.value)}
            error={addressee.trim() ? null : '请填写主送机关，例如：各被评议单位'}
          />
        )}
        {problem ? (
          <Alert color="red" role="alert" title="未能导出">
            {problem}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            取消
          </Button>
          <Button loading={busy} disabled={!prefix || !addressee.trim()} onClick={() => void generate()}>
            生成并保存
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
