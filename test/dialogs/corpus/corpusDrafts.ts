import type { EnrolmentContext } from '../../../machines/types';

/** The draft a parent has when each question is asked, on 27 November 2026 in the demo commune. */
const base: EnrolmentContext = { conversationHash: 'h', clientHash: 'c', attempt: 0, identityLookups: 0, taxLookups: 0, partial: {}, step: 'parent' };
const parent = { givenName: 'Sophie', familyName: 'Martin', email: 'sophie.martin@exemple.fr', phone: '+33612345678' };
const child = { status: 'expected' as const, expectedDate: '2027-03-15' };
const week = { from: '08:30', to: '17:00' };
const care = { startDate: '2027-09-01', kind: 'regular' as const, days: { mon: week, tue: week, wed: week, thu: week, fri: week }, closedWeeksPerYear: 5 };
const facilities = [{ id: 'petits-loups', name: 'Multi-accueil Les Petits Loups', type: 'collectif' as const }, { id: 'maison-bleue', name: 'Crèche collective La Maison Bleue', type: 'collectif' as const }];
const consent = { accepted: true, wordingVersion: 'v', at: '2026-11-27T09:00:00Z' };
const identity = { allocataire: 'self' as const, birthName: 'MARTIN', givenNames: ['SOPHIE'], sex: 'F' as const, birthDate: '1990-04-12', birthCountryCog: '99100', birthCommuneCog: '69383', postcode: '75011' };
const caf = { status: 'retrieved' as const, data: { dependentChildren: 2, aeehChildren: 0, annualResourcesCents: 3_200_000, resourcesYear: 2024, postcode: '75011', residentInCommune: true } };
const resources = { annualResourcesCents: 3_200_000, dependentChildren: 2, aeehChildren: 0 };

export const DRAFTS: Record<string, EnrolmentContext> = {
  parent: base,
  child: { ...base, step: 'child', parent },
  care: { ...base, step: 'care', parent, child },
  facilities: { ...base, step: 'facilities', parent, child, care },
  consent: { ...base, step: 'consent', parent, child, care, facilities },
  identity: { ...base, step: 'identity', parent, child, care, facilities, consent },
  review: { ...base, step: 'review', parent, child, care, facilities, consent, identity, caf },
  resources: { ...base, step: 'resources', parent, child, care, facilities, consent: { ...consent, accepted: false } },
  tax: { ...base, step: 'tax', parent, child, care, facilities, consent: { ...consent, accepted: false }, resources },
  summary: { ...base, step: 'summary', parent, child, care, facilities, consent: { ...consent, accepted: false }, resources, tax: { status: 'declined' } },
  submitted: { ...base, step: 'submitted', parent, child, care, facilities, consent: { ...consent, accepted: false }, resources, tax: { status: 'declined' }, reference: 'CRE-2026-000001' },
};
