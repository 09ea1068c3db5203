import { describe, expect, it } from "vitest";
import { checkIcons, ICON_SIZES, renderIcon } from "../../scripts/build-icons.ts";
import { decodePng, encodePng, readPngHeader } from "../../scripts/png.ts";

describe("the icons (scripts/build-icons.ts)", () => {
  it("are committed as the script draws them (npm run icons)", () => {
    expect(checkIcons()).toEqual([]);
  });

  it("draw the same pixels every time, opaque in the middle and transparent in the corners", () => {
    for (const size of ICON_SIZES) {
      const icon = renderIcon(size);
      expect(Buffer.from(icon.pixels).equals(Buffer.from(renderIcon(size).pixels))).toBe(true);
      expect(icon.pixels[3]).toBe(0); // top-left corner
      const centre = ((size >> 1) * size + (size >> 2)) * 4; // left half of the pie: white
      expect([...icon.pixels.subarray(centre, centre + 4)]).toEqual([255, 255, 255, 255]);
    }
  });
});

describe("the PNG encoder", () => {
  it("round-trips RGBA pixels and writes a valid header", () => {
    const pixels = Uint8Array.from({ length: 3 * 2 * 4 }, (_, i) => (i * 37) % 256);
    const png = encodePng({ width: 3, height: 2, pixels });
    expect(readPngHeader(png)).toEqual({ width: 3, height: 2, bitDepth: 8, colourType: 6, interlace: 0 });
    expect(decodePng(png)).toEqual({ width: 3, height: 2, pixels });
    expect(encodePng({ width: 3, height: 2, pixels }).equals(png)).toBe(true);
  });

  it("rejects a corrupted file", () => {
    const png = encodePng({ width: 1, height: 1, pixels: new Uint8Array(4) });
    const bad = Buffer.from(png);
    bad[20] = bad[20]! ^ 0xff; // inside IHDR
    expect(() => readPngHeader(bad)).toThrow(/bad CRC in IHDR/);
    expect(() => readPngHeader(png.subarray(1))).toThrow(/signature/);
    expect(() => encodePng({ width: 2, height: 1, pixels: new Uint8Array(4) })).toThrow(/expected 8 bytes/);
  });
});
