// `npm run eval:blind -- --file F [--json] [--verbose]`: a blind orientation batch (docs/eval.md, "Blind batches")
// through the real app over HTTP, first turn of a new conversation each (follow-ups after their first question):
// right topic, a service named for the place the message gives (the commune resolved by the router, so "Elsene" is
// Ixelles), a service for that place (`placeCovered`, below), off-topic not answered with an entry.
process.env.DOTENV_CONFIG_QUIET = 'true';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRelais, projectRoot } from '../src/app';
import { loadConfig } from '../src/config';
import { wordKey } from '../src/language/tokenize';
import { loadKnowledge, loadPostalCodes } from '../src/loaders/knowledgeFiles';
import type { Place, Territory } from '../src/knowledge/types';
import { Router } from '../src/routing/router';
import { isEverywhere, territoryCovers } from '../src/routing/services';
import { postMessage } from './messagesClient';

/** One line of a blind orientation batch. */
export interface BlindLine {
  id: string;
  lang: string;
  text: string;
  kind: 'orientation' | 'offtopic' | 'followup';
  topic?: string;
  topics?: string[];
  status?: string;
  place?: { postalCode?: string; commune?: string };
  previous?: string;
}

interface Answer {
  kind: string;
  topic?: string;
  services: { id: string; type: string; name: string }[];
}

export interface Row {
  line: BlindLine;
  got?: Answer;
  topicOk: boolean;
  placeOk?: boolean;
  placeCovered?: boolean;
}

/**
 * Whether a shown service is one for the line's place: true for a local or regional service whose territory holds the
 * place (a commune's CPAS, the Forem for Tournai, a CRI for its province), false for one chosen for another place (the
 * CPAS of another commune, Actiris for Namur), undefined for a service offered everywhere (a federal body, a national
 * line), which says nothing of the place.
 */
export type CoversPlace = (serviceId: string) => boolean | undefined;

const USAGE = 'usage: blind-eval --file F [--json] [--verbose]';

function parseArgs(argv: string[]): { file: string; json: boolean; verbose: boolean } {
  let file: string | undefined;
  let json = false;
  let verbose = false;
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--file') file = argv[++i];
    else if (argv[i] === '--json') json = true;
    else if (argv[i] === '--verbose') verbose = true;
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  if (!file) throw new Error('--file is required');
  return { file, json, verbose };
}

let counter = 0;

/** Posts messages of one new conversation in order; returns the answer of the last one. */
export async function conversation(url: string, texts: string[]): Promise<Answer | undefined> {
  counter += 1;
  let last: Answer | undefined;
  for (const text of texts) {
    const replies = await postMessage(url, text, { conversationId: `blind-${counter}`, userId: `blind-user-${counter}` });
    const answers: Answer[] = replies.flatMap((a) => (a.channelData?.answer ? [a.channelData.answer] : []));
    last = answers.find((a) => a.kind !== 'prompt') ?? answers[0];
  }
  return last;
}

/**
 * The keys a service for the line's place may hold: the commune as written, and, resolved by the router, its id
 * and its name ("Elsene" and "1190 Vorst" are Ixelles and Forest, whose services are named in French).
 */
export function placeKeys(line: BlindLine, router?: Router): string[] {
  const slug = (s: string): string => wordKey(s).replace(/ /g, '-');
  const keys = new Set<string>();
  if (line.place?.commune) keys.add(slug(line.place.commune));
  const place = router
    ? ((line.place?.postalCode ? router.placeFromPostalCode(line.place.postalCode) : undefined) ??
      (line.place?.commune ? router.placeFromText(line.place.commune) : undefined))
    : undefined;
  if (place?.commune && line.place?.commune) keys.add(place.commune);
  if (place?.communeName && line.place?.commune) keys.add(slug(place.communeName));
  return [...keys];
}

/** `CoversPlace` for the line's place as the router resolves it (undefined when the line gives none). */
export function coversPlace(line: BlindLine, kb: { services: { id: string; territory: Territory }[] }, router: Router): CoversPlace | undefined {
  const place: Place | undefined =
    (line.place?.postalCode ? router.placeFromPostalCode(line.place.postalCode) : undefined) ??
    (line.place?.commune ? router.placeFromText(line.place.commune) : undefined);
  if (!place) return undefined;
  const byId = new Map(kb.services.map((s) => [s.id, s]));
  return (serviceId) => {
    // A per-commune service ("cpas:anderlecht") is for the commune after the colon.
    const [base, commune] = serviceId.split(':');
    if (commune !== undefined) return commune === place.commune;
    const s = byId.get(base);
    if (!s || isEverywhere(s.territory)) return undefined;
    return territoryCovers(s.territory, place);
  };
}

export function judge(line: BlindLine, got: Answer | undefined, keys: string[] = placeKeys(line), covers?: CoversPlace): Row {
  const wanted = line.topics ?? (line.topic ? [line.topic] : []);
  const answered = got !== undefined && (got.kind === 'answer' || got.kind === 'clarify');
  if (line.kind === 'offtopic') return { line, got, topicOk: !answered };
  // A follow-up that is thanks or a greeting is rightly answered in kind (a prompt), not with an entry.
  if (line.kind === 'followup' && got?.kind === 'prompt') return { line, got, topicOk: true };
  const topicOk = answered && (wanted.length === 0 || wanted.includes(got?.topic ?? ''));
  const placeOk =
    keys.length > 0
      ? topicOk && (got?.services ?? []).some((s) => keys.some((k) => wordKey(`${s.id} ${s.name}`).replace(/ /g, '-').includes(k)))
      : undefined;
  // A service for the place: at least one shown, and none shown for another place.
  const verdicts = covers ? (got?.services ?? []).map((s) => covers(s.id)) : [];
  const placeCovered = covers ? topicOk && verdicts.includes(true) && !verdicts.includes(false) : undefined;
  return { line, got, topicOk, placeOk, placeCovered };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const lines = readFileSync(path.resolve(args.file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        return JSON.parse(l) as BlindLine;
      } catch (e) {
        throw new Error(`${args.file} line ${i + 1} is not JSON (${(e as Error).message})`);
      }
    });
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'relais-blind-'));
  const relais = await createRelais(
    loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATA_DIR: dataDir, MESSAGES_RATE_PER_MINUTE: '1000000' }, projectRoot()),
    { purge: false },
  );
  const url = await relais.listen();
  const { kb } = await loadKnowledge(relais.config.knowledgeDir);
  const router = new Router(kb, await loadPostalCodes());
  const rows: Row[] = [];
  try {
    for (const [i, line] of lines.entries()) {
      const texts = line.kind === 'followup' && line.previous ? [line.previous, line.text] : [line.text];
      rows.push(judge(line, await conversation(url, texts), placeKeys(line, router), coversPlace(line, kb, router)));
      if (!args.json && (i + 1) % 25 === 0) process.stderr.write(`blind-eval: ${i + 1}/${lines.length}\n`);
    }
  } finally {
    await relais.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  const pct = (a: number, b: number): string => (b ? `${Math.round((100 * a) / b)}% (${a}/${b})` : '-');
  const figures: Record<string, unknown> = {};
  for (const lang of ['fr', 'nl', 'en', 'uk', 'ru', 'ar', 'all']) {
    const mine = rows.filter((r) => lang === 'all' || r.line.lang === lang);
    const orient = mine.filter((r) => r.line.kind === 'orientation');
    const placed = orient.filter((r) => r.placeOk !== undefined);
    const covered = orient.filter((r) => r.placeCovered !== undefined);
    const off = mine.filter((r) => r.line.kind === 'offtopic');
    const follow = mine.filter((r) => r.line.kind === 'followup');
    const f = {
      topic: [orient.filter((r) => r.topicOk).length, orient.length],
      place: [placed.filter((r) => r.placeOk).length, placed.length],
      placeCovered: [covered.filter((r) => r.placeCovered).length, covered.length],
      offtopicAnswered: [off.filter((r) => !r.topicOk).length, off.length],
      followup: [follow.filter((r) => r.topicOk).length, follow.length],
    };
    figures[lang] = f;
    if (!args.json) {
      console.log(
        `${lang.padEnd(3)} topic ${pct(f.topic[0], f.topic[1]).padEnd(12)} place ${pct(f.place[0], f.place[1]).padEnd(12)} ` +
          `service for the place ${pct(f.placeCovered[0], f.placeCovered[1]).padEnd(12)} ` +
          `off-topic answered ${pct(f.offtopicAnswered[0], f.offtopicAnswered[1]).padEnd(10)} follow-up ${pct(f.followup[0], f.followup[1])}`,
      );
    }
  }
  // How the orientation misses split (a fallback is a recall gap; a wrong entry a precision one): counts only, so a
  // held-out batch can be run without its lines being read.
  const misses = rows.filter((r) => r.line.kind === 'orientation' && !r.topicOk);
  const missesBy = Object.fromEntries(
    ['fallback', 'clarify', 'answer', 'other'].map((k) => [
      k,
      misses.filter((r) => (['fallback', 'clarify', 'answer'].includes(r.got?.kind ?? '') ? r.got?.kind : 'other') === k).length,
    ]),
  );
  figures.misses = missesBy;
  if (!args.json) console.log(`orientation misses: ${Object.entries(missesBy).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  if (args.verbose) {
    for (const r of rows.filter((x) => !x.topicOk || x.placeOk === false || x.placeCovered === false)) {
      const g = r.got;
      console.log(`  ${r.line.id} ${r.line.kind} want=${r.line.topics?.join('|') ?? r.line.topic ?? '-'} got=${g?.kind ?? 'none'}/${g?.topic ?? '-'}${r.placeCovered === false ? ' (no service for the place)' : r.placeOk === false ? ' (commune not named)' : ''} [${(g?.services ?? []).map((s) => s.id).join(',')}] «${r.line.text}»`);
    }
  }
  console.log(JSON.stringify(figures));
  return 0;
}

if (require.main === module) main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`blind-eval: ${err instanceof Error ? err.message : String(err)}\n${USAGE}`);
    process.exit(1);
  },
);
