import type { Commune } from '../../../machines/commune';

/** What the page script passes to `renderWebChat` besides the Direct Line connection. */
export interface WebChatOptions {
  locale: 'fr-FR';
  styleOptions: Record<string, string | number | boolean>;
  strings: Record<string, string>;
}

const TEXT = '#161616';
const SUBTLE = '#595959';
const BORDER = '#929292';
const SURFACE = '#f6f6f6';

/** The system's own interface font: Marianne is reserved to the State's sites (DSFR terms), a commune may not use it. */
export const SYSTEM_FONTS = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/**
 * Web Chat's French strings where they are wrong, English or unclear for parents (« Le bot $1 a dit », « Message
 * de sortie », « Vérifiez la console »…), and the ones its French file lacks.
 */
export const FRENCH_STRINGS: Record<string, string> = {
  ACTIVITY_BOT_SAID_ALT: 'L’assistant a dit :',
  ACTIVITY_BOT_ATTACHED_ALT: 'L’assistant a joint :',
  ACTIVITY_YOU_SAID_ALT: 'Vous avez dit :',
  ACTIVITY_YOU_ATTACHED_ALT: 'Vous avez joint :',
  ACTIVITY_INTERACTIVE_FOOTNOTE_ALT: 'Appuyez sur Entrée pour remplir le formulaire.',
  ACTIVITY_INTERACTIVE_REASON_INTERACTIVE_CONTENT_ALT: 'Ce message contient un formulaire.',
  ACTIVITY_STATUS_SEND_FAILED_RETRY: 'Échec de l’envoi. [Réessayer][RETRY]',
  ACTIVITY_STATUS_SEND_STATUS_ALT_SENT_AT: 'Envoyé à $1',
  ATTACHMENT_CARD: 'Formulaire : $1 $2 $3',
  CONNECTIVITY_STATUS_ALT_CONNECTED: 'Connecté',
  CONNECTIVITY_STATUS_ALT_CONNECTING: 'Connexion en cours…',
  CONNECTIVITY_STATUS_ALT_FATAL: 'Impossible de joindre l’assistant.',
  CONNECTIVITY_STATUS_ALT_RECONNECTING: 'Connexion perdue… reconnexion en cours.',
  CONNECTIVITY_STATUS_ALT_RENDER_ERROR: 'L’affichage a échoué. Rechargez la page.',
  CONNECTIVITY_STATUS_ALT_SLOW_CONNECTION: 'La connexion prend plus de temps que d’habitude.',
  CONNECTIVITY_STATUS_ALT: 'État de la connexion : $1',
  KEYBOARD_HELP_CHAT_HISTORY_HEADER: 'Historique de la conversation',
  KEYBOARD_HELP_CHAT_HISTORY_LEAVE_MESSAGE_HEADER: 'Sortir du message',
  KEYBOARD_HELP_CHAT_WINDOW_HEADER: 'Fenêtre de conversation',
  KEYBOARD_HELP_CHAT_WINDOW_BODY_MOVE_BETWEEN_ITEMS_HEADER: 'Se déplacer entre les éléments de la conversation',
  KEYBOARD_HELP_HEADER: 'Raccourcis clavier',
  TEXT_INPUT_ALT: 'Votre réponse',
  TEXT_INPUT_PLACEHOLDER: 'Écrivez votre réponse ici',
  TEXT_INPUT_SEND_BUTTON_ALT: 'Envoyer',
  TEXT_INPUT_LENGTH_EXCEEDED_ALT: 'Message trop long',
  TEXT_INPUT_DROP_ZONE: 'Déposez les fichiers ici',
  TEXT_INPUT_TELEPHONE_KEYPAD_BUTTON_ALT: 'Clavier téléphonique',
  TELEPHONE_KEYPAD_INPUT_MESSAGE: 'Un seul chiffre à la fois',
  TRANSCRIPT_ARIA_LABEL_ALT: 'Historique de la conversation, utilisez les flèches pour passer d’un message à l’autre.',
  TRANSCRIPT_ARIA_ROLE_ALT: 'historique de la conversation',
  TRANSCRIPT_LIVE_REGION_INTERACTIVE_LABEL_ALT: 'Ce message contient un formulaire. Appuyez sur Maj + Tab pour atteindre l’historique, puis sur Entrée pour le remplir.',
  TRANSCRIPT_LIVE_REGION_INTERACTIVE_WITH_LINKS_LABEL_ALT: 'Ce message contient des liens. Appuyez sur Maj + Tab pour atteindre l’historique, puis sur Entrée pour les utiliser.',
  TRANSCRIPT_LIVE_REGION_SEND_FAILED_ALT: 'Le message n’a pas pu être envoyé.',
  TRANSCRIPT_NEW_MESSAGES: 'Nouveaux messages',
  TRANSCRIPT_MORE_MESSAGES: 'Plus de messages',
  TRANSCRIPT_TERMINATOR_TEXT: 'Fin de l’historique de la conversation',
  TYPING_INDICATOR_ALT: 'L’assistant écrit…',
  TYPING_INDICATOR_SINGLE_TEXT: 'L’assistant écrit…',
};

/**
 * A sober public-service look from the commune's colours: dark text on white and light grey, the commune's
 * primary colour for the parent's bubbles, buttons and focus rings, square-ish corners, no upload button, no
 * avatar (its gutter would not fit 320 px), bubbles that can shrink to the screen, and the transcript that stops
 * at the top of a new question instead of scrolling past it (`autoScrollSnapOnPage`).
 * Greys are chosen for at least 4.5:1 (text) and 3:1 (borders) on white.
 */
export function buildWebChatOptions(theme: Commune['theme']): WebChatOptions {
  const primary = theme.primaryColour;
  const onPrimary = theme.primaryTextColour;
  return {
    locale: 'fr-FR',
    styleOptions: {
      accent: primary,
      backgroundColor: '#ffffff',
      primaryFont: SYSTEM_FONTS,
      fontSizeSmall: '87.5%',
      subtle: SUBTLE,
      timestampColor: SUBTLE,
      bubbleBackground: SURFACE,
      bubbleBorderColor: BORDER,
      bubbleBorderRadius: 4,
      bubbleBorderWidth: 1,
      bubbleTextColor: TEXT,
      bubbleMaxWidth: 640,
      bubbleMinWidth: 0,
      bubbleMinHeight: 44,
      bubbleFromUserBackground: primary,
      bubbleFromUserBorderColor: primary,
      bubbleFromUserBorderRadius: 4,
      bubbleFromUserTextColor: onPrimary,
      hideUploadButton: true,
      sendBoxBackground: '#ffffff',
      sendBoxTextColor: TEXT,
      sendBoxButtonColor: primary,
      sendBoxButtonColorOnHover: primary,
      sendBoxBorderTop: `solid 1px ${BORDER}`,
      sendBoxHeight: 56,
      suggestedActionLayout: 'flow',
      suggestedActionBackgroundColor: '#ffffff',
      suggestedActionBorderColor: primary,
      suggestedActionBorderRadius: 4,
      suggestedActionTextColor: primary,
      cardEmphasisBackgroundColor: SURFACE,
      cardPushButtonBackgroundColor: primary,
      cardPushButtonTextColor: onPrimary,
      transcriptVisualKeyboardIndicatorColor: primary,
      transcriptActivityVisualKeyboardIndicatorColor: primary,
      timestampFormat: 'absolute',
      sendTimeout: 15_000,
      markdownRespectCRLF: true,
      autoScrollSnapOnPage: true,
      autoScrollSnapOnPageOffset: -8,
      rootHeight: '100%',
      rootWidth: '100%',
    },
    strings: FRENCH_STRINGS,
  };
}
