// How a question is asked of the engine (src/answer/ask.ts): subjects outside Relais that a question in scope may also
// mention (`offTopicSoftWords`), on the real knowledge base.
import { Answerer } from '../../src/answer/answerer';
import type { AnswerDecision } from '../../src/answer/types';
import { realKnowledge } from '../helpers/realKnowledge';

const outcome = (d: AnswerDecision): string =>
  d.kind === 'answer' ? `answer ${d.entry.topic}` : d.kind === 'clarify' ? `clarify ${d.choices[0]?.topic}` : `fallback ${d.reason ?? ''}`.trim();

describe('subjects outside Relais that a question in scope may mention', () => {
  let on: Answerer;
  let off: Answerer;
  beforeAll(async () => {
    const { kb, router } = await realKnowledge();
    on = new Answerer({ kb, router });
    // Without the soft words and without the topic model's "outside" (which the tuning batches' off-topic messages
    // now teach these too): either is enough.
    off = new Answerer({ kb, router, options: { offTopicSoftWords: {}, topicModelOutsideMargin: Infinity } });
  });

  // A status said first, then a question Relais does not cover: the status's own entries carried the Arabic one to
  // the asylum seekers' health entry; the others were asked to rephrase rather than told what Relais covers.
  it.each<[string, string]>([
    ['en', "i'm a student from india, which is cheaper for data, proximus or telenet?"],
    ['uk', 'маю тимчасовий захист, коли цього року православний великдень?'],
    ['ru', 'я студентка, подскажите какой мобильный оператор дешевле для звонков домой'],
    ['ar', 'انا طالب لجوء، كيف اعرف اتجاه القبلة بالكامب؟'],
  ])('[%s] "%s" is outside what Relais covers, said so', (lang, text) => {
    expect(outcome(on.decide({ text, lang: lang as never }))).toBe('fallback offTopic');
    expect(outcome(off.decide({ text, lang: lang as never }))).not.toBe('fallback offTopic');
  });

  // The subject mentioned beside a need Relais answers: answered as without the list.
  it.each<[string, string, string]>([
    ['nl', 'tijdens de ramadan werk ik minder, kan mijn baas mij ontslaan?', 'answer employment'],
    ['en', 'after ramadan i want to enroll my son in school, where?', 'answer education'],
  ])('[%s] "%s": %s all the same', (lang, text, expected) => {
    expect(outcome(on.decide({ text, lang: lang as never }))).toBe(expected);
    expect(outcome(off.decide({ text, lang: lang as never }))).toBe(expected);
  });
});
