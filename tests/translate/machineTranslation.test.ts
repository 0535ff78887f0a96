import { startFakeLibreTranslate, type FakeLibreTranslate } from '../fakes/libreTranslateServer';
import { translationKey, type TranslationStore } from '../../src/translate/cache';
import { LibreTranslateClient } from '../../src/translate/libreTranslate';
import {
  MachineTranslationService,
  NoTranslation,
  createMachineTranslation,
  pickCuratedFallback,
  type MachineTranslationOptions,
} from '../../src/translate/machineTranslation';
import { TranslateError } from '../../src/translate/types';
import { CURATED_LANGS } from '../../src/knowledge/types';

/** The two Store methods the cache uses, in memory, counting calls. */
class MemoryTranslations implements TranslationStore {
  readonly map = new Map<string, string>();
  gets = 0;
  puts = 0;
  async getTranslation(key: string): Promise<string | undefined> {
    this.gets += 1;
    return this.map.get(key);
  }
  async putTranslation(key: string, value: string): Promise<void> {
    this.puts += 1;
    this.map.set(key, value);
  }
}

/** A store whose every call fails. */
const brokenStore: TranslationStore = {
  getTranslation: () => Promise.reject(new Error('disk full')),
  putTranslation: () => Promise.reject(new Error('disk full')),
};

const REPLY = 'Vous pouvez suivre des cours de français.';
const REPLY_WITH_CONTACTS =
  'Allez au CPAS ou au BAPA (1030), appelez le 02 123 45 67 ou écrivez à info@example.be : https://www.ibz.be/fr.';

describe('MachineTranslationService against a local LibreTranslate', () => {
  let server: FakeLibreTranslate;
  let store: MemoryTranslations;
  let clock: number;
  const errors: TranslateError[] = [];

  beforeEach(async () => {
    server = await startFakeLibreTranslate();
    store = new MemoryTranslations();
    clock = 0;
    errors.length = 0;
  });
  afterEach(async () => {
    await server.close();
  });

  function service(options: Partial<MachineTranslationOptions> = {}, retries = 0): MachineTranslationService {
    const client = new LibreTranslateClient({ url: server.url, retries, backoffMs: 1, timeoutMs: 5000 });
    return new MachineTranslationService(client, store, {
      // 300 ms was sometimes too little for a first request on a busy machine (a translation to cache came back undefined).
      deadlineMs: 1000,
      breaker: { failureThreshold: 2, coolDownMs: 60_000, now: () => clock },
      onError: (e) => errors.push(e),
      ...options,
    });
  }

  it('detects the language of a newcomer who writes in Persian', async () => {
    await expect(service().detect('کجا می‌توانم فرانسوی یاد بگیرم؟')).resolves.toBe('fa');
  });

  it('does not trust a detection below the configured confidence', async () => {
    await expect(service({ minDetectConfidence: 50 }).detect('xyz')).resolves.toBeUndefined();
  });

  it('round trip: the question goes to French, the curated French reply and its buttons come back in Spanish', async () => {
    const mt = service();
    const question = await mt.translate(['¿Dónde puedo aprender francés?'], 'es', 'fr');
    expect(question).toEqual(['Où puis-je apprendre le français ?']);
    const reply = await mt.translate([REPLY, 'Oui', 'Autre question'], 'fr', 'es');
    expect(reply).toEqual(['Puede seguir cursos de francés.', '[tr:es] Oui', '[tr:es] Autre question']);
    expect(server.count('/translate')).toBe(2);
  });

  it('never sends URLs, phones, e-mails, postal codes or service codes to the engine, and puts them back', async () => {
    const out = await service().translate([REPLY_WITH_CONTACTS], 'fr', 'fa');
    expect(out).toEqual([`[tr:fa] ${REPLY_WITH_CONTACTS}`]);
    const sent = (server.requests[0].body.q as string[])[0];
    for (const s of ['CPAS', 'BAPA', '1030', '02 123 45 67', 'info@example.be', 'https://www.ibz.be/fr']) {
      expect(sent).not.toContain(s);
    }
  });

  it('restores spans when the engine spaces out placeholders or writes them in Arabic-Indic digits', async () => {
    server.options.placeholders = 'spaced';
    const spaced = await service().translate(['Appelez le 112.'], 'fr', 'ar');
    expect(spaced?.[0]).toContain('112');
    expect(spaced?.[0]).not.toContain('⟦');
    server.options.placeholders = 'arabic-digits';
    const arabic = await service().translate(['Appelez le 101.'], 'fr', 'ar');
    expect(arabic).toEqual(['[tr:ar] Appelez le 101.']);
  });

  it('answers nothing rather than a translation that lost a phone number', async () => {
    server.options.placeholders = 'drop';
    await expect(service().translate(['Appelez le 02 123 45 67.'], 'fr', 'tr')).resolves.toBeUndefined();
    expect(store.map.size).toBe(0);
  });

  it('keeps service names of the reply as they are', async () => {
    await service().translate(['Convivial vous aide.'], 'fr', 'tr', { protectedTerms: ['Convivial'] });
    expect((server.requests[0].body.q as string[])[0]).not.toContain('Convivial');
  });

  it('serves a repeated curated text from the store cache without asking the engine again', async () => {
    const first = await service().translate([REPLY, 'Oui'], 'fr', 'tr');
    const again = await service().translate([REPLY, 'Oui'], 'fr', 'tr');
    expect(again).toEqual(first);
    expect(server.count('/translate')).toBe(1);
    expect(store.map.get(translationKey('fr', 'tr', REPLY))).toBe(`[tr:tr] ${REPLY}`);
  });

  it('asks the engine only for the texts not cached yet', async () => {
    await service().translate([REPLY], 'fr', 'tr');
    const out = await service().translate([REPLY, 'Merci'], 'fr', 'tr');
    expect(out).toEqual([`[tr:tr] ${REPLY}`, '[tr:tr] Merci']);
    expect(server.requests[1].body.q).toEqual(['Merci']);
  });

  it('keys the cache by source and target: the same text to another language is translated again', async () => {
    await service().translate([REPLY], 'fr', 'tr');
    await service().translate([REPLY], 'fr', 'es');
    expect(server.count('/translate')).toBe(2);
  });

  it('never keeps what a person wrote: questions translated to French are not cached', async () => {
    await service().translate(['¿Dónde puedo aprender francés?'], 'es', 'fr');
    expect(store.puts).toBe(0);
    expect([...store.map.values()].join(' ')).not.toContain('apprendre');
  });

  it('still translates when the cache store fails', async () => {
    const client = new LibreTranslateClient({ url: server.url, retries: 0 });
    const mt = new MachineTranslationService(client, brokenStore, { deadlineMs: 300 });
    await expect(mt.translate([REPLY], 'fr', 'es')).resolves.toEqual(['Puede seguir cursos de francés.']);
  });

  it('keeps blank texts and does not call the engine for the same language', async () => {
    const mt = service();
    await expect(mt.translate(['', '  '], 'fr', 'es')).resolves.toEqual(['', '  ']);
    await expect(mt.translate([REPLY], 'fr', 'fr')).resolves.toEqual([REPLY]);
    expect(server.count('/translate')).toBe(0);
  });

  it('resolves undefined for a language the engine does not offer, without opening the breaker', async () => {
    const mt = service();
    await expect(mt.translate([REPLY], 'fr', 'ti')).resolves.toBeUndefined();
    await expect(mt.translate([REPLY], 'fr', 'ti')).resolves.toBeUndefined();
    expect(mt.breakerState).toBe('closed');
    expect(mt.available).toBe(true);
    expect(errors[0].message).toContain('ti is not supported');
  });

  it('slow engine: resolves undefined at the deadline instead of waiting for the translation', async () => {
    server.options.delayMs = 10_000;
    const mt = service();
    await expect(mt.translate([REPLY], 'fr', 'es')).resolves.toBeUndefined();
    await expect(mt.detect('hola')).resolves.toBeUndefined();
    expect(errors.map((e) => e.reason)).toEqual(['timeout', 'timeout']);
  });

  it('breaker: after repeated failures the engine is not asked any more, and is tried again after the cool-down', async () => {
    server.options.failure = 'server-error';
    const mt = service();
    await mt.translate([REPLY], 'fr', 'es');
    await mt.translate([REPLY], 'fr', 'es');
    expect(mt.breakerState).toBe('open');
    expect(mt.available).toBe(false);
    const asked = server.count('/translate');
    await expect(mt.translate([REPLY], 'fr', 'es')).resolves.toBeUndefined();
    await expect(mt.detect('hola')).resolves.toBeUndefined();
    expect(server.requests.length).toBe(asked);

    server.options.failure = 'none';
    clock += 60_000;
    expect(mt.available).toBe(true);
    await expect(mt.translate([REPLY], 'fr', 'es')).resolves.toEqual(['Puede seguir cursos de francés.']);
    expect(mt.breakerState).toBe('closed');
  });

  it('breaker: a slow engine opens it too, and a failed trial keeps it open', async () => {
    server.options.delayMs = 10_000;
    const mt = service();
    await mt.translate([REPLY], 'fr', 'es');
    await mt.translate([REPLY], 'fr', 'es');
    expect(mt.breakerState).toBe('open');
    clock += 60_000;
    await expect(mt.translate([REPLY], 'fr', 'es')).resolves.toBeUndefined();
    expect(mt.breakerState).toBe('open');
  });

  it('cached curated text is still served while the breaker is open', async () => {
    const mt = service();
    await mt.translate([REPLY], 'fr', 'es');
    server.options.failure = 'server-error';
    await mt.translate(['Autre'], 'fr', 'es');
    await mt.translate(['Autre'], 'fr', 'es');
    expect(mt.breakerState).toBe('open');
    await expect(mt.translate([REPLY], 'fr', 'es')).resolves.toEqual(['Puede seguir cursos de francés.']);
  });

  it('a retry inside the deadline hides a passing 429 from the person', async () => {
    server.options.failure = 'slowdown';
    server.options.failFirst = 1;
    await expect(service({}, 2).translate([REPLY], 'fr', 'es')).resolves.toEqual(['Puede seguir cursos de francés.']);
  });

  it('a bad API key resolves undefined and counts as a failure', async () => {
    server.options.apiKey = 'secret';
    const mt = service();
    await expect(mt.translate([REPLY], 'fr', 'es')).resolves.toBeUndefined();
    expect(errors[0].status).toBe(403);
  });
});

describe('without a translator', () => {
  it('createMachineTranslation without a URL gives NoTranslation: unavailable, everything undefined', async () => {
    const mt = createMachineTranslation({ url: '  ' });
    expect(mt).toBeInstanceOf(NoTranslation);
    expect(mt.available).toBe(false);
    await expect(mt.detect('hola')).resolves.toBeUndefined();
    await expect(mt.translate(['Bonjour'], 'fr', 'es')).resolves.toBeUndefined();
  });

  it('createMachineTranslation with a URL talks to that server, with the API key', async () => {
    const server = await startFakeLibreTranslate({ apiKey: 'k' });
    try {
      const mt = createMachineTranslation({ url: server.url, apiKey: 'k', timeoutMs: 1000 }, new MemoryTranslations());
      expect(mt.available).toBe(true);
      await expect(mt.translate([REPLY], 'fr', 'es')).resolves.toEqual(['Puede seguir cursos de francés.']);
    } finally {
      await server.close();
    }
  });

  it('an unreachable translator resolves undefined instead of throwing', async () => {
    const gone = await startFakeLibreTranslate();
    const url = gone.url;
    await gone.close();
    const mt = createMachineTranslation({ url, client: { retries: 0 } });
    await expect(mt.translate([REPLY], 'fr', 'es')).resolves.toBeUndefined();
    await expect(mt.detect('hola')).resolves.toBeUndefined();
  });
});

describe('pickCuratedFallback', () => {
  it('keeps a curated language, including regional tags', () => {
    expect(pickCuratedFallback('uk', CURATED_LANGS)).toBe('uk');
    expect(pickCuratedFallback('nl-BE', CURATED_LANGS)).toBe('nl');
    expect(pickCuratedFallback('AR', CURATED_LANGS)).toBe('ar');
  });

  it('answers in French for languages without curated text (no guessed "closest" language)', () => {
    for (const lang of ['fa', 'prs', 'ps', 'ti', 'so', 'tr', 'es', 'be']) {
      expect(pickCuratedFallback(lang, CURATED_LANGS)).toBe('fr');
    }
  });
});
