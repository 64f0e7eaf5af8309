// A word across every page of a section (作废 on a voided document, 样稿 on a draft): a Word watermark (WordArt
// behind the text, centred on the page), put in each of the section's headers so that it repeats on every page,
// first and even pages included. Word lists it under Design > Watermark; LibreOffice shows it as its own watermark.
import { Header, LineRuleType, type ISectionOptions } from 'docx';
import { TextWatermark } from 'docx/watermarks';
import { paragraph, type DocumentFonts } from './units';

export interface WatermarkSpec {
  /** 作废 or 样稿 */
  text: string;
  /** Hex colour, e.g. FF0000 */
  color: string;
}

/** A header of one 1 pt line that holds the watermark, so it takes no room from the text. */
function watermarkHeader(spec: WatermarkSpec, fonts: DocumentFonts): Header {
  return new Header({
    children: [
      paragraph({
        spacing: { line: 20, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        children: [
          new TextWatermark({
            text: spec.text,
            font: fonts.title,
            color: spec.color,
            opacity: 0.35,
            layout: 'diagonal',
            // two characters across the A4 diagonal, not stretched to its full length
            width: 420,
            height: 210,
          }),
        ],
      }),
    ],
  });
}

/** The section with the watermark on every page (default, even and, when the section has one, first). */
export function withWatermark(
  section: ISectionOptions,
  spec: WatermarkSpec,
  fonts: DocumentFonts,
): ISectionOptions {
  const header = () => watermarkHeader(spec, fonts);
  return {
    ...section,
    headers: {
      default: header(),
      even: header(),
      ...(section.properties?.titlePage ? { first: header() } : {}),
    },
  };
}
