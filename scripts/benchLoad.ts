// What the benchmarks send and how: the twelve questions or a file of the operator's (`--texts`), the activity posted
// to /api/messages, and the POST itself.
import { readFileSync } from 'node:fs';
import http from 'node:http';

/** Questions people ask, in the six chat languages (the load cycles through them). */
export const QUESTIONS: readonly string[] = [
  'Comment obtenir un titre de séjour à Liège ?',
  'Où trouver un cours de français à Namur ?',
  'Waar kan ik Nederlandse les volgen in Brussel?',
  'Hoe vraag ik een leefloon aan bij het OCMW?',
  'How do I register my address at the commune?',
  'I need a doctor but I have no insurance',
  'Як записати дитину до школи?',
  'Де знайти житло в Шарлеруа?',
  'Как получить помощь от CPAS?',
  'Где бесплатная юридическая помощь?',
  'كيف أسجل في دروس اللغة الفرنسية؟',
  'أين أجد طبيبا في بروكسل؟',
];

/** The texts of `--texts`: JSON lines with a `text` or `question` field, or plain lines; `tool` names the command in errors. */
export function readTexts(file: string, tool: string): string[] {
  const texts = readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      if (!line.startsWith('{')) return line;
      const row = JSON.parse(line) as { text?: unknown; question?: unknown };
      return typeof row.text === 'string' ? row.text : typeof row.question === 'string' ? row.question : '';
    })
    .filter(Boolean);
  if (texts.length === 0) throw new Error(`${tool}: --texts ${file} holds no text`);
  return texts;
}

/** A message of conversation `c` (of the run `tag`) for /api/messages, replies in the HTTP answer. */
export function apiMessage(tag: string, c: number, text: string): string {
  return JSON.stringify({
    type: 'message',
    deliveryMode: 'expectReplies',
    channelId: 'bench',
    serviceUrl: 'http://127.0.0.1:9/unused',
    conversation: { id: `${tag}-c${c}` },
    from: { id: `${tag}-u${c}` },
    recipient: { id: 'bot' },
    text,
  });
}

/** POSTs a JSON body through `agent` (kept alive) and resolves with the status once the answer is read. */
export function postJson(agent: http.Agent, url: URL, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { agent, host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
