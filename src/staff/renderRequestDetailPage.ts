import type { Commune } from '../../machines/commune';
import type { LifecycleEventType } from '../../machines/lifecycleTypes';
import { NOTE_MAX_LENGTH } from '../enrolments/updateRequestFile';
import { PROOF_STATUSES, type RequestRecord } from '../enrolments/requestRecordTypes';
import { html, type SafeHtml } from './html';
import { renderRequestFacts } from './renderRequestFacts';
import { EVENT_LABELS, EVENT_REASONS, frenchDate, frenchDateTime, PROOF_STATUS_LABELS, REASON_LABELS, STATUS_LABELS } from './staffLabels';

export interface DetailPageView {
  commune: Commune;
  record: RequestRecord;
  csrfToken: string;
  allowedEvents: LifecycleEventType[];
  canExport: boolean;
  notice?: { kind: 'succes' | 'alerte'; text: string };
}

/** The family's events an agent never sends: the family acts itself, the system fires deadlines. */
const NOT_FOR_AGENTS = new Set<LifecycleEventType>(['renewalMissed', 'birthConfirmationMissed', 'offerExpired']);

/** One request: what the family gave, the actions the chart allows this agent, proofs, notes, history. */
export function renderRequestDetailPage(view: DetailPageView): SafeHtml {
  const { record, commune } = view;
  const base = `/agents/demandes/${record.reference}`;
  const csrf = html`<input type="hidden" name="_csrf" value="${view.csrfToken}">`;
  const proofLabel = new Map(commune.lifecycle.proofTypes.map((t) => [t.id, t.label]));
  const noteLabel = new Map(commune.lifecycle.noteTypes.map((t) => [t.id, t.label]));
  const offer = record.lifecycle.offer;
  return html`<p><a href="/agents/">← Retour à la liste</a></p>
<h1>Demande ${record.reference} <span class="statut">${STATUS_LABELS[record.status]}</span></h1>
${view.notice ? html`<div class="${view.notice.kind}" role="${view.notice.kind === 'alerte' ? 'alert' : 'status'}"><p>${view.notice.text}</p></div>` : ''}
<p>Déposée le ${frenchDateTime(record.submittedAt)} — statut depuis le ${frenchDateTime(record.statusChangedAt)}${record.lifecycle.renewalDueOn ? ` — renouvellement avant le ${frenchDate(record.lifecycle.renewalDueOn)}` : ''}${record.lifecycle.birthConfirmBy ? ` — naissance à confirmer avant le ${frenchDate(record.lifecycle.birthConfirmBy)}` : ''}${record.lifecycle.refusals > 0 ? ` — refus : ${record.lifecycle.refusals}` : ''}</p>
${offer ? html`<p class="interne">Place proposée : ${commune.facilities.find((f) => f.id === offer.facilityId)?.name ?? offer.facilityId}, entrée le ${frenchDate(offer.startDate)}, réponse attendue avant le ${frenchDate(offer.replyBy)}.</p>` : ''}
<section aria-labelledby="s-actions"><h2 id="s-actions">Faire avancer la demande</h2>
${view.allowedEvents.filter((e) => !NOT_FOR_AGENTS.has(e)).length === 0 ? html`<p>Aucune action possible pour votre rôle à ce stade.</p>` : ''}
${view.allowedEvents.filter((e) => !NOT_FOR_AGENTS.has(e)).map((event) => html`<form class="action" method="post" action="${base}/statut">${csrf}<input type="hidden" name="event" value="${event}">${renderEventFields(event, commune)}<button type="submit">${EVENT_LABELS[event]}</button></form>`)}
${view.canExport ? html`<p><a class="bouton secondaire" href="${base}/export.json">Exporter le dossier complet (JSON, droit d’accès RGPD)</a></p>` : ''}
</section>
${renderRequestFacts(record.request, commune)}
<section aria-labelledby="s-pieces"><h2 id="s-pieces">Pièces justificatives</h2>
<table><caption>Pièces demandées par la commune</caption><thead><tr><th scope="col">Pièce</th><th scope="col">État</th><th scope="col">Mise à jour</th><th scope="col">Modifier</th></tr></thead><tbody>
${record.proofs.map(
    (p) => html`<tr><th scope="row">${proofLabel.get(p.type) ?? p.type}</th><td>${PROOF_STATUS_LABELS[p.status]}</td><td>${frenchDateTime(p.updatedAt)}</td>
<td><form method="post" action="${base}/pieces">${csrf}<input type="hidden" name="type" value="${p.type}"><label for="piece-${p.type}">État de « ${proofLabel.get(p.type) ?? p.type} »</label>
<select id="piece-${p.type}" name="status">${PROOF_STATUSES.map((s) => html`<option value="${s}"${s === p.status ? html` selected` : ''}>${PROOF_STATUS_LABELS[s]}</option>`)}</select> <button type="submit">Enregistrer</button></form></td></tr>`,
  )}
</tbody></table></section>
<section aria-labelledby="s-notes"><h2 id="s-notes">Notes d’instruction</h2>
<p class="rappel">La famille peut demander à lire ces notes (droit d’accès, RGPD art. 15). Écrivez des faits utiles à l’instruction, jamais d’appréciation sur les personnes, leur santé, leur origine ou leur vie privée.</p>
${record.notes.length === 0 ? html`<p>Aucune note.</p>` : html`<ul>${record.notes.map((n) => html`<li><strong>${noteLabel.get(n.type) ?? n.type}</strong> — ${frenchDateTime(n.at)} : ${n.text}</li>`)}</ul>`}
<form method="post" action="${base}/notes">${csrf}
<label for="note-type">Type de note</label><select id="note-type" name="type">${commune.lifecycle.noteTypes.map((t) => html`<option value="${t.id}">${t.label}</option>`)}</select>
<label for="note-text">Note (${NOTE_MAX_LENGTH} caractères au plus)</label><textarea id="note-text" name="text" maxlength="${NOTE_MAX_LENGTH}" rows="2" cols="60" required></textarea>
<p><button type="submit">Ajouter la note</button></p></form></section>
<section aria-labelledby="s-historique"><h2 id="s-historique">Historique</h2>
<table><caption>Changements de statut</caption><thead><tr><th scope="col">Date</th><th scope="col">Action</th><th scope="col">Statut</th><th scope="col">Par</th><th scope="col">Motif</th></tr></thead><tbody>
${record.history.map(
    (h) => html`<tr><td>${frenchDateTime(h.at)}</td><td>${EVENT_LABELS[h.event as LifecycleEventType] ?? h.event}</td><td>${h.from ? `${STATUS_LABELS[h.from]} → ` : ''}${STATUS_LABELS[h.to]}</td>
<td>${h.actor.kind === 'agent' ? html`Agent <code>${h.actor.subject}</code>` : h.actor.kind === 'family' ? `Famille${h.actor.channel ? ` (${h.actor.channel})` : ''}` : 'Automatique'}</td><td>${h.reason ? REASON_LABELS[h.reason] : ''}</td></tr>`,
  )}
</tbody></table></section>`;
}

/** The fields an event needs (a reason, a date, a facility), labelled. */
function renderEventFields(event: LifecycleEventType, commune: Commune): SafeHtml {
  const id = (name: string) => `${event}-${name}`;
  const reasons = EVENT_REASONS[event];
  const dateField = (name: string, label: string, required: boolean) => html`<span><label for="${id(name)}">${label}</label><input id="${id(name)}" name="${name}" type="date"${required ? html` required` : ''}></span>`;
  if (reasons) return html`<span><label for="${id('reason')}">Motif</label><select id="${id('reason')}" name="reason">${reasons.map((r) => html`<option value="${r}">${REASON_LABELS[r]}</option>`)}</select></span>`;
  if (event === 'confirmBirth') return dateField('birthDate', 'Date de naissance', true);
  if (event === 'presentToCommission') return dateField('commissionDate', 'Date de la commission', true);
  if (event === 'proposePlace') {
    return html`<span><label for="${id('facilityId')}">Établissement</label><select id="${id('facilityId')}" name="facilityId">${commune.facilities.map((f) => html`<option value="${f.id}">${f.name}</option>`)}</select></span>${dateField('startDate', 'Date d’entrée', true)}${dateField('replyBy', `Réponse avant le (par défaut ${commune.lifecycle.offerReplyDays} jours)`, false)}`;
  }
  return html``;
}
