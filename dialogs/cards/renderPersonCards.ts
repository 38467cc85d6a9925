import { addDays, addMonths, addYears } from '../../machines/dates';
import type { EnrolmentContext } from '../../machines/types';
import { backAction, card, choiceInput, dateInput, submit, text, textInput, type AdaptiveCard } from './cardKit';

type Prefill = Record<string, unknown>;
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export function renderParentCard(context: EnrolmentContext): AdaptiveCard {
  const p: Prefill = { ...context.parent, ...context.partial.parent };
  return card(
    'Vos coordonnées',
    [
      textInput('givenName', 'Prénom', { value: str(p.givenName), required: true, maxLength: 50 }),
      textInput('familyName', 'Nom', { value: str(p.familyName), required: true, maxLength: 50 }),
      textInput('email', 'Adresse e-mail', { value: str(p.email), required: true, style: 'email', placeholder: 'prenom.nom@exemple.fr' }),
      textInput('phone', 'Téléphone', { value: str(p.phone), required: true, style: 'tel', placeholder: '06 12 34 56 78' }),
    ],
    [submit('Valider', { step: 'parent' })],
  );
}

export function renderChildCard(context: EnrolmentContext, today: string): AdaptiveCard {
  const p: Prefill = { ...context.partial.child };
  const child = context.child;
  const status = child?.status ?? str(p.status);
  return card(
    'Votre enfant',
    [
      choiceInput('status', 'Votre enfant est-il né ?', [{ title: 'Oui, il est né', value: 'born' }, { title: 'Non, la naissance est attendue', value: 'expected' }], { value: status, required: true, expanded: true }),
      textInput('givenName', 'Prénom de l’enfant (facultatif s’il n’est pas encore né)', { value: child?.givenName ?? str(p.givenName), maxLength: 50 }),
      dateInput('birthDate', 'Date de naissance (enfant né)', { value: child?.status === 'born' ? child.birthDate : undefined, min: addDays(addYears(today, -4), 1), max: today }),
      dateInput('expectedDate', 'Date de naissance prévue (enfant à naître)', { value: child?.status === 'expected' ? child.expectedDate : undefined, min: today, max: addMonths(today, 9) }),
    ],
    [submit('Valider', { step: 'child' }), backAction()],
  );
}

export function renderIdentityCard(context: EnrolmentContext, today: string): AdaptiveCard {
  const id = context.identity;
  const p: Prefill = { ...id, ...context.partial.identity };
  const given = Array.isArray(p.givenNames) ? (p.givenNames as string[]).join(' ') : undefined;
  const place = id ? (id.birthCommuneCog ?? id.birthCountryCog) : undefined;
  return card(
    'Identité de l’allocataire CAF ou MSA',
    [
      text('Telle qu’elle figure sur l’acte de naissance. Seul l’allocataire (la personne au nom de qui le dossier est ouvert) peut être recherché.', { isSubtle: true }),
      choiceInput('allocataire', 'Le dossier est-il à votre nom ?', [{ title: 'Oui, je suis l’allocataire', value: 'self' }, { title: 'Non, il est au nom de l’autre parent', value: 'other' }], { value: str(p.allocataire) ?? 'self', required: true, expanded: true }),
      textInput('birthName', 'Nom de naissance', { value: str(p.birthName), required: true, maxLength: 80 }),
      textInput('usageName', 'Nom d’usage (facultatif)', { value: str(p.usageName), maxLength: 80 }),
      textInput('givenNames', 'Prénoms, dans l’ordre de l’état civil (3 au plus)', { value: given, required: true, maxLength: 120 }),
      choiceInput('sex', 'Sexe à l’état civil', [{ title: 'Féminin', value: 'F' }, { title: 'Masculin', value: 'M' }], { value: str(p.sex), required: true, expanded: true }),
      dateInput('birthDate', 'Date de naissance', { value: str(p.birthDate), required: true, min: '1900-01-01', max: addDays(today, -1) }),
      textInput('birthPlace', 'Lieu de naissance : commune et département (« Lyon (69) »), ou pays', { value: place, required: true, maxLength: 80 }),
      textInput('postcode', 'Code postal de votre domicile', { value: str(p.postcode), required: true, maxLength: 5 }),
    ],
    [submit('Interroger la CAF', { step: 'identity' }), backAction()],
  );
}
