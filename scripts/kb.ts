// `npm run kb -- validate [dir]`: checks the knowledge base the way maintainers need, one line per problem.
process.env.DOTENV_CONFIG_QUIET = 'true';
import { formatProblem, hasErrors, loadKnowledge } from '../src/loaders/knowledgeFiles';

const USAGE = 'usage: npm run kb -- validate [knowledge-dir] [--today YYYY-MM-DD] [--errors-only]';

/** Where the command writes: standard output for problem lines, standard error for the summary. */
export interface KbOutput {
  out(line: string): void;
  err(line: string): void;
}

const CONSOLE: KbOutput = { out: (l) => console.log(l), err: (l) => console.error(l) };

async function validate(args: string[], io: KbOutput): Promise<number> {
  let dir = 'knowledge';
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
  const { kb, problems } = await loadKnowledge(dir, today ? { validate: { today } } : {});
  const shown = errorsOnly ? problems.filter((p) => p.severity === 'error') : problems;
  for (const p of shown) io.out(formatProblem(p));
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const summary = `kb: ${kb.entries.length} entries, ${kb.services.length} services valid; ${errors} error(s), ${warnings} warning(s)`;
  io.err(hasErrors(problems) ? `${summary}: INVALID` : `${summary}: valid`);
  return hasErrors(problems) ? 1 : 0;
}

/** Runs `kb <command> …` and resolves to the exit code (0 valid, 1 invalid, 2 usage error). */
export async function runKb(argv: string[], io: KbOutput = CONSOLE): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'validate') return validate(rest, io);
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
