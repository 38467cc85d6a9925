import { createActor, waitFor, type SnapshotFrom } from 'xstate';
import type { Commune } from '../../machines/commune';
import { ENROLMENT_MACHINE_VERSION, type EnrolmentMachine } from '../../machines/enrolmentMachine';
import type { EnrolmentContext, EnrolmentEvent } from '../../machines/types';
import type { PlaceResolver, TurnInput } from '../../dialogs/parseTypes';
import { readTurnInput } from '../../dialogs/readTurnInput';
import { renderReplies, type Reply, type TurnView } from '../../dialogs/renderReplies';
import type { Logger } from '../log/createLogger';
import { SessionConflictError, type SessionLoad, type SessionStore } from '../sessions/sessionStore';
import { decideTurn } from '../../dialogs/decideTurn';
import { toParisDate } from './toParisDate';

/** Everything a turn needs; built once by the composition root. */
export interface TurnDeps {
  store: SessionStore;
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
/** XState reads `input` only to build an initial snapshot: a restored actor skips the two HMACs of `machineInput`. */
const RESTORED = { conversationHash: '', clientHash: '' };

/**
 * One conversational turn, channel-neutral: load the draft, read the message against the step awaited, move the
 * statechart, wait until it settles, save with compare-and-set (on conflict: reload and replay), render the replies.
 * A bad answer never changes the step and never loses the draft.
 */
export async function runTurn(deps: TurnDeps, conversationKey: string, input: TurnInput, hooks: TurnHooks = {}): Promise<Reply[]> {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
    const loaded = await deps.store.load(conversationKey);
    const outcome = await playTurn(deps, conversationKey, loaded, input, hooks);
    if (outcome.kind === 'replies') return outcome.replies;
    deps.logger.warn('turn.conflict', { operation: 'runTurn', attempt, conversationHash: deps.hashConversationKey(conversationKey) });
  }
  throw new SessionConflictError(MAX_ATTEMPTS);
}

type Outcome = { kind: 'replies'; replies: Reply[] } | { kind: 'conflict' };

async function playTurn(deps: TurnDeps, key: string, loaded: SessionLoad, input: TurnInput, hooks: TurnHooks): Promise<Outcome> {
  const now = deps.clock();
  const today = toParisDate(now);
  const env = { commune: deps.commune, today, cards: hooks.cards !== false };
  if (hooks.greetOnly && loaded.status === 'found') return { kind: 'replies', replies: [] };
  const restored = loaded.status === 'found' ? restore(deps, key, loaded.envelope) : undefined;
  if (!restored) {
    const fresh = createActor(deps.machine, { input: machineInput(deps, key, hooks) }).start();
    const context = fresh.getSnapshot().context;
    const persisted = fresh.getPersistedSnapshot();
    fresh.stop();
    const erase = input.value?.command === 'erase' || /^effacer/i.test(input.text?.trim() ?? '');
    if (erase) {
      await deps.store.erase(key);
      return { kind: 'replies', replies: renderReplies({ intro: { code: 'erased' } }, env) };
    }
    const saved = await deps.store.save(key, envelope(persisted, now, 0), null);
    if (!saved.ok) return { kind: 'conflict' };
    const intro = loaded.status === 'missing' ? { code: 'welcome' as const } : { code: 'expired' as const };
    return { kind: 'replies', replies: renderReplies({ after: context, intro, ask: 'full' }, env) };
  }
  const { actor, unrecognised, confirming } = restored;
  const before = actor.getSnapshot().context;
  const intent = readTurnInput(input, { today, now: now.toISOString(), commune: deps.commune, draft: before, consentWordingVersion: deps.consentWordingVersion, places: deps.places }, confirming);
  const decision = decideTurn(intent, before, deps.commune, unrecognised, confirming);
  if (decision.erase) {
    actor.stop();
    await deps.store.erase(key);
    return { kind: 'replies', replies: renderReplies({ intro: { code: 'erased', ...(before.reference ? { submittedReference: before.reference } : {}) } }, env) };
  }
  const view: TurnView = { ...decision.view, before };
  if (decision.event) {
    const settled = await send(deps, actor, decision.event, hooks);
    if (!settled) {
      actor.stop();
      return { kind: 'replies', replies: renderReplies({ after: before, intro: { code: 'busy-timeout' } }, env) };
    }
  }
  const after = actor.getSnapshot().context;
  const persisted = actor.getPersistedSnapshot();
  actor.stop();
  const saved = await deps.store.save(key, envelope(persisted, now, decision.unrecognised, decision.confirming), loaded.status === 'found' ? loaded.etag : null);
  if (!saved.ok) return { kind: 'conflict' };
  return { kind: 'replies', replies: renderReplies({ ...view, after, ...followUp(decision, before, after) }, env) };
}

/** What the turn's event turned out to mean, once the machine has moved. */
function followUp(decision: ReturnType<typeof decideTurn>, before: EnrolmentContext, after: EnrolmentContext): Partial<TurnView> {
  const command = decision.event?.type;
  if (command === 'user.back' && after.step === before.step) return { intro: { code: 'back-at-start' }, ask: 'text' };
  if (command === 'user.edit' && after.step === before.step && decision.event?.type === 'user.edit' && decision.event.target !== before.step) return { intro: { code: 'edit-unavailable' }, ask: 'text' };
  if (command === 'user.submitted' && after.submitFailed) return { intro: { code: 'submit-failed' } };
  return {};
}

function restore(deps: TurnDeps, key: string, stored: { machineVersion: string; snapshot: Record<string, unknown>; unrecognised: number; confirming?: 'restart' | 'erase' }) {
  if (stored.machineVersion !== ENROLMENT_MACHINE_VERSION) {
    deps.logger.warn('session.version-unknown', { operation: 'runTurn', detail: stored.machineVersion, conversationHash: deps.hashConversationKey(key) });
    return undefined;
  }
  try {
    const actor = createActor(deps.machine, { snapshot: stored.snapshot as unknown as SnapshotFrom<EnrolmentMachine>, input: RESTORED });
    actor.start();
    return { actor, unrecognised: stored.unrecognised, confirming: stored.confirming };
  } catch (error) {
    deps.logger.warn('session.unrestorable', { operation: 'runTurn', errorName: (error as Error).name, conversationHash: deps.hashConversationKey(key) });
    return undefined;
  }
}

async function send(deps: TurnDeps, actor: ReturnType<typeof createActor<EnrolmentMachine>>, event: EnrolmentEvent, hooks: TurnHooks): Promise<boolean> {
  actor.send(event);
  if (!actor.getSnapshot().hasTag('busy')) return true;
  await hooks.onBusy?.();
  const slow = setTimeout(() => void hooks.onSlow?.(String(actor.getSnapshot().value)), deps.slowAfterMs ?? 2000);
  try {
    await waitFor(actor, (s) => !s.hasTag('busy'), { timeout: deps.settleTimeoutMs ?? 14_000 });
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(slow);
  }
}

function machineInput(deps: TurnDeps, key: string, hooks: TurnHooks) {
  return { conversationHash: deps.hashConversationKey(key), clientHash: deps.hashConversationKey(`client:${hooks.clientKey ?? key}`) };
}

/** The envelope to save; the store serializes it (both stores keep JSON text), so the snapshot is not copied here. */
function envelope(snapshot: unknown, now: Date, unrecognised: number, confirming?: 'restart' | 'erase') {
  return { machineVersion: ENROLMENT_MACHINE_VERSION, snapshot: snapshot as Record<string, unknown>, updatedAt: now.toISOString(), unrecognised, ...(confirming ? { confirming } : {}) };
}
