// `npm run bench`: search latency, index build time and heap for generated knowledge bases of 1k, 10k and 100k entries.
process.env.DOTENV_CONFIG_QUIET = 'true';
import { seededRandom } from './seededRandom';
import { SearchIndex } from '../src/search/index';
import type { SearchDoc } from '../src/search/types';


const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sta', 'tion', 'ber', 'gen', 'ver', 'in', 'ter', 'pro', 'dia', 'mon', 'sel', 'ar', 'tu', 'lis', 'cor'];

/** A Zipf-distributed vocabulary of pronounceable pseudo-words. */
function vocabulary(size: number, rand: () => number): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    const n = 2 + Math.floor(rand() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
    words.add(w);
  }
  return [...words];
}

function zipfPicker(n: number, rand: () => number): () => number {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) cdf[i] = sum += 1 / (i + 1);
  return () => {
    const x = rand() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** Generated entries shaped like knowledge entries: title, 3 sample questions, a 5-sentence answer, keywords, a scope. */
function generate(count: number, seed: number): { docs: SearchDoc[]; queries: { text: string; scopes?: string[] }[] } {
  const rand = seededRandom(seed);
  const vocab = vocabulary(Math.min(50000, 2000 + count), rand);
  const pick = zipfPicker(vocab.length, rand);
  const phrase = (n: number): string => Array.from({ length: n }, () => vocab[pick()]).join(' ');
  const docs: SearchDoc[] = [];
  for (let i = 0; i < count; i++) {
    docs.push({
      id: `e${i}`,
      lang: 'en',
      scope: rand() < 0.3 ? undefined : `commune-${Math.floor(rand() * 250)}`,
      title: phrase(4),
      questions: [phrase(7) + '?', phrase(6) + '?', phrase(8) + '?'],
      text: Array.from({ length: 5 }, () => phrase(10) + '.').join(' '),
      keywords: [vocab[pick()], vocab[pick()]],
    });
  }
  const queries = Array.from({ length: 300 }, () => {
    const d = docs[Math.floor(rand() * docs.length)];
    const words = (d.questions?.[0] ?? d.title).replace('?', '').split(' ');
    words[0] = words[0].slice(0, -1) + 'x'; // a typo
    return { text: words.slice(0, 6).join(' '), scopes: rand() < 0.5 ? [`commune-${Math.floor(rand() * 250)}`] : undefined };
  });
  return { docs, queries };
}

function gc(): void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) g();
}

function row(cells: (string | number)[]): string {
  return cells.map((c, i) => String(c).padStart(i === 0 ? 8 : 12)).join(' ');
}

function main(): void {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  console.log(row(['entries', 'build s', 'heap MB', 'p50 ms', 'p99 ms', 'max ms']));
  console.log('(heap MB: JS heap + typed arrays held by the index; p50/p99/max over 300 queries, each with a typo)');
  for (const size of sizes.length ? sizes : [1000, 10000, 100000]) {
    // Progress on stderr (the table on stdout stays clean): the 100k row takes about 20 s to build.
    process.stderr.write(`bench: ${size} entries: generating, indexing, then 300 queries…\n`);
    const { docs, queries } = generate(size, 42);
    gc();
    const mem = (): number => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
    const heap0 = mem();
    const t0 = process.hrtime.bigint();
    const index = SearchIndex.build(docs);
    const buildS = Number(process.hrtime.bigint() - t0) / 1e9;
    gc();
    // JS heap plus typed-array buffers held by the index (postings live in typed arrays, outside heapUsed).
    const heapMb = (mem() - heap0) / 1e6;
    index.search({ text: queries[0].text, lang: 'en' }); // warm-up (JIT)
    const times: number[] = [];
    for (const q of queries) {
      const s = process.hrtime.bigint();
      index.search({ text: q.text, lang: 'en', scopes: q.scopes });
      times.push(Number(process.hrtime.bigint() - s) / 1e6);
    }
    times.sort((a, b) => a - b);
    const p = (x: number): string => times[Math.min(times.length - 1, Math.ceil(x * times.length) - 1)].toFixed(2);
    console.log(
      row([size, buildS.toFixed(2), heapMb.toFixed(0), p(0.5), p(0.99), times[times.length - 1].toFixed(2)]),
    );
  }
  if (!(globalThis as { gc?: () => void }).gc) console.log('(heap figures are rough: run with node --expose-gc)');
}

main();
