import { DRAFTS } from './corpusDrafts';
import { ask, cases, rec } from './corpusTypes';

const Y = rec({ accept: true });
const N = rec({ accept: false });

/** The four decisions: a negation anywhere is never a yes; doubt is asked. */
export const consentCorpus = cases('consent', [
  ['oui', Y], ['Oui !', Y], ['ouais', Y], ['ok', Y], ['OK merci', Y], ['d’accord', Y], ['dac', Y], ['bien sûr', Y], ['j’accepte', Y],
  ['je suis d’accord', Y], ['allez-y', Y], ['yes', Y], ['oui oui', Y], ['oui bien sur', Y], ['Bonjour, oui j’accepte', Y], ['ok pour moi', Y],
  ['non', N], ['non merci', N], ['je refuse', N], ['je n’accepte pas', N], ['je n accepte pas', N], ['pas d’accord', N], ['jamais', N],
  ['absolument pas', N], ['pas du tout', N], ['je ne suis pas d’accord', N], ['surtout pas', N], ['nan', N], ['no', N], ['je ne veux pas', N],
  ['je préfère pas', N], ['non je déclare moi-même', N],
  ['oui mais je veux savoir ce que vous récupérez', ask('consent.unclear')], ['oui mais non', ask('consent.unclear')],
  ['peut-être', ask('consent.unclear')], ['je ne sais pas', ask('consent.unclear')], ['c’est obligatoire ?', ask()], ['oui ?', ask()],
  ['pourquoi ?', ask()], ['bof', ask('consent.unclear')], ['je sais pas trop', ask('consent.unclear')], ['ok mais pas les revenus', ask('consent.unclear')],
  ['pas de souci', ask()], ['oui sauf si c’est payant', ask('consent.unclear')], ['euh', ask()], ['d’accord, enfin non', ask('consent.unclear')],
  ['ça dépend', ask()], ['bonjour', ask()], ['j’accepte pas', N], ['oui je consens', Y], ['pas question', N],
]);

const C = rec({ confirm: true });
const D = rec({ confirm: false });
export const reviewCorpus = cases('review', [
  ['oui', C], ['oui c’est bon', C], ['c’est exact', C], ['exact', C], ['c’est correct', C], ['ok', C], ['oui tout est juste', C], ['parfait', C],
  ['non', D], ['ce n’est pas exact', D], ['c’est faux', D], ['non le nombre d’enfants est faux', D], ['pas du tout', D], ['incorrect', D],
  ['non ce n’est pas bon', D], ['erreur sur les revenus', D], ['c’est pas ça', D], ['pas exact', D], ['non, on a 3 enfants', D],
  ['oui sauf le nombre d’enfants', ask('review.qualified')], ['pas exactement', ask('review.qualified')], ['pas tout à fait', ask('review.qualified')],
  ['oui mais les revenus ont changé', ask('review.qualified')], ['presque', ask('review.qualified')], ['je ne sais pas', ask('review.qualified')],
  ['c’est quoi l’AEEH ?', ask()], ['ok mais je dois vérifier', ask('review.qualified')], ['à peu près', ask('review.qualified')], ['euh', ask()],
  ['oui ?', ask()], ['bonjour', ask()], ['ouais c bon', C], ['oui, exactement', C],
]);

const failed = { ...DRAFTS.review, caf: { status: 'failed' as const, reason: 'provider_down' as const } };
export const reviewFailedCorpus = cases('review', [
  ['réessayer', rec({ retry: true })], ['reessayer svp', rec({ retry: true })], ['continuer', rec({ declare: true })], ['je déclare moi-même', rec({ declare: true })],
  ['oui', ask('review.choose-after-failure')], ['non', ask('review.choose-after-failure')], ['ne pas réessayer', ask()],
], failed);

const T = rec({ accept: false });
export const taxCorpus = cases('tax', [
  ['non', T], ['non merci', T], ['je ne veux pas', T], ['pas maintenant, je fournirai un justificatif', T], ['jamais', T], ['nan', T],
  ['3999 9999 32 264', rec({ accept: true, spi: '3999999932264' })], ['3999999932264', rec({ accept: true, spi: '3999999932264' })],
  ['mon numéro fiscal est le 3999999932264', rec({ accept: true, spi: '3999999932264' })], ['oui', rec({ accept: true })], ['ok', rec({ accept: true })],
  ['d’accord', rec({ accept: true })], ['oui mais je n’ai pas mon avis', ask()], ['3999999932265', ask('tax.spi-invalid')], ['1234567890123', ask('tax.spi-invalid')],
  ['non pas 3999999932264', ask('tax.unclear')], ['je ne sais pas où le trouver', ask()], ['c’est obligatoire ?', ask()], ['peut-être', ask('tax.unclear')],
  ['oui ?', ask()], ['bonjour', ask()], ['je refuse', T], ['pas d’accord', T], ['yes 3999999932264', rec({ accept: true, spi: '3999999932264' })],
  ['399 999 993 2264', rec({ accept: true, spi: '3999999932264' })],
]);

const S = { records: { submit: true }, submits: true };
export const summaryCorpus = cases('summary', [
  ['envoyer', S], ['Envoyer', S], ['je valide', S], ['oui, envoyez', S], ['valider', S], ['transmettre', S], ['c’est parti', S], ['envoyez svp', S],
  ['ok envoyer', S], ['vous pouvez envoyer', S], ['oui c’est bon envoyez', S], ['go', S], ['j’envoie', S], ['valide', S], ['envoie', S], ['send', S],
  ['je ne veux pas envoyer', ask()], ['n’envoyez pas', ask()], ['ne pas envoyer', ask()], ['pas encore', ask()], ['ok mais je dois vérifier', ask()],
  ['attendez', ask()], ['envoyer ?', ask()], ['je peux envoyer plus tard ?', ask()], ['envoyer demain', ask()], ['oui', ask('summary.confirm-send')],
  ['ok', ask('summary.confirm-send')], ['non', ask('summary.what-to-change')], ['pas tout de suite', ask()], ['je vais d’abord relire', ask()],
  ['je n’envoie pas', ask()], ['surtout pas envoyer', ask()], ['jamais', ask()], ['c’est bon', ask('summary.confirm-send')], ['attends je vérifie', ask()],
  ['envoyer mais modifier les horaires avant', ask()], ['euh', ask()], ['bonjour', ask()], ['je valide pas', ask()], ['don’t send', ask()],
  ['je ne valide pas', ask()], ['valider ? je sais pas', ask()],
]);
