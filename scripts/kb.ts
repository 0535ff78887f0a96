// `npm run kb -- validate [dir]`: checks the knowledge base the way maintainers need, one line per problem.
process.env.DOTENV_CONFIG_QUIET = 'true';
import { Answerer } from '../src/answer/answerer';
import { Router } from '../src/routing/router';
import { knowledgeDirFrom, readEnv } from '../src/config';
import { answerKey, formatChange, goldenChanges, type GoldenQuestion } from '../src/knowledge/golden';
import type { KnowledgeBase } from '../src/knowledge/types';
import { formatProblem, GOLDEN_FILE, hasErrors, loadGolden, loadKnowledge, loadPostalCodes, saveGolden, type PostalRouting } from '../src/loaders/knowledgeFiles';

const USAGE =
  'usage: npm run kb -- validate [knowledge-dir] [--today YYYY-MM-DD] [--errors-only]\n' +
  '       npm run kb -- golden --record [knowledge-dir]   (accepts today\'s answers to the golden questions)\n' +
  '       npm run kb -- selfcheck [knowledge-dir]   (which sample questions find another entry first)\n' +
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
  const summary = `kb: ${kb.entries.length} entries, ${kb.services.length} services, ${kb.phrasings?.length ?? 0} phrasings valid; ${errors} error(s), ${warnings} warning(s)`;
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
