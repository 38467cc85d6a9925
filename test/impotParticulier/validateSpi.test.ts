import fc from 'fast-check';
import { computeSpiCheckDigits, validateSpi } from '../../machines/spi';
import { SANDBOX_HOUSEHOLDS } from '../../src/impotParticulier/simulator/sandboxHouseholds';

describe('validateSpi', () => {
  it.each(SANDBOX_HOUSEHOLDS.map((h) => h.spi))('accepts the public sandbox numéro fiscal %s', (spi) => {
    expect(validateSpi(spi)).toEqual({ ok: true, spi });
  });

  it('removes the spaces of the number as printed on an avis', () => {
    expect(validateSpi(' 39 99 999 930 262 ')).toEqual({ ok: true, spi: '3999999930262' });
    expect(validateSpi('39\u00a099\u202f999 930\t262')).toEqual({ ok: true, spi: '3999999930262' });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['39999999302a2', 'not_digits'],
    ['3999-999-930-262', 'not_digits'],
    ['399999993026', 'length'],
    ['39999999302620', 'length'],
    ['4999999930262', 'first_digit'],
    ['3999999930263', 'checksum'],
    ['3999999930226', 'checksum'],
  ])('refuses %j as %s', (text, reason) => {
    expect(validateSpi(text)).toEqual({ ok: false, reason });
  });

  it('accepts every number whose last three digits are the first ten modulo 511', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3_999_999_999 }), (first) => {
        const firstTen = String(first).padStart(10, '0');
        expect(validateSpi(firstTen + computeSpiCheckDigits(firstTen))).toEqual({ ok: true, spi: firstTen + computeSpiCheckDigits(firstTen) });
      }),
    );
  });

  it('refuses a number whose check digits were changed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3_999_999_999 }), fc.integer({ min: 1, max: 510 }), (first, shift) => {
        const firstTen = String(first).padStart(10, '0');
        const wrong = String((Number(computeSpiCheckDigits(firstTen)) + shift) % 511).padStart(3, '0');
        expect(validateSpi(firstTen + wrong)).toEqual({ ok: false, reason: 'checksum' });
      }),
    );
  });
});
