// File-system edge of the knowledge base: reads knowledge/ YAML and the bpost postal-code list, never trusting either.
import { createHash } from 'node:crypto';
import { promises as fs, existsSync } from 'node:fs';
import path from 'node:path';
import { formatProblem, hasErrors, KnowledgeError, type KnowledgeProblem } from '../knowledge/problems';
import type { GoldenQuestion } from '../knowledge/golden';
import type { Entry, KnowledgeBase, LabelledMessage, Phrasing, Service, Source } from '../knowledge/types';
import {
  DEFAULT_VALIDATE_OPTIONS,
  validateEntry,
  validateReferences,
  validateService,
  type ValidateOptions,
} from '../knowledge/validate';
import { buildPostalData, type GeoRow, type PostalData, type PostalRow } from '../routing/postal';
import { buildNameIndex, type NameIndex } from '../routing/places';
import { parseYamlSafe, type SafeYamlOptions } from './yamlSafe';

export { formatProblem, hasErrors, KnowledgeError, type KnowledgeProblem };

/** Options of the knowledge loader. */
export interface LoadKnowledgeOptions {
  /** Largest accepted file in bytes: a real entry is under 20 KB, a services file under 100 KB. */
  maxFileBytes: number;
  /** Most files read from one knowledge directory (a runaway copy must not exhaust memory). */
  maxFiles: number;
  /** Deepest sub-folder level followed under entries/ and services/. */
  maxDirDepth: number;
  /** Validator options (today's date for staleness, length limits). */
  validate: Partial<ValidateOptions>;
  /** YAML parser limits. */
  yaml: Partial<SafeYamlOptions>;
  /** Known commune ids (from `loadPostalCodes`): when given, commune ids in entries and territories are checked. */
  communeIds?: ReadonlySet<string>;
}

/** Defaults chosen far above the shipped content (largest file a few tens of KB, under 200 files). */
export const DEFAULT_OPTIONS: LoadKnowledgeOptions = {
  maxFileBytes: 512 * 1024,
  maxFiles: 5000,
  maxDirDepth: 8,
  validate: {},
  yaml: {},
};

/** The knowledge base as loaded: only valid items are in `kb`; everything wrong is in `problems`. */
export interface LoadedKnowledge {
  kb: KnowledgeBase;
  problems: KnowledgeProblem[];
}

const YAML_EXT = /\.ya?ml$/i;

async function listYamlFiles(
  root: string,
  dir: string,
  depth: number,
  opts: LoadKnowledgeOptions,
  out: string[],
  problems: KnowledgeProblem[],
): Promise<void> {
  let items: import('node:fs').Dirent[];
  try {
    items = await fs.readdir(dir, { withFileTypes: true });
  } catch (e) {
    problems.push({ severity: 'error', file: display(root, dir), field: '', message: `cannot be read: ${errorText(e)}` });
    return;
  }
  items.sort((a, b) => a.name.localeCompare(b.name));
  for (const item of items) {
    const full = path.join(dir, item.name);
    if (item.name.startsWith('.')) continue;
    if (item.isSymbolicLink()) {
      problems.push({ severity: 'warning', file: display(root, full), field: '', message: 'is a symbolic link: ignored' });
    } else if (item.isDirectory()) {
      if (depth >= opts.maxDirDepth) {
        problems.push({ severity: 'error', file: display(root, full), field: '', message: `folders nested deeper than ${opts.maxDirDepth} levels are not read` });
      } else {
        await listYamlFiles(root, full, depth + 1, opts, out, problems);
      }
    } else if (item.isFile()) {
      if (YAML_EXT.test(item.name)) out.push(full);
      else if (!/\.(md|txt)$/i.test(item.name)) {
        problems.push({ severity: 'warning', file: display(root, full), field: '', message: 'is not a .yaml file: ignored' });
      }
    }
  }
}

function display(root: string, file: string): string {
  const rel = path.relative(path.dirname(root), file);
  return rel.split(path.sep).join('/');
}

function errorText(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err && err.code === 'ENOENT') return 'not found';
  if (err && err.code === 'EACCES') return 'permission denied';
  return e instanceof Error ? e.message : String(e);
}

/**
 * A knowledge file's text, counted in the content version; a file over the size limit or unreadable is a problem and
 * `undefined`.
 */
async function readKnowledgeText(
  shown: string,
  file: string,
  opts: LoadKnowledgeOptions,
  problems: KnowledgeProblem[],
  hash: ReturnType<typeof createHash>,
): Promise<string | undefined> {
  let text: string;
  try {
    const stat = await fs.stat(file);
    if (stat.size > opts.maxFileBytes) {
      problems.push({
        severity: 'error',
        file: shown,
        field: '',
        message: `is ${Math.ceil(stat.size / 1024)} KB, larger than the ${Math.floor(opts.maxFileBytes / 1024)} KB limit: split it`,
      });
      return undefined;
    }
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    problems.push({ severity: 'error', file: shown, field: '', message: `cannot be read: ${errorText(e)}` });
    return undefined;
  }
  hash.update(shown).update('\u0000').update(text).update('\u0000');
  return text;
}

/** Reads one file and returns its items (a mapping is one item, a list is several), or a problem. */
async function readItems(
  root: string,
  file: string,
  opts: LoadKnowledgeOptions,
  problems: KnowledgeProblem[],
  hash: ReturnType<typeof createHash>,
): Promise<unknown[] | undefined> {
  const shown = display(root, file);
  const text = await readKnowledgeText(shown, file, opts, problems, hash);
  if (text === undefined) return undefined;
  const parsed = parseYamlSafe(text, opts.yaml);
  if (!parsed.ok) {
    problems.push({ severity: 'error', file: shown, field: '', message: parsed.message });
    return undefined;
  }
  if (parsed.data === undefined || parsed.data === null) {
    problems.push({ severity: 'warning', file: shown, field: '', message: 'is empty' });
    return [];
  }
  return Array.isArray(parsed.data) ? parsed.data : [parsed.data];
}

/**
 * Loads and validates `dir` (the `knowledge/` folder: `entries/**` and `services/**`, YAML). Never throws for
 * bad content: every problem is returned, and `kb` holds the valid items only. See `loadValidKnowledge` to
 * stop on errors.
 */
export async function loadKnowledge(dir: string, options: Partial<LoadKnowledgeOptions> = {}): Promise<LoadedKnowledge> {
  const opts: LoadKnowledgeOptions = { ...DEFAULT_OPTIONS, ...options };
  const validateOpts: ValidateOptions = { ...DEFAULT_VALIDATE_OPTIONS, ...opts.validate };
  const root = path.resolve(dir);
  const problems: KnowledgeProblem[] = [];
  const hash = createHash('sha256');
  const entries: Entry[] = [];
  const services: Service[] = [];
  const sharedFiles = new Set<string>();

  if (!existsSync(root)) {
    problems.push({ severity: 'error', file: dir, field: '', message: 'knowledge directory not found' });
    return { kb: { entries, services, version: hash.digest('hex').slice(0, 16) }, problems };
  }
  for (const kind of ['entries', 'services'] as const) {
    const sub = path.join(root, kind);
    if (!existsSync(sub)) {
      problems.push({ severity: 'error', file: display(root, sub), field: '', message: `folder missing: ${kind} are read from here` });
      continue;
    }
    const files: string[] = [];
    await listYamlFiles(root, sub, 0, opts, files, problems);
    if (files.length > opts.maxFiles) {
      problems.push({ severity: 'error', file: display(root, sub), field: '', message: `has ${files.length} files, more than the ${opts.maxFiles} allowed` });
      continue;
    }
    for (const file of files) {
      const items = await readItems(root, file, opts, problems, hash);
      if (!items) continue;
      const shown = display(root, file);
      const many = items.length > 1;
      if (many) sharedFiles.add(shown);
      items.forEach((raw, i) => {
        if (kind === 'entries') {
          const r = validateEntry(raw, shown, many ? i : undefined, validateOpts);
          problems.push(...r.problems);
          if (r.entry) entries.push(r.entry);
        } else {
          const r = validateService(raw, shown, many ? i : undefined, validateOpts);
          problems.push(...r.problems);
          if (r.service) services.push(r.service);
        }
      });
    }
  }
  problems.push(...validateReferences(entries, services, display(root, path.join(root, 'entries')), opts.communeIds, sharedFiles));
  await titleSeeds(root, [...entries, ...services], opts, problems, hash);
  // `{entry, lang, text}` a line (or `{outside: true, …}`), and `{topic, lang, text}` a line: see `readLabelledLines`.
  const phrasings: Phrasing[] = (await readLabelledLines(root, PHRASINGS_DIR, 'entry', new Set(entries.map((e) => e.id)), opts, problems, hash)).map(
    ({ label, lang, text }) => (label === undefined ? { lang, text } : { entry: label, lang, text }),
  );
  const messages: LabelledMessage[] = (await readLabelledLines(root, MESSAGES_DIR, 'topic', new Set(entries.map((e) => e.topic)), opts, problems, hash)).map(
    ({ label, lang, text }) => (label === undefined ? { lang, text } : { topic: label, lang, text }),
  );
  return { kb: { entries, services, phrasings, messages, version: hash.digest('hex').slice(0, 16) }, problems };
}

/**
 * Where phrasings are kept, inside the knowledge folder: JSON Lines files, one `{entry, lang, text}` a line, or
 * `{outside: true, lang, text}` for a message outside what Relais covers.
 */
export const PHRASINGS_DIR = 'phrasings';

/** Longest phrasing accepted, in characters: a long message told as a story, not a document. */
const MAX_PHRASING_CHARS = 600;

/**
 * Where labelled messages are kept, inside the knowledge folder: JSON Lines files, one `{topic, lang, text}` a line,
 * or `{outside: true, lang, text}` for a message outside what Relais covers (`LabelledMessage`).
 */
export const MESSAGES_DIR = 'messages';

/**
 * Reads the JSON Lines files of one folder of the knowledge base (optional), one labelled text a line: `key` names
 * what labels it ("entry" or "topic"), `known` the labels that exist. A line that is not one is an error naming its
 * file and line; a line whose label does not exist (an entry deleted or renamed since, a topic no entry has any
 * more) is a warning and is left out, so removing an entry in the console never makes the knowledge base invalid.
 */
async function readLabelledLines(
  root: string,
  folder: string,
  key: 'entry' | 'topic',
  known: ReadonlySet<string>,
  opts: LoadKnowledgeOptions,
  problems: KnowledgeProblem[],
  hash: ReturnType<typeof createHash>,
): Promise<Array<{ label?: string; lang: string; text: string }>> {
  const dir = path.join(root, folder);
  if (!existsSync(dir)) return [];
  const out: Array<{ label?: string; lang: string; text: string }> = [];
  const example = key === 'entry' ? '"<entry id>", "lang": "<xx>", "text": "<how a person asks>"' : '"<topic>", "lang": "<xx>", "text": "<what a person wrote>"';
  const names = (await fs.readdir(dir)).filter((n) => n.endsWith('.jsonl')).sort();
  for (const name of names) {
    const file = path.join(dir, name);
    const shown = display(root, file);
    const text = await readKnowledgeText(shown, file, opts, problems, hash);
    if (text === undefined) continue;
    text.split('\n').forEach((line, i) => {
      if (!line.trim()) return;
      const field = `line ${i + 1}`;
      let o: unknown;
      try {
        o = JSON.parse(line);
      } catch {
        problems.push({ severity: 'error', file: shown, field, message: `is not JSON: write {"${key}": ${example}}` });
        return;
      }
      const p = o as { lang?: unknown; text?: unknown; outside?: unknown } & Record<string, unknown>;
      const label = p?.[key];
      if (typeof p !== 'object' || p === null || typeof p.lang !== 'string' || typeof p.text !== 'string') {
        problems.push({ severity: 'error', file: shown, field, message: `needs "lang" and "text", strings, and "${key}" (or "outside": true)` });
      } else if (p.outside === true ? label !== undefined : typeof label !== 'string') {
        problems.push({ severity: 'error', file: shown, field, message: `needs either "${key}": "<${key === 'entry' ? 'entry id' : 'topic'}>" or "outside": true` });
      } else if (!/^[a-z]{2}$/.test(p.lang)) {
        problems.push({ severity: 'error', file: shown, field, message: `lang "${p.lang}" is not a two-letter language code` });
      } else if (!p.text.trim() || p.text.length > MAX_PHRASING_CHARS) {
        problems.push({ severity: 'error', file: shown, field, message: `text must have 1 to ${MAX_PHRASING_CHARS} characters, has ${p.text.length}` });
      } else if (label === undefined) {
        out.push({ lang: p.lang, text: p.text });
      } else if (!known.has(label as string)) {
        problems.push({ severity: 'warning', file: shown, field, message: `${key} "${label as string}" does not exist: line ignored` });
      } else {
        out.push({ label: label as string, lang: p.lang, text: p.text });
      }
    });
  }
  return out;
}

/** Where the titles of the seed documents are kept, inside the knowledge folder. */
export const SEED_TITLES_FILE = path.join('reference', 'seeds.yaml');

/**
 * Gives every `seed:` source its document's title from `reference/seeds.yaml` (file name → `{ title }`), so an
 * answer shows "Source: RefuFam — Policy Brief 3 …" rather than a file name. A missing table or title is a warning
 * (the file name is shown instead); a malformed table is an error, like any knowledge file.
 */
async function titleSeeds(
  root: string,
  items: readonly { sources: Source[] }[],
  opts: LoadKnowledgeOptions,
  problems: KnowledgeProblem[],
  hash: ReturnType<typeof createHash>,
): Promise<void> {
  const file = path.join(root, SEED_TITLES_FILE);
  const shown = display(root, file);
  const titles = new Map<string, string>();
  if (existsSync(file)) {
    const items = await readItems(root, file, opts, problems, hash);
    const table = items?.length === 1 ? items[0] : undefined;
    if (items && items.length > 0 && (typeof table !== 'object' || table === null || Array.isArray(table))) {
      problems.push({ severity: 'error', file: shown, field: '', message: 'must be a mapping of seed file names to { title }' });
    } else if (table) {
      for (const [name, value] of Object.entries(table as Record<string, unknown>)) {
        const title = (value as { title?: unknown } | null)?.title;
        if (typeof title !== 'string' || !title.trim()) {
          problems.push({ severity: 'error', file: shown, field: name, message: 'needs a non-empty string title' });
        } else if (Object.keys(value as object).some((k) => k !== 'title')) {
          problems.push({ severity: 'error', file: shown, field: name, message: `unknown field: only title is allowed, found ${Object.keys(value as object).join(', ')}` });
        } else titles.set(name, title.trim());
      }
    }
  }
  const untitled = new Set<string>();
  for (const item of items) {
    for (const source of item.sources) {
      if (!source.seed) continue;
      const title = titles.get(source.seed);
      if (title) source.title = title;
      else untitled.add(source.seed);
    }
  }
  for (const seed of [...untitled].sort()) {
    problems.push({ severity: 'warning', file: shown, field: seed, message: 'has no title: answers show the file name as their source' });
  }
}

/** Loads `dir` and throws a `KnowledgeError` listing every error (one line each) when the knowledge base is invalid. */
export async function loadValidKnowledge(dir: string, options: Partial<LoadKnowledgeOptions> = {}): Promise<LoadedKnowledge> {
  const loaded = await loadKnowledge(dir, options);
  if (hasErrors(loaded.problems)) throw KnowledgeError.fromProblems(loaded.problems);
  return loaded;
}

/** Routing data: the postal-code list and the commune-name index built from it. */
export interface PostalRouting {
  data: PostalData;
  names: NameIndex;
}

/** Where the shipped postal-code list lives, found from the module's folder (works from src/ and dist/src/). */
export function defaultPostalCodesFile(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i += 1) {
    const candidate = path.join(dir, 'knowledge', 'reference', 'postal-codes-fr.csv');
    if (existsSync(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  return path.resolve('knowledge', 'reference', 'postal-codes-fr.csv');
}

/** Parses the bpost CSV (no header: postalCode,locality,isSubMunicipality,province). */
export function parsePostalCsv(text: string): PostalRow[] {
  const rows: PostalRow[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const cols = line.split(',');
    if (cols.length < 4) continue;
    const [postalCode, locality, sub, province] = cols;
    rows.push({ postalCode: postalCode.trim(), locality: locality.trim(), isMunicipality: sub.trim() === 'Non', province: province.trim() });
  }
  return rows;
}

/** Parses the geo CSV (no header: postalCode,locality,longitude,latitude; locality may be quoted). */
export function parseGeoCsv(text: string): GeoRow[] {
  const rows: GeoRow[] = [];
  for (const line of text.split(/\r?\n/)) {
    const m = /^(\d{4}),(?:"[^"]*"|[^,]*),(-?[\d.]+),(-?[\d.]+)\s*$/.exec(line);
    if (m) rows.push({ postalCode: m[1], lon: Number(m[2]), lat: Number(m[3]) });
  }
  return rows;
}

/**
 * Loads the postal-code list (default: knowledge/reference/postal-codes-fr.csv) into routing data, with the
 * coordinates of postal-codes-geo.csv next to it when present (used to show the nearest offices first).
 */
export async function loadPostalCodes(file: string = defaultPostalCodesFile(), geoFile?: string): Promise<PostalRouting> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    throw new KnowledgeError(`postal-code list "${file}" cannot be read: ${errorText(e)}`);
  }
  const rows = parsePostalCsv(text);
  if (rows.length === 0) throw new KnowledgeError(`postal-code list "${file}" has no rows`);
  const geoPath = geoFile ?? path.join(path.dirname(file), 'postal-codes-geo.csv');
  let geo: GeoRow[] = [];
  try {
    geo = parseGeoCsv(await fs.readFile(geoPath, 'utf8'));
  } catch (e) {
    if (geoFile !== undefined) throw new KnowledgeError(`postal-code coordinates "${geoFile}" cannot be read: ${errorText(e)}`);
  }
  const data = buildPostalData(rows, geo);
  return { data, names: buildNameIndex(data) };
}

/** Name of the golden questions file in a knowledge folder (JSON Lines; see knowledge/README.md). */
export const GOLDEN_FILE = 'golden.jsonl';

/** The golden questions of a knowledge folder; none when the folder has no golden file. */
export async function loadGolden(dir: string): Promise<GoldenQuestion[]> {
  const file = path.join(dir, GOLDEN_FILE);
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  return text
    .split('\n')
    .map((line, i) => ({ line: line.trim(), n: i + 1 }))
    .filter((l) => l.line)
    .map(({ line, n }) => {
      let g: Partial<GoldenQuestion>;
      try {
        g = JSON.parse(line) as Partial<GoldenQuestion>;
      } catch (e) {
        throw new KnowledgeError(`${file} line ${n} is not JSON (${(e as Error).message})`);
      }
      for (const k of ['id', 'lang', 'question', 'answer'] as const) {
        if (typeof g[k] !== 'string' || !g[k]) throw new KnowledgeError(`${file} line ${n}: field "${k}" must be a non-empty string`);
      }
      return g as GoldenQuestion;
    });
}

/** Writes the golden questions atomically (temporary file, then rename). */
export async function saveGolden(dir: string, golden: readonly GoldenQuestion[]): Promise<void> {
  const file = path.join(dir, GOLDEN_FILE);
  const tmp = `${file}.${process.pid}.tmp`;
  await fs.writeFile(tmp, golden.map((g) => JSON.stringify(g)).join('\n') + '\n', 'utf8');
  await fs.rename(tmp, file);
}
