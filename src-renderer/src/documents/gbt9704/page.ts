// Page setup shared by every document: A4, the GB/T 9704 text block, the 28 × 22 body grid, document-wide fonts,
// and page numbers "— 1 —" on the outer side (odd pages right, even pages left).
import {
  AlignmentType,
  Document,
  DocumentGridType,
  Footer,
  LineRuleType,
  PageNumber,
  PageOrientation,
  TextRun,
  type FileChild,
  type ISectionOptions,
  type IStylesOptions,
} from 'docx';
import {
  CHARACTER_SPACING,
  LANDSCAPE_MARGIN,
  LINE_PITCH,
  MARGIN,
  PAGE_HEIGHT,
  PAGE_NUMBER_GAP,
  PAGE_WIDTH,
  SIZE,
  pt,
  runFonts,
  singleFont,
  paragraph,
  type DocumentFonts,
} from './units';

/** Styles: every run defaults to 3号 body font condensed 0.25 pt, every paragraph to the exact 28.95 pt line. */
export function documentStyles(fonts: DocumentFonts): IStylesOptions {
  const run = {
    font: runFonts(fonts.body, fonts),
    size: SIZE.san,
    characterSpacing: CHARACTER_SPACING,
    language: { value: 'en-US', eastAsia: 'zh-CN' },
  };
  const lines = { spacing: { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 } };
  return {
    default: { document: { run, paragraph: lines } },
    paragraphStyles: [{ id: 'Normal', name: 'Normal', quickFormat: true, run, paragraph: lines }],
  };
}

/** Height of the page-number line: one 4号 character. */
const PAGE_NUMBER_LINE = pt(14);
/** One 4号 character: the page number's distance from the edge of the text block. */
const PAGE_NUMBER_INDENT = pt(14);

/** The page number "— 1 —" in 4号 宋体, on the outer side of the page and one character in. */
export function pageNumberFooter(fonts: DocumentFonts, side: 'odd' | 'even'): Footer {
  const odd = side === 'odd';
  return new Footer({
    children: [
      paragraph({
        alignment: odd ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: odd ? { right: PAGE_NUMBER_INDENT } : { left: PAGE_NUMBER_INDENT },
        spacing: { line: PAGE_NUMBER_LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        children: [
          new TextRun({
            children: ['\u2014 ', PageNumber.CURRENT, ' \u2014'],
            font: singleFont(fonts.pageNumber),
            size: SIZE.si,
          }),
        ],
      }),
    ],
  });
}

function emptyFooter(): Footer {
  return new Footer({ children: [paragraph({ children: [] })] });
}

export interface SectionSpec {
  fonts: DocumentFonts;
  children: FileChild[];
  /** A4 landscape (ledgers); the text block is turned, not resized. */
  landscape?: boolean;
  /** false: no page number on the first page of this section (信函格式). Default true. */
  firstPageNumber?: boolean;
}

/** A section on the GB/T 9704 page with its page numbers. */
export function gbtSection(spec: SectionSpec): ISectionOptions {
  const margin = spec.landscape ? LANDSCAPE_MARGIN : MARGIN;
  const titlePage = spec.firstPageNumber === false;
  return {
    properties: {
      page: {
        size: {
          width: PAGE_WIDTH,
          height: PAGE_HEIGHT,
          orientation: spec.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        // The footer's bottom edge sits so that the page number's 一字线 are 7 mm below the text block.
        margin: { ...margin, header: pt(36), footer: margin.bottom - PAGE_NUMBER_GAP - PAGE_NUMBER_LINE },
      },
      grid: { type: DocumentGridType.DEFAULT, linePitch: LINE_PITCH },
      ...(titlePage ? { titlePage: true } : {}),
    },
    footers: {
      default: pageNumberFooter(spec.fonts, 'odd'),
      even: pageNumberFooter(spec.fonts, 'even'),
      ...(titlePage ? { first: emptyFooter() } : {}),
    },
    children: spec.children,
  };
}

export interface DocumentMeta {
  /** Shown in the file's properties. */
  title?: string;
}

/** A Word document of GB/T 9704 sections: shared styles, separate odd and even page footers. */
export function gbtDocument(
  fonts: DocumentFonts,
  sections: ISectionOptions[],
  meta: DocumentMeta = {},
): Document {
  return new Document({
    creator: '询评',
    ...(meta.title ? { title: meta.title } : {}),
    styles: documentStyles(fonts),
    evenAndOddHeaderAndFooters: true,
    sections,
  });
}
