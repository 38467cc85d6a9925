import { CloudAdapter, type Activity, type InvokeResponse, type ResourceResponse, type TurnContext } from 'botbuilder';
import type { BotFrameworkAuthentication } from 'botframework-connector';
import type { Logger } from '../log/createLogger';
import type { ConversationPacer } from './createConversationPacer';

/** Retries for the throttling answers the connector's HTTP pipeline does not retry by itself. */
export interface SendRetryOptions {
  /** Extra attempts after the first one. */
  attempts: number;
  baseDelayMs: number;
}

const NOT_SENT_TO_CONNECTOR = new Set(['delay', 'invokeResponse', 'trace']);

/**
 * The Bot Framework `CloudAdapter` for `/api/messages` (Teams and other Azure channels), with outbound replies kept
 * within Teams' rate limits. Each reply waits for a slot of the per-conversation pacer, then goes to
 * `activity.serviceUrl`. The connector's pipeline (@azure/core-rest-pipeline `defaultRetryPolicy`) already retries
 * 429/503 answers that carry `Retry-After` (up to 3 times, honouring the delay) and 408/5xx with exponential
 * back-off; this adapter adds what Teams also asks for and the pipeline skips: 412, and 429 without `Retry-After`.
 */
export class TeamsCloudAdapter extends CloudAdapter {
  constructor(
    botFrameworkAuthentication: BotFrameworkAuthentication,
    readonly authenticationDisabled: boolean,
    private readonly deps: {
      logger: Logger;
      pacer: ConversationPacer;
      retry: SendRetryOptions;
      sleep?: (ms: number) => Promise<void>;
    },
  ) {
    super(botFrameworkAuthentication);
  }

  /**
   * Authenticates the request and runs one turn. Throws `MessagesAuthError` when the request is refused before
   * the turn; resolves with the invoke response (or the buffered replies of `expectReplies`), if any.
   */
  async processIncoming(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, activity, logic);
  }

  override async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    if (activities.length === 0) return super.sendActivities(context, activities);
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      if (!NOT_SENT_TO_CONNECTOR.has(activity.type ?? '')) {
        await this.deps.pacer.waitForSlot(activity.conversation?.id ?? context.activity.conversation.id);
      }
      responses.push(...(await this.sendWithRetry(context, activity)));
    }
    return responses;
  }

  private async sendWithRetry(context: TurnContext, activity: Partial<Activity>): Promise<ResourceResponse[]> {
    const { attempts, baseDelayMs } = this.deps.retry;
    const sleep = this.deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await super.sendActivities(context, [{ ...activity }]);
      } catch (error) {
        const status = retryableStatus(error);
        if (status === undefined || attempt >= attempts) throw error;
        const delayMs = Math.round(baseDelayMs * 2 ** attempt * (1 + Math.random() * 0.25));
        this.deps.logger.warn('teams.send.retry', { operation: 'send activity', status, attempt: attempt + 1, durationMs: delayMs, channel: context.activity.channelId });
        await sleep(delayMs);
      }
    }
  }
}

function retryableStatus(error: unknown): number | undefined {
  const { statusCode, response } = (error ?? {}) as { statusCode?: number; response?: { headers?: { get?(name: string): string | undefined } } };
  if (statusCode === 412) return statusCode;
  if (statusCode === 429 && !response?.headers?.get?.('retry-after')) return statusCode;
  return undefined;
}
