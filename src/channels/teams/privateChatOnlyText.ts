import { typesetFrench } from '../../../dialogs/french/typesetFrench';

/**
 * The answer given in a Teams group chat or channel: Berceau asks for personal data only in a one-to-one chat,
 * so it asks nothing there and points to the private conversation.
 */
export const PRIVATE_CHAT_ONLY_TEXT = typesetFrench(
  'Bonjour ! Pour préparer une pré-inscription en crèche, écrivez-moi en privé : ouvrez une conversation avec moi ' +
  '(cliquez sur mon nom puis « Conversation »). Je ne pose aucune question personnelle dans une conversation de groupe ou un canal.',
);
