import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  List,
  Modal,
  Radio,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { draftIssue, issueItems, type DraftDocument } from '../../app/commands/rectificationIssue';
import { useActivities, useLatestNumber, useSettings, type IssuedDocumentRecord } from '../../app/queries';
import { useCommand, useToday } from '../../app/runtime';
import type { DocumentTexts } from '../../domain/rectification/documentTexts';
import { ISSUED_KIND_LABELS, type IssuedKind } from '../../domain/rectification/issuedContent';
import {
  activityName,
  DEFAULT_RECTIFICATION_SETTINGS,
  dueDatesFor,
  isIsoDate,
  issueDateWarnings,
  yearOf,
  type RectificationItem,
} from '../../domain/rectification';
import { missingSettings, NEED_LABELS } from '../../domain/settings/readiness';
import { errorMessage, notifySuccess } from '../../ui/notify';
import { issuedSummary } from './format';
import { DraftStep } from './DraftStep';
import { IssuedResult } from './IssuedResult';

type Choice = IssuedKind | 'none';

const CHOICES: { value: Choice; label: string; description: string }[] = [
  {
    value: 'notice',
    label: '整改通知书',
    description: '文件格式，主送整改单位，抄送县人民政府；编号取自“通知”前缀',
  },
  {
    value: 'letter',
    label: '审议意见交办函',
    description: '信函格式，主送县人民政府，由政府督促单位办理，抄送整改单位；编号取自“函”前缀',
  },
  { value: 'none', label: '只交办，不印发编号文件', description: '已用其他方式交办时使用' },
];

/**
 * 交办 / 印发: first the kind, date and deadlines; then the 样稿 of each unit's document, its problems and
 * requirements editable, saved as Word if wanted; only then 取号并印发 numbers them in sequence and hands over the
 * items still 待交办. Afterwards each document can be saved, or all of them in one file. With `reissue` (a voided
 * document): 重新发文 in the same kind, for the same items, starting from the voided text.
 */
export function IssueModal({
  items,
  unitName,
  onClose,
  reissue,
}: {
  items: RectificationItem[];
  unitName: (id: string) => string;
  onClose: () => void;
  reissue?: IssuedDocumentRecord;
}) {
  const settings = useSettings();
  const today = useToday();
  const { run, busy } = useCommand();
  const [kind, setKind] = useState<Choice>(reissue?.kind ?? 'notice');
  const [drafts, setDrafts] = useState<DraftDocument[] | null>(null);
  const [texts, setTexts] = useState<Record<string, DocumentTexts>>({});
  const [date, setDate] = useState(today);
  // The stored 整改期限; the repository reads the same settings when the dates are left as they are.
  const periods = settings?.rectification ?? DEFAULT_RECTIFICATION_SETTINGS;
  const defaults = isIsoDate(date) ? dueDatesFor(date, periods) : { planDue: '', reportDue: '' };
  const [planDue, setPlanDue] = useState<string | null>(null);
  const [reportDue, setReportDue] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [issued, setIssued] = useState<IssuedDocumentRecord[] | null>(null);
  // The warnings the user confirmed (checking the box); new warnings need a new confirmation.
  const [confirmed, setConfirmed] = useState('');
  const activities = useActivities();
  const prefix = kind === 'notice' ? settings?.noticePrefix : kind === 'letter' ? settings?.letterPrefix : '';
  const latest = useLatestNumber(prefix ?? '', isIsoDate(date) ? yearOf(date) : 0);
  const pending = items.filter((item) => item.status === 'pending');
  const units = [...new Set(items.map((item) => item.unitId))];
  const single = items.length === 1;
  const choices = CHOICES.filter((c) => c.value !== 'none' || (single && pending.length === 1));
  // What the document needs from 设置 (the 机关's name, the prefix), explained here before anyone tries.
  const missing = kind === 'none' || !settings ? [] : missingSettings(settings, kind);
  const itemActivities = new Set(items.map((item) => item.activityId));
  const warnings = issueDateWarnings({
    date,
    latestInSequence: kind === 'none' ? null : (latest ?? null),
    meetings: (activities ?? [])
      .filter((activity) => itemActivities.has(activity.id))
      .map((activity) => ({ name: activityName(activity), date: activity.date })),
    deadlines: items.map((item) =>
      item.status === 'pending'
        ? {
            unit: unitName(item.unitId),
            planDue: planDue ?? (defaults.planDue || null),
            reportDue: reportDue ?? (defaults.reportDue || null),
          }
        : { unit: unitName(item.unitId), planDue: item.planDue, reportDue: item.reportDue },
    ),
  });
  const warningKey = warnings.join('');
  const unconfirmed = warnings.length > 0 && confirmed !== warningKey;

  const request = {
    itemIds: reissue ? reissue.itemIds : items.map((item) => item.id),
    date,
    ...(planDue ? { planDue } : {}),
    ...(reportDue ? { reportDue } : {}),
    ...(reissue ? { replaces: reissue.id } : {}),
  };

  /** 下一步：样稿 — the drafts as 印发 would make them, before any number is taken. */
  const showDrafts = async () => {
    setProblem(null);
    if (kind === 'none') return;
    const result = await run(draftIssue, { ...request, kind }, { quiet: true });
    if (!result.ok) return setProblem(errorMessage(result.error));
    setDrafts(result.value);
    // what was edited before going back a step is kept
    setTexts((edited) =>
      Object.fromEntries(result.value.map((draft) => [draft.unitId, edited[draft.unitId] ?? draft.texts])),
    );
  };

  const submit = async () => {
    setProblem(null);
    const input =
      kind === 'none' ? { kind, itemIds: [items[0]?.id ?? ''], date } : { ...request, kind, texts };
    // A refusal is listed in the dialog (it may name several items), so the command stays quiet.
    const result = await run(issueItems, input, { quiet: true });
    if (!result.ok) return setProblem(errorMessage(result.error));
    if (kind === 'none') {
      notifySuccess('已交办');
      return onClose();
    }
    const docs = result.value;
    notifySuccess(
      issuedSummary(
        docs.map((d) => d.number),
        ISSUED_KIND_LABELS[kind],
      ),
    );
    setIssued(docs);
  };

  if (issued) {
    return (
      <Modal opened onClose={onClose} title="文件已印发" size="lg">
        <IssuedResult documents={issued} unitName={unitName} onDone={onClose} />
      </Modal>
    );
  }

  if (drafts && kind !== 'none') {
    const label = ISSUED_KIND_LABELS[kind];
    return (
      <Modal opened onClose={onClose} title={`样稿：${label}（未编号）`} size="90%">
        <Stack>
          <Text size="sm">
            这是{drafts.length > 1 ? `${drafts.length}份` : ''}文件的样稿，尚未取号。请核对并修改问题和
            {kind === 'letter' ? '审议意见' : '整改要求'}
            ；确认无误后再取号印发，印发后正文不能再改，只能作废重发。
          </Text>
          <DraftStep
            drafts={drafts}
            texts={texts}
            onChange={(unitId, next) => setTexts((all) => ({ ...all, [unitId]: next }))}
          />
          {problem ? (
            <Alert color="red" title="未能印发" role="alert">
              {problem}
            </Alert>
          ) : null}
          <Group justify="space-between">
            <Button variant="default" onClick={() => setDrafts(null)}>
              上一步
            </Button>
            <Group>
              <Button variant="default" onClick={onClose}>
                取消
              </Button>
              <Button loading={busy} onClick={() => void submit()}>
                取号并印发{drafts.length > 1 ? `${drafts.length}份` : ''}
                {label}
              </Button>
            </Group>
          </Group>
        </Stack>
      </Modal>
    );
  }

  return (
    <Modal
      opened
      onClose={onClose}
      title={
        reissue ? `重新发文（替代${reissue.number}）` : pending.length > 0 ? '交办并印发文件' : '印发文件'
      }
      size="lg"
    >
      <Stack>
        {reissue ? (
          <Text size="sm">
            {reissue.number}已作废（{reissue.voidReason ?? ''}）。重新印发一份
            {ISSUED_KIND_LABELS[reissue.kind]}
            ，取新的文号；正文从作废的文件开始，下一步可以修改。
          </Text>
        ) : (
          <Text size="sm">
            共 {items.length} 项整改事项，涉及 {units.length} 个单位：{units.map(unitName).join('、')}。
            {kind === 'none' ? '' : `每个单位印发一份，按上面的顺序连续编号。`}
          </Text>
        )}
        {reissue ? null : (
          <Radio.Group label="文件" value={kind} onChange={(value) => setKind(value)}>
            <Stack gap="xs" mt={6}>
              {choices.map((c) => (
                <Radio key={c.value} value={c.value} label={c.label} description={c.description} />
              ))}
            </Stack>
          </Radio.Group>
        )}
        <TextInput
          type="date"
          label={kind === 'none' ? '交办日期' : '成文日期（也是交办日期）'}
          withAsterisk
          w={220}
          value={date}
          max={today}
          onChange={(e) => setDate(e.currentTarget.value)}
        />
        {pending.length > 0 ? (
          <Group grow>
            <TextInput
              type="date"
              label="整改方案期限"
              description={`默认交办后 ${periods.planDays} 日`}
              value={planDue ?? defaults.planDue}
              onChange={(e) => setPlanDue(e.currentTarget.value)}
            />
            <TextInput
              type="date"
              label="整改报告期限"
              description={`默认交办后 ${periods.reportMonths} 个月`}
              value={reportDue ?? defaults.reportDue}
              onChange={(e) => setReportDue(e.currentTarget.value)}
            />
          </Group>
        ) : null}
        {pending.length > 0 && pending.length < items.length ? (
          <Text size="xs" c="dimmed">
            其中 {items.length - pending.length} 项已经交办，只补发文件，期限不变。
          </Text>
        ) : null}
        {missing.length > 0 ? (
          <Alert color="orange" title="还不能编号" role="alert">
            设置中还没有填写{missing.map((need) => NEED_LABELS[need]).join('、')}，文件无法署名或编号。请到
            <Anchor href="#/settings" mx={4}>
              设置
            </Anchor>
            中填写后再印发。
          </Alert>
        ) : null}
        {warnings.length > 0 ? (
          <Alert color="orange" title="请核对日期" role="alert" aria-label="请核对日期">
            <List size="sm" mb="xs">
              {warnings.map((w) => (
                <List.Item key={w}>{w}</List.Item>
              ))}
            </List>
            <Checkbox
              label="已核对，仍按上述日期印发"
              checked={!unconfirmed}
              onChange={(e) => setConfirmed(e.currentTarget.checked ? warningKey : '')}
            />
          </Alert>
        ) : null}
        {problem ? (
          <Alert color="red" title="未能印发" role="alert">
            <List size="sm">
              {problem.split('；').map((p) => (
                <List.Item key={p}>{p}</List.Item>
              ))}
            </List>
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            取消
          </Button>
          {kind === 'none' ? (
            <Button loading={busy} disabled={unconfirmed} onClick={() => void submit()}>
              交办
            </Button>
          ) : (
            <Button
              loading={busy}
              disabled={missing.length > 0 || unconfirmed}
              onClick={() => void showDrafts()}
            >
              下一步：样稿
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
