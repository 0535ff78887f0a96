// The decision policy on rankings built by hand: what a weak but topical match becomes.
import { decide, DEFAULT_POLICY_OPTIONS, type Candidate, type Ranked } from '../../src/answer/policy';

const c = (id: string, topic: string, score: number, support: number, supportWords: number, topical = true): Candidate => ({
  id,
  topic,
  score,
  support,
  supportWords,
  topical,
});

const ranked = (candidates: Candidate[], terms = 8, coverage = 0.8): Ranked => ({
  lang: 'en',
  candidates,
  terms: Array.from({ length: terms }, (_, i) => `w${i}`),
  coverage,
  named: new Set(),
  engineConfidence: 0.2,
  own: true,
});

// Off by default (see `weakMinSupport`): these say what it does when a deployment turns it on.
const WEAK = { ...DEFAULT_POLICY_OPTIONS, weakMinSupport: 0.2, weakMinSupportWords: 1.05 };

describe('a long question no entry covers, with weak choices on', () => {
  it('offers the entries that hold a fair part of it about one of its words, one per topic, instead of "rephrase"', () => {
    const d = decide(
      ranked([c('register', 'residence', 4.5, 0.28, 1.08), c('register-2', 'residence', 4, 0.27, 1.1), c('school', 'education', 3.6, 0.25, 1.2)]),
      false,
      WEAK,
    );
    expect(d).toMatchObject({ kind: 'clarify', ids: ['register', 'school'] });
  });

  it('falls back when the words held are not what the entry is about (not in its title or keywords)', () => {
    const d = decide(ranked([c('register', 'residence', 4.5, 0.3, 1.2, false)]), false, WEAK);
    expect(d.kind).toBe('fallback');
  });

  it('falls back on one word held, however rare ("who wins on sunday" and the weekend doctor)', () => {
    const d = decide(ranked([c('doctor', 'health', 4, 0.24, 1.0)]), false, WEAK);
    expect(d.kind).toBe('fallback');
  });

  it('looks no further than the best-scored few', () => {
    const far = [c('a', 'housing', 5, 0.1, 0.4), c('b', 'housing', 4.9, 0.1, 0.4), c('c', 'cpas', 4.8, 0.1, 0.4), c('deadline', 'family-reunification', 1, 0.3, 1.2)];
    expect(decide(ranked(far), false, WEAK).kind).toBe('fallback');
  });

  it('falls back when most of the question is words the knowledge base does not know', () => {
    const d = decide(ranked([c('register', 'residence', 4.5, 0.28, 1.08)], 8, 0.2), false, WEAK);
    expect(d.kind).toBe('fallback');
  });

  it('is off by default (weakMinSupport 1)', () => {
    const d = decide(ranked([c('register', 'residence', 4.5, 0.28, 1.08)]), false, DEFAULT_POLICY_OPTIONS);
    expect(d.kind).toBe('fallback');
  });
});

describe('a question about a subject Relais does not cover', () => {
  const off = (support: number): Ranked => ({ ...ranked([c('doctor', 'health', 4, support, 1.4)]), offTopic: true });

  it('is said to be outside what Relais covers (no topic named) though an entry holds some of it', () => {
    expect(decide(off(0.5), false, DEFAULT_POLICY_OPTIONS)).toMatchObject({ kind: 'fallback', topic: undefined });
  });

  it('is answered when an entry holds nearly all of it', () => {
    expect(decide(off(0.8), false, DEFAULT_POLICY_OPTIONS).kind).toBe('answer');
  });

  it('is never answered on one word held, however wholly ("hoe laat is het" and "laten erkennen")', () => {
    const one: Ranked = { ...ranked([c('diploma', 'education', 4, 1, 1)], 1), offTopic: true };
    expect(decide(one, false, DEFAULT_POLICY_OPTIONS)).toMatchObject({ kind: 'fallback', topic: undefined });
  });
});

describe('the topic model’s pick where nothing holds the question', () => {
  const weak = ranked([c('deposit', 'housing', 4, 0.2, 0.9), c('doctor', 'health', 3, 0.25, 1)]);

  it('is offered as the one choice instead of "please rephrase"', () => {
    expect(decide({ ...weak, modelPick: 'doctor' }, false, DEFAULT_POLICY_OPTIONS)).toMatchObject({ kind: 'clarify', ids: ['doctor'] });
  });

  it('is never offered for a subject Relais does not cover', () => {
    expect(decide({ ...weak, modelPick: 'doctor', offTopic: true }, false, DEFAULT_POLICY_OPTIONS).kind).toBe('fallback');
  });

  it('is no pick: the same ranking falls back', () => {
    expect(decide(weak, false, DEFAULT_POLICY_OPTIONS).kind).toBe('fallback');
  });
});

describe('choices when the topic model is sure of one of them', () => {
  // "she is on CPAS: can the CPAS give the guarantee the landlord wants?": the top entry is about the guarantee, the
  // question names the CPAS, so both are offered, the named institution's first unless the model reads the need.
  const named = (margin?: number, topic = 'housing'): Ranked => ({
    ...ranked([c('deposit', 'housing', 5, 0.5, 2), c('cpas-aid', 'cpas', 4, 0.3, 1.5)]),
    named: new Set(['cpas']),
    topicGuess: margin === undefined ? undefined : () => ({ topic, margin }),
  });

  it('offers first the choice of the topic the model leads for by clarifyModelMargin or more', () => {
    expect(decide(named(), false, DEFAULT_POLICY_OPTIONS)).toMatchObject({ kind: 'clarify', ids: ['cpas-aid', 'deposit'] });
    expect(decide(named(5), false, DEFAULT_POLICY_OPTIONS)).toMatchObject({ kind: 'clarify', ids: ['deposit', 'cpas-aid'] });
  });

  it('keeps the order when the model leads by less, reads another topic, or is turned off', () => {
    expect(decide(named(1), false, DEFAULT_POLICY_OPTIONS)).toMatchObject({ ids: ['cpas-aid', 'deposit'] });
    expect(decide(named(5, 'education'), false, DEFAULT_POLICY_OPTIONS)).toMatchObject({ ids: ['cpas-aid', 'deposit'] });
    expect(decide(named(5), false, { ...DEFAULT_POLICY_OPTIONS, clarifyModelMargin: Infinity })).toMatchObject({ ids: ['cpas-aid', 'deposit'] });
  });

  it('keeps the order when the question names the institutions of both ("le Forem ou le CRI ?")', () => {
    const both: Ranked = {
      ...ranked([c('forem', 'employment', 5, 0.5, 2), c('cri', 'integration-pathway', 4.8, 0.5, 2)]),
      named: new Set(['employment', 'integration-pathway']),
      topicGuess: () => ({ topic: 'integration-pathway', margin: 5 }),
    };
    expect(decide(both, false, DEFAULT_POLICY_OPTIONS)).toMatchObject({ kind: 'clarify', ids: ['forem', 'cri'] });
    expect(decide({ ...both, named: new Set() }, false, DEFAULT_POLICY_OPTIONS)).toMatchObject({ kind: 'clarify', ids: ['cri', 'forem'] });
  });
});
