// The answerer: reads the question's place and named status, asks the engine for a ranking, lets the policy decide
// answer / clarify / fallback, and routes the services for the place it used.
import { KnowledgeError } from '../knowledge/problems';
import { NameMatcher } from '../language/names';
import { words } from '../language/tokenize';
import { stopwords } from '../language/stopwords';
import {
  PIVOT_LANG,
  type Entry,
  type KnowledgeBase,
  type Lang,
  type Place,
  type RoutedService,
  type Status,
  type Topic,
} from '../knowledge/types';
import type { Router } from '../routing/router';
import { postalCodeInList } from '../routing/services';
import type { SearchDoc } from '../search/index';
import { DEFAULT_ENGINE_OPTIONS, Engine, type DocMeta, type EngineOptions } from './engine';
import { DEFAULT_POLICY_OPTIONS, validatePolicyOptions, type PolicyOptions } from './policy';
import { askEngine, outsideByWords, searchText } from './ask';
import type { AnswerDecision, AnswererPort, AnswerRequest } from './types';

/** The names a question is read for (topics, statuses stated, statuses stated or hinted): the bot's and the eval's. */
export function questionNames(
  options: Pick<AnswererOptions, 'topicNames' | 'statusNames' | 'statusHints' | 'offTopicWords' | 'offTopicSoftWords' | 'officeServiceWords' | 'livingOnWords' | 'selfDescriptionWords' | 'contactWords'>,
): {
  topics: NameMatcher<Topic>;
  statuses: NameMatcher<Status>;
  statusesOrHints: NameMatcher<Status>;
  offTopic: PhraseList;
  offTopicSoft: PhraseList;
  officeService: PhraseList;
  livingOn: PhraseList;
  selfDescription: PhraseList;
  contact: NameMatcher<'contact'>;
} {
  const both: Partial<Record<Status, string[]>> = { ...options.statusNames };
  for (const [k, v] of Object.entries(options.statusHints) as Array<[Status, string[]]>) both[k] = [...(both[k] ?? []), ...v];
  return {
    topics: new NameMatcher(options.topicNames),
    statuses: new NameMatcher(options.statusNames),
    statusesOrHints: new NameMatcher(both),
    offTopic: new PhraseList(options.offTopicWords),
    offTopicSoft: new PhraseList(options.offTopicSoftWords),
    officeService: new PhraseList(options.officeServiceWords),
    livingOn: new PhraseList(options.livingOnWords),
    selfDescription: new PhraseList(options.selfDescriptionWords),
    contact: new NameMatcher({ contact: Object.values(options.contactWords).flat() }),
  };
}

/** Whole words or phrases per language, matched as written (folded), side by side: no stems, no other language. */
export class PhraseList {
  /** Per language, the phrases (as words) filed by their first word: only those a word of the text begins are tried. */
  private readonly byLang = new Map<string, Map<string, string[][]>>();

  constructor(phrases: Readonly<Record<string, readonly string[]>>) {
    for (const [lang, list] of Object.entries(phrases)) {
      const byFirst = new Map<string, string[][]>();
      for (const p of list.map((x) => words(x)).filter((w) => w.length > 0)) {
        const filed = byFirst.get(p[0]);
        if (filed) filed.push(p);
        else byFirst.set(p[0], [p]);
      }
      this.byLang.set(lang, byFirst);
    }
  }

  /** Whether `text` holds one of `lang`'s phrases. */
  has(text: string, lang: string): boolean {
    const byFirst = this.byLang.get(lang);
    if (!byFirst) return false;
    const ws = words(text);
    for (let i = 0; i < ws.length; i++) {
      const phrases = byFirst.get(ws[i]);
      if (phrases === undefined) continue;
      for (const p of phrases) {
        let all = i + p.length <= ws.length;
        for (let j = 1; j < p.length && all; j++) all = ws[i + j] === p[j];
        if (all) return true;
      }
    }
    return false;
  }

  /** The word right after each of `lang`'s phrases `text` holds (after the longest one where several start). */
  following(text: string, lang: string): string[] {
    const byFirst = this.byLang.get(lang);
    if (!byFirst) return [];
    const ws = words(text);
    const out: string[] = [];
    for (let i = 0; i < ws.length; i++) {
      let longest = 0;
      for (const p of byFirst.get(ws[i]) ?? []) {
        let all = i + p.length < ws.length;
        for (let j = 1; j < p.length && all; j++) all = ws[i + j] === p[j];
        if (all && p.length > longest) longest = p.length;
      }
      if (longest > 0) out.push(ws[i + longest]);
    }
    return out;
  }

  /** `text`'s words without those of `lang`'s phrases it holds (search input, not for display). */
  without(text: string, lang: string): string {
    const byFirst = this.byLang.get(lang);
    const ws = words(text);
    if (!byFirst) return ws.join(' ');
    const cut = new Array<boolean>(ws.length).fill(false);
    for (let i = 0; i < ws.length; i++) {
      for (const p of byFirst.get(ws[i]) ?? []) {
        let all = i + p.length <= ws.length;
        for (let j = 1; j < p.length && all; j++) all = ws[i + j] === p[j];
        if (all) cut.fill(true, i, i + p.length);
      }
    }
    return ws.filter((_, i) => !cut[i]).join(' ');
  }
}

/** Options of the answerer: the engine's, the policy's, and how the question is read. */
export interface AnswererOptions extends EngineOptions, PolicyOptions {
  /** Id of the emergency entry; any entry with topic "emergency" is used when it is missing. */
  emergencyEntryId: string;
  /**
   * Names that settle the topic when a question uses them: institutions ("CPAS", "OCMW", "CRI", "BAPA", "Forem")
   * and the pathway's own names, any language. They are in so many entries that their rarity says little, yet
   * "financial help from the CPAS" is about the CPAS, not about legal aid. Entries of a named topic score
   * `namedTopicBoost` more, and entries of other topics are no longer offered as rivals.
   */
  topicNames: Partial<Record<Topic, string[]>>;
  /**
   * Names of statuses, any language: a question that names one ("я біженець", "as a refugee") is asked by a
   * person with that status, so entries written for it are not weighed down by `unknownStatusAudienceWeight`.
   * On the kb-r2 probes "я біженець, хочу привезти дружину, який термін подати заяву" got the general family
   * reunification entry, without the refugees' 6-month deadline, because of that weight.
   */
  statusNames: Partial<Record<Status, string[]>>;
  /**
   * Words that hint at a status without stating it: people displaced from Ukraine say where they come from far
   * more often than the name of their status. They weigh like `statusNames` in the ranking, but a hint is never
   * kept as the person's status ("my mother is still in Ukraine" says nothing of the writer's own).
   */
  statusHints: Partial<Record<Status, string[]>>;
  /**
   * Whether a commune named in the question stands for the person's place when the request has none (see
   * `decide`). On the kb-r2 probes over HTTP, without it a question like "hi im in liege, the commune said i
   * must do a course at CRI, by when??" got a Wallonia/Brussels choice and no office.
   */
  placeFromQuestion: boolean;
  /**
   * Whether the words naming the commune found in the question are left out of the search (see `decide`); they
   * are always left out of what an entry must cover. Off: on the in-scope probes without a postal code, with
   * "j'habite à / ik woon in / я живу в <town>" put before them (3 towns each, 666 questions), on it gets 629 right
   * topics and off 617, but without the prefix it costs 2 of 222 (218 → 216): region entries lose the help of
   * "Brussel" or "Liège" in their own questions.
   */
  ignorePlaceNames: boolean;
  /**
   * Whether the words stating the asker's status ("je suis reconnu réfugié", "ми під тимчасовим захистом") are left
   * out of the search when at least two other words remain (see `statusEntryNeedShare` for when they are kept):
   * they say who asks (kept as the status, which picks the entries that apply), not what is asked, and they pulled
   * a refugee's question about the A card to the refugees' family-reunification entry.
   */
  statusOutOfSearch: boolean;
  /**
   * With `statusOutOfSearch`, the share of the best support (searched without the status's words) that an entry
   * written for the asker's status, best when searched with them, must hold to be kept. 0.3: the tuning batches
   * orient-1, -3, -5, -7 328 → 332 of 384 right topics, probes 508 of 514 and after "I live in <town>" 636 of 666
   * as before, 1 of 598 golden answers changed; 0.4: 1 of the status coverage cases lost; 0.6: 3; 0.8: 9.
   */
  statusEntryNeedShare: number;
  /**
   * Institutions as people write them, and the name the entries use (whole words, any case): searched as that name.
   * "скільки дає сипас" fell back: "сипас" is in no entry, "CPAS" in many.
   */
  institutionSpellings: Readonly<Record<string, string>>;
  /**
   * Words of subjects Relais does not cover (football, recipes, jokes, crypto, films, pets), any language: a
   * question holding one is outside what Relais covers unless an entry holds at least `offTopicOverride` of it. On
   * the tuning batches, such lines were answered through a word they share with an entry ("wiezen … kaarten", a
   * residence card; "mon chat vomit", a doctor). Danger is read before, by the crisis net. See the policy's
   * `offTopicOverride`.
   */
  offTopicWords: Readonly<Record<string, readonly string[]>>;
  /**
   * Subjects Relais does not cover that a question in scope may still mention (a religious practice, a phone plan):
   * such a question is outside what Relais covers only when, without the status it states, nothing answers it either.
   * "After Ramadan I want to enrol my son, where?" is answered; "I am an asylum seeker, may I fast with my
   * medication?" is not, where the status's own entries used to carry it (writer Z, tuning orient-59: 13 of 24
   * off-topic lines answered).
   */
  offTopicSoftWords: Readonly<Record<string, readonly string[]>>;
  /**
   * Belgian words people keep in Latin letters inside a message in another script ("подскажите что с leefloon?",
   * "شو لازم اعمل مع ال OKAN؟", "що робити з gezinshereniging?"): per language, the languages whose keywords each
   * entry lends its document there, without their function words. A probe of 32 such words in five frames found
   * 40 of 160 answered off their topic or not at all.
   */
  borrowedKeywords: Readonly<Record<string, readonly string[]>>;
  /**
   * What people ask an office to do for them (pay, cover, help, reimburse): an office named beside a subject outside
   * Relais is where the question comes from ("who won yesterday, my mate from Actiris bet me 10 euros"), unless the
   * question asks the office for one of these ("can the CPAS pay my son's football club?", which stays in scope).
   */
  officeServiceWords: Readonly<Record<string, readonly string[]>>;
  /**
   * The CPAS named as what one lives on, not as what one asks about ("je suis au CPAS", "I'm on CPAS", "وانا عالـ
   * CPAS", "ما حدا بيقبل CPAS"): not a named topic (`topicNames`). "Landlords hang up when I say I'm on CPAS" is a
   * housing question; the CPAS named so made the installation premium win over finding a home (tuning lines of writers
   * AH, AM, AS).
   */
  livingOnWords: Readonly<Record<string, readonly string[]>>;
  /**
   * How people say who they are or what they do ("je suis", "ik werk als", "я по профессии", "انا"): the word that
   * follows, when no entry knows it, is their trade ("je suis plombier, comment trouver du travail", "я сварщик, как
   * найти работу") and is not held against the question (`SearchQuery.forgivable`). Weighed as the rarest word, the
   * trade left the need under half the question, and the question fell back.
   */
  selfDescriptionWords: Readonly<Record<string, readonly string[]>>;
  /**
   * How people ask to reach an office (its address, hours, phone, door, counter, how to find it): beside an institution's name ("адреса
   * CPAS в Ікселі", "عنوان السيباس في سكاربيك", "Actiris office in Saint-Josse") they ask for that institution, and
   * the question is searched without them when its reading is not already about an institution it names ("адреса"
   * had made it the entry for people without an address). Any language's words, matched in all (writer BE).
   */
  contactWords: Readonly<Record<string, readonly string[]>>;
}

/** Defaults. */
export const DEFAULT_OPTIONS: AnswererOptions = {
  ...DEFAULT_ENGINE_OPTIONS,
  ...DEFAULT_POLICY_OPTIONS,
  emergencyEntryId: 'emergency-help',
  topicNames: {
    cpas: [
      'CPAS', 'OCMW', 'سيباس', 'السيباس',
      // As people write it: spelled out, with the Darija article glued on, in Cyrillic; Flemish OCMWs are "Sociaal Huis".
      'cepeas', 'cé pé as', 'lcpas', 'sociaal huis', 'сипас', 'сіпас', 'ципас', 'цпас', 'سي باس', 'الCPAS', 'ОЦМВ', 'ОКМВ',
      // Dictated to a phone, the letters come back as heard: "sepasse", "o see em wee". "See pass" only after "the":
      // analysed as French it is "se passe", and "il se passe quoi ?" named the CPAS.
      'sepasse', 'sé pé a', 'the see pass', 'o see em wee', 'oo see em wee', 'o c m w', 'السي باس', 'سي بي ايه اس',
      'السي بي ايه اس', 'سي بي اي اس',
      // Institutions from elsewhere (below).
      'Sozialamt', 'Bürgergeld', 'Buergergeld', 'Sozialhilfe', 'Hartz IV', 'RSA', 'bijstandsuitkering', 'Socialtjänsten',
      'соцзахист', 'соцзащита', 'собес', 'Universal Credit',
      // "Social security" as the Arab states name their welfare office (writer AW: "kayn chi haja bhal d-daman
      // l-ijtima3i hna?").
      'الضمان الاجتماعي', 'ضمان اجتماعي', 'daman ijtima3i', 'daman l-ijtima3i', 'daman lijtima3i', 'd-daman l-ijtima3i',
      'ddaman l-ijtima3i', 'ddaman lijtima3i',
      // Described rather than named, by people who do not know the name or whose translator rendered it word for word
      // ("la maison de l'aide des pauvres", "the office for poor people", "بيت المساعدة الاجتماعية").
      'aide des pauvres', 'bureau des pauvres', 'maison des pauvres', "bureau d'aide sociale", "maison de l'aide sociale",
      'office for poor people', 'office for the poor', 'house for poor people', 'social help office', 'social help house',
      'social aid office', 'welfare office', 'bureau voor de armen', 'huis voor de armen', 'armenbureau',
      'офіс для бідних', 'допомога для бідних', 'офис для бедных', 'помощь для бедных', 'мэрия для бедных',
      'مكتب المساعدة الاجتماعية', 'بيت المساعدة الاجتماعية', 'مكتب الفقراء', 'مساعدة الفقراء', 'بيت الفقراء',
    ],
    // People who lived in another country first name its institutions for the need ("in Germany the
    // Ausländerbehörde gave me a Fiktionsbescheinigung, what do they give here", "у Німеччині Sozialamt платив").
    // Not the German Jobcenter (work and welfare alike), not "préfecture" (a French residence office, named in bank
    // and school questions for its receipt), not "bijstand" (also Dutch for legal assistance), nor names whose stem
    // is a word: France's CAF ("café" stems to "caf"), Poland's MOPS (Dutch "mop", a joke). Tuning batches:
    // orient-21/23 (first tuning on them) 162 -> 165 of 192 right topics, orient-1 ... 19 867 of 960 unchanged.
    residence: [
      'Ausländerbehörde', 'Auslaenderbehoerde', 'Ausländeramt', 'Auslaenderamt', 'Home Office', 'Migrationsverket', 'UDSC',
      'urząd do spraw cudzoziemców', 'urząd wojewódzki', 'urzad wojewodzki', 'ОВИР', 'ОВІР', 'УФМС', 'міграційна служба',
      'миграционная служба',
      // Registering one's address, named as at home or in Germany ("де тут аналог ЦНАПу, мені треба зробити прописку",
      // "wo ist hier das Bürgeramt für die Anmeldung"): the commune's registration.
      'ЦНАП', 'ЦНАПу', 'ЦНАПі', 'МФЦ', 'прописка', 'прописку', 'прописки', 'паспортний стіл', 'паспортный стол', 'Anmeldung',
      'Bürgeramt', 'Buergeramt', 'Einwohnermeldeamt', 'Meldeamt', 'IND',
      // Registering at the commune said in Arabic, and the annex it gives heard as "انيكس" (writer AY: "كيف سجل حالي
      // بالبلدية", "اسوي تسجيل بالبلدية بأرلون", "ورقة انيكس جا من بلدية").
      'تسجيل بالبلدية', 'تسجيل في البلدية', 'التسجيل في البلدية', 'التسجيل بالبلدية', 'تسجيلي في البلدية', 'سجل حالي بالبلدية',
      'اسجل حالي بالبلدية', 'اسجل في البلدية', 'اسجل بالبلدية', 'نسجل في البلدية', 'نتسجل في البلدية', 'نسجل فالكومين',
      'نتسجل فالكومين', 'انيكس', 'الانيكس', 'انكس', 'الانكس',
      // A status asked for, not stated: "can I also get temporary protection, my husband is Ukrainian" is a question
      // about the right of stay, whatever status words it holds.
      'obtenir la protection temporaire', 'avoir la protection temporaire', 'demander la protection temporaire',
      'tijdelijke bescherming krijgen', 'tijdelijke bescherming aanvragen', 'get temporary protection',
      'apply for temporary protection', 'qualify for temporary protection', 'отримати тимчасовий захист',
      'оформити тимчасовий захист', 'получить временную защиту', 'оформить временную защиту',
      'الحصول على الحماية المؤقتة', 'نحصل على الحماية المؤقتة', 'احصل على الحماية المؤقتة',
    ],
    housing: [
      'HLM', 'Wohnberechtigungsschein', 'Mietkaution', 'Kaution', 'Kautionskonto', 'woningcorporatie', 'ЖЕК', 'ЖЭК',
      'council housing', 'council flat', 'council house', 'housing benefit', 'huurtoeslag', 'Wohngeld',
      // Social housing named, however short ("хотят соц жильё", "logement soc"), whoever the family is. Not the
      // Ukrainian "соціальне житло": named, it put the general housing entry ahead of the social-housing ones.
      'logement social', 'logements sociaux', 'logement soc', 'sociale woning', 'sociale huisvesting', 'social housing',
      'соц жильё', 'соц жилье', 'соцжильё', 'соцжилье', 'социальное жильё', 'социальное жилье', 'sociaal appartement',
      'سكن اجتماعي', 'السكن الاجتماعي', 'سكن الاجتماعي',
      // A lease named ("договір оренди закінчується, власник не хоче продовжувати", writer BC): its end and renewal
      // are words of a residence card too, which had won. Not the bare "bail", English for a court's bail; not the
      // Arabic "عقد الإيجار", asked of as a paper to bring ("لازم اجيب عقد الايجار وياي؟"): two tuning lines lost so.
      'contrat de bail', 'mon bail', 'le bail', 'fin de bail', 'fin du bail', 'contrat de location', 'huurcontract',
      'huurovereenkomst', 'lease', 'tenancy agreement', 'rental contract', 'rental agreement', 'договір оренди', 'договору оренди',
      'договір найму', 'договор аренды', 'договора аренды', 'договор найма',
    ],
    'integration-pathway': [
      'CRI', 'BAPA', "parcours d'intégration", "parcours d'accueil", 'inburgering', 'in burgering', 'inburgeringstraject',
      // The Belgian names written in Cyrillic as heard ("мені інбургерінг не обов'язково?").
      'інбургерінг', 'інбургеринг', 'инбургеринг', 'інбюргерінг', 'инбюргеринг', 'БАПА',
      // And in Arabic letters, the Dutch g heard as خ or غ, or written گ (read ق). Not BAPA with the Persian p
      // (الباپا): read as ب, it is البابا, the pope.
      'انبورخرينغ', 'انبورغرينغ', 'انبرخرنغ', 'انبرغرنغ', 'انبرقرنق', 'انبورقرينق', 'انبورجرينج', 'الانبورخرينغ', 'الانبرقرنق',
      'الانبورغرينغ',
      'integratietraject', 'onthaalbureau', 'integration pathway', 'reception pathway', 'програма інтеграції',
      'курс інтеграції', 'программа интеграции', 'курс интеграции', 'مسار الاندماج',
      'Orientierungskurs', 'inburgeringsexamen', 'OFII',
      // The course and its parts as people name them ("everyone tells me something different about the integration
      // course", "pas de place pour le module citoyenneté", "inburgeringsattest").
      'integration course', 'integration courses', 'citizenship course', 'module citoyenneté', 'formation à la citoyenneté',
      'inburgeringscursus', 'inburgeringsattest', 'інтеграційний курс', 'інтеграційні курси', 'интеграционный курс',
      'интеграционные курсы', 'دورة الاندماج', 'دروس الاندماج',
    ],
    employment: [
      'Forem', 'Actiris', 'VDAB', 'Форем', 'Актіріс', 'Актирис', 'ВДАБ',
      // Dictated or written by ear.
      'le for hem', 'for hem', 'for em', 'forhem', 'aktiris', 'vee dee aa bee', 'v d a b', 'فوريم', 'الفوريم', 'اكتيريس', 'أكتيريس',
      'Arbeitsamt', 'Agentur für Arbeit', 'Pôle emploi', 'France Travail', 'UWV', 'Urząd Pracy', 'urzad pracy',
      'центр зайнятості', 'центр занятости', 'біржа праці', 'биржа труда', 'Arbetsförmedlingen', 'Jobcentre Plus',
      // The employment services of the Maghreb (Algeria's ANEM, Morocco's ANAPEC), named by people who knew them first.
      'ANEM', 'ANAPEC', 'لانيم', 'الانابيك', 'لانابيك', 'Arbeitsagentur', 'Bundesagentur für Arbeit',
      // A work permit named in Arabic or as heard ("باترون يقول لازم بيرمي شغل"): the question is about working.
      'بيرمي شغل', 'بيرمي دو ترافاي', 'بيرمي ترافاي', 'تصريح عمل', 'تصريح العمل', 'اذن عمل', 'اذن العمل', 'رخصة عمل',
      'رخصة العمل',
      // A temp agency named is a question about work, however it went wrong (writer AZ: "меня кинуло кадровое
      // агентство", "تعرضت للنصب من وكالة تشغيل", "verbrand door een uitzendkantoor").
      'agence interim', 'agence d interim', "agence d'intérim", 'agence intérim', 'uitzendkantoor', 'interimkantoor', 'temp agency',
      'кадровое агентство', 'кадрове агентство', 'кадровое агенство', 'кадрове агенство', 'وكالة تشغيل', 'وكالة التشغيل',
    ],
    // A language course named is the need, whatever work or school the question also speaks of ("I want to learn
    // French quickly for work, I am an engineer").
    'language-courses': [
      'cours de français', 'cours de néerlandais', 'apprendre le français', 'apprendre le néerlandais', 'french course',
      'french courses', 'french class', 'french classes', 'french lessons', 'dutch course', 'dutch courses', 'dutch classes',
      'dutch lessons', 'learn french', 'learn dutch', 'cursus Nederlands', 'cursus Frans', 'les Nederlands',
      'lessen Nederlands', 'Nederlandse les', 'Nederlandse lessen', 'Nederlands leren', 'Franse les', 'курси французької',
      'курси нідерландської', 'курс французької', 'курсы французского', 'курсы нидерландского', 'курс французского',
      'دروس الفرنسية', 'دروس اللغة الفرنسية', 'تعلم الفرنسية', 'كور ديال الفرونسي', 'كورس فرنساوي',
      // Learning the language said with the verb people use, whatever its prefix ("где учат французский с нуля",
      // "де вчать французьку", "nmchi fin n9ra lfransawi"): the stem meets other forms of the same verb only.
      'учат французский', 'учить французский', 'учу французский', 'изучать французский', 'учить нидерландский',
      'учат нидерландский', 'учить голландский', 'французский с нуля', 'нидерландский с нуля', 'вчать французьку',
      'вчити французьку', 'вчу французьку', 'вивчати французьку', 'вчити нідерландську', 'вчать нідерландську',
      'французьку з нуля', 'французька з нуля', 'n9ra lfransawi', 'n9ra fransawi', 'na9ra lfransawi', 'na9ra français',
      'n9ra français', 'na9ra francais', 'n9ra francais', 'nt3lm lfransawi', 'nt3alem français', 'نقرا الفرنساوية',
      'نقرا الفرنسية', 'نقرا الفرنساوي', 'نتعلم الفرنسية', 'نتعلم الفرنساوي', 'نتعلم الفرنساوية', 'نتعلم اللغة الفرنسية',
      // Dutch learnt, said as French is above (writer AY: "fin n9ra néerlandais f Antwerpen?" fell back).
      'n9ra néerlandais', 'n9ra neerlandais', 'na9ra néerlandais', 'na9ra neerlandais', 'n9ra lhollandi', 'n9ra hollandi',
      'nt3alem néerlandais', 'nt3lm néerlandais', 'nt3allam hollandi', 'at3allam hollandi', 'n9ra nederlands',
      'نقرا الهولندية', 'نقرا الهولندي', 'نتعلم الهولندية', 'نتعلم الهولندي', 'اتعلم الهولندية', 'اتعلم الهولندي',
      'تعلم الهولندية', 'تعلم اللغة الهولندية', 'دروس الهولندية', 'دروس اللغة الهولندية', 'دروس هولندي', 'كورس هولندي',
    ],
    // The procedure named ("говорят для воссоединения нужен доход, а у меня пособие CPAS") is the question's subject,
    // whatever institution the person also names.
    'family-reunification': [
      'regroupement familial', 'gezinshereniging', 'family reunification', 'family reunion', 'воссоединение семьи',
      'воссоединения семьи', 'воссоединение', 'воссоединения', "возз'єднання сім'ї", "возз'єднання", 'لم الشمل',
      'لم شمل', 'للم الشمل', 'Familiennachzug', 'Familienzusammenführung',
      'spouse visa', 'family visa', 'partner visa', 'visa de conjoint', 'visum gezinshereniging',
      // Bringing a family member over, said without the procedure's name ("i want to bring my husband, he is not EU").
      'bring my husband', 'bring my wife', 'bring my family', 'bring my children', 'bring my kids', 'bring my son',
      'bring my daughter', 'bring my parents', 'bring my mother', 'faire venir ma femme', 'faire venir mon mari',
      'faire venir ma famille', 'faire venir mes enfants', 'faire venir mon fils', 'faire venir ma fille',
      'faire venir ma mere', 'mijn vrouw laten overkomen', 'mijn man laten overkomen', 'mijn gezin laten overkomen',
      'mijn kinderen laten overkomen', 'привезти жену', 'привезти мужа', 'привезти семью', 'привезти детей',
      'перевезти семью', 'забрати дружину', 'забрати чоловіка', "забрати сім'ю", 'забрати дітей', 'привезти сімʼю',
      'جيب مراتي', 'نجيب مراتي', 'نجيب عائلتي', 'جيب عيلتي', 'احضار زوجتي', 'احضار عائلتي', 'احضار اولادي',
      // Brothers and sisters too (the need is asked even where the law may say no), and "how do I bring them" in
      // Darija and Levantine after the family is named.
      'bring my brother', 'bring my brothers', 'bring my sister', 'bring my sisters', 'bring my little brother',
      'bring my little brothers', 'bring my small brothers', 'faire venir mon frere', 'faire venir mes freres',
      'faire venir ma soeur', 'faire venir mes soeurs', 'mijn broer laten overkomen', 'mijn zus laten overkomen',
      'привезти брата', 'привезти сестру', 'забрати брата', 'забрати сестру', 'كيف اجيبهم', 'كيفاش نجيبهم', 'كيف جيبهم',
    ],
    // A sworn translation named is the help with papers in one's language ("a sworn translator, the commune wont take
    // it in english"), whatever document it is for.
    'daily-life': [
      'traducteur juré', 'traductrice jurée', 'traduction jurée', 'beëdigd vertaler', 'beëdigde vertaling', 'sworn translator',
      'sworn translation', 'присяжний перекладач', 'присяжного перекладача', 'присяжный переводчик', 'присяжного переводчика',
      'مترجم محلف', 'ترجمة محلفة',
      // The transport operators named are a question about getting around (writer AX: "скільки коштує квиток SNCB для
      // дітей", which fell back on school): 18 of the 21 tuning lines naming one were about daily life.
      'SNCB', 'NMBS', 'STIB', 'MIVB', 'De Lijn', 'Brupass',
      // Wallonia's buses too: the four tuning lines naming TEC are about fares (writer BB: "الاشتراك بالباص TEC لطلاب
      // المدارس" went to school).
      'TEC',
      // And in Arabic: a transport card, a train ticket ("ازاي اطلع كارنيه المواصلات بسعر مخفض", tuning orient-69).
      'كارنيه المواصلات', 'بطاقة المواصلات', 'اشتراك المواصلات', 'تذكرة القطار', 'تذكرة قطار', 'تذكرة قطر', 'تذكرة الترام',
      'تذكرة الباص', 'تذكرة الميترو', 'اشتراك الباص', 'الاشتراك بالباص', 'اشتراك الترام', 'اشتراك الميترو',
    ],
    // A diploma's recognition named is the question's subject ("the company wants an equivalence, how long").
    education: [
      'équivalence', 'equivalence', 'équivalence de diplôme', 'NARIC', 'gelijkwaardigheid', 'gelijkschakeling',
      'erkenning van mijn diploma', 'diploma laten erkennen', 'diploma erkennen', 'diploma recognition', 'recognise my degree',
      'recognize my degree', 'degree recognised', 'degree recognized', 'нострифікація', 'нострификация', 'визнання диплому',
      'визнання диплома', 'признание диплома', 'подтвердить диплом', 'معادلة الشهادة', 'معادلة الدبلوم', 'معادلة شهادتي',
      // The verb in Darija, with its object glued on ("كيفاش نعادلهم هنا", how do I get them recognised here).
      'نعادل', 'نعادلهم', 'نعادلها', 'نعادلو',
      // What school costs a family: the canteen and outings (writer AZ: "la cantine de l'école coûte 3 € par jour",
      // "школа просит 150 евро за экскурсию и столовую"), a question about school, not health or the CPAS.
      'cantine', 'cantine scolaire', 'frais scolaires', 'school canteen', 'school lunch', 'school fees', 'schoolrekening',
      'schoolkosten', 'шкільна їдальня', 'шкільну їдальню', 'школьная столовая', 'школьную столовую', 'مطعم المدرسة',
    ],
    // A lawyer or legal aid named is the question's subject ("she doesnt have a lawyer, how does she find a free one").
    'legal-aid': [
      'avocat', 'avocate', 'pro deo', 'aide juridique', 'BAJ', 'advocaat', 'juridische bijstand', 'lawyer', 'legal aid',
      'адвокат', 'адвоката', 'адвокатом', 'безкоштовний адвокат', 'бесплатный адвокат', 'محامي', 'محامية', 'المحامي',
      'محامي مجاني', 'avoka', 'l avocat',
    ],
    health: [
      'mutuelle', 'mutualité', 'ziekenfonds', 'mutuality', 'мютюель', 'мютюэль', 'la mutuel', 'ziekefonds', 'الميتويل', 'الموتيال',
      'Krankenkasse', 'Krankenversicherung', 'AOK', 'CPAM', 'carte vitale', 'zorgverzekering', 'zorgverzekeraar', 'NFZ',
      // The health insurance fund described or translated word for word ("la caisse de la maladie", "het fonds van de
      // ziekte", "лікарняна каса").
      'caisse de maladie', 'caisse de la maladie', 'caisse maladie', 'fonds van de ziekte', 'ziekenkas', 'sickness fund',
      'sickness insurance', 'лікарняна каса', 'лікарняну касу', 'больничная касса', 'больничную кассу', 'صندوق المرض',
      'تأمين المرض',
      // A family doctor named as another country's system names it (writer AW, orient-105: "how do i sign up with a
      // GP", "как прикрепиться к поликлинике", "في مصر كنت بروح المستوصف"): the need is a doctor here.
      // "GP" with its article: "the Belgian GP" is a race.
      'a GP', 'my GP', 'the GP', 'our GP', 'a local GP', 'GP surgery', 'GP practice', 'GP appointment', 'NHS', 'Hausarzt', 'médecin traitant', 'поликлиника', 'поликлинику', 'поликлинике', 'поліклініка',
      'поліклініку', 'поліклініці', 'сімейний лікар', 'сімейного лікаря', 'семейный врач', 'семейного врача', 'участковый врач',
      'المستوصف', 'مستوصف', 'طبيب العائلة', 'طبيب الاسرة',
      // The mutualité translated word for word ("ما هو التعاضدية؟", writer AY's translation-app Arabic) or heard.
      'التعاضدية', 'تعاضدية', 'التعاضدي', 'موتيال', 'ميتويل', 'الموتويل', 'موتويل',
    ],
  },
  namedTopicBoost: 0.5,
  statusNames: {
    refugee: [
      'réfugié', 'réfugiée', 'vluchteling', 'refugee', 'біженець', 'біженка', 'беженец', 'беженка', 'لاجئ', 'لاجئة',
      // Other cases of the noun, which stem apart: "статус беженца", "я визнаний біженцем".
      'беженца', 'беженцем', 'біженця', 'біженцем', 'erkend vluchteling', 'erkende vluchteling', 'statut de réfugié',
      'refugee status', 'صفة اللاجئ', 'صفة لاجئ',
      // Said with the recognition, whose words then go with the status's: "reconnu" is no need either.
      'reconnu réfugié', 'réfugié reconnu', 'reconnue réfugiée', 'réfugiée reconnue', 'reconnu comme réfugié',
      'recognised refugee', 'recognized refugee', 'granted refugee status', 'got refugee status', 'erkend als vluchteling',
      'визнаний біженцем', 'визнана біженкою', 'признан беженцем', 'признана беженкой', 'لاجئ معترف به',
    ],
    'subsidiary-protection': [
      'protection subsidiaire', 'subsidiaire bescherming', 'subsidiary protection', 'субсидіарний захист',
      'субсидиарная защита', 'الحماية الفرعية', 'حماية فرعية', 'الحماية الثانوية', 'حماية ثانوية', 'protection subsidiaire',
    ],
    'temporary-protection': ['protection temporaire', 'tijdelijke bescherming', 'temporary protection', 'тимчасовий захист', 'временная защита', 'الحماية المؤقتة'],
    'asylum-seeker': [
      "demandeur d'asile", "demandeuse d'asile", "demande d'asile", 'carte orange', 'asielzoeker', 'asielaanvraag', 'oranje kaart',
      'asylum seeker', 'asylum application', 'orange card', 'шукач притулку', 'шукачка притулку', 'прохач притулку',
      'помаранчева картка', 'ищу убежища', 'проситель убежища', 'оранжевая карта', 'оранжевая карточка', 'طالب لجوء',
      'طالبة لجوء', 'طلب اللجوء', 'البطاقة البرتقالية',
      // The procedure named rather than the person: "je suis en procédure d'asile", "я в процедуре убежища".
      "procédure d'asile", 'asielprocedure', 'asylum procedure', 'процедура убежища', 'процедура притулку',
      'процедурі притулку', 'подал на убежище', 'попросил убежища', 'طالب اللجوء', 'طلبت اللجوء', 'الكارت البرتقالي',
    ],
    // Statuses added for issue 14: a question naming one reaches the entries written for it (urgent medical aid
    // without papers, EU citizens and students) instead of being weighed down as "for some only".
    undocumented: [
      'sans-papiers', 'sans papiers', 'séjour illégal', 'séjour irrégulier', 'zonder papieren', 'undocumented',
      'without papers', 'no papers', 'без документів', 'без документов', 'بدون أوراق', 'بدون اوراق', 'بلا أوراق',
      // Said as "I have no papers", in spoken Arabic and in Latin letters too.
      'pas de papiers', 'geen papieren', 'без бумаг', 'нет документов', 'немає документів',
      'ما عندي اوراق', 'ما عندي أوراق', 'ما عنديش الوراق', 'ما عنديش لوراق', 'معنديش الوراق', 'بلا وراق', 'بلا ورق',
      'ما معي اوراق', 'ما معي ورق', 'ma3andich lwra9', 'bla wra9', 'bla lwra9',
    ],
    'eu-citizen': [
      'citoyen européen', 'citoyenne européenne', "citoyen de l'Union européenne", 'EU-burger', 'Europese burger',
      'EU citizen', 'European citizen', 'громадянин ЄС', 'громадянка ЄС', 'гражданин ЕС', 'гражданка ЕС', 'مواطن أوروبي',
    ],
    student: ['étudiant', 'étudiante', 'student', 'студент', 'студентка', 'طالب جامعي', 'طالبة جامعية', 'طالب بالجامعة', 'طالب في الجامعة'],
    // The cards say the status: the F card is a family member's (reunification).
    'family-reunification': [
      'carte F', 'F-kaart', 'F card', 'карта F', 'картка F',
      // The way one came, said as a status ("venue avec le regroupement familial, je voudrais apprendre le français"):
      // not the words alone, which ask how to bring one's family.
      'avec le regroupement familial', 'par regroupement familial', 'par le regroupement familial',
      'via le regroupement familial', 'dans le cadre du regroupement familial', 'en regroupement familial',
      'under family reunification', 'through family reunification', 'via family reunification', 'by family reunification',
      'on family reunification', 'with family reunification', 'via gezinshereniging', 'met gezinshereniging',
      'door gezinshereniging', 'in het kader van gezinshereniging', "за возз'єднанням сім'ї", 'за возз’єднанням сім’ї',
      "через возз'єднання сім'ї", 'по воссоединению семьи', 'через воссоединение семьи', 'по воссоединению',
      'عن طريق لم الشمل', 'بلم الشمل', 'في إطار لم الشمل', 'ب لم الشمل', 'b regroupement familial', 'bi regroupement familial',
      '3an tari9 regroupement familial',
      // In Arabizi ("i7na jina b lam shaml", we came through family reunification: writer AM).
      'b lam shaml', 'b lam chaml', 'blam shaml', 'blam chaml', 'b lam el shaml', 'bi lam shaml', 'b lamm shaml', 'b lam chamel',
      '3an tari2 lam shaml', '3an tari9 lam chaml',
    ],
  },
  statusHints: {
    'temporary-protection': [
      // People displaced from Ukraine say where they come from far more often than the name of their status.
      'Ukraine', 'ukrainien', 'ukrainienne', 'ukrainiens', 'Oekraïne', 'Oekraïens', 'Oekraïense', 'Oekraïner',
      'Ukrainian', 'Україна', 'України', 'Україні', 'українець', 'українка', 'українці', 'Украина', 'Украины',
      'Украине', 'украинец', 'украинка', 'украинцы', 'أوكرانيا', 'أوكراني', 'أوكرانية', 'اوكرانيا',
    ],
  },
  offTopicWords: {
    // Words only, as written (no stems: "reception" and Dutch "recept" share one); not "рецепт", "recept" or "وصفة",
    // which are doctors' prescriptions too, nor "معادلة" (an equation, and a diploma's equivalence), nor words for a
    // girlfriend ("j'habite chez une copine"), nor a mosque or a church, where people hear what they come to check ("a
    // guy at the mosque said 10 years minimum for social housing").
    en: [
      // Keeping fit and looking after one's looks (writer BK, a body behind the question): outside, not health.
      'yoga', 'pilates', 'zumba', 'lose weight', 'losing weight', 'lose belly fat', 'six pack', 'face cream', 'skin cream', 'protein shake',
      // A staff member's private life or number, a football club (writer AC: asked of an office, outside it).
      'personal whatsapp', 'personal number', 'private number', 'invite her for dinner', 'invite him for dinner', 'club brugge',
      'football', 'soccer', 'joke', 'jokes', 'recipe', 'recipes', 'bitcoin', 'crypto', 'cryptocurrency', 'movie',
      'movies', 'netflix', 'song', 'songs', 'horoscope', 'lottery', 'pizza', 'vet', 'veterinarian', 'forecast', 'poker',
      // Weather, poems and lyrics, household repairs, homework, dishes, apps and games.
      'weather', 'poem', 'lyrics', 'washing machine', 'cracked screen', 'equation', 'equations', 'couscous', 'photoshop', 'instagram', 'tiktok', 'playstation', 'fortnite', 'minecraft',
      'video game', 'video games', 'final boss', 'elden ring', 'pubg', 'call of duty',
      'going to rain', 'will it rain', 'rain tomorrow', 'rain this weekend', 'chocolate', 'walking tour',
      // Match results and phones' prices.
      'what time is it', 'who won', 'afcon', 'world cup', 'champions league', 'iphone', 'samsung galaxy',
      // Religion, flirting, celebrities and clubs, flights, phones and apps, prices of goods, essays, sports, cooking, astrology.
      'prayer time', 'prayer times', 'quran', 'bible', 'are you single', 'marry me', 'i love you',
      'you are beautiful', 'ur beautiful', 'date me', 'go out with me', 'messi', 'ronaldo', 'mbappe', 'neymar',
      'lukaku', 'de bruyne', 'stromae', 'shakira', 'beyonce', 'rihanna', 'taylor swift', 'drake', 'elon musk',
      'real madrid', 'barca', 'psg', 'arsenal', 'chelsea', 'liverpool', 'manchester', 'flight ticket', 'cheap flight',
      'cheap flights', 'plane ticket', 'ryanair', 'broken screen', 'screen broken', 'phone screen', 'charger',
      'wifi password', 'app keeps crashing', 'photo editing', 'gold price', 'price of gold', 'petrol price', 'used car',
      'ps5', 'xbox', 'essay', 'basketball', 'tennis', 'formula 1', 'ufc', 'boxing', 'how to cook', 'pancakes', 'cake',
      'biryani', 'jollof', 'guitar', 'zodiac', 'tarot', 'dating app', 'tinder',
      // Snow and sledging, sights and museums, a sura to explain (December batches: people ask the bot anything).
      'snow', 'going to snow', 'will it snow', 'sledging', 'sledge', 'skiing', 'ski resort', 'museum', 'tourist trap', 'sightseeing', 'atomium', 'manneken pis', 'surah', 'tafsir', 'meaning of the verse',
      // Beer and gifts to buy, Christmas markets, maths to explain (not a homework school: "fractions", not "homework").
      'beer', 'beers', 'gift idea', 'christmas market', 'christmas markets', 'fractions', 'multiplication tables',
      // Computers, sights to visit, a phrase to translate, a quiz or capital, a match's date.
      'laptop', 'keeps restarting', 'places to visit', 'worth visiting', 'sightseeing', 'how do you say', 'translate this', 'capital of', 'quiz', 'when is the match',
      // A sports club or lessons for a child, money sent home, the weather (writers AR, AS, twenty-second session).
      'swimming lessons', 'swimming club', 'football club', 'karate', 'judo', 'send money home', 'money transfer', 'western union',
      // Dishes, pets, bicycles, headphones, a phone in water, games and jokes (writers AT and AU, twenty-third session).
      'bike chain', 'chain keeps falling', 'gears', 'kebab place', 'good kebab', 'qibla', 'headphones', 'earphones',
      // Subjects at the edge of what Relais covers (writer AZ, twenty-sixth session): a traffic fine, car insurance,
      // buying a home, a wedding hall, a body sent home, a train abroad, a home internet plan, a bike, church times. Not
      // shops and supermarkets, which are also where people work ("job étudiant chez Delhaize", tuning orient-25).
      'parking fine', 'parking ticket', 'speeding ticket', 'speeding fine', 'traffic fine', 'red light fine', 'ran a red light', 'car insurance',
      'insure my car', 'notary fees', 'notary fee', 'buy a flat', 'buying a flat', 'buy an apartment', 'buying an apartment', 'buy a house',
      'buying a house', 'mortgage', 'wedding hall', 'wedding venue', 'party hall', 'repatriate the body', 'repatriation of the body', 'eurostar',
      'thalys', 'flixbus', 'train to paris', 'train to amsterdam', 'internet subscription', 'home internet',
      'internet provider', 'second hand bike', 'second-hand bike', 'used bike', 'sunday mass', 'english mass',
      'friday prayer', 'waffles', 'carbonnade', 'stoemp',
      // A gym, a cheap hairdresser (writer BC); not the trade itself, which people ask work or a diploma for.
      'gym', 'gym membership', 'fitness', 'cheap hairdresser', 'cheap barber', 'barbershop', 'haircut',
    ],
    fr: [
      // Garder la forme et prendre soin de son apparence (writer BK): outside, not health.
      'yoga', 'pilates', 'zumba', 'maigrir', 'perdre du poids', 'perdre du ventre', 'musculation', 'creme pour le visage', 'crème pour le visage',
      // A staff member's private life or number, a football club (writer AC: asked of an office, outside it).
      'numero perso', 'numéro perso', 'numero personnel', 'numéro personnel', 'club brugge',
      'foot', 'football', 'blague', 'blagues', 'recette', 'recettes', 'bitcoin', 'crypto', 'film', 'films', 'netflix',
      // A phone's SIM card; Belgian "dracher" (to pour with rain).
      'carte SIM', 'dracher', 'drache',
      'chanson', 'chansons', 'horoscope', 'loto', 'pizza', 'gateau', 'veto', 'veterinaire', 'meteo', 'mon chat',
      'mon chien',
      // Weather, poems and lyrics, household repairs, homework, dishes, apps and games.
      'pleuvoir', 'il pleut', 'poeme', 'poème', 'machine a laver', 'machine à laver', 'lave-linge', 'écran fissuré', 'ecran fissure', 'équation', 'equation', 'équations', 'equations', 'couscous', 'photoshop', 'instagram', 'tiktok', 'playstation', 'fortnite', 'minecraft', 'jeu vidéo', 'jeu video', 'jeux vidéo', 'jeux video', 'pubg',
      'va pleuvoir', 'quel temps il fait', 'il fait quel temps', 'fait quel temps', 'chocolat', 'chocolats',
      'quelle heure est il', 'quelle heure il est', 'qui a gagné', 'qui a gagne', 'coupe du monde', 'ligue des champions', 'iphone', 'samsung galaxy',
      // Religion, flirting, celebrities and clubs, flights, phones and apps, prices of goods, essays, sports, cooking, astrology.
      'heure de priere', 'heures de priere', 'horaires de priere', 'coran', 'bible', 'tu es celibataire',
      't es celibataire', 'je t aime', 'tu es belle', 't es belle', 'tu es mignonne', 'sortir avec moi', 'epouse moi',
      'marie toi avec moi', 'messi', 'ronaldo', 'mbappe', 'neymar', 'lukaku', 'de bruyne', 'stromae', 'angele',
      'shakira', 'beyonce', 'real madrid', 'barca', 'psg', 'billet d avion', 'billets d avion', 'vol pas cher',
      'ryanair', 'ecran casse', 'chargeur', 'mot de passe wifi', 'reparer mon telephone', 'appli plante',
      'prix de l or', 'prix de l essence', 'voiture d occasion', 'ps5', 'xbox', 'redaction', 'dissertation', 'basket',
      'tennis', 'formule 1', 'boxe', 'crepes', 'tajine', 'guitare', 'signe astrologique', 'tarot', 'tinder',
      // Snow and sledging, sights and museums, a sura to explain (December batches: people ask the bot anything).
      'neige', 'neiger', 'va neiger', 'luge', 'ski', 'station de ski', 'musee', 'atomium', 'manneken pis', 'piege a touristes', 'sourate', 'tafsir', 'explication du verset',
      // Beer and gifts to buy, Christmas markets, maths to explain (not a homework school: "fractions", not "devoirs").
      'biere', 'bieres', 'idee cadeau', 'idee de cadeau', 'marche de noel', 'fractions', 'tables de multiplication',
      // Ordinateurs, lieux à visiter, une phrase à traduire, un quiz ou une capitale, la date d'un match.
      'ordinateur portable', 'pc portable', 'lieux a visiter', 'comment on dit', 'comment dit on', 'traduire cette phrase', 'quiz', 'le match',
      // A sports club or lessons for a child, money sent home, the weather (writers AR, AS, twenty-second session).
      'club de foot', 'club de football', 'cours de natation', 'natation', 'judo', 'karaté', 'envoyer de l argent', "envoyer de l'argent", 'western union', 'va faire quel temps', 'quel temps demain', 'la météo', 'météo',
      // Dishes, pets, bicycles, headphones, a phone in water, games and jokes (writers AT and AU, twenty-third session).
      'chaine de mon velo', 'dérailleur', 'derailleur', 'qibla', 'écouteurs', 'ecouteurs', 'dans le jeu', 'la mission du jeu',
      // Subjects at the edge of what Relais covers (writer AZ, twenty-sixth session): a traffic fine, car insurance,
      // buying a home, a wedding hall, a body sent home, a train abroad, a home internet plan, a bike, church times. Not
      // shops and supermarkets, which are also where people work ("job étudiant chez Delhaize", tuning orient-25).
      'amende de stationnement', 'pv de stationnement', 'amende de roulage', 'exces de vitesse', 'excès de vitesse', 'amende pour un feu rouge',
      'assurance auto', 'assurance voiture', 'assurance de la voiture', 'assurance de ma voiture', 'frais de notaire', 'acheter un appartement',
      'acheter un appart', 'acheter une maison', 'pret hypothecaire', 'prêt hypothécaire', 'credit hypothecaire', 'crédit hypothécaire', 'salle de mariage',
      'salle des fetes', 'salle des fêtes', 'salle pour un mariage', 'rapatrier le corps', 'rapatriement du corps', 'rapatriement de corps', 'eurostar',
      'thalys', 'flixbus', 'train pour paris', 'train pour amsterdam', 'abonnement internet', 'internet a la maison', 'internet à la maison',
      'fournisseur internet', 'velo d occasion', 'vélo d occasion',
      "vélo d'occasion", 'messe du dimanche', 'heure de la messe', 'priere du vendredi', 'prière du vendredi', 'carbonnade', 'carbonade', 'stoemp', 'gaufres',
      // A gym, a cheap hairdresser (writer BC); not the trade itself, which people ask work or a diploma for.
      'salle de sport', 'salle de fitness', 'fitness', 'abonnement fitness', 'coiffeur pas cher', 'salon de coiffure',
    ],
    nl: [
      // Fit blijven en verzorging (writer BK): outside, not health.
      'yoga', 'pilates', 'zumba', 'afvallen', 'vermageren', 'sportschool', 'gezichtscreme', 'gezichtscrème',
      // A staff member's private life or number, a football club (writer AC: asked of an office, outside it).
      'privénummer', 'privé nummer', 'persoonlijk nummer', 'gsm scherm', 'scherm gebarsten', 'club brugge',
      'voetbal', 'mop', 'moppen', 'grap', 'grappen', 'bitcoin', 'crypto', 'film', 'netflix', 'liedje', 'horoscoop', 'simkaart',
      'lotto', 'pizza', 'taart', 'dierenarts', 'weerbericht', 'kaartspel', 'wiezen', 'mijn kat', 'mijn hond',
      // Weather, poems and lyrics, household repairs, homework, dishes, apps and games.
      'regenen', 'gedicht', 'songtekst', 'wasmachine', 'gebarsten scherm', 'couscous', 'photoshop', 'instagram', 'tiktok', 'playstation', 'fortnite', 'minecraft', 'videospel', 'videospelletje', 'pubg',
      'gaat het regenen', 'chocolade', 'pralines',
      'hoe laat is het', 'wie heeft gewonnen', 'wie won', 'wereldbeker', 'champions league', 'iphone', 'samsung galaxy',
      // Religion, flirting, celebrities and clubs, flights, phones and apps, prices of goods, essays, sports, cooking, astrology.
      'gebedstijden', 'koran', 'bijbel', 'ben je single', 'ik hou van jou', 'ik hou van je', 'je bent mooi',
      'ge zijt schoon', 'trouw met mij', 'uitgaan met mij', 'messi', 'ronaldo', 'mbappe', 'lukaku', 'de bruyne',
      'stromae', 'shakira', 'beyonce', 'real madrid', 'barca', 'psg', 'vliegticket', 'vliegtickets', 'goedkope vlucht',
      'ryanair', 'scherm kapot', 'kapot scherm', 'oplader', 'wifi wachtwoord', 'gsm herstellen', 'gsm repareren',
      'fotos bewerken', 'goudprijs', 'benzineprijs', 'tweedehands auto', 'ps5', 'xbox', 'opstel', 'basketbal', 'tennis',
      'formule 1', 'boksen', 'pannenkoeken', 'gitaar', 'sterrenbeeld', 'tarot', 'tinder',
      // Snow and sledging, sights and museums, a sura to explain (December batches: people ask the bot anything).
      'sneeuw', 'sneeuwen', 'gaat het sneeuwen', 'slee', 'sleeen', 'skien', 'museum', 'atomium', 'manneken pis', 'toeristenval', 'soera', 'het weer morgen', 'wat is het weer', 'hoe is het weer',
      // Beer and gifts to buy, Christmas markets, maths to explain (not "breuken": also broken bones).
      'bier', 'pintje', 'cadeautje', 'kerstmarkt', 'kerstmarkten', 'vergelijkingen', 'maaltafels',
      // Computers, bezienswaardigheden, een zin te vertalen, een quiz of hoofdstad, wanneer een match is.
      'laptop', 'bezienswaardigheden', 'bezoeken in', 'hoe zeg je', 'vertaal deze zin', 'hoofdstad van', 'quiz', 'de match',
      // A sports club or lessons for a child, money sent home, the weather (writers AR, AS, twenty-second session).
      'voetbalclub', 'zwemles', 'zwemlessen', 'judo', 'geld sturen', 'geld opsturen', 'western union',
      // Dishes, pets, bicycles, headphones, a phone in water, games and jokes (writers AT and AU, twenty-third session).
      'fietsketting', 'ketting van mijn fiets', 'stoofvleessaus', 'oortjes', 'koptelefoon', 'breuken delen',
      // Subjects at the edge of what Relais covers (writer AZ, twenty-sixth session): a traffic fine, car insurance,
      // buying a home, a wedding hall, a body sent home, a train abroad, a home internet plan, a bike, church times. Not
      // shops and supermarkets, which are also where people work ("job étudiant chez Delhaize", tuning orient-25).
      'parkeerboete', 'verkeersboete', 'boete voor fout parkeren', 'snelheidsboete', 'flitsboete', 'geflitst', 'autoverzekering', 'notariskosten',
      'appartement kopen', 'huis kopen', 'woning kopen', 'hypotheek', 'hypothecaire lening', 'trouwzaal', 'feestzaal', 'repatriëring', 'repatriering',
      'eurostar', 'thalys', 'flixbus', 'trein naar parijs', 'trein naar amsterdam', 'internetabonnement', 'internet abonnement', 'internet thuis',
      'tweedehands fiets', 'zondagsmis', 'mis op zondag', 'vrijdaggebed',
      'stoofvlees', 'stoemp', 'wafels', 'waterzooi',
      // A gym, a cheap hairdresser (writer BC); not the trade itself.
      'fitness', 'sportschool', 'goedkope kapper', 'kapsalon',
    ],
    uk: [
      // Keeping fit and looks (writer BK): outside, not health.
      'йога', 'йоги', 'йогу', 'пілатес', 'зумба', 'схуднути', 'схуднення', 'спортзал', 'спортзалі',
      // A staff member's private life or number, a football club (writer AC: asked of an office, outside it).
      'особистий номер', 'є хлопець', 'має хлопця',
      // Video games by name: their words of killing speak of the game.
      'відеогра', 'відеогри', 'відеоігри', 'pubg',
      'футбол', 'анекдот', 'жарт', 'біткоїн', 'біткоїна', 'фільм', 'серіал', 'пісня', 'гороскоп', 'лотерея', 'піца',
      'ветеринар', 'прогноз погоди', 'мій кіт', 'мій собака', 'сім-карта', 'сімка', 'сімку',
      // Weather, poems and lyrics, household repairs, homework, dishes, apps and games.
      'погода', 'погоди', 'дощ', 'вірш', 'вірша', 'пральна машина', 'пральну машину', 'пральної машини', 'рівняння', 'кускус', 'борщ', 'борщу', 'інстаграм', 'тікток', 'плейстейшн',
      'шоколад', 'шоколаду', 'цукерки', 'віршах', 'мого кота', 'моєї кішки', 'мого собаки',
      'котра година', 'скільки зараз часу', 'хто виграв', 'чемпіонат світу', 'ліга чемпіонів', 'айфон', 'айфона', 'самсунг',
      // Religion, flirting, celebrities and clubs, flights, phones and apps, prices of goods, essays, sports, cooking, astrology.
      'біблія', 'коран', 'я тебе кохаю', 'ти гарна', 'ти красива',
      'вийдеш за мене', 'ти вільна', 'месі', 'мессі', 'роналду', 'мбаппе', 'шакіра', 'реал мадрид', 'авіаквиток',
      'авіаквитки', 'квиток на літак', 'квитки на літак', 'райанейр', 'розбитий екран', 'розбив екран', 'зарядка',
      'зарядку', 'ремонт телефону', 'ціна золота', 'вживане авто', 'сочинение', 'твір', 'баскетбол', 'теніс', 'бокс',
      'вареники', 'гітара', 'знак зодіаку', 'таро', 'тіндер',
      // Snow and sledging, sights and museums, a sura to explain (December batches: people ask the bot anything).
      'сніг', 'снігу', 'санки', 'лижі', 'музей', 'музею', 'атоміум', 'сура', 'сури', 'суру', 'тафсір', 'тлумачення сури',
      // Beer and gifts to buy, Christmas markets, maths to explain (not "ярмарок" alone: a job fair too).
      'пиво', 'подарунок', 'різдвяний ярмарок', 'дроби', 'таблиця множення',
      // Комп'ютери, що подивитися, фраза перекласти, вікторина чи столиця, коли матч.
      'ноутбук', 'що подивитися', 'визначні місця', 'як сказати', 'перекладіть фразу', 'вікторина', 'матч',
      // A sports club or lessons for a child, money sent home, the weather (writers AR, AS, twenty-second session).
      'секція', 'секцію', 'секції', 'плавання', 'переказати гроші', 'надіслати гроші', 'відправити гроші',
      // Dishes, pets, bicycles, headphones, a phone in water, games and jokes (writers AT and AU, twenty-third session).
      'пісню', 'перекласти пісню', 'навушники', 'навушників', 'ветеринара', 'кіт перестав', 'велосипедний ланцюг', 'задачу з фізики', 'з фізики',
      // Subjects at the edge of what Relais covers (writer AZ, twenty-sixth session): a traffic fine, car insurance,
      // buying a home, a wedding hall, a body sent home, a train abroad, a home internet plan, a bike, church times. Not
      // shops and supermarkets, which are also where people work ("job étudiant chez Delhaize", tuning orient-25).
      'штраф за паркування', 'штраф за парковку', 'штраф за швидкість', 'штраф за перевищення', 'перевищення швидкості', 'страховка на авто',
      'страховка на машину', 'страхування авто', 'автостраховка', 'купити квартиру', 'купити будинок', 'купівля квартири', 'іпотека', 'іпотеку',
      'зал для весілля', 'зал на весілля', 'весільний зал', 'перевезти тіло', 'репатріація тіла', 'поїзд до парижа', 'потяг до парижа', 'eurostar', 'thalys',
      'flixbus', 'домашній інтернет', 'інтернет вдома', 'інтернет додому', 'вживаний велосипед', 'купити велосипед',
      'служба в церкві', 'літургія', 'вафлі', 'вафель',
      // A gym, a hairdresser's salon (writer BC); not the trade itself.
      'спортзал', 'тренажерний зал', 'фітнес', 'перукарня', 'барбершоп',
    ],
    ru: [
      // Keeping fit and looks (writer BK): outside, not health.
      'йога', 'йоги', 'йогу', 'пилатес', 'зумба', 'похудеть', 'похудения', 'спортзал', 'спортзале', 'фитнес',
      // A staff member's private life or number, a football club (writer AC: asked of an office, outside it).
      'личный номер', 'есть парень', 'на рыбалку',
      // Video games by name: their words of killing speak of the game.
      'видеоигра', 'видеоигры', 'видеоигру', 'pubg',
      'футбол', 'анекдот', 'шутка', 'шутку', 'биткоин', 'биткоина', 'фильм', 'сериал', 'песня', 'гороскоп',
      'лотерея', 'пицца', 'ветеринар', 'прогноз погоды', 'мой кот', 'моя кошка', 'моя собака', 'курсовая', 'курсовую',
      'сим-карта', 'симка', 'симку',
      // Weather, poems and lyrics, household repairs, homework, dishes, apps and games.
      'погода', 'погоды', 'дождь', 'стих', 'стихотворение', 'стишок', 'стиральная машина', 'стиральную машину', 'стиральной машины', 'уравнение', 'уравнения', 'кускус', 'борщ', 'борща', 'инстаграм', 'тикток', 'плейстейшн',
      'шоколад', 'шоколада', 'конфеты', 'стихах', 'моего кота', 'моей кошки', 'моей собаки',
      'который час', 'сколько времени сейчас', 'кто выиграл', 'чемпионат мира', 'лига чемпионов', 'айфон', 'айфона', 'самсунг',
      // Religion, flirting, celebrities and clubs, flights, phones and apps, prices of goods, essays, sports, cooking, astrology.
      'библия', 'коран', 'намаз', 'я тебя люблю', 'ты красивая', 'выйдешь за меня',
      'ты свободна', 'давай встретимся', 'месси', 'роналду', 'мбаппе', 'шакира', 'реал мадрид', 'авиабилет',
      'авиабилеты', 'билет на самолет', 'билеты на самолет', 'райанэйр', 'разбитый экран', 'разбил экран', 'зарядка',
      'зарядку', 'ремонт телефона', 'телефон не включается', 'xiaomi', 'сяоми', 'цена золота', 'подержанная машина', 'сочинение', 'баскетбол', 'теннис', 'бокс',
      'плов', 'гитара', 'знак зодиака', 'таро', 'тиндер',
      // Snow and sledging, sights and museums, a sura to explain (December batches: people ask the bot anything).
      'снег', 'снега', 'санки', 'лыжи', 'музей', 'музея', 'атомиум', 'сура', 'суры', 'суру', 'тафсир', 'толкование суры',
      // Beer and gifts to buy, Christmas markets, maths to explain (not "ярмарка" alone: a job fair too).
      'пиво', 'подарок', 'рождественская ярмарка', 'дроби', 'таблица умножения',
      // Компьютеры, что посмотреть, фразу перевести, викторина или столица, когда матч.
      'ноутбук', 'что посмотреть', 'достопримечательности', 'как сказать', 'переведите фразу', 'викторина', 'матч',
      // A sports club or lessons for a child, money sent home, the weather (writers AR, AS, twenty-second session).
      'секция', 'секцию', 'секции', 'плавание', 'плаванием', 'борьбы', 'перевести деньги', 'отправить деньги', 'вестерн юнион',
      // Dishes, pets, bicycles, headphones, a phone in water, games and jokes (writers AT and AU, twenty-third session).
      'ветеринара', 'кот перестал', 'наушники', 'наушников', 'задачей по физике', 'задачу по физике', 'по физике', 'цепь на велосипеде', 'песню',
      // Subjects at the edge of what Relais covers (writer AZ, twenty-sixth session): a traffic fine, car insurance,
      // buying a home, a wedding hall, a body sent home, a train abroad, a home internet plan, a bike, church times. Not
      // shops and supermarkets, which are also where people work ("job étudiant chez Delhaize", tuning orient-25).
      'штраф за парковку', 'штраф за превышение', 'штраф за скорость', 'превышение скорости', 'страховка на машину', 'страховка на авто',
      'страховку на машину', 'страховку на авто', 'автостраховка', 'страхование авто', 'купить квартиру', 'купить дом', 'покупка квартиры', 'ипотека',
      'ипотеку', 'kupit kvartiru', 'ipoteka', 'зал для свадьбы', 'зал на свадьбу', 'свадебный зал', 'перевезти тело', 'репатриация тела', 'поезд до парижа',
      'поезд в париж', 'eurostar', 'thalys', 'flixbus', 'домашний интернет', 'интернет домой', 'интернет дома', 'подержанный велосипед', 'купить велосипед', 'служба в церкви', 'литургия', 'вафли', 'вафель',
      // A gym, a hairdresser's salon, a car's CV joint (writers BB, BC); not the trade itself, nor a steering wheel (a driver's job).
      'спортзал', 'тренажерный зал', 'фитнес', 'парикмахерская', 'барбершоп', 'шрус',
    ],
    ar: [
      // Keeping fit and looks (writer BK): outside, not health.
      'يوغا', 'اليوغا', 'رجيم', 'ريجيم', 'الرجيم', 'الريجيم', 'تنحيف', 'نادي رياضي', 'صالة رياضة',
      // Video games by name: their words of killing speak of the game.
      'ببجي', 'pubg', 'فري فاير',
      'كرة القدم', 'الكورة', 'ماتش', 'المباراة', 'مباراة', 'نكتة', 'نكته', 'بيتكوين', 'فيلم', 'مسلسل', 'أغنية', 'اغنية',
      'الأبراج', 'الابراج', 'بيتزا', 'طاجين', 'الطاجين', 'بيطري', 'قطتي', 'كلبي',
      // Weather, poems and lyrics, household repairs, homework, dishes, apps and games.
      'الطقس', 'طقس', 'قصيدة', 'غسالة', 'الغسالة', 'الكسكس', 'كسكس', 'انستغرام', 'انستجرام', 'تيك توك', 'بلايستيشن',
      'شوكولا', 'شوكولاتة', 'الشوكولاتة',
      'كم الساعة', 'شحال فالساعة', 'مين ربح', 'من فاز', 'شكون ربح', 'كأس العالم', 'كاس العالم', 'ايفون', 'آيفون', 'الايفون', 'سامسونغ',
      // Religion, flirting, celebrities and clubs, flights, phones and apps, prices of goods, essays, sports, cooking, astrology.
      'أوقات الصلاة', 'اوقات الصلاة', 'وقت الصلاة', 'القرآن', 'القران', 'بحبك', 'احبك', 'نحبك', 'انتي حلوة',
      'تتزوجيني', 'تتجوزيني', 'ميسي', 'رونالدو', 'عمرو دياب', 'محمد صلاح', 'شاكيرا', 'ريال مدريد', 'تذكرة طيران',
      'تذاكر طيران', 'تذكرة الطيارة', 'رايان اير', 'شاشة مكسورة', 'الشاشة تكسرت', 'شارجور', 'الشاحن', 'تصليح التلفون',
      'تصليح الهاتف', 'سعر الذهب', 'سيارة مستعملة', 'كرة السلة', 'التنس', 'الملاكمة', 'كيف اطبخ', 'كيفاش نطيب',
      'المقلوبة', 'الكنافة', 'القيتار', 'برجي', 'التاروت',
      // Snow and sledging, sights and museums, a sura to explain (December batches: people ask the bot anything).
      'الثلج', 'ثلج', 'راح تثلج', 'التزلج', 'متحف', 'المتحف', 'الأتوميوم', 'سورة', 'تفسير سورة', 'تفسير آية', 'تفسير الاية',
      // Beer and gifts to buy, Christmas markets, a prayer to say, maths to explain (not "معادلة", above).
      'بيرة', 'هدية', 'سوق الميلاد', 'سوق الكريسماس', 'دعاء', 'الدعاء', 'كسور', 'جدول الضرب',
      // الحاسوب، أماكن للزيارة، ترجمة جملة، مسابقة أو عاصمة، موعد المباراة.
      'لابتوب', 'اللابتوب', 'اماكن سياحية', 'أماكن سياحية', 'كيف نقول', 'كيفاش نقولو', 'ترجم هذه الجملة', 'مسابقة', 'الماتش', 'المباراة',
      // A sports club or lessons for a child, money sent home, the weather (writers AR, AS, twenty-second session).
      'نادي ملاكمة', 'نادي رياضي', 'سباحة', 'السباحة', 'nb3at flous', 'نبعت فلوس', 'نرسل فلوس', 'ويسترن يونيون',
      // Dishes, pets, bicycles, headphones, a phone in water, games and jokes (writers AT and AU, twenty-third session).
      'كبة', 'الكبة', 'دولمه', 'دولمة', 'الدولمة', 'برغل', 'المقادير', 'مقادير', 'كعكة', 'كيكة', 'python', 'بايثون', 'اصلح الواي فاي', 'أصلح الواي فاي',
      'telephone dyali ta7', 'telephoni ta7', 'telephoni tah', 'f rozz', 'f rouz', 'blague', 'احسن لاعب', 'أحسن لاعب', 'عيد ميلاد', '3eed milad', '3id milad',
      // Subjects at the edge of what Relais covers (writer AZ, twenty-sixth session): a traffic fine, car insurance,
      // buying a home, a wedding hall, a body sent home, a train abroad, a home internet plan, a bike, church times. Not
      // shops and supermarkets, which are also where people work ("job étudiant chez Delhaize", tuning orient-25).
      'مخالفة السرعة', 'مخالفة ديال السرعة', 'مخالفة سرعة', 'مخالفة الوقوف', 'مخالفة مرور', 'غرامة السرعة', 'غرامة مرور', 'غرامة وقوف',
      'تأمين السيارة', 'تامين السيارة', 'تأمين سيارة', 'تامين سيارة', 'شراء شقة', 'نشري شقة', 'نشري دار', 'شراء بيت', 'اشتري شقة', 'اشتري بيت',
      'قرض سكني', 'صالة الأعراس', 'صالة الاعراس', 'صالة ديال الأعراس', 'صالة ديال الاعراس', 'قاعة الأعراس', 'قاعة أفراح', 'قاعة افراح', 'نقل جثمان',
      'نقل الجثمان', 'نقل الجثة', 'eurostar', 'thalys', 'flixbus', 'أبونمان الانترنت', 'ابونمان الانترنت', 'اشتراك الانترنت', 'اشتراك انترنت',
      'دراجة مستعملة', 'بيسكليت مستعملة', 'صلاة الجمعة', 'القداس', 'كيطيبو', 'الستومب', 'الوافل',
      // A gym, a cheap barber (writer BC); not the trade itself.
      'حلاق رخيص', 'صالون حلاقة', 'جيم', 'صالة رياضة', 'الفيتنس',
    ],
  },
  borrowedKeywords: { ar: ['nl'], ru: ['nl'], uk: ['nl'] },
  officeServiceWords: {
    en: ['pay', 'pays', 'paid', 'cover', 'covers', 'reimburse', 'refund', 'help', 'helps', 'support', 'fund', 'give me', 'give us'],
    fr: ['payer', 'paie', 'paye', 'payé', 'rembourse', 'rembourser', 'prend en charge', 'prendre en charge', 'aider', 'aide', 'intervenir', 'intervient', 'financer', 'donner'],
    nl: ['betalen', 'betaalt', 'betaald', 'terugbetalen', 'terugbetaalt', 'helpen', 'helpt', 'vergoeden', 'vergoedt', 'tussenkomst', 'financieren', 'geven'],
    uk: ['платить', 'заплатить', 'оплатить', 'оплачує', 'оплатити', 'покриває', 'компенсує', 'допомогти', 'допомагає', 'допоможе', 'дати', 'дасть'],
    ru: ['платит', 'заплатит', 'оплатит', 'оплачивает', 'оплатить', 'покрывает', 'компенсирует', 'помочь', 'помогает', 'поможет', 'дать', 'даст'],
    ar: ['يدفع', 'يخلص', 'تدفع', 'تخلص', 'يعوض', 'يساعد', 'يعاون', 'تساعد', 'تعاون', 'يعطي', 'يعطيني', 'بيدفع', 'كيخلص'],
  },
  livingOnWords: {
    fr: ['suis au cpas', 'est au cpas', 'sommes au cpas', 'vis du cpas', 'vit du cpas', 'vivons du cpas', 'acceptent pas le cpas', 'accepte pas le cpas', 'veulent pas le cpas'],
    nl: ['leef van het ocmw', 'leven van het ocmw', 'leeft van het ocmw', 'zit bij het ocmw', 'zitten bij het ocmw', 'willen geen ocmw'],
    en: ['on cpas', 'on the cpas', 'on ocmw', 'on the ocmw', 'accept cpas', 'accepts cpas'],
    uk: ['на cpas', 'на сіпасі', 'приймає cpas', 'приймають cpas'],
    ru: ['на cpas', 'на сипасе', 'принимает cpas', 'принимают cpas'],
    ar: ['عال cpas', 'انا على cpas', 'بيقبل cpas', 'بيقبلو cpas', 'يقبلو cpas', 'يقبل cpas', 'عالسيباس', 'bel cpas', '3al cpas', '3la cpas', 'biy2bal cpas', 'bi2bal cpas', 'y9blo cpas', 'kay9blo cpas'],
  },
  selfDescriptionWords: {
    fr: ['je suis', 'je suis un', 'je suis une', 'j suis', 'jsuis', 'chui', 'chuis', 'je sui', 'je travaille comme', 'je travaillais comme', 'de metier', 'de profession', 'mon metier'],
    nl: ['ik ben', 'ik ben een', 'ik werk als', 'ik werkte als', 'van beroep', 'mijn beroep'],
    en: ['i am', 'i am a', 'i am an', 'i m', 'i m a', 'i m an', 'im', 'im a', 'im an', 'i work as', 'i work as a', 'i worked as', 'i worked as a', 'by profession', 'by trade'],
    uk: ['я', 'за фахом', 'за професією', 'працюю як', 'я працюю', 'я працював', 'я працювала'],
    ru: ['я', 'по профессии', 'работаю как', 'я работаю', 'я работал', 'я работала'],
    ar: ['انا', 'ana', 'مهنتي', 'كنت اشتغل', 'كنت نخدم', 'خدام ك', 'اشتغل ك'],
  },
  contactWords: {
    fr: ['adresse', 'l adresse', 'horaires', 'horaire', "heures d'ouverture", 'numero de telephone', 'numéro de téléphone', 'telephone', 'téléphone', 'mail', 'email', 'guichet', 'entree', 'entrée', 'bureau', 'trouver'],
    nl: ['adres', 'openingsuren', 'openingstijden', 'telefoonnummer', 'e-mail', 'loket', 'ingang', 'kantoor', 'vinden'],
    en: ['address', 'opening hours', 'hours', 'phone number', 'email', 'entrance', 'office', 'counter', 'location', 'find'],
    uk: ['адреса', 'адресу', 'години роботи', 'графік роботи', 'телефон', 'пошта', 'вхід', 'офіс', 'офис', 'знайти'],
    ru: ['адрес', 'часы работы', 'график работы', 'телефон', 'почта', 'вход', 'офис', 'найти'],
    ar: ['عنوان', 'العنوان', 'مكتب', 'رقم تلفون', 'رقم الهاتف', 'تلفون', 'ايميل', 'الدوام', 'اوقات الدوام', 'مواعيد العمل', 'باب', 'الباب', 'ادريسة', 'نلقى', 'نلاقي', 'الاقي'],
  },
  offTopicSoftWords: {
    // Not "pray" or "easter" alone, nor "haram" (also "what a shame"). Not a tourist visa: "my tourist visa expires, how
    // can I stay?" is a question about the right of stay, and a visitor's visa is worded the same way.
    en: [
      'ramadan', 'fasting', 'qibla', 'halal', 'fatwa', 'in islam', 'islamically', 'sharia', 'orthodox easter', 'date of easter',
      'where can i pray', 'allowed to pray', 'phone plan', 'mobile plan',
      'data plan', 'proximus', 'telenet', 'lycamobile', 'mobile vikings',
    ],
    // Not "jeune" (young, once accents are folded), "prière" (letters say "prière de vous présenter") nor "Pâques"
    // alone (the school holidays).
    fr: [
      'ramadan', 'jeuner', 'jeûner', 'qibla', 'halal', 'fatwa', 'en islam', 'selon l islam', 'charia', 'paques orthodoxe',
      'date de paques', 'faire la priere', 'faire ma priere', 'abonnement gsm', 'forfait gsm', 'forfait mobile', 'abonnement telephone',
    ],
    nl: [
      'ramadan', 'vasten', 'qibla', 'halal', 'fatwa', 'in de islam', 'volgens de islam', 'orthodox pasen', 'orthodoxe pasen',
      'bidden', 'gsm abonnement', 'gsm-abonnement', 'belbundel',
    ],
    uk: [
      'рамадан', 'молитися', 'помолитися', 'намаз', 'халяль', 'великдень', 'православний великдень', 'мобільний оператор', 'мобільного оператора',
      'який оператор',
    ],
    // Not "пост" (also a post, a position).
    ru: [
      'рамадан', 'поститься', 'молиться', 'помолиться', 'халяль', 'фетва', 'по исламу', 'в исламе', 'по шариату',
      'православная пасха', 'когда пасха', 'мобильный оператор', 'мобильного оператора', 'какой оператор',
    ],
    // Not "حرام" (also "what a shame, it is unjust"), nor "يجوز" alone (the "may I" of a legal question too).
    ar: [
      'الصيام', 'صيام', 'نصوم', 'اصوم', 'القبلة', 'القبله', 'حلال', 'فتوى', 'شرعا', 'في الاسلام', 'في الإسلام', 'اجمع الصلاة',
      'اجمع الصلاه', 'عيد الفصح', 'اشتراك هاتف', 'اشتراك تلفون', 'باقة انترنت', 'باقة نت',
    ],
  },
  placeFromQuestion: true,
  ignorePlaceNames: false,
  statusOutOfSearch: true,
  statusEntryNeedShare: 0.3,
  institutionSpellings: {
    cepeas: 'CPAS', 'cé pé as': 'CPAS', lcpas: 'CPAS', sepas: 'CPAS', сипас: 'CPAS', сіпас: 'CPAS', ципас: 'CPAS',
    сипасе: 'CPAS', сіпасі: 'CPAS', сипаса: 'CPAS', сіпасу: 'CPAS', сипасу: 'CPAS', ципасе: 'CPAS', сіпасом: 'CPAS',
    сипасом: 'CPAS',
    // The social office as Ukrainian and Russian speakers call it (writer BE: "соцслужба в Скарбеке где принимает?").
    соцслужба: 'CPAS', соцслужбу: 'CPAS', соцслужби: 'CPAS', соцслужбы: 'CPAS', соцслужбі: 'CPAS', соцслужбе: 'CPAS',
    'соціальна служба': 'CPAS', 'соціальну службу': 'CPAS', 'социальная служба': 'CPAS', 'социальную службу': 'CPAS',
    'sociaal huis': 'OCMW', lforem: 'Forem', форем: 'Forem', актирис: 'Actiris', актіріс: 'Actiris',
    lactiris: 'Actiris', الفورم: 'Forem', للفورم: 'Forem', فالفورم: 'Forem', الفوريم: 'Forem', للفوريم: 'Forem',
    الأكتيريس: 'Actiris', الاكتيريس: 'Actiris',
    // Dictated to a phone, which writes the names as it hears them (writer AS, orient-97): "au say pas de skarbek",
    // "the see pass in shar le roy", "сі пас", "السيباس", "actif iris", "lief loon", "ziek en fonds". "Forum" only
    // where one registers with it ("inscrit au forum"): "sur un forum" is a website.
    'say pas': 'CPAS', 'au ce pas': 'au CPAS', 'see pass': 'CPAS', 'sea pass': 'CPAS', 'сі пас': 'CPAS', 'си пас': 'CPAS', السيباس: 'CPAS',
    للسيباس: 'CPAS', فالسيباس: 'CPAS', بالسيباس: 'CPAS', سيباس: 'CPAS', 'cé gé ra': 'CGRA', 'ce ge ra': 'CGRA',
    'actif iris': 'Actiris', 'active iris': 'Actiris', 'lief loon': 'leefloon', 'leef loon': 'leefloon',
    'ziek en fonds': 'ziekenfonds', 'au forum': 'au Forem', 'with forum': 'with Forem', 'в форум': 'в Forem',
    'у форум': 'у Forem', 'das pas': 'DASPA',
    // Spelt out letter by letter by a voice keyboard (writer BA, orient-113: "как получить помощь от си пи эй эс").
    // And as heard, in Cyrillic ("Де в Льєжі сепас?").
    сепас: 'CPAS', сепаса: 'CPAS', сепасі: 'CPAS', сепасе: 'CPAS', сепасу: 'CPAS',
    'си пи эй эс': 'CPAS', 'си пи ей эс': 'CPAS', 'сі пі ей ес': 'CPAS', 'сі пі ес': 'CPAS', 'си пи эс': 'CPAS', 'сі пі еі ес': 'CPAS',
    // Arabic as heard at the counter (writer BG, orient-125): the mutuelle ("المتييل"), the OCMW ("الأوسيمو"), the
    // social office ("السوسيال", with its article only: "دار سوسيال" is a social home), the health insurance
    // ("لاسورونس ديال الصحة", l'assurance).
    المتييل: 'الميتويل', متييل: 'الميتويل', للمتييل: 'الميتويل', بالمتييل: 'الميتويل', الموتييل: 'الميتويل', المتيويل: 'الميتويل',
    الأوسيمو: 'OCMW', الاوسيمو: 'OCMW', اوسيمو: 'OCMW', للاوسيمو: 'OCMW', بالاوسيمو: 'OCMW', للأوسيمو: 'OCMW', بالأوسيمو: 'OCMW',
    السوسيال: 'CPAS', للسوسيال: 'CPAS', فالسوسيال: 'CPAS', بالسوسيال: 'CPAS',
    'لاسورونس ديال الصحة': 'التأمين الصحي', 'لاسورونس الصحة': 'التأمين الصحي', 'لاسيرونس ديال الصحة': 'التأمين الصحي',
  },
};

/**
 * The status a message states when it states exactly one and hints at no other ("маю тимчасовий захист", "i am
 * recognized refugee"); "я беженка из Украины" states "refugee" in the loose sense and hints at temporary
 * protection: no status is kept.
 */
export function statedStatus(named: { stated: ReadonlySet<Status>; hinted: ReadonlySet<Status> }): Status | undefined {
  if (named.stated.size !== 1) return undefined;
  const [status] = [...named.stated];
  return [...named.hinted].every((h) => h === status) ? status : undefined;
}

/** What builds an answerer: one knowledge-base snapshot, its router, options. */
export interface AnswererInit {
  kb: KnowledgeBase;
  router: Router;
  options?: Partial<AnswererOptions>;
}

/**
 * Search documents of an entry: one per curated language, scoped to the entry's regions. `borrowed` (the answerer's
 * `borrowedKeywords`) adds to a language's keywords those of other languages, their function words left out.
 */
export function entryDocs(entry: Entry, borrowed: Readonly<Record<string, readonly string[]>> = {}): SearchDoc[] {
  return Object.entries(entry.text).map(([lang, t]) => {
    const doc: SearchDoc = {
      id: entry.id,
      lang,
      title: t.title,
      questions: t.questions,
      text: [t.answer, ...(t.steps ?? []), ...(t.documents ?? [])].join('\n'),
    };
    if (entry.regions?.length) doc.scope = [...entry.regions];
    const lent = lentKeywords(entry, borrowed[lang] ?? [], t.keywords ?? []);
    const keywords = [...(t.keywords ?? []), ...lent];
    if (keywords.length) doc.keywords = keywords;
    if (lent.length) doc.lentFrom = keywords.length - lent.length;
    return doc;
  });
}

/** The keywords the entry's texts in `from` lend another language: their content words, each phrase once. */
function lentKeywords(entry: Entry, from: readonly string[], own: readonly string[]): string[] {
  const seen = new Set(own.map((k) => k.toLowerCase()));
  const out: string[] = [];
  for (const source of from) {
    const stop = stopwords(source);
    for (const k of entry.text[source as Lang]?.keywords ?? []) {
      const kept = words(k).filter((w) => !stop.has(w));
      const phrase = kept.join(' ');
      if (!kept.some((w) => w.length >= 3) || seen.has(phrase)) continue;
      seen.add(phrase);
      out.push(phrase);
    }
  }
  return out;
}

/** Implements the dialogs' port over one immutable knowledge-base snapshot. */
/** Regions that entries other than emergency ones are written for (Wallonia, Brussels; not Flanders). */
export function servedRegions(entries: readonly Entry[]): Set<string> {
  return new Set(entries.filter((e) => e.topic !== 'emergency').flatMap((e) => e.regions ?? []));
}

export class Answerer implements AnswererPort {
  private readonly options: AnswererOptions;
  private readonly engine: Engine;
  private readonly router: Router;
  private readonly byId: Map<string, Entry>;
  private readonly emergencyEntry: Entry;
  private readonly topics: NameMatcher<Topic>;
  private readonly statuses: NameMatcher<Status>;
  private readonly statusesOrHints: NameMatcher<Status>;
  /** Subjects Relais does not cover (`offTopicWords`). */
  private readonly offTopic: PhraseList;
  /** Subjects outside Relais that a question in scope may mention (`offTopicSoftWords`). */
  private readonly offTopicSoft: PhraseList;
  /** What people ask an office to do for them (`officeServiceWords`). */
  private readonly officeService: PhraseList;
  /** The CPAS named as what one lives on (`livingOnWords`). */
  private readonly livingOn: PhraseList;
  /** How people say who they are (`selfDescriptionWords`). */
  private readonly selfDescription: PhraseList;
  /** How people ask to reach an office (`contactWords`). */
  private readonly contact: NameMatcher<'contact'>;
  /** Regions that entries other than emergency ones are written for (Wallonia, Brussels). */
  private readonly servedRegions: Set<string>;

  constructor(init: AnswererInit) {
    this.options = { ...DEFAULT_OPTIONS, ...init.options };
    const fail = (m: string): Error => new KnowledgeError(`answerer ${m.replace(/^policy /, '')}`);
    if (!Number.isInteger(this.options.searchLimit) || this.options.searchLimit < 1) {
      throw fail(`option "searchLimit" must be a whole number from 1, got ${this.options.searchLimit}`);
    }
    const w = this.options.unknownStatusAudienceWeight;
    if (!(w > 0 && w <= 1)) throw fail(`option "unknownStatusAudienceWeight" must be in (0, 1], got ${w}`);
    const n = this.options.statusEntryNeedShare;
    if (!(n >= 0 && n <= 1)) throw fail(`option "statusEntryNeedShare" must be in [0, 1], got ${n}`);
    const b = this.options.statedAudienceBoost;
    if (!(b >= 0 && b <= 1)) throw fail(`option "statedAudienceBoost" must be in [0, 1], got ${b}`);
    const tm = this.options.topicModelMinMargin;
    if (!(tm >= 0)) throw fail(`option "topicModelMinMargin" must be 0 or more (Infinity: off), got ${tm}`);
    const tr = this.options.topicModelScoreRatio;
    if (!(tr >= 0 && tr <= 1)) throw fail(`option "topicModelScoreRatio" must be in [0, 1], got ${tr}`);
    const to = this.options.topicModelOutsideMargin;
    if (!(to >= 0)) throw fail(`option "topicModelOutsideMargin" must be 0 or more (Infinity: off), got ${to}`);
    const ts = this.options.topicModelMinSupport;
    if (!(ts >= 0 && ts <= 1)) throw fail(`option "topicModelMinSupport" must be in [0, 1], got ${ts}`);
    const sm = this.options.topicModelSureMargin;
    if (!(sm >= 0)) throw fail(`option "topicModelSureMargin" must be 0 or more (Infinity: off), got ${sm}`);
    const ss = this.options.topicModelSureSupport;
    if (!(ss >= 0 && ss <= 1)) throw fail(`option "topicModelSureSupport" must be in [0, 1], got ${ss}`);
    const qm = this.options.quotedMinWords;
    if (!(Number.isInteger(qm) && qm >= 1)) throw fail(`option "quotedMinWords" must be a whole number from 1, got ${qm}`);
    validatePolicyOptions(this.options, fail);
    this.router = init.router;
    this.byId = new Map(init.kb.entries.map((e) => [e.id, e]));
    this.servedRegions = servedRegions(init.kb.entries);
    ({ topics: this.topics, statuses: this.statuses, statusesOrHints: this.statusesOrHints, offTopic: this.offTopic, offTopicSoft: this.offTopicSoft, officeService: this.officeService, livingOn: this.livingOn, selfDescription: this.selfDescription, contact: this.contact } =
      questionNames(this.options));
    const meta = (id: string): DocMeta | undefined => this.byId.get(id);
    this.engine = new Engine(
      init.kb.entries.flatMap((e) => entryDocs(e, this.options.borrowedKeywords)),
      meta,
      this.options,
      this.options,
      [
        ...(init.kb.phrasings ?? []).map((p) => ({ id: p.entry, text: p.text })),
        ...(init.kb.messages ?? []).map((m) => ({ topic: m.topic, text: m.text })),
      ],
    );
    const emergency =
      this.byId.get(this.options.emergencyEntryId) ?? init.kb.entries.find((e) => e.topic === 'emergency');
    if (!emergency) {
      throw new KnowledgeError(
        `no emergency entry: entry "${this.options.emergencyEntryId}" (or any entry with topic "emergency") is required`,
      );
    }
    this.emergencyEntry = emergency;
  }

  /** Language the question is searched in: its own when curated entries exist in it, else the pivot. */
  searchLang(lang: Lang): Lang {
    return this.engine.has(lang) ? lang : PIVOT_LANG;
  }

  /**
   * Statuses a text states ("я біженець", "as a refugee", "j'ai la carte orange") and those it states or hints at
   * ("from Ukraine"), read in `lang`.
   */
  statusesIn(text: string, lang: Lang): { stated: Set<Status>; hinted: Set<Status> } {
    const l = this.searchLang(lang);
    return { stated: this.statuses.find(text, l), hinted: this.statusesOrHints.find(text, l) };
  }

  /** Topics whose institutions a text names ("CPAS", "BAPA", "Forem"), read in `lang`. */
  topicsIn(text: string, lang: Lang): ReadonlySet<Topic> {
    return this.topics.find(text, this.searchLang(lang));
  }

  namesOffTopic(text: string, lang: Lang): boolean {
    const l = this.searchLang(lang);
    return outsideByWords(this.offTopic, l, text);
  }

  withoutStatus(text: string, lang: Lang): string | undefined {
    return this.statuses.without(text, this.searchLang(lang));
  }

  decide(asked: AnswerRequest): AnswerDecision {
    // A place named in the text ("in Liège") is not a word the knowledge base needs to know.
    const named = this.router.placeFromText(asked.text);
    // The place's own words are no clue to the need ("j'habite à Liège, comment inscrire mon fils à l'école" finds
    // the entry whose sample questions name Liège, which CRI); `ignorePlaceNames` leaves them out of the search.
    const sameRegion = !asked.place?.region || asked.place.region === named?.region;
    const searchable = searchText(asked.text, this.options, this.searchLang(asked.lang));
    const text =
      this.options.ignorePlaceNames && named?.commune && sameRegion ? this.router.withoutPlaceName(searchable, named.commune) : searchable;
    const forgiven = named && text === searchable ? 1 : 0;
    // Whether searched with it or not, the place's name is no part of the need the entry must cover: "де знайти
    // роботу в Намюрі" fell back because "Намюр", a rare word of the knowledge base, weighed a third of the question.
    const needText = named?.commune && text === searchable ? this.router.withoutPlaceName(text, named.commune) : text;
    // Without a known place, a commune the question names ("je suis à Liège", "ساكن في سكاربيك") stands for where the
    // person is: it picks the region's entries (CRI, not BAPA) and the local offices (in Flanders, the offices only).
    const place = !asked.place && this.options.placeFromQuestion && named?.region ? named : asked.place;
    const lang = this.searchLang(asked.lang);
    // A status the question states is the asker's, as the bot keeps it: the entries for others do not apply.
    const status = asked.status ?? statedStatus(this.statusesIn(text, asked.lang));
    const req: AnswerRequest = { ...asked, text, place, status };
    // A place in a region no entry is written for (Flanders) does not pick entries: the question is searched as if the
    // region were unknown ("ik woon in gent, hoe krijg ik leefloon?" fell back, every entry being for Wallonia or
    // Brussels), and the place still routes the services that work there (the OCMW of Gent, the VDAB).
    const served = !place?.region || this.servesRegion(place.region);
    const entryReq: AnswerRequest = served ? req : { ...req, place: undefined };
    const outside = served ? {} : ({ outsideArea: true } as const);
    const names = {
      topics: this.topics,
      statuses: this.statuses,
      statusesOrHints: this.statusesOrHints,
      offTopic: this.offTopic,
      offTopicSoft: this.offTopicSoft,
      officeService: this.officeService,
      livingOn: this.livingOn,
      selfDescription: this.selfDescription,
      contact: this.contact,
    };
    const input = {
      text,
      needText,
      lang,
      forgiven,
      scopes: served && place?.region ? [place.region] : undefined,
      status,
      fits: (id: string) => {
        const e = this.byId.get(id);
        return e !== undefined && this.fits(e, entryReq);
      },
      regionKnown: served && Boolean(place?.region),
    };
    const { ranked, decision: d } = askEngine(this.engine, input, names, this.options, (id) => this.byId.get(id)?.audience);
    if (d.kind === 'fallback') {
      const topic = d.topic as Topic | undefined;
      const reason = ranked.offTopic && !topic ? 'offTopic' : ranked.coverage === 0 ? 'unknown' : undefined;
      const services = this.router.servicesForTopic(topic, place, req.lang);
      return { kind: 'fallback', topic, ...(reason ? { reason } : {}), confidence: d.confidence, place, services, ...outside };
    }
    if (d.kind === 'clarify') {
      const choices = d.ids.map((id) => this.byId.get(id)).filter((e): e is Entry => e !== undefined);
      return { kind: 'clarify', choices, confidence: d.confidence, place, ...(d.guessed ? { guessed: true } : {}), ...outside };
    }
    const entry = this.byId.get(d.id) as Entry;
    const routed = this.router.servicesForEntry(entry, place, req.lang);
    return {
      kind: 'answer',
      entry,
      textLang: entry.text[req.lang] ? req.lang : PIVOT_LANG,
      confidence: d.confidence,
      place,
      services: routed.services,
      needsPlace: routed.needsPlace,
      ...outside,
    };
  }

  /** Whether entries other than emergency ones are written for a region (Wallonia and Brussels are; Flanders is not). */
  servesRegion(region: string): boolean {
    return this.servedRegions.has(region);
  }

  /** Whether an entry applies to the person: their status (when known) and their commune (when restricted). */
  private fits(entry: Entry, req: AnswerRequest): boolean {
    if (req.withinTopic && entry.topic !== req.withinTopic) return false;
    if (req.status && entry.audience?.length && !entry.audience.includes(req.status)) return false;
    if (req.place?.region && entry.regions?.length && !entry.regions.includes(req.place.region)) return false;
    // Not for some postal codes of its region (the Walloon pathway is not the German-speaking communes').
    if (req.place?.postalCode && entry.excludePostalCodes?.length && postalCodeInList(req.place.postalCode, entry.excludePostalCodes)) return false;
    // A local entry (the German-speaking communes' pathway) only for a person known to live there.
    if (entry.communes?.length && !req.place) return false;
    if (entry.communes?.length && req.place) {
      const { postalCode, commune } = req.place;
      if (!(postalCode && entry.communes.includes(postalCode)) && !(commune && entry.communes.includes(commune))) return false;
    }
    return true;
  }

  emergency(place?: Place, lang: Lang = PIVOT_LANG, first: readonly string[] = []): { entry: Entry; services: RoutedService[] } {
    return { entry: this.emergencyEntry, services: this.router.emergencyServices(this.emergencyEntry, place, lang, first) };
  }

  entry(id: string): Entry | undefined {
    return this.byId.get(id);
  }
}
