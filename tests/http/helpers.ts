// Starts the real app (composition root) on an ephemeral port with a temporary data folder, for HTTP tests.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRelais, projectRoot, type Relais, type RelaisOverrides } from '../../src/app';
import { loadConfig } from '../../src/config';

export interface RunningRelais {
  relais: Relais;
  url: string;
  stop(): Promise<void>;
}

/** The real app with embedded defaults, on 127.0.0.1 and a free port. */
export async function startRelais(env: NodeJS.ProcessEnv = {}, overrides: RelaisOverrides = {}): Promise<RunningRelais> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'relais-http-'));
  // Every request of a test comes from 127.0.0.1: the /api/messages rate limit per address is raised unless the
  // test sets it (tests/e2e/belgium sends dozens of questions in a row).
  const config = loadConfig(
    { PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATA_DIR: dataDir, MESSAGES_RATE_PER_MINUTE: '100000', ...env },
    projectRoot(),
  );
  const relais = await createRelais(config, { purge: false, ...overrides });
  const url = await relais.listen();
  return {
    relais,
    url,
    stop: async () => {
      await relais.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface ReplyActivity {
  type: string;
  text?: string;
  locale?: string;
  channelData?: { answer?: { kind: string; topic?: string; lang: string; machineTranslated: boolean; entryId?: string; services: { id: string; type: string; name: string }[] } };
}

let counter = 0;

/** Posts one message with expectReplies and returns the replies. */
export async function ask(url: string, text: string, extra: Record<string, unknown> = {}): Promise<ReplyActivity[]> {
  counter += 1;
  const res = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      deliveryMode: 'expectReplies',
      channelId: 'test',
      conversation: { id: `conv-${process.pid}-${counter}` },
      from: { id: `user-${process.pid}-${counter}` },
      recipient: { id: 'relais' },
      text,
      ...extra,
    }),
  });
  if (res.status !== 200) throw new Error(`POST /api/messages answered ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { activities: ReplyActivity[] }).activities;
}

/** The reply that answers the question (carries channelData.answer with a kind other than prompt). */
export function answerOf(replies: ReplyActivity[]): ReplyActivity | undefined {
  return replies.find((r) => r.channelData?.answer && r.channelData.answer.kind !== 'prompt');
}
