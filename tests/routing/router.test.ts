// The router: places read from text and postal codes, and the services of an entry, a topic or an emergency for a place.
import path from 'node:path';
import type { KnowledgeBase } from '../../src/knowledge/types';
import { loadKnowledge, loadPostalCodes } from '../../src/loaders/knowledgeFiles';
import { Router } from '../../src/routing/router';

let kb: KnowledgeBase;
let router: Router;
let postal: Awaited<ReturnType<typeof loadPostalCodes>>;
beforeAll(async () => {
  kb = (await loadKnowledge(path.join(__dirname, '..', 'fixtures', 'knowledge', 'valid'))).kb;
  postal = await loadPostalCodes();
  router = new Router(kb, postal);
});

const place = (code: string) => router.placeFromPostalCode(code);
const entry = (id: string) => {
  const e = kb.entries.find((x) => x.id === id);
  if (!e) throw new Error(`fixture entry ${id} missing`);
  return e;
};

describe('Router', () => {
  it('gives the German-speaking commune instead of a Walloon CRI', () => {
    const r = router.servicesForEntry(entry('pathway-wallonia'), place('4700'), 'en');
    expect(r.services.map((s) => [s.id, s.name])).toEqual([['commune-german-speaking:eupen', 'Gemeindeverwaltung Eupen']]);
  });

  // Names as people typed them in the tuning batches of the twenty-first session: the Ukrainian apostrophe ʼ, a
  // university for its town, Arabic with "in" glued or after "of", the smaller Walloon towns and Flemish cities in
  // Cyrillic, Russian in Latin letters with its case endings, an Arabizi move "mn … l …", and a salary that is no
  // postal code.
  it.each<[string, string | undefined]>([
    ['на роботі в Ла Лувʼєр мене змушують працювати по 10 годин', 'la-louviere'],
    ['роботодавець у Ла-Лувʼєрі хотів його взяти', 'la-louviere'],
    ["coucou, je suis étudiante a l ULiège, mon titre de séjour expire", 'liege'],
    ['الميتويل بعتتلي رسالة فيها BAPA شو يعني؟ ساكنة بجيت', 'jette'],
    ['وين اسجل في اكتيريس؟ ساكن في ايفير', 'evere'],
    ['хочу пройти курс интеграции, где записаться в Юи?', 'huy'],
    ['ми хочемо подати на соціальне житло в Гюї', 'huy'],
    ['gde v Antverpene kursy niderlandskogo besplatno', 'antwerpen'],
    ['khochu postupit v universitet v Monse', 'mons'],
    ['після переїзду в Остенде нового лікаря нема', 'oostende'],
    ['я в Хасселте недавно, ничего не понимаю', 'hasselt'],
    ['salam, bdelt dar mn Molenbeek l Jette, wach khasni nmchi l commune', 'jette'],
    ["il dit qu'il y a des degats, je peux avoir un avocat gratuit? je gagne 1600 net", undefined],
    // Flemish cities written in Cyrillic, or in Latin letters as Russian (read back into Cyrillic, names written whole
    // before names heard: "Mekhelene" had been heard as Assesse).
    ['ya rabotayu na sklade v Alste, hozyain ne platit', 'aalst'],
    ['мы живём в Руселаре, где курсы нидерландского', 'roeselare'],
    ['ya zhivu v Mekhelene, gde OCMW', 'mechelen'],
    ['в Турнхауте есть школа OKAN?', 'turnhout'],
    ['я працюю в Тінені на фермі', 'tienen'],
  ])('reads the place of "%s" as %s', (text, commune) => {
    expect(router.placeFromText(text)?.commune).toBe(commune);
  });

  it('finds places in text and postal codes', () => {
    expect(router.placeFromText('Я живу в Намюре')?.commune).toBe('namur');
    expect(router.placeFromText('bonjour')).toBeUndefined();
    // Ukrainian spellings, Russian typed in Latin letters with its case endings, and the Brussels abbreviation.
    expect(router.placeFromText('В яку школу записати в Іксель?')?.commune).toBe('ixelles');
    expect(router.placeFromText('ya student iz Uzbekistana v Namure')?.commune).toBe('namur');
    expect(router.placeFromText('CPAS v Sharleroi otkazal')?.commune).toBe('charleroi');
    expect(router.placeFromText('je cherche un kot a bxl')?.commune).toBe('bruxelles');
    expect(router.placeFromPostalCode('0999')).toBeUndefined();
  });

  it('lists human services for a topic, most useful first', () => {
    expect(router.servicesForTopic('legal-aid', place('1000')).map((s) => s.id)).toEqual(['legal-aid-first-line']);
    expect(router.servicesForTopic(undefined, place('1000')).map((s) => s.id)).toEqual(['cpas:bruxelles', 'bapa-near', 'bapa-far', 'commune:bruxelles']);
  });

  it('puts 112 and the police first in the emergency services', () => {
    const ids = router.emergencyServices(entry('emergency-help'), place('1000'), 'fr').map((s) => s.id);
    expect(ids.slice(0, 1)).toEqual(['emergency-112']);
  });

  it('cuts the words naming a commune out of a text, in any spelling it knows', () => {
    expect(router.withoutPlaceName('ou est le CPAS a Namur svp', 'namur').replace(/\s+/g, ' ')).toBe('ou est le CPAS a svp');
    expect(router.withoutPlaceName('де знайти роботу в Намюрі', 'namur').trim()).toBe('де знайти роботу в');
  });

  it('refuses invalid options with the option named', () => {
    expect(() => new Router(kb, postal, { maxServices: 0 })).toThrow(
      /RoutingError: option "maxServices" must be a whole number from 1, got 0/,
    );
  });
});
