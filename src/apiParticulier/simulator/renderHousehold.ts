import { parisDate } from '../cafMonthlyUpdate';
import type { FictitiousHousehold } from './fictitiousHouseholds';
import type { SimulatedEndpoint } from './sandboxCases';

/**
 * Builds the production-shaped `data` block for a household: the EAJE payload with the extra `annee` key of
 * BuildResource and the MSA year anomaly (MSA returns the current year as `annee_calcul`), or the QF payload,
 * optionally with the per-person date-part keys production probably emits (reference §4.1 ⚠️).
 */
export function renderHousehold(
  household: FictitiousHousehold,
  endpoint: SimulatedEndpoint,
  options: { now: Date; period: { year: number; month: number }; datePartKeys: boolean },
): Record<string, unknown> {
  const today = parisDate(options.now);
  if (endpoint === 'participation_familiale_eaje') {
    const resourcesYear = household.provider === 'MSA' ? today.year : today.year - 2;
    return {
      allocataires: household.allocataires.map((p, i) => ({ ...p, code_cog_insee_commune_naissance: i === 0 ? household.identity.birthCommuneCog ?? null : null })),
      enfants: household.enfants.map((p) => ({ ...p, code_cog_insee_commune_naissance: null })),
      adresse: household.adresse,
      parametres_calcul_participation_familiale: {
        nombre_enfants_a_charge: household.enfants.length,
        nombre_enfants_beneficiaire_aeeh: household.aeehChildren,
        base_ressources_annuelles: { valeur: household.annualResourcesEuros, annee_calcul: resourcesYear },
        annee: resourcesYear,
      },
    };
  }
  const person = (p: FictitiousHousehold['allocataires'][number]) => (options.datePartKeys ? { ...p, ...dateParts(p.date_naissance) } : p);
  const computed = household.provider === 'MSA' ? { year: today.year, month: today.month } : options.period;
  return {
    allocataires: household.allocataires.map(person),
    enfants: household.enfants.map(person),
    adresse: household.adresse,
    quotient_familial: {
      fournisseur: household.provider,
      valeur: household.quotientFamilial,
      annee: options.period.year,
      mois: options.period.month,
      annee_calcul: computed.year,
      mois_calcul: computed.month,
    },
  };
}

/** Whether the household has a child under 7 on `now`: the EAJE endpoint's eligibility rule (ValidateResponse). */
export function hasChildUnderSeven(household: FictitiousHousehold, now: Date): boolean {
  const today = parisDate(now);
  return household.enfants.some((child) => {
    const [y, m, d] = child.date_naissance.split('-').map(Number) as [number, number, number];
    if (!y) return false;
    const birthdayPassed = today.month > (m || 1) || (today.month === (m || 1) && today.day >= (d || 1));
    return today.year - y - (birthdayPassed ? 0 : 1) < 7;
  });
}

function dateParts(date: string): Record<string, string | null> {
  const [y, m, d] = date.split('-');
  const part = (value: string | undefined) => (value && Number(value) !== 0 ? value : null);
  return { annee_date_de_naissance: part(y), mois_date_de_naissance: part(m), jour_date_de_naissance: part(d) };
}
