import { createMemoryTranscriptStore } from '../../src/channels/directline/createMemoryTranscriptStore';
import { runTranscriptStoreContract } from './support/runTranscriptStoreContract';

describe('the memory transcript store', () => {
  runTranscriptStoreContract(async ({ ttlSeconds }) => ({ store: createMemoryTranscriptStore({ ttlSeconds }), cleanup: async () => {} }));
});
