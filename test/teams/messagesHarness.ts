import type { TurnContext } from 'botbuilder';
import { createCloudAdapter, type CloudAdapterEnv, type CloudAdapterOverrides } from '../../src/channels/createCloudAdapter';
import { normalizeIncomingText } from '../../src/channels/teams/normalizeIncomingText';
import { close, createHttpServer, listen } from '../../src/http/createHttpServer';
import { registerMessagesRoute } from '../../src/http/registerMessagesRoute';
import { createRecordingLogger } from './recordingLogger';

/** A stand-in for the lead's bot: it records each turn and answers what it read, in one reply. */
export function createEchoBot() {
  const turns: { type: string; text: string; value: unknown }[] = [];
  return {
    turns,
    async run(context: TurnContext) {
      turns.push({ type: context.activity.type, text: normalizeIncomingText(context.activity), value: context.activity.value });
      if (context.activity.type === 'message') await context.sendActivity(`reçu : ${normalizeIncomingText(context.activity)}`);
    },
  };
}

/** `/api/messages` on 127.0.0.1 with the real adapter built from `env`. */
export async function startMessagesHarness(
  env: Partial<CloudAdapterEnv>,
  options: { overrides?: CloudAdapterOverrides; bot?: { run(context: TurnContext): Promise<void> } } = {},
) {
  const logger = createRecordingLogger();
  const adapter = createCloudAdapter({ MicrosoftAppType: 'SingleTenant', ...env }, logger, options.overrides);
  const echo = createEchoBot();
  const server = createHttpServer({ logger });
  registerMessagesRoute(server, { adapter, bot: options.bot ?? echo, logger });
  const port = await listen(server, 0, '127.0.0.1');
  return {
    logger,
    bot: echo,
    async post(activity: Record<string, unknown>, authorization?: string) {
      const response = await fetch(`http://127.0.0.1:${port}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
        body: JSON.stringify(activity),
      });
      return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.text()) || undefined };
    },
    close: () => close(server),
  };
}
