// Edit distance for "did you mean" suggestions.

/**
 * Damerau–Levenshtein distance (optimal string alignment): the number of insertions, deletions,
 * substitutions and swaps of two neighbouring characters that turn `a` into `b`. Works on code
 * points, so "å" counts as one character.
 */
export function editDistance(a: string, b: string): number {
  const s = Array.from(a);
  const t = Array.from(b);
  if (s.length === 0) return t.length;
  if (t.length === 0) return s.length;
  const width = t.length + 1;
  // Three rows suffice: the swap looks two rows back.
  let before = new Array<number>(width).fill(0);
  let previous = Array.from({ length: width }, (_, j) => j);
  let current = new Array<number>(width).fill(0);
  for (let i = 1; i <= s.length; i++) {
    current[0] = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        best = Math.min(best, before[j - 2]! + 1);
      }
      current[j] = best;
    }
    [before, previous, current] = [previous, current, before];
  }
  return previous[t.length]!;
}

/** Edit distance divided by the longer length: 0 for equal strings, 1 for nothing in common. */
export function normalizedEditDistance(a: string, b: string): number {
  const longer = Math.max(Array.from(a).length, Array.from(b).length);
  return longer === 0 ? 0 : editDistance(a, b) / longer;
}
