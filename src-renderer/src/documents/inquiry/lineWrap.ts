// Line breaks chosen by the app where a text must not break inside a name or a duration. Chinese text may break
// between any two characters, and neither LibreOffice nor Word keeps a name whole for a joiner character
// (LibreOffice broke 独⁠孤⁠求 after 独 with U+2060 and U+200D between the characters). So the text is set flush left
// and broken here, before a part that would not fit the rest of its line; the estimate is cautious (digits and
// Latin letters count 0.65 of a character, wider than Times New Roman's), so a break comes early rather than late.

/** A piece of text: `whole` pieces never break (a name with the 、 after it, a duration). */
export interface Piece {
  text: string;
  whole?: boolean;
}

const CLOSING = /[、，。：；！？）》」』”’…]/;

/**
 * Width in characters of the body font: Chinese 1, digits and Latin 0.65 (cautious), other half-width 0.5, and a
 * quarter of a character each side of a run of digits or Latin letters (the space Word and LibreOffice add between
 * Chinese and Latin text).
 */
export function cautiousWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    width += /[0-9A-Za-z]/.test(ch) ? 0.65 : code <= 0xff ? 0.5 : 1;
  }
  const runs = text.match(/[0-9A-Za-z]+/g) ?? [];
  return width + runs.length * 0.5;
}

/**
 * The lines the pieces make in lines of `first` characters, then `next`: breaking before a whole piece that does
 * not fit what is left of a line, and inside other pieces where they reach the end (never before closing
 * punctuation, which the renderer would not start a line with either).
 */
export function wrapPieces(pieces: readonly Piece[], first: number, next: number = first): string[] {
  const lines: string[] = [''];
  let room = first;
  const newLine = () => {
    lines.push('');
    room = next;
  };
  const add = (text: string) => {
    lines[lines.length - 1] += text;
    room -= cautiousWidth(text);
  };
  pieces.forEach((piece, i) => {
    if (piece.whole) {
      // a closing mark right after it stays on its line, so it must fit too
      const mark = Array.from(pieces[i + 1]?.text ?? '')[0] ?? '';
      const needed = cautiousWidth(piece.text) + (CLOSING.test(mark) ? cautiousWidth(mark) : 0);
      if (needed > room && lines[lines.length - 1] !== '') newLine();
      add(piece.text);
      return;
    }
    for (const ch of piece.text) {
      if (cautiousWidth(ch) > room && !CLOSING.test(ch) && lines[lines.length - 1] !== '') newLine();
      add(ch);
    }
  });
  return lines;
}
