// A bounded hostile-input campaign in the suite (scripts/hostile.ts, seeded): every route, about a thousand
// requests, no answer >= 500, no internal text in any body, one error shape, and the bot still answers afterwards.
import { hostileRequests, openConversations, runCampaign } from '../../scripts/hostile';
import { answerOf, ask, startRelais, type RunningRelais } from './helpers';

describe('hostile input on every route', () => {
  let r: RunningRelais;
  beforeAll(async () => {
    // One client address sends everything: startRelais's high /api/messages rate lets requests reach the checks.
    r = await startRelais();
  });
  afterAll(async () => {
    await r.stop();
  });

  it('answers 1,000 seeded hostile requests without a 5xx, internal text or another error shape, then a normal question', async () => {
    let degraded = 0;
    r.relais.store.on('degraded', () => (degraded += 1));
    const ctx = await openConversations(r.url, 6);
    expect(ctx.conversations).toHaveLength(6);
    const requests = hostileRequests(2026, 1000, ctx);
    expect(new Set(requests.map((q) => q.path.split('?')[0].split('/').slice(0, 3).join('/'))).size).toBeGreaterThan(5);
    const figures = await runCampaign(r.url, requests);
    expect(figures.leaks).toEqual([]);
    expect(figures.misshapen).toEqual([]);
    expect(figures.fiveXX).toBe(0);
    expect(figures.statuses['200']).toBeGreaterThan(50);
    expect(degraded).toBe(0);
    const reply = answerOf(await ask(r.url, 'Comment demander le revenu d’intégration au CPAS ?', { channelData: { postalCode: '5000' } }));
    expect(reply?.channelData?.answer?.topic).toBe('cpas');
  }, 60_000);
});
