// How Relais messages look in Web Chat, through Web Chat's own extension points (no DOM patching):
// - attachmentMiddleware: each message's text in its own language and direction (`lang`, `dir`); an answer laid out
//   from channelData.answer.parts (title and short answer first, steps as a list, the services, details behind
//   "more"); a listen and a share control under it;
// - sendBoxMiddleware: the suggested actions as plain buttons above the send box, each one a Tab stop (Web Chat's
//   own toolbar lets Tab reach only its first button, and its carousel arrows covered button text on a phone).
(function () {
  'use strict';

  var RTL = { ar: true };
  var ARABIC = /[\u0600-\u06FF]/g;
  var LETTERS = /\p{L}/gu;
  var UKRAINIAN = /[іїєґ]/i;
  var RUSSIAN_ONLY = /[ыэъё]/i;
  var CYRILLIC = /[\u0400-\u04FF]/;

  /**
   * The full Web Chat bundle renders with its own copy of React (16.8) and does not expose it, so elements are
   * written as React reads them: plain objects tagged with React's element symbol (the documented alternative,
   * loading a second React before the bundle, would ship another 130 kB). tests/browser/webchat.test.ts renders them.
   */
  var ELEMENT = typeof Symbol === 'function' && Symbol.for ? Symbol.for('react.element') : 0xeac7;

  function h(type, props) {
    var children = [];
    for (var i = 2; i < arguments.length; i++) {
      var c = arguments[i];
      if (Array.isArray(c)) children = children.concat(c);
      else if (c !== null && c !== undefined && c !== false) children.push(c);
    }
    var all = Object.assign({}, props || {});
    var key = all.key === undefined ? null : String(all.key);
    var ref = all.ref || null;
    delete all.key;
    delete all.ref;
    if (children.length === 1) all.children = children[0];
    else if (children.length > 1) {
      all.children = children.map(function (child, index) {
        return child && typeof child === 'object' && child.$$typeof && child.key === null ? Object.assign({}, child, { key: 'k' + index }) : child;
      });
    }
    return { $$typeof: ELEMENT, type: type, key: key, ref: ref, props: all, _owner: null };
  }

  function baseLang(locale) {
    return String(locale || '').toLowerCase().split(/[-_]/)[0];
  }

  function dirOf(lang) {
    return RTL[lang] ? 'rtl' : 'ltr';
  }

  /** What a person typed: Arabic script is Arabic; Cyrillic with its own letters is Ukrainian or Russian. */
  function scriptLang(text) {
    var letters = (String(text).match(LETTERS) || []).length;
    if (letters && (String(text).match(ARABIC) || []).length * 2 > letters) return 'ar';
    if (CYRILLIC.test(text)) {
      if (UKRAINIAN.test(text)) return 'uk';
      if (RUSSIAN_ONLY.test(text)) return 'ru';
    }
    return '';
  }

  /** The language of a bot message: its answer's, else its locale. */
  function botLang(activity) {
    var answer = activity.channelData && activity.channelData.answer;
    return baseLang((answer && answer.lang) || activity.locale);
  }

  function isBot(activity) {
    return activity.from && activity.from.role === 'bot';
  }

  /** The parts of an answer when they are in the language shown (not when the text was machine-translated). */
  function partsOf(activity) {
    var answer = activity.channelData && activity.channelData.answer;
    if (!answer || !answer.parts || answer.machineTranslated || baseLang(answer.parts.lang) !== baseLang(answer.lang)) return null;
    return answer.parts;
  }

  /** Markdown as the bot writes it, with its "•" lines as real list items and each contact field on its own line. */
  function tidyMarkdown(text) {
    var lines = String(text || '').split('\n');
    var out = [];
    var inBullet = false;
    lines.forEach(function (line) {
      if (/^• /.test(line)) {
        inBullet = true;
        out.push('- ' + line.slice(2));
      } else if (inBullet && /^ {2}\S/.test(line)) {
        out[out.length - 1] += '  ';
        out.push(line);
      } else {
        inBullet = false;
        out.push(line);
      }
    });
    return out.join('\n');
  }

  /** Plain text of a Markdown message, for listening and sharing. */
  function plainText(markdown) {
    return String(markdown || '')
      .replace(/\*\*([^*]+)\*\*/g, '$1')
      .replace(/(^|\s)_([^_]+)_(?=\s|$)/g, '$1$2')
      .replace(/^• /gm, '- ')
      .trim();
  }

  /** An answer as one text: title, short answer, steps, documents, services with their contact fields, source. */
  function answerText(parts) {
    var blocks = [parts.title, parts.summary];
    if (parts.steps) {
      blocks.push(
        [parts.steps.heading].concat(parts.steps.items.map(function (s, i) {
          return i + 1 + '. ' + s;
        })).join('\n'),
      );
    }
    if (parts.documents) blocks.push([parts.documents.heading].concat(parts.documents.items.map(function (d) { return '- ' + d; })).join('\n'));
    if (parts.services) {
      blocks.push(
        [parts.services.heading]
          .concat(
            parts.services.items.map(function (s) {
              return ['- ' + s.name + (s.description ? ' — ' + s.description : '')]
                .concat(s.fields.map(function (f) { return '  ' + f.text; }))
                .join('\n');
            }),
          )
          .join('\n'),
      );
    }
    if (parts.source) blocks.push(parts.source.text);
    return blocks.join('\n\n');
  }

  /** Text of a bot message as read aloud and shared. */
  function messageText(activity) {
    var parts = partsOf(activity);
    return parts ? answerText(parts) : plainText(activity.text);
  }

  function linkFor(field) {
    if (field.kind === 'phone') return 'tel:' + field.value.replace(/[^0-9+]/g, '');
    if (field.kind === 'email') return 'mailto:' + field.value;
    if (field.kind === 'website' && /^https?:\/\//.test(field.value)) return field.value;
    return '';
  }

  /** A contact line with its value as a link where one can call, write or open it. */
  function fieldLine(field) {
    var href = linkFor(field);
    var at = field.text.indexOf(field.value);
    if (!href || at < 0) return h('li', null, field.text);
    return h(
      'li',
      null,
      field.text.slice(0, at),
      h('a', { href: href, dir: 'ltr', target: field.kind === 'website' ? '_blank' : undefined, rel: 'noopener noreferrer' }, field.value),
      field.text.slice(at + field.value.length),
    );
  }

  function createMessages(page) {
    /** Labels of the page's controls in a message's language (the six label files are loaded at start). */
    function label(lang, key) {
      var labels = page.labelsFor(lang) || page.labelsFor(page.lang()) || {};
      return labels[key] || '';
    }

    function listen(activity, lang) {
      var voice = page.voiceFor(lang);
      if (!voice || !window.speechSynthesis) return;
      window.speechSynthesis.cancel();
      var utterance = new window.SpeechSynthesisUtterance(messageText(activity));
      utterance.lang = voice.lang || lang;
      utterance.voice = voice;
      window.speechSynthesis.speak(utterance);
    }

    function share(activity, lang) {
      var text = messageText(activity);
      var parts = partsOf(activity);
      if (navigator.share) {
        navigator.share({ title: parts ? parts.title : 'Relais', text: text }).catch(function () {
          /* The person closed the share sheet. */
        });
        return;
      }
      page.copy(text).then(
        function () {
          page.announce(label(lang, 'copied'));
        },
        function () {
          page.announce(label(lang, 'copyFailed'));
        },
      );
    }

    /** Listen (only when the browser has a voice for the language: CSS shows it) and share, under a message. */
    function toolButtons(activity, lang, withShare, name) {
      var named = function (key) {
        return name ? { 'aria-label': label(lang, key) + ' — ' + name } : {};
      };
      return [
        h(
          'button',
          Object.assign(
            { key: 'listen', type: 'button', className: 'relais-tool relais-listen', 'data-voice-lang': lang, onClick: function () { listen(activity, lang); } },
            named('listen'),
          ),
          h('span', { 'aria-hidden': 'true', className: 'relais-icon' }, '🔊'),
          ' ',
          label(lang, 'listen'),
        ),
        withShare &&
          h(
            'button',
            Object.assign({ key: 'share', type: 'button', className: 'relais-tool relais-share', onClick: function () { share(activity, lang); } }, named('share')),
            h('span', { 'aria-hidden': 'true', className: 'relais-icon' }, '📤'),
            ' ',
            label(lang, 'share'),
          ),
      ];
    }

    function tools(activity, lang, withShare) {
      return h('div', { className: 'relais-tools' }, toolButtons(activity, lang, withShare));
    }

    function listBlock(block, ordered, className) {
      if (!block) return null;
      return h(
        'section',
        { className: className },
        h('h4', null, block.heading),
        h(ordered ? 'ol' : 'ul', null, block.items.map(function (item, i) { return h('li', { key: i }, item); })),
      );
    }

    function servicesBlock(services) {
      if (!services) return null;
      return h(
        'section',
        { className: 'relais-services' },
        h('h4', null, services.heading),
        h(
          'ul',
          { className: 'relais-service-list' },
          services.items.map(function (s, i) {
            return h(
              'li',
              { key: i, className: 'relais-service' },
              h('strong', null, s.name),
              s.description ? ' — ' + s.description : null,
              s.fields.length ? h('ul', { className: 'relais-contact' }, s.fields.map(function (f, j) { return Object.assign(fieldLine(f), { key: 'f' + j }); })) : null,
              s.note ? h('p', { className: 'relais-note' }, '(' + s.note + ')') : null,
            );
          }),
        ),
      );
    }

    /** An answer: title and short answer first, steps as a list, the services, the rest behind "more". */
    function answerView(activity, parts, lang) {
      var more = [listBlock(parts.documents, false, 'relais-documents')];
      if (parts.source) {
        more.push(
          h('p', { className: 'relais-source' }, parts.source.url ? h('a', { href: parts.source.url, target: '_blank', rel: 'noopener noreferrer' }, parts.source.text) : parts.source.text),
        );
      }
      more.push(h('p', { className: 'relais-reviewed' }, parts.reviewed));
      return h(
        'div',
        { className: 'relais-message relais-answer', lang: lang, dir: dirOf(lang), 'data-activity-id': activity.id },
        h('h3', { className: 'relais-answer__title' }, parts.title),
        h('p', { className: 'relais-answer__summary' }, parts.summary),
        parts.unverified ? h('p', { className: 'relais-note' }, parts.unverified) : null,
        listBlock(parts.steps, true, 'relais-steps'),
        servicesBlock(parts.services),
        h('details', { className: 'relais-more' }, h('summary', null, label(lang, 'more')), more),
        tools(activity, lang, true),
      );
    }

    /** The language of what the person typed: the script when it tells, else the language the bot replied in. */
    function UserText(props) {
      var activities = window.WebChat.hooks.useActivities()[0];
      var reply = activities.find(function (a) {
        return isBot(a) && a.type === 'message' && a.channelData && a.channelData.answer && a.replyToId === props.activity.id;
      });
      var lang = scriptLang(props.activity.text) || (reply ? botLang(reply) : '') || page.lang();
      return h('div', { className: 'relais-message relais-user', lang: lang, dir: dirOf(lang) }, props.children);
    }

    var SHAREABLE = { answer: true, emergency: true, fallback: true };
    var seen = {};
    /** The answer the transcript keeps in view while the messages after it arrive (until the person scrolls). */
    var anchor = null;
    ['wheel', 'touchmove', 'keydown'].forEach(function (type) {
      window.addEventListener(type, function () {
        anchor = null;
      }, { passive: true });
    });

    /**
     * A new reply to the person's message (not one replayed after a reload): the transcript scrolls to the start of
     * the answer, so a long answer shows its title, not its end, also when the message with its buttons comes just
     * after (Web Chat would follow the end). Web Chat's "new messages" button then says more is below.
     */
    function Arrival(props) {
      var scrollTo = window.WebChat.hooks.useScrollTo();
      var id = props.activity.id;
      var attach = function (el) {
        if (!el || !page.hasSent() || seen[id]) return;
        seen[id] = true;
        if (props.anchor) anchor = { el: el, until: Date.now() + 8000 };
        if (!anchor || Date.now() > anchor.until) return;
        var target = anchor;
        [100, 400, 900].forEach(function (delay) {
          window.setTimeout(function () {
            if (anchor !== target || !target.el.isConnected) return;
            var scrollable = target.el.closest('.webchat__basic-transcript__scrollable');
            var row = target.el.closest('.webchat__basic-transcript__activity') || target.el;
            if (!scrollable) return;
            var top = row.getBoundingClientRect().top - scrollable.getBoundingClientRect().top + scrollable.scrollTop;
            scrollTo({ scrollTop: Math.max(0, top - 8) }, { behavior: 'auto' });
          }, delay);
        });
      };
      return h('div', { ref: attach, className: 'relais-arrival' }, props.children);
    }

    function attachmentMiddleware() {
      return function (next) {
        return function (args) {
          var activity = args && args.activity;
          var attachment = args && args.attachment;
          var isText = attachment && /^text\/(markdown|plain)$/.test(attachment.contentType) && !(activity.attachments || []).includes(attachment);
          if (!activity || !isText) return next(args);
          if (!isBot(activity)) return h(UserText, { activity: activity }, next(args));
          var lang = botLang(activity) || page.lang();
          var parts = partsOf(activity);
          var answer = (activity.channelData && activity.channelData.answer) || {};
          var view = parts
            ? answerView(activity, parts, lang)
            : h(
                'div',
                { className: 'relais-message', lang: lang, dir: dirOf(lang), 'data-activity-id': activity.id },
                next({ activity: activity, attachment: Object.assign({}, attachment, { content: tidyMarkdown(attachment.content) }) }),
                tools(activity, lang, Boolean(SHAREABLE[answer.kind])),
              );
          return h(Arrival, { activity: activity, anchor: Boolean(SHAREABLE[answer.kind]) }, view);
        };
      };
    }

    /** The buttons of the last message, each a Tab stop, in that message's language. */
    /** The latest answer since the person's last message (its listen and share controls join the buttons). */
    function latestAnswer(activities) {
      for (var i = activities.length - 1; i >= 0; i--) {
        var a = activities[i];
        if (!isBot(a)) return null;
        var answer = a.type === 'message' && a.channelData && a.channelData.answer;
        if (answer && SHAREABLE[answer.kind]) return a;
      }
      return null;
    }

    /**
     * Above the send box, each a Tab stop: listen to and share the latest answer (inside the transcript Web Chat makes
     * each message one stop, entered with Enter after the arrow keys), then the last message's buttons.
     */
    function SuggestedButtons() {
      var actions = window.WebChat.hooks.useSuggestedActions()[0] || [];
      var activities = window.WebChat.hooks.useActivities()[0];
      var perform = window.WebChat.hooks.usePerformCardAction();
      var answer = latestAnswer(activities);
      if (!actions.length && !answer) return null;
      var last = null;
      for (var i = activities.length - 1; i >= 0 && !last; i--) if (isBot(activities[i]) && activities[i].suggestedActions) last = activities[i];
      var lang = (last && actions.length && botLang(last)) || (answer && botLang(answer)) || page.lang();
      var answerLang = answer ? botLang(answer) || page.lang() : lang;
      var parts = answer && partsOf(answer);
      var name = parts ? parts.title : answer ? plainText(answer.text).split('\n')[0].slice(0, 80) : '';
      return h(
        'div',
        { className: 'relais-actions', role: 'group', 'aria-label': label(lang, 'suggestions'), lang: lang, dir: dirOf(lang) },
        answer ? h('span', { className: 'relais-bar-tools', lang: answerLang, dir: dirOf(answerLang) }, toolButtons(answer, answerLang, true, name)) : null,
        actions.map(function (action, index) {
          return h(
            'button',
            {
              key: index,
              type: 'button',
              className: 'relais-action',
              onClick: function () {
                perform(action);
              },
            },
            action.title || action.value,
          );
        }),
      );
    }

    /** Web Chat's send box, with the buttons above it (its own suggested actions are hidden by style.css). */
    function sendBoxMiddleware() {
      return function (next) {
        return function (request) {
          var Next = next(request);
          if (!Next) return Next;
          return function RelaisSendBox(props) {
            return h('div', { className: 'relais-send-area' }, h(SuggestedButtons, null), h(Next, props));
          };
        };
      };
    }

    return { attachmentMiddleware: attachmentMiddleware, sendBoxMiddleware: [sendBoxMiddleware] };
  }

  window.RelaisMessages = { create: createMessages, answerText: answerText, tidyMarkdown: tidyMarkdown };
})();
