import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { BotAdapter, TurnContext, type Activity, type ConversationReference, type ResourceResponse } from 'botbuilder';
import type { TranscriptStore } from './transcriptStore';

/** Where the Direct Line's turn-error sink leaves the error of a failed turn, for the route that waits on it. */
export const TURN_ERROR = Symbol('berceau.directline.turnError');

/** What the self-hosted Direct Line needs of the bot: the `run` of an `ActivityHandler`, shared with the CloudAdapter. */
export interface DirectLineBot {
  run(context: TurnContext): Promise<void>;
}

/**
 * The Web Chat channel, in-process: incoming activities come from the Direct Line routes (no HTTP hop, no
 * anonymous connector endpoint), and whatever the bot sends is appended to the conversation's transcript,
 * where sockets and polling pick it up. `typing` is pushed without being stored; `trace` is dropped.
 */
export class DirectLineAdapter extends BotAdapter {
  constructor(private readonly options: { store: TranscriptStore; now: () => Date }) {
    super();
  }

  /**
   * Runs one turn of the bot for an activity already checked and (for messages) stored by the routes, and returns its
   * context (the turn-error sink leaves the error it handled in `turnState` under `TURN_ERROR`).
   */
  async processActivity(activity: Partial<Activity>, logic: (context: TurnContext) => Promise<void>): Promise<TurnContext> {
    const context = new TurnContext(this, activity);
    await this.runMiddleware(context, logic);
    return context;
  }

  override async sendActivities(_context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const responses: ResourceResponse[] = [];
    for (const activity of activities) responses.push(await this.deliver(activity));
    return responses;
  }

  override async updateActivity(): Promise<void> {
    throw new Error('DirectLineAdapter.updateActivity: the self-hosted Direct Line does not update activities');
  }

  override async deleteActivity(): Promise<void> {
    throw new Error('DirectLineAdapter.deleteActivity: the self-hosted Direct Line does not delete activities');
  }

  /** Proactive messages: the bot writes to the same transcript as in a turn. */
  override async continueConversation(
    reference: Partial<ConversationReference>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    const activity = TurnContext.applyConversationReference({ type: 'event', name: 'continueConversation' }, reference, true);
    await this.processActivity(activity, logic);
  }

  private async deliver(activity: Partial<Activity>): Promise<ResourceResponse> {
    const conversationId = activity.conversation?.id;
    if (!conversationId) throw new Error('DirectLineAdapter.sendActivities: the activity has no conversation id');
    const outgoing: Partial<Activity> = { ...activity, from: activity.from && { ...activity.from, role: 'bot' }, timestamp: this.options.now() };
    switch (activity.type) {
      case 'delay':
        await sleep(typeof activity.value === 'number' ? activity.value : 1000);
        return { id: '' };
      case 'invokeResponse':
      case 'trace':
        return { id: '' };
      case 'typing': {
        const id = `${conversationId}|typing-${randomUUID()}`;
        await this.options.store.publishEphemeral(conversationId, { ...outgoing, id });
        return { id };
      }
      default: {
        const result = await this.options.store.append(conversationId, outgoing);
        if (!result.ok) throw new Error(`DirectLineAdapter.sendActivities: conversation unknown or expired (${result.error})`);
        return { id: result.id };
      }
    }
  }
}
