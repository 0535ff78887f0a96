// Relais desk page: the worker asks on the person's behalf and gets the answer in both languages, a full-screen view
// for the person, desk phrases and a printable handout. Nothing about the person is kept: "Next person" clears
// every field, the answer, the handout and the page's memory (no storage is used for the person).
(function () {
  'use strict';

  var LANGS = ['fr', 'nl', 'en', 'uk', 'ru', 'ar'];
  var POSTAL_CODE = /^[1-9][0-9]{3}$/;
  /** The worker's own choice of language, the only thing remembered (it says nothing about anyone). */
  var WORKER_LANG_KEY = 'relais.desk.workerLang';

  /** Where the desk is served: /desk, or /console/desk behind the console's accounts (read from this script's own address). */
  var BASE = (document.currentScript ? new URL(document.currentScript.src).pathname : '/desk/static/desk.js').replace(/\/static\/desk\.js$/, '');

  var texts = { languages: [], labels: {}, phrases: {}, phraseIds: [] };
  /** account: the worker signed in to the console (DESK_ACCESS=accounts), else null. */
  var state = { workerLang: 'fr', reply: null, request: null, account: null };

  function $(id) {
    return document.getElementById(id);
  }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      if (attrs[name] === undefined || attrs[name] === null || attrs[name] === false) return;
      if (name === 'text') node.textContent = attrs[name];
      else node.setAttribute(name, attrs[name]);
    });
    (children || []).forEach(function (child) {
      if (child) node.appendChild(child);
    });
    return node;
  }

  function fill(template, values) {
    return String(template || '').replace(/\{\{(\w+)\}\}/g, function (_, name) {
      return values && values[name] !== undefined ? values[name] : '';
    });
  }

  function dirOf(lang) {
    return lang === 'ar' ? 'rtl' : 'ltr';
  }

  function ui(key, values, lang) {
    var labels = texts.labels[lang || state.workerLang] || texts.labels.fr || {};
    return fill(labels.ui && labels.ui[key], values);
  }

  function sheet(lang, key, values) {
    var labels = texts.labels[lang] || texts.labels.fr || {};
    return fill(labels.sheet && labels.sheet[key], values);
  }

  /** A language's name in the worker's language ("arabe"), for labels the worker reads. */
  function langName(code) {
    var labels = texts.labels[state.workerLang] || {};
    return (labels.ui && labels.ui.languages && labels.ui.languages[code]) || code;
  }

  /** A language's name in itself ("العربية"), so the person can point at theirs. */
  function endonym(code) {
    var found = texts.languages.filter(function (l) {
      return l.code === code;
    })[0];
    return found ? found.name : code;
  }

  function getJson(url) {
    return fetch(url, { credentials: 'same-origin' }).then(function (res) {
      if (!res.ok) throw new Error(url + ': HTTP ' + res.status);
      return res.json();
    });
  }

  function pickWorkerLang() {
    var asked = new URLSearchParams(window.location.search).get('lang');
    var saved = '';
    try {
      saved = window.localStorage.getItem(WORKER_LANG_KEY) || '';
    } catch (e) {
      saved = '';
    }
    var candidates = [asked, saved].concat(navigator.languages || [navigator.language]);
    for (var i = 0; i < candidates.length; i++) {
      var code = String(candidates[i] || '').toLowerCase().split('-')[0];
      if (LANGS.indexOf(code) >= 0) return code;
    }
    return 'fr';
  }

  // ---- labels -------------------------------------------------------------------------------------------------

  function fillSelect(select, options, keep) {
    var value = keep ? select.value : '';
    select.textContent = '';
    options.forEach(function (o) {
      select.appendChild(el('option', { value: o.value, lang: o.lang, dir: o.dir, text: o.text }));
    });
    select.value = value;
    if (select.selectedIndex < 0) select.selectedIndex = 0;
  }

  function applyLabels() {
    var lang = state.workerLang;
    document.documentElement.lang = lang;
    document.documentElement.dir = dirOf(lang);
    document.title = 'Relais · ' + ui('pageTitle');
    var nodes = document.querySelectorAll('[data-i18n]');
    for (var i = 0; i < nodes.length; i++) nodes[i].textContent = ui(nodes[i].getAttribute('data-i18n'));
    $('show-close').setAttribute('lang', lang);

    fillSelect(
      $('worker-lang'),
      LANGS.map(function (code) {
        return { value: code, lang: code, dir: dirOf(code), text: endonym(code) };
      }),
    );
    $('worker-lang').value = lang;
    // Each language in itself (for the person) and in the worker's words.
    fillSelect(
      $('person-lang'),
      [{ value: '', text: ui('pickNone') }].concat(
        LANGS.map(function (code) {
          return { value: code, text: endonym(code) + ' · ' + langName(code) };
        }),
      ),
      true,
    );
    var statuses = (texts.labels[lang] || {}).statuses || {};
    fillSelect(
      $('person-status'),
      [{ value: '', text: ui('statusUnknown') }].concat(
        Object.keys(statuses).map(function (s) {
          return { value: s, text: statuses[s] };
        }),
      ),
      true,
    );
    if (state.account) {
      $('account-name').textContent = ui('signedInAs', { name: state.account.displayName });
      $('account-csrf').value = state.account.csrfToken;
      $('account').hidden = false;
    }
    renderPhrases();
    if (state.reply) renderReply(state.reply);
  }

  function loadQuestions() {
    return getJson(BASE + '/api/questions?lang=' + state.workerLang).then(function (data) {
      var select = $('pick');
      select.textContent = '';
      select.appendChild(el('option', { value: '', text: ui('pickNone') }));
      data.topics.forEach(function (t) {
        var group = el('optgroup', { label: t.label });
        t.entries.forEach(function (e) {
          group.appendChild(el('option', { value: e.entryId, text: e.title }));
        });
        select.appendChild(group);
      });
    });
  }

  function renderPhrases() {
    var list = $('phrases');
    list.textContent = '';
    texts.phraseIds.forEach(function (id) {
      var text = (texts.phrases[state.workerLang] || {})[id] || '';
      var button = el('button', { type: 'button', 'data-phrase': id, text: text });
      button.addEventListener('click', function () {
        showPhrase(id);
      });
      list.appendChild(el('li', {}, [button]));
    });
  }

  // ---- asking -------------------------------------------------------------------------------------------------

  function setError(id, text, field) {
    var node = $(id);
    node.textContent = text || '';
    node.hidden = !text;
    if (field) field.setAttribute('aria-invalid', text ? 'true' : 'false');
  }

  function setStatus(text) {
    $('message').textContent = text || '';
  }

  /** The person's details from the form, or undefined (with the field's error shown and focused) when invalid. */
  function personDetails() {
    var lang = $('person-lang').value;
    var postal = $('postal-code').value.replace(/\s+/g, '');
    setError('person-lang-error', '', $('person-lang'));
    setError('postal-error', '', $('postal-code'));
    if (LANGS.indexOf(lang) < 0) {
      setError('person-lang-error', ui('choosePersonLang'), $('person-lang'));
      $('person-lang').focus();
      return undefined;
    }
    if (postal && !POSTAL_CODE.test(postal)) {
      setError('postal-error', ui('invalidPostal'), $('postal-code'));
      $('postal-code').focus();
      return undefined;
    }
    var details = { workerLang: state.workerLang, personLang: lang };
    if (postal) details.postalCode = postal;
    if ($('person-status').value) details.status = $('person-status').value;
    return details;
  }

  function ask(extra) {
    var details = personDetails();
    if (!details) return Promise.resolve();
    var body = Object.assign(details, extra);
    state.request = body;
    setStatus(ui('searching'));
    var headers = { 'Content-Type': 'application/json' };
    if (state.account) headers['X-CSRF-Token'] = state.account.csrfToken;
    return fetch(BASE + '/api/answer', {
      method: 'POST',
      credentials: 'same-origin',
      headers: headers,
      body: JSON.stringify(body),
    })
      .then(function (res) {
        // The console session ended (signed out elsewhere, idle too long): reloading leads to its sign-in page.
        if (state.account && (res.status === 401 || res.status === 403)) {
          window.location.reload();
          return { ok: false, data: null };
        }
        return res.json().then(function (data) {
          return { ok: res.ok, data: data };
        });
      })
      .then(function (r) {
        if (state.request !== body) return; // "Next person" came first: drop it.
        if (!r.ok) {
          var code = r.data && r.data.error && r.data.error.code;
          if (code === 'UnknownPostalCode' || code === 'InvalidPostalCode') {
            setError('postal-error', ui(code === 'UnknownPostalCode' ? 'unknownPostal' : 'invalidPostal'), $('postal-code'));
            $('postal-code').focus();
            setStatus('');
          } else setStatus(ui('error'));
          return;
        }
        state.reply = r.data;
        renderReply(r.data);
        var person = r.data.person ? r.data.person.lang : body.personLang;
        setStatus(r.data.kind === 'clarify' ? ui('clarifyHeading') : ui('ready', { worker: langName(state.workerLang), person: langName(person) }));
        $('answer').focus();
      })
      .catch(function () {
        if (state.request === body) setStatus(ui('error'));
      });
  }

  /** Asks with the typed question or the picked entry (`field`), or says that one of them is needed. */
  function askFrom(input, field) {
    var value = input.value.trim();
    setError('question-error', '', $('question'));
    if (!value) {
      setError('question-error', ui('emptyQuestion'), $('question'));
      input.focus();
      return;
    }
    var extra = {};
    extra[field] = value;
    ask(extra);
  }

  function askQuestion(event) {
    event.preventDefault();
    askFrom($('question'), 'question');
  }

  // ---- rendering ----------------------------------------------------------------------------------------------

  function contactLink(kind, value) {
    if (kind === 'phone') return el('a', { href: 'tel:' + value.replace(/[^+\d]/g, ''), dir: 'ltr', text: value });
    if (kind === 'email') return el('a', { href: 'mailto:' + value, dir: 'ltr', text: value });
    if (kind === 'website') return el('a', { href: value, target: '_blank', rel: 'noopener noreferrer', dir: 'ltr', text: value.replace(/^https?:\/\//, '') });
    return el('span', { text: value });
  }

  /** One service card: name, what it does, and only the contact fields the knowledge base holds. */
  function serviceItem(service, lang) {
    var fields = ['address', 'phone', 'email', 'website', 'hours'].filter(function (f) {
      return service[f];
    });
    var list = el(
      'dl',
      { class: 'contact' },
      [].concat.apply(
        [],
        fields.map(function (f) {
          return [el('dt', { text: sheet(lang, f) }), el('dd', {}, [contactLink(f, service[f])])];
        }),
      ),
    );
    var notes = [];
    if (!fields.length) notes.push(el('p', { class: 'small', text: sheet(lang, 'noContact') }));
    else if (!service.verified) notes.push(el('p', { class: 'small', text: sheet(lang, 'serviceUnverified') }));
    return el(
      'li',
      { class: 'service', 'data-service': service.id },
      [el('p', { class: 'service-name' }, [el('strong', { text: service.name })]), service.description ? el('p', { text: service.description }) : null, fields.length ? list : null].concat(
        notes,
      ),
    );
  }

  /** A list (`ol` or `ul`) of class `cls`, one item a value; `item` makes the item (plain text by default). */
  function list(tag, cls, values, item) {
    return el(
      tag,
      { class: cls },
      values.map(
        item ||
          function (v) {
            return el('li', { text: v });
          },
      ),
    );
  }

  /** One language's side: title, answer, steps, documents, services; `level` is the heading level of the title. */
  function sideContent(side, level) {
    var heading = 'h' + Math.min(6, level + 1);
    var parts = [el('h' + level, { class: 'side-title', text: side.title })];
    if (side.answer) parts.push(el('p', { class: 'side-answer', text: side.answer }));
    var sections = [
      ['steps', 'ol', side.steps],
      ['documents', 'ul', side.documents],
      [
        'services',
        'ul',
        side.services,
        function (s) {
          return serviceItem(s, side.lang);
        },
      ],
    ];
    sections.forEach(function (section) {
      if (!section[2].length) return;
      parts.push(el(heading, { text: sheet(side.lang, section[0]) }));
      parts.push(list(section[1], section[0], section[2], section[3]));
    });
    return parts;
  }

  function column(side, who) {
    var note = side.pivotShown ? el('p', { class: 'note warn', lang: state.workerLang, dir: dirOf(state.workerLang), text: ui('pivotShown') }) : null;
    return el('article', { class: 'side side-' + who, lang: side.lang, dir: side.dir, 'data-side': who }, [
      el('p', { class: 'lang-tag', lang: state.workerLang, dir: dirOf(state.workerLang), text: langName(side.lang) }),
      note,
    ].concat(sideContent(side, 3)));
  }

  function renderReply(reply) {
    $('clarify').hidden = reply.kind !== 'clarify';
    $('result').hidden = reply.kind === 'clarify';
    var choices = $('choices');
    choices.textContent = '';
    if (reply.kind === 'clarify') {
      reply.choices.forEach(function (c) {
        var button = el('button', { type: 'button', class: 'choice' }, [
          el('span', { lang: state.workerLang, text: c.worker }),
          el('span', { class: 'small', lang: state.request.personLang, dir: dirOf(state.request.personLang), text: c.person }),
        ]);
        button.addEventListener('click', function () {
          ask({ entryId: c.entryId });
        });
        choices.appendChild(el('li', {}, [button]));
      });
      renderHandout(null);
      return;
    }
    $('place-note').textContent = [
      reply.questionLang ? ui('questionLang', { language: langName(reply.questionLang) }) : '',
      reply.place ? ui('placeShown', { place: reply.place.label }) : '',
      reply.place && reply.place.outsideArea ? ui('outsideArea') : '',
    ]
      .filter(Boolean)
      .join(' ');
    $('needs-place').hidden = !reply.needsPlace;
    var columns = $('columns');
    columns.textContent = '';
    columns.appendChild(column(reply.worker, 'worker'));
    columns.appendChild(column(reply.person, 'person'));

    var meta = $('meta');
    meta.textContent = '';
    if (reply.sources.length) {
      meta.appendChild(
        el('p', { class: 'small' }, [
          el('span', { text: ui('sources') + ' ' }),
        ].concat(
          reply.sources.map(function (s, i) {
            var sep = i ? el('span', { text: ' · ' }) : null;
            var item = s.url ? el('a', { href: s.url, target: '_blank', rel: 'noopener noreferrer', text: s.label }) : el('span', { text: s.label });
            var wrap = el('span', {}, [sep, item]);
            return wrap;
          }),
        )),
      );
    }
    if (reply.reviewed) meta.appendChild(el('p', { class: 'small', text: ui('reviewed', { date: reply.reviewed }) }));
    if (reply.verified === false) meta.appendChild(el('p', { class: 'small warn', text: ui('unverifiedEntry') }));
    var link = $('chat-link');
    link.hidden = !reply.chat;
    if (reply.chat) link.href = reply.chat.url;
    renderHandout(reply);
  }

  // ---- the person's view --------------------------------------------------------------------------------------

  function openShow(lang, content) {
    var dialog = $('show');
    var body = $('show-body');
    body.textContent = '';
    body.setAttribute('lang', lang);
    body.setAttribute('dir', dirOf(lang));
    content.forEach(function (n) {
      if (n) body.appendChild(n);
    });
    if (!dialog.open) {
      dialog.showModal();
      // The browser's own bars hidden too, where it allows it (a click is a user gesture); the dialog fills the
      // window either way.
      if (document.fullscreenEnabled && !document.fullscreenElement) document.documentElement.requestFullscreen().catch(function () {});
    }
    body.scrollTop = 0;
    $('show-close').focus();
  }

  function showPerson() {
    var reply = state.reply;
    if (!reply || !reply.person) return;
    var content = sideContent(reply.person, 2);
    content[0].id = 'show-title';
    content.push(el('p', { class: 'emergency', text: sheet(reply.person.lang, 'emergency') }));
    openShow(reply.person.lang, content);
  }

  function showPhrase(id) {
    var lang = $('person-lang').value;
    if (LANGS.indexOf(lang) < 0) {
      setError('person-lang-error', ui('choosePersonLang'), $('person-lang'));
      $('person-lang').focus();
      return;
    }
    var content = [el('p', { class: 'phrase', id: 'show-title', text: texts.phrases[lang][id] })];
    var person = state.reply && state.reply.person;
    // The two phrases that point at something show it: the documents of the answer, the offices it routed to.
    if (person && id === 'comeBack' && person.documents.length) {
      content.push(list('ul', 'documents', person.documents));
    }
    if (person && id === 'wrongPlace' && person.services.length) {
      content.push(
        list('ul', 'services', person.services, function (s) {
          return serviceItem(s, person.lang);
        }),
      );
    }
    if (lang !== state.workerLang) {
      content.push(el('p', { class: 'phrase-worker', lang: state.workerLang, dir: dirOf(state.workerLang), text: texts.phrases[state.workerLang][id] }));
    }
    openShow(lang, content);
  }

  // ---- the handout --------------------------------------------------------------------------------------------

  function formatDate(lang) {
    // Western digits in every language, like the phone numbers and addresses printed next to them.
    try {
      return new Intl.DateTimeFormat(lang + '-u-nu-latn', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
    } catch (e) {
      return new Date().toISOString().slice(0, 10);
    }
  }

  function handoutSide(side) {
    return el('section', { class: 'handout-side', lang: side.lang, dir: side.dir }, [
      el('p', { class: 'handout-head', text: sheet(side.lang, 'handoutTitle') }),
      el('p', { class: 'small', text: sheet(side.lang, 'date', { date: formatDate(side.lang) }) }),
    ].concat(sideContent(side, 2), [el('p', { class: 'small', text: sheet(side.lang, 'emergency') })]));
  }

  /** The A4 handout: the person's language first, then the worker's; the QR code opens the chat on this answer. */
  function renderHandout(reply) {
    var handout = $('handout');
    handout.textContent = '';
    if (!reply || !reply.person) return;
    var person = reply.person;
    var worker = reply.worker;
    var sides = [handoutSide(person)];
    if (worker.lang !== person.lang) sides.push(handoutSide(worker));
    var captions = [el('p', { lang: person.lang, dir: person.dir, text: sheet(person.lang, 'qrCaption') })];
    if (worker.lang !== person.lang) captions.push(el('p', { lang: worker.lang, dir: worker.dir, text: sheet(worker.lang, 'qrCaption') }));
    var qr = reply.chat
      ? el('div', { class: 'handout-qr' }, [el('img', { src: reply.chat.qr, alt: sheet(person.lang, 'qrCaption'), width: '160', height: '160' }), el('div', {}, captions)])
      : null;
    var privacy = [person, worker]
      .filter(function (s, i) {
        return i === 0 || worker.lang !== person.lang;
      })
      .map(function (s) {
        return el('p', { class: 'small', lang: s.lang, dir: s.dir, text: sheet(s.lang, 'noPersonalData') });
      });
    handout.appendChild(el('h1', { class: 'handout-brand', text: 'Relais' }));
    if (qr) handout.appendChild(qr);
    handout.appendChild(el('div', { class: 'handout-columns' }, sides));
    handout.appendChild(el('footer', { class: 'handout-footer' }, privacy));
  }

  // ---- next person --------------------------------------------------------------------------------------------

  /** Clears everything about the person: fields, answer, handout, full-screen view, the page's memory. */
  function nextPerson() {
    state.reply = null;
    state.request = null;
    ['person-form', 'question-form'].forEach(function (id) {
      $(id).reset();
    });
    $('person-lang').value = '';
    $('person-status').value = '';
    $('pick').value = '';
    ['person-lang-error', 'postal-error', 'question-error'].forEach(function (id) {
      setError(id, '');
    });
    ['person-lang', 'postal-code', 'question'].forEach(function (id) {
      $(id).removeAttribute('aria-invalid');
    });
    ['columns', 'meta', 'choices', 'handout', 'show-body'].forEach(function (id) {
      $(id).textContent = '';
    });
    $('place-note').textContent = '';
    $('chat-link').href = '/';
    $('result').hidden = true;
    $('clarify').hidden = true;
    if ($('show').open) $('show').close();
    setStatus(ui('cleared'));
    $('person-lang').focus();
  }

  // ---- start --------------------------------------------------------------------------------------------------

  function setWorkerLang(lang) {
    if (LANGS.indexOf(lang) < 0) return;
    state.workerLang = lang;
    try {
      window.localStorage.setItem(WORKER_LANG_KEY, lang);
    } catch (e) {
      /* Private browsing: the choice lasts this page only. */
    }
    applyLabels();
    loadQuestions();
    askAgain();
  }

  /** After a change of language, the answer on screen follows: the same entry asked again. */
  function askAgain() {
    if (state.reply && state.reply.entryId) ask({ entryId: state.reply.entryId });
  }

  function start() {
    state.workerLang = pickWorkerLang();
    $('person-form').addEventListener('submit', function (e) {
      e.preventDefault();
      $('question').focus();
    });
    $('question-form').addEventListener('submit', askQuestion);
    $('question').addEventListener('keydown', function (e) {
      // Enter asks (the worker's habit from search boxes); Shift+Enter makes a new line.
      if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) askQuestion(e);
    });
    $('pick-show').addEventListener('click', function () {
      askFrom($('pick'), 'entryId');
    });
    $('worker-lang').addEventListener('change', function (e) {
      setWorkerLang(e.target.value);
    });
    $('person-lang').addEventListener('change', function () {
      if (LANGS.indexOf($('person-lang').value) >= 0) askAgain();
    });
    $('next-person').addEventListener('click', nextPerson);
    $('show-person').addEventListener('click', showPerson);
    $('show-close').addEventListener('click', function () {
      $('show').close();
    });
    $('show').addEventListener('close', function () {
      $('show-body').textContent = '';
      if (document.fullscreenElement) document.exitFullscreen().catch(function () {});
    });
    $('print').addEventListener('click', function () {
      window.print();
    });
    Promise.all([getJson(BASE + '/api/labels'), getJson(BASE + '/api/phrases'), getJson(BASE + '/api/account')])
      .then(function (all) {
        state.account = all[2].account;
        texts.languages = all[0].languages;
        texts.labels = all[0].labels;
        texts.phrases = all[1].phrases;
        texts.phraseIds = all[1].ids;
        applyLabels();
        return loadQuestions();
      })
      .then(function () {
        document.body.setAttribute('data-ready', 'true');
      })
      .catch(function () {
        setStatus(ui('error'));
      });
  }

  start();
})();
