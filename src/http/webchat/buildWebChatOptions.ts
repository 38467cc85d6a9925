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

/**
 * A sober public-service look from the commune's colours: dark text on white and light grey, the commune's
 * primary colour for the parent's bubbles, buttons and focus rings, square-ish corners, no upload button.
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
      primaryFont: 'Marianne, system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
      fontSizeSmall: '80%',
      subtle: SUBTLE,
      timestampColor: SUBTLE,
      bubbleBackground: SURFACE,
      bubbleBorderColor: BORDER,
      bubbleBorderRadius: 4,
      bubbleBorderWidth: 1,
      bubbleTextColor: TEXT,
      bubbleMaxWidth: 640,
      bubbleFromUserBackground: primary,
      bubbleFromUserBorderColor: primary,
      bubbleFromUserBorderRadius: 4,
      bubbleFromUserTextColor: onPrimary,
      botAvatarInitials: 'B',
      botAvatarBackgroundColor: primary,
      hideUploadButton: true,
      sendBoxBackground: '#ffffff',
      sendBoxTextColor: TEXT,
      sendBoxButtonColor: primary,
      sendBoxButtonColorOnHover: primary,
      sendBoxBorderTop: `solid 1px ${BORDER}`,
      sendBoxHeight: 52,
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
      markdownRespectCRLF: true,
      rootHeight: '100%',
      rootWidth: '100%',
    },
    strings: {
      TEXT_INPUT_PLACEHOLDER: 'Écrivez votre réponse ici',
    },
  };
}
