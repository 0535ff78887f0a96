// Values local to one turn (and everything it awaits), all carried by one AsyncLocalStorage: while any
// AsyncLocalStorage is in use, Node runs a hook on every promise the process creates and copies each instance's value
// onto it. The store no longer needs it (its turn is a parameter, `StoreTurn`); only the machine translator's budget
// uses it, and only when a translator is configured (none by default: then no promise pays for it).
import { AsyncLocalStorage } from 'node:async_hooks';

/** One value set by `TurnLocal.run`, and the values set around it. */
interface Frame {
  local: TurnLocal<unknown>;
  value: unknown;
  parent: Frame | undefined;
}

const frames = new AsyncLocalStorage<Frame>();

/** As an AsyncLocalStorage of its own (`run`, `getStore`), over the one shared storage. */
export class TurnLocal<T> {
  /** Runs `fn` with this value set, the values of other TurnLocals kept: visible in `fn` and what it awaits. */
  run<R>(value: T, fn: () => R): R {
    return frames.run({ local: this as TurnLocal<unknown>, value, parent: frames.getStore() }, fn);
  }

  /** The value of the innermost `run` of this TurnLocal around the caller; undefined outside any. */
  getStore(): T | undefined {
    for (let f = frames.getStore(); f; f = f.parent) if (f.local === this) return f.value as T;
    return undefined;
  }
}
