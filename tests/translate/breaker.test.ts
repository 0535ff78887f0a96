import { CircuitBreaker } from '../../src/translate/breaker';

/** A clock the test moves by hand. */
function clock(): { now: () => number; advance: (ms: number) => void } {
  let t = 1_000_000;
  return { now: () => t, advance: (ms) => (t += ms) };
}

describe('CircuitBreaker', () => {
  it('stays closed below the failure threshold and a success resets the count', () => {
    const c = clock();
    const b = new CircuitBreaker({ failureThreshold: 3, coolDownMs: 1000, now: c.now });
    b.failure();
    b.failure();
    b.success();
    b.failure();
    b.failure();
    expect(b.state).toBe('closed');
    expect(b.allow()).toBe(true);
  });

  it('opens after the threshold and refuses calls until the cool-down is over', () => {
    const c = clock();
    const b = new CircuitBreaker({ failureThreshold: 2, coolDownMs: 1000, now: c.now });
    b.failure();
    b.failure();
    expect(b.state).toBe('open');
    expect(b.canAttempt).toBe(false);
    expect(b.allow()).toBe(false);
    c.advance(999);
    expect(b.allow()).toBe(false);
    c.advance(1);
    expect(b.state).toBe('half-open');
    expect(b.canAttempt).toBe(true);
  });

  it('lets exactly one trial through when half-open; a good trial closes it', () => {
    const c = clock();
    const b = new CircuitBreaker({ failureThreshold: 1, coolDownMs: 10, now: c.now });
    b.failure();
    c.advance(10);
    expect(b.allow()).toBe(true);
    expect(b.allow()).toBe(false);
    expect(b.canAttempt).toBe(false);
    b.success();
    expect(b.state).toBe('closed');
    expect(b.allow()).toBe(true);
  });

  it('reopens at once when the half-open trial fails, for a full cool-down', () => {
    const c = clock();
    const b = new CircuitBreaker({ failureThreshold: 3, coolDownMs: 10, now: c.now });
    b.failure();
    b.failure();
    b.failure();
    c.advance(10);
    expect(b.allow()).toBe(true);
    b.failure();
    expect(b.state).toBe('open');
    c.advance(9);
    expect(b.allow()).toBe(false);
    c.advance(1);
    expect(b.allow()).toBe(true);
  });

  it('rejects a nonsensical threshold, naming the value', () => {
    expect(() => new CircuitBreaker({ failureThreshold: 0 })).toThrow(
      'CircuitBreaker: failureThreshold must be a positive integer, got 0',
    );
  });
});
