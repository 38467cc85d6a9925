import { existsSync, readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import type { Commune } from '../machines/commune';
import { communeSchema } from './commune/communeSchema';

/** The commune file used when `COMMUNE_CONFIG_FILE` is not set: a realistic demo. */
export const DEFAULT_COMMUNE_FILE = path.join(projectRoot(), 'config', 'commune.example.json');

/** The folder holding package.json, whether this file runs from `src/` (tests) or `dist/src/` (npm start). */
export function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('projectRoot: package.json not found');
    dir = parent;
  }
  return dir;
}

const optionalUrl = z.string().url().optional();
const bool = z.enum(['true', 'false']).transform((v) => v === 'true');

/** Every environment variable Berceau reads, in the order of `.env.example`. */
export const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: z.string().min(1).default('127.0.0.1'),
  PUBLIC_URL: optionalUrl,
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  REDIS_URL: optionalUrl,
  REDIS_KEY_PREFIX: z.string().regex(/^[a-zA-Z0-9:_-]*$/).default('berceau:'),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\/\S+$/, 'URL postgres://… attendue').optional(),
  DATABASE_SCHEMA: z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, 'nom de schéma en minuscules').default('public'),
  PGLITE_DATA_DIR: z.string().min(1).optional(),
  COMMUNE_CONFIG_FILE: z.string().min(1).optional(),
  CONVERSATION_HASH_SECRET: z.string().min(16).optional(),
  DRAFT_EXPIRY_NOTICE_DAYS: z.coerce.number().int().min(0).max(365).default(90),
  API_PARTICULIER_URL: optionalUrl,
  API_PARTICULIER_TOKEN: z.string().min(10).optional(),
  API_PARTICULIER_TIMEOUT_MS: z.coerce.number().int().min(100).max(60000).default(12000),
  API_PARTICULIER_DAILY_LOOKUPS_PER_CLIENT: z.coerce.number().int().min(1).max(1000).default(10),
  IMPOT_PARTICULIER_URL: optionalUrl,
  IMPOT_PARTICULIER_TOKEN_URL: optionalUrl,
  IMPOT_PARTICULIER_CLIENT_ID: z.string().min(1).optional(),
  IMPOT_PARTICULIER_CLIENT_SECRET: z.string().min(1).optional(),
  IMPOT_PARTICULIER_ID_TELESERVICE: z.string().min(1).optional(),
  IMPOT_PARTICULIER_CLIENT_CERT_FILE: z.string().min(1).optional(),
  IMPOT_PARTICULIER_CLIENT_KEY_FILE: z.string().min(1).optional(),
  WEBCHAT_TOKEN_SECRET: z.string().min(32).optional(),
  WEBCHAT_ALLOWED_ORIGINS: z
    .string()
    .optional()
    .refine((v) => !v || v.split(',').every((o) => z.string().url().safeParse(o.trim()).success), 'liste d’origines séparées par des virgules (https://…)'),
  SMTP_URL: z.string().regex(/^smtps?:\/\/[^\s]+$/, 'adresse smtp://… ou smtps://…').optional(),
  MAIL_FROM: z.string().min(3).default('Berceau (ne pas répondre) <ne-pas-repondre@berceau.invalid>'),
  LINK_SIGNING_SECRET: z.string().min(32).optional(),
  MicrosoftAppId: z.string().optional(),
  MicrosoftAppPassword: z.string().optional(),
  MicrosoftAppType: z.enum(['SingleTenant', 'MultiTenant', 'UserAssignedMsi']).default('SingleTenant'),
  MicrosoftAppTenantId: z.string().optional(),
  ToBotFromChannelOpenIdMetadataUrl: optionalUrl,
  ToBotFromChannelTokenIssuer: z.string().optional(),
  ALLOW_UNAUTHENTICATED_MESSAGES: bool.default(false),
  STAFF_OIDC_ISSUER: optionalUrl,
  STAFF_OIDC_CLIENT_ID: z.string().min(1).optional(),
  STAFF_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  STAFF_OIDC_SCOPES: z.string().min(6).default('openid email profile'),
  STAFF_ROLE_CLAIM: z.string().min(1).default('groups'),
  STAFF_AGENT_ROLE_VALUES: z.string().min(1).default('berceau-agent'),
  STAFF_RESPONSABLE_ROLE_VALUES: z.string().min(1).default('berceau-responsable'),
  STAFF_SIRET_CLAIM: z.string().min(1).optional(),
  STAFF_API_AUDIENCE: z.string().min(1).optional(),
  STAFF_SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).max(480).default(30),
  DEMO_AGENT_PASSWORD: z.string().min(8).optional(),
  RETENTION_PURGE_INTERVAL_HOURS: z.coerce.number().int().min(0).max(720).default(24),
});

export type Env = z.infer<typeof envSchema>;

/** The validated, frozen configuration of one process. */
export interface Config {
  env: Env;
  commune: Commune;
  publicUrl: string;
  /** Secrets generated at start-up because none was configured (fine for a demo, not for production). */
  generatedSecrets: string[];
  conversationHashSecret: string;
  webchatTokenSecret: string;
  /** Signs the links of the e-mails back into the chat and keys the hashes of resume codes. */
  linkSigningSecret: string;
  /** The demo agents' password (the embedded identity provider runs when no STAFF_OIDC_ISSUER is set). */
  demoAgentPassword: string;
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: string[] };

/** Reads the environment and the commune file once; every invalid key is reported, none is guessed. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): ConfigResult {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  const env = parsed.data;
  const errors: string[] = [];
  if (env.API_PARTICULIER_URL && !env.API_PARTICULIER_TOKEN) errors.push('API_PARTICULIER_TOKEN: requis quand API_PARTICULIER_URL est défini');
  if (env.SMTP_URL && !source.MAIL_FROM) errors.push('MAIL_FROM: requis quand SMTP_URL est défini (adresse d’expédition de la commune)');
  if (env.STAFF_OIDC_ISSUER && (!env.STAFF_OIDC_CLIENT_ID || !env.STAFF_OIDC_CLIENT_SECRET)) errors.push('STAFF_OIDC_CLIENT_ID, STAFF_OIDC_CLIENT_SECRET: requis quand STAFF_OIDC_ISSUER est défini');
  if (env.MicrosoftAppId && env.MicrosoftAppType === 'SingleTenant' && !env.MicrosoftAppTenantId) errors.push('MicrosoftAppTenantId: requis pour MicrosoftAppType=SingleTenant');
  const commune = loadCommuneFile(env.COMMUNE_CONFIG_FILE ?? DEFAULT_COMMUNE_FILE, errors);
  if (errors.length > 0 || !commune) return { ok: false, errors };
  const generatedSecrets: string[] = [];
  const secret = (name: string, value: string | undefined) => {
    if (value) return value;
    generatedSecrets.push(name);
    return randomBytes(32).toString('hex');
  };
  const config: Config = {
    env,
    commune,
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ''),
    generatedSecrets,
    conversationHashSecret: secret('CONVERSATION_HASH_SECRET', env.CONVERSATION_HASH_SECRET),
    webchatTokenSecret: secret('WEBCHAT_TOKEN_SECRET', env.WEBCHAT_TOKEN_SECRET),
    linkSigningSecret: secret('LINK_SIGNING_SECRET', env.LINK_SIGNING_SECRET),
    demoAgentPassword: env.DEMO_AGENT_PASSWORD ?? randomBytes(9).toString('base64url'),
  };
  return { ok: true, config: deepFreeze(config) };
}

function loadCommuneFile(file: string, errors: string[]): Commune | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    errors.push(`COMMUNE_CONFIG_FILE: lecture impossible de ${file} (${(error as Error).message})`);
    return undefined;
  }
  const parsed = communeSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) errors.push(`commune.${issue.path.join('.')}: ${issue.message}`);
    return undefined;
  }
  return parsed.data;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
