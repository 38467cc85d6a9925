/**
 * Word lists shared by the recognisers, in folded form (see `foldText`). They decide what can never be read as a
 * name, and which leftover words are not worth reporting as « not used ».
 */

/** Never a name, even when labelled: yes/no words, commands, questions, « je ne sais pas » and its SMS forms. */
export const NEVER_NAMES: ReadonlySet<string> = new Set(
  ('oui ouais ouai ouep yes yep yeah non nan no nope ok okay oki okey dac dacc daccord accord si merci aide help retour annuler stop ' +
    'recommencer effacer modifier changer corriger pourquoi comment quoi quel quelle quels quelles qui que quand combien sais sait sai ' +
    'savoir ignore connais jsp chais chai idk rien personne aucun aucune inconnu inconnue pas ne bonjour bonsoir salut hello coucou svp stp ' +
    'bof peutetre test xxx euh heu hein envoyer valider null undefined je tu il elle moi toi nous vous encore choisi choisie decide nes nees').split(' '),
);

/** Function words and common words of the enrolment itself: never a name unless the parent labelled it. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  ("je j' tu il elle on nous vous ils elles moi toi lui eux le la les l' un une des du de d' au aux et ou mais donc car ni a en dans par pour " +
    "sur avec sans chez ce c' ca cela ceci cet cette ces mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs est es suis sont " +
    'ai as avons avez ont etre avoir fait faire veux voudrais voudrai souhaite souhaiterais aimerais peux pouvez voila alors donc bon ben bah ' +
    'papa maman pere mere parent parents fille fils enfant enfants bebe garcon creche creches inscription inscrire preinscription place ' +
    'nom noms prenom prenoms mail email mel courriel telephone tel portable mobile numero num adresse madame monsieur mme mlle mr m dr ' +
    "appelle appelles appelons appele appellera s'appelle m'appelle ne nee naissance prevu prevue prevus ans mois jour jours semaine " +
    'lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre ' +
    'jumeaux jumelles jumeau jumelle triples deuxieme premier premiere second seconde enfin voici cest sil plait plais ' +
    'me te se trompe trompee trompes erreur fait finalement pardon plutot correction nouveau nouvelle ancien ancienne bonne mauvaise faute ' +
    'autre autres aussi deja encore toujours juste vrai faux mari femme conjoint conjointe compagnon compagne epoux epouse allocataire dossier caf ' +
    'envoie envoyez envoye recu merci desole desolee oups dsl ici la-bas voir vois vu prefere preferes appelee appele soir matin midi joignable ' +
    'disponible dispo rappeler rappelez contacter contactez joindre etre plutot mieux svp').split(' '),
);

/** Particles that start or continue a family name (« de La Fontaine », « Ben Salah », « van der Berg »). */
export const PARTICLES: ReadonlySet<string> = new Set(
  "de du des d' la le van von der den ben bin ibn el al da di dos das del della ter ten ould ait mac mc".split(' '),
);

/** Leftover words too small to report as « not used ». */
export const IGNORABLE: ReadonlySet<string> = new Set(
  ("et ou a au aux de du des d l le la les un une en pour par sur avec c est ce ca je j me m mon ma mes il elle on nous vous y ok oui alors " +
    "donc bon ben bah voila euh hein svp stp merci bonjour bonsoir salut coucou hello s'il plait vous te cordialement puis aussi qu que " +
    'bien tres beaucoup tout toute tous svp please thanks thx mrc slt bjr cc sinon puis ensuite apres choix celle celui celles ceux plutot ' +
    'ou bien enfin voila donc alors du au aux des est sont ai a').split(' '),
);
