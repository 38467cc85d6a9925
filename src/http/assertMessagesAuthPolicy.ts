import { isIP } from 'node:net';
import type { Env } from '../config';

export interface MessagesAuthPolicy {
  /** Start-up must stop when this is not empty. */
  errors: string[];
  warnings: string[];
  authenticationEnabled: boolean;
}

type PolicyEnv = Pick<
  Env,
  'MicrosoftAppId' | 'MicrosoftAppPassword' | 'MicrosoftAppType' | 'MicrosoftAppTenantId' | 'ToBotFromChannelOpenIdMetadataUrl' | 'ToBotFromChannelTokenIssuer' | 'ALLOW_UNAUTHENTICATED_MESSAGES'
>;

/**
 * The rule for `/api/messages`: authentication is on whenever `MicrosoftAppId` is set; it may be off only without
 * an app id, and then only on a loopback `host`, unless `ALLOW_UNAUTHENTICATED_MESSAGES=true` says otherwise (with a
 * warning, because anyone reaching the port could then make the bot post to any `serviceUrl`).
 */
export function assertMessagesAuthPolicy(env: PolicyEnv, host: string): MessagesAuthPolicy {
  const errors: string[] = [];
  const warnings: string[] = [];
  const appId = env.MicrosoftAppId?.trim();
  if (appId) {
    if (env.MicrosoftAppType !== 'UserAssignedMsi' && !env.MicrosoftAppPassword) errors.push(`MicrosoftAppPassword: requis pour MicrosoftAppType=${env.MicrosoftAppType}`);
    if (env.MicrosoftAppType === 'UserAssignedMsi' && env.MicrosoftAppPassword) errors.push('MicrosoftAppPassword: interdit pour MicrosoftAppType=UserAssignedMsi');
    if (env.MicrosoftAppType !== 'MultiTenant' && !env.MicrosoftAppTenantId) errors.push(`MicrosoftAppTenantId: requis pour MicrosoftAppType=${env.MicrosoftAppType}`);
    if (env.MicrosoftAppType === 'MultiTenant') warnings.push('MicrosoftAppType=MultiTenant : Azure ne crée plus de nouvelles inscriptions multi-locataires depuis le 31 juillet 2025 ; utilisez SingleTenant.');
    if (env.ALLOW_UNAUTHENTICATED_MESSAGES) warnings.push('ALLOW_UNAUTHENTICATED_MESSAGES ignoré : MicrosoftAppId est défini, /api/messages exige un jeton Bot Framework.');
    if (env.ToBotFromChannelOpenIdMetadataUrl || env.ToBotFromChannelTokenIssuer) {
      warnings.push('ToBotFromChannelOpenIdMetadataUrl/ToBotFromChannelTokenIssuer remplacent les clés de login.botframework.com : réservé aux tests, jamais en production.');
    }
    return { errors, warnings, authenticationEnabled: true };
  }
  if (isLoopbackHost(host)) {
    warnings.push(`/api/messages sans authentification (MicrosoftAppId absent), accessible seulement en boucle locale (${host}).`);
  } else if (env.ALLOW_UNAUTHENTICATED_MESSAGES) {
    warnings.push(`/api/messages sans authentification sur ${host} (ALLOW_UNAUTHENTICATED_MESSAGES=true) : quiconque atteint ce port peut parler au bot et lui faire envoyer des réponses vers n’importe quelle adresse.`);
  } else {
    errors.push(`/api/messages sans authentification sur ${host} : définissez MicrosoftAppId (inscription Azure Bot) ou écoutez sur 127.0.0.1, ou bien ALLOW_UNAUTHENTICATED_MESSAGES=true en connaissance de cause.`);
  }
  return { errors, warnings, authenticationEnabled: false };
}

/** Whether a host name or address is on the loopback interface (127.0.0.0/8, ::1, localhost). */
export function isLoopbackHost(host: string): boolean {
  const bare = host.trim().replace(/^\[|\]$/g, '').toLowerCase();
  if (bare === 'localhost' || bare.endsWith('.localhost')) return true;
  const v4 = bare.startsWith('::ffff:') ? bare.slice(7) : bare;
  if (isIP(v4) === 4) return v4.startsWith('127.');
  return isIP(bare) === 6 && new URL(`http://[${bare}]/`).hostname === '[::1]';
}
