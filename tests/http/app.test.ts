// The real app over HTTP: a question in each core language is answered in that language; bad input gets a precise 4xx.
import { answerOf, ask, startRelais, type RunningRelais } from './helpers';

describe('Relais over HTTP', () => {
  let r: RunningRelais;
  beforeAll(async () => {
    r = await startRelais();
  });
  afterAll(async () => {
    await r.stop();
  });

  it('reports healthy once the knowledge base is loaded and the store answers', async () => {
    const res = await fetch(`${r.url}/healthz`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { status: string; knowledge: { entries: number }; store: string };
    expect(body.status).toBe('ok');
    expect(body.store).toBe('ok');
    expect(body.knowledge.entries).toBeGreaterThan(20);
  });

  it.each([
    ['fr', 'Comment est-ce que je peux avoir le revenu d’intégration du CPAS ?', '5000', 'cpas'],
    ['nl', 'Hoe kan ik financiële steun krijgen van het OCMW?', '1000', 'cpas'],
    ['en', 'How can I get money from the CPAS, I have nothing left', '4000', 'cpas'],
    ['uk', 'Як отримати фінансову допомогу в CPAS?', '6000', 'cpas'],
    ['ru', 'Как получить финансовую помощь в CPAS?', '1030', 'cpas'],
    ['ar', 'كيف أحصل على مساعدة مالية من CPAS؟', '5000', 'cpas'],
  ])('answers a %s question in %s with channelData.answer and the local CPAS', async (lang, text, postalCode, topic) => {
    const replies = await ask(r.url, text, { channelData: { postalCode } });
    const reply = answerOf(replies);
    expect(reply).toBeDefined();
    const answer = reply!.channelData!.answer!;
    expect(answer.kind).toBe('answer');
    expect(answer.topic).toBe(topic);
    expect(answer.lang).toBe(lang);
    expect(answer.machineTranslated).toBe(false);
    expect(answer.services.some((s) => s.type === 'cpas')).toBe(true);
    expect(reply!.text!.length).toBeGreaterThan(50);
  });

  it('writes the Arabic answer in Arabic script', async () => {
    const reply = answerOf(await ask(r.url, 'أين يمكنني تعلم اللغة الفرنسية مجانا؟', { channelData: { postalCode: '1030' } }));
    expect(reply!.channelData!.answer!.lang).toBe('ar');
    expect(reply!.text).toMatch(/[\u0600-\u06FF]{4,}/);
  });

  it('offers likely follow-ups of the same topic as buttons after an answer, and answers one when pressed', async () => {
    type Button = { title: string; value: string };
    const conversation = { id: `conv-followups-${process.pid}` };
    const from = { id: `user-followups-${process.pid}` };
    const replies = await ask(r.url, 'Comment demander le revenu d’intégration au CPAS ?', { conversation, from, channelData: { postalCode: '5000' } });
    const buttons = replies.flatMap((a) => ((a as { suggestedActions?: { actions: Button[] } }).suggestedActions?.actions ?? []));
    const first = answerOf(replies)!.channelData!.answer!;
    const followUp = buttons.find((b) => !['Oui, utile', 'Non, pas utile', 'Information fausse', "Parler à quelqu'un"].includes(b.title));
    expect(followUp).toBeDefined();
    const next = answerOf(await ask(r.url, followUp!.value, { conversation, from }));
    expect(next!.channelData!.answer!.topic).toBe('cpas');
    expect(next!.channelData!.answer!.entryId).not.toBe(first.entryId);
  });

  const post = (body: string, contentType = 'application/json') =>
    fetch(`${r.url}/api/messages`, { method: 'POST', headers: { 'content-type': contentType }, body });

  it.each([
    ['an activity without type', JSON.stringify({ conversation: { id: 'c' }, from: { id: 'u' }, deliveryMode: 'expectReplies' }), 400, 'activity field "type" must be a non-empty string'],
    ['a message without conversation', JSON.stringify({ type: 'message', from: { id: 'u' }, deliveryMode: 'expectReplies' }), 400, 'activity field "conversation" must be an object'],
    ['a message without serviceUrl', JSON.stringify({ type: 'message', conversation: { id: 'c' }, from: { id: 'u' } }), 400, 'activity field "serviceUrl" is required unless deliveryMode is "expectReplies"'],
    ['a text that is not a string', JSON.stringify({ type: 'message', text: 42, conversation: { id: 'c' }, from: { id: 'u' }, deliveryMode: 'expectReplies' }), 400, 'activity field "text" must be a string'],
    ['a bad postal code', JSON.stringify({ type: 'message', text: 'x', conversation: { id: 'c' }, from: { id: 'u' }, deliveryMode: 'expectReplies', channelData: { postalCode: '12345' } }), 400, 'activity field "channelData.postalCode" must be a string of 4 digits'],
    ['a JSON array', '[1,2]', 400, 'must be a JSON object'],
    ['a body that is not JSON', '{"type": "message",', 400, 'request body is not valid JSON'],
    ['a body over the size limit', JSON.stringify({ type: 'message', text: 'a'.repeat(70_000) }), 413, 'is over the limit of 65536 bytes'],
  ])('refuses %s with a precise message', async (_what, body, status, message) => {
    const res = await post(body);
    expect(res.status).toBe(status);
    const json = (await res.json()) as { error: { message: string } };
    expect(json.error.message).toContain(message);
  });

  it('refuses a body that is not declared as JSON with 415', async () => {
    const res = await post('hello', 'text/plain');
    expect(res.status).toBe(415);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain('Content-Type must be application/json');
  });

  it('answers an unknown route with 404 and a wrong method with 405', async () => {
    const a = await fetch(`${r.url}/api/nothing-here`);
    expect(a.status).toBe(404);
    expect(((await a.json()) as { error: { message: string } }).error.message).toContain('no route GET /api/nothing-here');
    const b = await fetch(`${r.url}/api/messages`);
    expect(b.status).toBe(405);
  });

  it('keeps serving after all that bad input', async () => {
    const reply = answerOf(await ask(r.url, 'Je dois m’inscrire où pour le parcours d’intégration ?', { channelData: { postalCode: '5000' } }));
    expect(reply!.channelData!.answer!.topic).toBe('integration-pathway');
    expect((await fetch(`${r.url}/healthz`)).status).toBe(200);
  });
});
