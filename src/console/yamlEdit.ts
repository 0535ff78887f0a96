// Writes an edited YAML document back with the smallest textual change: only the values that changed are
// re-serialised, in place, at their indentation; every other byte of the file (layout, folding, comments, quoting,
// alignment) stays as the person who wrote it left it.
import { Document, isMap, isScalar, isSeq, parseDocument, Scalar, type Node, type Pair, type YAMLMap } from 'yaml';

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Files wrap folded text near this column. */
const FOLD_WIDTH = 110;

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
const json = (n: unknown): unknown => (n && typeof n === 'object' && 'toJSON' in n ? (n as { toJSON(): unknown }).toJSON() : n);

/** Spaces up to `offset` on its line (a key after "- " is at column 2). */
function columnOf(text: string, offset: number): string {
  return ' '.repeat(offset - (text.lastIndexOf('\n', offset - 1) + 1));
}

function lineIndent(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ ]*/.exec(text.slice(start))![0];
}

/** `node` serialised alone, its lines after the first indented by `indent`, without a final newline. */
function serialise(node: unknown, indent: string): string {
  const d = new Document();
  d.contents = node as Node;
  const folded = isScalar(node) && (node.type === Scalar.BLOCK_FOLDED || node.type === Scalar.BLOCK_LITERAL);
  // Alone, a block scalar's text starts at column 0; under a key it goes two spaces deeper than the key's line.
  const inner = folded ? `${indent}  ` : indent;
  const out = d.toString({ lineWidth: folded ? FOLD_WIDTH - inner.length : 0, flowCollectionPadding: false }).replace(/\n$/, '');
  return out.split('\n').map((l, i) => (i === 0 || l === '' ? l : inner + l)).join('\n');
}

/** A whole `key: value` pair serialised at `indent`. */
function serialisePair(pair: Pair, indent: string): string {
  const d = new Document({});
  (d.contents as YAMLMap).items.push(pair);
  return d
    .toString({ lineWidth: 0, flowCollectionPadding: false })
    .replace(/\n$/, '')
    .split('\n')
    .map((l) => (l === '' ? l : indent + l))
    .join('\n');
}

function keyOf(p: Pair): unknown {
  return isScalar(p.key) ? p.key.value : p.key;
}

/** Collects edits turning `before` (parsed from `text`) into `after`. Returns false when it cannot edit in place. */
function collect(text: string, before: unknown, after: unknown, edits: Edit[]): boolean {
  if (same(json(before), json(after))) return true;
  const range = (before as Node | undefined)?.range;
  if (!range) return false;
  const flow = (isMap(before) || isSeq(before)) && before.flow;
  if (isMap(before) && isMap(after) && !flow) {
    const afterKeys = after.items.map(keyOf);
    // Removed keys: the pair's lines go.
    for (const p of before.items) {
      if (afterKeys.includes(keyOf(p))) continue;
      const keyStart = (p.key as Node).range![0];
      const start = text.lastIndexOf('\n', keyStart - 1) + 1;
      const valueEnd = (p.value as Node | null)?.range?.[1] ?? (p.key as Node).range![1];
      let end = text.indexOf('\n', Math.max(valueEnd - 1, keyStart));
      end = end < 0 ? text.length : end + 1;
      edits.push({ start, end, text: '' });
    }
    let anchor: Pair | undefined;
    for (const p of after.items) {
      const old = before.items.find((b) => keyOf(b) === keyOf(p));
      if (old) {
        if (!collect(text, old.value, p.value, edits)) {
          // A value that cannot be edited in place (e.g. it had no source range): the whole pair is rewritten.
          const keyStart = (old.key as Node).range![0];
          const valueEnd = (old.value as Node | null)?.range?.[1] ?? (old.key as Node).range![1];
          edits.push({ start: keyStart, end: trimEnd(text, valueEnd), text: serialisePair(p, '').replace(/^/, '') });
        }
        anchor = old;
        continue;
      }
      // An added key goes after the previous kept key's value (or first in the map), at the map's indentation.
      const indent = columnOf(text, before.items[0] ? (before.items[0].key as Node).range![0] : range[0]);
      // Several keys added after one anchor go into one edit, in their order.
      if (anchor) {
        const end = trimEnd(text, (anchor.value as Node | null)?.range?.[1] ?? (anchor.key as Node).range![1]);
        const last = edits[edits.length - 1];
        if (last && last.start === end && last.end === end) last.text += `\n${serialisePair(p, indent)}`;
        else edits.push({ start: end, end, text: `\n${serialisePair(p, indent)}` });
      } else if (before.items[0]) {
        const start = text.lastIndexOf('\n', (before.items[0].key as Node).range![0] - 1) + 1;
        const last = edits[edits.length - 1];
        if (last && last.start === start && last.end === start) last.text += `${serialisePair(p, indent)}\n`;
        else edits.push({ start, end: start, text: `${serialisePair(p, indent)}\n` });
      } else return false;
    }
    return true;
  }
  if (isSeq(before) && isSeq(after) && !flow && !after.flow && before.items.length === after.items.length) {
    // Same length (a list of services, say): each item is edited in place, so the others keep every byte.
    const nested: Edit[] = [];
    if (before.items.every((b, i) => collect(text, b, after.items[i], nested))) {
      edits.push(...nested);
      return true;
    }
  }
  // Anything else that changed (a scalar, a list, a flow collection, a changed kind): rewritten in place.
  const end = trimEnd(text, range[1]);
  const indent = lineIndent(text, range[0]);
  // Block scalars and block lists are indented from the line they start on.
  edits.push({ start: range[0], end, text: serialise(after, indent) });
  return true;
}

/** The end of a value without the line breaks and spaces the parser counts into its range. */
function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1])) e -= 1;
  return e;
}

/**
 * The text of `edited` (a document parsed from `original` and then changed) that differs from `original` only where
 * values changed. Falls back to the document's own serialisation when an edit cannot be placed.
 */
export function minimalText(original: string, edited: Document): string {
  const before = parseDocument(original);
  const edits: Edit[] = [];
  if (!collect(original, before.contents, edited.contents, edits)) return edited.toString({ lineWidth: 0 });
  // Applied from the end of the file backwards, so earlier offsets stay valid.
  edits.sort((a, b) => b.start - a.start || b.end - a.end);
  let out = original;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  const check = parseDocument(out);
  // Never write something that does not read back as the edited document.
  if (check.errors.length > 0 || !same(check.toJS(), edited.toJS())) return edited.toString({ lineWidth: 0 });
  return out;
}
