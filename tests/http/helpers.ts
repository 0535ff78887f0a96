// Starts the real app (composition root) on an ephemeral port with a temporary data folder, for HTTP tests.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { postMessage, type ReplyActivity } from '../../scripts/messagesClient';
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

export type { ReplyActivity };

let counter = 0;

/** Posts one message with expectReplies, in a new conversation of a new person, and returns the replies. */
export async function ask(url: string, text: string, extra: Record<string, unknown> = {}): Promise<ReplyActivity[]> {
  counter += 1;
  return postMessage(url, text, { conversationId: `conv-${process.pid}-${counter}`, userId: `user-${process.pid}-${counter}` }, extra);
}

/** The reply that answers the question (carries channelData.answer with a kind other than prompt). */
export function answerOf(replies: ReplyActivity[]): ReplyActivity | undefined {
  return replies.find((r) => r.channelData?.answer && r.channelData.answer.kind !== 'prompt');
}
