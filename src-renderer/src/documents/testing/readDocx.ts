// Test helper: the XML parts of a .docx file. A zip reader of a few lines on DecompressionStream (in Node 18+ and
// browsers), so tests need no zip library of their own (jszip and fflate are only dependencies of dependencies).

async function inflateRaw(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data.slice()]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Every file of a zip archive, by path, decoded as UTF-8 text. */
export async function unzipText(bytes: Uint8Array): Promise<Map<string, string>> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end -= 1;
  if (end < 0) throw new Error('not a zip file');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const files = new Map<string, string>();
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i += 1) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('bad central directory');
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const raw = bytes.subarray(start, start + size);
    const data = method === 8 ? await inflateRaw(raw) : raw;
    files.set(name, decoder.decode(data));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

export interface DocxParts {
  document: string;
  styles: string;
  settings: string;
  /** footer XML by file name, e.g. word/footer1.xml */
  footers: Map<string, string>;
  all: Map<string, string>;
}

export async function readDocx(bytes: Uint8Array): Promise<DocxParts> {
  const all = await unzipText(bytes);
  const part = (name: string) => {
    const text = all.get(name);
    if (text === undefined) throw new Error(`${name} missing`);
    return text;
  };
  const footers = new Map([...all].filter(([name]) => /^word\/footer\d+\.xml$/.test(name)));
  return {
    document: part('word/document.xml'),
    styles: part('word/styles.xml'),
    settings: part('word/settings.xml'),
    footers,
    all,
  };
}

/** The visible text of a part: the contents of its w:t elements, joined. */
export function plainText(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1] ?? '').join('');
}

/** The XML of every paragraph (w:p element) of a part whose visible text contains `text`. */
export function paragraphsWith(xml: string, text: string): string[] {
  return [...xml.matchAll(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/g)]
    .map((m) => m[0])
    .filter((p) => plainText(p).includes(text));
}

/** The one paragraph containing `text`; throws when there is none. */
export function paragraphWith(xml: string, text: string): string {
  const found = paragraphsWith(xml, text)[0];
  if (found === undefined) throw new Error(`no paragraph with ${text}`);
  return found;
}

/** The attributes of the first element `tag` (e.g. w:pgMar) in a part, by name. */
export function attributesOf(xml: string, tag: string): Record<string, string> {
  const element = new RegExp(`<${tag}(\\s[^>]*)?/?>`).exec(xml);
  if (!element) throw new Error(`no ${tag}`);
  return Object.fromEntries([...(element[1] ?? '').matchAll(/([\w:]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
}
