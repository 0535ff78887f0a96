// Summarises a V8 CPU profile (`node --cpu-prof`, `npm run bench:e2e -- --profile DIR`): self time by area (the
// project's folders, each dependency, Node, the VM) and by function, and inclusive time by function (a function
// counted once per sample however deep it recurses). Usage, after `npm run build`:
//   node dist/scripts/cpu-profile.js <file.cpuprofile> [--top 40]
import { readFileSync } from 'node:fs';

/** Options of the summary. */
export interface CpuProfileOptions {
  /** Rows of each by-function list. */
  top: number;
}

export const DEFAULT_CPU_PROFILE_OPTIONS: CpuProfileOptions = { top: 40 };

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** "function file:line", with the path from dist/ or node_modules/ on. */
function label(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url ? ` ${url.replace(/.*\/(dist|node_modules)\//, '$1/')}:${lineNumber + 1}` : '';
  return `${functionName || '(anonymous)'}${where}`;
}

/** Where a function lives: a folder of the project, a dependency, Node itself, or the VM (GC, idle, native). */
function area(url: string): string {
  if (!url) return 'vm (garbage collector, idle, native)';
  if (url.includes('node_modules/')) {
    const parts = url.split('node_modules/').pop()!.split('/');
    return `dependency ${parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]}`;
  }
  if (url.startsWith('node:')) return 'node internals';
  const inDist = /dist\/(.*)$/.exec(url);
  if (!inDist) return url;
  const parts = inDist[1].split('/');
  return parts.slice(0, parts[0] === 'src' && parts.length > 2 ? 2 : 1).join('/');
}

/** The three tables, as text. */
export function summarise(profile: Profile, options: CpuProfileOptions = DEFAULT_CPU_PROFILE_OPTIONS): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const areas = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const add = (m: Map<string, number>, k: string, t: number) => m.set(k, (m.get(k) ?? 0) + t);
  let total = 0;
  profile.samples.forEach((id, i) => {
    const t = profile.timeDeltas[i] ?? 0;
    total += t;
    const node = byId.get(id)!;
    add(self, label(node), t);
    add(areas, area(node.callFrame.url), t);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const k = label(byId.get(at)!);
      if (!seen.has(k)) (seen.add(k), add(inclusive, k, t));
    }
  });
  const table = (title: string, m: Map<string, number>, rows: number) =>
    [`${title}`, ...[...m].sort((a, b) => b[1] - a[1]).slice(0, rows).map(([k, t]) => `${((100 * t) / total).toFixed(1).padStart(5)} %  ${k}`)].join('\n');
  return [
    `${(total / 1000).toFixed(0)} ms sampled`,
    table('self time by area', areas, 30),
    table('self time by function', self, options.top),
    table('inclusive time by function', inclusive, options.top),
  ].join('\n\n');
}

function main(): void {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--'));
  const topAt = args.indexOf('--top');
  const top = topAt >= 0 ? Number(args[topAt + 1]) : DEFAULT_CPU_PROFILE_OPTIONS.top;
  if (!file || !Number.isInteger(top) || top < 1) {
    process.stderr.write('cpu-profile: usage: node dist/scripts/cpu-profile.js <file.cpuprofile> [--top 40]\n');
    process.exitCode = 2;
    return;
  }
  let profile: Profile;
  try {
    profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
    if (!Array.isArray(profile.nodes) || !Array.isArray(profile.samples)) throw new Error('no nodes or samples');
  } catch (err) {
    process.stderr.write(`cpu-profile: ${file} is not a CPU profile (${err instanceof Error ? err.message : String(err)})\n`);
    process.exitCode = 1;
    return;
  }
  process.stdout.write(`${summarise(profile, { top })}\n`);
}

if (require.main === module) main();
