/**
 * The public sources of the PSU scale, copied from the project's research notes on the CNAF fee scale
 * (`creche-tariff.md`, §9, consulted 2025). Keys are the notes' own labels, so that a value of `psuScale.ts`
 * can be traced back to the page that published it.
 */
export const PSU_SOURCES = {
  CNAF_2019_005: 'Circulaire Cnaf n° 2019-005 du 5 juin 2019 (barème 2019-2022 et plafonds ; texte non relu directement, chiffres repris des sources ci-dessous)',
  S1: 'Le Media Social, « Crèche : évolution du barème de participation familiale » — https://lemediasocial.fr/creche-evolution-du-bareme-de-participation-familiale_FBCWpW',
  S2: 'Maires de France, 01/07/2019 — https://www.mairesdefrance.com/m/article/print.php?id=142',
  S3: 'Caf du Loiret, « EAJE PSU – Évolution du montant plafond des participations au 1er septembre 2024 » — https://caf45-partenaires.fr/eaje-psu-evolution-du-montant-plafond-des-participations-au-1er-septembre-2024',
  S4: 'Caf de la Loire, « EAJE : le nouveau barème de la participation familiale » — https://caf42.fr/?p=12367',
  S5: 'Caf des Pyrénées-Orientales, « Eaje : barème 2019 des participations familiales » — https://www.partenaires-caf66.fr/5590-2/',
  S6: 'Babilou, « Tarif en crèche : ce qui change en septembre 2019 » — https://babilou.fr/actualites/tarif-en-creche-ce-qui-change-en-septembre-2019',
  S8: 'Léa & Léo, « Simulateur de coût » (2020) — https://www.leaetleo.com/simulateur-de-cout/',
  S8b: 'mon-enfant.fr (Cnaf), simulateur « Calcul du prix d’accueil » (2018) — http://www.mon-enfant.fr/web/guest/tarification-garde-enfant',
  S9: 'Ville de Suresnes, « Tarifs et aides – petite enfance » (versions 2020 à 2025/26) — https://www.suresnes.fr/mon-enfant/petite-enfance/tarifs-et-aides-petite-enfance/',
  S10: 'Ville de Vincennes, « Les coûts » (version 2019-2020) — https://www.vincennes.fr/famille-enfance-jeunesse-seniors/petite-enfance/les-couts',
  S11: 'Toupty, « Crèches multi-accueil PSU » — https://toupty.org/tarifs/creches-multi-accueil-psu/',
  S13: 'Ville de Vincennes, « Les coûts » (version 2022) — https://www.vincennes.fr/famille-enfance-jeunesse-seniors/petite-enfance/les-couts',
  S22: 'caf.fr, « Le plafond de ressources mensuelles en hausse pour les EAJE au 1er septembre 2025 » (15/05/2025) — https://caf.fr/professionnels/actualites/le-plafond-de-ressources-mensuelles-en-hausse-pour-les-eaje-au-1er-septembre-2025',
  S23: 'Verrières-le-Buisson, « Inscriptions en crèche » (2018) — https://www.verrieres-le-buisson.fr/mes-enfants/jusqua-4-ans/inscriptions-en-creche/',
  S27: 'mesclesdubonheur.com (2023 : barème 2022 maintenu, 754,16 € / 6 000 €) — https://mesclesdubonheur.com/garderie-combien-coute-une-place-dans-une-creche-denfants/',
  S28: 'La Maison Bleue, « Le taux horaire moyen d’une crèche » (2024) — https://la-maison-bleue.fr/parents/le-taux-horaire-moyen-d-une-creche',
  S28b: 'Les Petites Canailles, « Calculer le tarif d’une place en crèche » — https://www.lespetitescanailles.fr/faq/calculer-tarif-place-en-creche',
  S29: 'Crèche parentale Capucine (Paris), règlement intérieur du 16/04/2019 — GitHub crechecapucine/documents, docs/RI_creche.md',
  S30: 'Gertrude (logiciel libre), cotisation.py, eval_taux_effort — GitHub studio1247/gertrude',
  S32: 'choisir-ma-creche.com, « Tarif place crèche » — https://www.choisir-ma-creche.com/blog/tarif-place-creche/',
  S33: 'mamanblonde.com, « Quel est le tarif d’une crèche » — https://mamanblonde.com/quel-est-le-tarif-dune-creche/',
  S34: 'cabinet-touzot.fr, RSA au 1er avril 2023 — http://cabinet-touzot.fr/nos-indices-et-taux/minima-sociaux-revenu-de-solidarite-active-2',
  S35: 'ash.tm.fr, revalorisations au 1er avril 2025 — https://ash.tm.fr/juridique/prestations-sociales-quelles-revalorisations-au-1er-avril-965839.php',
} as const;

export type PsuSourceKey = keyof typeof PSU_SOURCES;
