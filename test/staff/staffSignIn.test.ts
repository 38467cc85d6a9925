import { startTestApp, type TestApp } from '../support/startTestApp';
import { signInAgent } from '../support/signInAgent';

const PASSWORD = 'mot-de-passe-demo-42';

describe('agents sign in through the embedded OIDC provider', () => {
  let t: TestApp;
  let base: string;
  beforeAll(async () => {
    t = await startTestApp({ env: { DEMO_AGENT_PASSWORD: PASSWORD } });
    base = `http://localhost:${await t.app.start(0, '127.0.0.1')}`;
  });
  afterAll(async () => {
    await t.stop();
    await t.cleanup();
  });

  test('signs agent.demo in and opens the workspace', async () => {
    const session = await signInAgent(base, 'agent.demo', PASSWORD);
    expect(session.cookie).toMatch(/^berceau_agent=/);
    const page = await fetch(`${base}/agents/`, { headers: { cookie: session.cookie } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Demandes de pré-inscription');
  });
});
