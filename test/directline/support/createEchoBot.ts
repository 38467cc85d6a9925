import { ActivityHandler, type TurnContext } from 'botbuilder';

/**
 * A stand-in bot for the protocol tests: greets when the conversation starts, echoes each message, answers a
 * card value, sends three replies in a row for « trois », answers « lent » once the test calls `finishSlowTurn`
 * (typing first), and fails on « boom ». It counts the message turns it processed per conversation.
 */
export function createEchoBot(): { bot: ActivityHandler; processed: Map<string, string[]>; finishSlowTurn: () => void } {
  const bot = new ActivityHandler();
  const processed = new Map<string, string[]>();
  let finishSlowTurn!: () => void;
  const slowTurnFinished = new Promise<void>((resolve) => {
    finishSlowTurn = resolve;
  });
  bot.onMembersAdded(async (context, next) => {
    if ((context.activity.membersAdded ?? []).some((m) => m.id !== context.activity.recipient.id)) {
      await context.sendActivity('Bienvenue ! Je suis le robot de test.');
    }
    await next();
  });
  bot.onMessage(async (context, next) => {
    const conversationId = context.activity.conversation.id;
    processed.set(conversationId, [...(processed.get(conversationId) ?? []), context.activity.text ?? JSON.stringify(context.activity.value)]);
    await reply(context, slowTurnFinished);
    await next();
  });
  return { bot, processed, finishSlowTurn };
}

async function reply(context: TurnContext, slowTurnFinished: Promise<void>): Promise<void> {
  const { text, value } = context.activity;
  if (value !== undefined) return void (await context.sendActivity(`Valeur reçue : ${JSON.stringify(value)}`));
  if (text === 'boom') throw new Error('stand-in failure');
  if (text === 'trois') {
    for (const word of ['un', 'deux', 'trois']) await context.sendActivity(word);
    return;
  }
  if (text === 'lent') {
    await context.sendActivity({ type: 'typing' });
    await slowTurnFinished;
  }
  await context.sendActivity(`Écho : ${text ?? ''}`);
}
