// The app-wide audit log (操作日志): one line per act that changes or removes what was recorded — a restore, an
// import, an edit or deletion in the 名册, a corrected or deleted ballot, a double-entry difference resolved, a reopened round, a voided document
// number, an activity archived. Append-only: entries are written in the transaction of the change they record
// and never edited or deleted. Each entry keeps its sentence as it was true then (names included) and the
// facts behind it.

import { formatInstant, type Instant } from '../time';

export const AUDIT_KINDS = [
  'restored',
  'imported',
  'recordEdited',
  'recordDeleted',
  'ballotCorrected',
  'ballotDeleted',
  'doubleEntryResolved',
  'roundReopened',
  'roundReset',
  'numberVoided',
  'activityArchived',
  'activityUnarchived',
] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

export const AUDIT_KIND_LABELS: Record<AuditKind, string> = {
  restored: '从备份恢复',
  imported: '导入',
  recordEdited: '修改名册',
  recordDeleted: '删除名册记录',
  ballotCorrected: '更正测评票',
  ballotDeleted: '删除测评票',
  doubleEntryResolved: '复核裁定',
  roundReopened: '重新开启测评',
  roundReset: '作废重投',
  numberVoided: '作废文号',
  activityArchived: '归档活动',
  activityUnarchived: '恢复活动',
};

export interface AuditEntry {
  id: string;
  at: Instant;
  kind: AuditKind;
  /** One Chinese sentence saying what was done, as it was true then. */
  text: string;
  /** The facts behind the sentence (file, counts, names, before and after). */
  details: Record<string, unknown>;
}

/** The 名册 lists. */
export type AuditList = 'people' | 'units';
const LIST_NOUNS: Record<AuditList, string> = { people: '人员', units: '单位' };

/** What an import added to. */
export type ImportTarget = 'people' | 'units' | 'questions';
const IMPORT_NOUNS: Record<ImportTarget, string> = {
  people: '位人员',
  units: '个单位',
  questions: '个问题',
};

/** One field of a record before and after an edit, with the field's name as the secretary knows it. */
export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

export interface TableCount {
  label: string;
  /** Rows before the restore. */
  before: number;
  /** Rows after it. */
  after: number;
}

/** A ballot round is a 测评; a project vote round a 票决. */
export type RoundNoun = '测评' | '票决';

/** What happened, as facts; `auditLine` turns it into the entry's kind, sentence and details. */
export type AuditEvent =
  | {
      kind: 'restored';
      fileName: string;
      /** When the backup was written; null when the file does not say. */
      exportedAt: Instant | null;
      tables: TableCount[];
    }
  | { kind: 'imported'; target: ImportTarget; fileName: string; count: number; activity: string | null }
  | { kind: 'recordEdited'; list: AuditList; name: string; changes: FieldChange[] }
  | { kind: 'recordDeleted'; list: AuditList; name: string }
  | {
      kind: 'ballotCorrected';
      activity: string;
      round: string;
      /** What the round is called: 测评 (the default) or 票决 (a project vote). */
      noun?: RoundNoun;
      ballot: string;
      before: string;
      after: string;
    }
  | {
      kind: 'ballotDeleted';
      activity: string;
      round: string;
      noun?: RoundNoun;
      ballot: string;
      before: string;
    }
  | {
      /** 双人复核: the two readings of a paper differed; `kept` says which became the ballot. */
      kind: 'doubleEntryResolved';
      activity: string;
      round: string;
      noun?: RoundNoun;
      ballot: string;
      first: string;
      second: string;
      kept: 'first' | 'second';
    }
  | { kind: 'roundReopened'; activity: string; round: string; reason: string; fingerprint: string | null }
  | {
      /** A round voted again from the start: what was entered is deleted (a void project vote). */
      kind: 'roundReset';
      activity: string;
      round: string;
      noun?: RoundNoun;
      ballots: number;
      reason: string;
    }
  | { kind: 'numberVoided'; number: string; document: string; unit: string; reason: string }
  | { kind: 'activityArchived' | 'activityUnarchived'; activity: string };

/** An empty value, readably. */
const shown = (value: string) => (value === '' ? '（空）' : value);

const inFile = (fileName: string) => (fileName === '' ? '' : `「${fileName}」`);

function restoredText(event: Extract<AuditEvent, { kind: 'restored' }>): string {
  const when = event.exportedAt === null ? '导出时间不详' : `${formatInstant(event.exportedAt)} 导出`;
  const counts = event.tables
    .filter((t) => t.before > 0 || t.after > 0)
    .map((t) => (t.before === t.after ? `${t.label} ${t.after}` : `${t.label} ${t.before} → ${t.after}`));
  const changed = counts.length > 0 ? `，条数（恢复前 → 恢复后）：${counts.join('、')}` : '';
  return `从备份${inFile(event.fileName)}（${when}）恢复全部数据${changed}`;
}

/** The sentence of an entry. */
export function auditText(event: AuditEvent): string {
  switch (event.kind) {
    case 'restored':
      return restoredText(event);
    case 'imported': {
      const from = event.fileName === '' ? '' : `从${inFile(event.fileName)}`;
      const into = event.activity === null ? '名册' : `「${event.activity}」的询问提纲`;
      return `${from}向${into}导入 ${event.count} ${IMPORT_NOUNS[event.target]}`;
    }
    case 'recordEdited': {
      const changes = event.changes.map((c) => `${c.field} ${shown(c.before)} → ${shown(c.after)}`);
      return `修改${LIST_NOUNS[event.list]}「${event.name}」：${changes.join('；')}`;
    }
    case 'recordDeleted':
      return `删除${LIST_NOUNS[event.list]}「${event.name}」`;
    case 'ballotCorrected':
      return `「${event.activity}」${event.noun ?? '测评'}「${event.round}」：更正${event.ballot}：${event.before} → ${event.after}`;
    case 'ballotDeleted':
      return `「${event.activity}」${event.noun ?? '测评'}「${event.round}」：删除${event.ballot}（原为 ${event.before}）`;
    case 'doubleEntryResolved': {
      const kept = event.kept === 'first' ? '第一次录入' : '复核录入';
      return `「${event.activity}」${event.noun ?? '测评'}「${event.round}」：${event.ballot}两次录入不一致（第一次 ${event.first}，复核 ${event.second}），保留${kept}`;
    }
    case 'roundReopened': {
      const withdrawn =
        event.fingerprint === null ? '' : `，撤回已公布的结果（校验码 ${event.fingerprint.slice(0, 12)}…）`;
      return `重新开启「${event.activity}」的测评「${event.round}」${withdrawn}，原因：${event.reason}`;
    }
    case 'roundReset':
      return `作废「${event.activity}」的${event.noun ?? '测评'}「${event.round}」，删除已录入的 ${event.ballots} 张选票，重新投票，原因：${event.reason}`;
    case 'numberVoided':
      return `作废文号${event.number}（${event.document}，${event.unit}），原因：${event.reason}`;
    case 'activityArchived':
      return `归档活动「${event.activity}」`;
    case 'activityUnarchived':
      return `恢复已归档的活动「${event.activity}」`;
  }
}

/** The entry of an event, but for its id and time (the repository gives those). */
export function auditLine(event: AuditEvent): Pick<AuditEntry, 'kind' | 'text' | 'details'> {
  const { kind, ...details } = event;
  return { kind, text: auditText(event), details };
}

/**
 * The fields that differ between two versions of a record, in the order of `fields`; values are shown as text
 * (lists joined with 、).
 */
export function fieldChanges<R>(
  fields: readonly { field: keyof R & string; header: string }[],
  before: R,
  after: R,
): FieldChange[] {
  const text = (value: unknown) =>
    Array.isArray(value) ? value.join('、') : value === null || value === undefined ? '' : String(value);
  return fields.flatMap(({ field, header }) => {
    const [was, is] = [text(before[field]), text(after[field])];
    return was === is ? [] : [{ field: header, before: was, after: is }];
  });
}
