import type { Env } from './config';

type Key = keyof Env;

/**
 * Each external service's settings, validated together: a service is either fully configured (then Berceau calls
 * it, with exactly these values) or not configured at all (then the local simulator starts in-process, and its demo
 * credentials never leave the process). A partial setting is refused, naming each missing key.
 */
const GROUPS: ReadonlyArray<{ service: string; keys: readonly Key[]; optional?: readonly Key[] }> = [
  { service: 'API Particulier', keys: ['API_PARTICULIER_URL', 'API_PARTICULIER_TOKEN'] },
  {
    service: 'API Impôt particulier (DGFiP)',
    keys: ['IMPOT_PARTICULIER_URL', 'IMPOT_PARTICULIER_TOKEN_URL', 'IMPOT_PARTICULIER_CLIENT_ID', 'IMPOT_PARTICULIER_CLIENT_SECRET', 'IMPOT_PARTICULIER_ID_TELESERVICE'],
    optional: ['IMPOT_PARTICULIER_CLIENT_CERT_FILE', 'IMPOT_PARTICULIER_CLIENT_KEY_FILE'],
  },
];

/** Error lines (`KEY: …`) for every group set only in part, and for a certificate given without its key (or the reverse). */
export function checkServiceSettings(env: Env): string[] {
  const errors: string[] = [];
  for (const { service, keys, optional = [] } of GROUPS) {
    const set = [...keys, ...optional].filter((key) => env[key] !== undefined);
    if (set.length === 0) continue;
    for (const key of keys.filter((k) => env[k] === undefined)) {
      errors.push(`${key}: requis, car ${set.join(', ')} ${set.length > 1 ? 'sont définis' : 'est défini'} (${service} : ${keys.join(', ')} vont ensemble, ou aucun pour le simulateur local)`);
    }
  }
  const cert = env.IMPOT_PARTICULIER_CLIENT_CERT_FILE;
  const key = env.IMPOT_PARTICULIER_CLIENT_KEY_FILE;
  if (cert !== undefined && key === undefined) errors.push('IMPOT_PARTICULIER_CLIENT_KEY_FILE: requis avec IMPOT_PARTICULIER_CLIENT_CERT_FILE (certificat mTLS et sa clé)');
  if (key !== undefined && cert === undefined) errors.push('IMPOT_PARTICULIER_CLIENT_CERT_FILE: requis avec IMPOT_PARTICULIER_CLIENT_KEY_FILE (certificat mTLS et sa clé)');
  return errors;
}
