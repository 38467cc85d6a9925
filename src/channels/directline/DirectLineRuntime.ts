import type { ChannelAccount } from 'botbuilder';
import type restify from 'restify';
import type { WebChatOrigins } from '../../http/webchat/createWebChatOrigins';
import type { Logger } from '../../log/createLogger';
import type { DirectLineTokens } from './createDirectLineTokens';
import type { DirectLineAdapter, DirectLineBot } from './DirectLineAdapter';
import type { TranscriptStore } from './transcriptStore';

/** What the Direct Line routes and sockets share; built once by `registerDirectLine`. */
export interface DirectLineRuntime {
  store: TranscriptStore;
  tokens: DirectLineTokens;
  adapter: DirectLineAdapter;
  bot: DirectLineBot;
  queue: { run<T>(key: string, task: () => Promise<T>): Promise<T> };
  origins: WebChatOrigins;
  publicUrl: string;
  botAccount: ChannelAccount;
  logger: Logger;
  now: () => Date;
  maxActivityBytes: number;
  turnAckTimeoutMs: number;
  hashConversation: (conversationId: string) => string | undefined;
}

export const CHANNEL_ID = 'webchat';

/** The error code of a request from an origin that is not allowed (the page shows its own French message). */
export const ORIGIN_NOT_ALLOWED = 'OriginNotAllowed';

/** Answers with Direct Line's error body (`{ error: { code, message } }`). */
export function sendDirectLineError(res: restify.Response, status: number, code: string, message: string): void {
  res.send(status, { error: { code, message } });
}
