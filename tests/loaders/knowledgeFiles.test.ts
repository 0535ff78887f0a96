// The knowledge loader faces hand-edited and possibly hostile files: every case ends in a precise problem, never a crash.
import { cpSync, mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  KnowledgeError,
  formatProblem,
  loadKnowledge,
  loadPostalCodes,
  loadValidKnowledge,
  parseGeoCsv,
  parsePostalCsv,
} from '../../src/loaders/knowledgeFiles';

const VALID = path.join(__dirname, '..', 'fixtures', 'knowledge', 'valid');
let tmp: string;

function kbDir(files: Record<string, string | Buffer>): string {
  const root = path.join(tmp, `kb-${Math.random().toString(36).slice(2)}`, 'knowledge');
  mkdirSync(path.join(root, 'entries'), { recursive: true });
  mkdirSync(path.join(root, 'services'), { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
  }
  return root;
}

async function errorsOf(files: Record<string, string | Buffer>, options = {}): Promise<string[]> {
  const { problems } = await loadKnowledge(kbDir(files), options);
  return problems.filter((p) => p.severity === 'error').map(formatProblem);
}

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'relais-kb-'));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('loadKnowledge', () => {
  it('loads a valid knowledge base with typed entries, services and a content version', async () => {
    const { kb, problems } = await loadKnowledge(VALID);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(kb.entries.map((e) => e.id).sort()).toEqual(['cpas-ris', 'cpas-temporary-protection', 'emergency-help', 'pathway-brussels', 'pathway-wallonia']);
    expect(kb.services.find((s) => s.id === 'cri-namur')?.territory.provinces).toEqual(['namur']);
    expect(kb.entries.find((e) => e.id === 'cpas-ris')?.reviewed).toBe('2026-11-01');
    expect(kb.version).toMatch(/^[0-9a-f]{16}$/);
    expect((await loadKnowledge(VALID)).kb.version).toBe(kb.version);
  });

  describe('titles of seed documents (reference/seeds.yaml)', () => {
    const withSeeds = (table?: string): string => {
      const root = path.join(tmp, `kb-${Math.random().toString(36).slice(2)}`, 'knowledge');
      cpSync(VALID, root, { recursive: true });
      if (table !== undefined) {
        mkdirSync(path.join(root, 'reference'), { recursive: true });
        writeFileSync(path.join(root, 'reference', 'seeds.yaml'), table);
      }
      return root;
    };

    it('gives each seed source its document title', async () => {
      const { kb, problems } = await loadKnowledge(withSeeds('refufam-policy-brief-3.txt:\n  title: "RefuFam — Policy Brief 3"\n'));
      expect(problems.filter((p) => p.file.endsWith('seeds.yaml'))).toEqual([]);
      expect(kb.services.find((x) => x.id === 'cpas')?.sources[0]).toEqual({ seed: 'refufam-policy-brief-3.txt', title: 'RefuFam — Policy Brief 3' });
    });

    it('warns once per seed without a title (answers then show the file name)', async () => {
      const { problems } = await loadKnowledge(withSeeds());
      expect(problems.filter((p) => p.file.endsWith('seeds.yaml')).map(formatProblem)).toEqual(['warning knowledge/reference/seeds.yaml refufam-policy-brief-3.txt: has no title: answers show the file name as their source']);
    });

    it.each([
      ['a list', '- a\n- b\n', 'error knowledge/reference/seeds.yaml: must be a mapping of seed file names to { title }'],
      ['an empty title', 'refufam-policy-brief-3.txt:\n  title: ""\n', 'error knowledge/reference/seeds.yaml refufam-policy-brief-3.txt: needs a non-empty string title'],
      ['an unknown field', 'refufam-policy-brief-3.txt:\n  title: x\n  url: y\n', 'error knowledge/reference/seeds.yaml refufam-policy-brief-3.txt: unknown field: only title is allowed, found title, url'],
      ['broken YAML', 'refufam-policy-brief-3.txt:\n  title: [x\n', 'error knowledge/reference/seeds.yaml: is not valid YAML'],
    ])('refuses %s with a precise error', async (_what, table, message) => {
      const { problems } = await loadKnowledge(withSeeds(table));
      expect(problems.filter((p) => p.severity === 'error').map(formatProblem).join('\n')).toContain(message);
    });
  });

  /** A copy of the valid knowledge base with `lines` as `<folder>/cpas.jsonl`. */
  const withLines = (folder: string, lines: string): string => {
    const root = path.join(tmp, `kb-${Math.random().toString(36).slice(2)}`, 'knowledge');
    cpSync(VALID, root, { recursive: true });
    mkdirSync(path.join(root, folder), { recursive: true });
    writeFileSync(path.join(root, folder, 'cpas.jsonl'), lines);
    return root;
  };

  // One reader for both folders (`readLabelledLines`): phrasings are labelled by entry, messages by topic.
  describe.each<{
    folder: 'phrasings' | 'messages';
    what: string;
    good: string;
    loaded: object[];
    gone: string;
    warning: string;
    bad: Array<[what: string, lines: string, message: string]>;
  }>([
    {
      folder: 'phrasings',
      what: 'ways people word an entry, for the topic model',
      good: '{"entry":"cpas-ris","lang":"fr","text":"slt jai plus rien pour vivre le cpas donne combien"}\n\n{"outside":true,"lang":"en","text":"who won the match"}\n',
      loaded: [{ entry: 'cpas-ris', lang: 'fr', text: 'slt jai plus rien pour vivre le cpas donne combien' }, { lang: 'en', text: 'who won the match' }],
      // An entry deleted since: left out, so deleting an entry never breaks the base.
      gone: '{"entry":"cpas-gone","lang":"fr","text":"x y"}\n',
      warning: 'entry "cpas-gone" does not exist: line ignored',
      bad: [
        ['broken JSON', '{"entry":"cpas-ris",', 'line 1: is not JSON'],
        ['a missing text', '{"entry":"cpas-ris","lang":"fr"}', 'line 1: needs "lang" and "text", strings, and "entry" (or "outside": true)'],
        ['neither entry nor outside', '{"lang":"fr","text":"le score du match"}', 'line 1: needs either "entry": "<entry id>" or "outside": true'],
        ['both entry and outside', '{"entry":"cpas-ris","outside":true,"lang":"fr","text":"x"}', 'line 1: needs either "entry": "<entry id>" or "outside": true'],
        ['a language that is not a code', '{"entry":"cpas-ris","lang":"French","text":"x"}', 'line 1: lang "French" is not a two-letter language code'],
        ['an empty text on line 2', '{"entry":"cpas-ris","lang":"fr","text":"ok"}\n{"entry":"cpas-ris","lang":"fr","text":" "}', 'line 2: text must have 1 to 600 characters, has 1'],
      ],
    },
    {
      folder: 'messages',
      what: 'what people wrote, labelled by need, for the topic model',
      good: '{"topic":"cpas","lang":"fr","text":"le cpas ma coupe le ris sans prevenir"}\n\n{"outside":true,"lang":"nl","text":"wie heeft de match gewonnen"}\n',
      loaded: [{ topic: 'cpas', lang: 'fr', text: 'le cpas ma coupe le ris sans prevenir' }, { lang: 'nl', text: 'wie heeft de match gewonnen' }],
      // A topic no entry has any more.
      gone: '{"topic":"weather","lang":"fr","text":"il pleut demain"}\n',
      warning: 'topic "weather" does not exist: line ignored',
      bad: [
        ['broken JSON', '{"topic":"cpas",', 'line 1: is not JSON: write {"topic": "<topic>"'],
        ['an entry where a topic belongs', '{"entry":"cpas-ris","lang":"fr","text":"x"}', 'line 1: needs either "topic": "<topic>" or "outside": true'],
        ['both topic and outside', '{"topic":"cpas","outside":true,"lang":"fr","text":"x"}', 'line 1: needs either "topic": "<topic>" or "outside": true'],
        ['a text too long on line 2', `{"topic":"cpas","lang":"fr","text":"ok"}\n{"topic":"cpas","lang":"fr","text":"${'x'.repeat(601)}"}`, 'line 2: text must have 1 to 600 characters, has 601'],
      ],
    },
  ])('$folder ($folder/*.jsonl: $what)', ({ folder, good, loaded, gone, warning, bad }) => {
    const other = folder === 'phrasings' ? 'messages' : 'phrasings';

    it('loads every labelled line and every line outside what Relais covers, and only into its own list; the content version follows them', async () => {
      const { kb, problems } = await loadKnowledge(withLines(folder, good));
      expect(problems.filter((p) => p.file.includes(folder))).toEqual([]);
      expect(kb[folder]).toEqual(loaded);
      expect(kb[other]).toEqual([]);
      expect(kb.version).not.toBe((await loadKnowledge(VALID)).kb.version);
    });

    it('leaves out a line whose label no longer exists, with a warning', async () => {
      const { kb, problems } = await loadKnowledge(withLines(folder, gone));
      expect(kb[folder]).toEqual([]);
      expect(problems.map(formatProblem)).toContain(`warning knowledge/${folder}/cpas.jsonl line 1: ${warning}`);
    });

    it.each(bad)('refuses %s with an error naming file and line', async (_what, lines, message) => {
      const { problems } = await loadKnowledge(withLines(folder, lines));
      expect(problems.filter((p) => p.severity === 'error').map(formatProblem).join('\n')).toContain(`error knowledge/${folder}/cpas.jsonl ${message}`);
    });
  });

  it('refuses a YAML alias bomb quickly, without expanding it', async () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 20; i += 1) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const errors = await errorsOf({ 'entries/bomb.yaml': levels.join('\n') });
    expect(errors).toContain('error knowledge/entries/bomb.yaml: reuses the same value twice (YAML aliases are not allowed): write the values out');
  });

  it('refuses an oversized file before reading it', async () => {
    const errors = await errorsOf({ 'entries/huge.yaml': `id: "${'a'.repeat(20_000)}"\n` }, { maxFileBytes: 10_000 });
    expect(errors).toEqual(['error knowledge/entries/huge.yaml: is 20 KB, larger than the 9 KB limit: split it']);
  });

  it('reports malformed YAML with its line', async () => {
    const errors = await errorsOf({ 'services/broken.yaml': 'id: x\ntopics: [a, b\nname: y\n' });
    expect(errors[0]).toMatch(/^error knowledge\/services\/broken\.yaml: is not valid YAML at line \d+, column \d+: /);
  });

  it('reports duplicate keys, deep nesting and binary files', async () => {
    const errors = await errorsOf({
      'entries/dup.yaml': 'id: a\nid: b\n',
      'entries/deep.yaml': `${'['.repeat(5000)}${']'.repeat(5000)}`,
      'entries/binary.yaml': Buffer.from([0x69, 0x64, 0x3a, 0x00, 0x01]),
    });
    expect(errors).toContainEqual(expect.stringMatching(/^error knowledge\/entries\/dup\.yaml: is not valid YAML at line 2, column \d+: duplicated mapping key/));
    expect(errors).toContainEqual(expect.stringMatching(/^error knowledge\/entries\/deep\.yaml: (is not valid YAML|is nested)/));
    expect(errors).toContain('error knowledge/entries/binary.yaml: is not a text file (contains NUL bytes)');
  });

  it('names the field and the wrong type instead of crashing on wrong types', async () => {
    const errors = await errorsOf({
      'entries/types.yaml': 'id: 12\ntopic: [cpas]\ntext: { fr: "just a string" }\nsources: "a seed"\nowner: {}\nreviewed: 2026-02-30\nreviewIntervalDays: -3\nverified: "no"\n',
      'services/list.yaml': '- 42\n- "text"\n- null\n',
    });
    expect(errors).toEqual(expect.arrayContaining([
      'error knowledge/entries/types.yaml id: must be text, found a number (12)',
      'error knowledge/entries/types.yaml topic: must be text, found a list',
      'error knowledge/entries/types.yaml text.fr: must be a mapping with title, questions and answer, found text',
      'error knowledge/entries/types.yaml sources: must be a list, found text',
      'error knowledge/entries/types.yaml owner: must be text, found a mapping',
      'error knowledge/entries/types.yaml reviewed: "2026-02-30" is not a date written YYYY-MM-DD',
      'error knowledge/entries/types.yaml reviewIntervalDays: must be a whole number of days between 1 and 3650, found a number (-3)',
      'error knowledge/entries/types.yaml verified: must be true or false, found text',
      'error knowledge/services/list.yaml [0]: a service must be a mapping of fields (id, type, name, …), found a number (42)',
      'error knowledge/services/list.yaml [1]: a service must be a mapping of fields (id, type, name, …), found text',
      'error knowledge/services/list.yaml [2]: a service must be a mapping of fields (id, type, name, …), found nothing',
    ]));
  });

  it('refuses contact details on a per-commune template (they would be invented for every commune)', async () => {
    const errors = await errorsOf({
      'services/cpas.yaml': 'id: cpas\ntype: cpas\nname: "CPAS"\nperCommune: true\ndescription: { fr: "x", en: "x" }\nterritory: {}\ntopics: [cpas]\ncontact: { phone: "02 000 00 00" }\nsources: [{ seed: a.txt }]\nverified: false\n',
    });
    expect(errors).toEqual(expect.arrayContaining([
      'error knowledge/services/cpas.yaml name: a perCommune service name must contain {commune} (e.g. "CPAS de {commune}")',
      'error knowledge/services/cpas.yaml contact: a perCommune service cannot have contact details: they differ per commune (use communeContacts)',
    ]));
  });

  it('accepts per-commune contact details with their source, and names the field of a bad one', async () => {
    const base = 'id: cpas\ntype: cpas\nname: "CPAS de {commune}"\nperCommune: true\ndescription: { fr: "x", en: "x" }\nterritory: {}\ntopics: [cpas]\nsources: [{ seed: a.txt }]\nverified: false\n';
    const good = await errorsOf({
      'services/cpas.yaml': `${base}communeContacts:\n  - communes: [schaerbeek]\n    contact: { phone: "02 240 30 80" }\n    sources: [{ url: "https://www.cpas-schaerbeek.brussels/faq/" }]\n`,
    });
    expect(good.filter((l) => l.includes('communeContacts'))).toEqual([]);
    const bad = await errorsOf({
      'services/cpas.yaml': `${base}communeContacts:\n  - communes: [Schaerbeek]\n    contact: { phone: "call us" }\n`,
    });
    expect(bad).toEqual(expect.arrayContaining([
      'error knowledge/services/cpas.yaml communeContacts[0].communes[0]: "Schaerbeek" is not a commune id (lower-case, dashes)',
      'error knowledge/services/cpas.yaml communeContacts[0].contact.phone: "call us" is not a phone number (digits, spaces, +)',
      'error knowledge/services/cpas.yaml communeContacts[0].sources: is missing: name at least one seed document or public page',
    ]));
  });

  it('ignores symbolic links and non-YAML files with a warning', async () => {
    const root = kbDir({ 'entries/notes.docx': 'x' });
    symlinkSync('/etc', path.join(root, 'entries', 'link'));
    const { problems } = await loadKnowledge(root);
    const lines = problems.map(formatProblem);
    expect(lines).toContain('warning knowledge/entries/link: is a symbolic link: ignored');
    expect(lines).toContain('warning knowledge/entries/notes.docx: is not a .yaml file: ignored');
  });

  it('loadValidKnowledge throws a KnowledgeError listing every error, never a stack of YAML internals', async () => {
    const root = kbDir({ 'entries/bad.yaml': 'id: Bad Id\n' });
    await expect(loadValidKnowledge(root)).rejects.toThrow(KnowledgeError);
    await expect(loadValidKnowledge(root)).rejects.toThrow(/error knowledge\/entries\/bad\.yaml id: "Bad Id" must be lower-case letters/);
  });
});

describe('postal-code lists', () => {
  it('parse the bpost CSV and the quoted geo CSV', () => {
    expect(parsePostalCsv('5000,NAMUR,Non,Namur\n5000,Beez,Oui,Namur\nbad line\n')).toEqual([
      { postalCode: '5000', locality: 'NAMUR', isMunicipality: true, province: 'Namur' },
      { postalCode: '5000', locality: 'Beez', isMunicipality: false, province: 'Namur' },
    ]);
    expect(parseGeoCsv('1310,"La Hulpe",4.4796542,50.7315053\n1030,Schaerbeek,4.37,50.86\n')).toEqual([
      { postalCode: '1310', lon: 4.4796542, lat: 50.7315053 },
      { postalCode: '1030', lon: 4.37, lat: 50.86 },
    ]);
  });

  it('loads the shipped list with coordinates', async () => {
    const { data } = await loadPostalCodes();
    expect(data.municipalities.get('namur')?.name).toBe('Namur');
    expect(data.coords?.get('1030')).toBeDefined();
  });

  it('names the file when the list cannot be read', async () => {
    await expect(loadPostalCodes(path.join(tmp, 'missing.csv'))).rejects.toThrow(/postal-code list ".*missing\.csv" cannot be read: not found/);
  });
});
