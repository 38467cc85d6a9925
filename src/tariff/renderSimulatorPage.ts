import type { Commune } from '../../machines/commune';
import { escapeHtml } from './escapeHtml';
import type { ParamError } from './parseEstimateParams';
import { renderErrorSummary, renderSimulatorResult, toFieldError } from './renderSimulatorResult';
import type { EstimateOutcome } from './runEstimate';
import { renderSimulatorStyle } from './renderSimulatorStyle';

export interface SimulatorView {
  commune: Commune;
  /** What the person typed (or the defaults), shown back in the form. */
  values: Record<string, string>;
  errors: readonly ParamError[];
  result?: Extract<EstimateOutcome, { ok: true }>;
}

/** Labels of the form's fields, also used to name a field in the error summary. */
export const FIELD_LABELS: Record<string, string> = {
  accueil: 'Établissement ou type d’accueil',
  date: 'Date de début de l’accueil',
  kind: 'Type de contrat',
  annualResources: 'Ressources annuelles du foyer',
  dependentChildren: 'Nombre d’enfants à charge',
  aeehChildren: 'Dont enfants bénéficiaires de l’AEEH',
  hoursPerWeek: 'Heures d’accueil par semaine',
  attendanceWeeks: 'Semaines d’accueil par an',
  billedMonths: 'Nombre de mois facturés',
};

const TYPE_OPTIONS: [string, string][] = [
  ['careType:collective', 'Accueil collectif (crèche collective, multi-accueil, halte-garderie)'],
  ['careType:family', 'Crèche familiale'],
  ['careType:parental', 'Crèche parentale'],
  ['careType:micro', 'Micro-crèche financée par la PSU'],
];
const FACILITY_KIND: Record<string, string> = { collectif: 'accueil collectif', familial: 'crèche familiale', parental: 'crèche parentale', 'micro-creche': 'micro-crèche' };

/** The public fee simulator (`/simulateur`): a plain French form that works without JavaScript, and its result. */
export function renderSimulatorPage(view: SimulatorView): string {
  const { commune, values } = view;
  const fieldErrors = view.errors.map((e) => toFieldError(e, FIELD_LABELS));
  const errorOf = (id: string) => fieldErrors.filter((e) => e.fieldId === id).map((e) => e.text)[0];
  const field = (id: string, hint: string, attrs: string) => renderInput(id, FIELD_LABELS[id] ?? id, hint, values[id] ?? '', errorOf(id), attrs);
  const facilityOptions = commune.facilities.map((f) => [`facility:${f.id}`, `${f.name} (${FACILITY_KIND[f.type] ?? f.type})`] as [string, string]);
  const title = `${fieldErrors.length > 0 ? 'Erreur : ' : ''}Simulateur du tarif en crèche — ${commune.name}`;
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${renderSimulatorStyle(commune.theme)}</style>
</head>
<body>
<a class="skip" href="#contenu">Aller au contenu</a>
<header><p class="commune">${escapeHtml(commune.name)}</p></header>
<main id="contenu">
<h1>Estimer le tarif horaire en crèche</h1>
<p>Les crèches financées par la Caf (prestation de service unique) appliquent le barème national de la Cnaf : le tarif horaire dépend des ressources du foyer, du nombre d’enfants à charge et du type d’accueil. Ce simulateur donne une <strong>estimation</strong> ; le tarif définitif est fixé par l’établissement, sur justificatifs. Rien de ce que vous saisissez n’est enregistré.</p>
${fieldErrors.length > 0 ? renderErrorSummary(fieldErrors) : ''}
${view.result ? renderSimulatorResult(view.result.report, view.result.fee) : ''}
<form method="get" action="/simulateur" novalidate>
<fieldset>
<legend>L’accueil</legend>
${renderSelect('accueil', FIELD_LABELS.accueil ?? '', values.accueil ?? '', errorOf('accueil'), [[`Établissements de la commune`, facilityOptions], ['Autre établissement financé par la Caf', TYPE_OPTIONS]])}
${field('date', 'Par exemple 2026-09-01 ou 01/09/2026. Le barème dépend de la date.', 'type="date"')}
${renderRadios('kind', FIELD_LABELS.kind ?? '', values.kind || 'regular', errorOf('kind-regular'), [['regular', 'Accueil régulier (contrat mensualisé)'], ['occasional', 'Accueil occasionnel (heures facturées au réel)']])}
</fieldset>
<fieldset>
<legend>Votre foyer</legend>
${field('annualResources', 'En euros, pour l’année N-2 : revenus avant abattements fiscaux (salaires et assimilés, pensions, revenus fonciers…), sans les prestations familiales. Indiquez 0 si vous n’avez pas de ressources ou percevez le RSA ou l’AAH.', 'type="text" inputmode="decimal" autocomplete="off" spellcheck="false"')}
${field('dependentChildren', 'Au sens de la Caf, y compris l’enfant à accueillir.', 'type="text" inputmode="numeric" autocomplete="off"')}
${field('aeehChildren', 'Enfants pour lesquels vous percevez l’allocation d’éducation de l’enfant handicapé (0 si aucun).', 'type="text" inputmode="numeric" autocomplete="off"')}
</fieldset>
<fieldset>
<legend>Le contrat (accueil régulier)</legend>
${field('hoursPerWeek', 'Facultatif. Par exemple 45 pour 9 heures par jour, 5 jours par semaine.', 'type="text" inputmode="decimal" autocomplete="off"')}
${field('attendanceWeeks', 'Semaines de l’année moins les fermetures de l’établissement et vos congés.', 'type="text" inputmode="decimal" autocomplete="off"')}
${field('billedMonths', 'En général 12.', 'type="text" inputmode="numeric" autocomplete="off"')}
</fieldset>
<button type="submit">Calculer l’estimation</button>
</form>
</main>
</body>
</html>
`;
}

function describedBy(id: string, error: string | undefined): string {
  return `aria-describedby="${id}-hint${error ? ` ${id}-error` : ''}"${error ? ' aria-invalid="true"' : ''}`;
}

function renderError(id: string, error: string | undefined): string {
  return error ? `<p class="field-error" id="${id}-error"><span class="visually-hidden">Erreur : </span>${escapeHtml(error)}</p>` : '';
}

function renderInput(id: string, label: string, hint: string, value: string, error: string | undefined, attrs: string): string {
  return `<div class="field${error ? ' has-error' : ''}">
<label for="${id}">${escapeHtml(label)}</label>
<p class="hint" id="${id}-hint">${escapeHtml(hint)}</p>
${renderError(id, error)}
<input id="${id}" name="${id}" ${attrs} value="${escapeHtml(value)}" ${describedBy(id, error)}>
</div>`;
}

function renderSelect(id: string, label: string, value: string, error: string | undefined, groups: [string, [string, string][]][]): string {
  const options = groups
    .filter(([, items]) => items.length > 0)
    .map(([group, items]) => `<optgroup label="${escapeHtml(group)}">${items.map(([v, text]) => `<option value="${escapeHtml(v)}"${v === value ? ' selected' : ''}>${escapeHtml(text)}</option>`).join('')}</optgroup>`);
  return `<div class="field${error ? ' has-error' : ''}">
<label for="${id}">${escapeHtml(label)}</label>
<p class="hint" id="${id}-hint">Le tarif dépend du type d’accueil ; un établissement peut aussi avoir ses propres règles d’arrondi et de plafond.</p>
${renderError(id, error)}
<select id="${id}" name="${id}" ${describedBy(id, error)}><option value="">— Choisissez —</option>${options.join('')}</select>
</div>`;
}

function renderRadios(name: string, legend: string, value: string, error: string | undefined, choices: [string, string][]): string {
  const items = choices
    .map(([v, text]) => `<div class="radio"><input type="radio" id="${name}-${v}" name="${name}" value="${v}"${v === value ? ' checked' : ''}><label for="${name}-${v}">${escapeHtml(text)}</label></div>`)
    .join('\n');
  return `<fieldset class="radios${error ? ' has-error' : ''}"><legend>${escapeHtml(legend)}</legend>\n${renderError(name, error)}${items}\n</fieldset>`;
}
