// A minimal PNG encoder and decoder (8-bit RGBA, no interlace) on node:zlib, for the add-in icons.
// The encoder writes filter type 0 on every row and a fixed zlib level, so the same pixels give the
// same bytes with the same zlib; the decoder reads any filter type, and checks chunk CRCs.
import { deflateSync, inflateSync } from "node:zlib";

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "latin1");
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

export interface RgbaImage {
  width: number;
  height: number;
  /** width × height × 4 bytes, rows top to bottom, not premultiplied. */
  pixels: Uint8Array;
}

export function encodePng({ width, height, pixels }: RgbaImage): Buffer {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new Error(`PNG: bad size ${width}×${height}`);
  }
  if (pixels.length !== width * height * 4) throw new Error(`PNG: expected ${width * height * 4} bytes, got ${pixels.length}`);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  ihdr[10] = 0; // compression: deflate
  ihdr[11] = 0; // filter method 0
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type None
    raw.set(pixels.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  const idat = deflateSync(raw, { level: 9, memLevel: 9, strategy: 0 });
  return Buffer.concat([SIGNATURE, chunk("IHDR", ihdr), chunk("IDAT", idat), chunk("IEND", new Uint8Array(0))]);
}

export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  colourType: number;
  interlace: number;
}

interface Chunk { type: string; data: Buffer }

function readChunks(png: Uint8Array): Chunk[] {
  const buf = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (buf.length < 8 || !buf.subarray(0, 8).equals(SIGNATURE)) throw new Error("PNG: missing signature");
  const chunks: Chunk[] = [];
  let at = 8;
  while (at < buf.length) {
    if (at + 12 > buf.length) throw new Error("PNG: truncated chunk");
    const length = buf.readUInt32BE(at);
    const type = buf.toString("latin1", at + 4, at + 8);
    if (at + 12 + length > buf.length) throw new Error(`PNG: truncated ${type} chunk`);
    const data = buf.subarray(at + 8, at + 8 + length);
    if (crc32(buf.subarray(at + 4, at + 8 + length)) !== buf.readUInt32BE(at + 8 + length)) {
      throw new Error(`PNG: bad CRC in ${type} chunk`);
    }
    chunks.push({ type, data });
    at += 12 + length;
    if (type === "IEND") break;
  }
  if (chunks[0]?.type !== "IHDR" || chunks[0].data.length !== 13) throw new Error("PNG: IHDR is not the first chunk");
  if (chunks.at(-1)?.type !== "IEND") throw new Error("PNG: no IEND chunk");
  return chunks;
}

/** The IHDR fields (checks the signature, every chunk's CRC and the chunk order). */
export function readPngHeader(png: Uint8Array): PngHeader {
  const ihdr = readChunks(png)[0]!.data;
  return {
    width: ihdr.readUInt32BE(0),
    height: ihdr.readUInt32BE(4),
    bitDepth: ihdr[8]!,
    colourType: ihdr[9]!,
    interlace: ihdr[12]!,
  };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Decodes an 8-bit RGBA, non-interlaced PNG (what encodePng writes). */
export function decodePng(png: Uint8Array): RgbaImage {
  const chunks = readChunks(png);
  const header = readPngHeader(png);
  if (header.bitDepth !== 8 || header.colourType !== 6 || header.interlace !== 0) {
    throw new Error(`PNG: only 8-bit RGBA without interlace is supported (depth ${header.bitDepth}, type ${header.colourType})`);
  }
  const { width, height } = header;
  const raw = inflateSync(Buffer.concat(chunks.filter((c) => c.type === "IDAT").map((c) => c.data)));
  const stride = width * 4;
  if (raw.length !== (stride + 1) * height) throw new Error("PNG: image data has the wrong length");
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= 4 ? pixels[y * stride + x - 4]! : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x]! : 0;
      const c = x >= 4 && y > 0 ? pixels[(y - 1) * stride + x - 4]! : 0;
      const value = line[x]!;
      const predicted = filter === 0 ? 0 : filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1 : filter === 4 ? paeth(a, b, c) : -1;
      if (predicted < 0) throw new Error(`PNG: unknown filter type ${filter}`);
      pixels[y * stride + x] = (value + predicted) & 0xff;
    }
  }
  return { width, height, pixels };
}
