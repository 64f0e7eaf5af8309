// 发文字号: prefix + 〔year〕 + sequence + 号, e.g. 宜人常函〔2026〕12号 (GB/T 9704: full year, no leading
// zeros, no 第, brackets U+3014/U+3015).

const BRACKETS = /[〔〕【】[\]()（）]/;

/** A Chinese message when the prefix cannot start a 发文字号, else null. */
export function validateDocumentPrefix(prefix: string): string | null {
  if (prefix.length === 0) return '请填写发文字号前缀，例如：宜人常函';
  if (prefix.length > 20) return '发文字号前缀不能超过 20 个字';
  if (BRACKETS.test(prefix)) return '前缀只写机关代字，不要带括号和年份，例如：宜人常函';
  if (/\d/.test(prefix)) return '前缀不要包含数字，年份和序号由系统生成';
  return null;
}

export function formatDocumentNumber(prefix: string, year: number, sequence: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`year ${year}`);
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`sequence ${sequence}`);
  return `${prefix}\u3014${year}\u3015${sequence}号`;
}
