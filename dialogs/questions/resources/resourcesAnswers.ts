import type { EnrolmentContext } from '../../../machines/types';
import type { StepAnswers } from '../questionTypes';

/** The year whose resources count (N-2 of the year of entry; next year's entry when the start is not known yet). */
export function resourcesYear(context: EnrolmentContext, today: string): number {
  const entry = Number((context.care?.startDate ?? `${Number(today.slice(0, 4) || '2026') + 1}`).slice(0, 4));
  return entry - 2;
}

const UNDECLARED = { floor: 'le tarif minimal', ceiling: 'le tarif maximal', 'average-rate': 'un tarif moyen fixe' } as const;

/** What parents ask about declaring their resources. */
export const resourcesAnswers: StepAnswers = {
  why: (_c, { commune }) =>
    `Le tarif d’une crèche dépend de vos ressources et du nombre d’enfants à charge (barème national de la CAF). Sans ces chiffres, la commune appliquerait ${UNDECLARED[commune.tariff?.undeclaredResources.rule ?? 'ceiling']}.`,
  optional: (_c, { commune }) =>
    `Ces trois chiffres sont nécessaires pour estimer votre tarif ; mettez 0 pour l’AEEH si aucun enfant ne la reçoit. Sans déclaration, la commune appliquerait ${UNDECLARED[commune.tariff?.undeclaredResources.rule ?? 'ceiling']}.`,
  where: (context, { today }) => {
    const year = resourcesYear(context, today);
    return `Sur votre avis d’impôt reçu en ${year + 1} (revenus ${year}) : le « total des salaires et assimilés », avant la déduction de 10 %, plus vos autres revenus. Vous le retrouvez dans votre espace sur impots.gouv.fr.`;
  },
  difference: () => 'Ce n’est pas le revenu fiscal de référence ni le net imposable : il faut les revenus avant les déductions des impôts (10 % ou frais réels), sans les allocations familiales.',
};
