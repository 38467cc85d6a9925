import type { LifecycleEventType, LifecycleReason, RequestStatus, StaffRole } from '../../machines/lifecycleTypes';
import type { ProofStatus } from '../enrolments/requestRecordTypes';

export const STATUS_LABELS: Record<RequestStatus, string> = {
  deposee: 'Déposée',
  en_attente_naissance: 'En attente de la naissance',
  a_completer: 'À compléter',
  complete: 'Complète',
  en_liste_attente: 'En liste d’attente',
  presentee_commission: 'Présentée en commission',
  place_proposee: 'Place proposée',
  acceptee: 'Acceptée par la famille',
  refusee: 'Refusée par la famille',
  sans_reponse: 'Sans réponse de la famille',
  non_retenue: 'Non retenue en commission',
  admise: 'Admise',
  desistement: 'Désistement',
  archivee: 'Archivée',
};

/** The button an agent presses for each event (the family's and the system's events are labelled for the history). */
export const EVENT_LABELS: Record<LifecycleEventType | 'file', string> = {
  file: 'Dépôt de la demande',
  acknowledge: 'Prendre en charge',
  requestProofs: 'Demander des pièces',
  markComplete: 'Marquer complète',
  confirmBirth: 'Enregistrer la naissance',
  addToWaitingList: 'Inscrire en liste d’attente',
  renew: 'Renouveler la demande',
  presentToCommission: 'Présenter en commission',
  proposePlace: 'Proposer une place',
  notRetain: 'Non retenue en commission',
  acceptOffer: 'Enregistrer l’acceptation',
  refuseOffer: 'Enregistrer le refus',
  offerExpired: 'Délai de réponse dépassé',
  returnToList: 'Remettre en liste d’attente',
  admit: 'Enregistrer l’admission',
  withdraw: 'Enregistrer le désistement',
  archive: 'Archiver',
  renewalMissed: 'Renouvellement non fait',
  birthConfirmationMissed: 'Naissance non confirmée',
};

export const REASON_LABELS: Record<LifecycleReason, string> = {
  'missing-proof': 'Pièce manquante',
  'proof-refused': 'Pièce refusée',
  'situation-changed': 'Changement de situation',
  'no-place-age-group': 'Pas de place dans la tranche d’âge',
  'no-place-facility': 'Pas de place dans les établissements demandés',
  'priority-criteria': 'Critères de priorité',
  'other-care-found': 'Autre mode de garde trouvé',
  'moved-away': 'Déménagement',
  'no-longer-needed': 'Besoin disparu',
  'child-too-old': 'Enfant trop âgé',
  duplicate: 'Demande en double',
  'renewal-missed': 'Renouvellement non fait',
  'birth-not-confirmed': 'Naissance non confirmée',
  'refusal-limit': 'Nombre de refus atteint',
  'family-request': 'À la demande de la famille',
  'not-given': 'Non précisé',
};

/** The reasons an agent may choose, per event that asks for one. */
export const EVENT_REASONS: Partial<Record<LifecycleEventType, LifecycleReason[]>> = {
  requestProofs: ['missing-proof', 'proof-refused', 'situation-changed'],
  notRetain: ['no-place-age-group', 'no-place-facility', 'priority-criteria'],
  withdraw: ['other-care-found', 'moved-away', 'no-longer-needed', 'not-given'],
  archive: ['child-too-old', 'duplicate', 'moved-away', 'family-request'],
};

export const PROOF_STATUS_LABELS: Record<ProofStatus, string> = { missing: 'Manquante', received: 'Reçue', validated: 'Validée', refused: 'Refusée' };

export const ROLE_LABELS: Record<StaffRole, string> = { agent: 'Agent instructeur', responsable: 'Responsable' };

/** `2026-11-27` → `27/11/2026` (what French readers and Excel expect). */
export function frenchDate(isoDate: string | null | undefined): string {
  if (!isoDate) return '';
  const [y, m, d] = isoDate.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

const PARIS = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** An instant as a French reader reads it, in Paris time: `27/11/2026 11:00`. */
export function frenchDateTime(iso: string | null | undefined): string {
  return iso ? PARIS.format(new Date(iso)).replace(',', '') : '';
}
