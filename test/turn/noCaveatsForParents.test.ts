import { estimateFee } from '../../dialogs/answers/estimateFee';
import { describeEnrolmentFee } from '../../dialogs/copy/describeFee';
import { renderReplies } from '../../dialogs/renderReplies';
import { computeEnrolmentFees, summariseFees } from '../../machines/computeEnrolmentFees';
import { listFeeSteps, PSU_SCALE } from '../../machines/tariff';
import type { EnrolmentContext } from '../../machines/types';
import { DRAFTS } from '../dialogs/corpus/corpusDrafts';
import { loadDemoCommune } from '../support/demoCommune';
import { shownOf, useTestApp, type TestApp } from '../support/startTestApp';

const commune = loadDemoCommune();
/** Every caveat the scale keeps on its own sources, and the words that mark one (agents and docs only). */
const CAVEATS = [...new Set(PSU_SCALE.flatMap((p) => p.caveats.map((c) => c.text)))];
const MARKERS = /non vérifié|non lu|déduit|supposés? maintenu|reconstruit|source isolée|Attention\s?:|pas encore connu : estimation avec/;

const family = { id: 'assistantes-belleville', name: 'Crèche familiale de Belleville', type: 'familial' as const };
const collective = { id: 'petits-loups', name: 'Multi-accueil Les Petits Loups', type: 'collectif' as const };

/** Drafts whose fees carry caveats: the 2025 floor (reconstructed), the family scale after 2022, 2026 rates, a later year. */
const CASES: Array<[string, EnrolmentContext]> = [
  ['the 2025 floor, reconstructed', withCare({ startDate: '2025-03-03' }, [collective], 100_000)],
  ['family care in 2025', withCare({ startDate: '2025-10-06' }, [family], 3_000_000)],
  ['the 2026 floor and rates', withCare({ startDate: '2026-12-07' }, [collective, family], 200_000)],
  ['a year after the last known scale', withCare({ startDate: '2027-09-01' }, [family], 3_000_000)],
];

function withCare(care: { startDate: string }, facilities: EnrolmentContext['facilities'], annualResourcesCents: number): EnrolmentContext {
  const base = DRAFTS.summary as EnrolmentContext;
  const draft: EnrolmentContext = { ...base, care: { ...(base.care as NonNullable<EnrolmentContext['care']>), ...care }, facilities, resources: { annualResourcesCents, dependentChildren: 1, aeehChildren: 0 } };
  return { ...draft, fees: summariseFees(computeEnrolmentFees(draft, commune)) };
}

describe('no reply to a parent shows the caveats the scale keeps for agents', () => {
  test.each(CASES)('%s: the agents’ explanation has caveats, the summary, « pourquoi ? », the estimate and the receipt have none', (_name, draft) => {
    const fees = computeEnrolmentFees(draft, commune);
    if (!fees.ok) throw new Error(fees.reason);
    expect(fees.estimates.flatMap((e) => listFeeSteps(e.estimate)).some((s) => s.code === 'caveat')).toBe(true);
    const env = { commune, today: '2025-01-02' };
    const shown = [
      ...renderReplies({ after: draft, ask: 'full' }, env),
      ...renderReplies({ after: draft, ask: 'full' }, { ...env, cards: false }),
      ...renderReplies({ after: draft, why: true, ask: 'text' }, env),
      ...renderReplies({ after: { ...draft, step: 'submitted', reference: 'CRE-2025-000001' } }, env),
      ...renderReplies({ after: { ...draft, step: 'submitted', reference: 'CRE-2025-000001' } }, { ...env, cards: false }),
    ];
    const text = [shownOf(shown), ...describeEnrolmentFee(draft, commune, 'full'), estimateFee({ ...draft, fees: undefined, resources: undefined }, commune, env.today)].join('\n');
    expect(text).toMatch(/de l’heure/);
    expect(text).not.toMatch(MARKERS);
    for (const caveat of CAVEATS) expect(text).not.toContain(caveat);
  });
});

describe('through runTurn, a whole enrolment in family care with « pourquoi ? » and « c’est combien ? »', () => {
  const app = useTestApp({});
  let t: TestApp;
  beforeAll(() => {
    t = app();
  });

  test('never says a caveat', async () => {
    const script = ['bonjour', 'Marie Dupont, marie@exemple.fr, 0612345678', 'naissance prévue le 15 mars 2027', 'le 1er septembre 2027, du lundi au jeudi de 8h30 à 17h', 'c’est combien ?', '3', 'non', '12 000 €, 1 enfant, 0 AEEH', 'non', 'pourquoi ?', 'c’est combien ?', 'envoyer', 'pourquoi ?'];
    const said: string[] = [];
    for (const line of script) said.push(shownOf(await t.say('family', line)));
    expect(said.at(-2)).toMatch(/référence CRE-2026-000001/);
    expect(said.join('\n')).toMatch(/accueil familial ou parental/);
    expect(said.join('\n')).not.toMatch(MARKERS);
  });
});
