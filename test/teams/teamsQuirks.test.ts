import type { Activity, TurnContext } from 'botbuilder';
import { isPersonalConversation } from '../../src/channels/teams/isPersonalConversation';
import { normalizeIncomingText } from '../../src/channels/teams/normalizeIncomingText';
import { PRIVATE_CHAT_ONLY_TEXT } from '../../src/channels/teams/privateChatOnlyText';
import { shouldGreetOnConversationUpdate } from '../../src/channels/teams/shouldGreetOnConversationUpdate';
import { validateAdaptiveCard15 } from '../support/adaptiveCard15';
import { startStubConnector, type StubConnector } from '../support/stubConnector';
import { startMessagesHarness } from './messagesHarness';
import { TEST_BOT_ID, teamsActivity } from './teamsActivity';

const asActivity = (value: Record<string, unknown>) => value as unknown as Activity;

describe('normalizeIncomingText', () => {
  it.each([
    ['<at>Berceau</at> bonjour', 'bonjour'],
    ['<at id="0">Berceau</at>&nbsp;je veux inscrire mon fils', 'je veux inscrire mon fils'],
    ['<p>Né le 12/03/2025</p><p>à Paris</p>', 'Né le 12/03/2025 à Paris'],
    ['ligne 1<br>ligne 2<br/>ligne 3', 'ligne 1 ligne 2 ligne 3'],
    ['Tom &amp; Léa &lt;jumeaux&gt; &#233;t&#xE9;', 'Tom & Léa <jumeaux> été'],
    ['  beaucoup \n\t d’espaces  ', 'beaucoup d’espaces'],
    ['&unknown; reste tel quel', '&unknown; reste tel quel'],
    ['<AT>Berceau</AT>recommencer', 'recommencer'],
  ])('turns %j into %j', (text, expected) => {
    expect(normalizeIncomingText({ text })).toBe(expected);
  });

  it('gives an empty string for a card submit that carries no text', () => {
    expect(normalizeIncomingText({ text: undefined as unknown as string })).toBe('');
  });
});

describe('isPersonalConversation', () => {
  it.each([
    ['a Teams personal chat', true, { channelId: 'msteams', conversation: { id: 'a:1', conversationType: 'personal' } }],
    ['a Teams group chat', false, { channelId: 'msteams', conversation: { id: '19:x@thread.v2', conversationType: 'groupChat', isGroup: true } }],
    ['a Teams channel', false, { channelId: 'msteams', conversation: { id: '19:x@thread.tacv2', conversationType: 'channel', isGroup: true } }],
    ['a Teams activity without a conversation type', false, { channelId: 'msteams', conversation: { id: 'a:1' } }],
    ['a Web Chat conversation', true, { channelId: 'webchat', conversation: { id: 'dl-1' } }],
    ['a group on another channel', false, { channelId: 'slack', conversation: { id: 'c', isGroup: true } }],
  ])('says whether %s is personal: %s', (_case, expected, activity) => {
    expect(isPersonalConversation(asActivity(activity))).toBe(expected);
  });
});

describe('shouldGreetOnConversationUpdate', () => {
  const bot = { id: TEST_BOT_ID };
  const personal = { channelId: 'msteams', conversation: { id: 'a:1', conversationType: 'personal' }, recipient: bot };
  const group = { channelId: 'msteams', conversation: { id: '19:g', conversationType: 'groupChat', isGroup: true }, recipient: bot };

  it.each([
    ['Teams installing the app in personal scope (only the bot added)', true, { ...personal, type: 'conversationUpdate', membersAdded: [bot] }],
    ['Direct Line adding the bot and the user in one activity', true, { ...personal, channelId: 'webchat', type: 'conversationUpdate', membersAdded: [bot, { id: 'u' }] }],
    ['the bot being added to a group chat', true, { ...group, type: 'conversationUpdate', membersAdded: [bot] }],
    ['a colleague joining a group chat the bot is already in', false, { ...group, type: 'conversationUpdate', membersAdded: [{ id: '29:colleague' }] }],
    ['a member leaving', false, { ...personal, type: 'conversationUpdate', membersRemoved: [{ id: 'u' }] }],
    ['a message', false, { ...personal, type: 'message', membersAdded: [bot] }],
  ])('decides whether %s deserves a welcome: %s', (_case, expected, activity) => {
    expect(shouldGreetOnConversationUpdate(asActivity(activity))).toBe(expected);
  });
});

describe('a Teams-aware bot behind /api/messages', () => {
  let connector: StubConnector;
  let harness: Awaited<ReturnType<typeof startMessagesHarness>>;
  const read: { text: string; value: unknown }[] = [];
  const parentCard = {
    type: 'AdaptiveCard',
    version: '1.5',
    body: [{ type: 'Input.Text', id: 'givenName', label: 'Votre prénom' }],
    actions: [{ type: 'Action.Submit', title: 'Continuer', data: { step: 'parent' } }],
  };
  const bot = {
    async run(context: TurnContext) {
      const activity = context.activity;
      if (activity.type === 'conversationUpdate') {
        if (shouldGreetOnConversationUpdate(activity)) await context.sendActivity(isPersonalConversation(activity) ? 'Bienvenue !' : PRIVATE_CHAT_ONLY_TEXT);
        return;
      }
      if (activity.type !== 'message') return;
      if (!isPersonalConversation(activity)) {
        await context.sendActivity(PRIVATE_CHAT_ONLY_TEXT);
        return;
      }
      read.push({ text: normalizeIncomingText(activity), value: activity.value });
      await context.sendActivity({ text: 'Commençons.', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: parentCard }] });
    },
  };

  beforeAll(async () => {
    connector = await startStubConnector();
    harness = await startMessagesHarness({}, { bot });
  });

  afterAll(async () => {
    await harness.close();
    await connector.close();
  });

  it('greets once when the app is installed in personal scope', async () => {
    const before = connector.posts.length;

    await harness.post(teamsActivity(connector.serviceUrl, { type: 'conversationUpdate', text: undefined, membersAdded: [{ id: TEST_BOT_ID }] }));

    expect(connector.posts.slice(before).map((p) => p.activity.text)).toEqual(['Bienvenue !']);
  });

  it('answers a mention in a group chat with the private-chat text only, reading nothing', async () => {
    const before = connector.posts.length;
    const reads = read.length;

    await harness.post(teamsActivity(connector.serviceUrl, { conversationType: 'groupChat', text: '<at>Berceau</at> inscrire ma fille née le 2025-01-02' }));

    expect(read).toHaveLength(reads);
    const replies = connector.posts.slice(before).map((p) => p.activity);
    expect(replies).toEqual([expect.objectContaining({ text: PRIVATE_CHAT_ONLY_TEXT })]);
    expect(replies[0]?.attachments).toBeUndefined();
  });

  it('reads a card submit from activity.value, like Web Chat, and sends a valid 1.5 card back', async () => {
    const before = connector.posts.length;
    const value = { step: 'parent', givenName: 'Camille', familyName: 'Martin', email: 'camille@example.test', phone: '0612345678' };

    await harness.post(teamsActivity(connector.serviceUrl, { text: undefined, value, replyToId: 'card-activity-1' }));

    expect(read.at(-1)).toEqual({ text: '', value });
    const [reply] = connector.posts.slice(before);
    const attachments = reply?.activity.attachments as { content: unknown }[];
    expect(validateAdaptiveCard15(attachments[0]?.content)).toEqual([]);
  });
});
