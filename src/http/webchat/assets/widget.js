/* Berceau — chat button and panel for a commune's website: <script src="https://…/widget.js" defer></script> */
(function (config) {
  'use strict';
  if (window.__berceauWidget) return;
  window.__berceauWidget = true;
  var script = document.currentScript;
  var base = script && script.src ? new URL(script.src).origin : config.baseUrl;
  var stateKey = 'berceau.widget.open';
  var panelId = 'berceau-panel';
  var font = '600 1rem/1.25 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
  var phone = window.matchMedia('(max-width: 40em), (max-height: 30em)');

  function css(element, styles) {
    Object.keys(styles).forEach(function (key) {
      element.style.setProperty(key, styles[key]);
    });
    return element;
  }
  function make(tag, attributes, styles) {
    var element = document.createElement(tag);
    Object.keys(attributes).forEach(function (key) {
      element.setAttribute(key, attributes[key]);
    });
    return css(element, styles || {});
  }
  var buttonStyle = {
    'font': font,
    'background': config.theme.primaryColour,
    'color': config.theme.primaryTextColour,
    'border': '2px solid ' + config.theme.primaryTextColour,
    'border-radius': '4px',
    'padding': '0.75rem 1rem',
    'min-height': '44px',
    'cursor': 'pointer',
    'box-shadow': '0 2px 6px rgba(0,0,0,.3)'
  };

  var launcher = make('button', { type: 'button', 'aria-expanded': 'false', 'aria-controls': panelId }, Object.assign({
    'position': 'fixed', 'right': '1rem', 'bottom': '1rem', 'z-index': '2147483000'
  }, buttonStyle));
  launcher.textContent = config.label;

  /* A labelled region, not a landmark `main`: the commune's page keeps its own single `main`. */
  var panel = make('section', { id: panelId, 'aria-label': config.title, hidden: '' }, {
    'position': 'fixed', 'z-index': '2147483000', 'background': '#ffffff', 'flex-direction': 'column',
    'overflow': 'hidden', 'box-sizing': 'border-box'
  });
  var bar = make('div', {}, {
    'display': 'flex', 'align-items': 'center', 'justify-content': 'space-between', 'gap': '0.5rem',
    'background': config.theme.primaryColour, 'color': config.theme.primaryTextColour, 'padding': '0.375rem 0.75rem', 'font': font
  });
  var heading = make('h2', {}, { 'margin': '0', 'font': 'inherit' });
  heading.textContent = config.title;
  var closer = make('button', { type: 'button', 'aria-label': 'Fermer l’assistant' }, Object.assign({}, buttonStyle, { 'padding': '0.25rem 0.75rem', 'box-shadow': 'none', 'flex': 'none' }));
  closer.textContent = 'Fermer';
  bar.appendChild(heading);
  bar.appendChild(closer);
  panel.appendChild(bar);
  var content;

  /* Full screen on a phone (or a short screen), a floating panel elsewhere. */
  function layout() {
    var full = phone.matches;
    css(panel, full
      ? { 'inset': '0', 'right': '0', 'bottom': '0', 'width': '100vw', 'height': '100dvh', 'border': '0', 'border-radius': '0', 'box-shadow': 'none' }
      : { 'inset': 'auto', 'right': '1rem', 'bottom': '1rem', 'width': 'min(26rem, calc(100vw - 2rem))', 'height': 'min(40rem, calc(100dvh - 2rem))',
          'border': '1px solid #929292', 'border-radius': '4px', 'box-shadow': '0 4px 16px rgba(0,0,0,.3)' });
  }

  /* Asks Berceau whether this site may embed the chat before framing it: a refused site then shows a French
     explanation instead of the browser's blocked-frame page. */
  function load(focus) {
    var loading = make('p', { tabindex: '-1' }, { 'margin': '1rem', 'font': font });
    loading.textContent = 'Chargement de l’assistant…';
    content = loading;
    panel.appendChild(loading);
    fetch(base + '/api/webchat/embedding', { credentials: 'omit', cache: 'no-store' })
      .then(function (response) { return response.json(); })
      .then(function (answer) {
        if (answer && answer.allowed) {
          return make('iframe', { title: config.title, src: base + '/?embed=1&parent=' + encodeURIComponent(window.location.origin), allow: 'clipboard-write' }, { 'flex': '1', 'border': '0', 'width': '100%' });
        }
        if (window.console) window.console.warn('Berceau : l’origine ' + window.location.origin + ' n’est pas autorisée. Ajoutez-la à WEBCHAT_ALLOWED_ORIGINS (ou webchat.allowedOrigins du fichier de la commune).');
        return refusal(window.location.origin + ' n’est pas autorisée à afficher l’assistant');
      }, function () {
        return refusal(base + ' ne répond pas pour le moment');
      })
      .then(function (next) {
        panel.removeChild(loading);
        content = next;
        panel.appendChild(next);
        if (focus || document.activeElement === loading) next.focus();
      });
  }
  function refusal(problem) {
    var box = make('div', { tabindex: '-1', role: 'alert' }, { 'padding': '1rem', 'font': '400 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif', 'color': '#161616' });
    var text = make('p', {}, { 'margin': '0 0 .75rem' });
    text.textContent = 'L’assistant de pré-inscription ne peut pas s’afficher ici : l’adresse ' + problem + '. Vous pouvez l’ouvrir dans un nouvel onglet.';
    var link = make('a', { href: base + '/', target: '_blank', rel: 'noopener' }, { 'color': config.theme.primaryColour, 'font-weight': '600' });
    link.textContent = 'Ouvrir l’assistant de pré-inscription (nouvel onglet)';
    box.appendChild(text);
    box.appendChild(link);
    return box;
  }

  function open(focus) {
    layout();
    if (!content) load(focus);
    panel.hidden = false;
    panel.style.setProperty('display', 'flex');
    launcher.setAttribute('aria-expanded', 'true');
    launcher.style.setProperty('display', 'none');
    try { window.sessionStorage.setItem(stateKey, '1'); } catch (e) { /* ignored */ }
    if (focus) content.focus();
  }
  function close() {
    panel.hidden = true;
    panel.style.setProperty('display', 'none');
    launcher.style.removeProperty('display');
    launcher.setAttribute('aria-expanded', 'false');
    try { window.sessionStorage.removeItem(stateKey); } catch (e) { /* ignored */ }
    launcher.focus();
  }
  launcher.addEventListener('click', function () {
    if (panel.hidden) open(true); else close();
  });
  closer.addEventListener('click', close);
  panel.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') close();
  });
  /* Échap pressed inside the chat (the iframe) arrives as a message from Berceau's own origin. */
  window.addEventListener('message', function (event) {
    if (event.origin !== base || !content || event.source !== content.contentWindow) return;
    if (event.data && event.data.type === 'berceau:close' && !panel.hidden) close();
  });
  phone.addEventListener('change', function () { if (!panel.hidden) layout(); });

  function mount() {
    document.body.appendChild(panel);
    document.body.appendChild(launcher);
    var reopen = false;
    try { reopen = window.sessionStorage.getItem(stateKey) === '1'; } catch (e) { /* ignored */ }
    if (reopen) open(false);
  }
  if (document.body) mount(); else document.addEventListener('DOMContentLoaded', mount);
})(__BERCEAU_WIDGET_CONFIG__);
