import type { Commune } from '../../machines/commune';
import { html } from '../mail/html';

const REASONS = {
  used: { title: 'Ce lien a déjà servi', text: 'Pour protéger votre demande, chaque lien envoyé par e-mail ne s’ouvre qu’une fois.' },
  expired: { title: 'Ce lien a expiré', text: 'Les liens envoyés par e-mail ne restent valables que quelques jours.' },
  invalid: { title: 'Ce lien n’est pas valide', text: 'Il est peut-être incomplet : vérifiez que l’adresse copiée depuis l’e-mail est entière.' },
  missing: { title: 'Aucune demande ouverte dans cet onglet', text: 'Ouvrez le lien reçu par e-mail pour suivre votre demande.' },
} as const;

/** The kind French page shown instead of the chat when a follow-up link cannot be used (never a stack trace). */
export function renderLinkRefusedPage(reason: keyof typeof REASONS, commune: Pick<Commune, 'name' | 'theme'>): string {
  const { title, text } = REASONS[reason];
  return html`<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} — ${commune.name}</title></head>
<body style="margin:0;font-family:system-ui,Arial,sans-serif;color:#161616;line-height:1.5">
<header style="background:${commune.theme.primaryColour};color:${commune.theme.primaryTextColour};padding:.75rem 1rem"><p style="margin:0;font-weight:700">${commune.name}</p></header>
<main style="max-width:40rem;margin:0 auto;padding:1rem">
<h1 style="font-size:1.5rem">${title}</h1>
<p>${text}</p>
<p>Votre demande n’est pas perdue. Ouvrez l’assistant et écrivez « reprendre ma demande » avec sa référence (elle figure dans l’e-mail, elle commence par CRE-) : un code vous sera envoyé à l’adresse e-mail de la demande.</p>
<p><a href="/" style="color:${commune.theme.primaryColour}">Ouvrir l’assistant</a></p>
</main></body></html>`.value;
}
