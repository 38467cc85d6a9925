import { CallerIdConstants } from 'botbuilder';
import { AuthenticationConstants, type ServiceClientCredentialsFactory } from 'botframework-connector';
import type { Env } from '../config';
import type { Logger } from '../log/createLogger';
import { createConversationPacer, type ConversationPacer } from './createConversationPacer';
import { FailClosedBotFrameworkAuthentication } from './FailClosedBotFrameworkAuthentication';
import { createTurnErrorHandler } from './createTurnErrorHandler';
import { TeamsCloudAdapter, type SendRetryOptions } from './TeamsCloudAdapter';

export type CloudAdapterEnv = Pick<
  Env,
  'MicrosoftAppId' | 'MicrosoftAppPassword' | 'MicrosoftAppType' | 'MicrosoftAppTenantId' | 'ToBotFromChannelOpenIdMetadataUrl' | 'ToBotFromChannelTokenIssuer'
>;

/** What tests (and only tests) swap: outbound credentials that need no Entra ID, a paced clock, short back-offs. */
export interface CloudAdapterOverrides {
  credentialsFactory?: ServiceClientCredentialsFactory;
  pacer?: ConversationPacer;
  retry?: SendRetryOptions;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Builds the adapter behind `POST /api/messages` from the validated environment (Bot Framework's conventional
 * names). With `MicrosoftAppId` set every request must carry a valid Bot Framework JWT; without it authentication
 * is disabled (see `assertMessagesAuthPolicy`). When the signing-key metadata is overridden (offline tests), the
 * other endpoints keep their public-cloud values, so the outbound side is configured as in production.
 */
export function createCloudAdapter(env: CloudAdapterEnv, logger: Logger, overrides: CloudAdapterOverrides = {}): TeamsCloudAdapter {
  const appId = env.MicrosoftAppId?.trim() || undefined;
  const settings: Record<string, string | undefined> = {
    MicrosoftAppId: appId,
    MicrosoftAppPassword: appId ? env.MicrosoftAppPassword : undefined,
    MicrosoftAppType: appId ? env.MicrosoftAppType : 'MultiTenant',
    MicrosoftAppTenantId: appId ? env.MicrosoftAppTenantId : undefined,
  };
  if (env.ToBotFromChannelOpenIdMetadataUrl || env.ToBotFromChannelTokenIssuer) {
    Object.assign(settings, {
      ToBotFromChannelOpenIdMetadataUrl: env.ToBotFromChannelOpenIdMetadataUrl ?? AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl,
      ToBotFromChannelTokenIssuer: env.ToBotFromChannelTokenIssuer ?? AuthenticationConstants.ToBotFromChannelTokenIssuer,
      ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
      ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
      ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
      OAuthUrl: AuthenticationConstants.OAuthUrl,
      CallerId: CallerIdConstants.PublicAzureChannel,
    });
  }
  const definedSettings = Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== undefined));
  const authentication = new FailClosedBotFrameworkAuthentication(definedSettings, overrides.credentialsFactory);
  const adapter = new TeamsCloudAdapter(authentication, appId === undefined, {
    logger,
    pacer: overrides.pacer ?? createConversationPacer(),
    retry: overrides.retry ?? { attempts: 3, baseDelayMs: 1_000 },
    sleep: overrides.sleep,
  });
  adapter.onTurnError = createTurnErrorHandler(logger);
  return adapter;
}
