// Row upgrades between schema versions: pure functions from a row as the older version stored it to the row
// the newer version expects. Dexie runs them when an installed database is opened by a newer app, and restore
// runs the very same functions on the rows of an older backup, so both paths give the same data.
import { DEFAULT_SETTINGS } from '../domain/settings/settings';

export type Row = Record<string, unknown>;
export type RowUpgrade = (row: Row) => Row;

/** An ISO timestamp as epoch ms; a number stays as it is; anything else is left for the record check to refuse. */
export function toInstant(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : value;
}

function isObject(value: unknown): value is Row {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function objectOr(value: unknown): Row {
  return isObject(value) ? value : {};
}

/**
 * Version 5: every stored instant is epoch ms (createdAt, updatedAt, publishedAt and the round log's `at` were
 * ISO strings), and the settings record carries every setting (those added after it was saved get defaults).
 */
export const UPGRADE_TO_5: Readonly<Record<string, RowUpgrade>> = {
  settings: (row) => ({
    ...DEFAULT_SETTINGS,
    ...row,
    fonts: { ...DEFAULT_SETTINGS.fonts, ...objectOr(row.fonts) },
    timerMinutes: { ...DEFAULT_SETTINGS.timerMinutes, ...objectOr(row.timerMinutes) },
    rectification: { ...DEFAULT_SETTINGS.rectification, ...objectOr(row.rectification) },
  }),
  activities: (row) => ({ ...row, createdAt: toInstant(row.createdAt), updatedAt: toInstant(row.updatedAt) }),
  voteRounds: (row) => ({
    ...row,
    createdAt: toInstant(row.createdAt),
    published: isObject(row.published)
      ? { ...row.published, publishedAt: toInstant(row.published.publishedAt) }
      : row.published,
  }),
  roundLog: (row) => ({ ...row, at: toInstant(row.at) }),
  issuedDocuments: (row) => ({ ...row, createdAt: toInstant(row.createdAt) }),
};
