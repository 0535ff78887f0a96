// Console saves change only what changed: on every shipped knowledge file, typical edits (verify, a question added,
// a folded answer changed, a contact added) leave every other line, comment and alignment as it was.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isSeq, parseDocument, type YAMLSeq } from 'yaml';
import { minimalText } from '../../src/console/yamlEdit';

const KNOWLEDGE = path.join(__dirname, '..', '..', 'knowledge');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.yaml') ? [path.join(dir, e.name)] : []));
const ALL = [...files(path.join(KNOWLEDGE, 'entries')), ...files(path.join(KNOWLEDGE, 'services'))];

/** Lines of `b` that are not in `a`. */
const added = (a: string, b: string): string[] => {
  const seen = new Set(a.split('\n'));
  return b.split('\n').filter((l) => !seen.has(l));
};

describe('minimalText', () => {
  it.each(ALL.map((f) => [path.relative(KNOWLEDGE, f), f]))('%s: edits in place, reads back as edited, keeps comments', (_name, file) => {
    const original = readFileSync(file, 'utf8');
    const doc = parseDocument(original);
    const at = isSeq(doc.contents) ? [Math.min(1, doc.contents.items.length - 1)] : [];
    doc.setIn([...at, 'verified'], true);
    doc.setIn([...at, 'verifiedBy'], 'Test Person');
    const questions = doc.getIn([...at, 'text', 'fr', 'questions']);
    if (isSeq(questions)) {
      (questions as YAMLSeq).add(doc.createNode('une question ajoutée'));
      const answer = doc.getIn([...at, 'text', 'fr', 'answer'], true) as { value: string };
      answer.value = `${answer.value} Une phrase de plus.`;
    } else if (!doc.getIn([...at, 'perCommune'])) doc.setIn([...at, 'contact', 'phone'], '+32 0 000 00 00');
    const out = minimalText(original, doc);
    expect(parseDocument(out).toJS()).toEqual(doc.toJS());
    // The folded answer is re-folded (its own lines: up to 16 for the longest answers, those of the 2026-12 entries),
    // the rest is untouched.
    expect(added(original, out).length).toBeLessThanOrEqual(20);
    for (const line of original.split('\n').filter((l) => l.includes('#'))) expect(out).toContain(line);
  });

  it('an unchanged document is written back byte for byte', () => {
    for (const file of ALL) {
      const original = readFileSync(file, 'utf8');
      expect(minimalText(original, parseDocument(original))).toBe(original);
    }
  });
});
