// The unpacked size of an .xlsx package, read from the zip's central directory (PKWARE APPNOTE 4.3.12
// and 4.3.16) before ExcelJS unpacks anything: a million rows compress to a few MB but take minutes and
// gigabytes to load, and a zip bomb far more.

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
/** ZIP64 marks sizes beyond 32 bits with this value. */
const ZIP64_MARKER = 0xffffffff;

/** The sum of the entries' uncompressed sizes, Infinity for a ZIP64 size, or null when the directory cannot be read. */
export function unpackedSize(bytes: Buffer): number | null {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (bytes.readUInt32LE(at) !== END_OF_DIRECTORY) continue;
    const entries = bytes.readUInt16LE(at + 10);
    let offset = bytes.readUInt32LE(at + 16);
    let total = 0;
    for (let entry = 0; entry < entries; entry++) {
      if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== DIRECTORY_ENTRY) return null;
      const size = bytes.readUInt32LE(offset + 24);
      if (size === ZIP64_MARKER) return Infinity;
      total += size;
      offset += 46 + bytes.readUInt16LE(offset + 28) + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
    }
    return total;
  }
  return null;
}
