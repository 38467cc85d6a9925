import type { ChannelAccount, TurnContext } from 'botbuilder';
import type restify from 'restify';
import { hashConversationKey } from '../../audit/auditLog';
import type { Logger } from '../../log/createLogger';
import { createTurnErrorHandler } from '../createTurnErrorHandler';
import { allowCommuneOrigins } from './allowCommuneOrigins';
import { createWebChatOrigins, type WebChatOrigins } from '../../http/webchat/createWebChatOrigins';
import { attachStreamSockets, type StreamSockets } from './attachStreamSockets';
import { createDirectLineTokens } from './createDirectLineTokens';
import { createTurnQueue } from './createTurnQueue';
import { DirectLineAdapter, TURN_ERROR, type DirectLineBot } from './DirectLineAdapter';
import type { DirectLineRuntime } from './DirectLineRuntime';
import { registerConversationRoutes } from './registerConversationRoutes';
import { registerTokenRoutes } from './registerTokenRoutes';
import type { TranscriptStore } from './transcriptStore';

/** What `registerDirectLine` needs; everything else has a default suited to production. */
export interface DirectLineDeps {
  /** The bot shared with the CloudAdapter of `/api/messages`. */
  bot: DirectLineBot;
  store: TranscriptStore;
  tokens: { secret: string; ttlSeconds?: number; resumeTtlSeconds?: number };
  /** The allowed web origins: the app's shared list, or plain origins (the public URL's origin is then added). */
  allowedOrigins: string[] | WebChatOrigins;
  /** Berceau's public base URL (`https://bot.commune.fr`), used for the WebSocket `streamUrl`. */
  publicUrl: string;
  logger: Logger;
  botAccount?: { id: string; name: string };
  /** The turn-error sink; by default the error is logged by name and the parent gets a short apology. */
  onTurnError?: (context: TurnContext, error: Error) => Promise<void>;
  conversationHashSecret?: string;
  now?: () => Date;
  tokenRateLimit?: { max: number; windowMs: number };
  /** Trust `X-Forwarded-For` for the rate limit (only behind a reverse proxy that sets it). */
  trustProxy?: boolean;
  maxActivityBytes?: number;
  turnAckTimeoutMs?: number;
  pingIntervalMs?: number;
}

/** What the composition root keeps: the adapter (proactive messages) and the sockets (metrics, shutdown). */
export interface DirectLineHandle {
  adapter: DirectLineAdapter;
  sockets: StreamSockets;
  close(): Promise<void>;
}

/**
 * Serves the part of Direct Line 3.0 that Web Chat uses, on the restify server and its http server
 * (WebSocket upgrades): `POST /api/webchat/token`, `/v3/directline/tokens/refresh`, `/v3/directline/conversations…`.
 */
export function registerDirectLine(server: restify.Server, deps: DirectLineDeps): DirectLineHandle {
  const now = deps.now ?? (() => new Date());
  const adapter = new DirectLineAdapter({ store: deps.store, now });
  const botAccount: ChannelAccount = { id: deps.botAccount?.id ?? 'berceau', name: deps.botAccount?.name ?? 'Berceau', role: 'bot' };
  const hashSecret = deps.conversationHashSecret;
  const onTurnError = deps.onTurnError ?? createTurnErrorHandler(deps.logger);
  adapter.onTurnError = async (context, error) => {
    context.turnState.set(TURN_ERROR, error);
    await onTurnError(context, error);
  };
  const runtime: DirectLineRuntime = {
    store: deps.store,
    tokens: createDirectLineTokens({ secret: deps.tokens.secret, ttlSeconds: deps.tokens.ttlSeconds, resumeTtlSeconds: deps.tokens.resumeTtlSeconds, now }),
    adapter,
    bot: deps.bot,
    queue: createTurnQueue(),
    origins: Array.isArray(deps.allowedOrigins)
      ? createWebChatOrigins({ publicUrl: deps.publicUrl, communeOrigins: deps.allowedOrigins, port: 0, logger: deps.logger })
      : deps.allowedOrigins,
    publicUrl: deps.publicUrl.replace(/\/$/, ''),
    botAccount,
    logger: deps.logger,
    now,
    maxActivityBytes: deps.maxActivityBytes ?? 32 * 1024,
    turnAckTimeoutMs: deps.turnAckTimeoutMs ?? 10_000,
    hashConversation: (id) => (hashSecret ? hashConversationKey(id, hashSecret) : undefined),
  };
  server.pre(allowCommuneOrigins(runtime.origins));
  registerTokenRoutes(server, runtime, { rateLimit: deps.tokenRateLimit ?? { max: 30, windowMs: 60_000 }, trustProxy: deps.trustProxy ?? false });
  registerConversationRoutes(server, runtime);
  const sockets = attachStreamSockets(server.server, runtime, { pingIntervalMs: deps.pingIntervalMs });
  return { adapter, sockets, close: () => sockets.close() };
}
