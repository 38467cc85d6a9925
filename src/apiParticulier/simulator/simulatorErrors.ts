/** One entry of the v3 `errors` array (api-particulier.md §7.1); `source: null` is omitted or kept by the server's setting. */
export interface ErrorEntry {
  code: string;
  title: string;
  detail: string;
  source: { parameter: string } | null;
  meta: Record<string, unknown>;
}

const TOKEN = { parameter: 'token' };
const UNPROCESSABLE = 'Entité non traitable';

const entry = (code: string, title: string, detail: string, meta: Record<string, unknown> = {}, source: ErrorEntry['source'] = null): ErrorEntry => ({
  code,
  title,
  detail,
  source,
  meta,
});

/** The error bodies the simulator emits, verbatim from `siade/config/errors.yml` and the v3 OpenAPI (reference §4.1, §7.4). */
export const simulatorErrors = {
  invalidToken: () => entry('00101', 'Interdit', "Votre token n'est pas valide ou n'est pas renseigné", {}, TOKEN),
  expiredToken: () =>
    entry('00103', 'Jeton expiré', 'Votre token est expiré. Vous devez refaire une demande à API Particulier, un guide est disponible sur https://particulier.api.gouv.fr/faq#comment-renouveler-mon-jeton-arrivant-a-expiration', {}, TOKEN),
  blacklistedToken: () =>
    entry('00105', 'Jeton sur liste noire', 'Votre jeton est sur liste noire, celui-ci a certainement été divulgué sur un canal non-sécurisé. Vous pouvez trouver un jeton valide sur votre espace personnel: https://particulier.api.gouv.fr/compte', {}, TOKEN),
  insufficientPrivileges: () =>
    entry('00100', 'Privilèges insuffisants', 'Votre token est valide mais vos privilèges sont insuffisants. Listez vos privilèges sur /api/introspect', {}, TOKEN),
  conflict: () =>
    entry('00015', 'Conflit', "Une requête associé à votre jeton est déjà en cours de traitement pour ces paramètres. Veuillez attendre la fin du traitement avant d'effectuer une nouvelle requête."),
  unsupportedVersion: (version: string) => entry('00402', "Version d'API non prise en charge", `La version v${version} n'est pas supportée pour cet endpoint`),
  badRequest: (message: string) => entry('00401', 'Mauvaise requête', `Votre requête est invalide: ${message}`),
  invalidRecipient: () => entry('00210', UNPROCESSABLE, "Le paramètre recipient n'est pas un siret valide", {}, { parameter: 'recipient' }),
  tooManyRequests: () => entry('00429', 'Trop de requêtes', 'Vous avez effectué trop de requêtes'),
  year: () => entry('00356', UNPROCESSABLE, "L'année demandée doit être l'année en cours (N), N-1 ou N-2."),
  month: () => entry('00354', UNPROCESSABLE, 'Le mois demandé est incorrect ou est dans le futur.'),
  sex: () => entry('00427', UNPROCESSABLE, "Le sexe de l'état civil est manquant"),
  birthPlace: () => entry('00365', UNPROCESSABLE, "Le lieu de naissance n'est pas correctement formaté"),
  department: () => entry('00428', UNPROCESSABLE, 'Le code cog du département de naissance est manquant ou invalide'),
  country: () => entry('00400', UNPROCESSABLE, "Le code pays INSEE n'est pas correctement formaté"),
  birthDate: () => entry('00363', UNPROCESSABLE, "La date de naissance n'est pas correctement formatté"),
  givenNames: () => entry('00367', UNPROCESSABLE, 'Le ou les prénoms sont manquants.'),
  birthName: () => entry('00420', UNPROCESSABLE, 'Le nom de naissance est manquant'),
  notIdentified: () => entry('00355', "Impossible d'identifier l'allocataire", 'Les paramètres fournis ne permettent pas d\'identifier un allocataire.'),
  notFound: (provider: 'CNAF' | 'MSA') =>
    provider === 'CNAF'
      ? entry('23003', 'Dossier allocataire absent CNAF', "Le dossier allocataire n'a pas été trouvé auprès de la CNAF.", { provider: 'CNAF' })
      : entry('10003', 'Dossier allocataire absent MSA', "Le dossier allocataire n'a pas été trouvé auprès de la MSA.", { provider: 'MSA' }),
  notEligible: () => entry('37003', 'Allocataire non éligible', "Le dossier allocataire a été trouvé mais n'est pas éligible à la participation familiale EAJE", { provider: 'CNAV' }),
  providerUnknown: (prefix: string, provider: string) =>
    entry(`${prefix}999`, 'Erreur inconnue du fournisseur de données', "La réponse retournée par le fournisseur de données est invalide et inconnue de notre service. L'équipe technique a été notifiée de cette erreur pour investigation.", { provider }),
  providerTimeout: (prefix: string, provider: string) => entry(`${prefix}002`, 'Intermédiaire hors-délai', 'Temps d’attente d’une réponse du fournisseur de données écoulé.', { provider }),
  networkError: () =>
    entry('00501', 'Erreur réseau', "Problème de connexion au serveur distant. L'erreur peut venir soit du fournisseur, soit de API Entreprise. Il s'agit souvent d'une erreur temporaire.", { retry_in: 10 }),
  maintenance: (retryIn: number) => entry('35020', 'Maintenance du fournisseur de données', 'Le fournisseur de données est en maintenance de 23:00 à 23:45', { provider: 'CNAF & MSA', retry_in: retryIn }),
  internal: () => entry('00500', 'Erreur interne', "Une erreur interne a été détectée, l'équipe d'API Entreprise a été notifié de l'erreur."),
};
