import { randomUUID } from 'node:crypto';
import type { Mailer, OutgoingMail } from './mailer';

export interface CaughtMail extends OutgoingMail {
  id: string;
  at: string;
}

/**
 * The demo's mailbox (no `SMTP_URL`): mails stay in this process, newest first, readable at `/demo/mails`, at most
 * `max` of them. Nothing leaves the machine.
 */
export function createMailCatcher(options: { max?: number; now?: () => Date } = {}): Mailer & { list(): CaughtMail[]; get(id: string): CaughtMail | undefined } {
  const max = options.max ?? 200;
  const now = options.now ?? (() => new Date());
  const mails: CaughtMail[] = [];
  return {
    kind: 'catcher',
    async send(mail) {
      const caught = { ...mail, id: randomUUID(), at: now().toISOString() };
      mails.unshift(caught);
      mails.length = Math.min(mails.length, max);
      return { ok: true, messageId: caught.id };
    },
    list: () => [...mails],
    get: (id) => mails.find((m) => m.id === id),
    async close() {},
  };
}
