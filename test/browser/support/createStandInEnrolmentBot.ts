import { ActivityHandler, CardFactory, type TurnContext } from 'botbuilder';

type Step = 'name' | 'care' | 'confirm' | 'done';

const FACILITIES: Record<string, string> = { 'petits-loups': 'Multi-accueil Les Petits Loups', 'maison-bleue': 'Crèche collective La Maison Bleue' };

/** The Adaptive Card 1.5 of the stand-in: a date, a choice set and a time, submitted with `Action.Submit`. */
export const CARE_CARD = {
  type: 'AdaptiveCard',
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  version: '1.5',
  speak: 'Indiquez la date d’entrée, la crèche et l’heure d’arrivée, puis validez.',
  body: [
    { type: 'TextBlock', text: 'Accueil souhaité', weight: 'Bolder', size: 'Medium', wrap: true },
    { type: 'Input.Date', id: 'startDate', label: 'Date d’entrée souhaitée', isRequired: true, errorMessage: 'Indiquez une date.' },
    {
      type: 'Input.ChoiceSet',
      id: 'facility',
      label: 'Crèche souhaitée',
      style: 'expanded',
      isRequired: true,
      errorMessage: 'Choisissez une crèche.',
      choices: Object.entries(FACILITIES).map(([value, title]) => ({ title, value })),
    },
    { type: 'Input.Time', id: 'arrival', label: 'Heure d’arrivée', isRequired: true, errorMessage: 'Indiquez une heure.' },
  ],
  actions: [{ type: 'Action.Submit', title: 'Valider', data: { step: 'care' } }],
};

/**
 * A stand-in for Berceau's enrolment bot, for the browser test until the real one lands: asks a first name
 * (text), then the care wishes (card, or « AAAA-MM-JJ, crèche, HH:MM » as text), then a confirmation, and
 * files a fake request. State is kept per conversation in memory.
 */
export function createStandInEnrolmentBot(): ActivityHandler {
  const steps = new Map<string, Step>();
  const bot = new ActivityHandler();
  bot.onMembersAdded(async (context, next) => {
    steps.set(context.activity.conversation.id, 'name');
    await context.sendActivity('Bonjour ! Je vais vous aider à pré-inscrire votre enfant en crèche. Pour commencer, quel est votre prénom ?');
    await next();
  });
  bot.onMessage(async (context, next) => {
    const conversationId = context.activity.conversation.id;
    steps.set(conversationId, await answer(context, steps.get(conversationId) ?? 'name'));
    await next();
  });
  return bot;
}

async function answer(context: TurnContext, step: Step): Promise<Step> {
  const text = (context.activity.text ?? '').trim();
  const value = context.activity.value as { startDate?: string; facility?: string; arrival?: string } | undefined;
  if (step === 'name') {
    await context.sendActivity(`Merci ${text}. Choisissez maintenant la date d’entrée, la crèche et l’heure d’arrivée.`);
    await context.sendActivity({ attachments: [CardFactory.adaptiveCard(CARE_CARD)], channelData: { step: 'care' } });
    return 'care';
  }
  if (step === 'care') {
    const care = value ?? parseCareText(text);
    if (!care?.startDate || !care.facility || !FACILITIES[care.facility] || !care.arrival) {
      await context.sendActivity('Je n’ai pas compris. Utilisez le formulaire, ou écrivez par exemple « 2026-09-01, petits-loups, 08:30 ».');
      return 'care';
    }
    await context.sendActivity(`Entrée le ${care.startDate} à ${FACILITIES[care.facility]} à partir de ${care.arrival}. Écrivez « confirmer » pour envoyer la demande.`);
    return 'confirm';
  }
  if (step === 'confirm' && /^confirmer$/i.test(text)) {
    await context.sendActivity({ text: 'Votre demande de pré-inscription est enregistrée. Référence : BRC-DEMO-0001.', channelData: { enrolment: { reference: 'BRC-DEMO-0001' } } });
    return 'done';
  }
  await context.sendActivity(step === 'done' ? 'Votre demande est déjà enregistrée.' : 'Écrivez « confirmer » pour envoyer la demande.');
  return step;
}

function parseCareText(text: string): { startDate?: string; facility?: string; arrival?: string } | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})\s*,\s*([a-z-]+)\s*,\s*(\d{2}:\d{2})$/.exec(text);
  return match ? { startDate: match[1], facility: match[2], arrival: match[3] } : undefined;
}
