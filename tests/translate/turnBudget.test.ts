// One translation budget per turn: a translator that never answers costs a message one deadline, not one per call,
// and each timeout counts toward the circuit breaker.
import { startFakeLibreTranslate, type FakeLibreTranslate } from '../fakes/libreTranslateServer';
import { LibreTranslateClient } from '../../src/translate/libreTranslate';
import { MachineTranslationService } from '../../src/translate/machineTranslation';
import { TranslateError, type Translator } from '../../src/translate/types';

/** A translator that never answers and gives up at once when aborted (as fetch does on a hung connection). */
const silent: Translator = {
  detect: (_t, o) => new Promise((_resolve, reject) => o?.signal?.addEventListener('abort', () => reject(new TranslateError('silent', 'aborted', undefined, 'aborted')))),
  translate: (_t, _s, _g, o) => new Promise((_resolve, reject) => o?.signal?.addEventListener('abort', () => reject(new TranslateError('silent', 'aborted', undefined, 'aborted')))),
  languages: async () => [],
};

describe('translation budget of one turn', () => {
  let server: FakeLibreTranslate;
  beforeEach(async () => {
    server = await startFakeLibreTranslate({ delayMs: 60_000 });
  });
  afterEach(async () => {
    await server.close();
  });

  const service = (deadlineMs = 300) =>
    new MachineTranslationService(new LibreTranslateClient({ url: server.url, retries: 2, backoffMs: 1, timeoutMs: 60_000 }), undefined, {
      deadlineMs,
      breaker: { failureThreshold: 3, coolDownMs: 60_000 },
    });

  /**
   * What one message costs the bot: the question, then four reply messages translated (the language was known), all
   * with the turn's one budget, as the bot hands it over (TurnInfo.translationBudget).
   */
  const turn = async (mt: MachineTranslationService) => {
    const budget = { spentMs: 0 };
    await mt.translate(['¿Dónde puedo aprender francés?'], 'es', 'fr', { cache: false, budget });
    for (let i = 0; i < 4; i += 1) await mt.translate([`Réponse ${i}`], 'fr', 'es', { budget });
  };

  it('asks a silent translator once per message, then stops asking after three messages (breaker open)', async () => {
    const mt = service();
    await turn(mt);
    // Before: 5 calls, each waiting its own deadline.
    expect(server.requests).toHaveLength(1);
    await turn(mt);
    await turn(mt);
    expect(server.requests).toHaveLength(3);
    expect(mt.breakerState).toBe('open');
    await turn(mt);
    expect(server.requests).toHaveLength(3);
  });

  it('shares the budget with the detection when the language must be detected first', async () => {
    const mt = service();
    const budget = { spentMs: 0 };
    await expect(mt.detect('Kur mund të mësoj frëngjisht?', { budget })).resolves.toBeUndefined();
    await expect(mt.translate(['Kur mund të mësoj frëngjisht?'], 'sq', 'fr', { budget })).resolves.toBeUndefined();
    expect(server.requests.map((r) => r.path)).toEqual(['/detect']);
  });

  it('counts a translation that timed out as a failure even when the aborted call settles first', async () => {
    const mt = new MachineTranslationService(silent, undefined, { deadlineMs: 50, breaker: { failureThreshold: 3, coolDownMs: 60_000 } });
    for (let i = 0; i < 3; i += 1) await mt.translate(['Bonjour'], 'fr', 'es');
    expect(mt.breakerState).toBe('open');
  });

  it('gives every call a whole budget outside a turn', async () => {
    // A deadline long enough for each request to reach the fake server on a loaded machine: at 300 ms a clean-clone CI
    // run once saw the second request aborted before the server had read it (1 request recorded, not 2).
    const mt = service(2_000);
    await mt.translate(['Bonjour'], 'fr', 'es');
    await mt.translate(['Bonjour'], 'fr', 'es');
    expect(server.requests).toHaveLength(2);
    expect(mt.breakerState).toBe('closed');
  });
});
