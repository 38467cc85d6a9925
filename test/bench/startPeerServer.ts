import { ActivityHandler, ConversationState, type TurnContext } from 'botbuilder';
import { DialogSet, DialogTurnStatus, Prompt, WaterfallDialog, type DialogState, type PromptOptions, type PromptRecognizerResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { Redis } from 'ioredis';
import { createCloudAdapter } from '../../src/channels/createCloudAdapter';
import { close, createHttpServer, listen } from '../../src/http/createHttpServer';
import { registerMessagesRoute } from '../../src/http/registerMessagesRoute';
import { silentLogger } from '../../src/log/createLogger';
import { createRedisStorage } from './createRedisStorage';
import type { BenchServer } from './startBenchServer';
import { NO_APP_ID } from './startEchoServer';

const STEPS = ['parent', 'child', 'care', 'facilities', 'consent', 'resources', 'tax', 'summary'] as const;

/**
 * The peer: a plain botbuilder bot asking the same eight questions with the framework's own dialog system (one
 * `WaterfallDialog`, one prompt per step that accepts the step's card value) and `ConversationState` on Redis, behind
 * the same restify + `CloudAdapter` plumbing as Berceau. Each question is a text and a small Adaptive Card.
 */
export async function startPeerServer(options: { redisUrl: string; prefix: string }): Promise<BenchServer> {
  const redis = new Redis(options.redisUrl, { maxRetriesPerRequest: 2, enableAutoPipelining: true });
  const conversationState = new ConversationState(createRedisStorage(redis, { prefix: options.prefix, ttlSeconds: 600 }));
  const dialogs = new DialogSet(conversationState.createProperty<DialogState>('dialogState'));
  for (const step of STEPS) dialogs.add(new StepValuePrompt(step));
  const ask = (step: (typeof STEPS)[number]) => async (context: WaterfallStepContext) => {
    if (context.result) (context.values as Record<string, unknown>)[STEPS[STEPS.indexOf(step) - 1] ?? 'start'] = context.result;
    return context.prompt(step, { prompt: question(step), retryPrompt: question(step) });
  };
  const submit = async (context: WaterfallStepContext) => {
    const reference = `PEER-${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;
    await context.context.sendActivity({ type: 'message', text: `Demande enregistrée : ${reference}`, channelData: { step: 'submitted', enrolment: { reference } } });
    return context.endDialog();
  };
  dialogs.add(new WaterfallDialog('enrolment', [...STEPS.map(ask), submit]));
  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    const dialogContext = await dialogs.createContext(context);
    const result = await dialogContext.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dialogContext.beginDialog('enrolment');
    await next();
  });
  const run = bot.run.bind(bot);
  const server = createHttpServer({ logger: silentLogger });
  const adapter = createCloudAdapter(NO_APP_ID, silentLogger);
  registerMessagesRoute(server, {
    adapter,
    bot: {
      async run(context: TurnContext) {
        await run(context);
        await conversationState.saveChanges(context);
      },
    },
    logger: silentLogger,
  });
  const port = await listen(server, 0, '127.0.0.1');
  return {
    port,
    async stop() {
      await close(server);
      redis.disconnect();
    },
  };
}

class StepValuePrompt extends Prompt<Record<string, unknown>> {
  constructor(private readonly step: string) {
    super(step);
  }

  protected override async onPrompt(context: TurnContext, _state: object, options: PromptOptions, isRetry: boolean): Promise<void> {
    const activity = isRetry && options.retryPrompt ? options.retryPrompt : options.prompt;
    if (activity) await context.sendActivity(activity);
  }

  protected override async onRecognize(context: TurnContext): Promise<PromptRecognizerResult<Record<string, unknown>>> {
    const value = context.activity.value as Record<string, unknown> | undefined;
    return value?.step === this.step ? { succeeded: true, value } : { succeeded: false };
  }
}

function question(step: string) {
  const text = `Question « ${step} » : répondez avec la carte ou en texte libre.`;
  const card = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text, wrap: true }, { type: 'Input.Text', id: 'answer', label: step }], actions: [{ type: 'Action.Submit', title: 'Continuer', data: { step } }] };
  return { type: 'message', text, attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }], channelData: { step } };
}
