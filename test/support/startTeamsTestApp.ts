import { StaticTokenCredentialsFactory } from '../teams/staticTokenCredentialsFactory';
import { TEST_TENANT_ID } from '../teams/teamsActivity';
import { startBotFrameworkAuthServer, type BotFrameworkAuthServer } from './botFrameworkAuthServer';
import { startStubConnector, type StubConnector } from './stubConnector';
import { startTestApp, type TestApp } from './startTestApp';

export const TEAMS_TEST_APP_ID = '3f1c2b7a-9d4e-4e0b-8c61-2a5f7e9b1d30';

/**
 * The whole app behind an authenticated `/api/messages` (a local signing-key server, outbound tokens from a static
 * factory) on real Redis, with a stub Bot Connector to receive what the bot posts; `post` signs and sends one activity.
 */
export async function startTeamsTestApp(): Promise<{ t: TestApp; auth: BotFrameworkAuthServer; connector: StubConnector; baseUrl: string; post(activity: Record<string, unknown>): Promise<number>; stop(): Promise<void> }> {
  const auth = await startBotFrameworkAuthServer();
  const connector = await startStubConnector();
  const t = await startTestApp({
    redis: true,
    env: { MicrosoftAppId: TEAMS_TEST_APP_ID, MicrosoftAppPassword: 'offline', MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: TEST_TENANT_ID, ToBotFromChannelOpenIdMetadataUrl: auth.metadataUrl, ToBotFromChannelTokenIssuer: auth.issuer },
    overrides: { adapter: { credentialsFactory: new StaticTokenCredentialsFactory(TEAMS_TEST_APP_ID, 'outbound'), retry: { attempts: 3, baseDelayMs: 10 } } },
  });
  const base = `http://127.0.0.1:${await t.app.start(0, '127.0.0.1')}`;
  return {
    t,
    auth,
    connector,
    baseUrl: base,
    async post(activity) {
      const token = await auth.signToken({ aud: TEAMS_TEST_APP_ID, serviceurl: connector.serviceUrl });
      const response = await fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(activity) });
      return response.status;
    },
    async stop() {
      await t.stop();
      await t.cleanup();
      await connector.close();
      await auth.close();
    },
  };
}

/** Registers the hooks that start the Teams test app before a `describe` and stop it after; returns an accessor. */
export function useTeamsTestApp(): () => Awaited<ReturnType<typeof startTeamsTestApp>> {
  let teams: Awaited<ReturnType<typeof startTeamsTestApp>> | undefined;
  beforeAll(async () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    teams = await startTeamsTestApp();
  });
  afterAll(async () => {
    await teams?.stop();
    jest.restoreAllMocks();
  });
  return () => {
    if (!teams) throw new Error('useTeamsTestApp: not started (use it inside a test)');
    return teams;
  };
}
