// Runs the knowledge-base probe set through the Answerer in-process and measures what a person would notice:
// the topic of the reply, a service of the right type, and a fallback (not a made-up answer) for nonsense.
import { readFileSync } from 'node:fs';
import type { Answerer } from '../../src/answer/answerer';
import type { Router } from '../../src/routing/router';
import type { AnswerDecision } from '../../src/answer/types';
import { CURATED_LANGS, PIVOT_LANG, type Lang, type Place, type ServiceType, type Topic } from '../../src/knowledge/types';
import { detectLanguage } from '../../src/language/detect';

/** One probe line (the belgium eval format, plus `expect.entryId` and `expect.kind`). */
export interface Probe {
  id: string;
  lang: string;
  postalCode?: string;
  question: string;
  expect: {
    topic?: Topic;
    serviceTypes?: ServiceType[];
    textIncludes?: string[];
    entryId?: string;
    /** "fallback" for out-of-scope or gibberish lines. */
    kind?: 'fallback';
  };
}

/** What the reply shows, read the way `channelData.answer` carries it through the bot (dialogs/clarifyDialog.ts too). */
export interface ProbeOutcome {
  probe: Probe;
  kind: AnswerDecision['kind'];
  topic?: Topic;
  entryId?: string;
  serviceTypes: ServiceType[];
  confidence: number;
  topicOk: boolean;
  serviceOk: boolean;
  entryOk: boolean;
  /** The answer's text states every `expect.textIncludes` string (false for a choice or a fallback, which do not). */
  textOk: boolean;
}

/** Per-language figures. */
export interface ProbeFigures {
  lang: string;
  /** In-scope probes and how many got the expected topic / service type / entry. */
  n: number;
  topic: number;
  service: number;
  entry: number;
  /** Probes with `expect.textIncludes` and how many got an answer stating them. */
  textN: number;
  text: number;
  /** Out-of-scope probes and how many fell back (no answer, no choice offered). */
  oos: number;
  fallback: number;
}

/** Reads a JSON Lines probe file. */
export function readProbes(file: string): Probe[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Probe);
}

/**
 * The language the bot would search in: the detected one when detection is reliable and curated, else the
 * language the person chose (the probe's own, standing in for the profile or `activity.locale`).
 */
export function probeLang(p: Probe): Lang {
  const d = detectLanguage(p.question, { candidates: [...CURATED_LANGS] });
  const curated: readonly string[] = CURATED_LANGS;
  if (d.reliable && curated.includes(d.lang)) return d.lang;
  return curated.includes(p.lang) ? p.lang : PIVOT_LANG;
}

/** Asks one probe. Emergency answers carry the helplines, as the bot shows them. */
export function runProbe(answerer: Answerer, router: Router, p: Probe): ProbeOutcome {
  const lang = probeLang(p);
  const place: Place | undefined = p.postalCode ? router.placeFromPostalCode(p.postalCode) : router.placeFromText(p.question);
  const d = answerer.decide({ text: p.question, lang, place });
  let topic: Topic | undefined;
  let entryId: string | undefined;
  let serviceTypes: ServiceType[] = [];
  let shown = '';
  if (d.kind === 'answer') {
    const t = d.entry.text[d.textLang];
    shown = t ? [t.title, t.answer, ...(t.steps ?? []), ...(t.documents ?? [])].join('\n') : '';
    topic = d.entry.topic;
    entryId = d.entry.id;
    serviceTypes = (topic === 'emergency' ? answerer.emergency(place, lang).services : d.services).map((s) => s.type);
  } else if (d.kind === 'clarify') {
    // As the clarify dialog shows it: the best guess's topic, and its office when the place is known.
    topic = d.choices[0].topic;
    if (place) {
      for (const c of d.choices.filter((x) => x.topic === topic)) {
        serviceTypes = router.servicesForEntry(c, place, lang).services.map((s) => s.type);
        if (serviceTypes.length > 0) break;
      }
      if (serviceTypes.length === 0) serviceTypes = router.servicesForTopic(topic, place, lang).map((s) => s.type);
    }
  } else {
    topic = d.topic;
    serviceTypes = d.services.map((s) => s.type);
  }
  const e = p.expect;
  const fallbackWanted = e.kind === 'fallback';
  return {
    probe: p,
    kind: d.kind,
    topic,
    entryId,
    serviceTypes,
    confidence: d.confidence,
    topicOk: fallbackWanted ? d.kind === 'fallback' : d.kind !== 'fallback' && (!e.topic || topic === e.topic),
    serviceOk: !e.serviceTypes?.length || serviceTypes.some((t) => e.serviceTypes?.includes(t)),
    textOk: (e.textIncludes ?? []).every((x) => shown.toLowerCase().includes(x.toLowerCase())),
    entryOk: !e.entryId || entryId === e.entryId || (d.kind === 'clarify' && d.choices.some((c) => c.id === e.entryId)),
  };
}

/** Figures per language, in the order languages first appear. */
export function figures(outcomes: ProbeOutcome[]): ProbeFigures[] {
  const by = new Map<string, ProbeFigures>();
  for (const o of outcomes) {
    const lang = o.probe.lang;
    let f = by.get(lang);
    if (!f) {
      f = { lang, n: 0, topic: 0, service: 0, entry: 0, textN: 0, text: 0, oos: 0, fallback: 0 };
      by.set(lang, f);
    }
    if (o.probe.expect.kind === 'fallback') {
      f.oos += 1;
      if (o.topicOk) f.fallback += 1;
    } else {
      f.n += 1;
      if (o.topicOk) f.topic += 1;
      if (o.serviceOk) f.service += 1;
      if (o.entryOk) f.entry += 1;
      if (o.probe.expect.textIncludes?.length) {
        f.textN += 1;
        if (o.textOk) f.text += 1;
      }
    }
  }
  return [...by.values()];
}

/** A printable table of the figures, and one line per miss. */
export function report(outcomes: ProbeOutcome[]): string {
  const pct = (a: number, b: number): string => `${b ? ((100 * a) / b).toFixed(0) : '-'}%`.padStart(5);
  const rows = figures(outcomes).map(
    (f) =>
      `${f.lang}  topic ${pct(f.topic, f.n)} (${f.topic}/${f.n})  service ${pct(f.service, f.n)}  entry ${pct(f.entry, f.n)}  text ${pct(f.text, f.textN)} (${f.text}/${f.textN})` +
      `  fallback ${pct(f.fallback, f.oos)} (${f.fallback}/${f.oos})`,
  );
  const all = figures(outcomes).reduce(
    (a, f) => ({ n: a.n + f.n, topic: a.topic + f.topic, oos: a.oos + f.oos, fallback: a.fallback + f.fallback }),
    { n: 0, topic: 0, oos: 0, fallback: 0 },
  );
  rows.push(`all topic ${pct(all.topic, all.n)} (${all.topic}/${all.n})  fallback ${pct(all.fallback, all.oos)} (${all.fallback}/${all.oos})`);
  const misses = outcomes
    .filter((o) => !o.topicOk || !o.serviceOk || !o.textOk)
    .map(
      (o) =>
        `  ${o.probe.id} ${o.kind} topic=${o.topic ?? '-'} entry=${o.entryId ?? '-'} conf=${o.confidence.toFixed(2)}` +
        ` want=${o.probe.expect.kind ?? o.probe.expect.topic}${o.serviceOk ? '' : ` services=${o.serviceTypes.join(',') || '-'}`}${o.textOk ? '' : ` missing=${o.probe.expect.textIncludes?.join('|')}`}  «${o.probe.question}»`,
    );
  return [...rows, ...(misses.length ? ['misses:', ...misses] : [])].join('\n');
}
