import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type restify from 'restify';
import type { Commune } from '../../machines/commune';
import { communeSchema } from '../../src/commune/communeSchema';
import { close, createHttpServer, listen } from '../../src/http/createHttpServer';
import { registerTariffRoutes } from '../../src/http/registerTariffRoutes';
import { silentLogger } from '../../src/log/createLogger';
import { GOLDEN_EXAMPLES, GOLDEN_PLACEMENT } from './goldenExamples';

const demo: Commune = communeSchema.parse(JSON.parse(readFileSync(path.join(__dirname, '../../config/commune.example.json'), 'utf8')));
const vincennesLike: Commune = {
  ...demo,
  facilities: [...demo.facilities, { id: 'ancien-plafond', name: 'Crèche au plafond de 2022', type: 'collectif', address: '1 rue de Fontenay, Vincennes', openingHours: {}, ceiling: 6860, rounding: 'truncate' }],
};

let server: restify.Server;
let base: string;

beforeAll(async () => {
  server = createHttpServer({ logger: silentLogger });
  registerTariffRoutes(server, { commune: vincennesLike, today: () => '2025-10-15' });
  base = `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}`;
});
afterAll(() => close(server));

async function getJson(query: string): Promise<{ status: number; body: Record<string, any> }> {
  const response = await fetch(`${base}/api/tariff/estimate?${query}`);
  expect(response.headers.get('content-type')).toContain('application/json');
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

const badParameters = (body: Record<string, any>) => (body.errors as { parameter: string }[]).map((e) => e.parameter).sort();

describe('GET /api/tariff/estimate', () => {
  test.each(GOLDEN_EXAMPLES.map((e) => [`${e.id} — ${e.source}`, e] as const))('reproduces %s', async (_name, example) => {
    const query = new URLSearchParams({
      annualResources: String(example.annualResources),
      dependentChildren: String(example.dependentChildren),
      careType: example.careType,
      date: example.date,
      rounding: example.rounding,
      ...(example.ceiling === undefined ? {} : { ceiling: String(example.ceiling) }),
      ...(example.hoursPerWeek === undefined ? {} : { hoursPerWeek: String(example.hoursPerWeek), attendanceWeeks: String(example.attendanceWeeks), billedMonths: '12' }),
    });
    const { status, body } = await getJson(query.toString());
    expect(status).toBe(200);
    expect(body).toMatchObject(example.expected);
  });

  test(`reproduces ${GOLDEN_PLACEMENT.id} — ${GOLDEN_PLACEMENT.source}, with the commune’s placement rule`, async () => {
    const { status, body } = await getJson(`situation=placement&careType=collective&date=${GOLDEN_PLACEMENT.date}`);
    expect(status).toBe(200);
    expect(body).toMatchObject(GOLDEN_PLACEMENT.expected);
  });

  test('answers with every field of the contract, in percent and euros', async () => {
    const { body } = await getJson('annualResources=43200&dependentChildren=1&careType=collective&date=2022-03-01&rounding=truncate&hoursPerWeek=45&attendanceWeeks=46');
    expect(body).toMatchObject({
      effortRate: 0.0619,
      monthlyResources: 3600,
      monthlyResourcesUsed: 3600,
      floorApplied: false,
      ceilingApplied: false,
      hourlyRateExact: 2.2284,
      hourlyRate: 2.22,
      monthlyHours: 172.5,
      monthlyEstimate: 382.95,
      period: { from: '2022-01-01', to: '2022-12-31', sources: expect.arrayContaining([expect.stringContaining('vincennes.fr')]) },
    });
    expect(body.steps.map((s: { code: string }) => s.code)).toEqual(expect.arrayContaining(['period', 'resources-used', 'effort-rate', 'rounding', 'monthly-amount']));
  });

  test('uses today, the facility’s rules and the commune’s closed weeks when they are not given', async () => {
    const { body } = await getJson('annualResources=43200&dependentChildren=1&facility=micro-pyrenees&hoursPerWeek=40');
    expect(body).toMatchObject({ date: '2025-10-15', careType: 'micro', rounding: 'truncate', facility: 'micro-pyrenees', hourlyRate: 2.22, monthlyHours: 156.67 });
  });

  test('gives the hourly rate alone for occasional care', async () => {
    const { body } = await getJson('annualResources=0&dependentChildren=2&careType=family&kind=occasional&date=2026-02-01');
    expect(body).toMatchObject({ floorApplied: true, monthlyResourcesUsed: 814.62, hourlyRate: 0.34, monthlyHours: null, monthlyEstimate: null });
    expect(body.caveats).toEqual([expect.objectContaining({ subject: 'floor', mark: 'unverified' }), expect.objectContaining({ subject: 'rates', mark: 'unverified' })]);
  });

  test('accepts French amounts with spaces and a decimal comma', async () => {
    expect((await getJson('annualResources=43%C2%A0200,00&dependentChildren=1&careType=collective&date=2022-03-01')).body.monthlyResources).toBe(3600);
  });

  test('names every missing parameter', async () => {
    const { status, body } = await getJson('');
    expect(status).toBe(400);
    expect(badParameters(body)).toEqual(['annualResources', 'careType', 'dependentChildren']);
  });

  test.each([
    ['annualResources=abc&dependentChildren=1&careType=collective', ['annualResources']],
    ['annualResources=-5&dependentChildren=1&careType=collective', ['annualResources']],
    ['annualResources=1.234&dependentChildren=0&careType=crèche', ['annualResources', 'careType', 'dependentChildren']],
    ['annualResources=1000&dependentChildren=2&aeehChildren=3&careType=collective', ['aeehChildren']],
    ['annualResources=1000&dependentChildren=1&careType=collective&date=2022-13-01', ['date']],
    ['annualResources=1000&dependentChildren=1&careType=collective&date=2017-12-31', ['date']],
    ['annualResources=1000&dependentChildren=1&careType=collective&hoursPerWeek=0&attendanceWeeks=70&billedMonths=13', ['attendanceWeeks', 'billedMonths', 'hoursPerWeek']],
    ['annualResources=1000&dependentChildren=1&careType=collective&rounding=up&kind=weekly&situation=other', ['kind', 'rounding', 'situation']],
    ['annualResources=1000&annualResources=2000&dependentChildren=1&careType=collective', ['annualResources']],
    ['annualResources[a]=1&dependentChildren=1&careType=collective', ['annualResources']],
    ['annualResources=1000&dependentChildren=1&facility=inconnue', ['facility']],
    ['annualResources=1000&dependentChildren=1&facility=maison-bleue&careType=family', ['careType']],
    ['annualResources=1000&dependentChildren=1&facility=ancien-plafond&date=2025-01-01', ['facility']],
    ['annualResources=1000&dependentChildren=1&careType=collective&ceiling=5000&date=2025-01-01', ['ceiling']],
  ])('answers 400 to %s, naming %j', async (query, parameters) => {
    const { status, body } = await getJson(query);
    expect(status).toBe(400);
    expect(badParameters(body)).toEqual(parameters);
    expect(body.errors.every((e: { message: string }) => e.message.length > 0)).toBe(true);
  });

  test('never answers 500, whatever the query', async () => {
    const value = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('0', '1', '-1', '1e9', '99999999999', 'none', 'collective', 'micro', '2019-09-01', '1,5', ''));
    const name = fc.constantFrom('annualResources', 'dependentChildren', 'aeehChildren', 'date', 'careType', 'facility', 'situation', 'kind', 'hoursPerWeek', 'attendanceWeeks', 'billedMonths', 'rounding', 'ceiling');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(name, value), { maxLength: 8 }), async (pairs) => {
        const response = await fetch(`${base}/api/tariff/estimate?${new URLSearchParams(pairs).toString()}`);
        await response.arrayBuffer();
        expect([200, 400]).toContain(response.status);
      }),
      { numRuns: 60 },
    );
  });
});
