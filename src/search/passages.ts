// Splits long texts into overlapping sentence windows, so a page is scored by its best-matching part.

/** Sentences or lines of a text (a line break always ends a sentence). */
export function sentences(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\r?\n+/)) {
    for (const s of line.split(/(?<=[.!?؟。])\s+/)) {
      const t = s.trim();
      if (t) out.push(t);
    }
  }
  return out;
}

/** Windows of `size` consecutive sentences every `stride` sentences (the whole text when short). */
export function passages(text: string, size: number, stride: number): string[] {
  const s = sentences(text);
  if (s.length <= size) return s.length ? [s.join(' ')] : [];
  const out: string[] = [];
  for (let i = 0; i < s.length; i += stride) {
    out.push(s.slice(i, i + size).join(' '));
    if (i + size >= s.length) break;
  }
  return out;
}
