import nodemailer from 'nodemailer';
import type { Mailer } from './mailer';

/**
 * Sends over SMTP with nodemailer, from `SMTP_URL` (`smtp://user:pass@host:587`, `smtps://…:465`). nodemailer's
 * own logger and debug output stay off: they would print envelopes and bodies.
 */
export function createSmtpMailer(options: { url: string; from: string }): Mailer {
  const transport = nodemailer.createTransport({ url: options.url, logger: false, debug: false }, { from: options.from });
  return {
    kind: 'smtp',
    async send(mail) {
      try {
        const info = await transport.sendMail({
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          headers: { 'X-Berceau-Reference': mail.reference, 'X-Berceau-Kind': mail.kind, 'Auto-Submitted': 'auto-generated' },
        });
        return { ok: true, messageId: String(info.messageId) };
      } catch (error) {
        const { name, responseCode } = error as { name?: string; responseCode?: number };
        return { ok: false, errorName: name ?? 'SmtpError', permanent: typeof responseCode === 'number' && responseCode >= 500 };
      }
    },
    async close() {
      transport.close();
    },
  };
}
