import { assessResidency, listTaxFacts, toDgfipAmount, type DgfipAmount, type TaxSituation } from '../../machines/tax';
import { isPsuAnnualResources, type PsuAnnualResources } from '../../machines/tariff';

const paris = { postcodes: ['75001', '75006', '75011', '75020', '75116'] };

function situation(postcode: string, extra: Partial<TaxSituation> = {}): TaxSituation {
  return { incomeYear: 2024, residence: { postcode, town: 'PARIS' }, household: {}, fieldsUsed: ['aftDetail.codePostal'], ...extra };
}

describe('assessResidency', () => {
  it.each(['75020', '75006', '75116'])('verifies a fiscal address with the commune postcode %s', (postcode) => {
    expect(assessResidency(situation(postcode), paris)).toBe('verified');
  });

  it.each(['13005', '94300', '93100', '75'])('puts a fiscal address with postcode %s outside the commune', (postcode) => {
    expect(assessResidency(situation(postcode), paris)).toBe('outside');
  });
});

describe('listTaxFacts', () => {
  const full = situation('75020', {
    household: { familyStatus: 'married', dependants: 2 },
    rfr: toDgfipAmount(52140),
    fieldsUsed: ['aftDetail.codePostal', 'annRevenu', 'sitFam', 'pac.nbPac', 'rfr'],
  });

  it('lists the residency and household facts with the DGFiP fields each one used', () => {
    expect(listTaxFacts(full)).toEqual([
      { key: 'incomeYear', label: 'Année des revenus', value: 2024, dgfipFields: ['annRevenu'] },
      { key: 'residence', label: 'Adresse fiscale (code postal et commune)', value: '75020 PARIS', dgfipFields: ['aftDetail.codePostal'] },
      { key: 'familyStatus', label: 'Situation de famille', value: 'marié(e)s', dgfipFields: ['sitFam'] },
      { key: 'dependants', label: 'Personnes à charge', value: 2, dgfipFields: ['pac.nbPac'] },
    ]);
  });

  it('shows the RFR only for a commune grid of a non-PSU structure, as text and labelled as such', () => {
    const rfr = listTaxFacts(full, { rfrGrid: 'Micro-crèche Les Pyrénées (PAJE)' }).find((f) => f.key === 'rfr');
    expect(rfr?.label).toContain('hors PSU');
    expect(rfr?.label).toContain('jamais pour le tarif PSU');
    expect(rfr?.value).toMatch(/^52\s140 €$/u);
  });

  it('leaves out household facts the DGFiP did not return', () => {
    expect(listTaxFacts(situation('75011')).map((f) => f.key)).toEqual(['incomeYear', 'residence']);
  });
});

describe('DgfipAmount', () => {
  it('keeps whole euros as integer cents and is not a PSU resource at run time either', () => {
    const amount = toDgfipAmount(48583);
    expect(amount).toEqual({ cents: 4858300, source: 'dgfip' });
    expect(isPsuAnnualResources(amount)).toBe(false);
    expect(isPsuAnnualResources(JSON.parse(JSON.stringify(amount)))).toBe(false);
  });

  it('cannot be passed where the PSU fee expects its resources or a number (checked by tsc)', () => {
    const takesPsu = (resources: PsuAnnualResources) => resources.cents;
    const takesNumber = (euros: number) => euros;
    const amount: DgfipAmount = toDgfipAmount(100);
    // @ts-expect-error a DGFiP amount is not a PSU input
    const asPsu = () => takesPsu(amount);
    // @ts-expect-error a DGFiP amount is not a number
    const asNumber = () => takesNumber(amount);
    // @ts-expect-error a TaxSituation's RFR is not a PSU input
    const fromSituation = (s: TaxSituation) => s.rfr && takesPsu(s.rfr);
    expect([asPsu, asNumber, fromSituation].every((f) => typeof f === 'function')).toBe(true);
  });
});
