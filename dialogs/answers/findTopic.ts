import type { Commune } from '../../machines/commune';
import type { StepName } from '../../machines/types';
import { foldText } from '../french/foldText';
import type { StepTopic } from '../questions/questionTypes';

/** What the assistant knows to answer at any step (the step's own topics are `StepTopic`). */
export type GeneralTopic =
  | 'aeeh'
  | 'allocataire'
  | 'caf-number'
  | 'fiscal-number'
  | 'dgfip'
  | 'caf'
  | 'facility-types'
  | 'care-kinds'
  | 'names'
  | 'state-service'
  | 'resources-period'
  | 'edit-later'
  | 'next-steps'
  | 'assistant'
  | 'effort-rate'
  | 'allowances'
  | 'resources-year'
  | 'dependents'
  | 'closed-weeks'
  | 'retention'
  | 'who-sees'
  | 'duration'
  | 'opening-hours'
  | 'address'
  | 'place'
  | 'contact'
  | 'fee';

/** The answer a question calls for: a topic of the step, a general one, an entry of the commune file, or none known. */
export type Topic = { kind: 'step'; topic: StepTopic } | { kind: 'general'; topic: GeneralTopic } | { kind: 'commune'; index: number } | { kind: 'unknown' };

const B = '(?<![\\p{L}\\p{N}])';
const A = '(?![\\p{L}\\p{N}])';
const re = (words: string) => new RegExp(`${B}(?:${words})${A}`, 'u');

const WHY = re("pourquoi|pour quoi faire|a quoi (?:ca |cela )?(?:sert|servir|bon)|ca sert a quoi|c'est pour quoi|vous en faites quoi|qu'est-ce que vous en faites|utile|besoin de (?:ca|cela|mon|ma|mes)");
const OPTIONAL = re("obligatoire|obligatoires|facultatif|facultative|oblige|obligee|c'est grave|c'est genant|ca pose probleme|c'est un probleme|necessaire|indispensable|je peux ne pas|peut-on ne pas|sans (?:le|la|les|mon|ma|mes|donner|repondre)|pas envie|refuser de|je prefere ne pas|si je ne (?:veux|souhaite) pas|passer cette|je n'ai pas (?:de|d'\\p{L}+)|j'ai pas (?:de|d'\\p{L}+)|je n'en ai pas|j'en ai pas|si c'est faux|si c'est errone|s'il y a une erreur|si ce n'est pas (?:bon|juste|exact)");
/** « je dois… ? », « il faut… ? »: the step's « optional » answer only when nothing more specific is named. */
const MUST = re("je dois|dois-je|faut-il|il faut|on doit");
const WHERE = re("trouve pas|trouver|trouve|ou est|ou se trouve|ou chercher|ou voir|ou c'est|ou ca|ou puis-je|ou je|je ne sais pas ou|je sais pas ou|sous la main|je l'ai pas|je ne l'ai pas|perdu|egare");
const DIFFERENCE = re("difference|differences|quelle est la difference|c'est pareil|pas pareil|meme chose|lequel choisir|laquelle choisir|que choisir|quoi choisir|lequel prendre|laquelle prendre|lequel est mieux|laquelle est mieux|je choisis quoi");

/** General topics, most specific first: the first that matches wins. */
const GENERAL: ReadonlyArray<[GeneralTopic, RegExp]> = [
  ['caf-number', re("numero (?:d'|de )?allocataire|numero caf|numero de (?:dossier )?caf|numero de dossier|numero msa|matricule")],
  ['aeeh', re('aeeh|a e e h|allocation (?:d\'education )?(?:de l\'|pour (?:un )?)?enfant handicape|handicap|handicape|handicapee')],
  ['fiscal-number', re("numero fiscal|numero d'impot|numero des impots|n fiscal|spi|declarant 1|declarant un|declarant|identifiant fiscal|numero de contribuable")],
  ['dgfip', re("dgfip|impots|impot|fisc|finances publiques|impots\\.gouv")],
  ['allocataire', re('allocataire|allocataires|le dossier (?:caf |msa )?est a (?:quel|qui)')],
  ['effort-rate', re("taux d'effort|taux d effort|taux horaire|taux")],
  ['allowances', re('abattement|abattements|avant abattement|deduction|deductions|frais reels|net imposable|revenu fiscal|rfr|brut|net|allocations|prestations|apl|aides au logement')],
  ['resources-year', re("n-2|n 2|avant-derniere annee|avant derniere annee|quelle annee|de quelle annee|annee de reference|quels revenus|quelles ressources")],
  ['dependents', re("enfants? a charge|a charge|combien d'enfants|quels enfants|compter (?:l'enfant|mes enfants|le bebe)|je compte (?:l'enfant|le bebe)")],
  ['closed-weeks', re('semaines? de (?:fermeture|conges|vacances)|fermeture annuelle|conges|vacances')],
  ['retention', re("combien de temps (?:vous )?(?:gardez|conservez|garde|conserve|stockez|restent)|(?:garde|gardee|gardees|gardes|conserve|conservee|conservees|conserves|stocke|stockee|stockees) combien|duree de conservation|conservation|conservez|gardez|supprime|supprimees|efface|effacees|brouillon")],
  ['who-sees', re("qui (?:voit|verra|a acces|peut voir|lit|lira|recoit|recevra|traite)|qui va (?:voir|lire|recevoir)|partage|partagees|transmis|transmises|vend|vendez|vendre|revendez|revendu|revendues|confidentiel|confidentielles|securite|securise|securisees|donnees personnelles|rgpd|vie privee|cnil")],
  ['duration', re('combien de temps(?: (?:ca|cela) (?:prend|dure))?|ca prend combien|c\'est long|ca dure|duree|prend du temps|minutes')],
  ['opening-hours', re("horaire|horaires|heures? d'ouverture|ouvert|ouverte|ouverts|ouvre|ouvrent|ferme|fermee|ferment|jusqu'a quelle heure|a quelle heure")],
  ['address', re("adresse(?! (?:e-?mail|mail|electronique|courriel|fiscale))|adresses(?! (?:e-?mail|mail))|ou se trouve|ou sont|ou est (?:la|le|l')|(?:c'|elle |il )est ou|c'est ou|loin|proche|plus pres|quartier|situee|situe|acces|metro|bus")],
  ['facility-types', re("micro-creche|micro creche|microcreche|creche familiale|creche parentale|creche collective|multi-accueil|multi accueil|halte-garderie|assistante maternelle")],
  ['care-kinds', re('occasionnel|occasionnelle|accueil regulier|regulier')],
  ['names', re("nom d'usage|nom de naissance|nom d'epouse|nom de jeune fille|nom de mariage|nom marital")],
  ['state-service', re('api particulier|api|service securise|service de l\'etat')],
  ['edit-later', re("(?:modifier|changer|corriger)(?: \\w+)? (?:apres|plus tard|ensuite|une fois envoye)|modifier apres|encore modifier|encore changer")],
  ['next-steps', re("confirmation|accuse de reception|un recu|mail de confirmation|la suite|et apres|et maintenant|prochaine etape|prochaines etapes|que se passe-t-il|qu'est-ce qui se passe|ca se passe comment|comment ca se passe")],
  ['place', re("garanti|garantie|assure|assuree|aurai-je|j'aurai|est-ce que j'aurai|sur d'avoir|sure d'avoir|chances|liste d'attente|attribution|attribuee|attribue|combien de places|places disponibles|place disponible")],
  ['assistant', re("robot|bot|chatbot|intelligence artificielle|ia|chatgpt|automatique|une machine|vrai personne|vraie personne")],
  ['caf', re("caf|msa|caisse d'allocations|allocations familiales|mutualite sociale agricole")],
  ['contact', re("parler a (?:quelqu'un|une personne|un agent|un humain|un conseiller)|quelqu'un|humain|conseiller|conseillere|agent|joindre|appeler|telephoner|rappeler|contacter|contact|mairie|rendez-vous")],
  ['fee', re("combien|tarif|tarifs|prix|cout|coute|coutera|couter|payer|paierai|paye|cher|chere|facture|facturation|montant|mensualite|budget|gratuit|gratuite|reduction|aide financiere")],
  ['resources-period', re('par mois ou par an|par an ou par mois|mensuel ou annuel|annuel ou mensuel|mensuels ou annuels|par mois|mensuel|mensuels')],
];

/**
 * Finds what a question is about, in this order: an entry of the commune file (its keywords), then the step's own
 * « why? », « is it optional? » and « what is the difference? », then the general topics (jargon, the facilities'
 * hours and addresses, the fee, the data), then the step's « where do I find it? ». Unknown otherwise.
 */
export function findTopic(text: string, step: StepName | 'submitted' | 'cancelled', commune: Commune, stepTopics: readonly StepTopic[]): Topic {
  const t = foldText(text).replace(/\s+/g, ' ').trim();
  const communeIndex = commune.questions.findIndex((q) => (!q.steps || (step !== 'submitted' && step !== 'cancelled' && q.steps.includes(step))) && q.keywords.some((k) => re(escapeRegExp(foldText(k).trim())).test(t)));
  if (communeIndex >= 0) return { kind: 'commune', index: communeIndex };
  const has = (topic: StepTopic) => stepTopics.includes(topic);
  const general = GENERAL.find(([, pattern]) => pattern.test(t))?.[0];
  if (WHY.test(t) && has('why') && general !== 'fee' && general !== 'aeeh') return { kind: 'step', topic: 'why' };
  if ((OPTIONAL.test(t) || (MUST.test(t) && general === undefined)) && has('optional')) return { kind: 'step', topic: 'optional' };
  if (DIFFERENCE.test(t) && has('difference')) return { kind: 'step', topic: 'difference' };
  if (WHERE.test(t) && has('where') && (general === undefined || general === 'fiscal-number' || general === 'dgfip')) return { kind: 'step', topic: 'where' };
  if (general) return { kind: 'general', topic: general };
  return { kind: 'unknown' };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
