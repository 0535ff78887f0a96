// The crisis net: how sure is it that a message speaks of someone in danger now, and of which kind of danger?
// Concepts of danger are combined with what makes them real (a person, a body, urgency) and weighed against words
// that make them ordinary ("my battery died", "fire safety course"); no whole phrase is needed.
import type { Lang } from '../knowledge/types';
import { compileLexicon, readText, termAt, termStarts, type CompiledLexicon, type TermPattern } from './lexicon';
import { wordsWithApostrophes } from '../language/tokenize';
import { STOPWORD_LISTS } from '../language/stopwords';
import { foldAccents, normaliseText } from '../language/normalise';
import { LEXICONS } from './lexicons';
import { DANGER_KINDS, type DangerAssessment, type DangerKind, type DangerLevel, type DangerLexicon } from './types';

/** What one language's lexicon found for one kind. */
interface KindFinding {
  kind: DangerKind;
  lang: Lang;
  level: DangerLevel;
  /** Concept weight after combination, for ordering kinds. */
  weight: number;
  /** Certain lowered to possible by a drill, a past or healed event, a thing, work without confinement, a question. */
  lowered?: boolean;
  /**
   * A reason to lower the kind was found, whatever the level (a topic may have made it possible already): another
   * language's lexicon reading the same words may not see it (`strongestReadingDecides`).
   */
  reason?: boolean;
  /** Made ordinary by a topic word or a figure of speech of this lexicon's own ("course", "lol"). */
  blocked?: boolean;
}

const RANK: Record<DangerLevel, number> = { none: 0, possible: 1, certain: 2 };

/**
 * Kinds that are an emergency only in combination: no roof tonight is a danger with children or in the cold (the
 * emergency reply, Samusocial first); alone it is a housing question that gets a safety check and its answer.
 */
const COMBINATION_ONLY: ReadonlySet<DangerKind> = new Set(['no-shelter-cold']);

/**
 * Kinds that are an emergency only with a sign of confinement or control, the group named here (a passport taken,
 * locked in, not allowed out, forced, a travel debt, sleeping at the workplace): unpaid or under-paid work, "he says he
 * will call the police, I have no papers", is a legal-aid or employment question that gets the safety check.
 */
const NEEDS_GROUP: Readonly<Partial<Record<DangerKind, string>>> = { 'trafficking-exploitation': 'confine' };

/**
 * Kinds of one event (a wound, a burn, a fall, a stroke, a fire): told as past ("two weeks ago", "vorig jaar",
 * "прошлой зимой", "الأسبوع الفايت") without urgency, or as healed ("cicatrisé", "загоїлось", "برا"), they get the
 * safety check, not the emergency reply. Threats, violence at home, exploitation and suicidal talk go on: a past
 * marker there says since when, not that it is over.
 */
const EVENT_KINDS: ReadonlySet<DangerKind> = new Set(['weapon', 'injury-bleeding', 'unconscious-breathing', 'stroke', 'poisoning', 'fire']);

/**
 * Kinds whose words also say what happens to things ("my phone drowned", "my laptop died", "my dreams are drowning",
 * "мой телефон утонул", "التليفون ديالي غرق"): when a word of the lexicon's `thing` group (or `device`, a phone, or
 * `food`, but for a missing child) comes just before every one of the kind's terms, the kind gets the safety check at
 * most. Not fire, where a thing burning is a fire, nor exploitation, where things are taken from a person, nor
 * threats, which come by phone.
 */
const THING_KINDS: ReadonlySet<DangerKind> = new Set(['weapon', 'injury-bleeding', 'unconscious-breathing', 'self-harm-suicide', 'missing-child']);

/** Kinds an idiom of betrayal (the lexicon's `idiom` group: "my secret", "нож в спину") speaks of as a figure. */
const IDIOM_KINDS: ReadonlySet<DangerKind> = new Set(['weapon', 'injury-bleeding']);

/** How many words before a danger term a thing may stand ("mon téléphone s'est noyé": three). */
const THING_REACH = 3;
/**
 * Kinds a "does not answer" term speaks of, and how far after it the phone may stand ("ne répond plus au tel": two).
 * Not self-harm, where a brother who no longer answers his phone after giving his things away is a sign (crisis-33).
 */
const RESPONSE_KINDS: ReadonlySet<DangerKind> = new Set(['unconscious-breathing']);
/** Kinds whose "does not answer" term on the phone is no second sign of another kind's danger. */
const SIGN_RESPONSE_KINDS: ReadonlySet<DangerKind> = new Set(['unconscious-breathing', 'self-harm-suicide']);
const PHONE_REACH = 2;
/**
 * How many words before a danger term a near miss may stand ("he nearly got lost": two): "almost", "failli", "bijna",
 * "мало не", "чуть не", "كان غادي" just before every term of a kind say it did not happen.
 */
const NEAR_REACH = 2;
/**
 * Kinds a near miss lowers: a child almost lost, a wound almost made. Not a state, where "almost" is the danger itself
 * ("майже не дихає", "nearly unconscious"), nor a threat or a fire.
 */
const NEAR_MISS_KINDS: ReadonlySet<DangerKind> = new Set(['missing-child', 'injury-bleeding']);
/**
 * How many words after a frame a danger term may start ("un exposé pour l'école sur les incendies": six). A danger told
 * in the same breath as a film ("a movie about cars and my dad collapsed") may be within reach: it gets the safety
 * check, whose reply carries 112.
 */
const FRAME_REACH = 6;
/**
 * How many words from a bill a gas or fire word may stand ("facture dyal gaz", "factuur van het gas", "gas bill",
 * "счёт за газ"): the gas is what the bill is for, not a leak.
 */
const BILL_REACH = 3;
/** Kinds whose words also name what a household pays for (gas, "كهرباء"): a bill beside them makes them ordinary. */
const BILL_KINDS: ReadonlySet<DangerKind> = new Set(['fire', 'poisoning']);
/** How many words after its "if" a danger term may start ("if there's a fire": four, "there", "s" and "a" between). */
const CONDITION_REACH = 4;

/**
 * Kinds an "after" places in the past when it comes just before every one of the kind's terms (the lexicon's `after`
 * group: "après l'incendie", "depuis l'incendie", "after the fire", "na de brand", "na jaren geweld", "після пожежі",
 * "после того как", "بعد الحريق", "بعد ما طردونا", "mn ba3d ma"): a practical question asked after the danger ("since
 * the fire the children sleep badly, is there a psychologist?"). Sixteen of orient-61's thirty-eight misses were the
 * emergency reply to such questions. Not a child gone ("بعد ما رجع" is also "he has still not come back"), nor
 * suicidal talk ("since the eviction I don't see the point" is the danger now), nor a threat, which speaks of what is
 * still to come ("na mijn getuigenis: 'we weten naar welke school je dochter gaat'").
 */
const AFTER_KINDS: ReadonlySet<DangerKind> = new Set([...EVENT_KINDS, 'domestic-violence', 'trafficking-exploitation', 'no-shelter-cold']);
/** How many words after the end of its "after" a danger term may start ("na jaren geweld": one word between). */
const AFTER_REACH = 2;
/**
 * Kinds an angry writer threatens an office or its papers with (the lexicon's `vent` group, the writer's own intention
 * or its first-person verb: "I'm going to kill someone at the Office des Étrangers", "я вб'ю когось в цій комуні",
 * "спалю всі ці листи від Forem", "غادي نقتل شي واحد ف هاد الكوميون"), with an office, its staff or its papers named
 * (`office`): a figure of speech before a question, which gets the safety check, not the emergency reply. Three
 * look-alikes of crisis-101 (writer AU, the angry) were the emergency reply so. Not when the danger is said of the
 * writer ("he said he will kill me"): the intention must be the writer's, just before the danger's word.
 */
const VENT_KINDS: ReadonlySet<DangerKind> = new Set(['threat', 'weapon', 'fire']);
/** How many words after the end of the writer's intention the danger term may start ("i m literally going to kill"). */
const VENT_REACH = 2;
/**
 * Kinds of what one person did to another, told as over (the lexicon's `over` group: "je suis en sécurité", "that's
 * over", "ik ben gescheiden", "все позаду", "ушла от него", "اتطلقت", "خرجت من عند") or as past ("l'année dernière",
 * "колись"), with nothing that says now ("encore", "again", "досі", "ما زال"): the safety check and the answer to the
 * question asked, not the emergency reply. A past marker alone says since when only beside a word of now ("depuis
 * l'année dernière il me frappe"). Not a threat: a divorce is what threats are made for ("угрожает убить меня за то что
 * я развелась").
 */
const OVER_KINDS: ReadonlySet<DangerKind> = new Set(['domestic-violence', 'trafficking-exploitation']);

/**
 * Kinds a hypothetical or a preparation (the lexicon's `hypothetical` group: "what should I do if", "au cas où", "что
 * делать если ... на всякий случай", "بغيت نعلمو") speaks of as a question, not a report, when nothing says now: one
 * event, or a child lost. Threats and violence go on: "what do I do if he comes back" is a danger now.
 */
const HYPOTHETICAL_KINDS: ReadonlySet<DangerKind> = new Set([...EVENT_KINDS, 'missing-child']);
/** Languages whose subject may follow the verb: a thing right after the danger term counts too ("пропал вид на жительство"). */
const FREE_ORDER: ReadonlySet<Lang> = new Set(['uk', 'ru', 'ar']);

/**
 * The level of one kind from its concept weight and the context found with it.
 * - weight 3 (the concept holds its combination): certain, possible when a blocker is there;
 * - weight 2 (a danger word): certain with a person, a body part or urgency; possible alone; none with a blocker;
 * - weight 1 (a word with ordinary senses): certain only with both a person and urgency; possible with either;
 *   none with a blocker.
 */
export function levelOf(
  weight: number,
  ctx: { person: boolean; urgency: boolean; body: boolean; blocked: boolean; figurative?: boolean; settled?: boolean; named?: boolean },
): DangerLevel {
  const context = ctx.person || ctx.urgency || ctx.body;
  // A topic word ("school", "rent") makes a danger word ordinary only when nothing else does: with a body part or
  // urgency it still gets the safety check ("his head is bleeding hard, the school called me"); a person alone is not
  // enough ("the CPAS threatened to cut my aid"). A figure of speech or a joke lowers it all the way.
  // A danger by itself (weight 3) with urgency is not made ordinary when the only topic words name the setting, an
  // office, a person or the means of writing (`named`: the lexicon's `setting` group: "CPAS", "huisbaas", "neighbour
  // wifi"): the office or the landlord a pasted message names ("я
  // зараз в машині біля CPAS", "vlammen uit het stopcontact ... huisbaas zegt ... brandweer") is where it happens, not
  // what it is about. Crises of crisis-41 (pasted letters and messages) were the safety check so. Not told as past or
  // healed ("last year someone stole my bag with a knife ... the police"), nor a figure of speech.
  if (ctx.blocked && ctx.named && weight >= 3 && ctx.urgency && !ctx.figurative && !ctx.settled) return 'certain';
  if (ctx.blocked) return weight >= 3 || (weight === 2 && (ctx.body || ctx.urgency) && !ctx.figurative) ? 'possible' : 'none';
  if (weight >= 3) return 'certain';
  if (weight === 2) return context ? 'certain' : 'possible';
  if (weight === 1) {
    if ((ctx.person || ctx.body) && ctx.urgency) return 'certain';
    return context ? 'possible' : 'none';
  }
  return 'none';
}

/**
 * Kinds found through at least this many strong concepts in different places (weighing 2 or more, or holding their
 * combination: a sign of CO poisoning next to a boiler) are not made ordinary by a topic word: "they took my ID" and
 * "I can't leave the house" in a message that also says "job" are still trafficking. Only a figurative marker ("lol",
 * "dying to") then lowers them.
 */
const STRONG_CONCEPTS = 2;

/**
 * Groups that are a second concept of their own when a rule needs them (`with`): a threat's condition or deadline
 * ("if you don't pay", "als we niet vertrekken", "или пожалеешь") next to a harm verb is two signs, not one, so a topic
 * word the condition brings along ("pay", "rent", "квартира") does not make it ordinary; a figure of speech still does.
 * So is a child's time to be back gone by (`overdue`: "il est 21h", "left on time", "ушла вовремя", "ما زال ما جاش")
 * next to "was supposed to be home": "вовремя" is also a word of payments, a topic.
 */
const COUNTED_GROUPS: ReadonlySet<string> = new Set(['ultimatum', 'overdue']);

/** Groups whose terms are phrases a danger word inside of speaks of something else: food scorched, a lost-property office. */
const COVERING_GROUPS: readonly string[] = ['scorched', 'lostfound'];

/** How many of these spans can be taken without two sharing a word: "child is missing" and "missing" are one concept. */
function disjoint(spans: ReadonlyArray<[number, number]>): number {
  let count = 0;
  let end = -1;
  for (const [a, b] of [...spans].sort((x, y) => x[1] - y[1])) {
    if (a > end) {
      count += 1;
      end = b;
    }
  }
  return count;
}

/**
 * Laughing, winking or loving emoji, and the text smileys people type for them (":)", ":D", "xD", Russian ")))"):
 * the words around them are figurative ("خطيبتي بتموت فيّا 😍", "хозяйка сказала что убьёт меня :)").
 */
const FIGURATIVE_SMILEY = /(?:^|\s|\p{L})(?::-?\)|:-?D|;-?\)|xD|XD|\){3,})(?=\s|$|[.,!?])/u;
const FIGURATIVE_EMOJI = /[\u{1F602}\u{1F923}\u{1F605}\u{1F606}\u{1F60D}\u{1F970}\u{1F601}\u{1F61C}\u{1F61D}\u{1F639}\u{1F643}\u{1F604}\u{1F603}\u{1F618}\u{1F495}\u{1F60A}]|\u2764/u;

/** What one language's lexicon read in a text: its markers, and its findings once the whole text's markers are known. */
interface Reading {
  /** A figurative marker of this language ("lol", "dying to"): it lowers the findings of every language. */
  figurative: boolean;
  /** A topic blocker of this language ("rent", "course"). */
  topic: boolean;
  /** Its only topic blockers name the setting: an office, a person, the means of writing ("CPAS", "huisbaas", "wifi"). */
  named: boolean;
  /**
   * The message is framed as a question about the danger, not a report of one: it asks about a number or what a
   * service costs (`about`: "numéro", "noodnummer", "is it free", "رقم"), supposes (`hypothetical`), or names a school
   * project, a film or a series about it (`frame`). A crisis phrase found with it ("emergency number", "ambulance",
   * "رقم الطوارئ") is then the safety check, whose reply carries 112, not the emergency reply; the net's own findings
   * are lowered only as `lowered` says.
   */
  frame: boolean;
  /**
   * `siblingTopic`: a blocker found by a sibling language's lexicon reading the same words (`SIBLINGS`);
   * `siblingNamed`: only words of the setting among them.
   */
  findings(figurative: boolean, siblingTopic: boolean, siblingNamed?: boolean): KindFinding[];
}

/**
 * Languages so close that each lexicon reads the other's words (Ukrainian "не платять" is Russian "не платят"): a
 * blocker one of them finds ("понаднормові", overtime) makes the other's reading ordinary too. Not across scripts or
 * families, where a blocker's letters meet unrelated words.
 */
const SIBLINGS: Readonly<Partial<Record<Lang, Lang>>> = { uk: 'ru', ru: 'uk' };

/** A group's terms as a set, made once per compiled group. */
const TERM_SETS = new WeakMap<readonly TermPattern[], ReadonlySet<TermPattern>>();

function termSet(group: readonly TermPattern[]): ReadonlySet<TermPattern> {
  let set = TERM_SETS.get(group);
  if (!set) {
    set = new Set(group);
    TERM_SETS.set(group, set);
  }
  return set;
}

/**
 * The function words of the language a message is written in, when one is clearly (`hostLanguage`): a danger term
 * made of them alone, in another lexicon, is that language's ordinary word (Dutch "die", who, is English "die"; French
 * "mes", my, is Dutch "mes", knife) and is not read there.
 */
interface Host {
  lang: Lang;
  words: ReadonlySet<string>;
}

/** Languages whose function words `hostLanguage` counts. */
const HOST_LANGS: readonly Lang[] = ['fr', 'nl', 'en', 'uk', 'ru', 'ar'];
/** Function words per language, folded as the lexicons read them. */
const FUNCTION_WORDS = new Map<Lang, ReadonlySet<string>>();

function functionWords(lang: Lang): ReadonlySet<string> {
  let set = FUNCTION_WORDS.get(lang);
  if (!set) {
    set = new Set((STOPWORD_LISTS[lang] ?? '').split(/\s+/).filter(Boolean).flatMap((w) => [w, foldAccents(normaliseText(w))]));
    FUNCTION_WORDS.set(lang, set);
  }
  return set;
}

/** Fewest function words that make a message one language's ("een", "die", "ik": three). */
const HOST_MIN = 3;

/**
 * The language whose function words a message holds most, strictly more than any other's and at least `HOST_MIN`;
 * undefined when none leads (a mixed or a short message: every lexicon then reads every word).
 */
function hostLanguage(tokens: readonly string[]): Host | undefined {
  const parts = tokens.flatMap((t) => t.split("'")).filter(Boolean).map((t) => foldAccents(t));
  const counts = HOST_LANGS.map((lang) => {
    const words = functionWords(lang);
    return { lang, words, n: parts.filter((p) => words.has(p)).length };
  }).sort((a, b) => b.n - a.n);
  const [first, second] = counts;
  return first.n >= HOST_MIN && first.n > second.n ? { lang: first.lang, words: first.words } : undefined;
}

/** A term as written in the lexicon, to compare terms of two groups. */
function termKey(t: TermPattern): string {
  return t.map((w) => w.form + (w.prefix ? '*' : '')).join(' ');
}

/** One language's reading of a text. */
function assessIn(lex: CompiledLexicon, tokens: readonly string[], host?: Host): Reading {
  const none: Reading = { figurative: false, topic: false, named: false, frame: false, findings: () => [] };
  const words = readText(lex.lang, tokens);
  if (words.length === 0) return none;
  const candidates = lex.index.candidates(words);
  const at = (t: TermPattern): number => (candidates.has(t) ? termAt(t, words, lex.lang) : -1);
  const groupHit = new Map<string, boolean>();
  const hit = (name: string): boolean => {
    let found = groupHit.get(name);
    if (found === undefined) {
      const group = lex.groups.get(name) ?? [];
      // Whether a term of the group is found: only candidates can be, and they are fewer than a group's terms (a
      // hundred blockers against a handful of candidates) most of the time, so those are the ones looked through.
      if (candidates.size < group.length) {
        const members = termSet(group);
        found = false;
        for (const t of candidates) {
          if (members.has(t) && termAt(t, words, lex.lang) >= 0) {
            found = true;
            break;
          }
        }
      } else found = group.some((t) => at(t) >= 0);
      groupHit.set(name, found);
    }
    return found;
  };
  const weights = new Map<DangerKind, number>();
  /** Kinds found through a rule that holds its combination (a `with` group): only they may reach certain when capped. */
  const combined = new Set<DangerKind>();
  /**
   * The words each danger term covers: two concepts are two terms that share no word ("pills" listed twice, two stems
   * of one word, or "not paying" inside "he is not paying us" count once).
   */
  const places: Array<[number, number]> = [];
  /** The kind of the rule each of `places` was found for. */
  const placeKinds: DangerKind[] = [];
  /** The words each danger term weighing 3 by itself covers (a blocker inside one is its own word). */
  const heavy: Array<[number, number]> = [];
  /** Per kind, the words covered by each of its terms found (for the things they may speak of). */
  const kindSpans = new Map<DangerKind, Array<[number, number]>>();
  /** Per kind, the words covered by each strong concept: one weighing 2 or more, or one that holds its combination. */
  const strongSpans = new Map<DangerKind, Array<[number, number]>>();
  let scorched: Array<[number, number]> | undefined;
  for (const term of candidates) {
    const rules = lex.rulesOf.get(term);
    if (!rules) continue;
    // A term made only of the message's own function words, read by another language's lexicon ("die" in Dutch).
    if (host && host.lang !== lex.lang && term.every((w) => !w.prefix && host.words.has(w.form))) continue;
    const i = at(term);
    if (i < 0) continue;
    // A danger word inside scorched food ("crame" in "j ai cramé le riz", "burnt" in "burnt the rice", "حرقت" in
    // "حرقت الطبخه") speaks of the food: no fire, no burn wound. One inside the name of a lost-property office
    // (`lostfound`: "المفقودات" in "مكتب الاشياء المفقودة", "lost" in "lost and found") names the office: a toy lost
    // in the tram had been a missing child through it.
    scorched ??= COVERING_GROUPS.flatMap((g) => lex.groups.get(g) ?? []).filter((t) => candidates.has(t)).flatMap((t) => termStarts(t, words, lex.lang).map((s): [number, number] => [s, s + t.length - 1]));
    if (scorched.some(([a, b]) => a <= i && i + term.length - 1 <= b)) continue;
    for (const rule of rules) {
      if (!rule.with.every(hit)) continue;
      places.push([i, i + term.length - 1]);
      placeKinds.push(rule.kind);
      if (rule.weight >= 3 && rule.with.length === 0) heavy.push([i, i + term.length - 1]);
      kindSpans.set(rule.kind, [...(kindSpans.get(rule.kind) ?? []), [i, i + term.length - 1]]);
      weights.set(rule.kind, Math.max(weights.get(rule.kind) ?? 0, rule.weight));
      if (rule.with.length > 0) combined.add(rule.kind);
      if (rule.weight >= 2 || rule.with.length > 0) strongSpans.set(rule.kind, [...(strongSpans.get(rule.kind) ?? []), [i, i + term.length - 1]]);
      for (const g of rule.with) {
        if (!COUNTED_GROUPS.has(g)) continue;
        for (const t of lex.groups.get(g) ?? []) {
          const j = at(t);
          if (j >= 0) strongSpans.set(rule.kind, [...(strongSpans.get(rule.kind) ?? []), [j, j + t.length - 1]]);
        }
      }
    }
  }
  // A blocker that lies inside a strong danger term found in the message is that danger's own word, not a topic:
  // "battery" in "my son swallowed a battery" (a topic in "my phone battery died") is what was swallowed. The blocker
  // had made a swallowed button battery the safety check only.
  const topicKind = hit('blockers') ? blockersOutsideDanger() : 'none';
  const topic = topicKind !== 'none';
  /** The only topic words name the setting (`setting`: "CPAS", "huisbaas", "wifi"), not what the message is about. */
  const named = topicKind === 'setting';
  const frame = hit('about') || hit('hypothetical') || hit('frame');
  /**
   * Which blockers are found somewhere no longer danger term covers (a term that is a danger by itself, weighing 3:
   * "swallowed a battery"): none, only words of the setting (the lexicon's `setting` group), or other topics.
   * Not a term as long as the blocker ("shooting [club] at" is the blocker "shooting club"; "опік*", a burn, is the
   * blocker "опікун", a guardian), nor a term that counts only with a group ("titre de séjour" with a boss, where
   * "titre" is the topic), nor a danger word weighing 2 ("ik niet betaal" holds the topic "betaal": "als ik niet
   * betaal voor de crèche, mogen ze de kinderen weigeren?" is a question about fees).
   */
  function blockersOutsideDanger(): 'none' | 'setting' | 'topic' {
    const members = termSet(lex.groups.get('blockers') ?? []);
    const setting = new Set((lex.groups.get('setting') ?? []).map(termKey));
    let found: 'none' | 'setting' | 'topic' = 'none';
    for (const t of candidates) {
      if (!members.has(t)) continue;
      for (const s of termStarts(t, words, lex.lang)) {
        const e = s + t.length - 1;
        if (heavy.some(([a, b]) => a <= s && e <= b && e - s < b - a)) continue;
        if (!setting.has(termKey(t))) return 'topic';
        found = 'setting';
      }
    }
    return found;
  }
  if (weights.size === 0) return { figurative: hit('figurative'), topic, named, frame, findings: () => [] };
  /**
   * Whether a word of urgency is found. "Now" (the lexicon's `nowword`: "now", "maintenant", "сейчас", "هلق", "daba")
   * beside a word that says the danger is over or healed ("it was long ago, now she is fine", "هلق اتطلقوا وهي منيحة",
   * now they are divorced and she is well) says since when things are fine, not that help is needed: only another word
   * of urgency counts then. Stories told before a question (writer AT) put a "now" after every past.
   */
  function urgent(): boolean {
    if (!hit('urgency')) return false;
    if (!hit('over') && !hit('healed')) return true;
    const weak = new Set((lex.groups.get('nowword') ?? []).map(termKey));
    return (lex.groups.get('urgency') ?? []).some((t) => !weak.has(termKey(t)) && at(t) >= 0);
  }
  const base = { person: hit('person'), urgency: urgent(), body: hit('body') };
  let thingStarts: number[] | undefined;
  let deviceStarts: number[] | undefined;
  let phoneStarts: number[] | undefined;
  let foodStarts: number[] | undefined;
  /** Whether every term of the kind has a thing just before it: the danger word speaks of the thing. */
  const ofThings = (kind: DangerKind): boolean => {
    thingStarts ??= (lex.groups.get('thing') ?? []).flatMap((t) => termStarts(t, words, lex.lang));
    deviceStarts ??= (lex.groups.get('device') ?? []).flatMap((t) => termStarts(t, words, lex.lang));
    foodStarts ??= (lex.groups.get('food') ?? []).flatMap((t) => termStarts(t, words, lex.lang));
    const spans = kindSpans.get(kind) ?? [];
    // A phone off or ringing out is a sign a child is missing ("son tel sonne dans le vide"): not a thing there; nor
    // is food, which children go to fetch ("went to buy bread two hours ago"). Food burns or is cut elsewhere
    // ("كتحرق الماكلة", "I burnt the toast").
    const starts = kind === 'missing-child' ? thingStarts : [...thingStarts, ...deviceStarts, ...foodStarts];
    const after = FREE_ORDER.has(lex.lang) ? 1 : 0;
    // Not answering the phone or messages ("il répond plus au tel", "ma kayjawbouch f tilifon", "не отвечает на
    // телефон"): an office, a landlord or a friend who does not pick up, not a body that does not react. The phone
    // comes after the verb in every language (writer AZ, orient-111: "mon proprio me tue avec cette humidité … il
    // répond plus au tel" was the full emergency).
    return spans.length > 0 && spans.every((span) => starts.some((t) => (t < span[0] && t >= span[0] - THING_REACH) || (t > span[1] && t <= span[1] + after)) || (RESPONSE_KINDS.has(kind) && onPhone(span)));
  };
  /** Whether a phone or messages follow the span closely: "ne répond plus au tel", "not answering my messages". */
  const onPhone = ([, b]: [number, number]): boolean => {
    deviceStarts ??= (lex.groups.get('device') ?? []).flatMap((t) => termStarts(t, words, lex.lang));
    phoneStarts ??= (lex.groups.get('phone') ?? []).flatMap((t) => termStarts(t, words, lex.lang));
    return [...deviceStarts, ...phoneStarts].some((t) => t > b && t <= b + PHONE_REACH);
  };
  let conditions: Array<[number, number]> | undefined;
  /** Whether every term of the kind comes just after an "if" ("if there's a fire", "als er brand is", "если пожар"). */
  const supposed = (kind: DangerKind): boolean => {
    conditions ??= (lex.groups.get('conditional') ?? []).flatMap((t) => termStarts(t, words, lex.lang).map((c): [number, number] => [c, c + t.length - 1]));
    const spans = kindSpans.get(kind) ?? [];
    return spans.length > 0 && spans.every(([a]) => conditions!.some(([c, e]) => c < a && a <= e + CONDITION_REACH));
  };
  let soughtStarts: number[] | undefined;
  /**
   * Whether every term of the kind is followed by a thing sought, as the search's object ("не можем найти садик для
   * дочки", "не можемо знайти школу для сина"): a search for a school or a flat for a child, not for the child (the
   * lexicon's `sought` group, in the object's case: "не вернулся из школы" is not one).
   */
  const seeksThing = (kind: DangerKind): boolean => {
    soughtStarts ??= (lex.groups.get('sought') ?? []).flatMap((t) => termStarts(t, words, lex.lang));
    const spans = kindSpans.get(kind) ?? [];
    return soughtStarts.length > 0 && spans.length > 0 && spans.every(([, b]) => soughtStarts!.some((t) => t > b && t <= b + 2));
  };
  let frames: number[] | undefined;
  /** Whether every term of the kind follows a frame closely ("exposé sur les incendies", "фильм про похищение"). */
  const framed = (kind: DangerKind): boolean => {
    frames ??= (lex.groups.get('frame') ?? []).flatMap((t) => termStarts(t, words, lex.lang).map((c) => c + t.length - 1));
    const spans = kindSpans.get(kind) ?? [];
    return frames.length > 0 && spans.length > 0 && spans.every(([a]) => frames!.some((e) => a >= e && a <= e + FRAME_REACH));
  };
  let bills: number[] | undefined;
  /** Whether every term of the kind stands near a bill ("facture dyal gaz", "my gas bill", "рахунок за газ"). */
  const billed = (kind: DangerKind): boolean => {
    bills ??= (lex.groups.get('bill') ?? []).flatMap((t) => termStarts(t, words, lex.lang));
    const spans = kindSpans.get(kind) ?? [];
    return bills.length > 0 && spans.length > 0 && spans.every(([a, b]) => bills!.some((t) => (t < a && t >= a - BILL_REACH) || (t > b && t <= b + BILL_REACH)));
  };
  let afters: Array<[number, number]> | undefined;
  /**
   * Whether every term of the kind starts just after an "after" ("depuis l incendie", "після пожежі", "بعد ما"), or
   * on it: "y a le feu" is found in "y a eu le feu" with a word skipped.
   */
  const afterwards = (kind: DangerKind): boolean => {
    // Only an "after" written whole: "sinds mijn" is not found in "sinds vandaag mijn kinderen" with a word skipped.
    afters ??= (lex.groups.get('after') ?? []).flatMap((t) =>
      termStarts(t, words, lex.lang).filter((s) => termAt(t, words.slice(s, s + t.length), lex.lang) === 0).map((s): [number, number] => [s, s + t.length - 1]),
    );
    const spans = kindSpans.get(kind) ?? [];
    return afters.length > 0 && spans.length > 0 && spans.every(([a]) => afters!.some(([s, e]) => a >= s && a <= e + 1 + AFTER_REACH));
  };
  let vents: Array<[number, number]> | undefined;
  /** Whether every term of the kind is the writer's own intention (`VENT_KINDS`): on it, or just after it. */
  const vented = (kind: DangerKind): boolean => {
    vents ??= (lex.groups.get('vent') ?? []).flatMap((t) => termStarts(t, words, lex.lang).map((s): [number, number] => [s, s + t.length - 1]));
    const spans = kindSpans.get(kind) ?? [];
    return vents.length > 0 && spans.length > 0 && spans.every(([a]) => vents!.some(([s, e]) => a >= s && a <= e + 1 + VENT_REACH));
  };
  let nearEnds: number[] | undefined;
  /** Whether every term of the kind has a near miss just before it ("bijna verdwaald", "чуть не потерялся"). */
  const nearMissed = (kind: DangerKind): boolean => {
    nearEnds ??= (lex.groups.get('nearmiss') ?? []).flatMap((t) => termStarts(t, words, lex.lang).map((s) => s + t.length - 1));
    const spans = kindSpans.get(kind) ?? [];
    return nearEnds.length > 0 && spans.length > 0 && spans.every(([a]) => nearEnds!.some((e) => e < a && e >= a - NEAR_REACH));
  };
  /** Whether a certain finding of this kind lacks what makes it an emergency in this lexicon's reading. */
  const lacking = (kind: DangerKind): boolean => {
    const need = NEEDS_GROUP[kind];
    if (need !== undefined && lex.groups.has(need) && !hit(need)) return true;
    // A weak threat to report someone ("he says he will call the police if I complain", "يتصل بالشرطة إذا اشتكيت")
    // without confinement: no danger to the body, the same legal question.
    return kind === 'threat' && (weights.get(kind) ?? 0) < 3 && hit('report') && lex.groups.has('confine') && !hit('confine');
  };
  /**
   * Whether a word of the message makes this kind ordinary (a drill, a film, a past, a thing): a fact about the
   * message, which every language's reading of the kind shares (`strongestReadingDecides`).
   */
  const marked = (kind: DangerKind): boolean => {
    // A drill; a school project, a film or a series about the danger, which its words follow closely ("a documentary
    // about a kidnapping"; not "we were watching a movie about cars and my dad collapsed").
    if (hit('drill') || framed(kind)) return true;
    // A number asked for a school project or a presentation ("what's the poison centre number? it's for a school
    // project", "welk nummer heeft het antigifcentrum? voor een spreekbeurt"), with nothing that says now.
    if (hit('frame') && hit('about') && !base.urgency && !hit('now')) return true;
    // A question about what to do if it happened, with nothing that says it is happening now; asking which number to
    // call if something happens is one too ("what number do you call if there's a fire", "welk nummer als er brand is").
    // So is a question about the risk or the signs of a danger to come, later or if it happens ("risque d'AVC plus
    // tard ?", "شنو أعراض الجلطة ... إذا صارت لأبويه"): the lexicon's `risk` with its `later` or a condition before the
    // danger's word. Signs told of someone now ("stroke symptoms, his face droops") have neither.
    const supposes = hit('hypothetical') || (hit('about') && supposed(kind)) || (hit('risk') && (hit('later') || supposed(kind)));
    if (HYPOTHETICAL_KINDS.has(kind) && supposes && !base.urgency && !hit('now')) return true;
    // Whether one may carry or own a weapon, asked as a question of the law (the lexicon's `legal` group: "can i
    // legally carry a taser or pepper spray?", "est-ce légal d'avoir un couteau sur soi ?"), with nothing that says
    // now: a rule, not a threat (writer AZ, crisis-111). "He has a gun, is that even legal? He is at our door now"
    // says now.
    if (kind === 'weapon' && hit('legal') && !base.urgency && !hit('now')) return true;
    // A child found again ("on l'a retrouvée", "знайшли", "لقيناه"), unless the message says not yet ("pas retrouvé").
    if (kind === 'missing-child' && hit('found') && !hit('notfound')) return true;
    if (kind === 'missing-child' && seeksThing(kind)) return true;
    // Not being here for a delivery, an appointment, at home (the lexicon's `away` group: "якщо мене не буде вдома
    // сьогодні, кур'єр...", "if im not here tonight, can the delivery..."): "if I'm not here" speaks of an absence,
    // not of dying, unless a farewell is there too.
    if (kind === 'self-harm-suicide' && hit('away') && !hit('farewell')) return true;
    if (VENT_KINDS.has(kind) && hit('office') && vented(kind)) return true;
    // Gas on a bill: what a household pays for, not a leak.
    if (BILL_KINDS.has(kind) && billed(kind)) return true;
    if (NEAR_MISS_KINDS.has(kind) && nearMissed(kind)) return true;
    // A wound told with a betrayal ("stabbed in the back ... she told everyone my secret", "нож в спину"): an idiom.
    if (IDIOM_KINDS.has(kind) && hit('idiom')) return true;
    if (EVENT_KINDS.has(kind) && hit('healed')) return true;
    // An event seen in the news, on television or online (the lexicon's `news` group: "видел в новостях пожар в
    // Генте", "chouft f lakhbar l7ari9 li kan f Molenbeek"), with nothing that says now: someone else's, elsewhere.
    // Two look-alikes of crisis-79 and 81 were the full emergency; weighing 3 ("пожар в"), a topic word did not lower them.
    if (EVENT_KINDS.has(kind) && hit('news') && !base.urgency && !hit('now')) return true;
    if (AFTER_KINDS.has(kind) && afterwards(kind) && !(OVER_KINDS.has(kind) && hit('now'))) return true;
    if (OVER_KINDS.has(kind) && (hit('over') || hit('past')) && !hit('now')) return true;
    // Food scorched in the pan ("борщ пригорів", "плов сгорел", "j ai cramé mes frites", "aangebrand"): the smoke
    // in the flat is the cooking's, not a fire, unless the message calls for help. Two such look-alikes of crisis-47
    // were the emergency reply. Flames or a pan on fire, told without scorched food, stay a fire.
    if (kind === 'fire' && hit('scorched') && !base.urgency) return true;
    // Whether medicines may be taken or given together, asked of a cold or a fever ("je peux prendre du dafalgan et de
    // l'ibuprofène le même jour ?", "can i take ibuprofen w paracetamol?", the lexicon's `dose` group): two medicine
    // names had made a poisoning certain. Only medicine words (weighing under 3): "he swallowed bleach, can I give him
    // milk?" stays a poisoning. Two look-alikes of crisis-91 and 93 were the full emergency so.
    if (kind === 'poisoning' && hit('dose') && (weights.get(kind) ?? 0) < 3 && !base.urgency && !hit('now')) return true;
    // Told as past: only a danger word (weighing 2 at most) is lowered; a concept that holds its combination ("her
    // face droops and she cannot speak") is a danger now whatever came years before.
    if (EVENT_KINDS.has(kind) && hit('past') && !base.urgency && !hit('now') && (weights.get(kind) ?? 0) < 3) return true;
    return THING_KINDS.has(kind) && ofThings(kind);
  };
  const findings = (figure: boolean, siblingTopic: boolean, siblingNamed = false): KindFinding[] => [...weights].map(([kind, w]) => {
    const blocked = figure || ((topic || siblingTopic) && disjoint(strongSpans.get(kind) ?? []) < STRONG_CONCEPTS);
    // Two danger concepts in one message (a knife and blood, pills and not waking up) make each one weigh more. With a
    // topic word, two signs of one event on a body still do ("cut his leg with the chainsaw at the garden job, blood
    // through the towel"), up to a danger word: a topic keeps it at the safety check (`levelOf`).
    // A word that speaks of a thing ("telephone dyali mat", my phone died) is no second sign of a danger: with it,
    // "nsal7o" (to repair it, read as "sla7", a weapon) had weighed 2 and made the emergency reply.
    // Nor is someone who does not answer the phone a second sign of another danger ("mon proprio me tue avec cette
    // humidité … il répond plus au tel"): only of its own kind (a brother who gave his things away and no longer
    // answers, crisis-33).
    // Nor is an employer or an office that does not answer, when the message names one ("Работодатель не заплатил
    // за последний месяц и не отвечает", writer BB, orient-115: the full emergency for unpaid wages) and the words of
    // someone who does not react are the unconscious reading's only ones: a body that does not react is told with
    // its fall ("tombé par terre", the `down` group), which keeps it a sign.
    const unanswered = (span: [number, number]): boolean => {
      if (onPhone(span)) return true;
      const unconscious = kindSpans.get('unconscious-breathing') ?? [];
      return (hit('boss') || hit('office')) && !hit('down') && unconscious.length > 0 && unconscious.every(([a, b]) => a === span[0] && b === span[1]);
    };
    const signs = places.filter((span, n) => !(THING_KINDS.has(placeKinds[n]) && ofThings(placeKinds[n])) && !(placeKinds[n] !== kind && SIGN_RESPONSE_KINDS.has(placeKinds[n]) && unanswered(span)));
    // A kind read only through someone not answering the phone is not made heavier by another kind's sign either.
    const phoneOnly = SIGN_RESPONSE_KINDS.has(kind) && (kindSpans.get(kind) ?? []).every(unanswered);
    const bump = !blocked && !phoneOnly && disjoint(signs) >= 2 ? 1 : blocked && !figure && w === 1 && base.body && EVENT_KINDS.has(kind) && disjoint(kindSpans.get(kind) ?? []) >= 2 ? 1 : 0;
    const weight = Math.min(3, w + bump);
    const onlyNamed = (!topic || named) && (!siblingTopic || siblingNamed);
    let level = levelOf(weight, { ...base, blocked, figurative: figure, settled: hit('past') || hit('healed'), named: onlyNamed });
    if (level === 'certain' && COMBINATION_ONLY.has(kind) && !combined.has(kind)) level = 'possible';
    // A word with ordinary senses (weighing 1) that speaks of a thing is no danger at all ("tilifoun dyali mat, fin n
    // charji", my phone died, where do I charge it; "de motor is dood"): three look-alikes of crisis-45 and 47 got
    // the safety check so. A danger word about a thing keeps it (`marked`).
    if (level !== 'none' && w === 1 && THING_KINDS.has(kind) && ofThings(kind)) level = 'none';
    const reason = level !== 'none' && marked(kind);
    const lower = level === 'certain' && (reason || lacking(kind));
    if (lower) level = 'possible';
    return { kind, lang: lex.lang, weight, level, lowered: lower, reason, blocked };
  });
  return { figurative: hit('figurative'), topic, named, frame, findings };
}

/**
 * Per kind, a reading through a word with ordinary senses only (weighing 1: "accident", with "me" and "help" read as
 * French words in an English message about a car crash where nobody was hurt) is not certain when another language's
 * reading of the same kind weighs more and is not (found with its topic, lowered): the lexicon that reads the danger
 * best decides. It keeps the safety check. A danger word of another lexicon ("javel" read as Dutch) still counts.
 */
function strongestReadingDecides(found: readonly KindFinding[]): KindFinding[] {
  const strongest = new Map<DangerKind, KindFinding>();
  /** Per kind, the heaviest reading with a reason in the message to lower it (a documentary, a drill, a past). */
  const lowered = new Map<DangerKind, number>();
  for (const f of found) {
    const s = strongest.get(f.kind);
    if (!s || f.weight > s.weight || (f.weight === s.weight && RANK[f.level] > RANK[s.level])) strongest.set(f.kind, f);
    if (f.reason === true) lowered.set(f.kind, Math.max(lowered.get(f.kind) ?? 0, f.weight));
  }
  return found.map((f) => {
    if (f.level !== 'certain') return f;
    // A reason to lower a kind is the message's, not one language's: "kidnapping" read by the French and Dutch
    // lexicons in "a documentary about a kidnapping" is lowered as the English reading, which sees "documentary
    // about", is.
    if ((lowered.get(f.kind) ?? 0) >= f.weight) return { ...f, level: 'possible', lowered: true };
    const s = strongest.get(f.kind);
    return s && f.weight === 1 && s.weight > f.weight && s.level !== 'certain' ? { ...f, level: 'possible', lowered: s.lowered } : f;
  });
}

/**
 * A message clearly written in one language (`hostLanguage`) is read best by that language's lexicon: when it finds a
 * kind too, as heavy, and makes it ordinary by a topic word of its own ("for my French course ... is the suicide theme
 * too heavy for class"), another lexicon that reads the same danger by itself (weighing 3: "suicide" is a French and a
 * Dutch word too) and sees no topic gives the safety check at most. One look-alike of crisis-55 got the emergency reply
 * so. A lighter finding, certain through a context word of its own, is left alone ("ma fille a bu de l'eau de javel
 * pendant que je remplissais le formulaire": the French topic is incidental, the Dutch reading stays the emergency).
 */
function hostDecides(found: readonly KindFinding[], host: Lang | undefined): KindFinding[] {
  if (host === undefined) return [...found];
  return found.map((f) => {
    if (f.level !== 'certain' || f.lang === host) return f;
    if (f.weight < 3) return f;
    const own = found.find((h) => h.lang === host && h.kind === f.kind && h.blocked === true && h.weight >= f.weight);
    return own ? { ...f, level: 'possible', lowered: true } : f;
  });
}

/** Assesses texts against compiled lexicons; build once, use for every message. */
export class DangerAssessor {
  private readonly lexicons: CompiledLexicon[];

  constructor(lexicons: Partial<Record<Lang, DangerLexicon>> = LEXICONS) {
    this.lexicons = (Object.entries(lexicons) as [Lang, DangerLexicon][]).map(([lang, lex]) => compileLexicon(lang, lex));
  }

  /**
   * Every language's lexicon reads the text (people mix languages and write Arabic or Russian in Latin letters);
   * `lang`, the conversation's language, only orders the languages found.
   */
  assess(text: string, lang?: Lang): DangerAssessment {
    const tokens = wordsWithApostrophes(conjunctionalMa(text));
    const host = hostLanguage(tokens);
    const read = this.lexicons.map((lex) => assessIn(lex, tokens, host));
    // A joke marker in any language ("lol" in a Russian message) or a laughing emoji makes every reading figurative.
    const figurative = FIGURATIVE_EMOJI.test(text) || FIGURATIVE_SMILEY.test(text) || read.some((r) => r.figurative);
    const readings = read
      .flatMap((r, i) => {
        const sibling = SIBLINGS[this.lexicons[i].lang];
        const other = read.find((_, j) => this.lexicons[j].lang === sibling);
        return r.findings(figurative, other?.topic === true, other?.named === true);
      });
    const found = hostDecides(strongestReadingDecides(readings), host?.lang);
    // A finding lowered from certain (a drill, a healed burn, a phone that drowned) makes a crisis phrase ordinary too,
    // and so does a question about the danger (a number, a hypothetical, a film), or a reason to lower a finding that
    // was not certain to begin with (a fire seen on television: "по телевізору показували пожежу", possible on its
    // own, had been made certain by the crisis phrase "пожежа").
    const blocked = figurative || read.some((r) => r.topic || r.frame) || found.some((f) => f.lowered === true || f.reason === true);
    const findings = found.filter((f) => f.level !== 'none');
    if (findings.length === 0) return { level: 'none', kinds: [], langs: [], blocked };
    const level = findings.reduce<DangerLevel>((best, f) => (RANK[f.level] > RANK[best] ? f.level : best), 'none');
    const top = findings.filter((f) => f.level === level).sort((a, b) => b.weight - a.weight || DANGER_KINDS.indexOf(a.kind) - DANGER_KINDS.indexOf(b.kind));
    const kinds = [...new Set(top.map((f) => f.kind))];
    const langs = [...new Set(top.map((f) => f.lang))].sort((a, b) => Number(b === lang) - Number(a === lang));
    return { level, kinds, langs, blocked };
  }
}

/**
 * Arabic "ما" after "since" or a word of manner is no negation: "من وقت ما وصلنا" is "since we arrived", not "we did
 * not arrive" (a child not come home, for the net), as are "من يوم ما", "قبل ما", "كل ما", "زي ما", "طول ما". Glued to
 * the word before, as Arabic also writes it ("كلما"), it no longer begins a negated verb. Not after a bare "ساعة" or
 * "يوم" ("نص ساعة ما لقيتها", half an hour I have not found her) nor after "بعد" (Levantine "still": "بعد ما رجع", he
 * has still not come back); "ما رجع من وقت ما طلع" keeps its first, negating ما.
 */
const CONJUNCTIONAL_MA = /(^|[\s\u060c،.])(من\s+(?:وقت|يوم|ساعه|ساعة)|قبل|كل|زي|متل|مثل|طول)\s+ما(?=\s)/gu;

function conjunctionalMa(text: string): string {
  return /[\u0600-\u06FF]/.test(text) ? text.replace(CONJUNCTIONAL_MA, '$1$2ما') : text;
}

let shared: DangerAssessor | undefined;

/** `DangerAssessor.assess` with the lexicons shipped in src/crisis/lexicons. */
export function assessDanger(text: string, lang?: Lang): DangerAssessment {
  shared ??= new DangerAssessor();
  return shared.assess(text, lang);
}
