/**
 * Runs the turns of one conversation one after the other in this process (a message posted while the
 * previous turn is still running waits for it), while different conversations run concurrently.
 */
export function createTurnQueue(): { run<T>(key: string, task: () => Promise<T>): Promise<T>; pending(): number } {
  const tails = new Map<string, Promise<unknown>>();
  return {
    run<T>(key: string, task: () => Promise<T>): Promise<T> {
      const previous = tails.get(key) ?? Promise.resolve();
      const result = previous.then(task, task);
      const tail = result.then(
        () => undefined,
        () => undefined,
      );
      tails.set(key, tail);
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
      });
      return result;
    },
    pending: () => tails.size,
  };
}
