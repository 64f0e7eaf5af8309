// Test helper: how much of each page of a PDF is drawn in a light red (a 作废 watermark at 35 % opacity), from a
// low-resolution rendering by pdftoppm. Needs poppler-utils, as pdfLayout does.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The pixels of one binary PPM (P6) image. */
function readPpm(bytes: Buffer): { width: number; height: number; rgb: Buffer } {
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 50).toString('latin1'));
  if (!header) throw new Error('not a binary PPM');
  return {
    width: Number(header[1]),
    height: Number(header[2]),
    rgb: bytes.subarray(header[0].length),
  };
}

/** Per page, the share of its pixels that are light red: red high, green and blue alike and in the middle. */
export function lightRedShare(pdf: string, dpi = 20): number[] {
  const prefix = join(dirname(pdf), 'colour');
  const result = spawnSync('pdftoppm', ['-r', String(dpi), pdf, prefix], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pdftoppm failed: ${result.stderr}`);
  const files = readdirSync(dirname(pdf))
    .filter((name) => name.startsWith('colour') && name.endsWith('.ppm'))
    .sort();
  return files.map((name) => {
    const { width, height, rgb } = readPpm(readFileSync(join(dirname(pdf), name)));
    let count = 0;
    for (let i = 0; i + 2 < rgb.length; i += 3) {
      const [r = 0, g = 0, b = 0] = [rgb[i], rgb[i + 1], rgb[i + 2]];
      if (r > 220 && g > 90 && g < 230 && Math.abs(g - b) < 30) count += 1;
    }
    return count / (width * height);
  });
}
