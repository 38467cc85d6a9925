import { explainFee, type HourlyRate, type MonthlyEstimate } from '../../machines/tariff';
import { formatEuroString, formatEuros, formatNumberFr, formatPercent, formatDateFr } from '../../machines/tariff/formatFrench';
import { escapeHtml } from './escapeHtml';
import type { ParamError } from './parseEstimateParams';
import type { EstimateReport } from './runEstimate';

/** The error summary at the top of the page: one link per field to fix, as GOV.UK and the DSFR recommend. */
export function renderErrorSummary(errors: readonly { fieldId: string; text: string }[]): string {
  const items = errors.map((e) => `<li><a href="#${escapeHtml(e.fieldId)}">${escapeHtml(e.text)}</a></li>`).join('');
  return `<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" id="error-summary">
<h2 id="error-summary-title">Le formulaire contient ${errors.length === 1 ? 'une erreur' : `${errors.length} erreurs`}</h2>
<ul>${items}</ul>
</div>`;
}

/** The estimate: a results table, the short explanation, then every step and the sources in disclosure widgets. */
export function renderSimulatorResult(report: EstimateReport, fee: HourlyRate | MonthlyEstimate): string {
  const hourly = 'hourly' in fee ? fee.hourly : fee;
  const rows: [string, string][] = [
    ['Ressources mensuelles déclarées', hourly.monthlyResourcesCents === null ? '—' : formatEuros(hourly.monthlyResourcesCents)],
    ['Ressources retenues', describeUsed(hourly)],
    ['Taux d’effort horaire', hourly.effortRate === null ? '—' : `${formatPercent(hourly.effortRate)} (${hourly.bracketLabel})`],
    ['Tarif horaire', formatEuroString(hourly.hourlyRate)],
  ];
  if (report.monthlyHours !== null && report.monthlyEstimate !== null && 'hourly' in fee && fee.monthlyAmountCents !== null) {
    rows.push(['Heures mensualisées', `${formatNumberFr(report.monthlyHours)} h`], ['Estimation mensuelle', formatEuros(fee.monthlyAmountCents)]);
  }
  rows.push(['Barème appliqué', `${hourly.period.label} (du ${formatDateFr(hourly.period.from)} au ${formatDateFr(hourly.period.to)})`]);
  const body = rows.map(([label, value]) => `<tr><th scope="row">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`).join('\n');
  const steps = report.steps.map((s) => `<li>${escapeHtml(s.text)}</li>`).join('\n');
  const sources = report.period.sources.map((s) => `<li>${escapeHtml(s)}</li>`).join('\n');
  const caveats = report.caveats.length === 0 ? '' : `<ul class="caveats">${report.caveats.map((c) => `<li>${escapeHtml(c.text)}</li>`).join('')}</ul>`;
  return `<section class="result" aria-labelledby="result-title" id="resultat">
<h2 id="result-title">Votre estimation</h2>
<table>
<caption>Estimation du tarif au ${escapeHtml(formatDateFr(hourly.date))} — à justifier</caption>
<tbody>
${body}
</tbody>
</table>
<p class="summary">${explainFee(fee, 'short').map(escapeHtml).join('<br>')}</p>
<p class="notice"><strong>Estimation à justifier.</strong> ${escapeHtml(report.notice)}</p>
${caveats}
<details><summary>Détail du calcul</summary><ol>
${steps}
</ol></details>
<details><summary>Sources du barème</summary><ul>
${sources}
</ul></details>
</section>`;
}

/** Maps a parameter error to the form field that shows it and a sentence naming that field. */
export function toFieldError(error: ParamError, labels: Record<string, string>): { fieldId: string; text: string } {
  const field = error.parameter === 'careType' || error.parameter === 'facility' ? 'accueil' : error.parameter;
  const message = field === 'accueil' && error.message.startsWith('paramètre requis') ? 'choisissez un établissement ou un type d’accueil' : error.message;
  return { fieldId: field === 'kind' ? 'kind-regular' : field, text: `${labels[field] ?? field} : ${message}` };
}

function describeUsed(hourly: HourlyRate): string {
  if (hourly.monthlyResourcesUsedCents === null) return '—';
  const used = formatEuros(hourly.monthlyResourcesUsedCents);
  if (hourly.floorApplied) return `${used} (plancher)`;
  return hourly.ceilingApplied ? `${used} (plafond)` : used;
}
