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
  mm,
  pt,
  runFonts,
  singleFont,
  paragraph,
  type DocumentFonts,
} from './units';
import { recordFonts } from './fontTable';

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

/**
 * The page number "— 1 —" in 4号 宋体, on the outer side of the page and one character in. `padding` (twips of
 * space before and after the number) makes the footer taller without moving the number (see gbtSection).
 */
export function pageNumberFooter(
  fonts: DocumentFonts,
  side: 'odd' | 'even',
  padding: { before: number; after: number } = { before: 0, after: 0 },
): Footer {
  const odd = side === 'odd';
  return new Footer({
    children: [
      paragraph({
        alignment: odd ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: odd ? { right: PAGE_NUMBER_INDENT } : { left: PAGE_NUMBER_INDENT },
        spacing: { line: PAGE_NUMBER_LINE, lineRule: LineRuleType.EXACT, ...padding },
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

/** A footer of one empty 1 pt line, so that it takes no room from a taller first page. */
function emptyFooter(): Footer {
  return new Footer({
    children: [
      paragraph({ spacing: { line: 20, lineRule: LineRuleType.EXACT, before: 0, after: 0 }, children: [] }),
    ],
  });
}

export interface SectionSpec {
  fonts: DocumentFonts;
  children: FileChild[];
  /** A4 landscape (ledgers); the text block is turned, not resized. */
  landscape?: boolean;
  /** false: no page number on the first page of this section (信函格式). Default true. */
  firstPageNumber?: boolean;
  /**
   * With firstPageNumber false: the distance in twips from the bottom edge of the page to the end of the first
   * page's text, when the first page reaches lower than the others (信函格式: down to 7/8 of a 3号 character above
   * the lower red double line).
   */
  firstPageBottom?: number;
}

/** Distance of the footer from the bottom edge when the page-number footers set the text block's foot. */
const LOW_FOOTER = mm(10);

/**
 * Footer distance and page-number padding. Normally the footer sits so that the number's 一字线 are 7 mm below
 * the text block and the bottom margin ends the text. With a taller first page the bottom margin is that page's
 * and the page-number footers of the later pages are padded up to the 35 mm line: Word and LibreOffice end the
 * text where a footer taller than the margin begins, so those pages keep their 22 lines and the number its place.
 */
function footerLayout(spec: SectionSpec, bottom: number) {
  const numberFooter = bottom - PAGE_NUMBER_GAP - PAGE_NUMBER_LINE;
  if (
    spec.firstPageNumber !== false ||
    spec.firstPageBottom === undefined ||
    spec.firstPageBottom >= bottom
  ) {
    return { bottom, footer: numberFooter, padding: { before: 0, after: 0 } };
  }
  return {
    bottom: spec.firstPageBottom,
    footer: LOW_FOOTER,
    padding: { before: PAGE_NUMBER_GAP, after: numberFooter - LOW_FOOTER },
  };
}

/** A section on the GB/T 9704 page with its page numbers. */
export function gbtSection(spec: SectionSpec): ISectionOptions {
  const margin = spec.landscape ? LANDSCAPE_MARGIN : MARGIN;
  const titlePage = spec.firstPageNumber === false;
  const { bottom, footer, padding } = footerLayout(spec, margin.bottom);
  return {
    properties: {
      page: {
        size: {
          width: PAGE_WIDTH,
          height: PAGE_HEIGHT,
          orientation: spec.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        // The footer's bottom edge sits so that the page number's 一字线 are 7 mm below the text block.
        margin: { ...margin, bottom, header: pt(36), footer },
      },
      grid: { type: DocumentGridType.DEFAULT, linePitch: LINE_PITCH },
      ...(titlePage ? { titlePage: true } : {}),
    },
    footers: {
      default: pageNumberFooter(spec.fonts, 'odd', padding),
      even: pageNumberFooter(spec.fonts, 'even', padding),
      ...(titlePage ? { first: emptyFooter() } : {}),
    },
    children: spec.children,
  };
}

export interface DocumentMeta {
  /** Shown in the file's properties. */
  title?: string;
}

/**
 * A Word document of GB/T 9704 sections: shared styles, separate odd and even page footers; its fonts are recorded
 * for the font table toBytes writes.
 */
export function gbtDocument(
  fonts: DocumentFonts,
  sections: ISectionOptions[],
  meta: DocumentMeta = {},
): Document {
  const doc = new Document({
    creator: '询评',
    ...(meta.title ? { title: meta.title } : {}),
    styles: documentStyles(fonts),
    evenAndOddHeaderAndFooters: true,
    sections,
  });
  return recordFonts(doc, fonts);
}
