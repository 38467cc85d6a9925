import type { Commune } from '../../machines/commune';
import type { EnrolmentSubmission } from '../../machines/types';
import { html, type SafeHtml } from './html';
import { frenchDate, frenchDateTime } from './staffLabels';

type Request = EnrolmentSubmission['context'];

const DAYS: Record<string, string> = { mon: 'Lundi', tue: 'Mardi', wed: 'Mercredi', thu: 'Jeudi', fri: 'Vendredi', sat: 'Samedi' };
const euros = (cents: number | null | undefined) => (cents === null || cents === undefined ? '—' : `${(cents / 100).toLocaleString('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} €`);

/** Everything the parent gave and what Berceau retrieved, section by section, with the sources said. */
export function renderRequestFacts(request: Request, commune: Commune): SafeHtml {
  const facilityName = new Map(commune.facilities.map((f) => [f.id, f.name]));
  const { parent, child, care } = request;
  return html`<div class="grille">
<section aria-labelledby="s-parent"><h2 id="s-parent">Parent</h2><dl>
  <dt>Nom</dt><dd>${parent?.familyName ?? '—'}</dd><dt>Prénom</dt><dd>${parent?.givenName ?? '—'}</dd>
  <dt>Courriel</dt><dd>${parent?.email ?? '—'}</dd><dt>Téléphone</dt><dd>${parent?.phone ?? '—'}</dd>
</dl></section>
<section aria-labelledby="s-enfant"><h2 id="s-enfant">Enfant</h2><dl>
  ${child?.status === 'born'
    ? html`<dt>Prénom</dt><dd>${child.givenName}</dd><dt>Né(e) le</dt><dd>${frenchDate(child.birthDate)}</dd>`
    : child
      ? html`<dt>Naissance attendue le</dt><dd>${frenchDate(child.expectedDate)}</dd>${child.givenName ? html`<dt>Prénom</dt><dd>${child.givenName}</dd>` : ''}`
      : html`<dt>Enfant</dt><dd>—</dd>`}
</dl></section>
<section aria-labelledby="s-accueil"><h2 id="s-accueil">Accueil souhaité</h2><dl>
  <dt>Entrée souhaitée</dt><dd>${frenchDate(care?.startDate)}</dd>
  <dt>Type d’accueil</dt><dd>${care?.kind === 'occasional' ? 'Occasionnel' : 'Régulier'}</dd>
  <dt>Semaines de fermeture</dt><dd>${care?.closedWeeksPerYear ?? '—'}</dd>
</dl>
${care && Object.keys(care.days).length > 0
    ? html`<table><caption>Planning hebdomadaire</caption><thead><tr><th scope="col">Jour</th><th scope="col">Arrivée</th><th scope="col">Départ</th></tr></thead><tbody>${Object.entries(care.days).sort(([a], [b]) => Object.keys(DAYS).indexOf(a) - Object.keys(DAYS).indexOf(b)).map(([day, range]) => html`<tr><th scope="row">${DAYS[day] ?? day}</th><td>${range?.from}</td><td>${range?.to}</td></tr>`)}</tbody></table>`
    : ''}
</section>
<section aria-labelledby="s-voeux"><h2 id="s-voeux">Vœux (par ordre de préférence)</h2>
<ol>${(request.facilities ?? []).map((f) => html`<li>${facilityName.get(f.id) ?? f.name}</li>`)}</ol></section>
</div>
${renderCafSection(request)}
${renderFeeSection(request, facilityName)}
${renderResidencySection(request)}`;
}

function renderCafSection(request: Request): SafeHtml {
  const caf = request.caf;
  const data = caf && (caf.status === 'confirmed' || caf.status === 'retrieved') ? caf.data : undefined;
  return html`<section aria-labelledby="s-caf"><h2 id="s-caf">Données CAF</h2>
${data
    ? html`<dl>
  <dt>Source</dt><dd>API Particulier — CNAF (participation familiale EAJE)${request.identity?.allocataire === 'other' ? ', allocataire autre que le parent' : ''}</dd>
  <dt>Ressources (année N-2)</dt><dd>${euros(data.annualResourcesCents)} — année ${data.resourcesYear}</dd>
  <dt>Enfants à charge</dt><dd>${data.dependentChildren} (dont ${data.aeehChildren} bénéficiaire(s) de l’AEEH)</dd>
  ${data.city || data.postcode ? html`<dt>Adresse CAF</dt><dd>${data.postcode ?? ''} ${data.city ?? ''}${data.residentInCommune === false ? ' (hors commune)' : ''}</dd>` : ''}
  <dt>Confirmées par la famille</dt><dd>${caf?.status === 'confirmed' ? 'Oui' : 'Non'}</dd>
  ${data.proof && /^https:\/\//.test(data.proof.verificationUrl) ? html`<dt>Justificatif CAF</dt><dd><a href="${data.proof.verificationUrl}" rel="noreferrer noopener" target="_blank">Vérifier sur le service de la CNAF</a>${data.proof.verificationCode ? html` — code ${data.proof.verificationCode}` : ''}</dd>` : ''}
  ${data.requestId ? html`<dt>Identifiant de l’appel</dt><dd><code>${data.requestId}</code></dd>` : ''}
</dl>`
    : html`<p>Aucune donnée CAF n’a été utilisée${caf?.status === 'failed' ? ` (consultation impossible : ${caf.reason})` : caf?.status === 'skipped' ? ' (consultation non faite)' : caf?.status === 'disputed' ? ' (la famille a contesté les données retrouvées)' : ''}.</p>`}
${request.consent ? html`<p>Consentement à la consultation : ${request.consent.accepted ? 'donné' : 'refusé'} le ${frenchDateTime(request.consent.at)} (texte version <code>${request.consent.wordingVersion}</code>).</p>` : ''}
</section>`;
}

function renderFeeSection(request: Request, facilityName: Map<string, string>): SafeHtml {
  const fees = request.fees ?? [];
  return html`<section aria-labelledby="s-tarif"><h2 id="s-tarif">Tarif horaire (PSU)</h2>
${fees.length === 0 ? html`<p>Pas de tarif calculé.</p>` : ''}
${fees.map(
    (fee) => html`<dl>
  <dt>Établissements</dt><dd>${fee.facilityIds.map((id) => facilityName.get(id) ?? id).join(', ')}</dd>
  <dt>Tarif horaire</dt><dd>${fee.hourlyRate} € (exact : ${fee.hourlyRateExact} €)</dd>
  <dt>Taux d’effort</dt><dd>${fee.effortRate ? `${fee.effortRate} %` : '—'}</dd>
  <dt>Estimation mensuelle</dt><dd>${euros(fee.monthlyAmountCents)}${fee.monthlyHours !== null ? ` pour ${fee.monthlyHours} h` : ''}</dd>
  <dt>Plancher / plafond</dt><dd>${fee.floorApplied ? 'plancher appliqué' : fee.ceilingApplied ? 'plafond appliqué' : 'ni plancher ni plafond'}</dd>
  <dt>Calcul</dt><dd>${fee.explanation.map((line) => html`${line}<br>`)}</dd>
</dl>
<div class="interne"><p><strong>Note interne sur la source :</strong> ${
      fee.origin === 'caf'
        ? 'ressources N-2 transmises par la CAF (API Particulier), non modifiables par la famille ; elles ne couvrent que les allocataires CAF/MSA, et la CAF met ses données à jour chaque mois : un changement de situation récent peut ne pas y figurer.'
        : 'estimation sur les ressources déclarées par la famille, à justifier (avis d’imposition) avant tout contrat. Les données DGFiP ne servent jamais au calcul de ce tarif.'
    }</p></div>`,
  )}
</section>`;
}

function renderResidencySection(request: Request): SafeHtml {
  const tax = request.tax;
  return html`<section aria-labelledby="s-dgfip"><h2 id="s-dgfip">Résidence (DGFiP)</h2>
<p>${
    !tax
      ? 'Vérification non proposée.'
      : tax.status === 'declined'
        ? 'La famille n’a pas souhaité la vérification.'
        : tax.status === 'failed'
          ? `Vérification impossible (${tax.reason}).`
          : tax.residency === 'verified'
            ? 'Adresse fiscale dans la commune : vérifiée (API Impôt particulier).'
            : 'Adresse fiscale hors de la commune (API Impôt particulier).'
  }</p>
${tax?.status === 'checked' ? html`<dl>${Object.entries(tax.facts).map(([k, v]) => html`<dt>${k}</dt><dd>${String(v)}</dd>`)}</dl>` : ''}
<p class="rappel">Les données fiscales servent à l’éligibilité (résidence), jamais au tarif.</p>
</section>`;
}
