import { DEFAULT_SEARCH_OPTIONS, SearchIndex } from '../../src/search/index';
import type { SearchDoc } from '../../src/search/types';

const DOCS: SearchDoc[] = [
  {
    id: 'cpas-ris',
    lang: 'fr',
    title: "Revenu d'intégration sociale",
    questions: ["Comment demander le revenu d'intégration au CPAS ?", "J'ai besoin d'argent pour vivre"],
    text: "Le CPAS de votre commune peut vous accorder un revenu d'intégration si vos ressources sont insuffisantes. Prenez rendez-vous avec un assistant social.",
    keywords: ['CPAS', 'RIS', 'aide financière'],
  },
  {
    id: 'housing-deposit',
    lang: 'fr',
    title: 'Garantie locative',
    questions: ['Je ne peux pas payer la garantie locative', 'Qui peut avancer ma caution ?'],
    text: 'La garantie locative peut être avancée par le CPAS ou constituée progressivement auprès de votre banque.',
    keywords: ['logement', 'caution', 'bail'],
  },
  {
    id: 'french-courses',
    lang: 'fr',
    title: 'Cours de français',
    questions: ['Où apprendre le français ?', 'Comment trouver un cours de langue gratuit ?'],
    text: 'Des cours de français langue étrangère sont organisés par les centres régionaux d’intégration et des associations.',
    keywords: ['FLE', 'alphabétisation'],
  },
  {
    id: 'pathway-wallonia',
    lang: 'fr',
    scope: 'wallonia',
    title: "Parcours d'intégration en Wallonie",
    questions: ["Dois-je suivre le parcours d'intégration ?"],
    text: "En Wallonie, le parcours d'intégration est organisé par les centres régionaux d'intégration (CRI).",
  },
  {
    id: 'pathway-brussels',
    lang: 'fr',
    scope: 'brussels',
    title: "Parcours d'accueil à Bruxelles",
    questions: ["Dois-je suivre le parcours d'accueil ?"],
    text: "À Bruxelles, le parcours d'accueil pour primo-arrivants est organisé par les bureaux d'accueil (BAPA).",
  },
  {
    id: 'cpas-ris',
    lang: 'uk',
    title: 'Дохід інтеграції',
    questions: ['Як отримати соціальну допомогу від CPAS?'],
    text: 'CPAS вашої комуни може надати дохід інтеграції, якщо у вас недостатньо коштів.',
  },
  {
    id: 'french-courses',
    lang: 'uk',
    title: 'Курси французької мови',
    questions: ['Де можна безкоштовно вивчати французьку мову?'],
    text: 'Курси французької мови організовують регіональні центри інтеграції та асоціації.',
  },
  {
    id: 'cpas-ris',
    lang: 'ar',
    title: 'دخل الاندماج',
    questions: ['كيف أطلب مساعدة مالية من CPAS؟'],
    text: 'يمكن لمركز CPAS في بلديتك أن يمنحك دخل الاندماج إذا كانت مواردك غير كافية.',
  },
  {
    id: 'french-courses',
    lang: 'ar',
    title: 'دروس اللغة الفرنسية',
    questions: ['أين أتعلم اللغة الفرنسية؟'],
    text: 'تنظم مراكز الاندماج الجهوية والجمعيات دروسا في اللغة الفرنسية.',
  },
  {
    id: 'doctor',
    lang: 'de',
    title: 'Einen Arzt finden',
    questions: ['Wo finde ich einen Hausarzt?'],
    text: 'Hausärzte finden Sie über die Ärztekammer oder die Krankenkasse.',
  },
  {
    id: 'language-course',
    lang: 'de',
    title: 'Sprachkurse',
    questions: ['Wo kann ich Deutsch lernen?'],
    text: 'Integrationskurse und Sprachkurse werden von Volkshochschulen angeboten.',
  },
];

const index = SearchIndex.build(DOCS);
const top = (text: string, lang: string, scopes?: string[]): string | undefined =>
  index.search({ text, lang, scopes }).hits[0]?.id;

describe('SearchIndex', () => {
  it('counts every document of every language', () => {
    expect(index.size).toBe(DOCS.length);
  });

  it('ranks the entry whose sample question matches first', () => {
    expect(top("Comment demander le revenu d'intégration au CPAS ?", 'fr')).toBe('cpas-ris');
    expect(top('je peux pas payer ma garantie locative', 'fr')).toBe('housing-deposit');
  });

  it('finds answers for reworded questions through stems and sub-words', () => {
    expect(top('cours gratuits pour apprendre la langue française', 'fr')).toBe('french-courses');
    expect(top('Integrationskurs Deutsch', 'de')).toBe('language-course');
  });

  it('matches questions typed without accents', () => {
    expect(top('ou apprendre le francais', 'fr')).toBe('french-courses');
    expect(top('Hausarzte finden', 'de')).toBe('doctor');
  });

  it('tolerates a typo in a word', () => {
    expect(top('garantie locatvie', 'fr')).toBe('housing-deposit');
    expect(top('revneu integration', 'fr')).toBe('cpas-ris');
  });

  it.each([
    ['de', 'Hausartz', 'doctor'],
    ['uk', 'францзької', 'french-courses'],
    ['uk', 'комунни', 'cpas-ris'],
    ['ar', 'الفرنسيه', 'french-courses'],
    ['ar', 'بلديتكم', 'cpas-ris'],
  ])('tolerates typos and spelling variants in %s: "%s"', (lang, text, id) => {
    expect(top(text, lang)).toBe(id);
  });

  it('searches only the documents of the query language', () => {
    const r = index.search({ text: 'CPAS', lang: 'uk' });
    expect(r.hits.map((h) => h.id)).toEqual(['cpas-ris']);
    expect(index.search({ text: 'CPAS', lang: 'nl' }).hits).toEqual([]);
  });

  it('answers in Ukrainian and Arabic', () => {
    expect(top('Де вивчати французьку?', 'uk')).toBe('french-courses');
    expect(top('допомога CPAS', 'uk')).toBe('cpas-ris');
    expect(top('أريد تعلم الفرنسية', 'ar')).toBe('french-courses');
    expect(top('مساعدة مالية', 'ar')).toBe('cpas-ris');
  });

  describe('scope', () => {
    it('offers only entries of the person’s region, or of everywhere', () => {
      expect(top("parcours d'intégration", 'fr', ['brussels'])).toBe('pathway-brussels');
      expect(top("parcours d'intégration", 'fr', ['wallonia'])).toBe('pathway-wallonia');
      const ids = index.search({ text: 'parcours intégration CRI BAPA', lang: 'fr', scopes: ['wallonia'], limit: 10 }).hits.map((h) => h.id);
      expect(ids).not.toContain('pathway-brussels');
    });
    it('keeps entries without scope for every region', () => {
      expect(top('garantie locative', 'fr', ['brussels'])).toBe('housing-deposit');
    });
  });

  describe('evidence and confidence', () => {
    it('is confident and fully supported when the question matches a sample question', () => {
      const r = index.search({ text: 'Je ne peux pas payer la garantie locative', lang: 'fr' });
      expect(r.confidence).toBeGreaterThanOrEqual(0.6);
      expect(r.hits[0].evidence.support).toBeGreaterThan(0.5);
    });
    it('finds no coverage when nothing in the question is known', () => {
      const r = index.search({ text: 'xylophone zèbre quantique', lang: 'fr' });
      expect(r.query.coverage).toBe(0);
      expect(r.confidenceTop3).toBeLessThan(0.5);
    });
    it('returns no hit on an empty question or an unknown language', () => {
      expect(index.search({ text: '  ', lang: 'fr' })).toMatchObject({ hits: [], confidence: 0 });
      expect(index.search({ text: 'CPAS', lang: 'tr' })).toMatchObject({ hits: [], confidence: 0, query: { coverage: 0 } });
    });
    it('ranks two entries that match equally side by side', () => {
      const r = index.search({ text: 'parcours', lang: 'fr' });
      expect(r.hits.slice(0, 2).map((h) => h.id).sort()).toEqual(['pathway-brussels', 'pathway-wallonia']);
    });
  });

  it('still finds sample-question matches in large-index mode (pruned scoring)', () => {
    const large = SearchIndex.build(DOCS, { largeIndexDocs: 0 });
    expect(large.search({ text: 'Je ne peux pas payer la garantie locative', lang: 'fr' }).hits[0]?.id).toBe('housing-deposit');
    expect(large.search({ text: 'Wo kann ich Deutsch lernen?', lang: 'de' }).hits[0]?.id).toBe('language-course');
  });

  describe('re-ranking', () => {
    const filler = (n: number): string => Array.from({ length: n }, (_, i) => `Information ${i} sur les démarches courantes.`).join(' ');
    const pages: SearchDoc[] = [
      {
        id: 'scattered',
        lang: 'fr',
        title: 'Démarches diverses',
        text: `Le permis de séjour se demande à la commune. ${filler(12)} Les frais de conduite des travaux sont publics. ${filler(12)} Un échange est possible.`,
      },
      {
        id: 'together',
        lang: 'fr',
        title: 'Démarches diverses',
        text: `${filler(12)} Un permis de conduire étranger peut être échangé. ${filler(12)} La commune informe sur le séjour et les frais de travaux.`,
      },
    ];
    it('prefers the page where the question’s words stand together', () => {
      const idx = SearchIndex.build(pages);
      expect(idx.search({ text: 'échanger mon permis de conduire', lang: 'fr' }).hits[0]?.id).toBe('together');
    });
    it('falls back to the first-stage order when switched off', () => {
      const idx = SearchIndex.build(pages, { rerankDepth: 0 });
      expect(idx.search({ text: 'échanger mon permis de conduire', lang: 'fr' }).hits).toHaveLength(2);
    });
  });

  it('finds an Arabic word written with a glued preposition', () => {
    expect(top('لمساعدتكم المالية', 'ar')).toBe('cpas-ris');
  });

  it('meets a name the question writes in Arabic or Cyrillic letters and the page in Latin letters', () => {
    const pages: SearchDoc[] = [
      { id: 'musenkuss', lang: 'ar', title: 'Musenkuss München - البوابة الإلكترونية للتعليم الثقافي', text: 'عروض ثقافية للأطفال والشباب في المدينة.' },
      { id: 'kurse', lang: 'ar', title: 'دورات اللغة', text: 'دورات اللغة الألمانية للكبار في المدينة.' },
      { id: 'bellevue', lang: 'uk', title: 'Кафе Bellevue di Monaco', text: 'Місце зустрічі для всіх у центрі міста.' },
      { id: 'kursy', lang: 'uk', title: 'Мовні курси', text: 'Курси німецької мови для дорослих у центрі міста.' },
    ];
    const idx = SearchIndex.build(pages);
    expect(idx.search({ text: 'موسنكوس في المدينة', lang: 'ar' }).hits[0]?.id).toBe('musenkuss');
    expect(idx.search({ text: 'Бельвю у центрі міста', lang: 'uk' }).hits[0]?.id).toBe('bellevue');
  });

  it('returns at most `limit` hits, best first', () => {
    const r = index.search({ text: 'CPAS intégration cours', lang: 'fr', limit: 2 });
    expect(r.hits).toHaveLength(2);
    expect(r.hits[0].score).toBeGreaterThanOrEqual(r.hits[1].score);
  });

  it('rejects inconsistent options, naming them', () => {
    expect(() => SearchIndex.build(DOCS, { evidence: { unknownWordWeight: 1.5, textOnlyWeight: 0, nearMatchWeight: 0.7, circumstanceWeight: 0.3, nearMatchMinLength: 5 } })).toThrow(
      'SearchError: evidence option "unknownWordWeight" must be in [0, 1], got 1.5',
    );
    expect(() => SearchIndex.build([{ id: 'x', lang: '', title: 't', text: 't' }])).toThrow('SearchError: document "x" has no lang');
  });
});
