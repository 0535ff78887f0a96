// Circuit breaker for the translator: after repeated failures, stop calling it for a while so people are not kept waiting.

/** Breaker states: closed (calls go through), open (calls refused), half-open (one trial call allowed). */
export type BreakerState = 'closed' | 'open' | 'half-open';

export interface CircuitBreakerOptions {
  /** Consecutive failures that open the breaker. */
  failureThreshold: number;
  /** Milliseconds the breaker stays open before letting one trial call through. */
  coolDownMs: number;
  /** Clock in milliseconds (injected by tests to move time without waiting). */
  now: () => number;
}

/**
 * Defaults. Three failures in a row: one slow answer or a single dropped connection should not cut machine
 * translation for everybody, but a translator that is down should stop costing each person two seconds.
 * Thirty seconds of cool-down: short enough that a restarted LibreTranslate is used again almost at once.
 */
export const DEFAULT_BREAKER_OPTIONS: CircuitBreakerOptions = {
  failureThreshold: 3,
  coolDownMs: 30_000,
  now: () => Date.now(),
};

/**
 * A classic three-state circuit breaker. Callers ask `allow()` before a call and report the outcome with
 * `success()` or `failure()`. While half-open, only one trial call is in flight at a time.
 */
export class CircuitBreaker {
  private readonly options: CircuitBreakerOptions;
  private current: BreakerState = 'closed';
  private failures = 0;
  private openedAt = 0;
  private trialInFlight = false;

  constructor(options: Partial<CircuitBreakerOptions> = {}) {
    this.options = { ...DEFAULT_BREAKER_OPTIONS, ...options };
    if (!Number.isInteger(this.options.failureThreshold) || this.options.failureThreshold < 1) {
      throw new RangeError(
        `CircuitBreaker: failureThreshold must be a positive integer, got ${this.options.failureThreshold}`,
      );
    }
    if (!(this.options.coolDownMs >= 0)) {
      throw new RangeError(`CircuitBreaker: coolDownMs must be >= 0, got ${this.options.coolDownMs}`);
    }
  }

  /** The state as a caller would see it now (an open breaker whose cool-down is over reads as half-open). */
  get state(): BreakerState {
    if (this.current === 'open' && this.coolDownOver()) return 'half-open';
    return this.current;
  }

  /** True when a call would be let through now (without reserving the half-open trial). */
  get canAttempt(): boolean {
    const state = this.state;
    return state === 'closed' || (state === 'half-open' && !this.trialInFlight);
  }

  /** Asks to make a call. In half-open state this reserves the single trial call. */
  allow(): boolean {
    if (this.current === 'closed') return true;
    if (this.current === 'open') {
      if (!this.coolDownOver()) return false;
      this.current = 'half-open';
      this.trialInFlight = false;
    }
    if (this.trialInFlight) return false;
    this.trialInFlight = true;
    return true;
  }

  /** Reports a successful call: the breaker closes and the failure count starts again. */
  success(): void {
    this.current = 'closed';
    this.failures = 0;
    this.trialInFlight = false;
  }

  /** Reports a failed call: a failed trial reopens at once; otherwise the threshold decides. */
  failure(): void {
    this.trialInFlight = false;
    if (this.current === 'half-open') {
      this.open();
      return;
    }
    this.failures += 1;
    if (this.current === 'closed' && this.failures >= this.options.failureThreshold) this.open();
  }

  /** Reports a call that ended without telling anything about the translator's health (e.g. a bad request). */
  release(): void {
    this.trialInFlight = false;
  }

  private open(): void {
    this.current = 'open';
    this.openedAt = this.options.now();
  }

  private coolDownOver(): boolean {
    return this.options.now() - this.openedAt >= this.options.coolDownMs;
  }
}
