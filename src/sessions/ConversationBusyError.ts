/**
 * The conversation's previous turn still runs (typically waiting on the CAF or DGFiP) and this message waited for it
 * as long as a channel allows: it was not read, nothing was recorded, and the parent is told to send it again.
 */
export class ConversationBusyError extends Error {
  constructor(readonly waitedMs: number) {
    super(`conversation lease: still held after ${waitedMs} ms`);
    this.name = 'ConversationBusyError';
  }
}
