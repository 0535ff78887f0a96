// express-session's Store on the project's store (collection consoleSessions): sessions survive restarts and are
// shared by several processes on MongoDB. Expired ones are refused here and purged by the retention schedule.
import session, { type SessionData } from 'express-session';
import type { DocCollection } from '../store/engine';

interface Stored {
  sess: SessionData;
  /** Epoch ms after which the session is void. */
  expires: number;
}

type Callback<T = void> = (err?: unknown, value?: T) => void;

/** Adapter from express-session's callback API to a DocCollection. */
export class DocSessionStore extends session.Store {
  constructor(
    private readonly sessions: DocCollection,
    private readonly idleMs: number,
    private readonly now: () => Date = () => new Date(),
  ) {
    super();
  }

  private expiry(sess: SessionData): number {
    const cookieExpires = sess.cookie?.expires ? new Date(sess.cookie.expires).getTime() : undefined;
    return cookieExpires ?? this.now().getTime() + this.idleMs;
  }

  override get(sid: string, cb: Callback<SessionData | null>): void {
    this.sessions.get<Stored>(sid).then(
      (doc) => cb(undefined, doc && doc.data.expires > this.now().getTime() ? doc.data.sess : null),
      (err) => cb(err),
    );
  }

  override set(sid: string, sess: SessionData, cb?: Callback): void {
    const data: Stored = { sess, expires: this.expiry(sess) };
    this.sessions.put({ id: sid, at: this.now(), data }).then(
      () => cb?.(),
      (err) => cb?.(err),
    );
  }

  override touch(sid: string, sess: SessionData, cb?: Callback): void {
    this.set(sid, sess, cb);
  }

  override destroy(sid: string, cb?: Callback): void {
    this.sessions.deleteMany({ id: sid }).then(
      () => cb?.(),
      (err) => cb?.(err),
    );
  }
}
