// `node dist/scripts/belgium-eval.js`: the belgium end-to-end check run in-process (answerer + language detection).
process.env.DOTENV_CONFIG_QUIET = 'true';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Answerer } from '../src/answer/answerer';
import { Router } from '../src/routing/router';
import type { AnswerDecision } from '../src/answer/types';
import { detectLanguage } from '../src/language/detect';
import { formatProblem, hasErrors, loadKnowledge, loadPostalCodes } from '../src/loaders/knowledgeFiles';
import { CURATED_LANGS, PIVOT_LANG, type Place, type ServiceType, type Topic } from '../src/knowledge/types';

interface BelgiumQuestion {
  id: string;
  lang: string;
  postalCode?: string;
  question: string;
  expect: { topic?: Topic; serviceTypes?: ServiceType[]; textIncludes?: string[] };
}

/** What the reply shows, read the way `channelData.answer` would carry it. */
interface Observed {
  kind: AnswerDecision['kind'];
  topic?: Topic;
  lang: string;
  serviceTypes: ServiceType[];
  entryId?: string;
}

const USAGE = 'usage: belgium-eval [--questions FILE] [--knowledge DIR] [--json] [--verbose]';

/** The project folder (the one with package.json), from src (ts) or dist/scripts (built). */
function projectRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 4; i += 1) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    dir = path.dirname(dir);
  }
  return process.cwd();
}

function parseArgs(argv: string[]): { questions: string; knowledge: string; json: boolean; verbose: boolean } {
  const root = projectRoot();
  const out = {
    // The steering folder `shared/` sits beside the project (CI clones the project next to it).
    questions: path.resolve(root, '../shared/eval/belgium/questions.jsonl'),
    knowledge: path.join(root, 'knowledge'),
    json: false,
    verbose: false,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i];
    if (a === '--questions') out.questions = argv[++i];
    else if (a === '--knowledge') out.knowledge = argv[++i];
    else if (a === '--json') out.json = true;
    else if (a === '--verbose') out.verbose = true;
    else throw new Error(`unknown argument ${a}\n${USAGE}`);
  }
  return out;
}

/** The reply language the bot would use: the detected one when reliable and served, else French. */
function replyLang(text: string): string {
  const d = detectLanguage(text, { candidates: [...CURATED_LANGS] });
  return (CURATED_LANGS as readonly string[]).includes(d.lang) ? d.lang : PIVOT_LANG;
}

function observe(answerer: Answerer, router: Router, q: BelgiumQuestion): Observed {
  const lang = replyLang(q.question);
  const place: Place | undefined = q.postalCode ? router.placeFromPostalCode(q.postalCode) : router.placeFromText(q.question);
  const d = answerer.decide({ text: q.question, lang, place });
  if (d.kind === 'answer') {
    if (d.entry.topic === 'emergency') {
      const em = answerer.emergency(place, lang);
      return { kind: 'answer', topic: 'emergency', lang: d.textLang, serviceTypes: em.services.map((s) => s.type), entryId: d.entry.id };
    }
    return { kind: 'answer', topic: d.entry.topic, lang: d.textLang, serviceTypes: d.services.map((s) => s.type), entryId: d.entry.id };
  }
  if (d.kind === 'clarify') {
    // As dialogs/clarifyDialog.ts shows it: the best guess's topic, and that topic's office when the place is known.
    const topic = d.choices[0].topic;
    let services: ServiceType[] = [];
    if (place) {
      for (const c of d.choices.filter((x) => x.topic === topic)) {
        services = router.servicesForEntry(c, place, lang).services.map((s) => s.type);
        if (services.length > 0) break;
      }
      if (services.length === 0) services = router.servicesForTopic(topic, place, lang).map((s) => s.type);
    }
    return { kind: 'clarify', topic, lang, serviceTypes: services };
  }
  return { kind: 'fallback', topic: d.topic, lang, serviceTypes: d.services.map((s) => s.type) };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const loaded = await loadKnowledge(args.knowledge);
  if (hasErrors(loaded.problems)) {
    for (const p of loaded.problems.filter((x) => x.severity === 'error')) console.error(formatProblem(p));
    return 1;
  }
  const postal = await loadPostalCodes();
  const router = new Router(loaded.kb, postal);
  const answerer = new Answerer({ kb: loaded.kb, router });
  const questions = readFileSync(path.resolve(args.questions), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as BelgiumQuestion);
  let ok = 0;
  let topicOk = 0;
  let serviceOk = 0;
  let langOk = 0;
  for (const q of questions) {
    const o = observe(answerer, router, q);
    const t = !q.expect.topic || o.topic === q.expect.topic;
    const s = !q.expect.serviceTypes?.length || o.serviceTypes.some((x) => q.expect.serviceTypes?.includes(x));
    const l = o.lang === q.lang;
    if (t) topicOk += 1;
    if (s) serviceOk += 1;
    if (l) langOk += 1;
    if (t && s && l) ok += 1;
    if (args.verbose || !(t && s && l)) {
      const mark = t && s && l ? 'ok  ' : 'FAIL';
      console.log(
        `${mark} ${q.id} [${q.lang}] ${o.kind} topic=${o.topic ?? '-'}${t ? '' : ` (want ${q.expect.topic})`} lang=${o.lang}` +
          ` entry=${o.entryId ?? '-'} services=${o.serviceTypes.join(',') || '-'}${s ? '' : ` (want ${q.expect.serviceTypes?.join('|')})`}`,
      );
    }
  }
  const n = questions.length;
  const share = (k: number): number => Math.round((k / Math.max(n, 1)) * 1000) / 1000;
  console.log(`belgium in-process: ${ok}/${n} = ${(share(ok) * 100).toFixed(1)}% pass (topic ${topicOk}, service ${serviceOk}, language ${langOk})`);
  if (args.json) console.log(JSON.stringify({ n, pass: share(ok), topic: share(topicOk), service: share(serviceOk), lang: share(langOk) }));
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(`belgium-eval: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  },
);
