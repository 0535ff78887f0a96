// Golden questions: `npm run kb -- validate` lists every answer a valid change moved, and `golden --record` accepts them.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runKb, type KbOutput } from '../../scripts/kb';

const KNOWLEDGE = path.join(__dirname, '..', '..', 'knowledge');

function capture(): KbOutput & { lines: string[]; errs: string[] } {
  const lines: string[] = [];
  const errs: string[] = [];
  return { lines, errs, out: (l) => lines.push(l), err: (l) => errs.push(l) };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'relais-golden-'));
  cpSync(KNOWLEDGE, dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('golden questions', () => {
  it('the shipped knowledge base gives every golden answer it was accepted with', async () => {
    const io = capture();
    expect(await runKb(['validate', KNOWLEDGE, '--errors-only'], io)).toBe(0);
    expect(io.errs.join('\n')).toMatch(/\d{3} golden answers unchanged: valid$/);
  });

  it('a valid new entry that takes over old answers is refused, each moved answer listed', async () => {
    // A copy of the school-enrolment entry under a new id: valid on its own, it wins some of its questions.
    const file = path.join(dir, 'entries', 'education', 'education-school-enrolment.yaml');
    const copy = readFileSync(file, 'utf8').replace(/^id: .*$/m, 'id: education-school-enrolment-copy');
    writeFileSync(path.join(dir, 'entries', 'education', 'copy.yaml'), copy);
    const io = capture();
    expect(await runKb(['validate', dir], io)).toBe(1);
    const moved = io.lines.filter((l) => l.startsWith('error golden '));
    expect(moved.length).toBeGreaterThan(0);
    expect(moved.join('\n')).toMatch(/was entry:education-school-enrolment, now .*education-school-enrolment-copy/);
    expect(io.errs.join('\n')).toMatch(/golden answers changed .*npm run kb -- golden --record/);

    // Once a maintainer accepts the changes, the folder validates again.
    const record = capture();
    expect(await runKb(['golden', '--record', dir], record)).toBe(0);
    expect(record.lines.length).toBe(moved.length);
    expect(await runKb(['validate', dir], capture())).toBe(0);
    // Three validations of the whole base (each runs every golden question): 30 s was too short on a busy machine.
  }, 120_000);

  it('refuses a golden file line that is not JSON, naming the file and line', async () => {
    writeFileSync(path.join(dir, 'golden.jsonl'), '{"id":"a","lang":"fr","question":"q","answer":"fallback:-"}\nnot json\n');
    await expect(runKb(['validate', dir], capture())).rejects.toThrow(/golden\.jsonl line 2 is not JSON/);
  });
});
