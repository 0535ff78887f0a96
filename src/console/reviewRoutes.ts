// Review queue pages: unanswered questions grouped by similarity, "did not help" feedback, and the three actions.
import type { Request, Response, Router } from 'express';
import { html, join } from './html';
import { groupReviewItems } from './review';
import { asyncRoute as async, type ConsoleKit } from './router';
import { ConsoleError } from './types';
import { form, layout, table } from './views';
import { addSampleQuestion } from './entries';

const ids = (req: Request): string[] => {
  const raw = req.body.ids;
  return (Array.isArray(raw) ? raw : raw ? [raw] : []).map(String).slice(0, 500);
};

export function reviewRoutes(router: Router, kit: ConsoleKit): void {
  const editors = kit.need('editor', 'reviewer', 'admin');
  router.get(
    '/review',
    editors,
    async(async (req: Request, res: Response) => {
      const c = kit.page(req);
      const { kb } = kit.deps.knowledge.current();
      const items = await kit.deps.store.listReviewItems(1000);
      const groups = groupReviewItems(items);
      const report = await kit.deps.store.report();
      const titleOf = (id: string, lang: string) => {
        const e = kb.entries.find((x) => x.id === id);
        return e ? (e.text[lang] ?? e.text.fr).title : id;
      };
      const options = (lang: string) =>
        kb.entries
          .filter((e) => e.text[lang])
          .sort((a, b) => a.id.localeCompare(b.id))
          .map((e) => html`<option value="${e.id}">${e.text[lang].title} (${e.id})</option>`);
      const cards = groups.map((g, i) => {
        const hidden = g.items.map((it) => html`<input type="hidden" name="ids" value="${it.id}">`);
        const head = html`<h2 id="g${i}"><span lang="${g.lang}" dir="${g.lang === 'ar' ? 'rtl' : 'ltr'}">${g.text}</span></h2>
<p class="meta">${c.t('review.lang', { lang: g.lang })} · ${c.t('review.count', { count: g.count })}</p>
${g.count > 1 ? html`<details><summary>${c.t('review.all')}</summary><ul>${g.items.map((it) => html`<li lang="${g.lang}">${it.text} <span class="meta">${it.day}</span></li>`)}</ul></details>` : ''}`;
        const attach = form(
          c,
          '/console/review/attach',
          join([
            hidden,
            html`<input type="hidden" name="lang" value="${g.lang}">`,
            html`<label for="q${i}">${c.t('review.question')}</label><input id="q${i}" name="question" value="${g.text}" lang="${g.lang}">`,
            html`<label for="e${i}">${c.t('review.entry')}</label><select id="e${i}" name="entryId">${options(g.lang)}</select>`,
            html`<button type="submit">${c.t('review.attach')}</button>`,
          ]),
          html`class="inline"`,
        );
        const dismiss = form(c, '/console/review/dismiss', join([hidden, html`<button type="submit" class="secondary">${c.t('review.dismiss')}</button>`]), html`class="inline"`);
        const start = html`<a class="button secondary" href="/console/entries/new?lang=${encodeURIComponent(g.lang)}&question=${encodeURIComponent(g.text)}">${c.t('review.newEntry')}</a>`;
        return html`<section class="card" aria-labelledby="g${i}">${head}${attach}<div class="actions">${dismiss}${start}</div></section>`;
      });
      const unhelpful = Object.entries(report.feedbackByEntry)
        .filter(([, f]) => f['not-useful'] + f.wrong > 0)
        .sort((a, b) => b[1]['not-useful'] + b[1].wrong - (a[1]['not-useful'] + a[1].wrong))
        .map(([id, f]) => [html`<a href="/console/entries/${id}">${titleOf(id, c.lang)}</a>`, f['not-useful'], f.wrong, f.useful]);
      const body = [
        html`<p>${c.t('review.intro', { count: items.length })}</p>`,
        groups.length ? cards : html`<p>${c.t('review.empty')}</p>`,
        table(c.t('review.feedback'), [c.t('review.feedbackEntry'), c.t('review.notUseful'), c.t('review.wrong'), c.t('review.useful')], unhelpful),
      ];
      kit.send(res, 200, layout(c, c.t('review.title'), body, { flash: kit.takeFlash(req) }));
    }),
  );

  router.post(
    '/review/attach',
    editors,
    async(async (req, res) => {
      const person = kit.person(req);
      const entryId = String(req.body.entryId ?? '');
      const lang = String(req.body.lang ?? '');
      const question = String(req.body.question ?? '').trim().slice(0, 300);
      if (!question) throw new ConsoleError(400, 'review.noQuestion');
      await addSampleQuestion(kit, person, entryId, lang, question);
      for (const id of ids(req)) await kit.deps.store.removeReviewItem(id);
      kit.done(req, res, '/console/review', kit.page(req).t('review.attached', { entry: entryId }));
    }),
  );

  router.post(
    '/review/dismiss',
    editors,
    async(async (req, res) => {
      const person = kit.person(req);
      const list = ids(req);
      for (const id of list) await kit.deps.store.removeReviewItem(id);
      await kit.accounts.record(person.username, 'review.out-of-scope', undefined, `${list.length}`);
      kit.done(req, res, '/console/review', kit.page(req).t('review.dismissed', { count: list.length }));
    }),
  );
}
