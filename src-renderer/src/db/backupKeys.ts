// The keys of a backup's rows, for refusing two rows with one key before a restore writes them (backupCheck.ts).
// A row's key is read from its key fields directly: the value itself for a one-field key that is a string or a
// number (as nearly every key is), else a text that writes each part with its type and length, so two keys
// give the same text exactly when their parts are the same. No JSON.stringify per row.

type Row = Record<string, unknown>;

/** One part of a key as text: prefix-free, so parts joined in a row cannot run into each other. */
function partText(value: unknown): string {
  if (typeof value === 'string') return `s${value.length}:${value}`;
  // String(-0) is '0': IndexedDB sees 0 and -0 as one key too.
  if (typeof value === 'number') return `n${String(value)};`;
  const json = JSON.stringify(value) ?? 'null';
  return `j${json.length}:${json}`;
}

/** The keys seen so far of one key (a primary key or a unique index) of one table. */
export class KeySet {
  /** One-field keys that are strings or numbers: the values themselves (a Set tells '1' from 1). */
  private readonly plain = new Set<string | number>();
  /** Every other key, as the text of its parts. */
  private readonly texts = new Set<string>();

  constructor(private readonly fields: readonly string[]) {}

  /** Adds the row's key; false when a row with the same key was added before. */
  add(row: Row): boolean {
    const { fields } = this;
    if (fields.length === 1) {
      const value = row[fields[0]!];
      if (typeof value === 'string' || typeof value === 'number') {
        if (this.plain.has(value)) return false;
        this.plain.add(value);
        return true;
      }
    }
    let text = '';
    for (const field of fields) text += partText(row[field]);
    if (this.texts.has(text)) return false;
    this.texts.add(text);
    return true;
  }
}
