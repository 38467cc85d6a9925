import type { IncomingMessage, ServerResponse } from 'node:http';
import { isBeforeCafMonthlyUpdate, parisDate } from '../cafMonthlyUpdate';
import { findHousehold } from './fictitiousHouseholds';
import { ENDPOINT_SCOPES, header } from './handleIdentityRequest';
import type { IdentityQuery } from './readIdentityQuery';
import { hasChildUnderSeven, renderHousehold } from './renderHousehold';
import { defaultNotFoundCase, matchSandboxCase, type SimulatedEndpoint } from './sandboxCases';
import { simulatorErrors } from './simulatorErrors';
import { SIMULATOR_FAILURES, sendErrors, sendJson, type SimulatorFailure, type SimulatorState } from './simulatorState';

export interface ProviderCall {
  endpoint: SimulatedEndpoint;
  query: IdentityQuery;
  recipient: string;
  scopes: readonly string[];
  noCache: boolean;
  proofMode?: 'proof-only' | 'pdf';
}

/** Cache lifetimes from the OpenAPI (EAJE "1 heure") and the QF controller (`expires_in 24.hours`). */
const CACHE_SECONDS: Record<SimulatedEndpoint, number> = { participation_familiale_eaje: 3600, quotient_familial: 86_400 };

/**
 * The provider's side of a valid call: latency, injected failures, the CNAF & MSA maintenance window, the shared
 * response cache, then the fictitious population or the sandbox cases. `data` blocks are masked by scope.
 */
export async function resolveProviderOutcome(state: SimulatorState, req: IncomingMessage, res: ServerResponse, call: ProviderCall): Promise<void> {
  const latency = Number(header(req, 'x-simulator-latency-ms') ?? state.latencyMs) || 0;
  if (latency > 0) await delay(latency);
  const requested = header(req, 'x-simulator-fail');
  const failure = (SIMULATOR_FAILURES as readonly string[]).includes(requested ?? '') ? (requested as SimulatorFailure) : (state.injected.shift() ?? state.failure);
  const now = state.now();
  const inWindow = state.maintenanceWindows && maintenanceSecondsLeft(now) > 0;
  if (failure || inWindow) return sendFailure(state, req, res, call.endpoint, failure ?? 'maintenance', now);

  const cacheKey = `${call.endpoint}?${[...call.query.values.entries()].sort().join('&')}&${Array.isArray(call.query.prenoms) ? call.query.prenoms.join('|') : ''}`;
  const cached = call.noCache || call.proofMode ? undefined : state.cache.get(cacheKey);
  if (cached && cached.expiresAt > now.getTime()) return sendData(state, res, call, cached.data, now, Math.ceil((cached.expiresAt - now.getTime()) / 1000));

  const outcome = resolveCase(state, call, now);
  if (!outcome.ok) return sendJson(state, res, outcome.status, outcome.body);
  state.cache.set(cacheKey, { data: outcome.data, expiresAt: now.getTime() + CACHE_SECONDS[call.endpoint] * 1000 });
  return sendData(state, res, call, outcome.data, now);
}

function resolveCase(state: SimulatorState, call: ProviderCall, now: Date): { ok: true; data: Record<string, unknown> } | { ok: false; status: number; body: unknown } {
  const household = findHousehold(call.query);
  if (household) {
    if (household.outcome === 'identity-not-recognised') return { ok: false, status: 422, body: { errors: [simulatorErrors.notIdentified()] } };
    if (call.endpoint === 'participation_familiale_eaje' && !hasChildUnderSeven(household, now)) return { ok: false, status: 404, body: { errors: [simulatorErrors.notEligible()] } };
    const today = parisDate(now);
    const annee = call.query.values.get('annee');
    const mois = call.query.values.get('mois');
    const period = { year: annee ? Number(annee) : today.year, month: mois ? Number(mois) : today.month };
    const currentMonth = period.year === today.year && period.month === today.month;
    if (call.endpoint === 'quotient_familial' && household.provider === 'CNAF' && currentMonth && state.monthlyUpdate && isBeforeCafMonthlyUpdate(now)) {
      return { ok: false, status: 404, body: { errors: [simulatorErrors.notFound('CNAF')] } };
    }
    return { ok: true, data: renderHousehold(household, call.endpoint, { now, period, datePartKeys: state.datePartKeys }) };
  }
  const found = matchSandboxCase(call.endpoint, call.query) ?? defaultNotFoundCase(call.endpoint);
  const payload = structuredClone(found.payload);
  if (found.status === 200) return { ok: true, data: payload.data as Record<string, unknown> };
  return { ok: false, status: found.status, body: payload };
}

function sendData(state: SimulatorState, res: ServerResponse, call: ProviderCall, data: Record<string, unknown>, now: Date, cachedSeconds?: number): void {
  const masked = Object.fromEntries(Object.entries(data).filter(([key]) => {
    const scope = ENDPOINT_SCOPES[call.endpoint][key];
    return scope === undefined || call.scopes.includes(scope);
  }));
  const proof = call.proofMode ? state.proofs.issue(call.proofMode, call.recipient, now) : { meta: {}, links: {} };
  sendJson(state, res, 200, { data: masked, links: proof.links, meta: proof.meta }, 'application/vnd.api+json', {
    'X-Response-Cached': String(cachedSeconds !== undefined),
    'X-Cache-Expires-in': cachedSeconds === undefined ? '' : String(cachedSeconds),
  });
}

async function sendFailure(state: SimulatorState, req: IncomingMessage, res: ServerResponse, endpoint: SimulatedEndpoint, failure: SimulatorFailure, now: Date): Promise<void> {
  const [prefix, provider] = endpoint === 'participation_familiale_eaje' ? ['37', 'CNAV'] : ['35', 'CNAF & MSA'];
  switch (failure) {
    case 'network':
      req.socket.destroy();
      return;
    case '502':
      return sendErrors(state, res, 502, [simulatorErrors.providerUnknown(prefix, provider)]);
    case '502-network':
      return sendErrors(state, res, 502, [simulatorErrors.networkError()]);
    case '503':
    case 'maintenance': {
      const asked = Number(header(req, 'x-simulator-retry-in'));
      const retryIn = Number.isFinite(asked) && asked >= 0 && header(req, 'x-simulator-retry-in') ? asked : (state.maintenanceRetryInSeconds ?? (maintenanceSecondsLeft(now) || 2700));
      return sendErrors(state, res, 503, [simulatorErrors.maintenance(retryIn)]);
    }
    case '504':
    case 'timeout':
    case 'hang':
      await delay(failure === 'hang' ? state.hangMs : state.providerTimeoutMs);
      return sendErrors(state, res, 504, [simulatorErrors.providerTimeout(prefix, provider)]);
    case '429':
      return sendErrors(state, res, 429, [simulatorErrors.tooManyRequests()], 'application/json', { 'Retry-After': '1' });
    case '500':
      return sendErrors(state, res, 500, [simulatorErrors.internal()]);
  }
}

/** Seconds left in the CNAF & MSA weekly maintenance (Sunday 23:00–23:45, Europe/Paris), 0 outside it. */
export function maintenanceSecondsLeft(now: Date): number {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', weekday: 'short', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).formatToParts(now).map((p) => [p.type, p.value]));
  if (parts.weekday !== 'Sun' || parts.hour !== '23' || Number(parts.minute) >= 45) return 0;
  return (44 - Number(parts.minute)) * 60 + (60 - Number(parts.second));
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
