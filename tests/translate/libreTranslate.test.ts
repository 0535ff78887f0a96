import { startFakeLibreTranslate, type FakeLibreTranslate } from '../fakes/libreTranslateServer';
import { LibreTranslateClient } from '../../src/translate/libreTranslate';
import { TranslateError } from '../../src/translate/types';

describe('LibreTranslateClient against a local LibreTranslate', () => {
  let server: FakeLibreTranslate;

  beforeEach(async () => {
    server = await startFakeLibreTranslate();
  });
  afterEach(async () => {
    await server.close();
  });

  const client = (extra: Partial<ConstructorParameters<typeof LibreTranslateClient>[0]> = {}) =>
    new LibreTranslateClient({ url: server.url, backoffMs: 1, ...extra });

  it('detects a language, most likely first, with LibreTranslate confidences', async () => {
    const d = await client().detect('کجا می‌توانم فرانسوی یاد بگیرم؟');
    expect(d[0]).toEqual({ language: 'fa', confidence: 92 });
    expect(d.map((x) => x.language)).toEqual(['fa', 'ar']);
  });

  it('translates several texts in one request, keeping order', async () => {
    const out = await client().translate(['¿Dónde puedo aprender francés?', 'Hola'], 'es', 'fr');
    expect(out).toEqual(['Où puis-je apprendre le français ?', '[tr:fr] Hola']);
    expect(server.count('/translate')).toBe(1);
    expect(server.requests[0].body).toMatchObject({ source: 'es', target: 'fr', format: 'text' });
  });

  it('lists the languages the server offers, with their targets', async () => {
    const langs = await client().languages();
    const fa = langs.find((l) => l.code === 'fa');
    expect(fa?.name).toBe('Persian');
    expect(fa?.targets).toContain('fr');
  });

  it('sends the API key and reports 403 from a server that rejects it, without retrying', async () => {
    server.options.apiKey = 'right';
    await expect(client({ apiKey: 'right' }).translate(['x'], 'fr', 'en')).resolves.toEqual(['[tr:en] x']);
    expect(server.requests[0].body.api_key).toBe('right');
    const err = await client({ apiKey: 'wrong' })
      .translate(['x'], 'fr', 'en')
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TranslateError);
    expect((err as TranslateError).status).toBe(403);
    expect((err as TranslateError).message).toBe(
      'TranslateError: libretranslate: POST /translate answered 403: Invalid API key',
    );
    expect(server.count('/translate')).toBe(2);
  });

  it('reports an unsupported language with the server’s 400 message, without retrying', async () => {
    await expect(client().translate(['x'], 'fr', 'ti')).rejects.toThrow(
      'TranslateError: libretranslate: POST /translate answered 400: ti is not supported',
    );
    expect(server.count('/translate')).toBe(1);
  });

  it('retries a 429 slowdown with back-off and then succeeds', async () => {
    server.options.failure = 'slowdown';
    server.options.failFirst = 2;
    await expect(client({ retries: 2 }).translate(['x'], 'fr', 'en')).resolves.toEqual(['[tr:en] x']);
    expect(server.count('/translate')).toBe(3);
  });

  it('gives up after its retries on 500 and names the status', async () => {
    server.options.failure = 'server-error';
    await expect(client({ retries: 2 }).detect('bonjour')).rejects.toMatchObject({
      status: 500,
      message: 'TranslateError: libretranslate: POST /detect answered 500: Cannot translate text: engine failure',
    });
    expect(server.count('/detect')).toBe(3);
  });

  it('aborts an attempt that takes longer than its timeout', async () => {
    server.options.delayMs = 10_000;
    await expect(client({ timeoutMs: 100, retries: 0 }).translate(['x'], 'fr', 'en')).rejects.toMatchObject({
      reason: 'timeout',
      message: 'TranslateError: libretranslate: POST /translate timed out after 100 ms',
    });
  });

  it('stops at once, retries included, when the caller aborts', async () => {
    server.options.delayMs = 10_000;
    const controller = new AbortController();
    const pending = client({ retries: 5, timeoutMs: 5000 }).translate(['x'], 'fr', 'en', { signal: controller.signal });
    // Aborted once the first attempt has reached the engine (a fixed 50 ms was sometimes before it, on a busy machine).
    for (let waited = 0; server.count('/translate') === 0 && waited < 5000; waited += 10) await new Promise((r) => setTimeout(r, 10));
    controller.abort();
    await expect(pending).rejects.toMatchObject({ reason: 'aborted' });
    expect(server.count('/translate')).toBe(1);
  });

  it('treats a non-JSON answer (a proxy page) as an error, not as a translation', async () => {
    server.options.failure = 'garbage';
    await expect(client().translate(['x'], 'fr', 'en')).rejects.toMatchObject({ reason: 'bad-response' });
  });

  it('reports an unreachable server as a network error', async () => {
    const gone = await startFakeLibreTranslate();
    const url = gone.url;
    await gone.close();
    await expect(
      new LibreTranslateClient({ url, retries: 0 }).translate(['x'], 'fr', 'en'),
    ).rejects.toMatchObject({ reason: 'network' });
  });

  it('rejects a malformed URL at construction, naming it', () => {
    expect(() => new LibreTranslateClient({ url: 'not a url' })).toThrow(
      'TranslateError: libretranslate: url "not a url" is not a valid URL',
    );
  });
});
