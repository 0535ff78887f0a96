// One message to Relais's /api/messages with deliveryMode expectReplies, as the eval scripts and the HTTP tests send it.

/** A reply activity with the fields the scripts and tests read. */
export interface ReplyActivity {
  type: string;
  text?: string;
  locale?: string;
  channelData?: {
    answer?: { kind: string; topic?: string; lang: string; machineTranslated: boolean; entryId?: string; services: { id: string; type: string; name: string }[] };
  };
}

/** Who sends the message: one conversation and one person (ids only; nothing else is needed). */
export interface Sender {
  conversationId: string;
  userId: string;
  channelId?: string;
}

/** Posts one message and returns the replies; a status other than 200 is an error naming it. */
export async function postMessage(url: string, text: string, sender: Sender, extra: Record<string, unknown> = {}): Promise<ReplyActivity[]> {
  const res = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      deliveryMode: 'expectReplies',
      channelId: sender.channelId ?? 'test',
      conversation: { id: sender.conversationId },
      from: { id: sender.userId },
      recipient: { id: 'relais' },
      text,
      ...extra,
    }),
  });
  if (res.status !== 200) throw new Error(`POST /api/messages answered ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { activities: ReplyActivity[] }).activities;
}
