import type { Commune, WeekDay } from '../../machines/commune';
import type { FacilityFee } from '../../machines/types';
import { describeFeeFigures } from '../../dialogs/copy/describeFee';
import type { StoredEnrolment } from '../enrolments/enrolmentStore';
import { formatFrenchDate } from './formatFrenchDate';
import type { OutgoingMail } from './mailer';
import { renderFamilyMail } from './renderFamilyMail';

const DAYS: Record<WeekDay, string> = { mon: 'lundi', tue: 'mardi', wed: 'mercredi', thu: 'jeudi', fri: 'vendredi', sat: 'samedi' };
const TYPES = { collectif: 'crèche collective', familial: 'crèche familiale', parental: 'crèche parentale', 'micro-creche': 'micro-crèche' } as const;

export interface ReceiptInput {
  enrolment: StoredEnrolment;
  commune: Pick<Commune, 'name' | 'dataProtection' | 'theme'>;
  link: { url: string; expiresAt: string };
  /** What happens next according to the commune file (renewal period, birth confirmation…); a general text otherwise. */
  nextSteps?: string[];
}

/**
 * The receipt sent when a request is filed: the reference, what was asked (child, start date, days, ranked
 * facilities), the fee estimate with its basis, what happens next, and the signed link back into the conversation.
 * Resolves `undefined` when the request holds no e-mail address (nothing to send).
 */
export function renderReceiptMail(input: ReceiptInput): OutgoingMail | undefined {
  const { enrolment } = input;
  const request = enrolment.request;
  const parent = request.parent;
  if (!parent?.email) return undefined;
  const mail = renderFamilyMail({
    reference: enrolment.reference,
    subject: 'Votre demande de place en crèche est enregistrée',
    greeting: `Bonjour ${parent.givenName} ${parent.familyName},`,
    intro: [`Votre demande de pré-inscription en crèche a bien été transmise à ${input.commune.name} le ${formatFrenchDate(enrolment.submittedAt)}. Gardez ce message : il récapitule ce que vous avez demandé.`],
    ask: request.child?.status === 'expected' ? 'rien pour l’instant ; après la naissance, vous confirmerez la date et le prénom de votre enfant' : 'rien pour l’instant, la commune vous écrira si elle a besoin de vous',
    sections: [
      { title: 'Votre demande', lines: describeRequest(request) },
      { title: 'Tarif estimé', lines: describeFees(request.fees, request.facilities ?? []) },
      { title: 'Et maintenant ?', lines: input.nextSteps ?? DEFAULT_NEXT_STEPS },
    ],
    link: { url: input.link.url, label: 'Suivre ma demande', expiresAt: input.link.expiresAt },
    commune: input.commune,
  });
  return { to: parent.email, reference: enrolment.reference, kind: 'receipt', ...mail };
}

const DEFAULT_NEXT_STEPS = [
  'Le service petite enfance de la commune étudie votre demande.',
  'Il vous écrira, par e-mail et dans la conversation, s’il manque un document, quand votre demande devra être confirmée ou renouvelée, et quand une place pourra vous être proposée.',
  'Le lien ci-dessous ouvre la conversation sur n’importe quel appareil, directement sur le suivi de cette demande.',
];

function describeRequest(request: StoredEnrolment['request']): string[] {
  const lines: string[] = [];
  const child = request.child;
  if (child?.status === 'born') lines.push(`Enfant : ${child.givenName}, naissance le ${formatFrenchDate(child.birthDate)}`);
  if (child?.status === 'expected') lines.push(`Enfant à naître : naissance prévue le ${formatFrenchDate(child.expectedDate)}${child.givenName ? ` (${child.givenName})` : ''}`);
  const care = request.care;
  if (care) {
    lines.push(`Accueil souhaité à partir du ${formatFrenchDate(care.startDate)}`);
    const days = (Object.keys(DAYS) as WeekDay[]).flatMap((d) => (care.days[d] ? [`${DAYS[d]} de ${formatTime(care.days[d].from)} à ${formatTime(care.days[d].to)}`] : []));
    lines.push(care.kind === 'occasional' ? 'Accueil occasionnel' : `Accueil régulier : ${days.join(', ')}`);
  }
  (request.facilities ?? []).forEach((f, i) => lines.push(`Choix n° ${i + 1} : ${f.name} (${TYPES[f.type]})`));
  return lines;
}

function describeFees(fees: FacilityFee[] | undefined, facilities: NonNullable<StoredEnrolment['request']['facilities']>): string[] {
  if (!fees || fees.length === 0) return ['Le tarif sera calculé par la commune à l’instruction de votre demande.'];
  const lines: string[] = [];
  for (const fee of fees) {
    const names = fee.facilityIds.map((id) => facilities.find((f) => f.id === id)?.name ?? id).join(', ');
    lines.push(`${names} : ${describeFeeFigures(fee)}`);
  }
  const origins = new Set(fees.map((f) => f.origin));
  if (origins.has('caf')) lines.push('Base du calcul : les ressources et la composition du foyer transmises par la CAF (barème national de la CNAF).');
  if (origins.has('declared')) lines.push('Base du calcul : les ressources que vous avez déclarées (barème national de la CNAF) ; c’est une estimation, à justifier auprès de la commune.');
  return lines;
}

function formatTime(time: string): string {
  const [h, m] = time.split(':') as [string, string];
  return m === '00' ? `${Number(h)} h` : `${Number(h)} h ${m}`;
}
