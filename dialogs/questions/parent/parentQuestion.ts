import { card, submit, textInput } from '../../cards/cardKit';
import { formatPhone } from '../../copy/formatFrench';
import { LIMITS } from '../../contract/limits';
import { escapeMarkdown } from '../../french/escapeMarkdown';
import type { Question } from '../questionTypes';
import { parentAnswers } from './parentAnswers';
import { parseParentAnswer } from './parseParentAnswer';
import { parentCanonical, parentValue } from './parentValue';

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** The parent's contact details. */
export const parentQuestion: Question = {
  step: 'parent',
  label: 'mes coordonnées',
  value: parentValue,
  canonical: parentCanonical,
  parse: parseParentAnswer,
  question: () => 'Pour commencer, vos coordonnées : prénom, nom, adresse e-mail et téléphone.\nVous pouvez tout écrire en une fois, par exemple « Marie Dupont, marie.dupont@exemple.fr, 06 12 34 56 78 ».',
  prompt: () => 'Pour commencer, vos coordonnées : la commune s’en sert pour vous recontacter.',
  line: () => 'Quels sont vos prénom, nom, e-mail et téléphone ?',
  example: () => '« Marie Dupont, marie.dupont@exemple.fr, 06 12 34 56 78 »',
  card: (context) => {
    const p: Record<string, unknown> = { ...context.parent, ...context.partial.parent };
    return card(
      'Vos coordonnées',
      [
        textInput('givenName', 'Prénom', { value: str(p.givenName), required: true, maxLength: LIMITS.name }),
        textInput('familyName', 'Nom', { value: str(p.familyName), required: true, maxLength: LIMITS.name }),
        textInput('email', 'Adresse e-mail', { value: str(p.email), required: true, style: 'email', placeholder: 'prenom.nom@exemple.fr', maxLength: LIMITS.email }),
        textInput('phone', 'Téléphone', { value: str(p.phone), required: true, style: 'tel', placeholder: '06 12 34 56 78', maxLength: LIMITS.phone }),
      ],
      [submit('Valider', { step: 'parent' })],
    );
  },
  slots: {
    names: 'Quels sont votre prénom et votre nom ?',
    givenName: 'Quel est votre prénom ?',
    familyName: 'Quel est votre nom de famille ?',
    email: 'Quelle est votre adresse e-mail ?',
    phone: 'Quel est votre numéro de téléphone ?',
  },
  problems: {
    'parent.name-invalid': () => 'Le prénom et le nom ne peuvent contenir que des lettres, des espaces, des tirets et des apostrophes (et ni « oui », ni « ok »).',
    'parent.names-both': () => 'Il me faut votre prénom et votre nom, par exemple « Marie Dupont ».',
    'parent.names-split': (p) => `Pour ne pas me tromper : est-ce ${p?.options} ? Répondez 1 ou 2, ou écrivez « prénom : …, nom : … ».`,
    'parent.which-contact': (p) => `Une demande a un seul contact : qui la commune doit-elle joindre, « ${p?.options} » ? (répondez 1 ou 2)`,
    'parent.email-invalid': () => 'Cette adresse e-mail ne semble pas complète : elle doit ressembler à « prenom.nom@exemple.fr ».',
    'parent.email-shape': (p) => `L’adresse « ${escapeMarkdown(String(p?.raw ?? ''))} » n’est pas complète : elle doit ressembler à « prenom.nom@exemple.fr ». Pouvez-vous la réécrire ?`,
    'parent.email-space': (p) => `Une adresse e-mail ne contient pas d’espace : « ${escapeMarkdown(String(p?.raw ?? ''))} ». Réécrivez-la sans espace (par exemple avec un point à la place).`,
    'parent.email-too-long': () => 'Cette adresse e-mail est trop longue (254 caractères au plus).',
    'parent.phone-invalid': () => 'Ce numéro de téléphone n’est pas valide. Un numéro français a 10 chiffres (06 12 34 56 78) ; un numéro étranger commence par + et l’indicatif du pays.',
  },
  help: 'Ces coordonnées permettent à la commune de vous recontacter au sujet de votre demande. Le téléphone peut être français (10 chiffres) ou étranger (avec +indicatif).',
  answers: parentAnswers,
  describe: (r) => {
    const parts: string[] = [];
    const name = [str(r.givenName), str(r.familyName)?.toUpperCase()].filter(Boolean).join(' ');
    if (name) parts.push(r.givenName && r.familyName ? escapeMarkdown(name) : r.givenName ? `prénom ${escapeMarkdown(name)}` : `nom ${escapeMarkdown(name)}`);
    if (str(r.email)) parts.push(escapeMarkdown(str(r.email) as string));
    if (str(r.phone)) parts.push(formatPhone(str(r.phone) as string));
    return parts.join(', ');
  },
};
