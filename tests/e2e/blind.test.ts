// A blind batch nobody on the team wrote (tests/fixtures/blind/orient-2.heldout.jsonl), through the real server.
// HELD OUT: never tuned on (its failures are not read to fix the engine or the knowledge base); the floors below sit
// under the figures it gave on 2026-12-04 (docs/eval.md, "Blind batches"): topic 64/96, off-topic answered 1/24.
// The tuning set (tests/fixtures/probes/kb-probes.jsonl) is a training set: its floors say nothing of new phrasings.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { conversation, judge, type BlindLine, type Row } from '../../scripts/blind-eval';
import { startRelais, type RunningRelais } from '../http/helpers';

const FILE = path.join(__dirname, '..', 'fixtures', 'blind', 'orient-2.heldout.jsonl');
/** Right topic on orientation questions (64/96 measured). */
const TOPIC_FLOOR = 0.6;
/** Off-topic messages answered with an entry (1/24 measured; the bar is 5%). */
const OFFTOPIC_CEILING = 0.1;

let r: RunningRelais;
beforeAll(async () => {
  r = await startRelais();
});
afterAll(async () => {
  await r.stop();
});

it('understands a held-out blind batch in six languages at least as well as measured', async () => {
  const lines = readFileSync(FILE, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as BlindLine);
  const rows: Row[] = [];
  for (const line of lines) {
    const texts = line.kind === 'followup' && line.previous ? [line.previous, line.text] : [line.text];
    rows.push(judge(line, await conversation(r.url, texts)));
  }
  const orientation = rows.filter((x) => x.line.kind === 'orientation');
  const offtopic = rows.filter((x) => x.line.kind === 'offtopic');
  const topic = orientation.filter((x) => x.topicOk).length / orientation.length;
  const answeredOff = offtopic.filter((x) => !x.topicOk).length / offtopic.length;
  console.log(`held-out blind batch: topic ${(topic * 100).toFixed(0)}% of ${orientation.length}, off-topic answered ${(answeredOff * 100).toFixed(0)}% of ${offtopic.length}`);
  expect(orientation.length).toBe(96);
  expect(topic).toBeGreaterThanOrEqual(TOPIC_FLOOR);
  expect(answeredOff).toBeLessThanOrEqual(OFFTOPIC_CEILING);
}, 120_000);
