import type { Commune } from '../../machines/commune';
import { formatFrenchDate } from './formatFrenchDate';
import { html, type SafeHtml } from './html';

/** What every mail to a family says: the request, what is asked and by when, a way back into the conversation. */
export interface FamilyMailContent {
  reference: string;
  /** Without the reference, which is appended. */
  subject: string;
  greeting: string;
  intro: string[];
  /** What the family has to do (or « Rien pour l'instant »), in one sentence. */
  ask: string;
  /** `YYYY-MM-DD`, when the family must act before a date. */
  deadline?: string;
  sections: Array<{ title: string; lines: string[] }>;
  link?: { url: string; label: string; expiresAt: string };
  commune: Pick<Commune, 'name' | 'dataProtection' | 'theme'>;
}

/**
 * Renders a family mail in French plain text and HTML from the same content; the HTML is built with the escaping
 * `html` tag only, so nothing the family typed can become markup.
 */
export function renderFamilyMail(content: FamilyMailContent): { subject: string; text: string; html: string } {
  const { commune, link } = content;
  const deadline = content.deadline ? formatFrenchDate(content.deadline) : undefined;
  const linkNote = link ? `Ce lien est personnel : il ne sert qu’une fois et expire le ${formatFrenchDate(link.expiresAt)}. Ensuite, écrivez « reprendre ma demande » dans la conversation : un code vous sera envoyé à cette adresse.` : undefined;
  const footer = [`${commune.name} — message automatique, merci de ne pas y répondre.`, `Données personnelles : ${commune.dataProtection.controller}, ${commune.dataProtection.contact}.`];
  const text = [
    content.greeting,
    '',
    ...content.intro.flatMap((p) => [p, '']),
    `Référence de votre demande : ${content.reference}`,
    `Ce qui vous est demandé : ${content.ask}`,
    ...(deadline ? [`Date limite : ${deadline}`] : []),
    '',
    ...content.sections.flatMap((s) => [s.title, ...s.lines.map((l) => `  • ${l}`), '']),
    ...(link ? [`${link.label} : ${link.url}`, linkNote ?? '', ''] : []),
    '-- ',
    ...footer,
  ].join('\n');
  const colour = commune.theme.primaryColour;
  const body: SafeHtml = html`<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>${content.subject}</title></head>
<body style="margin:0;padding:16px;font-family:Arial,Helvetica,sans-serif;color:#161616;line-height:1.5">
<div style="max-width:600px;margin:0 auto">
<p style="margin:0 0 16px;font-weight:bold;color:${colour}">${commune.name}</p>
<p>${content.greeting}</p>
${content.intro.map((p) => html`<p>${p}</p>`)}
<table role="presentation" style="border-collapse:collapse;margin:16px 0;background:#f6f6f6;width:100%">
<tr><td style="padding:8px 12px">Référence de votre demande : <strong>${content.reference}</strong></td></tr>
<tr><td style="padding:8px 12px">Ce qui vous est demandé : <strong>${content.ask}</strong></td></tr>
${deadline ? html`<tr><td style="padding:8px 12px">Date limite : <strong>${deadline}</strong></td></tr>` : ''}
</table>
${content.sections.map((s) => html`<h2 style="font-size:16px;margin:20px 0 8px">${s.title}</h2><ul style="margin:0;padding-left:20px">${s.lines.map((l) => html`<li>${l}</li>`)}</ul>`)}
${link ? html`<p style="margin:24px 0"><a href="${link.url}" style="background:${colour};color:#ffffff;padding:12px 16px;text-decoration:none;border-radius:4px;display:inline-block">${link.label}</a></p><p style="font-size:14px">${linkNote}<br>Si le bouton ne marche pas, copiez cette adresse : ${link.url}</p>` : ''}
<hr style="border:0;border-top:1px solid #929292;margin:24px 0 8px">
<p style="font-size:12px;color:#595959">${footer[0]}<br>${footer[1]}</p>
</div></body></html>`;
  return { subject: `${content.subject} (${content.reference})`, text, html: body.value };
}
