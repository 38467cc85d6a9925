import type { Commune } from '../../../machines/commune';
import type { WebChatOptions } from './buildWebChatOptions';

export interface PageInput {
  commune: Pick<Commune, 'name' | 'theme' | 'dataProtection' | 'draftTtlDays'>;
  nonce: string;
  bundleUrl: string;
  scriptUrl: string;
  embedded: boolean;
  webChat: WebChatOptions;
  /** The follow-up of a filed request (`/suivi`): its own token route, tab storage and wording. */
  followUp?: FollowUpPage;
}

/**
 * A page opened from a signed e-mail link: `ticket` (one-time) is exchanged at `tokenUrl` for a new conversation
 * bound to the request; after a reload (no ticket) the tab's saved conversation is resumed, or `missingText` shown.
 */
export interface FollowUpPage {
  tokenUrl: string;
  ticket?: string;
  replaceUrl: string;
  intro: string;
  missingText: string;
}

/**
 * The French page that hosts Web Chat: a landmark structure (header, main, footer), one `h1`, a labelled chat
 * region, a polite status line for connection problems, and the data-protection contact. `embedded` (the
 * widget's iframe) keeps only the chat and a visually hidden heading.
 */
export function renderWebChatPage(input: PageInput): string {
  const { commune, nonce } = input;
  const name = escapeHtml(commune.name);
  const dp = commune.dataProtection;
  const followUp = input.followUp;
  const session = followUp
    ? { tokenUrl: followUp.tokenUrl, storageKey: 'berceau.suivi', ticket: followUp.ticket, replaceUrl: followUp.replaceUrl, missingText: followUp.missingText }
    : { tokenUrl: '/api/webchat/token', storageKey: 'berceau.webchat' };
  const config = JSON.stringify({ ...session, ...input.webChat }).replace(/</g, '\\u003c');
  const header = input.embedded ? '' : `<header class="site-header"><p class="commune">${name}</p></header>`;
  const intro = input.embedded
    ? ''
    : followUp
      ? `<p>${escapeHtml(followUp.intro)}</p>`
      : `<p>Cet assistant vous guide pas à pas pour pré-inscrire votre enfant dans une crèche de la commune. Vous pouvez répondre en écrivant ou avec les formulaires proposés. Votre demande en cours est conservée ${commune.draftTtlDays} jours.</p>`;
  const footer = input.embedded
    ? ''
    : `<footer class="site-footer"><p>Responsable du traitement : ${escapeHtml(dp.controller)}. Contact : ${escapeHtml(dp.contact)}.${
        dp.url ? ` <a href="${escapeHtml(dp.url)}">Vos données personnelles</a>` : ''
      }</p></footer>`;
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>Pré-inscription en crèche — ${name}</title>
<style nonce="${nonce}">${renderCss(commune.theme, input.embedded)}</style>
</head>
<body${input.embedded ? ' class="embedded"' : ''}>
${header}
<main id="contenu">
<h1${input.embedded ? ' class="sr-only"' : ''}>${followUp ? 'Suivi de votre demande' : 'Pré-inscription en crèche'}</h1>
${intro}
<div id="webchat" role="region" aria-label="Conversation avec l’assistant de pré-inscription"></div>
<p id="webchat-status" role="status"></p>
<noscript><p>Cet assistant a besoin de JavaScript. Vous pouvez aussi vous adresser à l’accueil de votre mairie.</p></noscript>
</main>
${footer}
<script type="application/json" id="berceau-config">${config}</script>
<script nonce="${nonce}" src="${input.bundleUrl}"></script>
<script nonce="${nonce}" src="${input.scriptUrl}"></script>
</body>
</html>
`;
}

function renderCss(theme: Commune['theme'], embedded: boolean): string {
  return [
    '*,*::before,*::after{box-sizing:border-box}',
    'html,body{margin:0}',
    'body{font-family:Marianne,system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#161616;background:#fff;line-height:1.5}',
    `.site-header{background:${theme.primaryColour};color:${theme.primaryTextColour};padding:.75rem 1rem}`,
    '.site-header .commune{margin:0;font-weight:700;font-size:1.125rem}',
    'main{width:100%;max-width:56rem;margin:0 auto;padding:0 1rem 1rem}',
    'h1{font-size:1.75rem;margin:1rem 0 .5rem}',
    '#webchat{height:70vh;min-height:24rem;border:1px solid #929292;border-radius:4px;overflow:hidden}',
    '#webchat-status:empty{display:none}',
    '#webchat-status{margin:.5rem 0;color:#b34000}',
    '.site-footer{border-top:1px solid #929292;padding:.75rem 1rem;font-size:.875rem}',
    `a{color:${theme.primaryColour}}`,
    `:focus-visible{outline:2px solid ${theme.primaryColour};outline-offset:2px}`,
    '.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}',
    embedded ? 'body.embedded main{padding:0;max-width:none}body.embedded #webchat{height:100vh;min-height:0;border:0;border-radius:0}' : '',
  ].join('');
}

/** Escapes text for HTML content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}
