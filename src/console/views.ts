// Server-rendered pages of the console. Every word comes from locales/<lang>/console.json; every value is escaped.
import { html, join, type Html, type Part } from './html';
import type { ConsolePerson } from './types';
import { CONSOLE_LANGS } from './types';

/** What every page knows: the translator, the language, the person, the CSRF token. */
export interface PageContext {
  t: (key: string, params?: Record<string, string | number>) => string;
  lang: string;
  person?: ConsolePerson;
  csrf: string;
  /** Current path, for the language switch and the active menu item. */
  path: string;
  /** Rooms of other surfaces this person may enter inside the console (the desk with DESK_ACCESS=accounts). */
  rooms?: { href: string; label: string }[];
}

/** A POST form with the CSRF token. */
export function form(c: PageContext, action: string, body: Part, attrs: Html = html``): Html {
  return html`<form method="post" action="${action}" ${attrs}><input type="hidden" name="_csrf" value="${c.csrf}">${body}</form>`;
}

/** The frame of every page: skip link, header with menu and language switch, main landmark. */
export function layout(c: PageContext, title: string, body: Part, opts: { flash?: string; error?: string; scripts?: string[] } = {}): string {
  const p = c.person;
  const nav: [string, string, boolean][] = p
    ? [
        ['/console/', 'nav.dashboard', true],
        ['/console/review', 'nav.review', p.roles.some((r) => r !== 'desk')],
        ['/console/entries', 'nav.entries', p.roles.some((r) => r !== 'desk')],
        ['/console/services', 'nav.services', p.roles.some((r) => r !== 'desk')],
        ['/console/admin', 'nav.admin', p.roles.includes('admin')],
      ]
    : [];
  const links = nav.filter(([, , show]) => show).map(([href, key]) => ({ href, label: c.t(key) }));
  const menu = (p ? [...links, ...(c.rooms ?? [])] : []).map(
    ({ href, label }) => html`<li><a href="${href}" ${c.path === href ? html`aria-current="page"` : html``}>${label}</a></li>`,
  );
  const langs = CONSOLE_LANGS.map((l) =>
    l === c.lang
      ? html`<li><span aria-current="true" lang="${l}">${l.toUpperCase()}</span></li>`
      : html`<li><a href="${c.path}?lang=${l}" lang="${l}" hreflang="${l}">${l.toUpperCase()}</a></li>`,
  );
  return html`<!doctype html>
<html lang="${c.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ${c.t('app.name')}</title>
<link rel="stylesheet" href="/console/static/console.css">
<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
</head>
<body>
<a class="skip" href="#main">${c.t('nav.skip')}</a>
<header>
<p class="brand">${c.t('app.name')}</p>
${p ? html`<nav aria-label="${c.t('nav.label')}"><ul>${menu}</ul></nav>` : ''}
<nav aria-label="${c.t('nav.languages')}"><ul class="langs">${langs}</ul></nav>
${p ? form(c, '/console/logout', html`<span class="who">${p.displayName} (${p.orgId})</span> <button type="submit">${c.t('nav.logout')}</button>`, html`class="logout"`) : ''}
</header>
<main id="main" tabindex="-1">
<h1>${title}</h1>
${opts.flash ? html`<p class="flash" role="status">${opts.flash}</p>` : ''}
${opts.error ? html`<p class="error" role="alert">${opts.error}</p>` : ''}
${body}
</main>
${(opts.scripts ?? []).map((s) => html`<script src="${s}"></script>`)}
</body>
</html>`.value;
}

/** A labelled text input, with its error message tied to it. */
export function field(
  id: string,
  label: string,
  input: { name: string; value?: string; type?: string; required?: boolean; autocomplete?: string; multiline?: boolean; rows?: number; dir?: string; lang?: string },
  error?: string,
  hint?: string,
): Html {
  const describedBy = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ');
  const common = html`id="${id}" name="${input.name}" ${input.required ? html`required` : ''} ${describedBy ? html`aria-describedby="${describedBy}"` : ''} ${error ? html`aria-invalid="true"` : ''} ${input.dir ? html`dir="${input.dir}"` : ''} ${input.lang ? html`lang="${input.lang}"` : ''}`;
  const control = input.multiline
    ? html`<textarea ${common} rows="${input.rows ?? 4}">${input.value ?? ''}</textarea>`
    : html`<input ${common} type="${input.type ?? 'text'}" value="${input.value ?? ''}" ${input.autocomplete ? html`autocomplete="${input.autocomplete}"` : ''}>`;
  return html`<div class="field${error ? ' invalid' : ''}"><label for="${id}">${label}</label>${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : ''}${control}${error ? html`<p class="field-error" id="${id}-error">${error}</p>` : ''}</div>`;
}

/** A simple table with a caption and column headers. */
export function table(caption: string, head: string[], rows: (Html | string | number)[][]): Html {
  return html`<table><caption>${caption}</caption><thead><tr>${head.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead><tbody>${rows.map((r) => html`<tr>${r.map((cell) => html`<td>${cell}</td>`)}</tr>`)}</tbody></table>`;
}

/** The sign-in form; `next` is the console page to return to afterwards (the desk sends people here). */
export function loginPage(c: PageContext, error?: string, username = '', next?: string): string {
  const body = form(
    c,
    '/console/login',
    join([
      next ? html`<input type="hidden" name="next" value="${next}">` : '',
      field('username', c.t('login.username'), { name: 'username', value: username, required: true, autocomplete: 'username' }),
      field('password', c.t('login.password'), { name: 'password', type: 'password', required: true, autocomplete: 'current-password' }),
      html`<button type="submit">${c.t('login.submit')}</button>`,
    ]),
    html`class="login"`,
  );
  return layout(c, c.t('login.title'), [html`<p>${c.t('login.intro')}</p>`, body], { error });
}

export function messagePage(c: PageContext, title: string, message: string): string {
  return layout(c, title, html`<p>${message}</p><p><a href="/console/">${c.t('nav.home')}</a></p>`);
}
