import { createActor } from 'xstate';
import type { Commune } from '../../machines/commune';
import { ENROLMENT_MACHINE_VERSION, type EnrolmentMachine } from '../../machines/enrolmentMachine';
import { DRAFT_MIGRATIONS, type DraftMigration } from '../../machines/migrations';
import type { EnrolmentContext } from '../../machines/types';
import type { ParseContext, PlaceResolver, TurnInput } from '../../dialogs/parseTypes';
import { readTurnInput } from '../../dialogs/readTurnInput';
import { renderReplies, type Reply, type TurnView } from '../../dialogs/renderReplies';
import type { Logger } from '../log/createLogger';
import type { ConversationLeases } from '../sessions/conversationLeases';
import { SessionConflictError, type SessionLoad, type SessionStore } from '../sessions/sessionStore';
import { decideTurn } from '../../dialogs/decideTurn';
import { openDraft, type EnrolmentActor } from './openDraft';
import { replaceDraft } from './replaceDraft';
import { settleActor } from './settleActor';
import { toParisDate } from './toParisDate';

/** Everything a turn needs; built once by the composition root. */
export interface TurnDeps {
  store: SessionStore;
  /** One turn at a time per conversation (a Redis lease shared by the instances, or this process's line). */
  leases: ConversationLeases;
  /** The statechart with its actors provided. */
  machine: EnrolmentMachine;
  commune: Commune;
  places: PlaceResolver;
  consentWordingVersion: string;
  clock: () => Date;
  hashConversationKey: (key: string) => string;
  logger: Logger;
  /** How long a turn may wait for an API call or the submission before answering "try again" (keep under 15 s for Teams). */
  settleTimeoutMs?: number;
  /** After this long in a busy state, `onSlow` is called once (the parent sees a short waiting message). */
  slowAfterMs?: number;
  /** How long a message waits for the conversation's previous turn; the wait is taken off the settle timeout. */
  leaseWaitMs?: number;
  /** The draft migrations (default: `machines/migrations`); tests give their own. */
  migrations?: readonly DraftMigration[];
}

/** Channel hooks for a turn that waits on an external service, and the greeting mode of a `conversationUpdate`. */
export interface TurnHooks {
  onBusy?: () => Promise<void> | void;
  onSlow?: (step: string) => Promise<void> | void;
  /** Greet a new conversation, but say nothing if a draft already exists (a channel re-announcing members). */
  greetOnly?: boolean;
  /** Who is speaking on the channel (hashed before use): the daily cap on CAF lookups counts per client. */
  clientKey?: string;
  /** Whether the channel shows Adaptive Cards (`channelShowsCards`); without, every question is said in full in the text. Default: yes. */
  cards?: boolean;
}

const MAX_ATTEMPTS = 3;
const SETTLE_TIMEOUT_MS = 14_000;

/**
 * One conversational turn, channel-neutral: hold the conversation (one turn at a time), load the draft (migrated to
 * the current version, or replaced with a kind word when it cannot be), read the message against the step awaited,
 * move the statechart, wait until it settles, save with compare-and-set (on conflict: reload and replay), render the
 * replies. A bad answer never changes the step and never loses the draft.
 */
export async function runTurn(deps: TurnDeps, conversationKey: string, input: TurnInput, hooks: TurnHooks = {}): Promise<Reply[]> {
  return deps.leases.hold(conversationKey, deps.leaseWaitMs ?? 10_000, async (waitedMs) => {
    const settleMs = Math.max(1_000, (deps.settleTimeoutMs ?? SETTLE_TIMEOUT_MS) - waitedMs);
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
      const loaded = await deps.store.load(conversationKey);
      const outcome = await playTurn(deps, conversationKey, loaded, input, hooks, settleMs);
      if (outcome.kind === 'replies') return outcome.replies;
      deps.logger.warn('turn.conflict', { operation: 'runTurn', attempt, conversationHash: deps.hashConversationKey(conversationKey) });
    }
    throw new SessionConflictError(MAX_ATTEMPTS);
  });
}

type Outcome = { kind: 'replies'; replies: Reply[] } | { kind: 'conflict' };

async function playTurn(deps: TurnDeps, key: string, loaded: SessionLoad, input: TurnInput, hooks: TurnHooks, settleMs: number): Promise<Outcome> {
  const now = deps.clock();
  const env = { commune: deps.commune, today: toParisDate(now), cards: hooks.cards !== false };
  const stored = loaded.status === 'found' || loaded.status === 'unreadable' ? loaded : undefined;
  if (hooks.greetOnly && stored) return { kind: 'replies', replies: [] };
  const opened = stored ? openDraft(deps.machine, stored, deps.migrations ?? DRAFT_MIGRATIONS) : undefined;
  if (opened?.kind !== 'restored') {
    if (isErase(input)) {
      await deps.store.erase(key);
      return { kind: 'replies', replies: renderReplies({ intro: { code: 'erased' } }, env) };
    }
    const begun = opened ? replaceBroken(deps, key, hooks, now, opened) : startFresh(deps, key, hooks, loaded.status === 'missing');
    const after = begun.actor.getSnapshot().context;
    const saved = await saveActor(deps, key, begun.actor, now, 0, stored?.etag ?? null);
    if (!saved) return { kind: 'conflict' };
    return { kind: 'replies', replies: renderReplies({ after, intro: begun.intro, ask: 'full' }, env) };
  }
  const { actor, unrecognised, confirming } = opened;
  const before = actor.getSnapshot().context;
  const intent = readTurnInput(input, parseContext(deps, now, before), confirming);
  const decision = decideTurn(intent, before, deps.commune, unrecognised, confirming);
  if (decision.erase) {
    actor.stop();
    await deps.store.erase(key);
    return { kind: 'replies', replies: renderReplies({ intro: { code: 'erased', ...(before.reference ? { submittedReference: before.reference } : {}) } }, env) };
  }
  const view: TurnView = { ...decision.view, before };
  if (decision.event && !(await settleActor(actor, decision.event, { ...hooks, settleMs, slowAfterMs: deps.slowAfterMs ?? 2000 }))) {
    actor.stop();
    return { kind: 'replies', replies: renderReplies({ after: before, intro: { code: 'busy-timeout' } }, env) };
  }
  const after = actor.getSnapshot().context;
  if (!(await saveActor(deps, key, actor, now, decision.unrecognised, stored?.etag ?? null, decision.confirming))) return { kind: 'conflict' };
  return { kind: 'replies', replies: renderReplies({ ...view, after, ...followUp(decision, before, after) }, env) };
}

function startFresh(deps: TurnDeps, key: string, hooks: TurnHooks, neverSeen: boolean) {
  const actor = createActor(deps.machine, { input: machineInput(deps, key, hooks) }).start();
  return { actor, intro: neverSeen ? { code: 'welcome' as const } : { code: 'expired' as const } };
}

function replaceBroken(deps: TurnDeps, key: string, hooks: TurnHooks, now: Date, opened: Extract<ReturnType<typeof openDraft>, { kind: 'broken' }>) {
  deps.logger.warn('session.replaced', { operation: 'runTurn', detail: opened.reason, conversationHash: deps.hashConversationKey(key) });
  const replaced = replaceDraft(deps.machine, opened.snapshot, machineInput(deps, key, hooks), (draft) => parseContext(deps, now, draft), () => now.getTime());
  const { kept, submittedReference } = replaced;
  return { actor: replaced.actor, intro: { code: 'draft-replaced' as const, kept, ...(submittedReference ? { submittedReference } : {}) } };
}

/**
 * Saves the actor's persisted snapshot by compare-and-set and stops it; `false` on a conflict. A conflict with a
 * record that is exactly this envelope is our own write (ioredis sends a command again when the connection dropped
 * before its answer): it counts as saved.
 */
async function saveActor(deps: TurnDeps, key: string, actor: EnrolmentActor, now: Date, unrecognised: number, expectedEtag: string | null, confirming?: 'restart' | 'erase'): Promise<boolean> {
  const snapshot = actor.getPersistedSnapshot() as unknown as Record<string, unknown>;
  actor.stop();
  const envelope = { machineVersion: ENROLMENT_MACHINE_VERSION, snapshot, updatedAt: now.toISOString(), unrecognised, ...(confirming ? { confirming } : {}) };
  if ((await deps.store.save(key, envelope, expectedEtag)).ok) return true;
  const current = await deps.store.load(key);
  return current.status === 'found' && JSON.stringify(current.envelope) === JSON.stringify(envelope);
}

/** What the turn's event turned out to mean, once the machine has moved. */
function followUp(decision: ReturnType<typeof decideTurn>, before: EnrolmentContext, after: EnrolmentContext): Partial<TurnView> {
  const command = decision.event?.type;
  if (command === 'user.back' && after.step === before.step) return { intro: { code: 'back-at-start' }, ask: 'text' };
  if (command === 'user.edit' && after.step === before.step && decision.event?.type === 'user.edit' && decision.event.target !== before.step) return { intro: { code: 'edit-unavailable' }, ask: 'text' };
  if (command === 'user.submitted' && after.submitFailed) return { intro: { code: 'submit-failed' } };
  return {};
}

function parseContext(deps: TurnDeps, now: Date, draft: EnrolmentContext): ParseContext {
  return { today: toParisDate(now), now: now.toISOString(), commune: deps.commune, draft, consentWordingVersion: deps.consentWordingVersion, places: deps.places };
}

function isErase(input: TurnInput): boolean {
  return input.value?.command === 'erase' || /^effacer/i.test(input.text?.trim() ?? '');
}

function machineInput(deps: TurnDeps, key: string, hooks: TurnHooks) {
  return { conversationHash: deps.hashConversationKey(key), clientHash: deps.hashConversationKey(`client:${hooks.clientKey ?? key}`) };
}
