// Character n-grams of words (with boundary marks): sub-word evidence for compounds, inflections and typos.

/** n-grams of `_word_` for n in [min, max]; words shorter than min are kept whole. */
export function wordNgrams(word: string, min: number, max: number, out: string[] = []): string[] {
  const w = `_${word}_`;
  if (w.length <= min) {
    out.push(w);
    return out;
  }
  for (let n = min; n <= max; n++) {
    if (n > w.length) break;
    for (let i = 0; i + n <= w.length; i++) out.push(w.slice(i, i + n));
  }
  return out;
}
