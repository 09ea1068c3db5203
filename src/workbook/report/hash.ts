/** FNV-1a (32 bits) of a text's code points: enough to tell names and cells apart, not a secret. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const unit of text) {
    hash ^= unit.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
