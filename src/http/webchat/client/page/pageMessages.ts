/** Everything the page says about the connection, in plain French; the assistant's own words come from the server. */
export const MESSAGES = {
  connectionLost: 'Connexion perdue… reconnexion en cours. Vos réponses déjà envoyées sont conservées.',
  previousGone: 'Votre demande précédente n’est plus disponible sur cet appareil (elle a été effacée ou a expiré). Une nouvelle conversation commence.',
  erased: 'Vos réponses ont été effacées de ce service et de cet appareil.',
  postFailed: 'Votre dernière réponse n’a pas pu être envoyée. Vérifiez votre connexion, puis appuyez sur « Réessayer » sous le message.',
  reconnectedUnsent: 'La connexion est rétablie. Appuyez sur « Réessayer » sous votre message pour l’envoyer.',
  expired: 'Votre session a expiré. Vos réponses sont conservées : vous pouvez reprendre là où vous en étiez.',
  unreachable: 'Impossible de joindre l’assistant pour le moment. Vos réponses déjà envoyées sont conservées.',
  ended: 'Cette conversation n’est plus disponible (elle a été effacée ou a expiré).',
  bundleFailed: 'L’assistant n’a pas pu se charger. Vérifiez votre connexion, puis rechargez la page.',
  unavailable: 'L’assistant est momentanément indisponible. Merci de réessayer dans quelques minutes.',
  busy: (seconds: number) => `Trop de tentatives de connexion depuis votre réseau. Merci de réessayer dans ${Math.ceil(seconds / 60)} minute(s).`,
  originRefused: (origin: string) =>
    `L’assistant ne peut pas s’afficher à cette adresse (${origin}) : elle n’est pas autorisée. Merci de prévenir la mairie ; son équipe technique doit l’ajouter à WEBCHAT_ALLOWED_ORIGINS.`,
};
