import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { findSoffice } from '../../src/operations/documents/layout/index.js';

const exec = promisify(execFile);

/** Millimetres to PDF points. */
export const pt = (mm: number) => (mm / 25.4) * 72;

/** What the rendering tests need: LibreOffice to convert and poppler to read the PDF. */
export async function findRenderer(): Promise<{ soffice: string } | null> {
  const soffice = findSoffice();
  if (!soffice) return null;
  try {
    await exec('pdfinfo', ['-v']);
    await exec('pdftotext', ['-v']);
    await exec('pdftoppm', ['-v']);
  } catch {
    return null;
  }
  return { soffice };
}

/** A line of text as pdftotext -bbox-layout reports it, in points from the top left of the page. */
export type Line = { page: number; text: string; xMin: number; yMin: number; xMax: number; yMax: number };

export type Probe = {
  pages: number;
  /** Page size in points. */
  width: number;
  height: number;
  lines: Line[];
  /**
   * Bands of consecutive rows of a page that hold red pixels, in points: where the red 标志 and the red rules
   * are, how far across they reach, and the most red in one row (`widest`, a rule's length).
   */
  redBands(page: number): Promise<{ y: number; bottom: number; xMin: number; xMax: number; widest: number }[]>;
  /** Black rules of a page at least `minRun` points long: top, extent and thickness in points. */
  darkRules(page: number, minRun: number): Promise<{ y: number; xMin: number; xMax: number; thickness: number }[]>;
  /** The first and last rows of a box on a page that hold any dark or red pixel: where the ink of a line is. */
  ink(page: number, box: { xMin: number; yMin: number; xMax: number; yMax: number }): Promise<{ top: number; bottom: number } | null>;
  close(): Promise<void>;
};

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** Reads a PDF with poppler: page size and count, every text line with its box, and its raster for colours. */
export async function probe(pdf: Buffer): Promise<Probe> {
  const dir = await mkdtemp(join(tmpdir(), 'zhengwu-probe-'));
  const file = join(dir, 'doc.pdf');
  await writeFile(file, pdf);
  const info = (await exec('pdfinfo', [file])).stdout;
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
  const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info);
  const html = (await exec('pdftotext', ['-bbox-layout', file, '-'], { maxBuffer: 64 * 1024 * 1024 })).stdout;
  const lines: Line[] = [];
  html.split('<page ').slice(1).forEach((pageHtml, index) => {
    for (const match of pageHtml.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)) {
      const words = [...(match[5] ?? '').matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((w) => decode(w[1] ?? ''));
      lines.push({ page: index + 1, text: words.join(' '), xMin: Number(match[1]), yMin: Number(match[2]), xMax: Number(match[3]), yMax: Number(match[4]) });
    }
  });
  const rasters = new Map<string, Promise<{ w: number; h: number; data: Buffer }>>();
  const raster = (page: number, dpi = 72) => {
    const key = `${page}@${dpi}`;
    const cached = rasters.get(key) ?? rasterize(page, dpi);
    rasters.set(key, cached);
    return cached;
  };
  const rasterize = async (page: number, dpi: number) => {
    const { stdout } = await exec('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), file], { encoding: 'buffer', maxBuffer: 128 * 1024 * 1024 });
    // Binary PPM (P6): "P6\n<w> <h>\n255\n" then RGB bytes.
    const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(stdout.subarray(0, 64).toString('latin1'));
    if (!header) throw new Error('pdftoppm did not return a PPM image');
    return { w: Number(header[1]), h: Number(header[2]), data: stdout.subarray(header[0].length) };
  };
  return {
    pages,
    width: Number(size?.[1] ?? 0),
    height: Number(size?.[2] ?? 0),
    lines,
    async redBands(page) {
      const scale = 4;
      const { w, h, data } = await raster(page, 72 * scale);
      const bands: { y: number; bottom: number; xMin: number; xMax: number; widest: number }[] = [];
      for (let y = 0; y < h; y++) {
        let xMin = -1;
        let xMax = -1;
        let count = 0;
        for (let x = 0; x < w; x++) {
          const i = (y * w + x) * 3;
          if ((data[i] ?? 0) > 180 && (data[i + 1] ?? 255) < 110 && (data[i + 2] ?? 255) < 110) {
            if (xMin < 0) xMin = x;
            xMax = x;
            count++;
          }
        }
        if (!count) continue;
        const last = bands.at(-1);
        if (last && Math.abs(last.bottom - y / scale) < 0.3) {
          last.bottom = (y + 1) / scale;
          last.xMin = Math.min(last.xMin, xMin / scale);
          last.xMax = Math.max(last.xMax, (xMax + 1) / scale);
          last.widest = Math.max(last.widest, count / scale);
        } else bands.push({ y: y / scale, bottom: (y + 1) / scale, xMin: xMin / scale, xMax: (xMax + 1) / scale, widest: count / scale });
      }
      return bands;
    },
    async darkRules(page, minRun) {
      // 288 dpi: four pixels a point, enough to tell a 0.35 mm rule from a 0.25 mm one.
      const scale = 4;
      const { w, h, data } = await raster(page, 72 * scale);
      const rows: { y: number; xMin: number; xMax: number }[] = [];
      for (let y = 0; y < h; y++) {
        let runStart = -1;
        for (let x = 0; x <= w; x++) {
          const i = (y * w + x) * 3;
          const dark = x < w && (data[i] ?? 255) < 140 && (data[i + 1] ?? 255) < 140 && (data[i + 2] ?? 255) < 140;
          if (dark && runStart < 0) runStart = x;
          if (!dark && runStart >= 0) {
            if (x - runStart >= minRun * scale) rows.push({ y, xMin: runStart, xMax: x - 1 });
            runStart = -1;
          }
        }
      }
      const rules: { y: number; xMin: number; xMax: number; thickness: number }[] = [];
      for (const row of rows) {
        const last = rules.at(-1);
        if (last && row.y / scale - (last.y + last.thickness) < 0.5 / scale + 1e-9 && Math.abs(row.xMin / scale - last.xMin) < 2) last.thickness = row.y / scale + 1 / scale - last.y;
        else rules.push({ y: row.y / scale, xMin: row.xMin / scale, xMax: (row.xMax + 1) / scale, thickness: 1 / scale });
      }
      return rules;
    },
    async ink(page, box) {
      const { w, h, data } = await raster(page);
      let top = -1;
      let bottom = -1;
      for (let y = Math.max(0, Math.floor(box.yMin)); y <= Math.min(h - 1, Math.ceil(box.yMax)); y++) {
        for (let x = Math.max(0, Math.floor(box.xMin)); x <= Math.min(w - 1, Math.ceil(box.xMax)); x++) {
          const i = (y * w + x) * 3;
          if ((data[i + 1] ?? 255) < 128) {
            if (top < 0) top = y;
            bottom = y;
            break;
          }
        }
      }
      return top < 0 ? null : { top, bottom };
    },
    close: () => rm(dir, { recursive: true, force: true }),
  };
}
