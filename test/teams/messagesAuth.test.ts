import { createServer } from 'node:net';
import { startBotFrameworkAuthServer, type BotFrameworkAuthServer } from '../support/botFrameworkAuthServer';
import { startStubConnector, type StubConnector } from '../support/stubConnector';
import { startMessagesHarness } from './messagesHarness';
import { StaticTokenCredentialsFactory } from './staticTokenCredentialsFactory';
import { TEST_TENANT_ID, teamsActivity } from './teamsActivity';

const APP_ID = '3f1c2b7a-9d4e-4e0b-8c61-2a5f7e9b1d30';
const OUTBOUND_TOKEN = 'outbound-test-token';

function authEnv(auth: BotFrameworkAuthServer) {
  return {
    MicrosoftAppId: APP_ID,
    MicrosoftAppPassword: 'not-used-offline',
    MicrosoftAppType: 'SingleTenant' as const,
    MicrosoftAppTenantId: TEST_TENANT_ID,
    ToBotFromChannelOpenIdMetadataUrl: auth.metadataUrl,
    ToBotFromChannelTokenIssuer: auth.issuer,
  };
}

let auth: BotFrameworkAuthServer;
let connector: StubConnector;
let harness: Awaited<ReturnType<typeof startMessagesHarness>>;

beforeAll(async () => {
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  auth = await startBotFrameworkAuthServer();
  connector = await startStubConnector();
  harness = await startMessagesHarness(authEnv(auth), { overrides: { credentialsFactory: new StaticTokenCredentialsFactory(APP_ID, OUTBOUND_TOKEN) } });
});

afterAll(async () => {
  await harness.close();
  await connector.close();
  await auth.close();
  jest.restoreAllMocks();
});

describe('POST /api/messages with an app id configured', () => {
  it('runs the turn for a correctly signed channel token and replies to the activity through its serviceUrl', async () => {
    const activity = teamsActivity(connector.serviceUrl, { text: '<at>Berceau</at> bonjour' });
    const token = await auth.signToken({ aud: APP_ID, serviceurl: connector.serviceUrl });
    const before = connector.posts.length;

    const response = await harness.post(activity, `Bearer ${token}`);

    expect(response.status).toBe(200);
    expect(harness.bot.turns.at(-1)).toEqual({ type: 'message', text: 'bonjour', value: undefined });
    const reply = connector.posts.slice(before);
    expect(reply).toHaveLength(1);
    expect(reply[0]).toMatchObject({
      conversationId: (activity.conversation as { id: string }).id,
      replyToId: activity.id,
      authorization: `Bearer ${OUTBOUND_TOKEN}`,
      activity: { type: 'message', text: 'reçu : bonjour' },
    });
  });

  const refusals: [string, () => Promise<string | undefined>, Record<string, unknown>, string][] = [
    ['no Authorization header', async () => undefined, {}, 'Request is not authorized'],
    ['a token for another audience', async () => `Bearer ${await auth.signToken({ aud: '00000000-0000-0000-0000-000000000001', serviceurl: connector.serviceUrl })}`, {}, 'Invalid AppId passed on token'],
    ['a serviceurl claim that differs from the activity', async () => `Bearer ${await auth.signToken({ aud: APP_ID, serviceurl: 'https://smba.trafficmanager.net/emea/' })}`, {}, 'ServiceUrl claim do not match'],
    ['an expired token (beyond the five minutes of clock tolerance)', async () => {
      const now = Math.floor(Date.now() / 1000);
      return `Bearer ${await auth.signToken({ aud: APP_ID, serviceurl: connector.serviceUrl, iat: now - 7200, nbf: now - 7200, exp: now - 600 })}`;
    }, {}, 'The token has expired'],
    ['a token signed with a key the metadata does not publish', async () => `Bearer ${await auth.signToken({ aud: APP_ID, serviceurl: connector.serviceUrl }, { key: 'unpublished' })}`, {}, 'Signing Key could not be retrieved'],
    ['a token whose signature does not match the published key', async () => `Bearer ${await auth.signToken({ aud: APP_ID, serviceurl: connector.serviceUrl }, { key: 'forged' })}`, {}, 'invalid signature'],
    ['a token that is not valid yet', async () => {
      const now = Math.floor(Date.now() / 1000);
      return `Bearer ${await auth.signToken({ aud: APP_ID, serviceurl: connector.serviceUrl, nbf: now + 3600 })}`;
    }, {}, 'NotBeforeError'],
    ['a token from another issuer', async () => `Bearer ${await auth.signToken({ aud: APP_ID, serviceurl: connector.serviceUrl, iss: 'https://login.example.test' })}`, {}, 'No valid identity'],
    ['a token whose key is not endorsed for the channel', async () => `Bearer ${await auth.signToken({ aud: APP_ID, serviceurl: connector.serviceUrl })}`, { channelId: 'slack' }, 'Could not validate endorsement'],
    ['a header that is not a bearer token', async () => 'Basic YWxhZGRpbjpvcGVuc2VzYW1l', {}, 'No valid identity'],
  ];

  it.each(refusals)('answers 401 without running a turn for %s', async (_case, authorization, overrides, reason) => {
    const turns = harness.bot.turns.length;
    const posts = connector.posts.length;

    const response = await harness.post(teamsActivity(connector.serviceUrl, overrides), await authorization());

    expect(response.status).toBe(401);
    expect(harness.bot.turns).toHaveLength(turns);
    expect(connector.posts).toHaveLength(posts);
    expect(harness.logger.lines.at(-1)).toMatchObject({
      level: 'warn',
      event: 'messages.refused',
      fields: { status: 401, code: 'unauthorized', detail: expect.stringContaining(reason) },
    });
  });

  it('answers 400 to a body that is not an activity, before any authentication', async () => {
    const response = await harness.post({ hello: 'world' });

    expect(response.status).toBe(400);
    expect(harness.logger.lines.at(-1)).toMatchObject({ event: 'messages.refused', fields: { status: 400, code: 'invalid_activity' } });
  });
});

describe('POST /api/messages when the signing keys cannot be fetched', () => {
  it('fails closed with 503 and logs the metadata status when the metadata endpoint answers 500', async () => {
    const failing = await startBotFrameworkAuthServer();
    failing.failMetadataWith(500);
    const local = await startMessagesHarness(authEnv(failing), { overrides: { credentialsFactory: new StaticTokenCredentialsFactory(APP_ID, OUTBOUND_TOKEN) } });
    try {
      const token = await failing.signToken({ aud: APP_ID, serviceurl: connector.serviceUrl });
      const response = await local.post(teamsActivity(connector.serviceUrl), `Bearer ${token}`);

      expect(response).toMatchObject({ status: 503, retryAfter: '30', body: JSON.stringify({ error: 'signingKeysUnavailable' }) });
      expect(local.bot.turns).toHaveLength(0);
      expect(local.logger.lines.at(-1)).toMatchObject({
        level: 'error',
        event: 'messages.refused',
        fields: { status: 503, code: 'signingKeysUnavailable', detail: expect.stringContaining('openID config: 500') },
      });
    } finally {
      await local.close();
      await failing.close();
    }
  });

  it('fails closed with 503 and logs the network error when the metadata host is unreachable', async () => {
    const closedPort = await findClosedPort();
    const local = await startMessagesHarness(
      { ...authEnv(auth), ToBotFromChannelOpenIdMetadataUrl: `http://127.0.0.1:${closedPort}/v1/.well-known/openidconfiguration` },
      { overrides: { credentialsFactory: new StaticTokenCredentialsFactory(APP_ID, OUTBOUND_TOKEN) } },
    );
    try {
      const token = await auth.signToken({ aud: APP_ID, serviceurl: connector.serviceUrl });
      const response = await local.post(teamsActivity(connector.serviceUrl), `Bearer ${token}`);

      expect(response.status).toBe(503);
      expect(local.bot.turns).toHaveLength(0);
      expect(local.logger.lines.at(-1)?.fields).toMatchObject({ code: 'signingKeysUnavailable', detail: expect.stringContaining('ECONNREFUSED') });
    } finally {
      await local.close();
    }
  });
});

describe('POST /api/messages without an app id', () => {
  it('serves a loopback caller without a token and replies without an Authorization header', async () => {
    const local = await startMessagesHarness({});
    try {
      const before = connector.posts.length;
      const response = await local.post(teamsActivity(connector.serviceUrl, { text: 'bonjour' }));

      expect(response.status).toBe(200);
      expect(local.bot.turns).toHaveLength(1);
      expect(connector.posts.slice(before)).toEqual([expect.objectContaining({ authorization: undefined, activity: expect.objectContaining({ text: 'reçu : bonjour' }) })]);
    } finally {
      await local.close();
    }
  });
});

async function findClosedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
