// Relais web chat page: picks the language, renders the official Web Chat over the bot's own Direct Line (messages
// laid out by messages.js), adds the postal code the person chose to give to every message (channelData.postalCode)
// and, once after the language picker changed, the language picked (channelData.pickedLang: the bot follows it).
(function () {
  'use strict';

  var LANGS = ['fr', 'nl', 'en', 'uk', 'ru', 'ar'];
  var RTL = { ar: true };
  /** Locale handed to Web Chat (its own labels) and to the bot (activity.locale). */
  var LOCALES = { fr: 'fr-BE', nl: 'nl-BE', en: 'en-GB', uk: 'uk-UA', ru: 'ru-RU', ar: 'ar' };
  var DOMAIN = window.location.origin + '/v3/directline';
  var POSTAL_CODE = /^[1-9][0-9]{3}$/;

  var state = { lang: 'fr', labels: {}, allLabels: {}, voices: {}, postalCode: '', pickedLang: '', sent: false, directLine: null, store: null };

  function storageGet(storage, key) {
    try {
      return window[storage].getItem(key) || '';
    } catch (e) {
      return '';
    }
  }

  function storageSet(storage, key, value) {
    try {
      if (value) window[storage].setItem(key, value);
      else window[storage].removeItem(key);
    } catch (e) {
      /* Private browsing: the choice lasts this page only. */
    }
  }

  /** ?lang= first, then the person's earlier choice, then the browser's languages; French otherwise. */
  function pickLanguage() {
    var asked = new URLSearchParams(window.location.search).get('lang');
    var candidates = [asked, storageGet('localStorage', 'relais.lang')].concat(navigator.languages || [navigator.language]);
    for (var i = 0; i < candidates.length; i++) {
      var code = String(candidates[i] || '').toLowerCase().split('-')[0];
      if (LANGS.indexOf(code) >= 0) return code;
    }
    return 'fr';
  }

  function loadLabels(lang) {
    return fetch('/static/i18n/' + lang + '.json', { credentials: 'same-origin' }).then(function (res) {
      if (!res.ok) throw new Error('labels ' + lang + ': HTTP ' + res.status);
      return res.json();
    });
  }

  /** The six label files, for the controls under each message in that message's language; a missing one is skipped. */
  function loadAllLabels() {
    return Promise.all(
      LANGS.map(function (lang) {
        return loadLabels(lang).then(
          function (labels) {
            state.allLabels[lang] = labels;
          },
          function () {
            /* The page's own language is enough. */
          },
        );
      }),
    );
  }

  /**
   * The browser's own voices, one per language, on the device only (a desktop Chrome's "Google" voices send the text
   * to a server: not used); the listen control shows only for a language that has one (classes on <html>, style.css).
   */
  function updateVoices() {
    if (!window.speechSynthesis) return;
    var voices = window.speechSynthesis.getVoices() || [];
    var root = document.documentElement;
    LANGS.forEach(function (lang) {
      var voice = voices.find(function (v) {
        return v.localService !== false && String(v.lang || '').toLowerCase().split(/[-_]/)[0] === lang;
      });
      state.voices[lang] = voice || null;
      root.classList.toggle('relais-voice-' + lang, Boolean(voice));
    });
  }

  /** Copies text to the clipboard; the older way where the Clipboard API is missing (plain http, old phones). */
  function copy(text) {
    if (navigator.clipboard && navigator.clipboard.writeText) return navigator.clipboard.writeText(text);
    return new Promise(function (resolve, reject) {
      var area = document.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.className = 'visually-hidden';
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try {
        ok = document.execCommand('copy');
      } catch (e) {
        ok = false;
      }
      document.body.removeChild(area);
      if (ok) resolve();
      else reject(new Error('copy refused'));
    });
  }

  /** Says something to screen readers and shows it briefly ("Copied"). */
  function announce(text) {
    var region = document.getElementById('announce');
    region.textContent = '';
    window.setTimeout(function () {
      region.textContent = text;
    }, 50);
    // Shown a few seconds only: on a phone the line takes room from the conversation.
    window.clearTimeout(announce.timer);
    announce.timer = window.setTimeout(function () {
      region.textContent = '';
    }, 6000);
  }

  var messages = window.RelaisMessages.create({
    lang: function () {
      return state.lang;
    },
    labelsFor: function (lang) {
      return state.allLabels[lang] || (lang === state.lang ? state.labels : null);
    },
    voiceFor: function (lang) {
      return state.voices[lang] || null;
    },
    hasSent: function () {
      return state.sent;
    },
    copy: copy,
    announce: announce,
  });

  function label(key, values) {
    var text = state.labels[key] || '';
    Object.keys(values || {}).forEach(function (name) {
      text = text.split('{' + name + '}').join(values[name]);
    });
    return text;
  }

  function applyLabels() {
    document.documentElement.lang = state.lang;
    document.documentElement.dir = RTL[state.lang] ? 'rtl' : 'ltr';
    document.title = 'Relais · ' + label('subtitle');
    var nodes = document.querySelectorAll('[data-i18n]');
    for (var i = 0; i < nodes.length; i++) nodes[i].textContent = label(nodes[i].getAttribute('data-i18n'));
    document.getElementById('lang-select').value = state.lang;
  }

  /** Web Chat colours checked for WCAG AA contrast (4.5:1) on white and on the user's bubble. */
  var STYLE_OPTIONS = {
    accent: '#0b4f8a',
    primaryFont: 'system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans Arabic", Tahoma, sans-serif',
    bubbleBackground: '#f1f3f5',
    bubbleTextColor: '#1b1e21',
    bubbleBorderRadius: 12,
    bubbleFromUserBackground: '#0b4f8a',
    bubbleFromUserTextColor: '#ffffff',
    bubbleFromUserBorderRadius: 12,
    bubbleMaxWidth: 640,
    sendBoxTextColor: '#1b1e21',
    sendBoxButtonColor: '#0b4f8a',
    suggestedActionTextColor: '#0b4f8a',
    suggestedActionBorderColor: '#0b4f8a',
    timestampColor: '#4d5358',
    subtle: '#4d5358',
    hideUploadButton: true,
    sendBoxHeight: 48,
    rootHeight: '100%',
    rootWidth: '100%',
  };

  /**
   * Adds the postal code to each outgoing activity (Web Chat adds its own channelData next to it), and once
   * connected asks the question the page was opened with (?q=, e.g. from the desk handout's QR code).
   */
  function createStore() {
    return window.WebChat.createStore({}, function (store) {
      return function (next) {
        return function (action) {
          if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED' && state.question) {
            var question = state.question;
            state.question = '';
            setTimeout(function () {
              store.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text: question } });
            }, 0);
          }
          if (action.type === 'DIRECT_LINE/POST_ACTIVITY') state.sent = true;
          if (action.type === 'DIRECT_LINE/POST_ACTIVITY' && (state.postalCode || state.pickedLang)) {
            var activity = action.payload.activity;
            var extra = {};
            if (state.postalCode) extra.postalCode = state.postalCode;
            // Sent once: afterwards the bot's own rule holds (a message written in another language is answered in it).
            if (state.pickedLang && activity.type === 'message') {
              extra.pickedLang = state.pickedLang;
              state.pickedLang = '';
            }
            var channelData = Object.assign({}, activity.channelData, extra);
            action = Object.assign({}, action, {
              payload: Object.assign({}, action.payload, { activity: Object.assign({}, activity, { channelData: channelData }) }),
            });
          }
          return next(action);
        };
      };
    });
  }

  function userIdFromToken(token) {
    try {
      var payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
      return JSON.parse(window.atob(payload)).user;
    } catch (e) {
      return undefined;
    }
  }

  function render() {
    if (!state.directLine) return;
    window.WebChat.renderWebChat(
      {
        directLine: state.directLine,
        store: state.store,
        userID: state.userId,
        locale: LOCALES[state.lang],
        dir: RTL[state.lang] ? 'rtl' : 'ltr',
        styleOptions: STYLE_OPTIONS,
        attachmentMiddleware: messages.attachmentMiddleware,
        sendBoxMiddleware: messages.sendBoxMiddleware,
      },
      document.getElementById('webchat'),
    );
  }

  /** Token of this tab's conversation, refreshed, so a reload (or a phone restoring the tab) keeps it. */
  function resumeOrGenerate() {
    var saved = storageGet('sessionStorage', 'relais.conversation');
    var generate = function () {
      return fetch(DOMAIN + '/tokens/generate', { method: 'POST', credentials: 'same-origin' }).then(function (res) {
        if (!res.ok) throw new Error('tokens/generate: HTTP ' + res.status);
        return res.json().then(function (c) {
          return { token: c.token, conversationId: c.conversationId, resumed: false };
        });
      });
    };
    if (!saved) return generate();
    var previous;
    try {
      previous = JSON.parse(saved);
    } catch (e) {
      return generate();
    }
    return fetch(DOMAIN + '/tokens/refresh', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { Authorization: 'Bearer ' + previous.token },
    })
      .then(function (res) {
        if (!res.ok) throw new Error('tokens/refresh: HTTP ' + res.status);
        return res.json();
      })
      .then(function (c) {
        return { token: c.token, conversationId: c.conversationId, resumed: true };
      })
      .catch(generate);
  }

  function connect() {
    var error = document.getElementById('connect-error');
    error.hidden = true;
    return resumeOrGenerate()
      .then(function (conversation) {
        storageSet('sessionStorage', 'relais.conversation', JSON.stringify({ token: conversation.token }));
        state.userId = userIdFromToken(conversation.token);
        state.store = createStore();
        var options = {
          token: conversation.token,
          domain: DOMAIN,
          // The bot's own Direct Line serves polling only.
          webSocket: false,
          pollingInterval: 1000,
          conversationStartProperties: { locale: LOCALES[state.lang] },
        };
        // With a conversation id the client reconnects and replays the conversation from the start.
        if (conversation.resumed) options.conversationId = conversation.conversationId;
        // A resumed conversation already asked it.
        if (conversation.resumed) state.question = '';
        state.directLine = window.WebChat.createDirectLine(options);
        render();
      })
      .catch(function () {
        storageSet('sessionStorage', 'relais.conversation', '');
        error.hidden = false;
      });
  }

  function setLanguage(lang) {
    if (LANGS.indexOf(lang) < 0 || lang === state.lang) return Promise.resolve();
    return loadLabels(lang).then(function (labels) {
      state.lang = lang;
      state.labels = labels;
      state.pickedLang = lang;
      storageSet('localStorage', 'relais.lang', lang);
      applyLabels();
      showPostalStatus('');
      render();
    });
  }

  function showPostalStatus(text, invalid) {
    var status = document.getElementById('postal-status');
    var input = document.getElementById('postal-code');
    status.textContent = text;
    status.className = invalid ? 'status invalid' : 'status';
    input.setAttribute('aria-invalid', invalid ? 'true' : 'false');
  }

  function savePostalCode(event) {
    if (event) event.preventDefault();
    var input = document.getElementById('postal-code');
    var value = input.value.replace(/\s+/g, '');
    if (!value) {
      state.postalCode = '';
      storageSet('sessionStorage', 'relais.postalCode', '');
      showPostalStatus(label('postalCodeCleared'));
      return;
    }
    if (!POSTAL_CODE.test(value)) {
      showPostalStatus(label('postalCodeInvalid'), true);
      input.focus();
      return;
    }
    state.postalCode = value;
    // Session only: a shared computer forgets it when the tab closes.
    storageSet('sessionStorage', 'relais.postalCode', value);
    showPostalStatus(label('postalCodeSaved', { code: value }));
  }

  /** ?postal= and ?q= (the desk handout's QR code): taken once, then removed from the address so a reload does not ask again. */
  function takeLinkParams() {
    var params = new URLSearchParams(window.location.search);
    var postal = (params.get('postal') || '').trim();
    if (POSTAL_CODE.test(postal)) storageSet('sessionStorage', 'relais.postalCode', postal);
    state.question = (params.get('q') || '').trim().slice(0, 500);
    if (params.has('q') || params.has('postal')) {
      params.delete('q');
      params.delete('postal');
      var search = params.toString();
      window.history.replaceState(null, '', window.location.pathname + (search ? '?' + search : ''));
    }
  }

  function start() {
    var lang = pickLanguage();
    // Language and direction at once, before the labels arrive: no left-to-right flash of an Arabic page.
    document.documentElement.lang = lang;
    document.documentElement.dir = RTL[lang] ? 'rtl' : 'ltr';
    takeLinkParams();
    state.postalCode = storageGet('sessionStorage', 'relais.postalCode');
    document.getElementById('postal-code').value = state.postalCode;
    document.getElementById('settings').addEventListener('submit', savePostalCode);
    document.getElementById('postal-code').addEventListener('change', function () {
      savePostalCode();
    });
    document.getElementById('lang-select').addEventListener('change', function (e) {
      setLanguage(e.target.value);
    });
    document.getElementById('retry').addEventListener('click', connect);
    if (window.speechSynthesis) {
      updateVoices();
      window.speechSynthesis.addEventListener('voiceschanged', updateVoices);
    }
    loadAllLabels()
      .then(function () {
        if (state.allLabels[lang]) return state.allLabels[lang];
        lang = 'fr';
        return state.allLabels.fr || loadLabels('fr');
      })
      .then(function (labels) {
        state.lang = lang;
        state.labels = labels;
        applyLabels();
        return connect();
      });
  }

  start();
})();
