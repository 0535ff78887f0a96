// A turn that fails inside the bot (a component throws) ends with an apology in the person's language, a log line
// without their words, and a server that answers the next question: the real app over HTTP.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Answerer } from '../../src/answer/answerer';
import { createRelais, projectRoot, type Relais } from '../../src/app';
import { loadConfig } from '../../src/config';
import { i18n } from '../dialogs/harness';
import { answerOf, ask } from './helpers';

describe('a turn that fails', () => {
  let relais: Relais;
  let url: string;
  let dataDir: string;
  const lines: string[] = [];

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'relais-turnerror-'));
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', DATA_DIR: dataDir }, projectRoot());
    relais = await createRelais(config, { purge: false, logDestination: { write: (line: string) => lines.push(line) } });
    url = await relais.listen();
  });
  afterAll(async () => {
    await relais.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  afterEach(() => jest.restoreAllMocks());

  it.each([
    ['uk', undefined, 'Як отримати фінансову допомогу в CPAS? Мене звати Олена'],
    ['ar', 'ar-SY', 'كيف أحصل على مساعدة مالية من CPAS؟'],
    ['fr', undefined, 'Comment avoir le revenu d’intégration du CPAS ?'],
  ])('apologises in %s (locale %s), logs the failure without the text, and answers the next question', async (lang, locale, text) => {
    jest.spyOn(Answerer.prototype, 'decide').mockImplementationOnce(() => {
      throw new Error('AnswererError: index unavailable');
    });
    const before = lines.length;
    const replies = await ask(url, text, { channelData: { postalCode: '5000' }, ...(locale ? { locale } : {}) });
    const apology = replies.find((r) => r.text === i18n.t(lang, 'error.apology'));
    expect(apology).toBeDefined();
    expect(apology!.channelData!.answer).toMatchObject({ kind: 'prompt', lang });

    const logged = lines.slice(before).join('\n');
    expect(logged).toContain('turn failed');
    expect(logged).toContain('AnswererError: index unavailable');
    expect(logged).not.toContain(text);
    expect(logged).not.toContain('Олена');

    // The failure was one turn's: the same question, asked again, is answered.
    const again = answerOf(await ask(url, text, { channelData: { postalCode: '5000' }, ...(locale ? { locale } : {}) }));
    expect(again!.channelData!.answer).toMatchObject({ kind: 'answer', topic: 'cpas', lang });
  });
});
