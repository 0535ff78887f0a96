// Knowledge-base problems and the knowledge layer's one typed error: maintainers read these, so they name file and field.

/** One thing wrong (or worth a look) in the knowledge base. */
export interface KnowledgeProblem {
  /** `error` makes the knowledge base invalid; `warning` is reported but accepted (e.g. a stale entry). */
  severity: 'error' | 'warning';
  /** File the problem is in, relative to the knowledge directory's parent (e.g. "knowledge/entries/cpas/ris.yaml"). */
  file: string;
  /** Dotted path of the field ("text.fr.answer", "territory.postalCodes[2]"); empty for the whole file. */
  field: string;
  /** What is wrong, in plain words. */
  message: string;
}

/** One line per problem: `error file field: message` (the format `npm run kb -- validate` prints). */
export function formatProblem(p: KnowledgeProblem): string {
  const where = p.field ? `${p.file} ${p.field}` : p.file;
  return `${p.severity} ${where}: ${p.message}`;
}

/** True when at least one problem is an error. */
export function hasErrors(problems: readonly KnowledgeProblem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/** The knowledge layer's error: an invalid knowledge base, an unknown id, a missing required entry. */
export class KnowledgeError extends Error {
  /** The problems behind the error (empty for a single-cause error). */
  readonly problems: KnowledgeProblem[];

  constructor(message: string, problems: KnowledgeProblem[] = []) {
    super(message);
    this.name = 'KnowledgeError';
    this.problems = problems;
  }

  /** An error listing every error-severity problem, one line each. */
  static fromProblems(problems: readonly KnowledgeProblem[]): KnowledgeError {
    const errors = problems.filter((p) => p.severity === 'error');
    const lines = errors.map(formatProblem);
    return new KnowledgeError(
      `the knowledge base is invalid (${errors.length} problem${errors.length === 1 ? '' : 's'}):\n${lines.join('\n')}`,
      [...problems],
    );
  }
}
