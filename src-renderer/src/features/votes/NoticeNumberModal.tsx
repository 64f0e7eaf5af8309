import { Alert, Anchor, Button, Group, Modal, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'wouter';
import type { ActivityRecord } from '../../db/database';
import { formatDocumentNumber } from '../../domain/settings/documentNumber';
import type { Settings } from '../../domain/settings/settings';
import type { VoteRound } from '../../domain/votes/roundRecord';
import { defaultAddressee, publishedDate } from '../../documents/votes';
import { errorMessage, notifySuccess } from '../../ui/notify';
import { saveResultsNotice, sequenceProblem } from './roundDocuments';

/**
 * 导出结果通报: the secretary types the sequence number of the 发文字号 (default 1) and may change the
 * addressee. Numbers are not registered yet (a number registry comes later), so the dialog says to check that
 * the number is not used this year.
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
  const [sequence, setSequence] = useState<number | string>(1);
  const [addressee, setAddressee] = useState(() => defaultAddressee({ activity, round }));
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const year = Number((publishedDate(round) ?? '').slice(0, 4));
  const bad = sequenceProblem(sequence);
  const prefix = settings.noticePrefix;
  const preview = !bad && prefix && year ? formatDocumentNumber(prefix, year, Number(sequence)) : null;

  const generate = async () => {
    if (bad || !addressee.trim()) return;
    setBusy(true);
    setProblem(null);
    try {
      const saved = await saveResultsNotice(settings, activity, round, {
        sequence: Number(sequence),
        addressee: addressee.trim(),
      });
      if (saved) {
        notifySuccess(saved);
        onClose();
      }
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
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
        <NumberInput
          label="发文字号序号"
          description={`发文字号：${prefix || '（前缀）'}〔${year || '年份'}〕序号号，年份为结果公布的年份`}
          min={1}
          max={99999}
          allowDecimal={false}
          allowNegative={false}
          value={sequence}
          onChange={setSequence}
          error={sequence === '' || bad ? bad : null}
          data-autofocus
        />
        {preview ? (
          <Text size="sm" aria-label="发文字号预览">
            将生成：<b>{preview}</b>
          </Text>
        ) : null}
        <Text size="xs" c="dimmed">
          目前由您输入序号，请核对本年度没有其他文件使用同一发文字号；发文字号的统一登记将在后续版本中提供。
        </Text>
        <TextInput
          label="主送机关"
          value={addressee}
          onChange={(event) => setAddressee(event.currentTarget.value)}
          error={addressee.trim() ? null : '请填写主送机关，例如：各被评议单位'}
        />
        {problem ? (
          <Alert color="red" role="alert" title="未能导出">
            {problem}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            取消
          </Button>
          <Button
            loading={busy}
            disabled={!prefix || !!bad || !addressee.trim()}
            onClick={() => void generate()}
          >
            生成并保存
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
