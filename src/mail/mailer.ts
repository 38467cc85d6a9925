/** One e-mail to a family: French plain text and HTML, always about one request. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The request it is about (`CRE-2026-000001`), also sent as the `X-Berceau-Reference` header. */
  reference: string;
  /** What kind of message it is (`receipt`, `renewal-reminder`, `offer`…), for the history and the demo catcher. */
  kind: string;
}

/** A refusal is `permanent` when sending again cannot help (a 5xx answer to the recipient); otherwise retry later. */
export type SendResult = { ok: true; messageId: string } | { ok: false; errorName: string; permanent: boolean };

/**
 * The mail port: SMTP in production (`SMTP_URL`), an in-process catcher in the demo. Expected failures are values,
 * never exceptions, and never carry the address or the body (an SMTP error text often quotes the recipient).
 */
export interface Mailer {
  readonly kind: 'smtp' | 'catcher';
  send(mail: OutgoingMail): Promise<SendResult>;
  close(): Promise<void>;
}
