/* Berceau — chat button and panel for a commune's website: <script src="https://…/widget.js" defer></script> */
(function (config) {
  'use strict';
  if (window.__berceauWidget) return;
  window.__berceauWidget = true;
  var script = document.currentScript;
  var base = script && script.src ? new URL(script.src).origin : config.baseUrl;
  var stateKey = 'berceau.widget.open';
  var panelId = 'berceau-panel';

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
    'font': '600 1rem/1.25 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
    'background': config.theme.primaryColour,
    'color': config.theme.primaryTextColour,
    'border': '2px solid ' + config.theme.primaryTextColour,
    'border-radius': '4px',
    'padding': '0.75rem 1rem',
    'cursor': 'pointer',
    'box-shadow': '0 2px 6px rgba(0,0,0,.3)'
  };

  var launcher = make('button', { type: 'button', 'aria-expanded': 'false', 'aria-controls': panelId }, Object.assign({
    'position': 'fixed', 'right': '1rem', 'bottom': '1rem', 'z-index': '2147483000'
  }, buttonStyle));
  launcher.textContent = config.label;

  var panel = make('section', { id: panelId, 'aria-label': config.title, hidden: '' }, {
    'position': 'fixed', 'right': '1rem', 'bottom': '4.75rem', 'z-index': '2147483000',
    'width': 'min(26rem, calc(100vw - 2rem))', 'height': 'min(40rem, calc(100vh - 6.5rem))',
    'background': '#ffffff', 'border': '1px solid #929292', 'border-radius': '4px',
    'box-shadow': '0 4px 16px rgba(0,0,0,.3)', 'flex-direction': 'column', 'overflow': 'hidden'
  });
  var bar = make('div', {}, {
    'display': 'flex', 'align-items': 'center', 'justify-content': 'space-between', 'gap': '0.5rem',
    'background': config.theme.primaryColour, 'color': config.theme.primaryTextColour, 'padding': '0.5rem 0.75rem',
    'font': '600 1rem/1.25 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif'
  });
  var heading = make('h2', {}, { 'margin': '0', 'font': 'inherit' });
  heading.textContent = config.title;
  var closer = make('button', { type: 'button' }, Object.assign({}, buttonStyle, { 'padding': '0.25rem 0.75rem', 'box-shadow': 'none' }));
  closer.textContent = 'Fermer';
  closer.setAttribute('aria-label', 'Fermer l’assistant');
  bar.appendChild(heading);
  bar.appendChild(closer);
  panel.appendChild(bar);
  var frame;

  function open(focus) {
    if (!frame) {
      frame = make('iframe', { title: config.title, src: base + '/?embed=1', allow: 'clipboard-write' }, { 'flex': '1', 'border': '0', 'width': '100%' });
      panel.appendChild(frame);
    }
    panel.hidden = false;
    panel.style.setProperty('display', 'flex');
    launcher.setAttribute('aria-expanded', 'true');
    try { window.sessionStorage.setItem(stateKey, '1'); } catch (e) { /* ignored */ }
    if (focus) frame.focus();
  }
  function close() {
    panel.hidden = true;
    panel.style.setProperty('display', 'none');
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

  function mount() {
    document.body.appendChild(panel);
    document.body.appendChild(launcher);
    var reopen = false;
    try { reopen = window.sessionStorage.getItem(stateKey) === '1'; } catch (e) { /* ignored */ }
    if (reopen) open(false);
  }
  if (document.body) mount(); else document.addEventListener('DOMContentLoaded', mount);
})(__BERCEAU_WIDGET_CONFIG__);
