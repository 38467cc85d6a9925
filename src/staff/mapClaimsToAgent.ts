import type { StaffRole } from '../../machines/lifecycleTypes';

/** How the identity provider's claims give a role: the claim that carries it, and the values of each role. */
export interface RoleMapping {
  roleClaim: string;
  agentValues: string[];
  responsableValues: string[];
  /** When set, this claim must hold the commune's SIRET (ProConnect's `siret`): an agent of another body is refused. */
  siretClaim?: string;
  communeSiret: string;
}

/** Someone the workspace or the API let in: the IdP's subject id (audit), a display name, one role. */
export interface StaffPrincipal {
  subject: string;
  name: string;
  role: StaffRole;
  via: 'session' | 'bearer';
}

export type ClaimsVerdict = { ok: true; principal: StaffPrincipal } | { ok: false; reason: 'no-subject' | 'no-role' | 'other-commune' };

const SCOPE_ROLES: Record<string, StaffRole> = { 'berceau:agent': 'agent', 'berceau:responsable': 'responsable' };

/**
 * Decides who a set of claims is: no subject, no role or another commune's SIRET is a refusal. `responsable` wins
 * over `agent`. Bearer tokens of integrations may also carry their role as a scope (`berceau:agent`,
 * `berceau:responsable`), which the identity provider grants per client.
 */
export function mapClaimsToAgent(claims: Record<string, unknown>, mapping: RoleMapping, via: StaffPrincipal['via']): ClaimsVerdict {
  const subject = typeof claims.sub === 'string' && claims.sub.length > 0 ? claims.sub : undefined;
  if (!subject) return { ok: false, reason: 'no-subject' };
  if (mapping.siretClaim && claims[mapping.siretClaim] !== mapping.communeSiret) return { ok: false, reason: 'other-commune' };
  const values = new Set(valuesOf(claims[mapping.roleClaim]));
  const roles = new Set<StaffRole>();
  if (mapping.agentValues.some((v) => values.has(v))) roles.add('agent');
  if (mapping.responsableValues.some((v) => values.has(v))) roles.add('responsable');
  if (via === 'bearer') for (const scope of valuesOf(claims.scope).flatMap((s) => s.split(' '))) if (SCOPE_ROLES[scope]) roles.add(SCOPE_ROLES[scope]);
  const role = roles.has('responsable') ? 'responsable' : roles.has('agent') ? 'agent' : undefined;
  if (!role) return { ok: false, reason: 'no-role' };
  const name = typeof claims.name === 'string' ? claims.name : typeof claims.email === 'string' ? claims.email : typeof claims.client_id === 'string' ? claims.client_id : subject;
  return { ok: true, principal: { subject, name, role, via } };
}

function valuesOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}
