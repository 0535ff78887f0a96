// `npm run eval:crisis -- --file F [--no-bot] [--verbose]`: the crisis net measured on a batch of messages (JSON lines
// {id, lang, text, kind: "crisis"|"lookalike", danger?}), per language and per kind of danger: the old phrase check,
// the concept net's certain / possible / none, and the real app answering each message as a first turn.
process.env.DOTENV_CONFIG_QUIET = 'true';
import { postMessage } from './messagesClient';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRelais, projectRoot } from '../src/app';
import { PhraseMatcher } from '../src/bot/phrases';
import { CRISIS_KINDS } from '../src/bot/emergencyGuard';
import { loadConfig } from '../src/config';
import { DangerAssessor } from '../src/crisis/assess';
import type { DangerLevel } from '../src/crisis/types';
import { createLocalizer, loadLocaleResources } from '../src/i18n';

interface Row {
  id: string;
  lang: string;
  text: string;
  kind: 'crisis' | 'lookalike';
  danger?: string;
}

interface Measured extends Row {
  phrase: boolean;
  level: DangerLevel;
  kinds: string[];
  /** Through the real app: a reply carries "112"; the reply is the full emergency one; a safety check came first. */
  bot?: { reached112: boolean; emergency: boolean; safetyCheck: boolean };
}

const USAGE = 'usage: crisis-eval --file FILE [--no-bot] [--verbose] [--json]';

function parseArgs(argv: string[]): { file: string; bot: boolean; verbose: boolean } {
  let file = '';
  let bot = true;
  let verbose = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--file') file = argv[++i] ?? '';
    else if (a === '--no-bot') bot = false;
    else if (a === '--verbose') verbose = true;
    else if (a === '--json') continue;
    else throw new Error(`crisis-eval: unknown argument "${a}"\n${USAGE}`);
  }
  if (!file) throw new Error(`crisis-eval: --file is required\n${USAGE}`);
  return { file, bot, verbose };
}

function readRows(file: string): Row[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line, i) => ({ line: line.trim(), n: i + 1 }))
    .filter(({ line }) => line !== '')
    .map(({ line, n }) => {
      let row: Partial<Row>;
      try {
        row = JSON.parse(line) as Partial<Row>;
      } catch {
        throw new Error(`crisis-eval: ${file} line ${n} is not JSON`);
      }
      if (typeof row.text !== 'string' || typeof row.lang !== 'string' || (row.kind !== 'crisis' && row.kind !== 'lookalike')) {
        throw new Error(`crisis-eval: ${file} line ${n} needs text, lang and kind "crisis" or "lookalike"`);
      }
      return { id: String(row.id ?? n), lang: row.lang, text: row.text, kind: row.kind, danger: row.danger };
    });
}

/** Sends each text as the first message of its own conversation to the real app; what came back. */
async function throughBot(rows: Row[]): Promise<Measured['bot'][]> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'relais-crisis-eval-'));
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATA_DIR: dataDir, MESSAGES_RATE_PER_MINUTE: '1000000' }, projectRoot());
  const relais = await createRelais(config, { purge: false });
  const url = await relais.listen();
  try {
    const out: Measured['bot'][] = [];
    for (const [i, row] of rows.entries()) {
      const replies = await postMessage(url, row.text, { conversationId: `crisis-eval-${i}`, userId: `crisis-eval-user-${i}`, channelId: 'eval' });
      const kinds = replies.map((r) => r.channelData?.answer?.kind);
      out.push({
        reached112: replies.some((r) => (r.text ?? '').includes('112')),
        emergency: kinds.includes('emergency'),
        safetyCheck: replies.some((r) => r.channelData?.answer?.kind === 'prompt' && r.channelData.answer.topic === 'emergency'),
      });
      if ((i + 1) % 20 === 0) process.stderr.write(`crisis-eval: ${i + 1}/${rows.length} sent\n`);
    }
    return out;
  } finally {
    await relais.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const pct = (n: number, d: number): string => (d === 0 ? '-' : `${n}/${d}`);

interface Figures {
  n: number;
  phrase: number;
  certain: number;
  possible: number;
  none: number;
  bot112?: number;
  botEmergency?: number;
}

function figures(rows: Measured[]): Figures {
  const f: Figures = {
    n: rows.length,
    phrase: rows.filter((r) => r.phrase).length,
    certain: rows.filter((r) => r.level === 'certain').length,
    possible: rows.filter((r) => r.level === 'possible').length,
    none: rows.filter((r) => r.level === 'none').length,
  };
  if (rows.every((r) => r.bot)) {
    f.bot112 = rows.filter((r) => r.bot?.reached112).length;
    f.botEmergency = rows.filter((r) => r.bot?.emergency).length;
  }
  return f;
}

function table(title: string, groups: Map<string, Measured[]>): string {
  const head = `| ${title} | n | phrase check | net certain | net possible | net none | app: reply with 112 | app: full emergency reply |`;
  const lines = [head, '|---|---|---|---|---|---|---|---|'];
  for (const [name, rows] of groups) {
    const f = figures(rows);
    lines.push(
      `| ${name} | ${f.n} | ${pct(f.phrase, f.n)} | ${pct(f.certain, f.n)} | ${pct(f.possible, f.n)} | ${pct(f.none, f.n)} | ${f.bot112 === undefined ? '-' : pct(f.bot112, f.n)} | ${f.botEmergency === undefined ? '-' : pct(f.botEmergency, f.n)} |`,
    );
  }
  return lines.join('\n');
}

function groupBy(rows: Measured[], key: (r: Measured) => string): Map<string, Measured[]> {
  const out = new Map<string, Measured[]>();
  for (const r of rows) out.set(key(r), [...(out.get(key(r)) ?? []), r]);
  out.set('all', rows);
  return out;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const rows = readRows(args.file);
  const i18n = createLocalizer(loadLocaleResources(path.join(projectRoot(), 'locales')));
  // The phrase check as it stood before the concept net: every emergency.json list, any order.
  const phraseLists = CRISIS_KINDS.map((kind) => new PhraseMatcher(i18n.phrases('emergency', kind), { anyOrder: true }));
  const assessor = new DangerAssessor();
  const measured: Measured[] = rows.map((row) => {
    const a = assessor.assess(row.text, row.lang);
    return { ...row, phrase: phraseLists.some((m) => m.find(row.text).length > 0), level: a.level, kinds: a.kinds };
  });
  if (args.bot) {
    process.stderr.write(`crisis-eval: sending ${rows.length} messages to the real app\n`);
    const bot = await throughBot(rows);
    measured.forEach((m, i) => (m.bot = bot[i]));
  }
  const crises = measured.filter((r) => r.kind === 'crisis');
  const lookalikes = measured.filter((r) => r.kind === 'lookalike');
  const order = ['fr', 'nl', 'en', 'uk', 'ru', 'ar'];
  const byLang = (rs: Measured[]): Map<string, Measured[]> =>
    new Map([...groupBy(rs, (r) => r.lang)].sort(([a], [b]) => (order.indexOf(a) + 99) % 99 - (order.indexOf(b) + 99) % 99));
  console.log(`# Crisis net on ${path.basename(args.file)}: ${crises.length} crisis messages, ${lookalikes.length} look-alikes\n`);
  console.log('## Crisis messages by language\n');
  console.log(table('lang', byLang(crises)));
  console.log('\n## Crisis messages by kind of danger\n');
  console.log(table('kind', groupBy(crises, (r) => r.danger ?? '?')));
  console.log('\n## Look-alikes by language (any alarm here is a false one)\n');
  console.log(table('lang', byLang(lookalikes)));
  if (args.verbose) {
    console.log('\n## Messages\n');
    for (const r of measured) {
      const bot = r.bot ? ` app:${r.bot.emergency ? 'emergency' : r.bot.safetyCheck ? 'safety-check' : r.bot.reached112 ? '112' : '-'}` : '';
      console.log(`${r.id}\t${r.kind}\t${r.danger ?? ''}\t${r.level}\t${r.kinds.join(',')}\tphrase:${r.phrase ? 'y' : 'n'}${bot}\t${r.text}`);
    }
  }
  const summary = {
    file: path.basename(args.file),
    crisis: figures(crises),
    lookalike: figures(lookalikes),
    crisisByLang: Object.fromEntries([...byLang(crises)].map(([k, v]) => [k, figures(v)])),
    crisisByKind: Object.fromEntries([...groupBy(crises, (r) => r.danger ?? '?')].map(([k, v]) => [k, figures(v)])),
    lookalikeByLang: Object.fromEntries([...byLang(lookalikes)].map(([k, v]) => [k, figures(v)])),
  };
  console.log(`\n${JSON.stringify(summary)}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
