import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** One message the test SMTP server accepted, as received on the wire and as parsed back. */
export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
  parsed: ParsedMail;
}

export interface TestSmtpServer {
  url: string;
  mails: ReceivedMail[];
  /** Resolves when `count` mails have arrived (the server's own events do the waiting). */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  /** The next `times` recipients are refused with this SMTP code (451 transient, 550 permanent). */
  refuseNext(times: number, code: number): void;
  close(): Promise<void>;
}

/** A real SMTP server (`smtp-server`) on 127.0.0.1, port 0, no TLS, no auth, keeping every message. */
export async function startSmtpServer(): Promise<TestSmtpServer> {
  const mails: ReceivedMail[] = [];
  const waiters = new Set<() => void>();
  const refusals: number[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const code = refusals.shift();
      if (code) return callback(Object.assign(new Error(`refused <${address.address}>`), { responseCode: code }));
      return callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        void simpleParser(raw).then((parsed) => {
          const envelope = session.envelope;
          mails.push({ from: envelope.mailFrom ? envelope.mailFrom.address : '', to: envelope.rcptTo.map((r) => r.address), raw, parsed });
          for (const wake of waiters) wake();
          callback();
        }, callback);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    waitFor(count, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (mails.length < count) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(mails.slice(0, count));
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`waited for ${count} mail(s), got ${mails.length}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    refuseNext(times, code) {
      for (let i = 0; i < times; i += 1) refusals.push(code);
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
