// The real app when its embedded store goes away: /healthz says so (503), questions are still answered with a
// notice that the conversation cannot be remembered, and everything recovers when the store comes back.
import type { DocStore, SqliteEngine } from '../../src/store';
import { answerOf, ask, startRelais, type RunningRelais } from './helpers';

describe('Relais with its store down', () => {
  let r: RunningRelais;
  let engine: SqliteEngine;
  beforeAll(async () => {
    r = await startRelais();
    engine = (r.relais.store.inner as DocStore).engine as SqliteEngine;
  });
  afterAll(async () => {
    await engine.reopen().catch(() => undefined);
    await r.stop();
  });

  it('reports 503, keeps answering with a notice, and recovers by itself', async () => {
    expect((await fetch(`${r.url}/healthz`)).status).toBe(200);
    await engine.close();
    const down = await fetch(`${r.url}/healthz`);
    expect(down.status).toBe(503);
    expect(((await down.json()) as { store: string }).store).toBe('unreachable');

    const replies = await ask(r.url, 'Comment demander le revenu d’intégration au CPAS ?', { channelData: { postalCode: '5000' } });
    expect(answerOf(replies)!.channelData!.answer!.topic).toBe('cpas');
    expect(replies.map((a) => a.text ?? '').join('\n')).toContain('Je n\'arrive pas à me souvenir de notre conversation');

    await engine.reopen();
    const deadline = Date.now() + 15_000;
    let status = 0;
    while (Date.now() < deadline && status !== 200) {
      status = (await fetch(`${r.url}/healthz`)).status;
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(status).toBe(200);
    // The bot's own probe (backoff from 1 s) notices the store is back; then the notice goes away.
    let remembered = false;
    while (Date.now() < deadline && !remembered) {
      const later = await ask(r.url, 'Comment demander le revenu d’intégration au CPAS ?', { channelData: { postalCode: '5000' } });
      remembered = !later.map((a) => a.text ?? '').join('\n').includes('Je n\'arrive pas à me souvenir');
      if (!remembered) await new Promise((resolve) => setTimeout(resolve, 300));
    }
    expect(remembered).toBe(true);
    expect(r.relais.store.degraded).toBe(false);
  });
});
