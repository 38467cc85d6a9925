import { createHmac } from 'node:crypto';

/** Every scope the two simulated endpoints know (commons/data/authorizations.yml; EAJE serializer). */
export const ALL_SCOPES = [
  'cnaf_quotient_familial',
  'cnaf_allocataires',
  'cnaf_enfants',
  'cnaf_adresse',
  'cnav_participation_familiale_eaje_allocataires',
  'cnav_participation_familiale_eaje_enfants',
  'cnav_participation_familiale_eaje_adresse',
  'cnav_participation_familiale_eaje_parametres_calcul',
] as const;

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * A token shaped like the sandbox's (`bin/generate_token.rb`: HS256, `uid`, `jti`, `scopes`, `sub`, `iat`,
 * `version`, `exp`), signed with a public demo key: it only means something to this simulator. Deterministic,
 * so the demo token printed by `npm run simulator` stays the same from one start to the next.
 */
export function createDemoToken(scopes: readonly string[] = ALL_SCOPES, uid = '6f0b2a48-2a6e-4a0f-9a0e-3d0c0b5e7a11'): string {
  const header = encode({ alg: 'HS256', typ: 'JWT' });
  const payload = encode({ uid, jti: '00000000-0000-0000-0000-000000000000', scopes, sub: 'berceau-simulator', iat: 1767225600, version: '1.0', exp: 2082758400 });
  const signature = createHmac('sha256', 'berceau-simulator-demo-key-not-a-secret').update(`${header}.${payload}`).digest('base64url');
  return `${header}.${payload}.${signature}`;
}
