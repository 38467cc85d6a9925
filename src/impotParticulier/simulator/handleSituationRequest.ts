import type { IncomingMessage, ServerResponse } from 'node:http';
import { computeSpiCheckDigits } from '../../../machines/spi';
import { selectIncomeYear } from '../selectIncomeYear';
import { filterContractedFields } from './filterContractedFields';
import type { SimulatedGateway } from './handleTokenRequest';
import type { SimulatedHousehold } from './simulatedHousehold';
import { isSimulatedFailure, sendDgfipError, sendSimulatedFailure, type SimulatedFailure } from './simulatedFailures';

export interface SituationResources {
  gateway: SimulatedGateway;
  idTeleservice: string;
  dataScopes: readonly string[];
  households: ReadonlyMap<string, SimulatedHousehold>;
  /** Sliding-window quota per application, as the gateway enforces it (429/900804). */
  quota: { limit: number; windowMs: number; starts: Map<string, number[]> };
  /** The next failure to answer, if one was injected by option or `injectFailure()`. */
  takeInjectedFailure: () => SimulatedFailure | undefined;
  slowMs: number;
}

/** `dernieresituation/ir/assiettes/annrev/{annrev}` (scope RessourceIRDerniere) or `…/deuxans` (RessourceIRDerniere2). */
export type SituationRoute = { spi: string; scope: 'RessourceIRDerniere'; annrev: string } | { spi: string; scope: 'RessourceIRDerniere2' };

const CONTENT_TYPE = 'application/prs.dgfip.part.derniere.situations.ir.assiettes.v1+json';
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const YEARS_KEPT = 3;

/** Answers an IR resource in the order the gateway, then the DGFiP checks a call (reference §16). */
export async function handleSituationRequest(req: IncomingMessage, res: ServerResponse, route: SituationRoute, r: SituationResources): Promise<void> {
  const { gateway } = r;
  gateway.counts.resourceRequests += 1;
  const now = gateway.now();
  const fail = (failure: Exclude<SimulatedFailure, 'slow'>) => sendSimulatedFailure(res, failure, now);
  const header = req.headers['x-simulator-failure'];
  const injected = isSimulatedFailure(header) ? header : r.takeInjectedFailure();
  if (injected === 'slow') await new Promise((resolve) => setTimeout(resolve, r.slowMs));
  else if (injected) return fail(injected);

  const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
  if (!bearer) return fail('missing-credentials');
  const token = gateway.tokens.get(bearer);
  if (!token || token.expiresAt <= now.getTime()) return fail('invalid-credentials');
  if (!token.scopes.includes(route.scope)) return fail('wrong-scope');
  const correlationId = req.headers['x-correlation-id'];
  if (typeof correlationId !== 'string' || !UUID.test(correlationId)) return fail('missing-correlation-id');
  if (req.headers.id_teleservice !== r.idTeleservice) return fail('forbidden');
  if (isThrottled(r.quota, token.clientId)) return fail('quota');

  if (!/^[0-3]\d{12}$/.test(route.spi) || computeSpiCheckDigits(route.spi.slice(0, 10)) !== route.spi.slice(10)) return fail('invalid-spi');
  if ('annrev' in route && !/^\d{4}$/.test(route.annrev)) return fail('invalid-year');
  const household = r.households.get(route.spi);
  if (!household || household.failure === 'unknown-spi') return fail('unknown-spi');
  if (household.failure) return fail(household.failure);
  const lastYear = selectIncomeYear(now) - (household.lagYears ?? 0);
  const year = 'annrev' in route ? Number(route.annrev) : lastYear;
  if (year > lastYear || year <= lastYear - YEARS_KEPT || !household.fields) return fail('no-result');

  const rfr = household.rfrByYear?.[year] ?? household.fields.rfr;
  const body = filterContractedFields({ annRevenu: year, ...household.fields, ...(rfr !== undefined ? { rfr } : {}) }, r.dataScopes);
  res.writeHead(200, { 'content-type': CONTENT_TYPE, 'x-correlation-id': correlationId });
  res.end(JSON.stringify(body));
}

function isThrottled(quota: SituationResources['quota'], clientId: string): boolean {
  const now = Date.now();
  const starts = (quota.starts.get(clientId) ?? []).filter((t) => t > now - quota.windowMs);
  const throttled = starts.length >= quota.limit;
  if (!throttled) starts.push(now);
  quota.starts.set(clientId, starts);
  return throttled;
}

/** A 404 for a path the gateway does not publish. */
export function sendUnknownResource(res: ServerResponse, now: Date): void {
  sendDgfipError(res, 404, '404', 'No matching resource found for given API Request', now);
}
