import type restify from 'restify';
import type { OidcRelyingParty } from './createOidcRelyingParty';
import { mapClaimsToAgent, type RoleMapping, type StaffPrincipal } from './mapClaimsToAgent';
import { readCookie, SESSION_COOKIE } from './staffHttp';
import type { StaffSession, StaffSessionStore } from './staffSessionStore';

/** Who is asking: the principal, and the session when it came with the workspace's cookie (forms need its CSRF token). */
export interface StaffContext {
  principal: StaffPrincipal;
  session?: StaffSession;
}

export interface StaffAuthDeps {
  sessions: StaffSessionStore;
  rp: OidcRelyingParty;
  mapping: RoleMapping;
}

/**
 * The session cookie (renewing its idle timeout), or — where `allowBearer` — an `Authorization: Bearer` JWT of the
 * identity provider for this API's audience, whose claims give the role as at sign-in. Anything else: `undefined`.
 */
export async function authenticateStaff(req: restify.Request, deps: StaffAuthDeps, options: { allowBearer: boolean }): Promise<StaffContext | undefined> {
  const authorization = req.headers.authorization;
  if (options.allowBearer && authorization?.startsWith('Bearer ')) {
    const claims = await deps.rp.verifyBearer(authorization.slice(7).trim()).catch(() => undefined);
    if (!claims) return undefined;
    const verdict = mapClaimsToAgent(claims, deps.mapping, 'bearer');
    return verdict.ok ? { principal: verdict.principal } : undefined;
  }
  const id = readCookie(req, SESSION_COOKIE);
  if (!id) return undefined;
  const session = await deps.sessions.touch(id);
  if (!session) return undefined;
  return { principal: { subject: session.subject, name: session.name, role: session.role, via: 'session' }, session };
}
