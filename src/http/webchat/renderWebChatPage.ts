import type { Commune } from '../../../machines/commune';
import type { WebChatOptions } from './buildWebChatOptions';
import { renderWebChatCss } from './renderWebChatCss';

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
 * The French page that hosts Web Chat, phone first: a one-line header, one `main` with one `h1`, an
 * introduction that folds away on small screens, the « Quitter / nouvelle demande » control, a status line
 * for connection problems, the chat filling the rest of the screen (a loading message until Web Chat is
 * there), and the data-protection contact. Both scripts are deferred, so the page shows before Web Chat has
 * downloaded. `embedded` (the widget's iframe) keeps only the chat, its controls and a visually hidden heading.
 */
export function renderWebChatPage(input: PageInput): string {
  const { commune, nonce, embedded } = input;
  const name = escapeHtml(commune.name);
  const dp = commune.dataProtection;
  const followUp = input.followUp;
  const session = followUp
    ? { tokenUrl: followUp.tokenUrl, storageKey: 'berceau.suivi', storage: 'session', ticket: followUp.ticket, replaceUrl: followUp.replaceUrl, missingText: followUp.missingText }
    : { tokenUrl: '/api/webchat/token', storageKey: 'berceau.webchat', storage: 'local' };
  const config = JSON.stringify({ ...session, resumeUrl: '/api/webchat/token', draftTtlDays: commune.draftTtlDays, embedded, ...input.webChat }).replace(/</g, '\\u003c');
  const about = followUp
    ? escapeHtml(followUp.intro)
    : `Cet assistant vous guide pas à pas pour pré-inscrire votre enfant dans une crèche de la commune. Vous pouvez répondre en écrivant ou avec les formulaires proposés. Votre demande en cours est conservée ${commune.draftTtlDays} jours sur cet appareil ; « Quitter » l’efface.`;
  const privacy = `Responsable du traitement : ${escapeHtml(dp.controller)}. Contact : ${escapeHtml(dp.contact)}.${dp.url ? ` <a href="${escapeHtml(dp.url)}">Vos données personnelles</a>` : ''}`;
  const intro = embedded
    ? ''
    : `<p class="intro intro--wide">${about}</p>
<details class="intro intro--narrow"><summary>À propos de cet assistant</summary><p>${about}</p><p>${privacy}</p></details>`;
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>Pré-inscription en crèche — ${name}</title>
<style nonce="${nonce}">${renderWebChatCss(commune.theme, embedded)}</style>
<script nonce="${nonce}" src="${input.scriptUrl}" defer></script>
<script nonce="${nonce}" src="${input.bundleUrl}" id="webchat-bundle" defer></script>
</head>
<body${embedded ? ' class="embedded"' : ''}>
${embedded ? '' : `<header class="site-header"><p class="commune">${name}</p></header>`}
<main id="contenu">
<div class="chat-bar">
<h1${embedded ? ' class="sr-only"' : ''}>${followUp ? 'Suivi de votre demande' : 'Pré-inscription en crèche'}</h1>
<button type="button" id="webchat-quit" class="quiet-button">Quitter / nouvelle demande</button>
</div>
${intro}
<div id="webchat-status" class="chat-status" role="status" hidden><span data-banner-text></span><button type="button" class="quiet-button" data-banner-action hidden></button></div>
<div id="webchat" role="region" aria-label="Conversation avec l’assistant de pré-inscription"><p class="chat-loading" data-loading>Chargement de l’assistant…</p></div>
<noscript><p>Cet assistant a besoin de JavaScript. Vous pouvez aussi vous adresser à l’accueil de votre mairie.</p></noscript>
</main>
${embedded ? '' : `<footer class="site-footer"><p>${privacy}</p></footer>`}
<script type="application/json" id="berceau-config">${config}</script>
</body>
</html>
`;
}

/** Escapes text for HTML content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}
