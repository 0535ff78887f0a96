// The question as the engine is asked it, and the decision taken: shared by the answerer (the bot) and
// `npm run eval`, so that what eval measures is what people get (tests/scripts/evalParity.test.ts).
import { readSpelledAcronyms } from '../language/acronyms';
import { asksArithmetic, asksExercise } from '../language/arithmetic';
import { readingsOf } from '../language/romanised';
import { SHORTHAND } from '../language/shorthand';
import { stopwords } from '../language/stopwords';
import { words } from '../language/tokenize';
import { withoutPersonalDetails } from '../privacy/scrub';
import type { Status } from '../knowledge/types';
import type { PhraseList, questionNames } from './answerer';
import type { Engine } from './engine';
import { decide, type PolicyDecision, type PolicyOptions, type Ranked } from './policy';

/** The names a question is read for (`questionNames`). */
export type QuestionNames = ReturnType<typeof questionNames>;

/** What `askEngine` needs of the answerer's options. */
export interface AskOptions extends PolicyOptions {
  statusOutOfSearch: boolean;
  statusEntryNeedShare: number;
  institutionSpellings: Readonly<Record<string, string>>;
}

/** One question to ask. */
export interface AskInput {
  /** The text searched (already `searchText`, the town left in or out). */
  text: string;
  /** The part that states the need (without the town). */
  needText: string;
  /** Language searched. */
  lang: string;
  forgiven?: number;
  /** Words that do not count against the question when no entry knows them (the trade the person says they are). */
  forgivable?: string;
  scopes?: string[];
  /** The asker's status: given before, or stated in the question. */
  status?: Status;
  /** Which documents apply, for that status. */
  fits?: (id: string) => boolean;
  /** The person's region is known (no choice between regions). */
  regionKnown: boolean;
}

/** Languages written in another script than Latin. */
const NON_LATIN_LANGS: ReadonlySet<string> = new Set(['uk', 'ru', 'ar']);

const SPELLINGS = new WeakMap<object, { pattern: RegExp; names: Map<string, string> }>();

/**
 * The text the engine searches: phone numbers and e-mails left out, institutions written as people write them
 * ("сипас", "cepeas") or spell them out ("c p a s", "vee dee aa bee") replaced by the name the entries use.
 */
export function searchText(text: string, options: Pick<AskOptions, 'institutionSpellings'>, lang?: string): string {
  const clean = readShorthand(readSpelledAcronyms(withoutPersonalDetails(text)), lang);
  const table = options.institutionSpellings;
  let compiled = SPELLINGS.get(table);
  if (!compiled) {
    const variants = Object.keys(table).sort((a, b) => b.length - a.length);
    if (variants.length === 0) return clean;
    const escaped = variants.map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    compiled = {
      pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu'),
      names: new Map(Object.entries(table).map(([k, v]) => [k.toLocaleLowerCase(), v])),
    };
    SPELLINGS.set(table, compiled);
  }
  const { pattern, names } = compiled;
  return clean.replace(pattern, (m) => names.get(m.toLocaleLowerCase()) ?? m);
}

const SHORTHAND_PATTERNS = new Map<string, { pattern: RegExp; words: ReadonlyMap<string, string> }>();

/** Texting shorthand of the question's language written out ("log soc" → "logement social", "соц" → "соціальне"). */
function readShorthand(text: string, lang: string | undefined): string {
  const table = lang ? SHORTHAND[lang] : undefined;
  if (!lang || !table) return text;
  let compiled = SHORTHAND_PATTERNS.get(lang);
  if (!compiled) {
    const keys = Object.keys(table).sort((a, b) => b.length - a.length).map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    compiled = {
      pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${keys.join('|')})(?![\\p{L}\\p{N}'’])`, 'giu'),
      words: new Map(Object.entries(table)),
    };
    SHORTHAND_PATTERNS.set(lang, compiled);
  }
  const { pattern, words: written } = compiled;
  return text.replace(pattern, (m) => written.get(m.toLocaleLowerCase()) ?? m);
}

/** The question without the words stating the asker's status, when at least two other words remain. */
function withoutStatedStatus(
  input: AskInput,
  names: QuestionNames,
): { text: string; needText: string; statuses: Set<string> } | undefined {
  const need = names.statuses.without(input.needText, input.lang);
  if (need === undefined) return undefined;
  const stop = stopwords(input.lang);
  if (words(need).filter((w) => !stop.has(w)).length < 2) return undefined;
  const statuses: Set<string> = names.statuses.find(input.text, input.lang);
  if (input.status) statuses.add(input.status);
  return { text: names.statuses.without(input.text, input.lang) ?? input.text, needText: need, statuses };
}

/**
 * Ranks the question and decides. The words stating the asker's status are left out of the search
 * (`statusOutOfSearch`), and searched with again when the rest finds nothing or when the best entry then is one
 * written for the asker's status that holds the need without them as well (`statusEntryNeedShare`).
 */
export function askEngine(
  engine: Engine,
  input: AskInput,
  names: QuestionNames,
  options: AskOptions,
  audienceOf: (id: string) => readonly string[] | undefined,
): { ranked: Ranked; decision: PolicyDecision } {
  const { text, needText, lang } = input;
  const asker = options.statusOutOfSearch ? withoutStatedStatus(input, names) : undefined;
  // The trade a person says they are ("я сварщик") is who asks, not what: not held against the need when unknown.
  const trade = names.selfDescription.following(text, lang).join(' ');
  // So is a number of years, months, days, hours or euros no entry holds: an age, a duration, a price ("мне 62 года
  // нужно проходить интеграцию?", "robotu dlia zhinky 58 rokiv"), weighed as the rarest word, left the need under half
  // of a question about a detail. Not a bare number: "كم 12 ضرب 11" (a sum) then met violence on its "ضرب".
  const numbers = (text.match(AMOUNT) ?? []).join(' ');
  const forgivable = [input.forgivable, trade, numbers].filter(Boolean).join(' ') || undefined;
  const rank = (searched: string, need: string, soft = true): Ranked =>
    engine.rank({
      text: searched,
      lang,
      needText: need,
      // The topic model reads the need without any status or origin named: "Ukrainians" in a social-housing question
      // made it read the CPAS's temporary-protection entries.
      modelText: names.statusesOrHints.without(need, lang) ?? need,
      forgiven: input.forgiven,
      forgivable,
      scopes: input.scopes,
      fits: input.fits,
      statusKnown: Boolean(input.status),
      // The statuses of the whole question, not only of the words searched.
      namedStatuses: (l, t) => names.statusesOrHints.find(t === searched ? text : t, l),
      askerStatuses: asker?.statuses ?? (input.status ? new Set([input.status]) : undefined),
      // Not the CPAS named as what one lives on ("I'm on CPAS and landlords refuse me"): that is no question about it.
      namedTopics: (l, t) => names.topics.find(names.livingOn.has(t, l) ? names.livingOn.without(t, l) : t, l),
      // A sum to work out, or a school exercise, is homework whatever its words ("huiswerk wiskunde: 2x + 5 = 17", "un
      // train part de Namur à 90 km/h").
      // In a language of another script, a Latin word is a name as the world writes it ("iPhone", "Netflix"): the
      // English list holds them.
      offTopic: (l, t) => outside(names.offTopic, l, t) || (soft && outside(names.offTopicSoft, l, t)) || asksArithmetic(t) || asksExercise(t),
      readings: readingsOf(searched, lang),
    });
  let ranked = rank(asker?.text ?? text, asker?.needText ?? needText);
  let decision = decide(ranked, input.regionKnown, options);
  if (asker) {
    // "у меня кончается срок оранжевой карты" finds nothing without the status's name; "asylum seeker living with
    // friends, need a doctor" is best answered by the asylum seekers' health entry, which holds "doctor" too.
    const withStatus = rank(text, needText);
    const decided = decide(withStatus, input.regionKnown, options);
    const best = withStatus.candidates[0];
    const forThem = best && audienceOf(best.id)?.some((s) => asker.statuses.has(s));
    const without = best && ranked.candidates.find((c) => c.id === best.id);
    const holdsNeed = without !== undefined && without.support >= options.statusEntryNeedShare * (ranked.candidates[0]?.support ?? 0);
    // A choice the topic model offered where nothing held the question is weaker than what the whole question finds.
    const weak = decision.kind === 'fallback' || (ranked.modelPick !== undefined && decided.kind !== 'fallback' && withStatus.modelPick === undefined);
    if (weak || (decided.kind !== 'fallback' && forThem && holdsNeed)) {
      ranked = withStatus;
      decision = decided;
    }
  }
  // An office's name with how to reach it ("адреса CPAS в Ікселі", "عنوان السيباس"): the question asks for that
  // office, and is read without the words of reaching it when its reading is about no institution it names.
  const named: ReadonlySet<string> = names.topics.find(text, lang);
  if (named.size > 0 && !named.has(topicOf(ranked, decision) ?? '')) {
    const links = new Set(CONTACT_LINKS[lang] ?? []);
    const denied = new Set(CONTACT_DENIED[lang] ?? []);
    const withoutContact = (t: string): string | undefined => names.contact.withoutBeside(t, lang, names.topics.spans(t, lang), links, denied);
    const searched = asker?.text ?? text;
    const bare = withoutContact(searched);
    if (bare !== undefined) {
      const need = asker?.needText ?? needText;
      const plain = rank(bare, withoutContact(need) ?? need);
      const decided = decide(plain, input.regionKnown, options);
      if (decided.kind !== 'fallback' && named.has(topicOf(plain, decided) ?? '')) {
        ranked = plain;
        decision = decided;
      }
    }
  }
  // An office named beside a subject outside Relais ("il va pleuvoir demain à Mons ? je dois marcher jusqu'au Forem",
  // "who won yesterday? my mate from Actiris bet me 10 euros") is where the question comes from, not its need: the
  // office's name makes no question in scope. Read without the names of offices, a question that is then outside
  // what Relais covers, and whose other words (the subject's left out too) find nothing to answer either, is so.
  // Writer AC (orient-65): 12 of 24 such off-topic lines had been answered. Not when the rest is a need of its own
  // ("a guy from my football club, registered at the Forem for 4 months, can he do temping too?"), nor when the
  // office is asked to pay or help ("can the CPAS pay my son's football club?": `officeServiceWords`).
  if (decision.kind !== 'fallback' && outside(names.offTopic, lang, text) && names.topics.find(text, lang).size > 0 && !names.officeService.has(text, lang)) {
    const bare = names.topics.without(asker?.text ?? text, lang);
    if (bare !== undefined) {
      const bareNeed = names.topics.without(asker?.needText ?? needText, lang) ?? bare;
      const plain = rank(bare, bareNeed);
      const decided = decide(plain, input.regionKnown, options);
      const rest = (t: string): string => names.offTopic.without(t, lang);
      if (decided.kind === 'fallback' && plain.offTopic && decide(rank(rest(bare), rest(bareNeed), false), input.regionKnown, options).kind === 'fallback') {
        return { ranked: plain, decision: decided };
      }
    }
  }
  // A subject outside Relais that a question in scope may mention ("after Ramadan I want to enrol my son"): outside
  // only when the question, without the status it states, finds nothing to answer either. The status's own entries
  // carried "I'm an asylum seeker, may I combine prayers at the camp?" to the asylum seekers' health entry.
  if (decision.kind === 'fallback' && ranked.offTopic && outside(names.offTopicSoft, lang, text) && !outside(names.offTopic, lang, text)) {
    const plain = rank(asker?.text ?? text, asker?.needText ?? needText, false);
    const decided = decide(plain, input.regionKnown, options);
    if (decided.kind !== 'fallback') return { ranked: plain, decision: decided };
  }
  return { ranked, decision };
}

/** A number followed by a unit of age, time or money, six languages (the number only is matched). */
const AMOUNT =
  /\p{N}+(?=\s*-?\s*(?:years?|yrs?|ans?|an|jaar|jarig|maanden|maand|mois|months?|weken|weeks?|semaines?|jours?|days?|dagen|dag|heures?|hours?|uur|h|euros?|eur|€|год\p{L}*|лет|рок\p{L}*|років|місяц\p{L}*|месяц\p{L}*|недел\p{L}*|тижн\p{L}*|дн\p{L}*|день|годин\p{L}*|час\p{L}*|евро|євро|سن\p{L}*|شهر\p{L}*|اشهر|أشهر|شهور|يوم|ايام|أيام|ساع\p{L}*|يورو|اورو|rok\p{L}*|let|god\p{L}*|mesya\p{L}*|misya\p{L}*|snin|snine|sna|ans)(?![\p{L}]))/gu;

/**
 * The small words that may stand between a word of reaching an office and its name ("trouver le CPAS", "the address
 * of the CPAS"); Ukrainian, Russian and Arabic say it without ("адреса CPAS", "عنوان السيباس").
 */
const CONTACT_LINKS: Readonly<Record<string, readonly string[]>> = {
  fr: ['de', 'du', 'd', 'des', 'la', 'l', 'le', 'les'],
  nl: ['van', 'het', 'de'],
  en: ['of', 'the'],
};

/** Words that deny what follows: "j'ai pas d'adresse, le CPAS peut me domicilier ?" needs an address, not the CPAS's. */
const CONTACT_DENIED: Readonly<Record<string, readonly string[]>> = {
  fr: ['pas', 'sans', 'aucune', 'aucun', 'plus'],
  nl: ['geen', 'zonder'],
  en: ['no', 'without', 'don', 'dont', 't'],
  uk: ['немає', 'нема', 'без', 'не'],
  ru: ['нет', 'без', 'не'],
  ar: ['ما', 'ماكو', 'بلا', 'بدون', 'معنديش', 'ماعنديش', 'ماعندي'],
};

/** The topic a decision is about: its answer's, its first choice's, or the fallback's. */
function topicOf(ranked: Ranked, d: PolicyDecision): string | undefined {
  if (d.kind === 'fallback') return d.topic;
  const id = d.kind === 'answer' ? d.id : d.ids[0];
  return ranked.candidates.find((c) => c.id === id)?.topic;
}

/** Whether `text` (in `lang`) holds one of `list`'s subjects; a Latin name in another script is looked up in English. */
/** Whether a text names a subject of an off-topic word list, in its language or, written in another script, in English. */
export function outsideByWords(list: PhraseList, lang: string, text: string): boolean {
  return outside(list, lang, text);
}

function outside(list: PhraseList, lang: string, text: string): boolean {
  return list.has(text, lang) || (NON_LATIN_LANGS.has(lang) && list.has(text, 'en'));
}
