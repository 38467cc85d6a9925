import { readFileSync } from 'node:fs';
import path from 'node:path';
import { communeSchema } from '../../src/commune/communeSchema';
import { careTypeOfFacility, findTariffConfigErrors, resolveCommuneTariff, resolveFacilityTariff, TARIFF_DEFAULTS } from '../../machines/tariff';

const example = JSON.parse(readFileSync(path.join(__dirname, '../../config/commune.example.json'), 'utf8')) as Record<string, unknown>;

describe('the tariff section of the commune file', () => {
  test('is read from the example file', () => {
    const parsed = communeSchema.parse(example);
    expect(parsed.tariff).toEqual({ defaultRounding: 'nearest-cent', placement: { rule: 'mean-of-floor-and-ceiling' }, undeclaredResources: { rule: 'ceiling' } });
  });

  test('may be left out: the defaults apply', () => {
    const { tariff: _omitted, ...rest } = example;
    const parsed = communeSchema.parse(rest);
    expect(parsed.tariff).toEqual(TARIFF_DEFAULTS);
    expect(resolveCommuneTariff({})).toEqual(TARIFF_DEFAULTS);
  });

  test('fills the options it does not set', () => {
    expect(communeSchema.parse({ ...example, tariff: { placement: { rule: 'average-rate', hourlyRate: 1.74 } } }).tariff).toEqual({
      defaultRounding: 'nearest-cent',
      placement: { rule: 'average-rate', hourlyRate: 1.74 },
      undeclaredResources: { rule: 'ceiling' },
    });
  });

  test.each([
    [{ placement: { rule: 'average-rate' } }, 'tariff.placement'],
    [{ placement: { rule: 'ceiling' } }, 'tariff.placement'],
    [{ undeclaredResources: { rule: 'mean-of-floor-and-ceiling' } }, 'tariff.undeclaredResources'],
    [{ defaultRounding: 'banker' }, 'tariff.defaultRounding'],
    [{ roundng: 'none' }, 'tariff'],
  ])('refuses %j and names %s', (tariff, where) => {
    const parsed = communeSchema.safeParse({ ...example, tariff });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toContainEqual(expect.stringContaining(where));
  });

  test('maps each facility type to its CNAF care type', () => {
    expect((['collectif', 'familial', 'parental', 'micro-creche'] as const).map(careTypeOfFacility)).toEqual(['collective', 'family', 'parental', 'micro']);
  });

  test('finds a facility ceiling below the CNAF ceiling of a given day', () => {
    const commune = communeSchema.parse(example);
    const first = commune.facilities[0];
    if (!first) throw new Error('no facility');
    const facilities = [{ ...first, ceiling: 6860 }, ...commune.facilities.slice(1)];
    expect(findTariffConfigErrors({ facilities }, '2024-08-31')).toEqual([]);
    expect(findTariffConfigErrors({ facilities }, '2024-09-01')).toEqual([expect.stringContaining(`commune.facilities.${first.id}.ceiling`)]);
    expect(findTariffConfigErrors(commune, '2026-01-01')).toEqual([]);
  });

  test('gives each facility its care type, its own ceiling and rounding, or the commune’s rounding', () => {
    const commune = communeSchema.parse({ ...example, tariff: { defaultRounding: 'none' } });
    const [collective, , family, , micro] = commune.facilities;
    if (!collective || !family || !micro) throw new Error('demo facilities changed');
    expect(resolveFacilityTariff(commune, { ...collective, ceiling: 'none' })).toEqual({ careType: 'collective', ceiling: 'none', rounding: 'none' });
    expect(resolveFacilityTariff(commune, family)).toEqual({ careType: 'family', rounding: 'none' });
    expect(resolveFacilityTariff(commune, micro)).toEqual({ careType: 'micro', rounding: 'truncate' });
  });
});
