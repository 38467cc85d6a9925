import { createMemoryTranscriptStore } from '../../src/channels/directline/createMemoryTranscriptStore';
import { runTranscriptStoreContract } from './support/runTranscriptStoreContract';

describe('the memory transcript store', () => {
  runTranscriptStoreContract(async ({ ttlSeconds }) => {
    let now = Date.parse('2026-11-27T09:00:00Z');
    return {
      store: createMemoryTranscriptStore({ ttlSeconds, now: () => now }),
      cleanup: async () => {},
      outliveTtl: async () => {
        now += ttlSeconds * 1000 + 1;
      },
    };
  });
});
