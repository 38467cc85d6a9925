import commune from '../../config/commune.example.json';
import { assessResidency } from '../../machines/tax';
import { IMPOT_PARTICULIER_POPULATION } from '../../src/impotParticulier/simulator/population';
import { createClock, startDgfipFixture } from './startDgfipFixture';

describe('ImpotParticulierClient against the simulator population', () => {
  let fixture: Awaited<ReturnType<typeof startDgfipFixture>>;
  beforeAll(async () => {
    fixture = await startDgfipFixture();
  });
  afterAll(() => fixture.close());

  it.each(IMPOT_PARTICULIER_POPULATION.map((p) => [p.spi, p.label, p.expected] as const))('gives %s (%s) the expected outcome', async (spi, _label, expected) => {
    const result = await fixture.fetch(spi);
    if ('residency' in expected) {
      expect(result.ok && assessResidency(result.situation, commune)).toBe(expected.residency);
    } else {
      expect(result.ok ? 'ok' : result.failure.reason).toBe(expected.failure);
    }
  });

  it('covers residents and non-residents of the demo commune, and the business errors', () => {
    const outcomes = new Set(IMPOT_PARTICULIER_POPULATION.map((p) => ('residency' in p.expected ? p.expected.residency : p.expected.failure)));
    expect([...outcomes].sort()).toEqual(['no_result', 'outside', 'provider_down', 'unknown_spi', 'verified']);
  });
});

describe('ImpotParticulierClient years', () => {
  it('asks for the last taxed income year and keeps the household facts, never the names', async () => {
    const fixture = await startDgfipFixture({ simulator: { dataScopes: ['dgfip_aft', 'dgfip_sitfam', 'dgfip_pac_nbPac', 'dgfip_nmNaiDec1', 'dgfip_prnmDec1'] } });
    try {
      const result = await fixture.fetch('3999999932264');
      expect(result).toEqual({
        ok: true,
        situation: {
          incomeYear: 2024,
          residence: { postcode: '75020', town: 'PARIS' },
          household: { familyStatus: 'married', dependants: 1 },
          fieldsUsed: ['aftDetail.codePostal', 'annRevenu', 'sitFam', 'pac.nbPac'],
        },
      });
      expect(fixture.audit.entries.map((e) => e.endpoint)).toEqual(['GET /impotparticulier/1.0/spi/{spi}/dernieresituation/ir/assiettes/annrev/2024']);
    } finally {
      await fixture.close();
    }
  });

  it('asks for N-1 once the summer taxation has happened', async () => {
    const summer = await startDgfipFixture({ clock: createClock('2026-09-01T08:00:00Z') });
    try {
      const result = await summer.fetch('3999999960292');
      expect(result.ok && result.situation.incomeYear).toBe(2025);
    } finally {
      await summer.close();
    }
  });

  it('falls back once to the year before on 410/4101 (avis not taxed yet)', async () => {
    const fixture = await startDgfipFixture();
    try {
      const result = await fixture.fetch('3999999964296');
      expect(result.ok && result.situation.incomeYear).toBe(2023);
      expect(fixture.audit.entries.map((e) => [e.endpoint.slice(-4), e.status])).toEqual([['2024', 410], ['2023', 200]]);
    } finally {
      await fixture.close();
    }
  });

  it('stops after the year before when neither year has a result', async () => {
    const fixture = await startDgfipFixture();
    try {
      const result = await fixture.fetch('3999999968300');
      expect(result).toEqual({ ok: false, failure: { reason: 'no_result', correlationId: expect.any(String) } });
      expect(fixture.simulator.counts().resourceRequests).toBe(2);
    } finally {
      await fixture.close();
    }
  });

  it('keeps the RFR, as a DGFiP amount, only when the commune has a non-PSU grid', async () => {
    const fixture = await startDgfipFixture({ client: { includeRfr: true } });
    try {
      const result = await fixture.fetch('3999999960292');
      expect(result.ok && result.situation.rfr).toEqual({ cents: 5214000, source: 'dgfip' });
    } finally {
      await fixture.close();
    }
  });

  it('says the address is missing when the teleservice contract does not include it', async () => {
    const fixture = await startDgfipFixture({ simulator: { dataScopes: ['dgfip_sitfam', 'dgfip_pac_nbPac'] } });
    try {
      expect(await fixture.fetch('3999999932264')).toEqual({ ok: false, failure: { reason: 'address_missing', correlationId: expect.any(String) } });
    } finally {
      await fixture.close();
    }
  });
});
