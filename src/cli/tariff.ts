import type { Commune } from '../../machines/commune';
import { formatDateFr, formatEuroString, formatEuros, formatNumberFr, formatPercent } from '../../machines/tariff/formatFrench';
import { loadConfig } from '../config';
import { ESTIMATE_PARAMS, parseEstimateParams } from '../tariff/parseEstimateParams';
import { runEstimate, type EstimateReport } from '../tariff/runEstimate';

export interface TariffCliIo {
  commune: Commune;
  today: string;
  write: (text: string) => void;
  writeError: (text: string) => void;
}

const USAGE = `Usage : npm run tariff -- --annualResources 43200 --dependentChildren 1 --careType collective [options]

Options (les mêmes que GET /api/tariff/estimate) :
  --annualResources <euros>      ressources annuelles N-2 du foyer (avant abattements)
  --dependentChildren <n>        enfants à charge, y compris l’enfant accueilli
  --aeehChildren <n>             dont enfants bénéficiaires de l’AEEH (0 par défaut)
  --careType <type>              collective | family | parental | micro
  --facility <id>                un établissement de la commune (type, arrondi et plafond)
  --date <AAAA-MM-JJ>            date d’application du barème (aujourd’hui par défaut)
  --kind <regular|occasional>    accueil régulier (par défaut) ou occasionnel
  --hoursPerWeek <h>             heures par semaine du contrat
  --attendanceWeeks <n>          semaines d’accueil par an (52 − fermetures par défaut)
  --billedMonths <n>             mois facturés (12 par défaut)
  --rounding <règle>             nearest-cent | truncate | none
  --ceiling <euros|none>         plafond de l’établissement (au moins celui de la Cnaf)
  --situation <cas>              standard | placement (ASE, urgence) | undeclared (ressources non communiquées)
  --json                         affiche la réponse JSON de l’API
`;

/** Prints the same estimate as the API, with its explanation, for the commune's agents. Returns the exit code. */
export function runTariffCli(argv: readonly string[], io: TariffCliIo): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.write(USAGE);
    return 0;
  }
  const params: Record<string, string> = {};
  let json = false;
  const problems: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--json') {
      json = true;
      continue;
    }
    const match = /^--([A-Za-z]+)(?:=(.*))?$/.exec(arg);
    const name = match?.[1];
    if (!match || name === undefined || !(ESTIMATE_PARAMS as readonly string[]).includes(name)) {
      problems.push(`option inconnue : ${arg}`);
      continue;
    }
    const value = match[2] ?? argv[(i += 1)];
    if (value === undefined) problems.push(`--${name} : valeur manquante`);
    else params[name] = value;
  }
  const parsed = parseEstimateParams(params, { commune: io.commune, today: io.today });
  const outcome = parsed.ok ? runEstimate(parsed.request, io.commune) : parsed;
  if (!outcome.ok) problems.push(...outcome.errors.map((e) => `--${e.parameter} : ${e.message}`));
  if (problems.length > 0 || !outcome.ok) {
    io.writeError(`${problems.join('\n')}\n\n${USAGE}`);
    return 1;
  }
  io.write(json ? `${JSON.stringify(outcome.report, null, 2)}\n` : formatReport(outcome.report));
  return 0;
}

function formatReport(report: EstimateReport): string {
  const euros = (value: number | null) => (value === null ? '—' : formatEuros(Math.round(value * 100)));
  const rows: [string, string][] = [
    ['Taux d’effort', report.effortRate === null ? '—' : formatPercent(report.effortRate.toFixed(4))],
    ['Ressources mensuelles', euros(report.monthlyResources)],
    ['Ressources retenues', `${euros(report.monthlyResourcesUsed)}${report.floorApplied ? ' (plancher)' : report.ceilingApplied ? ' (plafond)' : ''}`],
    ['Tarif horaire exact', formatEuroString(String(report.hourlyRateExact))],
    ['Tarif horaire', `${formatEuroString(String(report.hourlyRate))} (${report.rounding})`],
    ['Heures mensualisées', report.monthlyHours === null ? '—' : `${formatNumberFr(report.monthlyHours)} h`],
    ['Estimation mensuelle', euros(report.monthlyEstimate)],
    ['Barème', `${report.period.label} (du ${formatDateFr(report.period.from)} au ${formatDateFr(report.period.to)})`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  return [
    `Estimation du tarif PSU au ${formatDateFr(report.date)} — à justifier`,
    ...rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`),
    '',
    'Explication :',
    ...report.steps.map((step, i) => `  ${i + 1}. ${step.text}`),
    '',
    'Sources du barème :',
    ...report.period.sources.map((source) => `  - ${source}`),
    '',
    report.notice,
    '',
  ].join('\n');
}

function todayInFrance(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

if (require.main === module) {
  const loaded = loadConfig();
  if (!loaded.ok) {
    process.stderr.write(`Configuration invalide :\n${loaded.errors.join('\n')}\n`);
    process.exitCode = 2;
  } else {
    process.exitCode = runTariffCli(process.argv.slice(2), {
      commune: loaded.config.commune,
      today: todayInFrance(),
      write: (text) => process.stdout.write(text),
      writeError: (text) => process.stderr.write(text),
    });
  }
}
