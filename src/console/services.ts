// Services in the console: description in six languages side by side, contact fields (address, phone, e-mail,
// website, hours) with the page they were read on, the validator's messages at the field, a preview as the bot lists
// the service, and *verify* (reviewer, date).
import type { Request, Response, Router } from 'express';
import { isSeq, type Document } from 'yaml';
import { renderServices } from '../bot/render';
import type { KnowledgeProblem } from '../knowledge/problems';
import { CURATED_LANGS, RTL_LANGS, type RoutedService, type Service } from '../knowledge/types';
import { lines, markVerified, put, save, valuesFromBody, workspace, type Values } from './entries';
import { html, join } from './html';
import { asyncRoute as async, type ConsoleKit } from './router';
import { ConsoleError, type ConsolePerson } from './types';
import { field, form, layout, table, type PageContext } from './views';
import type { ItemPath } from './workspace';
import { minimalText } from './yamlEdit';

const CONTACT = ['address', 'phone', 'email', 'website'] as const;

function findService(kit: ConsoleKit, id: string): Service {
  const s = kit.deps.knowledge.current().kb.services.find((x) => x.id === id);
  if (!s || !s.file) throw new ConsoleError(404, 'errors.noService', { id: id.slice(0, 80) });
  return s;
}

function valuesOf(s: Service): Values {
  const v: Values = { name: s.name, hours: s.hours ?? '' };
  for (const k of CONTACT) v[`contact.${k}`] = s.contact?.[k] ?? '';
  for (const lang of CURATED_LANGS) v[`d.${lang}`] = s.description?.[lang] ?? '';
  return v;
}

/** Applies the form to the service at `at`; a new source URL for the contact fields is added to `sources`. */
function apply(doc: Document, at: ItemPath, v: Values, s: Service): void {
  // Only the fields the form sent are touched: a partial form loses nothing.
  if (v.name !== undefined) put(doc, [...at, 'name'], v.name.trim());
  for (const lang of CURATED_LANGS) {
    const raw = v[`d.${lang}`];
    if (raw !== undefined && (raw.trim() || doc.getIn([...at, 'description', lang]) !== undefined)) put(doc, [...at, 'description', lang], raw.trim());
  }
  for (const k of CONTACT) {
    const raw = v[`contact.${k}`];
    if (raw !== undefined && (raw.trim() || doc.getIn([...at, 'contact', k]) !== undefined)) put(doc, [...at, 'contact', k], raw.trim());
  }
  if (doc.getIn([...at, 'contact']) !== undefined && CONTACT.every((k) => doc.getIn([...at, 'contact', k]) === undefined)) doc.deleteIn([...at, 'contact']);
  if (v.hours !== undefined) put(doc, [...at, 'hours'], v.hours.trim());
  const url = (v.contactSource ?? '').trim();
  if (url && !s.sources.some((src) => src.url === url)) {
    const node = doc.createNode({ url: lines(url)[0], note: 'contact' });
    const sources = doc.getIn([...at, 'sources'], true);
    if (isSeq(sources)) sources.add(node);
    else doc.setIn([...at, 'sources'], doc.createNode([node]));
  }
  // New contact details are not verified until a reviewer checks them.
  if (doc.getIn([...at, 'verified']) === true) {
    put(doc, [...at, 'verified'], false);
    put(doc, [...at, 'verifiedBy'], undefined);
    put(doc, [...at, 'verifiedOn'], undefined);
  }
}

function fieldOf(problemField: string, id: string): string {
  const f = problemField.startsWith(`${id}.`) ? problemField.slice(id.length + 1) : problemField;
  const d = /^description\.([a-z]{2})/.exec(f);
  if (d) return `d.${d[1]}`;
  const c = /^contact\.(\w+)/.exec(f);
  if (c) return `contact.${c[1]}`;
  if (f.startsWith('sources')) return 'contactSource';
  return f.replace(/\[.*$/, '').split('.')[0];
}

interface ServiceState {
  service: Service;
  values: Values;
  etag: string;
  problems?: KnowledgeProblem[];
  stale?: boolean;
}

function servicePage(kit: ConsoleKit, c: PageContext, s: ServiceState, flash?: string): string {
  const { service } = s;
  const errs = new Map<string, string[]>();
  for (const p of s.problems ?? []) errs.set(fieldOf(p.field, service.id), [...(errs.get(fieldOf(p.field, service.id)) ?? []), p.message]);
  const err = (k: string) => errs.get(k)?.join(' · ');
  const sources = service.sources.map((src) => html`<li>${src.url ? html`<a href="${src.url}" rel="noreferrer noopener">${src.title ?? src.url}</a>` : (src.title ?? src.seed ?? '')}${src.note ? html` — ${src.note}` : ''}</li>`);
  const contact = service.perCommune
    ? html`<p class="hint">${c.t('services.perCommune')}</p>`
    : join([
        ...CONTACT.map((k) => field(`s-${k}`, c.t(`services.fields.${k}`), { name: `contact.${k}`, value: s.values[`contact.${k}`], type: k === 'email' ? 'email' : k === 'website' ? 'url' : 'text' }, err(`contact.${k}`))),
        field('s-hours', c.t('services.fields.hours'), { name: 'hours', value: s.values.hours }, err('hours')),
        field('s-source', c.t('services.fields.contactSource'), { name: 'contactSource', value: s.values.contactSource, type: 'url' }, err('contactSource'), c.t('services.sourceHint')),
      ]);
  const descriptions = CURATED_LANGS.map((lang) => {
    const has = (s.values[`d.${lang}`] ?? '').trim() !== '';
    const st = has ? 'complete' : 'missing';
    return html`<fieldset class="lang"><legend>${c.t(`languages.${lang}`)} <span class="status status-${st}">${c.t(`editor.status.${st}`)}</span></legend>${field(`s-d-${lang}`, c.t('services.fields.description'), { name: `d.${lang}`, value: s.values[`d.${lang}`], multiline: true, rows: 5, lang, dir: RTL_LANGS.has(lang) ? 'rtl' : 'ltr' }, err(`d.${lang}`))}</fieldset>`;
  });
  const editor = form(
    c,
    `/console/services/${service.id}`,
    join([
      html`<input type="hidden" name="etag" value="${s.etag}">`,
      field('s-name', c.t('services.fields.name'), { name: 'name', value: s.values.name, required: true }, err('name')),
      html`<h2>${c.t('services.contact')}</h2>`,
      contact,
      html`<h2>${c.t('services.descriptions')}</h2><div class="langs-grid">${descriptions}</div>`,
      html`<div class="actions"><button type="submit">${c.t('editor.save')}</button></div>`,
    ]),
    html`id="service-editor"`,
  );
  const routed: RoutedService = { id: service.id, type: service.type, name: service.name, description: service.description?.[c.lang] ?? service.description?.fr, contact: service.contact, hours: service.hours, verified: service.verified };
  const preview = html`<section aria-labelledby="preview-h"><h2 id="preview-h">${c.t('editor.preview')}</h2><div class="bubble" lang="${c.lang}">${renderServices(kit.deps.botI18n, c.lang, [routed])}</div></section>`;
  const verify =
    c.person?.roles.some((r) => r === 'reviewer' || r === 'admin') && !service.verified
      ? form(c, `/console/services/${service.id}/verify`, join([html`<input type="hidden" name="etag" value="${s.etag}">`, html`<button type="submit">${c.t('services.verify')}</button>`]), html`class="inline verify"`)
      : '';
  const info = html`<p class="meta">${c.t('editor.file', { file: service.file ?? '' })} · ${service.verified ? c.t('editor.verifiedBy', { who: service.verifiedBy ?? '?', date: service.verifiedOn ?? '?' }) : c.t('services.unverified')}</p><h2>${c.t('editor.sources')}</h2><ul>${sources}</ul>`;
  const error = s.stale ? c.t('editor.stale') : s.problems?.length ? c.t('editor.invalid', { count: s.problems.length }) : undefined;
  return layout(c, c.t('services.title', { name: service.name }), [info, verify, editor, preview], { flash, error });
}

/** Services: any editor may complete contact fields (services have no owner); reviewers verify them. */
const mayEdit = (p: ConsolePerson): boolean => p.roles.some((r) => r === 'editor' || r === 'admin');

export function serviceRoutes(router: Router, kit: ConsoleKit): void {
  router.get(
    '/services',
    kit.need('editor', 'reviewer', 'admin'),
    async(async (req, res) => {
      const c = kit.page(req);
      const { kb } = kit.deps.knowledge.current();
      const rows = [...kb.services]
        .sort((a, b) => a.type.localeCompare(b.type) || a.id.localeCompare(b.id))
        .map((s) => [
          html`<a href="/console/services/${s.id}">${s.name}</a>`,
          s.type,
          s.perCommune ? c.t('services.perCommuneShort') : CONTACT.filter((k) => s.contact?.[k]).map((k) => c.t(`services.fields.${k}`)).join(', ') || c.t('services.noContact'),
          s.verified ? c.t('entries.verified') : c.t('entries.unverified'),
        ]);
      kit.send(res, 200, layout(c, c.t('services.heading'), table(c.t('services.caption', { count: kb.services.length }), [c.t('services.fields.name'), c.t('services.type'), c.t('services.contact'), c.t('entries.verification')], rows), { flash: kit.takeFlash(req) }));
    }),
  );

  router.get(
    '/services/:id',
    kit.need('editor', 'reviewer', 'admin'),
    async(async (req, res) => {
      const service = findService(kit, req.params.id);
      const ws = workspace(kit);
      const opened = await ws.open(ws.resolve(service.file!));
      kit.send(res, 200, servicePage(kit, kit.page(req), { service, values: valuesOf(service), etag: opened.etag }, kit.takeFlash(req)));
    }),
  );

  router.post(
    '/services/:id',
    kit.need('editor', 'admin'),
    async(async (req: Request, res: Response) => {
      const p = kit.person(req);
      if (!mayEdit(p)) throw new ConsoleError(403, 'errors.forbidden');
      const c = kit.page(req);
      const service = findService(kit, req.params.id);
      const v = valuesFromBody(req);
      const ws = workspace(kit);
      const opened = await ws.open(ws.resolve(service.file!));
      const at = ws.itemPath(opened.doc, service.id);
      if (!at || opened.etag !== v.etag) return kit.send(res, 409, servicePage(kit, c, { service, values: v, etag: v.etag ?? '', stale: true }));
      apply(opened.doc, at, v, service);
      const outcome = await save(kit, p, opened.file, v.etag, minimalText(opened.text, opened.doc), { confirm: true, action: 'service.save', target: service.id, golden: false });
      if (outcome.kind === 'saved') return kit.done(req, res, `/console/services/${service.id}`, c.t('editor.saved'));
      kit.send(res, outcome.kind === 'stale' ? 409 : 400, servicePage(kit, c, { service, values: v, etag: v.etag, problems: outcome.kind === 'invalid' ? outcome.problems : undefined, stale: outcome.kind === 'stale' }));
    }),
  );

  router.post(
    '/services/:id/verify',
    kit.need('reviewer', 'admin'),
    async(async (req, res) => {
      const p = kit.person(req);
      const service = findService(kit, req.params.id);
      await markVerified(kit, p, service, req.body.etag, 'verifiedOn', 'service.verify');
      kit.done(req, res, `/console/services/${service.id}`, kit.page(req).t('services.verified'));
    }),
  );
}
