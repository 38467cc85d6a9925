import { ActivityHandler } from 'botbuilder';
import type { Env } from '../../src/config';
import { createCloudAdapter } from '../../src/channels/createCloudAdapter';
import { close, createHttpServer, listen } from '../../src/http/createHttpServer';
import { registerMessagesRoute } from '../../src/http/registerMessagesRoute';
import { silentLogger } from '../../src/log/createLogger';
import type { BenchServer } from './startBenchServer';

/**
 * The echo: Berceau's own Bot Framework plumbing (restify server, `/api/messages` route with its activity check,
 * `CloudAdapter` without authentication) around a stateless bot that answers every message once.
 */
export async function startEchoServer(): Promise<BenchServer> {
  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    await context.sendActivity('écho');
    await next();
  });
  const server = createHttpServer({ logger: silentLogger });
  const adapter = createCloudAdapter(NO_APP_ID, silentLogger);
  registerMessagesRoute(server, { adapter, bot, logger: silentLogger });
  const port = await listen(server, 0, '127.0.0.1');
  return { port, stop: () => close(server) };
}

/** The adapter settings of a bot without `MicrosoftAppId` (authentication disabled, loopback callers only). */
export const NO_APP_ID: Pick<Env, 'MicrosoftAppType'> = { MicrosoftAppType: 'SingleTenant' };
