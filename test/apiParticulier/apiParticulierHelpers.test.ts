import { buildIdentityQuery } from '../../src/apiParticulier/buildIdentityQuery';
import { isBeforeCafMonthlyUpdate, previousMonth } from '../../src/apiParticulier/cafMonthlyUpdate';
import { classifyApiParticulierError } from '../../src/apiParticulier/classifyApiParticulierError';
import { parseSimulatorArgs } from '../../src/apiParticulier/simulator/main';
import { FICTITIOUS_HOUSEHOLDS } from '../../src/apiParticulier/simulator/fictitiousHouseholds';
import { identityOf } from './clientTestKit';

describe('buildIdentityQuery', () => {
  it('sends given names as prenoms[], date parts as integers and the commune only for people born in France', () => {
    const query = buildIdentityQuery(identityOf('martin-lea', { birthName: 'D’ARC  MARTIN', usageName: 'ROBIN' }), '21750001600019', { year: 2026, month: 10 });
    expect(query.toString()).toBe(
      'recipient=21750001600019&nomNaissance=D%27ARC+MARTIN&nomUsage=ROBIN&prenoms%5B%5D=L%C3%A9a&prenoms%5B%5D=Marie&anneeDateNaissance=1991&moisDateNaissance=4&jourDateNaissance=12&sexeEtatCivil=F&codeCogInseePaysNaissance=99100&codeCogInseeCommuneNaissance=08105&annee=2026&mois=10',
    );
    expect(buildIdentityQuery(identityOf('nguyen-thi', { birthCommuneCog: '75056' }), '21750001600019').has('codeCogInseeCommuneNaissance')).toBe(false);
  });
});

describe('the CAF monthly update', () => {
  it.each([
    ['2025-02-09T12:00:00Z', true],
    ['2025-02-10T08:00:00Z', false],
    ['2026-11-08T12:00:00Z', true],
    ['2026-11-09T08:00:00Z', false],
    ['2026-12-01T08:00:00Z', true],
  ])('on %s, the current month is still unpublished: %s', (iso, expected) => {
    expect(isBeforeCafMonthlyUpdate(new Date(iso))).toBe(expected);
  });

  it('names the previous month across a year boundary', () => {
    expect(previousMonth(new Date('2027-01-03T10:00:00Z'))).toEqual({ year: 2026, month: 12 });
  });
});

describe('classifyApiParticulierError', () => {
  const errors = (code: string, extra: Record<string, unknown> = {}) => ({ errors: [{ code, title: 't', detail: 'd', ...extra }] });
  it.each([
    [401, errors('00103'), {}, 'unauthorised'],
    [403, errors('00100'), {}, 'forbidden'],
    [404, errors('00402'), {}, 'wrongUrl'],
    [404, 'Cette URL n’existe pas', {}, 'wrongUrl'],
    [404, errors('37003', { title: 'Allocataire non éligible' }), {}, 'notEligible'],
    [404, errors('40003'), {}, 'notFound'],
    [409, errors('00015'), {}, 'conflict'],
    [410, 'gone', {}, 'wrongUrl'],
    [422, errors('00210', { source: { parameter: 'recipient' } }), {}, 'invalidRecipient'],
    [422, errors('00355'), {}, 'identityNotRecognised'],
    [422, errors('00366', { meta: { provider_error_code: 40013 } }), {}, 'invalidParameters'],
    [429, errors('00429'), { retryAfter: '1' }, 'rateLimited'],
    [502, errors('35008'), {}, 'providerDown'],
    [503, errors('10020', { meta: { retry_in: 60 } }), {}, 'maintenance'],
    [504, errors('23002'), {}, 'timeout'],
    [418, {}, {}, 'unexpected'],
  ])('classifies HTTP %s %j as %s', (status, body, headers, kind) => {
    expect(classifyApiParticulierError('op', status, body, headers).kind).toBe(kind);
  });

  it('keeps the subcode and the announced delays', () => {
    const maintenance = classifyApiParticulierError('op', 503, errors('10020', { meta: { retry_in: 60 } }), { requestId: 'r' });
    expect([maintenance.subcode, maintenance.details.retryAfterSeconds, maintenance.requestId]).toEqual(['020', 60, 'r']);
    expect(classifyApiParticulierError('op', 429, {}, { retryAfter: '3' }).details.retryAfterSeconds).toBe(3);
  });
});

describe('the simulator command line', () => {
  it('reads flags before the environment and refuses nonsense', () => {
    expect(parseSimulatorArgs(['--port', '5000', '--fail=503'], { SIMULATOR_PORT: '6000', SIMULATOR_LATENCY_MS: '25' })).toEqual({ port: 5000, host: '127.0.0.1', latencyMs: 25, failure: '503' });
    expect(parseSimulatorArgs([], {})).toEqual({ port: 4010, host: '127.0.0.1', latencyMs: 0 });
    expect(() => parseSimulatorArgs(['--port', 'x'], {})).toThrow('port');
    expect(() => parseSimulatorArgs(['--fail', 'boom'], {})).toThrow('--fail');
    expect(() => parseSimulatorArgs(['oops'], {})).toThrow('unknown argument');
  });
});

describe('the fictitious population', () => {
  it('covers 1 to 8 children, AEEH, MSA, resources from 0 to above both ceilings, a non-Paris address and an expected child', () => {
    const households = FICTITIOUS_HOUSEHOLDS.filter((h) => !h.outcome);
    expect([...new Set(households.map((h) => h.enfants.length))].sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(households.some((h) => h.aeehChildren > 0)).toBe(true);
    expect(households.some((h) => h.provider === 'MSA')).toBe(true);
    expect(households.some((h) => h.annualResourcesEuros === 0)).toBe(true);
    expect(households.some((h) => h.annualResourcesEuros > 0 && h.annualResourcesEuros < 9775)).toBe(true);
    expect(households.some((h) => h.annualResourcesEuros > 8500 * 12)).toBe(true);
    expect(households.some((h) => !/^75(0(0[1-9]|1\d|20)|116)$/.test(h.identity.postcode))).toBe(true);
    expect(households.length).toBeGreaterThanOrEqual(12);
  });
});
