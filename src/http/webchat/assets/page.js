/* Berceau — starts Web Chat on the page served by Berceau (GET /). Plain ES2017, no build step. */
(function () {
  'use strict';
  var nonce = document.currentScript ? document.currentScript.nonce : undefined;
  var config = JSON.parse(document.getElementById('berceau-config').textContent);
  var domain = window.location.origin + '/v3/directline';
  var statusLine = document.getElementById('webchat-status');

  function readSaved() {
    try {
      return JSON.parse(window.sessionStorage.getItem(config.storageKey) || 'null');
    } catch (e) {
      return null;
    }
  }
  function save(session) {
    try {
      window.sessionStorage.setItem(config.storageKey, JSON.stringify(session));
    } catch (e) {
      /* private browsing: the conversation simply will not survive a reload */
    }
  }
  function forget() {
    try {
      window.sessionStorage.removeItem(config.storageKey);
    } catch (e) {
      /* nothing to forget */
    }
  }
  function postJson(url, token, extraHeaders) {
    var headers = Object.assign(token ? { Authorization: 'Bearer ' + token } : {}, extraHeaders || {});
    return fetch(url, { method: 'POST', headers: headers, credentials: 'omit', cache: 'no-store' }).then(function (response) {
      if (!response.ok) throw new Error('HTTP ' + response.status);
      return response.json();
    });
  }

  /* Web Chat 4.18 narrates a card by copying its inputs into the live region, where Input.Date and Input.Time
     lose their labels; say in words what the card asks instead. */
  function describeCard(card) {
    var texts = [];
    var fields = [];
    var buttons = [];
    (function walk(items) {
      (items || []).forEach(function (item) {
        if (!item || typeof item !== 'object') return;
        if (item.type === 'TextBlock' && item.text) texts.push(item.text);
        if (/^Input\./.test(item.type)) fields.push((item.label || item.placeholder || item.id) + (item.isRequired ? ' (obligatoire)' : ''));
        walk(item.items);
        walk(item.columns);
        walk(item.body);
      });
    })(card.body);
    (card.actions || []).forEach(function (action) {
      if (action.title) buttons.push(action.title);
    });
    var parts = ['Formulaire : ' + (card.speak || texts.join(' '))];
    if (fields.length) parts.push('Champs : ' + fields.join(', ') + '.');
    if (buttons.length) parts.push('Boutons : ' + buttons.join(', ') + '.');
    return parts.join(' ');
  }
  /* The bundle does not expose React: the element is shaped after the one Web Chat's own renderer returns. */
  function narrateCards() {
    return function (next) {
      return function (arg) {
        var attachment = arg && arg.attachment;
        var render = next.apply(null, arguments);
        if (!attachment || attachment.contentType !== 'application/vnd.microsoft.card.adaptive' || !attachment.content || typeof render !== 'function') return render;
        return function () {
          var element = render.apply(null, arguments);
          if (!element || typeof element !== 'object') return element;
          return Object.assign({}, element, { type: 'p', key: null, props: { children: describeCard(attachment.content) } });
        };
      };
    };
  }

  /* A follow-up page (/suivi) exchanges its one-time ticket for a new conversation bound to the request, then
     drops the used link from the address bar; after a reload it resumes the tab's saved conversation. */
  function openFollowUp() {
    if (window.history && config.replaceUrl) window.history.replaceState(null, '', config.replaceUrl);
    if (!config.ticket) {
      var saved = readSaved();
      if (!saved || !saved.conversationId || !saved.token) return Promise.reject(new Error('missing'));
      return postJson(domain + '/tokens/refresh', saved.token).then(function (answer) {
        return { conversationId: answer.conversationId, token: answer.token, resumed: true };
      });
    }
    return postJson(config.tokenUrl, null, { 'X-Berceau-Ticket': config.ticket }).then(function (answer) {
      return { conversationId: answer.conversationId, token: answer.token, resumed: false };
    });
  }

  function openSession() {
    if (config.missingText) return openFollowUp();
    var saved = readSaved();
    var resumed = saved && saved.conversationId && saved.token
      ? postJson(domain + '/tokens/refresh', saved.token).then(
          function (answer) {
            return { conversationId: answer.conversationId, token: answer.token, resumed: true };
          },
          function () {
            forget();
            return null;
          }
        )
      : Promise.resolve(null);
    return resumed.then(function (session) {
      if (session) return session;
      return postJson(config.tokenUrl).then(function (answer) {
        return { conversationId: answer.conversationId, token: answer.token, resumed: false };
      });
    });
  }

  function start(session) {
    save({ conversationId: session.conversationId, token: session.token });
    var directLine = window.WebChat.createDirectLine({
      domain: domain,
      token: session.token,
      conversationId: session.resumed ? session.conversationId : undefined
    });
    var keepToken = function () {
      if (directLine.token) save({ conversationId: session.conversationId, token: directLine.token });
    };
    window.setInterval(keepToken, 60 * 1000);
    window.addEventListener('pagehide', keepToken);
    directLine.connectionStatus$.subscribe(function (status) {
      if (status === 2) keepToken();
      if (status === 3 || status === 4) statusLine.textContent = 'La connexion avec l’assistant est interrompue. Rechargez la page pour reprendre votre demande.';
      if (status === 2) statusLine.textContent = '';
    });
    window.WebChat.renderWebChat(
      {
        directLine: directLine,
        locale: config.locale,
        styleOptions: config.styleOptions,
        overrideLocalizedStrings: config.strings,
        attachmentForScreenReaderMiddleware: [narrateCards],
        nonce: nonce
      },
      document.getElementById('webchat')
    );
  }

  openSession().then(start, function () {
    statusLine.textContent = config.missingText || 'L’assistant est momentanément indisponible. Merci de réessayer dans quelques minutes.';
  });
})();
