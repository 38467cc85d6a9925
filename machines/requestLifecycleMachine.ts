import { and, assertEvent, assign, not, or, setup } from 'xstate';
import { addDays, addMonths } from './dates';
import type { LifecycleContext, LifecycleEvent, LifecycleInput, LifecycleRules } from './lifecycleTypes';

const PARIS_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The day in France of an event's timestamp (`YYYY-MM-DD`). */
export function dayOf(at: string): string {
  return PARIS_DAY.format(new Date(at));
}

/**
 * The life of a filed request, from `deposee` to `admise`, `desistement` or `archivee` (reference/creche-lifecycle
 * §1.2, §1.5). Pure: every event carries who and when, and the guards decide what each kind of actor may do —
 * agents instruct, the responsable also runs the commission, the family confirms, renews, answers and withdraws,
 * the system only fires deadlines that have really passed (so a late or repeated timer is a no-op). The timer
 * rules come from the commune file; running them belongs to the job runner.
 */
export function createRequestLifecycleMachine(rules: LifecycleRules) {
  const withdrawOrArchive = {
    withdraw: { guard: 'byFamilyOrStaff', target: '#requestLifecycle.desistement', actions: 'recordWithdrawal' },
    archive: { guard: 'byStaff', target: '#requestLifecycle.archivee', actions: 'recordArchiveReason' },
  } as const;
  const onTheList = {
    renew: { guard: and(['byFamilyOrStaff', 'isRenewalEnabled']), target: '#requestLifecycle.en_liste_attente', actions: 'scheduleRenewal' },
    renewalMissed: { guard: and(['bySystem', 'isRenewalOverdue']), target: '#requestLifecycle.archivee', actions: { type: 'closeBecause', params: { reason: 'renewal-missed' } } },
    presentToCommission: { guard: 'byResponsable', target: '#requestLifecycle.presentee_commission', actions: 'recordCommission' },
  } as const;

  return setup({
    types: {} as { context: LifecycleContext; events: LifecycleEvent; input: LifecycleInput },
    guards: {
      byStaff: ({ event }) => event.by.kind === 'agent',
      byResponsable: ({ event }) => event.by.kind === 'agent' && event.by.role === 'responsable',
      byFamilyOrStaff: ({ event }) => event.by.kind === 'family' || event.by.kind === 'agent',
      bySystem: ({ event }) => event.by.kind === 'system',
      isChildExpected: ({ context }) => context.childExpected,
      isRenewalEnabled: () => rules.renewalEveryMonths > 0,
      isRenewalOverdue: ({ context, event }) => context.renewalDueOn !== undefined && dayOf(event.at) > context.renewalDueOn,
      isBirthConfirmationOverdue: ({ context, event }) => context.birthConfirmBy !== undefined && dayOf(event.at) > context.birthConfirmBy,
      isOfferOverdue: ({ context, event }) => context.offer !== undefined && dayOf(event.at) > context.offer.replyBy,
      reachesRefusalLimit: ({ context }) => rules.refusalsBeforeCancellation > 0 && context.refusals + 1 >= rules.refusalsBeforeCancellation,
    },
    actions: {
      recordBirth: assign({ childExpected: false, birthConfirmBy: undefined }),
      scheduleRenewal: assign(({ event }) => ({ renewalDueOn: rules.renewalEveryMonths > 0 ? addMonths(dayOf(event.at), rules.renewalEveryMonths) : undefined })),
      recordCommission: assign(({ event }) => {
        assertEvent(event, 'presentToCommission');
        return { commissionDate: event.commissionDate };
      }),
      recordOffer: assign(({ event }) => {
        assertEvent(event, 'proposePlace');
        return { offer: { facilityId: event.facilityId, startDate: event.startDate, replyBy: event.replyBy ?? addDays(dayOf(event.at), rules.offerReplyDays) } };
      }),
      countRefusal: assign(({ context }) => ({ refusals: context.refusals + 1, offer: undefined })),
      clearOffer: assign({ offer: undefined }),
      recordWithdrawal: assign({ offer: undefined, closedReason: 'family-request' as const }),
      recordArchiveReason: assign(({ event }) => {
        assertEvent(event, 'archive');
        return { closedReason: event.reason };
      }),
      closeBecause: assign((_, params: { reason: LifecycleContext['closedReason'] }) => ({ closedReason: params.reason })),
    },
  }).createMachine({
    id: 'requestLifecycle',
    initial: 'deposee',
    context: ({ input }) => ({
      childExpected: input.childExpected,
      refusals: 0,
      ...(input.expectedDate ? { expectedDate: input.expectedDate, birthConfirmBy: addDays(input.expectedDate, rules.birthConfirmationDays) } : {}),
    }),
    states: {
      deposee: {
        description: 'Filed (CRE-YYYY-NNNNNN issued), not yet looked at by an agent.',
        on: {
          acknowledge: [
            { guard: and(['byStaff', 'isChildExpected']), target: 'en_attente_naissance' },
            { guard: 'byStaff', target: 'a_completer' },
          ],
          markComplete: { guard: and(['byStaff', not('isChildExpected')]), target: 'complete' },
          confirmBirth: { guard: and(['byFamilyOrStaff', 'isChildExpected']), actions: 'recordBirth' },
          ...withdrawOrArchive,
        },
      },
      en_attente_naissance: {
        description: 'Asleep until the birth is confirmed, at the latest `birthConfirmBy`.',
        on: {
          confirmBirth: { guard: 'byFamilyOrStaff', target: 'a_completer', actions: 'recordBirth' },
          birthConfirmationMissed: { guard: and(['bySystem', 'isBirthConfirmationOverdue']), target: 'archivee', actions: { type: 'closeBecause', params: { reason: 'birth-not-confirmed' } } },
          ...withdrawOrArchive,
        },
      },
      a_completer: {
        description: 'Proofs are missing or were refused.',
        on: { markComplete: { guard: and(['byStaff', not('isChildExpected')]), target: 'complete' }, ...withdrawOrArchive },
      },
      complete: {
        description: 'Every proof checked: ready for the waiting list.',
        on: {
          requestProofs: { guard: 'byStaff', target: 'a_completer' },
          addToWaitingList: { guard: 'byStaff', target: 'en_liste_attente', actions: 'scheduleRenewal' },
          ...withdrawOrArchive,
        },
      },
      en_liste_attente: {
        description: 'On the list; renewed every `renewalEveryMonths`, archived when a renewal is missed.',
        on: { ...onTheList, requestProofs: { guard: 'byStaff', target: 'a_completer' }, ...withdrawOrArchive },
      },
      presentee_commission: {
        description: 'Studied by the attribution commission of `commissionDate`.',
        on: {
          proposePlace: { guard: 'byResponsable', target: 'place_proposee', actions: 'recordOffer' },
          notRetain: { guard: 'byResponsable', target: 'non_retenue' },
          ...withdrawOrArchive,
        },
      },
      place_proposee: {
        description: 'A place is offered (facility, start date); the family answers by `offer.replyBy`.',
        on: {
          acceptOffer: { guard: 'byFamilyOrStaff', target: 'acceptee' },
          refuseOffer: [
            { guard: and(['byFamilyOrStaff', 'reachesRefusalLimit']), target: 'archivee', actions: ['countRefusal', { type: 'closeBecause', params: { reason: 'refusal-limit' } }] },
            { guard: 'byFamilyOrStaff', target: 'refusee', actions: 'countRefusal' },
          ],
          offerExpired: { guard: and(['bySystem', 'isOfferOverdue']), target: 'sans_reponse', actions: 'clearOffer' },
          ...withdrawOrArchive,
        },
      },
      acceptee: {
        description: 'The family accepted; the admission file is under way at the facility.',
        on: { admit: { guard: 'byStaff', target: 'admise' }, ...withdrawOrArchive },
      },
      refusee: {
        description: 'The family refused the offer (counted in `refusals`); an agent puts the request back on the list.',
        on: { returnToList: { guard: 'byStaff', target: 'en_liste_attente', actions: 'scheduleRenewal' }, presentToCommission: onTheList.presentToCommission, ...withdrawOrArchive },
      },
      sans_reponse: {
        description: 'The offer expired unanswered; an agent puts the request back on the list or archives it.',
        on: { returnToList: { guard: 'byStaff', target: 'en_liste_attente', actions: 'scheduleRenewal' }, ...withdrawOrArchive },
      },
      non_retenue: {
        description: 'Not retained by the commission: still waiting, presented again at a later one.',
        on: { ...onTheList, returnToList: { guard: or(['byStaff', 'bySystem']), target: 'en_liste_attente' }, ...withdrawOrArchive },
      },
      admise: { type: 'final', tags: ['closed'], description: 'Admitted in a facility.' },
      desistement: { type: 'final', tags: ['closed'], description: 'Withdrawn by the family.' },
      archivee: { type: 'final', tags: ['closed'], description: 'Archived: renewal or birth confirmation missed, refusals, child too old, duplicate.' },
    },
  });
}

export type RequestLifecycleMachine = ReturnType<typeof createRequestLifecycleMachine>;
