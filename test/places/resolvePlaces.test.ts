import { resolveBirthCommune } from '../../src/places/resolveBirthCommune';
import { resolveBirthCountry } from '../../src/places/resolveBirthCountry';

describe('resolveBirthCommune', () => {
  it.each([
    ['Charleville-Mézières (08)', '08105'],
    ['charleville mezieres', '08105'],
    ['Charleville-Mézières - Ardennes', '08105'],
    ['Paris 13e', '75113'],
    ['paris 1er arrondissement', '75101'],
    ['Lyon 3ème', '69383'],
    ['Marseille 8', '13208'],
    ['08105', '08105'],
    ['2a004', '2A004'],
    ['Ajaccio', '2A004'],
    ['St-Étienne', '42218'],
    ['Saint-Denis La Réunion', '97411'],
    ['Saint-Denis (974)', '97411'],
    ['Saint-Denis, 93', '93066'],
  ])('finds %s as %s', (typed, cog) => {
    expect(resolveBirthCommune(typed)).toEqual({ kind: 'found', cog, label: expect.any(String) });
  });

  it('labels what it found with the département, so the parent can confirm', () => {
    expect(resolveBirthCommune('08480')).toEqual({ kind: 'found', cog: '08480', label: 'Villers-Semeuse (08)' });
  });

  it('asks for the département when the same name exists in several', () => {
    const result = resolveBirthCommune('Saint-Denis');
    if (result.kind !== 'ambiguous') throw new Error(result.kind);
    expect(result.options.map((o) => o.cog)).toEqual(expect.arrayContaining(['11339', '30247', '93066', '97411']));
    expect(result.options.find((o) => o.cog === '97411')?.label).toBe('Saint-Denis (974), La Réunion');
  });

  it('asks for the arrondissement of a birth in Paris, Lyon or Marseille', () => {
    const paris = resolveBirthCommune('Paris');
    expect(paris.kind === 'ambiguous' && paris.options.length).toBe(20);
    expect(paris.kind === 'ambiguous' && paris.options[12]).toEqual({ cog: '75113', label: 'Paris 13e Arrondissement (75)' });
    expect(resolveBirthCommune('Lyon').kind).toBe('ambiguous');
  });

  it('still accepts the code of a commune that has since merged', () => {
    expect(resolveBirthCommune('08290')).toEqual({ kind: 'found', cog: '08290', label: "ancienne commune, aujourd'hui Charleville-Mézières (08)" });
  });

  it.each(['Atlantis', '99999', '', 'Paris 13 (69)'])('does not guess for %j', (typed) => {
    expect(resolveBirthCommune(typed)).toEqual({ kind: 'unknown' });
  });
});

describe('resolveBirthCountry', () => {
  it.each([
    ['Maroc', '99350'],
    ['Belgique', '99131'],
    ["Côte d'Ivoire", '99326'],
    ['cote divoire', undefined],
    ['France', '99100'],
    ['USA', '99404'],
    ['Angleterre', '99132'],
    ['République tchèque', '99116'],
    ['Tchécoslovaquie', '99115'],
    ['99127', '99127'],
  ])('reads %s as %s', (typed, cog) => {
    const result = resolveBirthCountry(typed);
    if (cog) expect(result).toEqual({ kind: 'found', cog, label: expect.any(String) });
    else expect(result).toEqual({ kind: 'unknown' });
  });

  it('marks a country that no longer exists', () => {
    expect(resolveBirthCountry('Allemagne de l’Est')).toEqual({ kind: 'found', cog: '99141', label: 'Allemagne de l’Est (ancien pays)' });
  });

  it('asks which Korea', () => {
    const result = resolveBirthCountry('Corée');
    expect(result.kind === 'ambiguous' && result.options.map((o) => o.cog).sort()).toEqual(['99237', '99238', '99239']);
  });

  it('knows nothing of an unknown name or code', () => {
    expect(resolveBirthCountry('Narnia')).toEqual({ kind: 'unknown' });
    expect(resolveBirthCountry('99998')).toEqual({ kind: 'unknown' });
  });
});
