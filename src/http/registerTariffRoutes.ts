import type restify from 'restify';
import type { Commune } from '../../machines/commune';
import { parseEstimateParams } from '../tariff/parseEstimateParams';
import { renderSimulatorPage } from '../tariff/renderSimulatorPage';
import { runEstimate } from '../tariff/runEstimate';

export interface TariffRoutesDeps {
  commune: Commune;
  /** Today's date in France, `YYYY-MM-DD`: the default date of an estimate. */
  today: () => string;
  /** The origins allowed to frame the simulator (the chat's shared list); by default the commune file's. */
  frameAncestors?: () => string[];
}

const FORM_FIELDS = ['accueil', 'date', 'kind', 'annualResources', 'dependentChildren', 'aeehChildren', 'hoursPerWeek', 'attendanceWeeks', 'billedMonths'] as const;

/**
 * The public surfaces of the fee engine: `GET /api/tariff/estimate` (JSON; a bad parameter is a 400 naming it)
 * and `GET /simulateur` (an accessible French form that works without JavaScript). Both price declared
 * resources with the same engine; nothing typed is stored or logged.
 */
export function registerTariffRoutes(server: restify.Server, deps: TariffRoutesDeps): void {
  server.get('/api/tariff/estimate', async (req: restify.Request, res: restify.Response) => {
    const parsed = parseEstimateParams(queryOf(req), { commune: deps.commune, today: deps.today() });
    const outcome = parsed.ok ? runEstimate(parsed.request, deps.commune) : parsed;
    const body = outcome.ok ? outcome.report : { error: 'invalid_parameters', errors: outcome.errors };
    res.sendRaw(outcome.ok ? 200 : 400, JSON.stringify(body), { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  });

  server.get('/simulateur', async (req: restify.Request, res: restify.Response) => {
    const query = queryOf(req);
    const today = deps.today();
    const submitted = FORM_FIELDS.some((name) => query[name] !== undefined);
    const values = formValues(query, deps.commune, today);
    let view: Parameters<typeof renderSimulatorPage>[0] = { commune: deps.commune, values, errors: [] };
    if (submitted) {
      const parsed = parseEstimateParams(toEstimateParams(values), { commune: deps.commune, today });
      const outcome = parsed.ok ? runEstimate(parsed.request, deps.commune) : parsed;
      view = outcome.ok ? { ...view, values: { ...values, date: outcome.report.date }, result: outcome } : { ...view, errors: outcome.errors };
    }
    res.sendRaw(200, renderSimulatorPage(view), {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy': `default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'self'${frameAncestors(deps.frameAncestors?.() ?? deps.commune.webchat.allowedOrigins)}`,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    });
  });
}

function queryOf(req: restify.Request): Record<string, unknown> {
  const query: unknown = req.query;
  return typeof query === 'object' && query !== null ? (query as Record<string, unknown>) : {};
}

function formValues(query: Record<string, unknown>, commune: Commune, today: string): Record<string, string> {
  const values: Record<string, string> = { date: today, aeehChildren: '0', attendanceWeeks: String(52 - commune.closedWeeksPerYear), billedMonths: '12' };
  for (const name of FORM_FIELDS) {
    const raw = query[name];
    const last: unknown = Array.isArray(raw) ? raw[raw.length - 1] : raw;
    if (typeof last === 'string') values[name] = last;
  }
  return values;
}

function toEstimateParams(values: Record<string, string>): Record<string, unknown> {
  const { accueil = '', ...rest } = values;
  const params: Record<string, unknown> = { ...rest };
  if (accueil.startsWith('facility:')) params.facility = accueil.slice('facility:'.length);
  else if (accueil.startsWith('careType:')) params.careType = accueil.slice('careType:'.length);
  else if (accueil !== '') params.careType = accueil;
  if (values.kind === 'occasional') delete params.hoursPerWeek;
  return params;
}

function frameAncestors(origins: readonly string[]): string {
  return origins.map((origin) => ` ${origin.replace(/[;\s']/g, '')}`).join('');
}
