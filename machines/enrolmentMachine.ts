import { assign, fromPromise, setup } from 'xstate';
import type { EajeFetchResult } from './caf';
import type { Commune } from './commune';
import { earliestStartDate, findClosures } from './careRules';
import { canRevisit, nextDestination, previousStep, STEP_ORDER, type Destination, type FlowOptions } from './flow';
import { interpretCafResult } from './interpretCafResult';
import { computeEnrolmentFees, summariseFees } from './computeEnrolmentFees';
import type {
  AnsweredEvent,
  CivilIdentity,
  ChildDetails,
  ConversationStep,
  EnrolmentContext,
  EnrolmentEvent,
  EnrolmentInput,
  EnrolmentReceipt,
  EnrolmentSubmission,
  StepName,
  TaxCheckOutcome,
} from './types';

/** Written into every persisted envelope; bump it (and add a migration) when states or context change shape. */
export const ENROLMENT_MACHINE_VERSION = '2';

export interface EnrolmentMachineOptions {
  commune: Commune;
  /** At most this many CAF identity lookups per conversation (each one is audited). */
  maxIdentityLookups?: number;
}

/** Input of the `fetchEajeParameters` actor. */
export interface FetchEajeInput {
  identity: CivilIdentity;
  child?: ChildDetails;
  conversationHash: string;
  clientHash: string;
}

/** Input of the `fetchTaxSituation` actor. */
export interface FetchTaxInput {
  spi: string;
  conversationHash: string;
}

const DESTINATIONS: readonly Destination[] = [...STEP_ORDER, 'fetching'];

/**
 * The enrolment statechart. Every question is a state tagged `awaitingUser`; `route` is a transient state that sends
 * the parent to the first question still unanswered, so answers are never asked twice and "retour"/"modifier" keep
 * everything. The effects (`fetchEajeParameters`, `fetchTaxSituation`, `submitEnrolment`) are named here and
 * provided by `src/`.
 */
export function createEnrolmentMachine(options: EnrolmentMachineOptions) {
  const flow: FlowOptions = { taxCheckEnabled: options.commune.taxCheck.enabled };
  const maxLookups = options.maxIdentityLookups ?? 3;
  const routes = DESTINATIONS.map((destination) => ({ guard: { type: 'isNextDestination' as const, params: { destination } }, target: destination }));
  const step = (name: StepName) => ({ entry: { type: 'markStep' as const, params: { step: name } }, tags: ['awaitingUser'] });

  return setup({
    types: {} as { context: EnrolmentContext; events: EnrolmentEvent; input: EnrolmentInput },
    actors: {
      fetchEajeParameters: fromPromise<EajeFetchResult, FetchEajeInput>(async () => ({ ok: false, failure: { reason: 'unavailable' } })),
      fetchTaxSituation: fromPromise<TaxCheckOutcome, FetchTaxInput>(async () => ({ ok: false, reason: 'unavailable' })),
      submitEnrolment: fromPromise<EnrolmentReceipt, EnrolmentSubmission>(async () => {
        throw new Error('submitEnrolment: no implementation provided');
      }),
    },
    guards: {
      isNextDestination: ({ context }, params: { destination: Destination }) => nextDestination(context, flow) === params.destination,
      isPreviousStep: ({ context }, params: { step: StepName }) =>
        context.step !== 'submitted' && context.step !== 'cancelled' && previousStep(context.step, context, flow) === params.step,
      canEdit: ({ context, event }, params: { step: StepName }) =>
        event.type === 'user.edit' && event.target === params.step && canRevisit(params.step, context, flow),
      hasLookupsLeft: ({ context }) => context.identityLookups < maxLookups,
      canCorrect: ({ context, event }, params: { type: AnsweredEvent['type']; step: StepName }) =>
        event.type === 'user.corrected' && event.answer.type === params.type && context.step !== 'submitted' && context.step !== 'cancelled' && canRevisit(params.step, context, flow),
    },
    actions: {
      markStep: assign((_, params: { step: ConversationStep }) => ({ step: params.step })),
      recordPartial: assign(({ context, event }) => {
        if (event.type !== 'user.partial') return {};
        return { partial: { ...context.partial, [event.step]: { ...context.partial[event.step], ...event.fields } } };
      }),
      recordParent: assign(({ context, event: raw }) => {
        const event = unwrap(raw);
        return event.type === 'user.answered.parent' ? { parent: event.parent, partial: { ...context.partial, parent: undefined } } : {};
      }),
      recordChild: assign(({ context, event: raw }) => {
        const event = unwrap(raw);
        if (event.type !== 'user.answered.child') return {};
        const partial = { ...context.partial, child: undefined };
        if (context.care && context.care.startDate < earliestStartDate(event.child)) {
          const { startDate: _dropped, ...kept } = context.care;
          return { child: event.child, care: undefined, partial: { ...partial, care: { ...kept } } };
        }
        return { child: event.child, partial };
      }),
      recordCare: assign(({ context, event: raw }) => {
        const event = unwrap(raw);
        if (event.type !== 'user.answered.care') return {};
        const byId = new Map(options.commune.facilities.map((f) => [f.id, f]));
        const stillOpen = (context.facilities ?? []).filter((choice) => {
          const facility = byId.get(choice.id);
          return facility !== undefined && findClosures(facility, event.care).length === 0;
        });
        return { care: event.care, facilities: stillOpen.length > 0 ? stillOpen : undefined, partial: { ...context.partial, care: undefined } };
      }),
      recordFacilities: assign(({ context, event: raw }) => {
        const event = unwrap(raw);
        return event.type === 'user.answered.facilities' ? { facilities: event.facilities, partial: { ...context.partial, facilities: undefined } } : {};
      }),
      recordConsent: assign(({ event }) => {
        if (event.type !== 'user.answered.consent') return {};
        return event.consent.accepted ? { consent: event.consent } : { consent: event.consent, identity: undefined, caf: undefined };
      }),
      recordIdentity: assign(({ context, event }) => {
        if (event.type !== 'user.answered.identity') return {};
        const exhausted = context.identityLookups >= maxLookups;
        return { identity: event.identity, caf: exhausted ? ({ status: 'skipped', reason: 'rate_limited' } as const) : undefined, partial: { ...context.partial, identity: undefined } };
      }),
      recordReview: assign(({ context, event }) => {
        if (event.type !== 'user.answered.review') return {};
        const caf = context.caf;
        switch (event.choice) {
          case 'confirm':
            return caf && (caf.status === 'retrieved' || caf.status === 'confirmed') ? { caf: { status: 'confirmed' as const, data: caf.data } } : {};
          case 'dispute':
            return { caf: { status: 'disputed' as const } };
          case 'retry':
            return context.identityLookups < maxLookups ? { caf: undefined } : { caf: { status: 'skipped' as const, reason: 'rate_limited' as const } };
          case 'declare':
            return { caf: { status: 'skipped' as const, reason: 'parent-choice' as const } };
        }
      }),
      recordResources: assign(({ context, event: raw }) => {
        const event = unwrap(raw);
        return event.type === 'user.answered.resources' ? { resources: event.resources, partial: { ...context.partial, resources: undefined } } : {};
      }),
      recordTaxDeclined: assign({ tax: { status: 'declined' as const } }),
      computeFees: assign(({ context }) => ({ fees: summariseFees(computeEnrolmentFees(context, options.commune)) })),
      countLookup: assign(({ context }) => ({ identityLookups: context.identityLookups + 1 })),
      resetDraft: assign(({ context, event }) => ({
        ...CLEARED,
        ...initialContext(context.conversationHash, context.clientHash),
        attempt: context.attempt + 1,
        identityLookups: context.identityLookups,
        taxLookups: context.taxLookups,
        ...(event.type === 'user.restart' && event.keepParent && context.parent ? { parent: context.parent } : {}),
      })),
    },
  }).createMachine({
    id: 'enrolment',
    version: ENROLMENT_MACHINE_VERSION,
    context: ({ input }) => initialContext(input.conversationHash, input.clientHash),
    initial: 'route',
    on: {
      'user.partial': { actions: 'recordPartial' },
      'user.back': STEP_ORDER.map((s) => ({ guard: { type: 'isPreviousStep' as const, params: { step: s } }, target: `.${s}` })),
      'user.edit': STEP_ORDER.map((s) => ({ guard: { type: 'canEdit' as const, params: { step: s } }, target: `.${s}` })),
      'user.restart': { target: '.route', actions: 'resetDraft' },
      'user.corrected': CORRECTABLE.map(([type, step, action]) => ({ guard: { type: 'canCorrect' as const, params: { type, step } }, target: '.route', actions: action })),
      'user.cancel': { target: '.cancelled' },
    },
    states: {
      route: {
        description: 'Transient: goes to the first question of this family’s path that is still unanswered.',
        always: routes,
      },
      parent: { ...step('parent'), on: { 'user.answered.parent': { target: 'route', actions: 'recordParent' } } },
      child: { ...step('child'), on: { 'user.answered.child': { target: 'route', actions: 'recordChild' } } },
      care: { ...step('care'), on: { 'user.answered.care': { target: 'route', actions: 'recordCare' } } },
      facilities: { ...step('facilities'), on: { 'user.answered.facilities': { target: 'route', actions: 'recordFacilities' } } },
      consent: { ...step('consent'), on: { 'user.answered.consent': { target: 'route', actions: 'recordConsent' } } },
      identity: { ...step('identity'), on: { 'user.answered.identity': { target: 'route', actions: 'recordIdentity' } } },
      fetching: {
        description: 'Retrieves the PSU inputs from the CAF/MSA; the disclosure guard decides what may be kept.',
        tags: ['busy'],
        entry: 'countLookup',
        invoke: {
          src: 'fetchEajeParameters',
          input: ({ context }) => ({ identity: context.identity as CivilIdentity, child: context.child, conversationHash: context.conversationHash, clientHash: context.clientHash }),
          onDone: { target: 'route', actions: assign(({ context, event }) => ({ caf: interpretCafResult(event.output, context, options.commune) })) },
          onError: { target: 'route', actions: assign({ caf: { status: 'failed' as const, reason: 'unavailable' as const } }) },
        },
      },
      review: { ...step('review'), on: { 'user.answered.review': { target: 'route', actions: 'recordReview' } } },
      resources: { ...step('resources'), on: { 'user.answered.resources': { target: 'route', actions: 'recordResources' } } },
      tax: {
        ...step('tax'),
        on: {
          'user.answered.tax': [
            { guard: ({ context, event }) => event.accept && typeof event.spi === 'string' && context.taxLookups < maxLookups, target: 'checkingTax' },
            { guard: ({ event }) => event.accept, target: 'route', actions: assign({ tax: { status: 'failed' as const, reason: 'rate_limited' } }) },
            { target: 'route', actions: 'recordTaxDeclined' },
          ],
        },
      },
      checkingTax: {
        description: 'Asks DGFiP for the fiscal address and household; the result is used for residency only, never for the fee.',
        tags: ['busy'],
        entry: assign(({ context }) => ({ taxLookups: context.taxLookups + 1 })),
        invoke: {
          src: 'fetchTaxSituation',
          input: ({ context, event }) => ({ spi: event.type === 'user.answered.tax' ? (event.spi ?? '') : '', conversationHash: context.conversationHash }),
          onDone: {
            target: 'route',
            actions: assign(({ event }) => ({
              tax: event.output.ok
                ? { status: 'checked' as const, residency: event.output.residency, facts: event.output.facts }
                : { status: 'failed' as const, reason: event.output.reason },
            })),
          },
          onError: { target: 'route', actions: assign({ tax: { status: 'failed' as const, reason: 'unavailable' } }) },
        },
      },
      summary: {
        ...step('summary'),
        entry: [{ type: 'markStep', params: { step: 'summary' } }, 'computeFees'],
        on: { 'user.submitted': { target: 'submitting', actions: assign({ submitFailed: undefined }) } },
      },
      submitting: {
        tags: ['busy'],
        invoke: {
          src: 'submitEnrolment',
          input: ({ context, event }) => {
            const { partial: _partial, ...kept } = context;
            const at = event.type === 'user.submitted' ? event.at : '';
            return { idempotencyKey: `${context.conversationHash}:${context.attempt}`, submittedAt: at, context: kept };
          },
          onDone: { target: 'submitted', actions: assign(({ event }) => ({ reference: event.output.reference, submittedAt: event.output.submittedAt })) },
          onError: { target: 'summary', actions: assign({ submitFailed: true }) },
        },
      },
      submitted: {
        description: 'The request is filed; submitting again only repeats its reference.',
        entry: [{ type: 'markStep', params: { step: 'submitted' } }, assign({ partial: {} })],
        tags: ['awaitingUser'],
        on: { 'user.submitted': {}, 'user.back': {}, 'user.edit': {}, 'user.cancel': {} },
      },
      cancelled: {
        description: 'The parent stopped; the draft is kept until it expires, "reprendre" goes back to it.',
        entry: { type: 'markStep', params: { step: 'cancelled' } },
        tags: ['awaitingUser'],
        on: { 'user.resume': { target: 'route' }, 'user.back': {}, 'user.edit': {}, 'user.cancel': {} },
      },
    },
  });
}

export type EnrolmentMachine = ReturnType<typeof createEnrolmentMachine>;

/** The parts a parent may correct from a later question, and the action that records each. */
const CORRECTABLE = [
  ['user.answered.parent', 'parent', 'recordParent'],
  ['user.answered.child', 'child', 'recordChild'],
  ['user.answered.care', 'care', 'recordCare'],
  ['user.answered.facilities', 'facilities', 'recordFacilities'],
  ['user.answered.resources', 'resources', 'recordResources'],
] as const;

/** A correction carries the answer it replaces the old one with; the same actions record both. */
function unwrap(event: EnrolmentEvent): EnrolmentEvent {
  return event.type === 'user.corrected' ? event.answer : event;
}

/** Every optional answer, explicitly emptied (an `assign` keeps the keys it does not return). */
const CLEARED: Partial<EnrolmentContext> = {
  parent: undefined, child: undefined, care: undefined, facilities: undefined, consent: undefined, identity: undefined,
  caf: undefined, resources: undefined, tax: undefined, fees: undefined, reference: undefined, submittedAt: undefined, submitFailed: undefined,
};

function initialContext(conversationHash: string, clientHash: string): EnrolmentContext {
  return { conversationHash, clientHash, attempt: 0, identityLookups: 0, taxLookups: 0, partial: {}, step: 'parent' };
}
