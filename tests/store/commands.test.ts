import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main as forget } from '../../scripts/forget';
import { main as purge } from '../../scripts/purge';
import { main as report } from '../../scripts/report';
import type { CommandIO } from '../../src/store/cli';
import { createStore } from '../../src/store';

function capture(dataDir: string): CommandIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { env: { DATA_DIR: dataDir }, cwd: dataDir, out: (l) => stdout.push(l), err: (l) => stderr.push(l), stdout, stderr };
}

describe('maintainer commands', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'relais-commands-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** What a short test conversation leaves in the store: two answered questions, one unanswered, feedback. */
  async function testConversation(): Promise<void> {
    const store = await createStore({ dataDir: path.join(dir, 'data') });
    const day = new Date().toISOString().slice(0, 10);
    await store.linkConversation('visitor-1', 'conv-1');
    await store.botStorage.write({ 'test/conversations/conv-1/': { dialogState: {} }, 'test/users/visitor-1/': { lang: 'fr' } });
    await store.putProfile({ userId: 'visitor-1', lang: 'fr', postalCode: '5000', region: 'wallonia', updatedAt: new Date().toISOString() });
    await store.addEvent({ day, topic: 'cpas', entryId: 'cpas-ris', lang: 'fr', outcome: 'answered', channel: 'test' });
    await store.addEvent({ day, topic: 'housing', lang: 'fr', outcome: 'clarified', channel: 'test' });
    await store.addEvent({ day, lang: 'fr', outcome: 'fallback', channel: 'test' });
    await store.addFeedback({ entryId: 'cpas-ris', value: 'useful', lang: 'fr', day });
    await store.addReviewItem({ text: 'question sans réponse, mon gsm 0470 12 34 56', lang: 'fr', day, userId: 'visitor-1' });
    await store.close();
  }

  it('report prints the figures of a test conversation as one JSON object', async () => {
    await testConversation();
    const io = capture(dir);
    expect(await report(['--data-dir', path.join(dir, 'data')], io)).toBe(0);
    const r = JSON.parse(io.stdout.join('\n'));
    expect(r).toMatchObject({
      questions: 3,
      byTopic: { cpas: 1, housing: 1, none: 1 },
      byLang: { fr: 3 },
      byOutcome: { answered: 1, clarified: 1, fallback: 1 },
      unansweredRate: 0.3333,
      feedbackByEntry: { 'cpas-ris': { useful: 1, 'not-useful': 0, wrong: 0 } },
      reviewQueue: 1,
    });
    expect(io.stderr.join('\n')).toContain('embedded store');
  });

  it('forget erases one person and says how many records went, per collection', async () => {
    await testConversation();
    const io = capture(dir);
    expect(await forget(['visitor-1', '--data-dir', path.join(dir, 'data')], io)).toBe(0);
    expect(io.stdout).toEqual(['forget: 5 record(s) erased for user "visitor-1"; 0 left']);
    expect(io.stderr).toEqual(expect.arrayContaining(['forget:   profiles: 1 erased', 'forget:   conversationState: 1 erased']));
    const store = await createStore({ dataDir: path.join(dir, 'data') });
    try {
      const dump = JSON.stringify(await store.dump());
      expect(dump).not.toContain('visitor-1');
      expect(dump).not.toContain('conv-1');
      expect((await store.report()).questions).toBe(3);
    } finally {
      await store.close();
    }
  });

  it('forget without a user id explains its usage and fails', async () => {
    const io = capture(dir);
    expect(await forget([], io)).toBe(2);
    expect(io.stderr[0]).toBe('forget: no user id given; usage: npm run forget -- <userId> [--conversation <conversationId>]... [--data-dir DIR]');
  });

  it('commands name the bad setting when the configuration is wrong', async () => {
    const io = { ...capture(dir), env: { DATA_DIR: dir, MONGODB_URL: 'http://not-mongo' } };
    expect(await report([], io)).toBe(1);
    expect(io.stderr.join('\n')).toContain('report: ConfigError: MONGODB_URL="http://not-mongo" must be a mongodb: or mongodb+srv: URL');
  });

  it('purge deletes nothing that is still within its retention period', async () => {
    await testConversation();
    const io = capture(dir);
    expect(await purge(['--data-dir', path.join(dir, 'data')], io)).toBe(0);
    expect(io.stdout).toEqual(['purge: 0 expired record(s) deleted']);
    expect(io.stderr.join('\n')).toContain('retention (days): conversation 30');
  });
});
