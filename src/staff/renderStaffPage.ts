import { html, type SafeHtml } from './html';
import { ROLE_LABELS } from './staffLabels';
import type { StaffPrincipal } from './mapClaimsToAgent';

export interface StaffPageOptions {
  title: string;
  communeName: string;
  body: SafeHtml;
  /** The signed-in agent and the session's CSRF token (for the logout form); absent on the sign-in pages. */
  agent?: { principal: StaffPrincipal; csrfToken: string };
}

/** The frame of every workspace page: skip link, header with the agent and logout, one `main`, French. */
export function renderStaffPage(options: StaffPageOptions): SafeHtml {
  return html`<html lang="fr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} — Espace agents — ${options.communeName}</title>
<link rel="stylesheet" href="/agents/styles.css"><link rel="icon" href="data:,">
</head>
<body>
<a class="evitement" href="#contenu">Aller au contenu</a>
<header class="entete">
  <p class="marque"><a href="/agents/">Berceau — espace agents</a><span>${options.communeName}</span></p>
  ${options.agent
    ? html`<div class="agent"><span>${options.agent.principal.name} (${ROLE_LABELS[options.agent.principal.role]})</span>
  <form method="post" action="/agents/deconnexion"><input type="hidden" name="_csrf" value="${options.agent.csrfToken}"><button type="submit" class="secondaire">Se déconnecter</button></form></div>`
    : ''}
</header>
<main id="contenu" tabindex="-1">
${options.body}
</main>
</body>
</html>`;
}

/** A page that only says something (an error, a refusal, a goodbye), with a way back. */
export function renderMessagePage(options: { communeName: string; title: string; message: string; link?: { href: string; label: string }; agent?: StaffPageOptions['agent'] }): SafeHtml {
  return renderStaffPage({
    title: options.title,
    communeName: options.communeName,
    ...(options.agent ? { agent: options.agent } : {}),
    body: html`<h1>${options.title}</h1><p>${options.message}</p>${options.link ? html`<p><a href="${options.link.href}">${options.link.label}</a></p>` : ''}`,
  });
}
