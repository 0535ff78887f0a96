// Parses untrusted, hand-edited YAML into plain data without letting a hostile file (aliases, deep nesting) crash or hang us.
import yaml from 'js-yaml';

/** Limits applied to one YAML document. */
export interface SafeYamlOptions {
  /** Nodes (mappings, lists, scalars) allowed in one file: far above a real file (a few thousand). */
  maxNodes: number;
  /** Nesting depth allowed: entries are 4 levels deep. */
  maxDepth: number;
}

/** Defaults chosen well above real knowledge files. */
export const DEFAULT_SAFE_YAML_OPTIONS: SafeYamlOptions = { maxNodes: 200_000, maxDepth: 32 };

/** Result: the data, or a one-line reason it was refused. */
export type SafeYamlResult = { ok: true; data: unknown } | { ok: false; message: string };

/**
 * Parses YAML with the core schema (no dates, no custom tags: `2026-01-15` stays text). js-yaml resolves an
 * alias to the same object, so a "billion laughs" bomb stays small in memory; the walk below then refuses any
 * value reused twice (hand-written files never need aliases), over-deep nesting and oversized documents.
 * Duplicate keys are refused by the parser.
 */
export function parseYamlSafe(text: string, options: Partial<SafeYamlOptions> = {}): SafeYamlResult {
  const opts = { ...DEFAULT_SAFE_YAML_OPTIONS, ...options };
  if (text.includes('\u0000')) return { ok: false, message: 'is not a text file (contains NUL bytes)' };
  let data: unknown;
  try {
    data = yaml.load(text, { schema: yaml.CORE_SCHEMA, json: false });
  } catch (e) {
    if (e instanceof yaml.YAMLException) {
      const line = e.mark ? ` at line ${e.mark.line + 1}, column ${e.mark.column + 1}` : '';
      return { ok: false, message: `is not valid YAML${line}: ${e.reason}` };
    }
    if (e instanceof RangeError) return { ok: false, message: 'is nested too deeply to be read' };
    return { ok: false, message: `could not be read as YAML: ${e instanceof Error ? e.message : String(e)}` };
  }
  const shape = checkShape(data, opts);
  if (shape) return { ok: false, message: shape };
  return { ok: true, data };
}

/** Walks the parsed data once per object identity: refuses shared references, too many nodes, too much depth. */
function checkShape(data: unknown, opts: SafeYamlOptions): string | undefined {
  const seen = new Set<object>();
  let nodes = 0;
  const stack: Array<{ v: unknown; depth: number }> = [{ v: data, depth: 0 }];
  while (stack.length > 0) {
    const { v, depth } = stack.pop() as { v: unknown; depth: number };
    nodes += 1;
    if (nodes > opts.maxNodes) return `has more than ${opts.maxNodes} values: split it into several files`;
    if (depth > opts.maxDepth) return `is nested more than ${opts.maxDepth} levels deep`;
    if (typeof v !== 'object' || v === null) continue;
    if (seen.has(v)) return 'reuses the same value twice (YAML aliases are not allowed): write the values out';
    seen.add(v);
    const children = Array.isArray(v) ? v : Object.values(v);
    for (const child of children) stack.push({ v: child, depth: depth + 1 });
  }
  return undefined;
}
