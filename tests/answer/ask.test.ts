// How a question is asked of the engine (src/answer/ask.ts): subjects outside Relais that a question in scope may also
// mention (`offTopicSoftWords`), on the real knowledge base.
import path from 'node:path';
import { Answerer, DEFAULT_OPTIONS, questionNames } from '../../src/answer/answerer';
import type { AnswerDecision } from '../../src/answer/types';
import { loadKnowledge, loadPostalCodes } from '../../src/loaders/knowledgeFiles';
import { Router } from '../../src/routing/router';

const outcome = (d: AnswerDecision): string =>
  d.kind === 'answer' ? `answer ${d.entry.topic}` : d.kind === 'clarify' ? `clarify ${d.choices[0]?.topic}` : `fallback ${d.reason ?? ''}`.trim();

describe('subjects outside Relais that a question in scope may mention', () => {
  let on: Answerer;
  let off: Answerer;
  beforeAll(async () => {
    const { kb } = await loadKnowledge(path.join(__dirname, '..', '..', 'knowledge'));
    const router = new Router(kb, await loadPostalCodes());
    on = new Answerer({ kb, router });
    off = new Answerer({ kb, router, options: { offTopicSoftWords: {} } });
  });

  // A status said first, then a question Relais does not cover: the status's own entries carried these to an answer
  // (a refugee's family-reunification deadline for a visitor's visa).
  it.each<[string, string]>([
    ['fr', 'je suis refugie reconnu, ma soeur veut venir 10 jours en vacances chez moi, comment elle demande un visa touriste ?'],
    ['nl', 'ik ben erkend vluchteling, mijn broer wil op bezoek komen in de zomer, hoe vraagt hij een toeristenvisum aan?'],
    ['en', 'I have subsidiary protection, can my parents get a tourist visa to visit me for a month?'],
    ['uk', 'маю тимчасовий захист, хочу запросити маму в гості на місяць, як їй оформити туристичну візу?'],
    ['ru', 'я студентка, подскажите какой мобильный оператор дешевле для звонков домой'],
    ['ar', 'انا لاجئ معترف فيه، ابوي بدو يزورني شهر، كيف يطلع فيزا سياحية؟'],
  ])('[%s] "%s" is outside what Relais covers, said so', (lang, text) => {
    expect(outcome(on.decide({ text, lang: lang as never }))).toBe('fallback offTopic');
    expect(outcome(off.decide({ text, lang: lang as never }))).not.toBe('fallback offTopic');
  });

  // The subject mentioned beside a need Relais answers: the need is answered, as without the list.
  it.each<[string, string, string]>([
    ['en', 'after ramadan i want to enroll my son in school, where?', 'answer education'],
    ['fr', "Ma mere est venue avec un visa touriste et elle est tombee malade, l hopital demande 2000 euros d avance, qui paye ?", 'answer health'],
  ])('[%s] "%s": %s all the same', (lang, text, expected) => {
    expect(outcome(on.decide({ text, lang: lang as never }))).toBe(expected);
    expect(outcome(off.decide({ text, lang: lang as never }))).toBe(expected);
  });

  it('leaves out the words of the subjects a text holds, and says when it holds none', () => {
    const { offTopicSoft } = questionNames(DEFAULT_OPTIONS);
    expect(offTopicSoft.without('Je suis venu avec un visa touriste, comment demander l asile', ['fr'])).toBe('je suis venu avec un comment demander l asile');
    // In another script, a Latin name is looked up in the English list.
    expect(offTopicSoft.without('какой тариф у Proximus', ['ru', 'en'])).toBe('какой тариф у');
    expect(offTopicSoft.without('comment demander l asile', ['fr'])).toBeUndefined();
  });

  it('refuses a negative rest share, naming the option', async () => {
    const { kb } = await loadKnowledge(path.join(__dirname, '..', '..', 'knowledge'));
    const router = new Router(kb, await loadPostalCodes());
    expect(() => new Answerer({ kb, router, options: { offTopicSoftRestWords: -1 } })).toThrow(/answerer option "offTopicSoftRestWords" must be 0 or more, got -1/);
  });
});
