// A docx Document to the bytes of a .docx file, the same way in the renderer and in Node: docx zips with fflate and
// hands the zip out as a Uint8Array without touching Blob or Buffer, so neither platform needs its own path.
import { Packer, type Document } from 'docx';
import { fontTableOf } from './gbt9704/fontTable';

/**
 * The .docx bytes of a document. Packing itself runs in one go; the await before it lets the renderer paint
 * between documents when many are exported in a row. A GB/T 9704 document gets a font table naming each font's
 * fallback (docx writes an empty one).
 */
export async function toBytes(doc: Document): Promise<Uint8Array> {
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  const fontTable = fontTableOf(doc);
  const overrides = fontTable === null ? [] : [{ path: 'word/fontTable.xml', data: fontTable }];
  return Packer.pack(doc, 'uint8array', false, overrides);
}

/** The MIME type of a .docx file, for a Blob or a download. */
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
