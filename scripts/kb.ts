// `npm run kb -- validate [dir]`: checks the knowledge base the way maintainers need, one line per problem.
process.env.DOTENV_CONFIG_QUIET = 'true';
import { Answerer } from '../src/answer/answerer';
import { Router } from '../src/routing/router';
import { knowledgeDirFrom, readEnv } from '../src/config';
import { answerKey, formatChange, goldenChanges, type GoldenQuestion } from '../src/knowledge/golden';
import type { KnowledgeBase } from '../src/knowledge/types';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { LabelledMessage } from '../src/knowledge/types';
import { formatProblem, GOLDEN_FILE, hasErrors, loadGolden, loadKnowledge, loadPostalCodes, MESSAGES_DIR, saveGolden, type PostalRouting } from '../src/loaders/knowledgeFiles';

const USAGE =
  'usage: npm run kb -- validate [knowledge-dir] [--today YYYY-MM-DD] [--errors-only]\n' +
  '       npm run kb -- golden --record [knowledge-dir]   (accepts today\'s answers to the golden questions)\n' +
  '       npm run kb -- selfcheck [knowledge-dir]   (which sample questions find another entry first)\n' +
  '       npm run kb -- messages --from <batches-dir> [knowledge-dir]   (the tuning batches\' lines as labelled messages)\n' +
  '       knowledge-dir defaults to KNOWLEDGE_DIR (environment or .env), as for npm start, else ./knowledge';

/** Where the command writes: standard output for problem lines, standard error for the summary. */
export interface KbOutput {
  out(line: string): void;
  err(line: string): void;
}

const CONSOLE: KbOutput = { out: (l) => console.log(l), err: (l) => console.error(l) };

async function validate(args: string[], io: KbOutput, defaultDir: string): Promise<number> {
  let dir = defaultDir;
  let today: string | undefined;
  let errorsOnly = false;
  for (let i = 0; i < args.length; i += 1) {
    const a = args[i];
    if (a === '--today') today = args[++i];
    else if (a === '--errors-only') errorsOnly = true;
    else if (a.startsWith('--')) {
      io.err(`kb: unknown option ${a}\n${USAGE}`);
      return 2;
    } else dir = a;
  }
  if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today)) {
    io.err(`kb: --today needs a date written YYYY-MM-DD, got "${today}"`);
    return 2;
  }
  const postal = await loadPostalCodes();
  const communeIds = new Set(postal.data.municipalities.keys());
  const { kb, problems } = await loadKnowledge(dir, { communeIds, ...(today ? { validate: { today } } : {}) });
  const shown = errorsOnly ? problems.filter((p) => p.severity === 'error') : problems;
  for (const p of shown) io.out(formatProblem(p));
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const summary = `kb: ${kb.entries.length} entries, ${kb.services.length} services, ${kb.phrasings?.length ?? 0} phrasings, ${kb.messages?.length ?? 0} messages valid; ${errors} error(s), ${warnings} warning(s)`;
  if (hasErrors(problems)) {
    io.err(`${summary}: INVALID`);
    return 1;
  }
  // A valid change can still move answers people already get: every moved golden answer is listed.
  const golden = await loadGolden(dir);
  const changes = goldenChanges(golden, goldenAsker(kb, postal));
  for (const c of changes) io.out(`error ${formatChange(c)}`);
  if (changes.length > 0) {
    io.err(`${summary}; ${changes.length} of ${golden.length} golden answers changed (${GOLDEN_FILE}): INVALID. If every change is intended, accept them with: npm run kb -- golden --record`);
    return 1;
  }
  io.err(`${summary}; ${golden.length} golden answers unchanged: valid`);
  return 0;
}

/** Today's answer key for a golden question, as the bot decides it (place from the postal code or the text). */
function goldenAsker(kb: KnowledgeBase, postal: PostalRouting): (g: GoldenQuestion) => string {
  const router = new Router(kb, postal);
  const answerer = new Answerer({ kb, router });
  return (g) => {
    const place = g.postalCode ? router.placeFromPostalCode(g.postalCode) : router.placeFromText(g.question);
    return answerKey(answerer.decide({ text: g.question, lang: g.lang, place }));
  };
}

/** `golden --record`: writes today's answers as the accepted ones (after a maintainer checked the changes). */
async function golden(args: string[], io: KbOutput, defaultDir: string): Promise<number> {
  const record = args.includes('--record');
  const dir = args.find((a) => !a.startsWith('--')) ?? defaultDir;
  if (!record) {
    io.err(USAGE);
    return 2;
  }
  const postal = await loadPostalCodes();
  const { kb, problems } = await loadKnowledge(dir, { communeIds: new Set(postal.data.municipalities.keys()) });
  if (hasErrors(problems)) {
    for (const p of problems.filter((x) => x.severity === 'error')) io.out(formatProblem(p));
    return 1;
  }
  const questions = await loadGolden(dir);
  const ask = goldenAsker(kb, postal);
  const changes = goldenChanges(questions, ask);
  for (const c of changes) io.out(`accepted ${formatChange(c)}`);
  await saveGolden(dir, questions.map((g) => ({ ...g, answer: ask(g) })));
  io.err(`kb golden: ${questions.length} answers recorded, ${changes.length} changed`);
  return 0;
}

/**
 * Asks every sample question of every entry, in its language and region, and lists those answered with another
 * entry (or not answered): they show entries that overlap or need more distinctive wording.
 */
async function selfcheck(args: string[], io: KbOutput, defaultDir: string): Promise<number> {
  const dir = args[0] ?? defaultDir;
  const { kb, problems } = await loadKnowledge(dir);
  if (hasErrors(problems)) {
    for (const p of problems.filter((x) => x.severity === 'error')) io.out(formatProblem(p));
    return 1;
  }
  const answerer = new Answerer({ kb, router: new Router(kb, await loadPostalCodes()) });
  let total = 0;
  let found = 0;
  for (const entry of kb.entries) {
    const region = entry.regions?.[0];
    for (const [lang, text] of Object.entries(entry.text)) {
      for (const question of text.questions) {
        total += 1;
        const d = answerer.decide({ text: question, lang, place: region ? { region } : undefined, status: entry.audience?.[0] });
        const got = d.kind === 'answer' ? d.entry.id : d.kind === 'clarify' ? d.choices.map((c) => c.id).join('|') : '(fallback)';
        const ok = d.kind === 'answer' ? d.entry.id === entry.id : d.kind === 'clarify' && d.choices.some((c) => c.id === entry.id);
        if (ok) found += 1;
        else io.out(`${entry.file ?? entry.id} text.${lang}.questions: "${question}" → ${d.kind} ${got}`);
      }
    }
  }
  io.err(`kb selfcheck: ${found}/${total} sample questions find their own entry (answer or among the choices)`);
  return 0;
}

/** The file of `messages/` a labelled message goes to: its topic's, or `outside.jsonl`. */
const messageFile = (m: LabelledMessage): string => `${m.topic ?? 'outside'}.jsonl`;

/**
 * The labelled messages of one blind batch (`orient-N.jsonl`, the format of scripts/blind-eval.ts): an orientation
 * line teaches its first topic (the need the writer named first), an off-topic line "outside"; a follow-up is left
 * out (it means something only after the message before it). Throws naming the file and line of a bad line.
 */
export function messagesOfBatch(text: string, file: string): LabelledMessage[] {
  const out: LabelledMessage[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let o: { kind?: unknown; lang?: unknown; text?: unknown; topic?: unknown; topics?: unknown };
    try {
      o = JSON.parse(line) as typeof o;
    } catch (e) {
      throw new Error(`${file} line ${i + 1} is not JSON (${(e as Error).message})`);
    }
    const topics = Array.isArray(o.topics) ? o.topics : typeof o.topic === 'string' ? [o.topic] : [];
    if (typeof o.lang !== 'string' || typeof o.text !== 'string' || typeof o.kind !== 'string') {
      throw new Error(`${file} line ${i + 1} needs "kind", "lang" and "text", strings`);
    }
    if (o.kind === 'orientation') {
      if (typeof topics[0] !== 'string') throw new Error(`${file} line ${i + 1}: an orientation line needs "topics"`);
      out.push({ topic: topics[0], lang: o.lang, text: o.text });
    } else if (o.kind === 'offtopic') out.push({ lang: o.lang, text: o.text });
  });
  return out;
}

/**
 * `messages --from DIR`: writes `messages/<topic>.jsonl` and `messages/outside.jsonl` from every `orient-*.jsonl` of
 * DIR (the tuning batches), in batch order. Every batch is read before anything is written, each file is written
 * whole then renamed, and files of topics no batch has any more are removed, so the folder always matches the batches.
 */
async function messages(args: string[], io: KbOutput, defaultDir: string): Promise<number> {
  let from: string | undefined;
  let dir = defaultDir;
  for (let i = 0; i < args.length; i += 1) {
    if (args[i] === '--from') from = args[++i];
    else if (args[i].startsWith('--')) {
      io.err(`kb: unknown option ${args[i]}\n${USAGE}`);
      return 2;
    } else dir = args[i];
  }
  if (!from) {
    io.err(`kb messages: --from <folder of orient-N.jsonl batches> is required\n${USAGE}`);
    return 2;
  }
  let names: string[];
  try {
    names = (await fs.readdir(from)).filter((n) => /^orient-\d+\.jsonl$/.test(n));
  } catch (e) {
    io.err(`kb messages: cannot read the batches folder "${from}" (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    return 1;
  }
  if (names.length === 0) {
    io.err(`kb messages: no orient-N.jsonl batch in "${from}"; nothing written`);
    return 1;
  }
  names.sort((a, b) => Number(a.match(/\d+/)?.[0]) - Number(b.match(/\d+/)?.[0]));
  const files = new Map<string, LabelledMessage[]>();
  for (const name of names) {
    let got: LabelledMessage[];
    try {
      got = messagesOfBatch(await fs.readFile(path.join(from, name), 'utf8'), name);
    } catch (e) {
      io.err(`kb messages: ${(e as Error).message}; nothing written`);
      return 1;
    }
    for (const m of got) {
      const list = files.get(messageFile(m)) ?? [];
      list.push(m);
      files.set(messageFile(m), list);
    }
    io.err(`kb messages: ${name}: ${got.length} messages`);
  }
  const target = path.join(dir, MESSAGES_DIR);
  await fs.mkdir(target, { recursive: true });
  const written: string[] = [];
  for (const [name, list] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    const file = path.join(target, name);
    const tmp = `${file}.${process.pid}.tmp`;
    await fs.writeFile(tmp, list.map((m) => JSON.stringify(m.topic === undefined ? { outside: true, lang: m.lang, text: m.text } : m)).join('\n') + '\n', 'utf8');
    written.push(tmp);
  }
  for (const tmp of written) await fs.rename(tmp, tmp.slice(0, tmp.lastIndexOf('.', tmp.length - 5)));
  for (const stale of (await fs.readdir(target)).filter((n) => n.endsWith('.jsonl') && !files.has(n))) await fs.rm(path.join(target, stale));
  const total = [...files.values()].reduce((n, l) => n + l.length, 0);
  io.err(`kb messages: ${total} messages from ${names.length} batches written to ${path.relative(process.cwd(), target) || target} (${files.size} files)`);
  return 0;
}

/**
 * Runs `kb <command> …` and resolves to the exit code (0 valid, 1 invalid, 2 usage error). Without a folder
 * argument it checks the folder the server would load (KNOWLEDGE_DIR), so "validate, then restart" holds.
 */
export async function runKb(argv: string[], io: KbOutput = CONSOLE, env: NodeJS.ProcessEnv = readEnv(), cwd = process.cwd()): Promise<number> {
  const [command, ...rest] = argv;
  const dir = knowledgeDirFrom(env, cwd);
  if (command === 'validate') return validate(rest, io, dir);
  if (command === 'selfcheck') return selfcheck(rest, io, dir);
  if (command === 'golden') return golden(rest, io, dir);
  if (command === 'messages') return messages(rest, io, dir);
  io.err(USAGE);
  return 2;
}

if (require.main === module) {
  runKb(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      console.error(`kb: ${e instanceof Error ? e.message : String(e)}`);
      process.exitCode = 1;
    },
  );
}
