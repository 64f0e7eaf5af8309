// A docx Document to the bytes of a .docx file, the same way in the renderer and in Node: docx zips with fflate and
// hands the zip out as a Uint8Array without touching Blob or Buffer, so neither platform needs its own path.
import { Packer, type Document } from 'docx';

/**
 * The .docx bytes of a document. Packing itself runs in one go; the await before it lets the renderer paint
 * between documents when many are exported in a row.
 */
export async function toBytes(doc: Document): Promise<Uint8Array> {
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  return Packer.pack(doc, 'uint8array');
}

/** The MIME type of a .docx file, for a Blob or a download. */
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
