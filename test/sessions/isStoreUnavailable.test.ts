import { isStoreUnavailable, StoreUnavailableError } from '../../src/sessions/StoreUnavailableError';

const named = (name: string, message: string, extra: Record<string, unknown> = {}) => Object.assign(new Error(message), { name, ...extra });

describe('isStoreUnavailable', () => {
  test.each([
    ['ours', new StoreUnavailableError('loadSession')],
    ['ioredis giving up on its offline queue', named('MaxRetriesPerRequestError', 'Reached the max retries per request limit (which is 4). Refer to "maxRetriesPerRequest" option for details.')],
    ['a refused connection', named('Error', 'connect ECONNREFUSED 127.0.0.1:6390', { code: 'ECONNREFUSED' })],
    ['the offline queue switched off', named('Error', "Stream isn't writeable and enableOfflineQueue options is false")],
    ['a closed connection', named('Error', 'Connection is closed.')],
    ['a server still loading its AOF', named('ReplyError', 'LOADING Redis is loading the dataset in memory')],
    ['one of those as the cause of another error', new Error('saveSession failed', { cause: named('MaxRetriesPerRequestError', 'x') })],
  ])('recognises %s', (_label, error) => {
    expect(isStoreUnavailable(error)).toBe(true);
  });

  test.each([
    ['a refused command', named('ReplyError', 'WRONGTYPE Operation against a key holding the wrong kind of value')],
    ['a script error', named('ReplyError', 'ERR Error running script')],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'tokenUrl')")],
    ['nothing', undefined],
  ])('does not mistake %s for an outage', (_label, error) => {
    expect(isStoreUnavailable(error)).toBe(false);
  });
});
