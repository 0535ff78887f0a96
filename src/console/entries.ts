// Entries in the console: list, editor (six languages side by side, validator messages at the field, preview as the
// bot renders it, golden questions before saving), verify, and "add this question" from the review queue.
import path from 'node:path';
import type { Request, Response, Router } from 'express';
import { Document, isScalar, isSeq } from 'yaml';
import type { AnswererPort } from '../answer/types';
import type { RouterPort } from '../routing/router';

/** What the console asks of the bot's knowledge side: the answerer's decisions and the router's places and services. */
export type ConsoleAnswerer = AnswererPort & Pick<RouterPort, 'placeFromText' | 'placeFromPostalCode' | 'servicesForEntry'>;
import { renderAnswer } from '../bot/render';
import type { KnowledgeProblem } from '../knowledge/problems';
import { CURATED_LANGS, RTL_LANGS, TOPICS, type Entry, type KnowledgeBase } from '../knowledge/types';
import { compareGolden, readGolden, type GoldenChange, type GoldenQuestion } from './golden';
import { html, join, type Html } from './html';
import { asyncRoute as async, type ConsoleKit } from './router';
import { ConsoleError, type ConsolePerson } from './types';
import { field, form, layout, table, type PageContext } from './views';
import { Workspace, type ItemPath } from './workspace';
import { minimalText } from './yamlEdit';

/** What the console needs of the running bot's knowledge (built in the composition root). */
export interface ConsoleKnowledge {
  /** The knowledge base and answerer the bot uses right now. */
  current(): { kb: KnowledgeBase; answerer: ConsoleAnswerer };
  /** An answerer over a candidate knowledge base (golden questions before a save). */
  answererFor(kb: KnowledgeBase): ConsoleAnswerer;
  /** Reloads the running bot's knowledge from the folder (no restart); throws when the folder is invalid. */
  reload(): Promise<KnowledgeBase>;
  /** KNOWLEDGE_DIR. */
  dir: string;
  communeIds: ReadonlySet<string>;
}

const TEXT_FIELDS = ['title', 'questions', 'answer', 'steps', 'documents', 'keywords'] as const;
const LIST_FIELDS: ReadonlySet<string> = new Set(['questions', 'steps', 'documents', 'keywords']);
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const workspaces = new WeakMap<ConsoleKit, Workspace>();
export function workspace(kit: ConsoleKit): Workspace {
  let w = workspaces.get(kit);
  if (!w) {
    w = new Workspace(path.resolve(kit.deps.knowledge.dir), { communeIds: kit.deps.knowledge.communeIds, gitCommit: kit.options.gitCommit });
    workspaces.set(kit, w);
  }
  return w;
}

const goldenCache = new WeakMap<ConsoleKit, GoldenQuestion[]>();
function golden(kit: ConsoleKit): GoldenQuestion[] {
  let g = goldenCache.get(kit);
  if (!g) {
    // The golden answers: the lines that name the entry a good answer comes from (each read costs milliseconds).
    g = readGolden(kit.options.goldenFile).filter((q) => q.expectEntryId !== undefined);
    goldenCache.set(kit, g);
  }
  return g;
}

export const today = (kit: ConsoleKit): string => kit.now().toISOString().slice(0, 10);

/** Sets a value at `at`, keeping the existing node's style (folded text, flow lists); empty values remove the field. */
export function put(doc: Document, at: ItemPath, value: string | string[] | boolean | number | undefined): void {
  const node = doc.getIn(at, true) as unknown;
  const empty = value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
  if (empty) {
    if (node !== undefined) doc.deleteIn(at);
    return;
  }
  if (isScalar(node) && !Array.isArray(value)) {
    if (node.value !== value) node.value = value;
    return;
  }
  if (isSeq(node) && Array.isArray(value)) {
    if (JSON.stringify(node.toJSON()) === JSON.stringify(value)) return;
    const fresh = doc.createNode(value);
    fresh.flow = node.flow;
    doc.setIn(at, fresh);
    return;
  }
  doc.setIn(at, doc.createNode(value));
}

/** May this person change this entry? Editors their organisation's entries, admins all. */
async function mayEdit(kit: ConsoleKit, p: ConsolePerson, entry: Pick<Entry, 'owner'>): Promise<boolean> {
  if (p.roles.includes('admin')) return true;
  if (!p.roles.includes('editor') && !p.roles.includes('reviewer')) return false;
  const org = await kit.accounts.organisation(p.orgId);
  const owner = entry.owner.trim().toLowerCase();
  return owner === p.orgId || owner === org?.name.trim().toLowerCase();
}

function findEntry(kit: ConsoleKit, id: string): Entry {
  const e = kit.deps.knowledge.current().kb.entries.find((x) => x.id === id);
  if (!e || !e.file) throw new ConsoleError(404, 'errors.noEntry', { id: id.slice(0, 80) });
  return e;
}

/** The outcome of a save attempt. */
export type SaveOutcome =
  | { kind: 'invalid'; problems: KnowledgeProblem[] }
  | { kind: 'golden'; changes: GoldenChange[] }
  | { kind: 'stale' }
  | { kind: 'saved'; commit?: string };

/**
 * The one save path: trial load with the validator, golden questions (unless confirmed), atomic write with the stale
 * check, git commit with the person's name, reload of the running bot, audit record.
 */
export async function save(
  kit: ConsoleKit,
  p: ConsolePerson,
  file: string,
  etag: string | undefined,
  text: string,
  opts: { confirm: boolean; action: string; target: string; golden: boolean; extra?: GoldenQuestion[] },
): Promise<SaveOutcome> {
  const ws = workspace(kit);
  const trial = await ws.trial(new Map([[file, text]]));
  const shown = ws.shown(file);
  const errors = trial.problems.filter((x) => x.severity === 'error');
  if (errors.length > 0) return { kind: 'invalid', problems: errors.filter((x) => x.file === shown).concat(errors.filter((x) => x.file !== shown)) };
  if (opts.golden && !opts.confirm) {
    const started = Date.now();
    const live = kit.deps.knowledge.current();
    const questions = [...golden(kit), ...(opts.extra ?? [])];
    const changes = compareGolden(live.answerer, kit.deps.knowledge.answererFor(trial.kb), questions);
    kit.deps.logger.info({ component: 'console', questions: questions.length, changed: changes.length, ms: Date.now() - started }, 'golden questions asked');
    if (changes.length > 0) return { kind: 'golden', changes };
  }
  const written = await ws.write(new Map([[file, text]]), new Map([[file, etag]]));
  if (!written) return { kind: 'stale' };
  let commit: string | undefined;
  try {
    commit = await ws.commit([file], { name: p.displayName, username: p.username }, `console: ${opts.action} ${opts.target} (${p.displayName})`);
  } catch (err) {
    kit.deps.logger.warn({ component: 'console', err: err instanceof Error ? err.message : String(err) }, 'git commit of a console save failed');
  }
  await kit.deps.knowledge.reload();
  await kit.accounts.record(p.username, opts.action, opts.target, commit ? `commit ${commit.slice(0, 12)}` : shown);
  return { kind: 'saved', commit };
}

/** Adds `question` to the sample questions of `entryId` in `lang`: the bot answers it from the next message on. */
export async function addSampleQuestion(kit: ConsoleKit, p: ConsolePerson, entryId: string, lang: string, question: string): Promise<void> {
  const entry = findEntry(kit, entryId);
  if (!(await mayEdit(kit, p, entry))) throw new ConsoleError(403, 'errors.notOwner', { owner: entry.owner });
  if (!entry.text[lang]) throw new ConsoleError(400, 'review.noLanguage', { lang });
  const ws = workspace(kit);
  const opened = await ws.open(ws.resolve(entry.file!));
  const at = ws.itemPath(opened.doc, entry.id);
  if (!at) throw new ConsoleError(409, 'errors.stale');
  const list = opened.doc.getIn([...at, 'text', lang, 'questions'], true);
  if (isSeq(list)) list.add(opened.doc.createNode(question));
  else put(opened.doc, [...at, 'text', lang, 'questions'], [question]);
  const outcome = await save(kit, p, opened.file, opened.etag, minimalText(opened.text, opened.doc), { confirm: true, action: 'entry.add-question', target: entry.id, golden: false });
  if (outcome.kind === 'invalid') throw new ConsoleError(400, 'review.invalid', { message: outcome.problems[0]?.message ?? '' });
  if (outcome.kind === 'stale') throw new ConsoleError(409, 'errors.stale');
}

/** Form values of the editor: `t.<lang>.<field>` (lists one item a line) and the entry's own fields. */
export type Values = Record<string, string>;

function valuesOf(entry: Entry): Values {
  const v: Values = { reviewed: entry.reviewed, reviewIntervalDays: String(entry.reviewIntervalDays), owner: entry.owner };
  for (const lang of CURATED_LANGS) {
    const t = entry.text[lang];
    if (!t) continue;
    for (const f of TEXT_FIELDS) {
      const val = t[f];
      v[`t.${lang}.${f}`] = Array.isArray(val) ? val.join('\n') : (val ?? '');
    }
  }
  return v;
}

export function valuesFromBody(req: Request): Values {
  const v: Values = {};
  for (const [k, raw] of Object.entries(req.body as Record<string, unknown>)) {
    if (typeof raw === 'string') v[k] = raw.replace(/\r\n?/g, '\n').slice(0, 20_000);
  }
  return v;
}

export const lines = (s: string | undefined): string[] => (s ?? '').split('\n').map((l) => l.trim()).filter(Boolean);

/** Applies the editor's values to the item at `at` in `doc`. */
function apply(doc: Document, at: ItemPath, v: Values, p: ConsolePerson): void {
  for (const lang of CURATED_LANGS) {
    // Only what the form sent is touched: a language or a field absent from the form stays as it is.
    if (!TEXT_FIELDS.some((f) => v[`t.${lang}.${f}`] !== undefined)) continue;
    const present = TEXT_FIELDS.some((f) => (v[`t.${lang}.${f}`] ?? '').trim() !== '');
    if (!present && lang !== 'fr') {
      if (doc.getIn([...at, 'text', lang], true) !== undefined) doc.deleteIn([...at, 'text', lang]);
      continue;
    }
    for (const f of TEXT_FIELDS) {
      const raw = v[`t.${lang}.${f}`];
      if (raw !== undefined) put(doc, [...at, 'text', lang, f], LIST_FIELDS.has(f) ? lines(raw) : raw.trim());
    }
  }
  if (v.reviewed !== undefined) put(doc, [...at, 'reviewed'], v.reviewed.trim());
  if (v.reviewIntervalDays !== undefined) {
    const n = Number(v.reviewIntervalDays);
    put(doc, [...at, 'reviewIntervalDays'], Number.isFinite(n) && v.reviewIntervalDays.trim() !== '' ? n : v.reviewIntervalDays.trim());
  }
  if (p.roles.includes('admin') && v.owner !== undefined) put(doc, [...at, 'owner'], v.owner.trim());
  // A change to the text undoes a verification: a reviewer confirms the new text against its source.
  const verified = doc.getIn([...at, 'verified']);
  if (verified === true && v.keepVerified !== '1') {
    put(doc, [...at, 'verified'], false);
    put(doc, [...at, 'verifiedBy'], undefined);
  }
}

/** Field name in the form for a validator field path ("text.fr.questions[2]" → "t.fr.questions"). */
function formField(problemField: string, id: string): string {
  const f = problemField.startsWith(`${id}.`) ? problemField.slice(id.length + 1) : problemField;
  const m = /^text\.([a-z]{2})\.(\w+)/.exec(f);
  if (m) return `t.${m[1]}.${m[2]}`;
  const n = /^text\.([a-z]{2})$/.exec(f);
  if (n) return `t.${n[1]}.title`;
  return f.replace(/\[.*$/, '').split('.')[0];
}

/** Translation status of one language against French. */
function status(v: Values, lang: string): 'complete' | 'partial' | 'missing' {
  const has = (l: string, f: string) => (v[`t.${l}.${f}`] ?? '').trim() !== '';
  if (!TEXT_FIELDS.some((f) => has(lang, f))) return 'missing';
  return TEXT_FIELDS.every((f) => !has('fr', f) || has(lang, f)) ? 'complete' : 'partial';
}

interface EditorState {
  entry?: Entry;
  isNew: boolean;
  values: Values;
  etag?: string;
  problems?: KnowledgeProblem[];
  changes?: GoldenChange[];
  stale?: boolean;
  preview?: { lang: string; text: string }[];
}

function editorPage(kit: ConsoleKit, c: PageContext, s: EditorState, flash?: string): string {
  const id = s.entry?.id ?? s.values.id ?? '';
  const errs = new Map<string, string[]>();
  for (const p of s.problems ?? []) {
    const k = formField(p.field, id);
    errs.set(k, [...(errs.get(k) ?? []), p.message]);
  }
  const err = (k: string) => errs.get(k)?.join(' · ');
  const action = s.isNew ? '/console/entries/new' : `/console/entries/${id}`;
  const columns = CURATED_LANGS.map((lang) => {
    const st = status(s.values, lang);
    const dir = RTL_LANGS.has(lang) ? 'rtl' : 'ltr';
    const fields = TEXT_FIELDS.map((f) =>
      field(`f-${lang}-${f}`, c.t(`editor.fields.${f}`), { name: `t.${lang}.${f}`, value: s.values[`t.${lang}.${f}`], multiline: f !== 'title', rows: f === 'answer' ? 8 : 4, dir, lang }, err(`t.${lang}.${f}`), LIST_FIELDS.has(f) ? c.t('editor.onePerLine') : undefined),
    );
    return html`<fieldset class="lang lang-${st}"><legend>${c.t(`languages.${lang}`)} <span class="status status-${st}">${c.t(`editor.status.${st}`)}</span></legend>${fields}</fieldset>`;
  });
  const meta = join([
    s.isNew ? field('f-id', c.t('editor.fields.id'), { name: 'id', value: s.values.id, required: true }, err('id'), c.t('editor.idHint')) : '',
    s.isNew
      ? html`<div class="field"><label for="f-topic">${c.t('editor.fields.topic')}</label><select id="f-topic" name="topic">${TOPICS.map((t) => html`<option value="${t}" ${s.values.topic === t ? html`selected` : ''}>${t}</option>`)}</select></div>`
      : '',
    s.isNew ? field('f-source', c.t('editor.fields.source'), { name: 'source', value: s.values.source, type: 'url', required: true }, err('sources'), c.t('editor.sourceHint')) : '',
    field('f-reviewed', c.t('editor.fields.reviewed'), { name: 'reviewed', value: s.values.reviewed, type: 'date' }, err('reviewed')),
    field('f-interval', c.t('editor.fields.reviewIntervalDays'), { name: 'reviewIntervalDays', value: s.values.reviewIntervalDays, type: 'number' }, err('reviewIntervalDays')),
    c.person?.roles.includes('admin') ? field('f-owner', c.t('editor.fields.owner'), { name: 'owner', value: s.values.owner }, err('owner')) : '',
  ]);
  // Problems without a field on this form (another file, a reference) are listed above the form.
  const other = (s.problems ?? []).filter((p) => !['t.', 'id', 'reviewed', 'reviewIntervalDays', 'owner', 'sources'].some((k) => formField(p.field, id).startsWith(k)));
  const goldenBlock = s.changes?.length
    ? html`<section class="golden" aria-labelledby="golden-h"><h2 id="golden-h">${c.t('editor.golden.title', { count: s.changes.length })}</h2>
<p>${c.t('editor.golden.intro')}</p>
${table(
  c.t('editor.golden.caption'),
  [c.t('editor.golden.question'), c.t('editor.golden.before'), c.t('editor.golden.after')],
  s.changes.slice(0, 50).map((g) => [
    html`<span lang="${g.question.lang}">${g.question.question}</span>${g.broken ? html` <strong class="broken">${c.t('editor.golden.broken')}</strong>` : ''}`,
    `${c.t(`editor.golden.kind.${g.before.kind}`)} ${g.before.entryId ?? ''}`,
    `${c.t(`editor.golden.kind.${g.after.kind}`)} ${g.after.entryId ?? ''}`,
  ]),
)}
<label class="check"><input type="checkbox" name="confirm" value="1" form="editor"> ${c.t('editor.golden.confirm')}</label></section>`
    : '';
  const info = s.entry
    ? html`<p class="meta">${c.t('editor.file', { file: s.entry.file ?? '' })} · ${c.t('editor.owner', { owner: s.entry.owner })} · ${s.entry.verified ? c.t('editor.verifiedBy', { who: s.entry.verifiedBy ?? '?', date: s.entry.reviewed }) : c.t('editor.unverified')}</p>
<p class="meta">${c.t('editor.sources')}: ${s.entry.sources.map((src, i) => html`${i ? ', ' : ''}${src.url ? html`<a href="${src.url}" rel="noreferrer noopener">${src.title ?? src.url}</a>` : (src.title ?? src.seed ?? '')}`)}</p>`
    : '';
  const editor = form(
    c,
    action,
    join([
      html`<input type="hidden" name="etag" value="${s.etag ?? ''}">`,
      s.entry?.verified ? html`<label class="check"><input type="checkbox" name="keepVerified" value="1"> ${c.t('editor.keepVerified')}</label>` : '',
      html`<div class="meta-fields">${meta}</div>`,
      other.length ? html`<ul class="error" role="alert">${other.map((p) => html`<li>${p.field}: ${p.message}</li>`)}</ul>` : '',
      html`<div class="langs-grid">${columns}</div>`,
      html`<div class="actions"><button type="submit">${c.t('editor.save')}</button></div>`,
    ]),
    html`id="editor"`,
  );
  const verify =
    s.entry && !s.isNew && c.person?.roles.some((r) => r === 'reviewer' || r === 'admin') && !s.entry.verified
      ? form(c, `/console/entries/${id}/verify`, join([html`<input type="hidden" name="etag" value="${s.etag ?? ''}">`, html`<button type="submit">${c.t('editor.verify')}</button>`]), html`class="inline verify"`)
      : '';
  const preview = s.preview?.length
    ? html`<section aria-labelledby="preview-h"><h2 id="preview-h">${c.t('editor.preview')}</h2>${s.preview.map(
        (p) => html`<h3>${c.t(`languages.${p.lang}`)}</h3><div class="bubble" lang="${p.lang}" dir="${RTL_LANGS.has(p.lang) ? 'rtl' : 'ltr'}">${p.text}</div>`,
      )}</section>`
    : '';
  const error = s.stale ? c.t('editor.stale') : s.problems?.length ? c.t('editor.invalid', { count: s.problems.length }) : s.changes?.length ? c.t('editor.golden.pending') : undefined;
  return layout(c, s.isNew ? c.t('editor.newTitle') : c.t('editor.title', { id }), [info, goldenBlock, verify, editor, preview], { flash, error });
}

/** The entry as the bot would answer it, in French and the console's language. */
function previews(kit: ConsoleKit, entry: Entry, uiLang: string): { lang: string; text: string }[] {
  const { answerer } = kit.deps.knowledge.current();
  return [...new Set(['fr', uiLang])]
    .filter((l) => entry.text[l])
    .map((lang) => {
      const { services } = answerer.servicesForEntry(entry, undefined, lang);
      return { lang, text: renderAnswer(kit.deps.botI18n, lang, entry, services).text };
    });
}

/**
 * A reviewer's *verify*: `verified: true`, `verifiedBy` and today's date in `dateField`, saved like any change
 * (409 when the file changed since the page was opened, with `etag` as sent by the page).
 */
export async function markVerified(kit: ConsoleKit, p: ConsolePerson, item: { id: string; file?: string }, etag: unknown, dateField: string, action: string): Promise<void> {
  const ws = workspace(kit);
  const opened = await ws.open(ws.resolve(item.file!));
  const at = ws.itemPath(opened.doc, item.id);
  if (!at || (typeof etag === 'string' && etag !== opened.etag)) throw new ConsoleError(409, 'errors.stale');
  put(opened.doc, [...at, 'verified'], true);
  put(opened.doc, [...at, 'verifiedBy'], p.displayName);
  put(opened.doc, [...at, dateField], today(kit));
  const outcome = await save(kit, p, opened.file, opened.etag, minimalText(opened.text, opened.doc), { confirm: true, action, target: item.id, golden: false });
  if (outcome.kind !== 'saved') throw new ConsoleError(outcome.kind === 'stale' ? 409 : 400, outcome.kind === 'stale' ? 'errors.stale' : 'errors.badRequest');
}

export function entryRoutes(router: Router, kit: ConsoleKit): void {
  const editors = kit.need('editor', 'reviewer', 'admin');

  router.get(
    '/entries',
    editors,
    async(async (req, res) => {
      const c = kit.page(req);
      const { kb } = kit.deps.knowledge.current();
      const rows = [...kb.entries]
        .sort((a, b) => a.topic.localeCompare(b.topic) || a.id.localeCompare(b.id))
        .map((e) => [
          html`<a href="/console/entries/${e.id}">${(e.text[c.lang] ?? e.text.fr).title}</a>`,
          e.topic,
          e.owner,
          CURATED_LANGS.filter((l) => !e.text[l]).join(', ') || '✓',
          e.verified ? c.t('entries.verified') : c.t('entries.unverified'),
        ]);
      const body = [
        html`<p><a class="button" href="/console/entries/new">${c.t('entries.new')}</a></p>`,
        table(c.t('entries.caption', { count: kb.entries.length }), [c.t('entries.title'), c.t('entries.topic'), c.t('entries.owner'), c.t('entries.missing'), c.t('entries.verification')], rows),
      ];
      kit.send(res, 200, layout(c, c.t('entries.heading'), body, { flash: kit.takeFlash(req) }));
    }),
  );

  router.get(
    '/entries/new',
    kit.need('editor', 'admin'),
    async(async (req, res) => {
      const c = kit.page(req);
      const lang = typeof req.query.lang === 'string' && (CURATED_LANGS as readonly string[]).includes(req.query.lang) ? req.query.lang : 'fr';
      const question = typeof req.query.question === 'string' ? req.query.question.slice(0, 300) : '';
      const org = await kit.accounts.organisation(kit.person(req).orgId);
      const values: Values = { reviewed: today(kit), reviewIntervalDays: '180', owner: org?.name ?? '', topic: 'daily-life' };
      if (question) values[`t.${lang}.questions`] = question;
      kit.send(res, 200, editorPage(kit, c, { isNew: true, values }));
    }),
  );

  router.post(
    '/entries/new',
    kit.need('editor', 'admin'),
    async(async (req, res) => {
      const p = kit.person(req);
      const c = kit.page(req);
      const v = valuesFromBody(req);
      const id = (v.id ?? '').trim();
      const topic = (v.topic ?? '').trim();
      if (!ID.test(id) || !(TOPICS as readonly string[]).includes(topic)) {
        return kit.send(res, 400, editorPage(kit, c, { isNew: true, values: v, problems: [{ severity: 'error', file: '', field: 'id', message: c.t('editor.badId') }] }));
      }
      if (kit.deps.knowledge.current().kb.entries.some((e) => e.id === id)) {
        return kit.send(res, 409, editorPage(kit, c, { isNew: true, values: v, problems: [{ severity: 'error', file: '', field: 'id', message: c.t('editor.idTaken') }] }));
      }
      const org = await kit.accounts.organisation(p.orgId);
      const doc = new Document({ id, topic, text: {}, sources: [{ url: (v.source ?? '').trim() }], owner: org?.name ?? p.orgId, reviewed: today(kit), reviewIntervalDays: 180, verified: false });
      apply(doc, [], v, p);
      const ws = workspace(kit);
      const file = path.join(ws.dir, 'entries', topic, `${id}.yaml`);
      const outcome = await save(kit, p, file, undefined, doc.toString(), { confirm: v.confirm === '1', action: 'entry.create', target: id, golden: true });
      if (outcome.kind === 'saved') return kit.done(req, res, `/console/entries/${id}`, c.t('editor.saved'));
      kit.send(res, outcome.kind === 'golden' ? 200 : 400, editorPage(kit, c, { isNew: true, values: v, problems: outcome.kind === 'invalid' ? outcome.problems : undefined, changes: outcome.kind === 'golden' ? outcome.changes : undefined, stale: outcome.kind === 'stale' }));
    }),
  );

  router.get(
    '/entries/:id',
    editors,
    async(async (req, res) => {
      const c = kit.page(req);
      const entry = findEntry(kit, req.params.id);
      const ws = workspace(kit);
      const opened = await ws.open(ws.resolve(entry.file!));
      kit.send(res, 200, editorPage(kit, c, { entry, isNew: false, values: valuesOf(entry), etag: opened.etag, preview: previews(kit, entry, c.lang) }, kit.takeFlash(req)));
    }),
  );

  router.post(
    '/entries/:id',
    editors,
    async(async (req: Request, res: Response) => {
      const p = kit.person(req);
      const c = kit.page(req);
      const entry = findEntry(kit, req.params.id);
      if (!(await mayEdit(kit, p, entry))) throw new ConsoleError(403, 'errors.notOwner', { owner: entry.owner });
      const v = valuesFromBody(req);
      const ws = workspace(kit);
      const opened = await ws.open(ws.resolve(entry.file!));
      const at = ws.itemPath(opened.doc, entry.id);
      // The stale check compares with the version the person opened (their etag), not the one read now.
      if (!at || opened.etag !== v.etag) {
        return kit.send(res, 409, editorPage(kit, c, { entry, isNew: false, values: v, etag: v.etag, stale: true }));
      }
      apply(opened.doc, at, v, p);
      const own: GoldenQuestion[] = Object.entries(entry.text).flatMap(([lang, t]) => t.questions.map((q, i) => ({ id: `${entry.id}:${lang}:${i}`, lang, question: q, expectEntryId: entry.id })));
      const outcome = await save(kit, p, opened.file, v.etag, minimalText(opened.text, opened.doc), { confirm: v.confirm === '1', action: 'entry.save', target: entry.id, golden: true, extra: own });
      if (outcome.kind === 'saved') return kit.done(req, res, `/console/entries/${entry.id}`, c.t('editor.saved'));
      const status = outcome.kind === 'stale' ? 409 : outcome.kind === 'invalid' ? 400 : 200;
      kit.send(res, status, editorPage(kit, c, { entry, isNew: false, values: v, etag: v.etag, problems: outcome.kind === 'invalid' ? outcome.problems : undefined, changes: outcome.kind === 'golden' ? outcome.changes : undefined, stale: outcome.kind === 'stale' }));
    }),
  );

  router.post(
    '/entries/:id/verify',
    kit.need('reviewer', 'admin'),
    async(async (req, res) => {
      const p = kit.person(req);
      const c = kit.page(req);
      const entry = findEntry(kit, req.params.id);
      if (!(await mayEdit(kit, p, entry))) throw new ConsoleError(403, 'errors.notOwner', { owner: entry.owner });
      await markVerified(kit, p, entry, req.body.etag, 'reviewed', 'entry.verify');
      kit.done(req, res, `/console/entries/${entry.id}`, c.t('editor.verified'));
    }),
  );
}

export type { Html };
