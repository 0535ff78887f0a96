// The crisis net through the real app (composition root, /api/messages with expectReplies), first turn of a
// conversation: what a person on the chat receives.
import { ask, startRelais, type RunningRelais } from '../http/helpers';

let running: RunningRelais;

beforeAll(async () => {
  running = await startRelais();
});

afterAll(async () => {
  await running.stop();
});

describe('crisis net on the real server', () => {
  it('answers a threat in Latin-letter Russian at once with the emergency reply, 112 first', async () => {
    const replies = await ask(running.url, 'on skazal chto ub’et menya segodnya, pomogite');
    expect(replies[0].channelData?.answer?.kind).toBe('emergency');
    expect(replies[0].channelData?.answer?.services[0]?.id).toBe('emergency-112');
    expect(replies[0].text).toContain('112');
  });

  it('answers trafficking with the 24/7 trafficking line first', async () => {
    const replies = await ask(running.url, 'my employer keeps my passport and says i owe him for the trip, i work 7 days without pay');
    expect(replies[0].channelData?.answer?.kind).toBe('emergency');
    expect(replies[0].channelData?.answer?.services.map((s) => s.id).slice(0, 2)).toEqual(['traite-ligne-nationale', 'emergency-112']);
    expect(replies[0].text).toContain('078 055 800');
  });

  it('puts a safety check before the answer when the danger is only possible', async () => {
    const replies = await ask(running.url, 'nous sommes sans abri, comment avoir une adresse de référence ?');
    expect(replies[0].channelData?.answer).toMatchObject({ kind: 'prompt', topic: 'emergency' });
    expect(replies[0].text).toContain('112');
    expect(replies.some((r) => r.channelData?.answer?.kind === 'answer' || r.channelData?.answer?.kind === 'clarify')).toBe(true);
    expect(replies.some((r) => r.channelData?.answer?.kind === 'emergency')).toBe(false);
  });
});
