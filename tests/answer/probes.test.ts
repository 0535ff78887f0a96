// The real knowledge base against our own probe set (tests/fixtures/probes/kb-probes.jsonl): newcomers' phrasings
// in six languages, typos, with and without a postal code, plus nonsense and off-topic lines that must fall back.
// Prints the figures per language; the floors are what the knowledge base reaches with margin, not targets. This
// file is a TRAINING set (the answerer's constants were tuned on it): floors on phrasings nobody here wrote are in
// tests/e2e/blind.test.ts.
import path from 'node:path';
import { Answerer, statedStatus } from '../../src/answer/answerer';
import { Router } from '../../src/routing/router';
import type { KnowledgeBase } from '../../src/knowledge/types';
import { loadKnowledge, loadPostalCodes } from '../../src/loaders/knowledgeFiles';
import { figures, readProbes, report, runProbe, type ProbeOutcome } from './probeRunner';

const ROOT = path.join(__dirname, '..', '..');
const PROBES = path.join(ROOT, 'tests', 'fixtures', 'probes', 'kb-probes.jsonl');
/** Share of in-scope probes whose reply has the expected topic, over all languages and in each one. */
const TOPIC_FLOOR = 0.9;
const TOPIC_FLOOR_PER_LANG = 0.8;
/** Share of probes asking for a sourced figure (a deadline, 112) whose answer states it (`expect.textIncludes`). */
const TEXT_FLOOR = 0.9;
/** Share of off-topic and gibberish probes that fall back (no answer, no choice) instead of guessing. */
const FALLBACK_FLOOR = 0.85;
/**
 * Share of in-scope probes (without a postal code) that keep their topic with where the person lives put before
 * them: 623/666 (93.5%); 581/666 before the town’s words were left out of what an entry must cover.
 */
const PLACE_PREFIX_FLOOR = 0.9;
/** How people say where they live before asking, per language (served towns, inflected as they are typed). */
const PLACE_PREFIXES: Record<string, string[]> = {
  fr: ["j'habite à Liège, ", 'je suis à Namur ', "j'habite à Schaerbeek "],
  nl: ['ik woon in Brussel, ', 'ik woon in Namen en ', 'ik woon in Luik, '],
  en: ['i live in Charleroi, ', 'im in Brussels ', 'i live in Mons and '],
  uk: ['я живу в Льєжі, ', 'я з Шарлеруа ', 'я живу в Брюсселі, '],
  ru: ['я живу в Намюре, ', 'я живу в Брюсселе ', 'я в Льеже, '],
  ar: ['أسكن في لييج، ', 'ساكن في سكاربيك ', 'أعيش في نامور '],
};

let answerer: Answerer;
let kb: KnowledgeBase;
let router: Router;
let outcomes: ProbeOutcome[];
beforeAll(async () => {
  const loaded = await loadKnowledge(path.join(ROOT, 'knowledge'));
  kb = loaded.kb;
  router = new Router(kb, await loadPostalCodes());
  answerer = new Answerer({ kb, router });
  outcomes = readProbes(PROBES).map((p) => runProbe(answerer, router, p));
  console.log(`knowledge-base probes (${PROBES}):\n${report(outcomes)}`);
});

describe('knowledge-base probes', () => {
  it('covers the six languages, every topic, and nonsense in each language', () => {
    const langs = figures(outcomes);
    expect(langs.map((f) => f.lang).sort()).toEqual(['ar', 'en', 'fr', 'nl', 'ru', 'uk']);
    for (const f of langs) {
      expect(f.n).toBeGreaterThanOrEqual(25);
      expect(f.oos).toBeGreaterThanOrEqual(10);
    }
    const topics = new Set(outcomes.map((o) => o.probe.expect.topic).filter(Boolean));
    expect(topics.size).toBe(12);
  });

  it(`answers in-scope probes with the expected topic (≥ ${TOPIC_FLOOR * 100}% overall, ≥ ${TOPIC_FLOOR_PER_LANG * 100}% per language)`, () => {
    const langs = figures(outcomes);
    const n = langs.reduce((a, f) => a + f.n, 0);
    const ok = langs.reduce((a, f) => a + f.topic, 0);
    expect(ok / n).toBeGreaterThanOrEqual(TOPIC_FLOOR);
    for (const f of langs) expect({ lang: f.lang, share: f.topic / f.n >= TOPIC_FLOOR_PER_LANG }).toEqual({ lang: f.lang, share: true });
  });

  it(`keeps the topic when the person first says where they live (≥ ${PLACE_PREFIX_FLOOR * 100}% of in-scope probes, 3 towns each)`, () => {
    const probes = readProbes(PROBES).filter((p) => !p.expect.kind && !p.postalCode && p.expect.topic);
    let ok = 0;
    let n = 0;
    for (const p of probes) {
      for (const prefix of PLACE_PREFIXES[p.lang] ?? []) {
        n += 1;
        if (runProbe(answerer, router, { ...p, question: prefix + p.question }).topicOk) ok += 1;
      }
    }
    console.log(`probes after "I live in <town>": ${ok}/${n}`);
    expect(n).toBeGreaterThan(600);
    expect(ok / n).toBeGreaterThanOrEqual(PLACE_PREFIX_FLOOR);
  });

  it(`states the sourced figure the question asks for, in the question's language (≥ ${TEXT_FLOOR * 100}%)`, () => {
    const langs = figures(outcomes);
    const n = langs.reduce((a, f) => a + f.textN, 0);
    const ok = langs.reduce((a, f) => a + f.text, 0);
    expect(n).toBeGreaterThanOrEqual(30);
    expect(ok / n).toBeGreaterThanOrEqual(TEXT_FLOOR);
  });

  it(`falls back on off-topic and gibberish lines (≥ ${FALLBACK_FLOOR * 100}%)`, () => {
    const langs = figures(outcomes);
    const oos = langs.reduce((a, f) => a + f.oos, 0);
    const ok = langs.reduce((a, f) => a + f.fallback, 0);
    expect(ok / oos).toBeGreaterThanOrEqual(FALLBACK_FLOOR);
  });
});

describe('questions that used to go wrong', () => {
  const decide = (text: string, lang: string, postalCode?: string) =>
    answerer.decide({ text, lang, place: postalCode ? router.placeFromPostalCode(postalCode) : undefined });
  const first = (d: ReturnType<typeof decide>) => (d.kind === 'answer' ? d.entry : d.kind === 'clarify' ? d.choices[0] : undefined);

  it('lets "parcours d’intégration" decide the topic over "m’inscrire" (not school enrolment), with the CRI of Namur', () => {
    const d = decide("Je dois m'inscrire où pour le parcours d'intégration ?", 'fr', '5000');
    expect(d.kind).toBe('answer');
    expect(first(d)?.topic).toBe('integration-pathway');
    if (d.kind === 'answer') expect(d.services.map((s) => s.type)).toContain('cri');
  });

  it.each([
    ['fr', 'je suis arrivée par regroupement familial, où apprendre le français'],
    ['nl', 'ik ben hier via gezinshereniging, waar kan ik Nederlands leren'],
    ['ru', 'приехала по воссоединению семьи, где учить французский'],
    ['ar', 'جيت عن طريق لم الشمل، وين نتعلم الفرنسية'],
  ])('reads the way one came ("par regroupement familial") as a status, and answers the need after it (%s)', (lang, text) => {
    expect(statedStatus(answerer.statusesIn(text, lang as never))).toBe('family-reunification');
    expect(first(decide(text, lang))?.topic).toBe('language-courses');
  });

  it('does not take the question how to bring one\'s family for a status', () => {
    expect(statedStatus(answerer.statusesIn('comment faire un regroupement familial pour ma femme', 'fr'))).toBeUndefined();
    expect(first(decide('comment faire un regroupement familial pour ma femme', 'fr'))?.topic).toBe('family-reunification');
  });

  it.each([
    ['ru', 'Сколько стоит iPhone 16 и где дешевле'],
    ['uk', 'скільки коштує PlayStation 5 в Бельгії'],
    ['ar', 'بشحال iPhone 15 فبلجيكا'],
  ])('says a product named in Latin letters in another script is outside what it covers (%s)', (lang, text) => {
    expect(decide(text, lang)).toMatchObject({ kind: 'fallback', reason: 'offTopic' });
  });

  it('answers a request for money from the CPAS, in Arabic, with a CPAS entry: the name settles it over legal aid', () => {
    const d = decide('كيف أحصل على مساعدة مالية من CPAS؟', 'ar', '5000');
    expect(d.kind).toBe('answer');
    expect(first(d)?.topic).toBe('cpas');
  });

  it.each([
    ['en', 'I lost my residence card yesterday'],
    ['fr', "j'ai perdu ma carte de séjour hier"],
    ['nl', 'ik ben gisteren mijn verblijfskaart verloren'],
    ['uk', 'я вчора загубив посвідку на проживання'],
    ['ru', 'я вчера потерял вид на жительство'],
    ['ar', 'فقدت بطاقة الإقامة أمس'],
  ])('answers a lost residence card "yesterday" with the residence-card entry, not the missing-child one (%s)', (lang, text) => {
    const d = decide(text, lang);
    expect({ kind: d.kind, entry: first(d)?.id }).toEqual({ kind: 'answer', entry: 'residence-card-renewal' });
  });

  it.each([
    ['fr', "comment obtenir de l'aide du CPAS"],
    ['nl', 'hoe kan ik hulp krijgen van het OCMW?'],
    ['en', 'how to get help from the CPAS'],
    ['uk', 'як мені отримати допомогу від CPAS?'],
    ['ru', 'как получить помощь от CPAS'],
    ['ar', 'كيف يمكنني الحصول على مساعدة من CPAS؟'],
  ])('answers a general CPAS question with a general CPAS entry, not the one written for Ukrainians (%s)', (lang, text) => {
    const d = decide(text, lang);
    expect(first(d)?.topic).toBe('cpas');
    expect(first(d)?.audience ?? []).toEqual([]);
  });

  it.each([
    ['nl', 'ik kom uit Oekraïne, hoe kan ik hulp krijgen van het OCMW?'],
    ['uk', 'я з України, як отримати допомогу від CPAS?'],
    ['ru', 'я из Украины, как получить помощь от CPAS'],
  ])('answers the same question with the Ukrainians’ CPAS entry when the person says they come from Ukraine (%s)', (lang, text) => {
    expect(first(decide(text, lang))?.id).toBe('cpas-temporary-protection-ukraine');
  });

  it('falls back on a question left with one word that no entry is about ("weer" is "again" in its only sample)', () => {
    const d = decide('wat voor weer wordt het morgen', 'nl');
    expect({ kind: d.kind, entry: first(d)?.id }).toEqual({ kind: 'fallback', entry: undefined });
  });

  it.each([
    ['fr', 'avocat', 'legal-aid'],
    ['nl', 'leefloon', 'cpas'],
    ['en', 'CPAS', 'cpas'],
    ['uk', 'житло', 'housing'],
    ['ru', 'работа', 'employment'],
    ['ar', 'سكن', 'housing'],
  ])('still answers or offers choices for a one-word question naming what an entry is about (%s: %s)', (lang, text, topic) => {
    const d = decide(text, lang);
    expect({ kind: d.kind === 'fallback' ? 'fallback' : 'answered or offered', topic: first(d)?.topic }).toEqual({ kind: 'answered or offered', topic });
  });

  it('falls back, with no topic guessed, when almost no word is known (keyboard mashing)', () => {
    for (const [text, lang] of [
      ['blorp zzzqx frobnicate wibble', 'en'],
      ['qsdfgh jklm azerty pouet', 'fr'],
      ['ффвапр олджд йцукен', 'uk'],
    ]) {
      const d = decide(text, lang, '5000');
      expect({ text, kind: d.kind, topic: d.kind === 'fallback' ? d.topic : first(d)?.topic }).toEqual({ text, kind: 'fallback', topic: undefined });
      expect(d.confidence).toBeLessThan(0.2);
    }
  });

  it('takes a town named in the question for the place when none is known: the Walloon entry and its CRI, no region choice', () => {
    const d = decide('hi im in liege w my family, the commune said i must do a course at CRI, by when??', 'en');
    expect(d.kind).toBe('answer');
    if (d.kind === 'answer') {
      expect(d.entry.regions).toEqual(['wallonia']);
      expect(d.services.map((s) => s.type)).toContain('cri');
    }
  });

  it('answers with the entry that covers the question when the top hit rests on two words ("free lawyer")', () => {
    const d = decide('free lawyer for my asylum appeal', 'en', '1000');
    expect(d.kind).toBe('answer');
    expect(first(d)?.topic).toBe('legal-aid');
  });

  it('gives a refugee who says so the refugees’ family reunification entry, with its 6-month deadline', () => {
    const d = decide('я біженець, хочу привезти дружину, який термін подати заяву', 'uk');
    expect(first(d)?.id).toBe('family-reunification-refugee-deadline');
    expect(first(d)?.text.uk?.answer).toContain('6 місяців');
  });

  it('does not let the town the person names decide the need, searched with its name or without (`ignorePlaceNames`)', () => {
    const text = "j'habite à Liège comment inscrir mon fis a lecole, il a 7 ans";
    // The CRI entries' sample questions name Liège: before the town's words were left out of the entries' support,
    // this was answered with "which CRI".
    expect(first(answerer.decide({ text, lang: 'fr' }))?.topic).toBe('education');
    const without = new Answerer({ kb, router, options: { ignorePlaceNames: true } });
    expect(first(without.decide({ text, lang: 'fr' }))?.topic).toBe('education');
  });

  it('asks the person to choose only between entries of different topics that both fit', () => {
    const d = decide('Je viens de recevoir mon statut de réfugié, je dois faire le parcours du CRI ?', 'fr', '4000');
    expect(first(d)?.topic).toBe('integration-pathway');
    if (d.kind === 'clarify') expect(new Set(d.choices.map((c) => c.topic)).size).toBe(d.choices.length);
  });
});
