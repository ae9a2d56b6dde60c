// Draws the add-in's icons (a timetable grid with one highlighted cell) at the sizes Office asks for and writes
// them as PNGs to assets/icons. Run: node scripts/run-ts.js scripts/make-icons.ts
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

type Rgba = [number, number, number, number];
const BACKGROUND: Rgba = [31, 78, 121, 255];
const LINE: Rgba = [255, 255, 255, 255];
const HIGHLIGHT: Rgba = [255, 192, 0, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

/** The pixel at (x, y) of a size×size icon: a rounded square holding a 3×3 grid whose centre cell is lit. */
function pixel(x: number, y: number, size: number): Rgba {
  const radius = size / 6;
  const cx = Math.min(Math.max(x + 0.5, radius), size - radius);
  const cy = Math.min(Math.max(y + 0.5, radius), size - radius);
  if (Math.hypot(x + 0.5 - cx, y + 0.5 - cy) > radius) return CLEAR;
  const margin = size * 0.18;
  const inner = size - 2 * margin;
  const u = (x + 0.5 - margin) / inner;
  const v = (y + 0.5 - margin) / inner;
  if (u < 0 || u > 1 || v < 0 || v > 1) return BACKGROUND;
  const line = Math.max(1, Math.round(size / 24)) / inner;
  const nearLine = (t: number) => [0, 1 / 3, 2 / 3, 1].some((g) => Math.abs(t - g) <= line / 2 + 1e-9);
  if (nearLine(u) || nearLine(v)) return LINE;
  if (u > 1 / 3 && u < 2 / 3 && v > 1 / 3 && v < 2 / 3) return HIGHLIGHT;
  return BACKGROUND;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function iconPng(size: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    const row = y * (size * 4 + 1);
    raw[row] = 0; // no filter
    for (let x = 0; x < size; x++) Buffer.from(pixel(x, y, size)).copy(raw, row + 1 + x * 4);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

if (process.argv[1] === __filename) {
  const folder = resolve(__dirname, '..', 'assets', 'icons');
  mkdirSync(folder, { recursive: true });
  for (const size of ICON_SIZES) writeFileSync(resolve(folder, `icon-${size}.png`), iconPng(size));
  console.log(`Wrote ${ICON_SIZES.length} icons to ${folder}`);
}
