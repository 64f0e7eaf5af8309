/** True when every space-separated word of the query appears in one of the fields (case-insensitive). */
export function matchesSearch(query: string, fields: readonly string[]): boolean {
  const words = query
    .toLowerCase()
    .split(/[\s\u3000]+/)
    .filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fields.join('\n').toLowerCase();
  return words.every((word) => haystack.includes(word));
}
