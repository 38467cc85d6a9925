import type { Commune } from '../../machines/commune';
import type { EnrolmentStore } from '../enrolments/enrolmentStore';
import type { SignedLinks } from '../links/signedLinks';
import type { Logger } from '../log/createLogger';
import type { Mailer, SendResult } from '../mail/mailer';
import { renderReceiptMail } from '../mail/renderReceiptMail';
import type { JobHandler } from './jobQueue';

export const RECEIPT_JOB = 'receipt';

/** The receipt's job id: one per request, so that filing the same draft twice sends one receipt. */
export const receiptJobId = (reference: string): string => `receipt:${reference}`;

export interface ReceiptJobData {
  reference: string;
}

export interface ReceiptHandlerDeps {
  enrolments: Pick<EnrolmentStore, 'get'>;
  links: SignedLinks;
  mailer: Mailer;
  commune: Pick<Commune, 'name' | 'dataProtection' | 'theme'>;
  logger: Logger;
  /** Where the outcome goes for the request's history (the lifecycle's job, once it exists). */
  onSent?: (reference: string, result: SendResult) => Promise<void>;
}

/**
 * Sends the receipt e-mail of a filed request, with a fresh follow-up link. A transient SMTP failure throws (the
 * queue retries with back-off); a permanent refusal is logged and recorded, not retried. The job carries the
 * reference only: the request is read again from the store.
 */
export function createReceiptHandler(deps: ReceiptHandlerDeps): JobHandler<ReceiptJobData> {
  return async (job) => {
    const { reference } = job.data;
    const enrolment = await deps.enrolments.get(reference);
    if (!enrolment) {
      deps.logger.warn('receipt.request-missing', { operation: 'receipt', attempt: job.attempt });
      return;
    }
    const link = await deps.links.issue({ reference, purpose: 'follow-up' });
    const mail = renderReceiptMail({ enrolment, commune: deps.commune, link });
    if (!mail) {
      deps.logger.info('receipt.no-address', { operation: 'receipt' });
      return;
    }
    const result = await deps.mailer.send(mail);
    await deps.onSent?.(reference, result);
    if (result.ok) {
      deps.logger.info('receipt.sent', { operation: 'receipt', attempt: job.attempt, store: deps.mailer.kind });
      return;
    }
    deps.logger.warn('receipt.failed', { operation: 'receipt', attempt: job.attempt, errorName: result.errorName, outcome: result.permanent ? 'permanent' : 'transient' });
    if (!result.permanent) throw Object.assign(new Error('receipt not sent'), { name: result.errorName });
  };
}
