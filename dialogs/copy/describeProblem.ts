import { DAY_NAMES, formatDate, formatTime } from './formatFrench';
import type { Problem } from '../parseTypes';
import type { WeekDay } from '../../machines/commune';

const day = (p: Problem['params']) => DAY_NAMES[(p?.day as WeekDay) ?? 'mon'] ?? String(p?.day ?? '');

const MESSAGES: Record<string, (p: Problem['params']) => string> = {
  'parent.name-invalid': () => 'Le prénom et le nom ne peuvent contenir que des lettres, des espaces, des tirets et des apostrophes.',
  'parent.names-both': () => 'Il me faut votre prénom et votre nom, par exemple « Marie Dupont ».',
  'parent.email-invalid': () => 'Cette adresse e-mail ne semble pas complète : elle doit ressembler à « prenom.nom@exemple.fr ».',
  'parent.phone-invalid': () => 'Ce numéro de téléphone n’est pas valide. Un numéro français a 10 chiffres (06 12 34 56 78) ; un numéro étranger commence par + et l’indicatif du pays.',
  'child.status-unknown': () => 'Dites-moi si votre enfant est déjà né ou si sa naissance est attendue.',
  'child.name-invalid': () => 'Le prénom ne peut contenir que des lettres, des espaces, des tirets et des apostrophes.',
  'child.name-missing': () => 'Il me manque le prénom de votre enfant.',
  'child.birth-date-missing': () => 'Il me manque la date de naissance de votre enfant.',
  'child.expected-date-missing': () => 'Il me manque la date de naissance prévue.',
  'child.birth-in-future': () => 'Cette date de naissance est dans le futur. Si votre enfant n’est pas encore né, indiquez plutôt la date prévue (« naissance prévue le … »).',
  'child.too-old': () => 'Les crèches accueillent les enfants jusqu’à 4 ans : cette date de naissance indique un enfant de 4 ans ou plus. Vérifiez l’année, ou renseignez-vous auprès de la commune pour l’accueil périscolaire.',
  'child.expected-in-past': () => 'Cette date est déjà passée. Si votre enfant est né, indiquez sa date de naissance (« né le … »).',
  'child.expected-too-far': () => 'La pré-inscription est possible à partir de 9 mois avant la naissance prévue : cette date est trop lointaine.',
  'date.vague': () => 'Il me faut une date précise, avec le jour : par exemple « 1er septembre 2027 » ou « 01/09/2027 ».',
  'date.impossible': () => 'Cette date n’existe pas dans le calendrier. Vérifiez le jour et le mois (par exemple « 28/02/2027 »).',
  'care.start-in-past': () => 'La date d’entrée ne peut pas être déjà passée.',
  'care.start-too-early': (p) => `Un enfant peut être accueilli au plus tôt 10 semaines après sa naissance : choisissez une date d’entrée à partir du ${formatDate(String(p?.earliest))}.`,
  'care.start-too-far': () => 'Cette date d’entrée est trop lointaine (plus de 3 ans) : vérifiez l’année.',
  'care.startDate-missing': () => 'Il me manque la date d’entrée souhaitée.',
  'care.kind-missing': () => 'Dites-moi si l’accueil est régulier ou occasionnel.',
  'care.days-missing': () => 'Pour un accueil régulier, indiquez au moins un jour avec ses horaires.',
  'care.kind-unknown': () => 'L’accueil est soit régulier, soit occasionnel.',
  'care.days-without-hours': () => 'J’ai bien les jours, il me manque les horaires : par exemple « du lundi au jeudi de 8h30 à 17h ».',
  'care.hours-without-days': () => 'J’ai bien les horaires, il me manque les jours : par exemple « du lundi au vendredi de 8h30 à 17h ».',
  'care.day-incomplete': (p) => `Pour le ${day(p)}, indiquez l’heure d’arrivée et l’heure de départ (ou aucune des deux si l’enfant ne vient pas ce jour-là).`,
  'care.range-end-before-start': (p) => `${p?.day ? `Le ${day(p)}, l’` : 'L’'}heure de départ doit être après l’heure d’arrivée.`,
  'care.range-outside-day': (p) => `${p?.day ? `Le ${day(p)}, les` : 'Les'} horaires doivent être compris entre 6 h et 21 h.`,
  'care.range-too-long': (p) => `${p?.day ? `Le ${day(p)}, l’` : 'L’'}accueil ne peut pas dépasser 12 heures par jour.`,
  'care.closed-weeks-invalid': () => 'Le nombre de semaines de fermeture et de congés doit être compris entre 0 et 20.',
  'facilities.unknown': () => 'Cet établissement ne fait pas partie de la liste.',
  'facilities.none': () => 'Choisissez au moins un établissement.',
  'facilities.number-out-of-range': (p) => `Choisissez des numéros entre 1 et ${p?.count}.`,
  'facilities.too-many': (p) => `Vous pouvez choisir ${p?.max} établissements au plus.`,
  'facilities.closed': (p) => `${p?.name} est fermé le ${day(p)} : choisissez un autre établissement, ou modifiez vos jours (« modifier les horaires »).`,
  'facilities.opens-later': (p) => `${p?.name} n’ouvre qu’à ${formatTime(String(p?.time))} le ${day(p)} : choisissez un autre établissement, ou modifiez vos horaires (« modifier les horaires »).`,
  'facilities.closes-earlier': (p) => `${p?.name} ferme à ${formatTime(String(p?.time))} le ${day(p)} : choisissez un autre établissement, ou modifiez vos horaires (« modifier les horaires »).`,
  'consent.unclear': () => 'Répondez simplement « oui » ou « non ». Si vous refusez, vous indiquerez vos ressources vous-même.',
  'identity.allocataire-unclear': () => 'Répondez « oui » si le dossier CAF ou MSA est à votre nom, « non » s’il est au nom de l’autre parent.',
  'identity.birth-name-invalid': () => 'Le nom de naissance ne peut contenir que des lettres (accents compris), des espaces, des tirets et des apostrophes.',
  'identity.usage-name-invalid': () => 'Le nom d’usage ne peut contenir que des lettres (accents compris), des espaces, des tirets et des apostrophes.',
  'identity.given-names-invalid': () => 'Les prénoms ne peuvent contenir que des lettres (accents compris), des tirets et des apostrophes ; séparez-les par des espaces.',
  'identity.too-many-given-names': (p) => `Indiquez ${p?.max} prénoms au plus, dans l’ordre de l’état civil.`,
  'identity.sex-missing': () => 'Indiquez le sexe tel qu’il figure à l’état civil : « F » ou « M ».',
  'identity.birth-date-invalid': () => 'Cette date de naissance n’est pas valide : elle doit être passée, postérieure à 1900, par exemple « 27/12/1982 ».',
  'identity.birth-place-missing': () => 'Il me manque le lieu de naissance : la commune (avec son département) pour une naissance en France, ou le pays.',
  'identity.birth-commune-missing': () => 'Pour une naissance en France, indiquez la commune et son département, par exemple « Charleville-Mézières (08) ».',
  'identity.birth-commune-ambiguous': (p) => `Plusieurs communes portent ce nom : ${p?.options}. Précisez le département, par exemple « Saint-Denis (93) ».`,
  'identity.birth-place-unknown': () => 'Je ne trouve pas ce lieu. Pour la France, écrivez la commune et son département (« Lyon (69) ») ; pour l’étranger, le nom du pays en français (« Maroc »).',
  'identity.postcode-invalid': () => 'Le code postal a 5 chiffres, par exemple « 75002 ».',
  'review.confirm-unclear': () => 'Répondez « oui » si ces informations sont exactes, « non » sinon (la commune les vérifiera).',
  'review.choose-after-failure': () => 'Écrivez « réessayer », « corriger » (l’identité), ou « continuer » pour indiquer vos ressources vous-même.',
  'resources.amount-invalid': () => 'Indiquez le montant en euros, en chiffres, par exemple « 32 000 € ».',
  'resources.amount-out-of-range': () => 'Ce montant paraît impossible : vérifiez-le (en euros par an).',
  'resources.monthly': (p) => `Il me faut le montant annuel. ${p?.annual ? `Si c’est bien un montant mensuel, cela fait environ ${Number(p.annual).toLocaleString('fr-FR')} € par an : écrivez ce montant pour le confirmer.` : ''}`,
  'resources.children-out-of-range': (p) => `Le nombre d’enfants à charge doit être compris entre 1 et ${p?.max} (en comptant l’enfant à inscrire).`,
  'resources.aeeh-more-than-children': () => 'Le nombre d’enfants bénéficiaires de l’AEEH ne peut pas dépasser le nombre d’enfants à charge.',
  'resources.annualResourcesCents-missing': () => 'Il me manque le montant annuel des ressources.',
  'resources.dependentChildren-missing': () => 'Il me manque le nombre d’enfants à charge.',
  'resources.aeehChildren-missing': () => 'Il me manque le nombre d’enfants bénéficiaires de l’AEEH (0 si aucun).',
  'resources.dependentChildren-invalid': () => 'Le nombre d’enfants à charge doit être un nombre entier.',
  'resources.aeehChildren-invalid': () => 'Le nombre d’enfants bénéficiaires de l’AEEH doit être un nombre entier (0 si aucun).',
  'tax.spi-invalid': () => 'Ce numéro fiscal n’est pas valide : vérifiez les 13 chiffres en haut de votre avis d’impôt (le premier chiffre est 0, 1, 2 ou 3). Vous pouvez aussi répondre « non ».',
  'summary.what-to-change': () => 'Que souhaitez-vous modifier ? Écrivez par exemple « modifier les horaires », « modifier l’enfant », « modifier les établissements » ; ou « envoyer » pour transmettre la demande.',
  'card.other-step': () => 'Ce formulaire correspond à une étape précédente. Pour la modifier, écrivez « modifier » suivi de l’étape ; sinon, répondez à la question ci-dessous.',
  'card.unknown': () => 'Ce formulaire n’a pas été reconnu.',
};

/** The specific, kind sentence that explains why an answer was not taken. */
export function describeProblem(problem: Problem): string {
  const message = MESSAGES[problem.code];
  return message ? message(problem.params) : 'Cette réponse n’a pas pu être prise en compte.';
}

/** Whether a problem code has its own message (the tests check every code the parsers emit). */
export function hasProblemMessage(code: string): boolean {
  return code in MESSAGES;
}
