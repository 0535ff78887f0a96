// Writes knowledge files for the console: edits through the `yaml` Document API (layout and comments kept), a trial
// load of the whole knowledge base with the changed files (the validator of `npm run kb -- validate`), an atomic
// write (temporary file, fsync, rename) and, when the folder is a git work tree, one commit per save.
import { execFile } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { promises as fs, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { isMap, isSeq, parseDocument, type Document } from 'yaml';
import type { KnowledgeProblem } from '../knowledge/problems';
import type { KnowledgeBase } from '../knowledge/types';
import { loadKnowledge, SEED_TITLES_FILE } from '../loaders/knowledgeFiles';

const run = promisify(execFile);

/** A knowledge file as read for editing: its parsed document and the version tag of its text. */
export interface OpenFile {
  /** Absolute path. */
  file: string;
  text: string;
  /** sha256 of the text: a save names the version it was made from (stale check). */
  etag: string;
  doc: Document.Parsed;
}

/** Where an item sits in its file: the whole document, or one element of a top-level list. */
export type ItemPath = (string | number)[];

/** The outcome of a trial load with changed files. */
export interface Trial {
  kb: KnowledgeBase;
  problems: KnowledgeProblem[];
}

export interface WorkspaceOptions {
  /** Known commune ids, so the trial checks them like start-up does. */
  communeIds?: ReadonlySet<string>;
  gitCommit: boolean;
}

/** A save that changed files in git (or not, outside a work tree). */
export interface Saved {
  files: string[];
  commit?: string;
}

export const etagOf = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 20);

/** The knowledge folder, as the console edits it. */
export class Workspace {
  constructor(
    readonly dir: string,
    private readonly o: WorkspaceOptions,
  ) {}

  /** Absolute path of a file named as the loader names it ("knowledge/entries/x.yaml", relative to dir's parent). */
  resolve(shown: string): string {
    const file = path.resolve(path.dirname(this.dir), shown);
    if (!file.startsWith(this.dir + path.sep)) throw new Error(`Workspace: "${shown}" is outside the knowledge folder`);
    return file;
  }

  /** The name the loader gives an absolute path. */
  shown(file: string): string {
    return path.relative(path.dirname(this.dir), file).split(path.sep).join('/');
  }

  async open(file: string): Promise<OpenFile> {
    const text = await fs.readFile(file, 'utf8');
    return { file, text, etag: etagOf(text), doc: parseDocument(text, { keepSourceTokens: false }) };
  }

  /** The path of item `id` inside the document: [] for a one-item file, [i] in a list file. */
  itemPath(doc: Document, id: string): ItemPath | undefined {
    const root = doc.contents;
    if (isMap(root)) return root.get('id') === id ? [] : undefined;
    if (isSeq(root)) {
      const i = root.items.findIndex((n) => isMap(n) && n.get('id') === id);
      return i >= 0 ? [i] : undefined;
    }
    return undefined;
  }

  /** Loads the whole knowledge base as it would be with `changes` (absolute path → new text), in a scratch copy. */
  async trial(changes: ReadonlyMap<string, string>): Promise<Trial> {
    const scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'relais-console-'));
    try {
      const copy = path.join(scratch, path.basename(this.dir));
      for (const part of ['entries', 'services', SEED_TITLES_FILE]) {
        const from = path.join(this.dir, part);
        if (existsSync(from)) await fs.cp(from, path.join(copy, part), { recursive: true });
      }
      for (const [file, text] of changes) {
        const target = path.join(copy, path.relative(this.dir, file));
        await fs.mkdir(path.dirname(target), { recursive: true });
        await fs.writeFile(target, text);
      }
      const loaded = await loadKnowledge(copy, { communeIds: this.o.communeIds });
      return { kb: loaded.kb, problems: loaded.problems };
    } finally {
      await fs.rm(scratch, { recursive: true, force: true });
    }
  }

  /**
   * Writes every changed file atomically, after checking none changed on disk since it was read (`etags`: absolute
   * path → etag when opened; absent = new file). Returns false, writing nothing, when one did.
   */
  async write(changes: ReadonlyMap<string, string>, etags: ReadonlyMap<string, string | undefined>): Promise<boolean> {
    for (const file of changes.keys()) {
      const current = existsSync(file) ? etagOf(await fs.readFile(file, 'utf8')) : undefined;
      if (current !== etags.get(file)) return false;
    }
    for (const [file, text] of changes) await writeAtomic(file, text);
    return true;
  }

  /** One git commit of `files` with the person's name, when the knowledge folder is in a git work tree. */
  async commit(files: readonly string[], author: { name: string; username: string }, message: string): Promise<string | undefined> {
    if (!this.o.gitCommit) return undefined;
    const git = (...args: string[]) => run('git', args, { cwd: this.dir, timeout: 20_000 });
    try {
      const inside = await git('rev-parse', '--is-inside-work-tree');
      if (inside.stdout.trim() !== 'true') return undefined;
    } catch {
      return undefined;
    }
    const who = `${author.name.replace(/[<>\n]/g, '')} <${author.username.replace(/[<>\s]/g, '')}@relais-console>`;
    await git('add', '--', ...files);
    await git('-c', `user.name=${author.name.replace(/[<>\n]/g, '')}`, '-c', `user.email=${author.username.replace(/[<>\s]/g, '')}@relais-console`, 'commit', '--no-verify', '-m', message, `--author=${who}`, '--', ...files);
    return (await git('rev-parse', 'HEAD')).stdout.trim();
  }
}

/** Temporary file in the same folder, fsync, rename: readers see the old file or the new one, never half of one. */
export async function writeAtomic(file: string, text: string): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${randomUUID().slice(0, 8)}.tmp`);
  const handle = await fs.open(tmp, 'w', 0o644);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await fs.rename(tmp, file);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw err;
  }
}
