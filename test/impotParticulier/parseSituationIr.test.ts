import { mapDgfipError, readDgfipErrorCode } from '../../src/impotParticulier/mapDgfipError';
import { parseSituationIr } from '../../src/impotParticulier/parseSituationIr';

const asked = { askedYear: 2024, includeRfr: false };

describe('parseSituationIr', () => {
  it('keeps only the residency and household facts of a full sandbox body, and names the fields it used', () => {
    const body = {
      annRevenu: 2023, rfr: 100019, sitFam: 'C', nbPart: 1, pac: { nbPac: 0 },
      nmNaiDec1: 'CIS QUARANTECINQ', prnmDec1: 'PRENOM ERIC', dateNaisDec1: { jour: '12', mois: '10', annee: '1982' },
      aft: '42 RUE ABBE DE L EPEE 13005 MARSEILLE',
      aftDetail: { complementAdresse: null, voie: '42 RUE ABBE DE L EPEE', commune: null, codePostal: '13005 MARSEILLE' },
      rev: { tspr: [{ code: '1AJ', valeur: '35200' }] },
    };
    expect(parseSituationIr(body, asked)).toEqual({
      ok: true,
      situation: {
        incomeYear: 2023,
        residence: { postcode: '13005', town: 'MARSEILLE' },
        household: { familyStatus: 'single', dependants: 0 },
        fieldsUsed: ['aftDetail.codePostal', 'annRevenu', 'sitFam', 'pac.nbPac'],
      },
    });
  });

  it('reads the swagger spelling getcodePostal', () => {
    const result = parseSituationIr({ aftDetail: { getcommune: null, getcodePostal: '75013 PARIS' } }, asked);
    expect(result).toEqual({ ok: true, situation: { incomeYear: 2024, residence: { postcode: '75013', town: 'PARIS' }, household: {}, fieldsUsed: ['aftDetail.getcodePostal'] } });
  });

  it('falls back on the one-line address, trailing spaces included', () => {
    const result = parseSituationIr({ aft: '18 RUE DU COMMANDANT MOWAT 94300 VINCENNES   ', aftDetail: null }, asked);
    expect(result.ok && result.situation.residence).toEqual({ postcode: '94300', town: 'VINCENNES' });
    expect(result.ok && result.situation.fieldsUsed).toEqual(['aft']);
  });

  it('treats null fields as absent and numbers sent as strings as numbers', () => {
    const result = parseSituationIr({ annRevenu: '2023', sitFam: null, pac: { nbPac: '2' }, rfr: null, aft: '7 RUE RAMEY 75018 PARIS' }, { askedYear: 2023, includeRfr: true });
    expect(result).toEqual({ ok: true, situation: { incomeYear: 2023, residence: { postcode: '75018', town: 'PARIS' }, household: { dependants: 2 }, fieldsUsed: ['aft', 'annRevenu', 'pac.nbPac'] } });
  });

  it('keeps the RFR as a DGFiP amount only when asked to', () => {
    const body = { rfr: 48583, aft: '8 RUE JULIEN LACROIX 75020 PARIS' };
    const without = parseSituationIr(body, asked);
    const withRfr = parseSituationIr(body, { askedYear: 2024, includeRfr: true });
    expect(without.ok && without.situation.rfr).toBeUndefined();
    expect(withRfr.ok && withRfr.situation.rfr).toEqual({ cents: 4858300, source: 'dgfip' });
    expect(withRfr.ok && withRfr.situation.fieldsUsed).toContain('rfr');
  });

  it('ignores a family status code it does not know', () => {
    const result = parseSituationIr({ sitFam: 'X', aft: '8 RUE JULIEN LACROIX 75020 PARIS' }, asked);
    expect(result.ok && result.situation.household).toEqual({});
  });

  it('says the address is missing when the contract does not return it', () => {
    expect(parseSituationIr({ annRevenu: 2023, sitFam: 'M', pac: { nbPac: 1 } }, asked)).toEqual({ ok: false, reason: 'address_missing' });
  });

  it.each([[null], ['<html></html>'], [[1, 2]], [{ sitFam: 3, aft: '8 RUE X 75020 PARIS' }], [{ rfr: 'beaucoup', aft: '8 RUE X 75020 PARIS' }]])(
    'calls %j a contract error',
    (body) => {
      expect(parseSituationIr(body, asked)).toEqual({ ok: false, reason: 'contract' });
    },
  );
});

describe('readDgfipErrorCode and mapDgfipError', () => {
  it.each([
    [{ erreur: { code: 4101, message: 'Absence de réponse', horodatage: '2022-01-20T13:03:01' } }, '4101'],
    [{ erreur: { code: '900804', message: 'Message throttled out' } }, '900804'],
    [{ erreur: { message: 'format SPI incorrect' } }, undefined],
    [{ fault: { code: 900901, message: 'Invalid Credentials' } }, '900901'],
    ['Service Unavailable', undefined],
  ])('reads the code of %j as %s', (body, code) => {
    expect(readDgfipErrorCode(body)).toBe(code);
  });

  it.each([
    [400, '4001', 'invalid_spi'],
    [400, '910000', 'configuration'],
    [400, '4002', 'configuration'],
    [401, '900901', 'configuration'],
    [403, '4031', 'forbidden'],
    [403, '900910', 'configuration'],
    [404, undefined, 'no_result'],
    [204, undefined, 'no_result'],
    [410, '4101', 'no_result'],
    [410, '4102', 'unknown_spi'],
    [429, '900804', 'rate_limited'],
    [500, undefined, 'provider_down'],
    [503, undefined, 'provider_down'],
    [418, undefined, 'contract'],
  ])('maps HTTP %i with code %s to %s', (status, code, reason) => {
    expect(mapDgfipError(status, code)).toBe(reason);
  });
});
