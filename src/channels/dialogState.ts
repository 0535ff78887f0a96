// botbuilder-dialogs' per-context work done once: a turn builds about twelve DialogContexts (every waterfall step is
// one), and each built a DialogStateManager that constructed a dependency-injection container only to register it
// in place of the identical one registered before, then transformed and parsed the same memory paths again.
import { DialogStateManager } from 'botbuilder-dialogs';
import * as registration from 'botbuilder-dialogs/lib/dialogsComponentRegistration';

/** Most memory paths remembered (the dialogs use a handful; a bound, not a working limit). */
const MAX_PATHS = 512;

type Segments = (string | number)[];

let applied = false;

/**
 * Makes DialogStateManager's construction and path handling cheap, with the same results:
 * - `new DialogsComponentRegistration()` (run by every DialogStateManager constructor, to register the dialogs'
 *   memory scopes by class name) returns one shared registration instead of building a new container each time:
 *   the registry keeps one per class name, and what it holds (scope and resolver factories) is stateless.
 * - `transformPath` (the alias resolvers `$`, `#`, `@@`, `@`, `%`: string rewrites) and `parsePath` of a path
 *   without brackets (split on dots; only bracketed parts read memory) remembered per path; `parsePath` returns a
 *   copy, as callers may change it (`deleteValue` pops the last segment).
 * Idempotent; applied by the adapter before the first turn.
 */
export function shareDialogStateWork(): void {
  if (applied) return;
  applied = true;

  const Original = registration.DialogsComponentRegistration;
  let shared: InstanceType<typeof Original> | undefined;
  // A constructor returning an object yields that object from `new`; instanceof and constructor.name stay Original's.
  const Shared = function DialogsComponentRegistration() {
    shared ??= new Original();
    return shared;
  } as unknown as typeof Original;
  Shared.prototype = Original.prototype;
  (registration as { DialogsComponentRegistration: typeof Original }).DialogsComponentRegistration = Shared;

  const proto = DialogStateManager.prototype;
  const parse = proto.parsePath;
  const parsed = new Map<string, Segments>();
  proto.parsePath = function parsePath(this: DialogStateManager, path: string, allowNestedPaths = true): Segments {
    if (path.includes('[')) return parse.call(this, path, allowNestedPaths);
    let segments = parsed.get(path);
    if (!segments) {
      segments = parse.call(this, path, allowNestedPaths);
      if (parsed.size >= MAX_PATHS) parsed.clear();
      parsed.set(path, segments);
    }
    return segments.slice();
  };

  const transform = proto.transformPath;
  // Per list of resolvers (the configuration shared by every turn has one), and its length, should one be added.
  const transformed = new WeakMap<object, { count: number; paths: Map<string, string> }>();
  proto.transformPath = function transformPath(this: DialogStateManager, path: string): string {
    const resolvers = this.configuration.pathResolvers;
    let known = transformed.get(resolvers);
    if (!known || known.count !== resolvers.length) {
      known = { count: resolvers.length, paths: new Map() };
      transformed.set(resolvers, known);
    }
    let out = known.paths.get(path);
    if (out === undefined) {
      out = transform.call(this, path);
      if (known.paths.size >= MAX_PATHS) known.paths.clear();
      known.paths.set(path, out);
    }
    return out;
  };
}
