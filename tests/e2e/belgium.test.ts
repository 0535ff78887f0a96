// The belgium orientation set through the HTTP endpoint: expected topic, a service of an expected type, the
// expected text, in the question's language. Prints the figure; the issue's bar is 90%.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/app';
import { answerOf, ask, startRelais, type RunningRelais } from '../http/helpers';

interface BelgiumQuestion {
  id: string;
  lang: string;
  postalCode?: string;
  question: string;
  expect: { topic?: string; serviceTypes?: string[]; textIncludes?: string[] };
}

const FILE = path.resolve(projectRoot(), '../shared/eval/belgium/questions.jsonl');
const REQUIRED = 0.9;

/** Why one question failed, or undefined when the reply shows everything expected. */
function check(q: BelgiumQuestion, reply: ReturnType<typeof answerOf>): string | undefined {
  const a = reply?.channelData?.answer;
  if (!a || !reply) return 'no answer';
  if (q.expect.topic && a.topic !== q.expect.topic) return `topic ${a.topic ?? '-'} ≠ ${q.expect.topic}`;
  if (a.lang !== q.lang) return `lang ${a.lang} ≠ ${q.lang}`;
  if (q.expect.serviceTypes && !a.services.some((s) => q.expect.serviceTypes!.includes(s.type))) {
    return `services [${a.services.map((s) => s.type).join(',')}] lack ${q.expect.serviceTypes.join('|')}`;
  }
  for (const t of q.expect.textIncludes ?? []) if (!reply.text?.includes(t)) return `text lacks "${t}"`;
  return undefined;
}

const describeIfData = existsSync(FILE) ? describe : describe.skip;

describeIfData(`belgium orientation set (${FILE})`, () => {
  let r: RunningRelais;
  beforeAll(async () => {
    r = await startRelais();
  });
  afterAll(async () => {
    await r.stop();
  });

  it(`gets at least ${REQUIRED * 100}% of the questions fully right through /api/messages`, async () => {
    const questions = readFileSync(FILE, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as BelgiumQuestion);
    const failures: string[] = [];
    for (const q of questions) {
      const extra = q.postalCode ? { channelData: { postalCode: q.postalCode } } : {};
      const why = check(q, answerOf(await ask(r.url, q.question, extra)));
      if (why) failures.push(`${q.id} (${q.lang}): ${why}`);
    }
    const score = (questions.length - failures.length) / questions.length;
    console.log(`belgium via HTTP: ${questions.length - failures.length}/${questions.length} = ${(score * 100).toFixed(1)}%${failures.length ? `\n  ${failures.join('\n  ')}` : ''}`);
    expect(score).toBeGreaterThanOrEqual(REQUIRED);
  });
});
