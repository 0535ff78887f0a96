import { startFakeLibreTranslate, type FakeLibreTranslate } from '../fakes/libreTranslateServer';
import { prepareQuestion, translateReply } from '../../src/translate/conversation';
import { NoTranslation, createMachineTranslation } from '../../src/translate/machineTranslation';
import type { MachineTranslation } from '../../src/translate/types';

const PERSIAN_QUESTION = 'کجا می‌توانم فرانسوی یاد بگیرم؟';
const NOTE = "Traduit automatiquement ; l'original en français est ci-dessous.";

describe('conversation helpers with a local LibreTranslate', () => {
  let server: FakeLibreTranslate;
  let mt: MachineTranslation;

  beforeEach(async () => {
    server = await startFakeLibreTranslate();
    // 300 ms was sometimes too little for the first request on a busy machine (the Persian question came back untranslated).
    mt = createMachineTranslation({ url: server.url, timeoutMs: 1500, client: { retries: 0 } });
  });
  afterEach(async () => {
    await server.close();
  });

  it('a Persian question is detected by the engine and searched in French', async () => {
    await expect(prepareQuestion(mt, PERSIAN_QUESTION, undefined)).resolves.toEqual({
      kind: 'translated',
      lang: 'fa',
      text: 'Où puis-je apprendre le français ?',
    });
  });

  it('a question in a curated language never goes to the engine: curated text wins', async () => {
    await expect(prepareQuestion(mt, 'Де вивчити французьку?', 'uk')).resolves.toMatchObject({ kind: 'curated', lang: 'uk' });
    expect(server.requests).toHaveLength(0);
  });

  it('when the engine detects a curated language the local detector missed, no translation is made', async () => {
    await expect(prepareQuestion(mt, 'où est le CPAS', undefined)).resolves.toMatchObject({ kind: 'curated', lang: 'fr' });
    expect(server.count('/translate')).toBe(0);
  });

  it('a reply is translated whole — text, buttons, card lines and the machine-translation note — in one call', async () => {
    const out = await translateReply(
      mt,
      {
        text: 'Vous pouvez suivre des cours de français.',
        buttons: ['Oui', 'Non'],
        cards: ['CPAS de Namur', 'Téléphone : 081 25 04 00'],
        note: NOTE,
      },
      'fa',
      ['CPAS de Namur'],
    );
    expect(out).toEqual({
      text: 'می‌توانید در کلاس‌های فرانسوی شرکت کنید.',
      buttons: ['[tr:fa] Oui', '[tr:fa] Non'],
      cards: ['[tr:fa] CPAS de Namur', '[tr:fa] Téléphone : 081 25 04 00'],
      note: `[tr:fa] ${NOTE}`,
    });
    expect(server.count('/translate')).toBe(1);
    expect(JSON.stringify(server.requests[0].body.q)).not.toContain('081 25 04 00');
  });

  it('a slow engine: the question is not translated, the reply language falls back to French', async () => {
    server.options.delayMs = 10_000;
    await expect(prepareQuestion(mt, 'Merhaba, dil kursu nerede?', 'tr')).resolves.toEqual({
      kind: 'untranslated',
      lang: 'tr',
      replyLang: 'fr',
      text: 'Merhaba, dil kursu nerede?',
    });
    await expect(translateReply(mt, { text: 'Bonjour', buttons: ['Oui'] }, 'tr')).resolves.toBeUndefined();
  });
});

describe('conversation helpers without a translator', () => {
  const none = new NoTranslation();

  it('an uncurated language is answered in French and flagged untranslated', async () => {
    await expect(prepareQuestion(none, PERSIAN_QUESTION, 'fa')).resolves.toMatchObject({
      kind: 'untranslated',
      lang: 'fa',
      replyLang: 'fr',
    });
  });

  it('an unknown language stays unknown and the reply is in French', async () => {
    await expect(prepareQuestion(none, '???', undefined)).resolves.toMatchObject({
      kind: 'untranslated',
      lang: undefined,
      replyLang: 'fr',
    });
  });

  it('replies cannot be translated', async () => {
    await expect(translateReply(none, { text: 'Bonjour' }, 'so')).resolves.toBeUndefined();
  });
});
