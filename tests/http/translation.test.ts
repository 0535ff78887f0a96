// Machine translation through the real app, against a local server speaking LibreTranslate's API.
import { startFakeLibreTranslate, type FakeLibreTranslate } from '../fakes/libreTranslateServer';
import { answerOf, ask, startRelais, type RunningRelais } from './helpers';

const SPANISH = '¿Dónde puedo aprender francés?';

describe('Relais with LibreTranslate', () => {
  let lt: FakeLibreTranslate;
  let r: RunningRelais;
  beforeAll(async () => {
    lt = await startFakeLibreTranslate();
    // One budget for every translator call of a message: 2 s (the default) holds on a loaded test machine.
    r = await startRelais({ LIBRETRANSLATE_URL: lt.url, TRANSLATE_TIMEOUT_MS: '2000' });
  });
  afterAll(async () => {
    await r.stop();
    await lt.close();
  });

  it('answers a Spanish question with the curated French text translated into Spanish, flagged and with the original', async () => {
    lt.options.delayMs = 0;
    const reply = answerOf(await ask(r.url, SPANISH, { channelData: { postalCode: '1030' } }));
    const answer = reply!.channelData!.answer!;
    expect(answer.kind).toBe('answer');
    expect(answer.topic).toBe('language-courses');
    expect(answer.lang).toBe('es');
    expect(answer.machineTranslated).toBe(true);
    expect(reply!.text).toContain('[tr:es]');
    // The French original is shown below the translation.
    expect(reply!.text).toMatch(/cours de français/i);
    // What the person wrote went to the engine only to be translated to the pivot, French.
    const toPivot = lt.requests.find((q) => q.path === '/translate' && q.body.target === 'fr');
    expect(toPivot).toBeDefined();
  });

  it('answers in French, saying it could not translate, when the translator is too slow', async () => {
    lt.options.delayMs = 5000;
    try {
      const started = Date.now();
      const replies = await ask(r.url, SPANISH, { channelData: { postalCode: '1030' } });
      const reply = answerOf(replies);
      expect(Date.now() - started).toBeLessThan(4500);
      expect(reply!.channelData!.answer!.machineTranslated).toBe(false);
      expect(reply!.channelData!.answer!.lang).toBe('fr');
    } finally {
      lt.options.delayMs = 0;
    }
  });
});

describe('Relais without a translator', () => {
  let r: RunningRelais;
  beforeAll(async () => {
    r = await startRelais();
  });
  afterAll(async () => {
    await r.stop();
  });

  it('answers a Spanish question in French and offers the languages it has', async () => {
    const replies = await ask(r.url, SPANISH, { channelData: { postalCode: '1030' } });
    const langs = new Set(replies.map((a) => a.channelData?.answer?.lang));
    expect(langs.has('es')).toBe(false);
    expect(replies.every((a) => a.channelData?.answer?.machineTranslated !== true)).toBe(true);
    type WithButtons = { suggestedActions?: { actions: { title: string }[] } };
    const titles = replies.flatMap((a) => (a as WithButtons).suggestedActions?.actions.map((b) => b.title) ?? []);
    expect(titles).toEqual(expect.arrayContaining(['Français', 'Nederlands', 'English', 'Українська', 'Русский', 'العربية']));
  });
});

describe('Relais with a translator that never answers', () => {
  let lt: FakeLibreTranslate;
  let r: RunningRelais;
  beforeAll(async () => {
    lt = await startFakeLibreTranslate({ delayMs: 60_000 });
    r = await startRelais({ LIBRETRANSLATE_URL: lt.url, TRANSLATE_TIMEOUT_MS: '1000' });
  });
  afterAll(async () => {
    await r.stop();
    await lt.close();
  });

  it('waits for it once per message (one budget for the turn), and stops asking after three messages', async () => {
    const perMessage: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      const before = lt.requests.length;
      const reply = answerOf(await ask(r.url, SPANISH, { channelData: { postalCode: '1030' } }));
      expect(reply!.channelData!.answer!.lang).toBe('fr');
      perMessage.push(lt.requests.length - before);
    }
    // Before: every detection and translation of a message waited its own deadline, and timeouts opened nothing.
    expect(perMessage).toEqual([1, 1, 1, 0]);
  });
});
