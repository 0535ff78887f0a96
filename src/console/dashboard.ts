// Dashboard: per organisation, which entries are stale, unverified or missing a language; feedback per entry; the
// anonymous figures of `npm run report` as charts (Chart.js, served from node_modules: no CDN).
import type { Router } from 'express';
import { CURATED_LANGS } from '../knowledge/types';
import { html, jsonBlock } from './html';
import { asyncRoute as async, type ConsoleKit } from './router';
import { layout, table } from './views';

const DAY_MS = 86_400_000;
const OUTCOMES = ['answered', 'clarified', 'fallback', 'emergency'] as const;

/** The Monday (YYYY-MM-DD, UTC) of a day's week. */
export function weekOf(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return 'unknown';
  const back = (d.getUTCDay() + 6) % 7;
  return new Date(d.getTime() - back * DAY_MS).toISOString().slice(0, 10);
}

type UsageRow = { day?: string; topic?: string; lang?: string; outcome?: string; count: number };

/** Usage counts per week (the last `weeks` weeks that have any), split by one dimension. */
export function byWeek(rows: readonly UsageRow[], weeks = 12): { weeks: string[]; series(dim: 'topic' | 'lang' | 'outcome'): Record<string, number[]> } {
  const all = [...new Set(rows.map((r) => weekOf(r.day ?? '')))].sort().slice(-weeks);
  return {
    weeks: all,
    series: (dim) => {
      const out: Record<string, number[]> = {};
      for (const r of rows) {
        const i = all.indexOf(weekOf(r.day ?? ''));
        if (i < 0) continue;
        const key = r[dim] ?? 'none';
        (out[key] ??= all.map(() => 0))[i] += r.count;
      }
      return out;
    },
  };
}

export function dashboardRoutes(router: Router, kit: ConsoleKit): void {
  router.get(
    '/',
    kit.need(),
    async(async (req, res) => {
      const c = kit.page(req);
      const p = kit.person(req);
      const org = await kit.accounts.organisation(p.orgId);
      const { kb } = kit.deps.knowledge.current();
      const mine = (owner: string) => p.roles.includes('admin') || [p.orgId, org?.name.toLowerCase()].includes(owner.trim().toLowerCase());
      const entries = kb.entries.filter((e) => mine(e.owner));
      const now = kit.now().getTime();
      const stale = entries.filter((e) => new Date(`${e.reviewed}T00:00:00Z`).getTime() + e.reviewIntervalDays * DAY_MS < now);
      const unverified = entries.filter((e) => !e.verified);
      const missing = entries.filter((e) => CURATED_LANGS.some((l) => !e.text[l]));
      const services = kb.services.filter((s) => !s.verified);
      const report = await kit.deps.store.report();
      const usage = await kit.deps.store.usageByDay();
      const feedbackDays = await kit.deps.store.feedbackByDay();
      const link = (id: string) => html`<a href="/console/entries/${id}">${id}</a>`;
      const list = (caption: string, items: typeof entries, extra: (e: (typeof entries)[number]) => string) =>
        table(caption, [c.t('dashboard.entry'), c.t('dashboard.detail')], items.map((e) => [link(e.id), extra(e)]));
      const recent = new Date(now - 30 * DAY_MS).toISOString().slice(0, 10);
      const feedback = Object.entries(report.feedbackByEntry)
        .filter(([id]) => entries.some((e) => e.id === id))
        .map(([id, f]) => {
          const lately = feedbackDays.filter((d) => d.entryId === id && d.value !== 'useful' && (d.day ?? '') >= recent).reduce((a, d) => a + d.count, 0);
          return [link(id), f.useful, f['not-useful'], f.wrong, lately];
        });
      const weekly = byWeek(usage);
      const chartData = {
        weeks: weekly.weeks,
        byOutcome: Object.fromEntries(Object.entries(weekly.series('outcome')).map(([o, n]) => [(OUTCOMES as readonly string[]).includes(o) ? c.t(`dashboard.outcomes.${o}`) : o, n])),
        byLang: weekly.series('lang'),
        byTopic: weekly.series('topic'),
        labels: { topic: c.t('dashboard.byTopic'), lang: c.t('dashboard.byLang'), outcome: c.t('dashboard.byOutcome') },
      };
      const weekRows = weekly.weeks.map((wk) => [wk, ...OUTCOMES.map((o) => weekly.series('outcome')[o]?.[weekly.weeks.indexOf(wk)] ?? 0)]);
      const body = [
        html`<ul class="figures">
<li><strong>${entries.length}</strong> ${c.t('dashboard.entries')}</li>
<li><strong>${stale.length}</strong> ${c.t('dashboard.stale')}</li>
<li><strong>${unverified.length}</strong> ${c.t('dashboard.unverified')}</li>
<li><strong>${missing.length}</strong> ${c.t('dashboard.missing')}</li>
<li><strong>${services.length}</strong> ${c.t('dashboard.servicesUnverified')}</li>
<li><strong>${report.reviewQueue}</strong> <a href="/console/review">${c.t('dashboard.reviewQueue')}</a></li>
</ul>`,
        html`<section aria-labelledby="usage-h"><h2 id="usage-h">${c.t('dashboard.usage', { count: report.questions })}</h2>
<p>${c.t('dashboard.unansweredRate', { rate: Math.round(report.unansweredRate * 100) })}</p>
<div class="charts"><figure><canvas id="chart-topic" role="img" aria-label="${c.t('dashboard.byTopic')}"></canvas></figure><figure><canvas id="chart-lang" role="img" aria-label="${c.t('dashboard.byLang')}"></canvas></figure><figure><canvas id="chart-outcome" role="img" aria-label="${c.t('dashboard.byOutcome')}"></canvas></figure></div>
${table(c.t('dashboard.weekTable'), [c.t('dashboard.week'), ...OUTCOMES.map((o) => c.t(`dashboard.outcomes.${o}`))], weekRows)}
${jsonBlock('usage-data', chartData)}</section>`,
        list(c.t('dashboard.staleCaption'), stale, (e) => c.t('dashboard.reviewedOn', { date: e.reviewed })),
        list(c.t('dashboard.missingCaption'), missing, (e) => CURATED_LANGS.filter((l) => !e.text[l]).join(', ')),
        html`<details><summary>${c.t('dashboard.unverifiedCaption')} (${unverified.length})</summary>${list(c.t('dashboard.unverifiedCaption'), unverified, (e) => e.owner)}</details>`,
        table(c.t('dashboard.feedback'), [c.t('dashboard.entry'), c.t('review.useful'), c.t('review.notUseful'), c.t('review.wrong'), c.t('dashboard.recentUnhelpful')], feedback),
      ];
      kit.send(res, 200, layout(c, c.t('dashboard.title', { org: org?.name ?? p.orgId }), body, { flash: kit.takeFlash(req), scripts: ['/console/static/chart.umd.js', '/console/static/dashboard.js'] }));
    }),
  );
}
