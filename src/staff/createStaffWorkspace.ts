import type { Redis } from 'ioredis';
import type restify from 'restify';
import type { Config } from '../config';
import type { RequestRecords } from '../enrolments/createRequestRecords';
import type { Logger } from '../log/createLogger';
import type { StaffAuthDeps } from './authenticateStaff';
import { createOidcRelyingParty, type OidcRelyingParty } from './createOidcRelyingParty';
import { createStaffActions } from './createStaffActions';
import { registerStaffApiRoutes } from './registerStaffApiRoutes';
import { registerStaffAuthRoutes } from './registerStaffAuthRoutes';
import { registerWorkspaceRoutes } from './registerWorkspaceRoutes';
import { createMemoryStaffSessionStore, createRedisStaffSessionStore } from './staffSessionStore';
import { startDemoIdentityProvider, type DemoAccount, type DemoIdentityProvider, type DemoIntegrationClient } from './startDemoIdentityProvider';

/** Test seams of the demo provider: more people (another commune's agent, someone without a role) and machine clients. */
export interface DemoProviderOverrides {
  extraAccounts?: DemoAccount[];
  integrationClients?: Array<{ clientId: string; scope: DemoIntegrationClient['scope']; siret: string }>;
}

export interface StaffWorkspace {
  /** Starts the embedded identity provider when no issuer is configured (it needs the workspace's public URL). */
  start(publicUrl: string): Promise<void>;
  demo(): DemoIdentityProvider | undefined;
  close(): Promise<void>;
}

const split = (list: string) => list.split(',').map((v) => v.trim()).filter((v) => v.length > 0);

/**
 * The agents' side: sign-in (the commune's OIDC provider, or the embedded demo one), sessions in Redis or memory,
 * the workspace pages and the JSON API, all over the same actions. Routes are registered at once; the relying
 * party is bound at `start`, once the public URL (and so the redirect URI) is known.
 */
export function createStaffWorkspace(server: restify.Server, deps: { config: Config; records: RequestRecords; redis?: Redis; logger: Logger; clock: () => Date; demoOverrides?: DemoProviderOverrides }): StaffWorkspace {
  const { env, commune } = deps.config;
  const idleSeconds = env.STAFF_SESSION_IDLE_MINUTES * 60;
  const sessions = deps.redis ? createRedisStaffSessionStore(deps.redis, { prefix: env.REDIS_KEY_PREFIX, idleSeconds, clock: deps.clock }) : createMemoryStaffSessionStore({ idleSeconds, clock: deps.clock });
  const usesDemo = !env.STAFF_OIDC_ISSUER;
  let rp: OidcRelyingParty | undefined;
  let demo: DemoIdentityProvider | undefined;
  let issuerOrigin = env.STAFF_OIDC_ISSUER ? new URL(env.STAFF_OIDC_ISSUER).origin : '';
  const unavailable = async () => {
    throw new Error('staff: identity provider not started');
  };
  const auth: StaffAuthDeps = {
    sessions,
    rp: {
      beginLogin: () => (rp ? rp.beginLogin() : unavailable()),
      completeLogin: (url, pending) => (rp ? rp.completeLogin(url, pending) : unavailable()),
      logoutUrl: async (idToken) => rp?.logoutUrl(idToken),
      verifyBearer: async (token) => rp?.verifyBearer(token),
    },
    mapping: {
      roleClaim: env.STAFF_ROLE_CLAIM,
      agentValues: split(env.STAFF_AGENT_ROLE_VALUES),
      responsableValues: split(env.STAFF_RESPONSABLE_ROLE_VALUES),
      communeSiret: commune.siret,
      ...(env.STAFF_SIRET_CLAIM ? { siretClaim: env.STAFF_SIRET_CLAIM } : usesDemo ? { siretClaim: 'siret' } : {}),
    },
  };
  const csp = () => `default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self' ${issuerOrigin}; frame-ancestors 'none'; base-uri 'none'`;
  const actions = createStaffActions({ records: deps.records, commune, clock: deps.clock });
  let publicUrl = deps.config.publicUrl;
  const currentUrl = () => publicUrl;

  registerStaffAuthRoutes(server, { ...auth, communeName: commune.name, publicUrl: currentUrl, csp, logger: deps.logger });
  registerWorkspaceRoutes(server, { actions, commune, auth, csp, logger: deps.logger, clock: deps.clock });
  registerStaffApiRoutes(server, { actions, commune, auth, logger: deps.logger, publicUrl: currentUrl, clock: deps.clock });

  return {
    async start(url) {
      publicUrl = url;
      const audience = env.STAFF_API_AUDIENCE ?? `${url}/api/staff`;
      const redirectUri = `${url}/agents/auth/callback`;
      const postLogoutRedirectUri = `${url}/agents/deconnecte`;
      if (usesDemo) {
        const accounts: DemoAccount[] = [
          { login: 'agent.demo', name: 'Agent de démonstration', groups: split(env.STAFF_AGENT_ROLE_VALUES).slice(0, 1), siret: commune.siret },
          { login: 'responsable.demo', name: 'Responsable de démonstration', groups: split(env.STAFF_RESPONSABLE_ROLE_VALUES).slice(0, 1), siret: commune.siret },
          ...(deps.demoOverrides?.extraAccounts ?? []),
        ];
        demo = await startDemoIdentityProvider({ redirectUri, postLogoutRedirectUri, password: deps.config.demoAgentPassword, accounts, apiAudience: audience, integrationScopes: deps.demoOverrides?.integrationClients ?? [] });
        issuerOrigin = new URL(demo.issuer).origin;
        rp = createOidcRelyingParty({ issuer: demo.issuer, clientId: demo.clientId, clientSecret: demo.clientSecret, redirectUri, postLogoutRedirectUri, scopes: 'openid email profile groups siret', apiAudience: audience, allowHttp: true });
        return;
      }
      rp = createOidcRelyingParty({ issuer: env.STAFF_OIDC_ISSUER ?? '', clientId: env.STAFF_OIDC_CLIENT_ID ?? '', clientSecret: env.STAFF_OIDC_CLIENT_SECRET ?? '', redirectUri, postLogoutRedirectUri, scopes: env.STAFF_OIDC_SCOPES, apiAudience: env.STAFF_API_AUDIENCE ?? env.STAFF_OIDC_CLIENT_ID ?? '' });
    },
    demo: () => demo,
    close: async () => demo?.close(),
  };
}
