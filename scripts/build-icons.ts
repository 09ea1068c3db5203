// Draws the add-in icons — a pie split in two (region | municipalities) on a rounded blue square —
// and writes them as PNG files, deterministically (no image tools needed):
//   npx tsx scripts/build-icons.ts           writes assets/icon-<size>.png
//   npx tsx scripts/build-icons.ts --check   exits 1 when a committed icon's pixels differ
// manifest.xml uses 32 (IconUrl), 64 (HighResolutionIconUrl) and 16/32/80 (ribbon button and group).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { decodePng, encodePng, type RgbaImage } from "./png.ts";

const root = fileURLToPath(new URL("..", import.meta.url));

export const ICON_SIZES = [16, 32, 64, 80] as const;

export function iconPath(size: number): string {
  return `assets/icon-${size}.png`;
}

type Rgb = readonly [number, number, number];
const TILE: Rgb = [0x0e, 0x5a, 0x8a]; // blue square
const REGION: Rgb = [0xff, 0xff, 0xff]; // left half: the region
const MUNICIPALITIES: Rgb = [0xf5, 0xb8, 0x3d]; // right half: the municipalities

/** Samples per pixel along each axis (anti-aliasing by coverage). */
const SUPERSAMPLE = 8;

/** The colour at a point of the unit square, or null outside the tile. */
function colourAt(x: number, y: number, size: number): Rgb | null {
  const corner = 0.22;
  const dx = Math.max(corner - x, 0, x - (1 - corner));
  const dy = Math.max(corner - y, 0, y - (1 - corner));
  if (dx * dx + dy * dy > corner * corner) return null;
  const radius = 0.34;
  const px = x - 0.5;
  const py = y - 0.5;
  if (px * px + py * py > radius * radius) return TILE;
  // A thin cut between the halves where there are pixels enough to show it.
  const gap = size >= 32 ? 0.05 : 0;
  if (Math.abs(px) < gap / 2) return TILE;
  return px < 0 ? REGION : MUNICIPALITIES;
}

export function renderIcon(size: number): RgbaImage {
  const pixels = new Uint8Array(size * size * 4);
  const n = SUPERSAMPLE * SUPERSAMPLE;
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      let covered = 0;
      let r = 0;
      let g = 0;
      let b = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const c = colourAt((col + (sx + 0.5) / SUPERSAMPLE) / size, (row + (sy + 0.5) / SUPERSAMPLE) / size, size);
          if (c === null) continue;
          covered++;
          r += c[0];
          g += c[1];
          b += c[2];
        }
      }
      const at = (row * size + col) * 4;
      if (covered === 0) continue; // transparent black
      pixels[at] = Math.round(r / covered);
      pixels[at + 1] = Math.round(g / covered);
      pixels[at + 2] = Math.round(b / covered);
      pixels[at + 3] = Math.round((covered * 255) / n);
    }
  }
  return { width: size, height: size, pixels };
}

/** The icons whose committed file is missing or whose pixels differ from what renderIcon draws. */
export function checkIcons(dir: string = root): string[] {
  const differing: string[] = [];
  for (const size of ICON_SIZES) {
    const file = join(dir, iconPath(size));
    if (!existsSync(file)) {
      differing.push(`${iconPath(size)} (missing)`);
      continue;
    }
    const committed = decodePng(readFileSync(file));
    const expected = renderIcon(size);
    if (committed.width !== size || committed.height !== size || !Buffer.from(committed.pixels).equals(Buffer.from(expected.pixels))) {
      differing.push(iconPath(size));
    }
  }
  return differing;
}

function main(args: string[]): number {
  if (args.includes("--check")) {
    const differing = checkIcons();
    for (const file of differing) console.error(`differs from scripts/build-icons.ts: ${file}`);
    if (differing.length === 0) console.log(`icons up to date: ${ICON_SIZES.map(iconPath).join(", ")}`);
    return differing.length === 0 ? 0 : 1;
  }
  for (const size of ICON_SIZES) {
    const png = encodePng(renderIcon(size));
    writeFileSync(join(root, iconPath(size)), png);
    console.log(`${iconPath(size)}  ${size}×${size}  ${png.length} bytes`);
  }
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
