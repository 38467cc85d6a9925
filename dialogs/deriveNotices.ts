import type { EnrolmentContext } from '../machines/types';
import { nameFacility } from './copy/nameFacility';

/** Something the parent should be told about what their answer changed (derived from the draft before and after). */
export type Notice =
  | { code: 'care-start-reset' }
  | { code: 'facilities-dropped'; names: string[]; feminine: boolean }
  | { code: 'consent-refused' }
  | { code: 'caf-unmatched' }
  | { code: 'caf-skipped'; reason: string }
  | { code: 'caf-outside-commune' }
  | { code: 'tax-checked'; residency: 'verified' | 'outside' }
  | { code: 'tax-failed' }
  | { code: 'tax-unknown-spi' }
  | { code: 'tax-declined' };

/** Compares the draft before and after a turn and lists what deserves a word. */
export function deriveNotices(before: EnrolmentContext | undefined, after: EnrolmentContext): Notice[] {
  const notices: Notice[] = [];
  if (before?.care?.startDate && !after.care && before.child !== after.child) notices.push({ code: 'care-start-reset' });
  const dropped = (before?.facilities ?? []).filter((f) => !(after.facilities ?? []).some((g) => g.id === f.id));
  if (dropped.length > 0 && before?.care !== after.care) notices.push({ code: 'facilities-dropped', names: dropped.map((f) => f.name), feminine: dropped.every((f) => nameFacility(f).feminine) });
  if (after.consent?.accepted === false && before?.consent !== after.consent) notices.push({ code: 'consent-refused' });
  if (after.caf !== before?.caf && after.caf) {
    if (after.caf.status === 'unmatched') notices.push({ code: 'caf-unmatched' });
    if (after.caf.status === 'skipped' && after.caf.reason !== 'parent-choice') notices.push({ code: 'caf-skipped', reason: after.caf.reason });
    if (after.caf.status === 'retrieved' && after.caf.data.residentInCommune === false) notices.push({ code: 'caf-outside-commune' });
  }
  if (after.tax && after.tax !== before?.tax) {
    if (after.tax.status === 'checked') notices.push({ code: 'tax-checked', residency: after.tax.residency });
    else if (after.tax.status === 'failed') notices.push({ code: after.tax.reason === 'unknown_spi' ? 'tax-unknown-spi' : 'tax-failed' });
    else notices.push({ code: 'tax-declined' });
  }
  return notices;
}
