import type restify from 'restify';
import type { Activity, TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { Logger } from '../log/createLogger';
import { MessagesAuthError } from '../channels/MessagesAuthError';
import type { TeamsCloudAdapter } from '../channels/TeamsCloudAdapter';
import { isLoopbackHost } from './assertMessagesAuthPolicy';

const ROUTE = 'POST /api/messages';

const incomingActivitySchema = z
  .object({
    type: z.string().min(1),
    channelId: z.string().min(1),
    serviceUrl: z.string().url(),
    conversation: z.object({ id: z.string().min(1) }).passthrough(),
  })
  .passthrough();

/**
 * Mounts `POST /api/messages`, the Bot Framework endpoint (Teams through an Azure Bot registration). A request is
 * authenticated before any turn runs: 401 for a missing or invalid token, 503 when the signing keys cannot be
 * fetched (fail closed), 400 for a body that is not an activity. When the adapter runs without authentication
 * (no app id), only loopback callers are served unless `allowUnauthenticatedRemote` is set.
 */
export function registerMessagesRoute(
  server: restify.Server,
  deps: {
    adapter: TeamsCloudAdapter;
    bot: { run(context: TurnContext): Promise<void> };
    logger: Logger;
    allowUnauthenticatedRemote?: boolean;
  },
): void {
  const { adapter, bot, logger } = deps;
  server.post('/api/messages', async (req: restify.Request, res: restify.Response) => {
    const started = Date.now();
    if (adapter.authenticationDisabled && !deps.allowUnauthenticatedRemote && !isLoopbackHost(req.socket.remoteAddress ?? '')) {
      logger.warn('messages.refused', { operation: ROUTE, status: 403, code: 'unauthenticated_remote' });
      res.send(403, { error: 'forbidden' });
      return;
    }
    const parsed = incomingActivitySchema.safeParse(req.body);
    if (!parsed.success) {
      logger.warn('messages.refused', { operation: ROUTE, status: 400, code: 'invalid_activity', count: parsed.error.issues.length });
      res.send(400, { error: 'invalid_activity' });
      return;
    }
    const activity = reviveTimestamps(parsed.data as unknown as Activity);
    try {
      const result = await adapter.processIncoming(req.header('authorization', ''), activity, (context) => bot.run(context));
      logger.debug('messages.turn', { operation: ROUTE, status: result?.status ?? 200, channel: activity.channelId, durationMs: Date.now() - started });
      res.send(result?.status ?? 200, result?.body);
    } catch (error) {
      if (error instanceof MessagesAuthError) {
        const log = error.status === 503 ? logger.error : logger.warn;
        log('messages.refused', { operation: ROUTE, status: error.status, code: error.kind, detail: error.detail, channel: activity.channelId });
        if (error.status === 503) res.header('Retry-After', '30');
        res.send(error.status, { error: error.kind });
        return;
      }
      logger.error('messages.failed', { operation: ROUTE, status: 500, channel: activity.channelId, errorName: (error as Error).name });
      res.send(500, { error: 'internal' });
    }
  });
}

function reviveTimestamps(activity: Activity): Activity {
  const raw = activity as Activity & Record<string, unknown>;
  for (const [field, rawField] of [['timestamp', 'rawTimestamp'], ['localTimestamp', 'rawLocalTimestamp'], ['expiration', 'rawExpiration']] as const) {
    const value = raw[field];
    if (typeof value === 'string') {
      raw[rawField] = value;
      raw[field] = new Date(value);
    }
  }
  return activity;
}
