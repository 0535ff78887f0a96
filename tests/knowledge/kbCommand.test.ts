// `npm run kb -- validate`: exit codes and the exact lines maintainers read, on the shipped content and broken fixtures.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadKnowledge } from '../../src/loaders/knowledgeFiles';
import { runKb, type KbOutput } from '../../scripts/kb';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'knowledge');

function capture(): KbOutput & { lines: string[]; errs: string[] } {
  const lines: string[] = [];
  const errs: string[] = [];
  return { lines, errs, out: (l) => lines.push(l), err: (l) => errs.push(l) };
}

describe('kb validate', () => {
  it('passes on the shipped knowledge base with no errors', async () => {
    const io = capture();
    const code = await runKb(['validate', path.join(__dirname, '..', '..', 'knowledge'), '--errors-only'], io);
    expect(io.lines).toEqual([]);
    expect(code).toBe(0);
    expect(io.errs.join('\n')).toMatch(/: valid$/);
  });

  it('names every seed document of the shipped knowledge base by a title (no answer shows a file name as its source)', async () => {
    const { kb, problems } = await loadKnowledge(path.join(__dirname, '..', '..', 'knowledge'));
    expect(problems.filter((p) => p.file.endsWith('seeds.yaml'))).toEqual([]);
    const seeds = [...kb.entries, ...kb.services].flatMap((x) => x.sources).filter((s) => s.seed);
    expect(seeds.length).toBeGreaterThan(50);
    expect(seeds.filter((s) => !s.title)).toEqual([]);
  });

  it('without a folder argument checks KNOWLEDGE_DIR, the folder npm start would load (not ./knowledge)', async () => {
    const io = capture();
    const code = await runKb(['validate', '--today', '2026-11-26', '--errors-only'], io, { KNOWLEDGE_DIR: path.join(FIXTURES, 'broken') }, os.tmpdir());
    expect(code).toBe(1);
    expect(io.lines.length).toBeGreaterThan(5);
    expect(io.errs.join('\n')).toMatch(/INVALID$/);
    const relative = capture();
    const root = path.join(__dirname, '..', '..');
    expect(await runKb(['validate', '--errors-only'], relative, { KNOWLEDGE_DIR: 'knowledge' }, root)).toBe(0);
  });

  it('passes on a small valid fixture and prints only warnings', async () => {
    const io = capture();
    const code = await runKb(['validate', path.join(FIXTURES, 'valid'), '--today', '2026-11-26'], io);
    expect(code).toBe(0);
    expect(io.lines.every((l) => l.startsWith('warning '))).toBe(true);
  });

  it('fails on broken fixtures with one precise line per problem: file, field, what is wrong', async () => {
    const io = capture();
    const code = await runKb(['validate', path.join(FIXTURES, 'broken'), '--today', '2026-11-26', '--errors-only'], io);
    expect(code).toBe(1);
    expect(io.lines).toEqual([
      'error broken/entries/alias-bomb.yaml: reuses the same value twice (YAML aliases are not allowed): write the values out',
      'error broken/entries/missing-fr.yaml text.fr: is missing: every entry needs a French version',
      'error broken/entries/no-questions.yaml text.nl.questions: needs at least 1 sample question',
      'error broken/entries/typo.yaml topic: "housingg" is not one of: residence, integration-pathway, cpas, housing, health, education, language-courses, employment, legal-aid, family-reunification, emergency, daily-life',
      'error broken/entries/typo.yaml text.fr.qestions: unknown field (allowed: title, questions, answer, steps, documents, keywords)',
      'error broken/entries/typo.yaml text.fr.questions: is missing',
      'error broken/entries/typo.yaml sources: is empty: name at least one seed document or public page',
      'error broken/entries/typo.yaml reviewed: "01/11/2026" is not a date written YYYY-MM-DD',
      'error broken/entries/typo.yaml verified: must be true or false, found text',
      'error broken/services/bad.yaml bad-service.type: "office" is not one of: commune, cpas, cri, bapa, ili, legal-aid, housing, health, employment, language-course, school, emergency, federal, association',
      'error broken/services/bad.yaml bad-service.territory.provinces[0]: "bruxelles" is not one of: brussels-capital, walloon-brabant, flemish-brabant, antwerp, limburg, liege, namur, hainaut, luxembourg, west-flanders, east-flanders',
      'error broken/services/bad.yaml bad-service.territory.postalCodes[0]: "12" is not a postal code (4 digits) or range (1000-1299)',
      'error broken/services/bad.yaml bad-commune.territory.communes[0]: commune "namurr" is not in the postal-code list (see knowledge/reference)',
      'error broken/entries/duplicate-b.yaml id: duplicate entry id "same-id" (also in broken/entries/duplicate-a.yaml)',
      'error broken/entries/bad-reference.yaml services[0]: service "no-such-service" does not exist in knowledge/services',
      'error broken/entries topic: no entry has topic "emergency": the emergency reply needs one (id emergency-help)',
    ]);
    expect(io.errs.join('\n')).toMatch(/INVALID$/);
  });

  it('lists entries past their review interval as warnings without failing', async () => {
    const io = capture();
    await runKb(['validate', path.join(FIXTURES, 'broken'), '--today', '2026-11-26'], io);
    expect(io.lines).toContain('warning broken/entries/bad-reference.yaml reviewed: stale: reviewed 2020-01-01, review was due 2020-01-31');
  });

  it('reports a missing directory instead of crashing', async () => {
    const io = capture();
    const code = await runKb(['validate', path.join(FIXTURES, 'does-not-exist')], io);
    expect(code).toBe(1);
    expect(io.lines[0]).toMatch(/does-not-exist: knowledge directory not found$/);
  });

  it('selfcheck asks every sample question and reports how many find their own entry', async () => {
    const io = capture();
    const code = await runKb(['selfcheck', path.join(FIXTURES, 'valid')], io);
    expect(code).toBe(0);
    expect(io.errs.join('\n')).toMatch(/^kb selfcheck: 24\/24 sample questions find their own entry/);
  });

  it('refuses unknown commands and options with usage', async () => {
    const io = capture();
    expect(await runKb(['frobnicate'], io)).toBe(2);
    expect(await runKb(['validate', '--today', '26/11/2026'], io)).toBe(2);
    expect(io.errs.join('\n')).toMatch(/YYYY-MM-DD/);
  });
});

describe('kb messages --from (the tuning batches as labelled messages for the topic model)', () => {
  const ROOT = path.join(__dirname, '..', '..');
  const scratch = (): string => mkdtempSync(path.join(os.tmpdir(), 'relais-kbmsg-'));
  const line = (o: object): string => JSON.stringify(o);

  it('writes one file per topic and one outside, in batch order, leaving follow-ups out, and removes a topic no batch has', async () => {
    const batches = scratch();
    const kb = scratch();
    writeFileSync(
      path.join(batches, 'orient-3.jsonl'),
      [
        line({ id: 'a', lang: 'fr', text: 'le cpas ma coupe le ris', kind: 'orientation', topics: ['cpas', 'legal-aid'] }),
        line({ id: 'b', lang: 'nl', text: 'wie won de match', kind: 'offtopic' }),
        line({ id: 'c', lang: 'en', text: 'and where?', kind: 'followup', topics: ['cpas'], previous: 'x' }),
      ].join('\n') + '\n',
    );
    writeFileSync(path.join(batches, 'orient-25.jsonl'), line({ id: 'd', lang: 'uk', text: 'де курси французької', kind: 'orientation', topics: ['language-courses'] }) + '\n');
    writeFileSync(path.join(batches, 'orient-11.jsonl'), line({ id: 'e', lang: 'ar', text: 'بغيت نسول على السي بي اس', kind: 'orientation', topics: ['cpas'] }) + '\n');
    mkdirSync(path.join(kb, 'messages'));
    writeFileSync(path.join(kb, 'messages', 'housing.jsonl'), line({ topic: 'housing', lang: 'fr', text: 'old' }) + '\n');
    const io = capture();
    expect(await runKb(['messages', '--from', batches, kb], io)).toBe(0);
    expect(readdirSync(path.join(kb, 'messages')).sort()).toEqual(['cpas.jsonl', 'language-courses.jsonl', 'outside.jsonl']);
    // orient-3, then orient-11 (numeric order, not the file names' letters): its first topic only.
    expect(readFileSync(path.join(kb, 'messages', 'cpas.jsonl'), 'utf8')).toBe(
      line({ topic: 'cpas', lang: 'fr', text: 'le cpas ma coupe le ris' }) + '\n' + line({ topic: 'cpas', lang: 'ar', text: 'بغيت نسول على السي بي اس' }) + '\n',
    );
    expect(readFileSync(path.join(kb, 'messages', 'outside.jsonl'), 'utf8')).toBe(line({ outside: true, lang: 'nl', text: 'wie won de match' }) + '\n');
    expect(io.errs.join('\n')).toContain('orient-3.jsonl: 2 messages');
    expect(io.errs[io.errs.length - 1]).toMatch(/4 messages from 3 batches written/);
  });

  it('refuses a bad batch line naming file and line, and writes nothing', async () => {
    const batches = scratch();
    const kb = scratch();
    writeFileSync(path.join(batches, 'orient-1.jsonl'), line({ lang: 'fr', text: 'x', kind: 'orientation', topics: ['cpas'] }) + '\n');
    writeFileSync(path.join(batches, 'orient-2.jsonl'), line({ lang: 'fr', text: 'x', kind: 'orientation' }) + '\n{oops\n');
    const io = capture();
    expect(await runKb(['messages', '--from', batches, kb], io)).toBe(1);
    expect(io.errs.join('\n')).toContain('orient-2.jsonl line 1: an orientation line needs "topics"; nothing written');
    expect(existsSync(path.join(kb, 'messages'))).toBe(false);
  });

  it('needs --from, and says so with the usage', async () => {
    const io = capture();
    expect(await runKb(['messages'], io, {}, os.tmpdir())).toBe(2);
    expect(io.errs.join('\n')).toContain('--from <folder of orient-N.jsonl batches> is required');
  });

  it('the shipped knowledge/messages are exactly what the committed tuning batches give (regenerate after adding a batch)', async () => {
    const kb = scratch();
    expect(await runKb(['messages', '--from', path.join(ROOT, 'tests', 'fixtures', 'tuning'), kb], capture())).toBe(0);
    const shipped = path.join(ROOT, 'knowledge', 'messages');
    expect(readdirSync(shipped).sort()).toEqual(readdirSync(path.join(kb, 'messages')).sort());
    for (const name of readdirSync(shipped)) {
      expect(readFileSync(path.join(shipped, name), 'utf8')).toBe(readFileSync(path.join(kb, 'messages', name), 'utf8'));
    }
  });
});
