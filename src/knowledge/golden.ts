// Golden questions: questions with the answer the knowledge base gave when a maintainer last accepted it. Run
// again after a change, they show every answer the change moved, before the bot gives the new one to anybody.
import type { AnswerDecision } from '../answer/types';

/** One golden question and its accepted answer. */
export interface GoldenQuestion {
  id: string;
  lang: string;
  question: string;
  postalCode?: string;
  /** "entry:<id>", "clarify:<id>|<id>…" or "fallback:<topic or ->". */
  answer: string;
}

/** A golden question whose answer moved. */
export interface GoldenChange {
  golden: GoldenQuestion;
  now: string;
}

/** The answer of a decision, in the golden file's notation. */
export function answerKey(d: AnswerDecision): string {
  if (d.kind === 'answer') return `entry:${d.entry.id}`;
  if (d.kind === 'clarify') return `clarify:${d.choices.map((c) => c.id).join('|')}`;
  return `fallback:${d.topic ?? '-'}`;
}

/** Asks every golden question (`ask` gives today's answer key) and returns those whose answer moved. */
export function goldenChanges(golden: readonly GoldenQuestion[], ask: (g: GoldenQuestion) => string): GoldenChange[] {
  const out: GoldenChange[] = [];
  for (const g of golden) {
    const now = ask(g);
    if (now !== g.answer) out.push({ golden: g, now });
  }
  return out;
}

/** One line per change, for the validator and the console: the question, what it got, what it gets now. */
export function formatChange(c: GoldenChange): string {
  return `golden ${c.golden.id} (${c.golden.lang}${c.golden.postalCode ? ` ${c.golden.postalCode}` : ''}): "${c.golden.question}" was ${c.golden.answer}, now ${c.now}`;
}
