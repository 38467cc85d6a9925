/**
 * The stored draft was written by a later version of the statechart than this process runs: a rolling deploy is in
 * progress. The draft is left untouched (a newer instance will read it) and the parent is told to send the message
 * again in a moment; nothing was recorded.
 */
export class DraftFromNewerVersionError extends Error {
  constructor(readonly storedVersion: string) {
    super(`runTurn: the draft was saved by a newer statechart version (${storedVersion})`);
    this.name = 'DraftFromNewerVersionError';
  }
}
