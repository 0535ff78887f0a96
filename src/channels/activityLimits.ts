// Depth and size limits of the free-form fields of an incoming activity (value, channelData, entities…), checked
// at each channel's boundary: a body nested thousands of levels deep gets a 4xx here instead of overflowing the
// stack in the store or the bot (where it would look like a store failure and hurt every other conversation).

/** Limits of one channel. */
export interface ActivityLimits {
  /** Deepest nesting of objects and arrays inside one field (`{"a":{"b":1}}` is 2). */
  maxDepth: number;
  /** Largest field, as JSON, in bytes. */
  maxFieldBytes: number;
}

/**
 * Defaults. Web Chat's channelData and an Adaptive Card's submitted `value` are 2 to 5 levels deep; Teams'
 * channelData about 4. Sixteen leaves room for any real client and stops a hostile body long before the stack.
 */
export const DEFAULT_ACTIVITY_LIMITS: ActivityLimits = { maxDepth: 16, maxFieldBytes: 16 * 1024 };

/** Nesting depth of `value`, counted no further than `limit + 1` (the recursion is bounded by `limit`). */
export function nestingDepth(value: unknown, limit: number): number {
  const walk = (v: unknown, depth: number): number => {
    if (v === null || typeof v !== 'object') return depth - 1;
    if (depth > limit) return depth;
    let deepest = depth;
    for (const child of Array.isArray(v) ? v : Object.values(v as Record<string, unknown>)) {
      deepest = Math.max(deepest, walk(child, depth + 1));
      if (deepest > limit) return deepest;
    }
    return deepest;
  };
  return walk(value, 1);
}

/** A field over the limits: 400 when nested too deep, 413 when too large; `message` names the field. */
export interface FieldProblem {
  status: 400 | 413;
  message: string;
}

/**
 * The first field of `activity` over the limits ("activity field \"channelData\" is nested deeper than 16
 * levels"), or undefined when every field fits. Checks every top-level field, not only the known ones.
 */
export function activityFieldProblem(
  activity: Record<string, unknown>,
  limits: ActivityLimits = DEFAULT_ACTIVITY_LIMITS,
): FieldProblem | undefined {
  for (const [key, v] of Object.entries(activity)) {
    if (v === null || typeof v !== 'object') continue;
    const field = `activity field "${key.slice(0, 64)}"`;
    if (nestingDepth(v, limits.maxDepth) > limits.maxDepth) {
      return { status: 400, message: `${field} is nested deeper than ${limits.maxDepth} levels` };
    }
    const bytes = Buffer.byteLength(JSON.stringify(v));
    if (bytes > limits.maxFieldBytes) {
      return { status: 413, message: `${field} is ${bytes} bytes, over the limit of ${limits.maxFieldBytes}` };
    }
  }
  return undefined;
}
