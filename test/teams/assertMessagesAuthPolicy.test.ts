import { assertMessagesAuthPolicy, isLoopbackHost } from '../../src/http/assertMessagesAuthPolicy';

const singleTenant = {
  MicrosoftAppId: '3f1c2b7a-9d4e-4e0b-8c61-2a5f7e9b1d30',
  MicrosoftAppPassword: 'secret-from-entra',
  MicrosoftAppType: 'SingleTenant' as const,
  MicrosoftAppTenantId: '6d2a1a9e-55a4-4f2e-9a41-3c0b1f6c9e01',
  ALLOW_UNAUTHENTICATED_MESSAGES: false,
};
const noAppId = { MicrosoftAppType: 'SingleTenant' as const, ALLOW_UNAUTHENTICATED_MESSAGES: false };

describe('assertMessagesAuthPolicy', () => {
  it('turns authentication on, silently, for a complete single-tenant registration on any host', () => {
    expect(assertMessagesAuthPolicy(singleTenant, '0.0.0.0')).toEqual({ errors: [], warnings: [], authenticationEnabled: true });
  });

  it('refuses a single-tenant registration without its password or tenant', () => {
    const policy = assertMessagesAuthPolicy({ ...singleTenant, MicrosoftAppPassword: undefined, MicrosoftAppTenantId: undefined }, '127.0.0.1');

    expect(policy.errors).toEqual([expect.stringMatching(/^MicrosoftAppPassword/), expect.stringMatching(/^MicrosoftAppTenantId/)]);
  });

  it('refuses a password for a managed identity', () => {
    expect(assertMessagesAuthPolicy({ ...singleTenant, MicrosoftAppType: 'UserAssignedMsi' }, '0.0.0.0').errors).toEqual([expect.stringMatching(/interdit/)]);
  });

  it('warns that new multi-tenant registrations no longer exist', () => {
    expect(assertMessagesAuthPolicy({ ...singleTenant, MicrosoftAppType: 'MultiTenant', MicrosoftAppTenantId: undefined }, '0.0.0.0').warnings).toEqual([expect.stringMatching(/SingleTenant/)]);
  });

  it('keeps authentication on and says so when unauthenticated messages are allowed next to an app id', () => {
    const policy = assertMessagesAuthPolicy({ ...singleTenant, ALLOW_UNAUTHENTICATED_MESSAGES: true }, '0.0.0.0');

    expect(policy.authenticationEnabled).toBe(true);
    expect(policy.warnings).toEqual([expect.stringMatching(/ALLOW_UNAUTHENTICATED_MESSAGES ignoré/)]);
  });

  it('warns that overridden signing-key metadata is for tests only', () => {
    const policy = assertMessagesAuthPolicy({ ...singleTenant, ToBotFromChannelOpenIdMetadataUrl: 'http://127.0.0.1:9/metadata' }, '0.0.0.0');

    expect(policy.warnings).toEqual([expect.stringMatching(/réservé aux tests/)]);
  });

  it('allows running without an app id on loopback, with a start-up warning', () => {
    expect(assertMessagesAuthPolicy(noAppId, '127.0.0.1')).toEqual({ errors: [], warnings: [expect.stringMatching(/sans authentification/)], authenticationEnabled: false });
  });

  it('refuses to start without an app id on a public interface', () => {
    const policy = assertMessagesAuthPolicy(noAppId, '0.0.0.0');

    expect(policy.authenticationEnabled).toBe(false);
    expect(policy.errors).toEqual([expect.stringMatching(/MicrosoftAppId/)]);
  });

  it('starts without an app id on a public interface only when explicitly allowed, and warns loudly', () => {
    const policy = assertMessagesAuthPolicy({ ...noAppId, ALLOW_UNAUTHENTICATED_MESSAGES: true }, '0.0.0.0');

    expect(policy.errors).toEqual([]);
    expect(policy.warnings).toEqual([expect.stringMatching(/n’importe quelle adresse/)]);
  });

  it('treats a blank app id as no app id', () => {
    expect(assertMessagesAuthPolicy({ ...noAppId, MicrosoftAppId: '  ' }, '0.0.0.0').errors).toHaveLength(1);
  });
});

describe('isLoopbackHost', () => {
  it.each(['127.0.0.1', '127.1.2.3', 'localhost', 'api.localhost', '::1', '[::1]', '0:0:0:0:0:0:0:1', '::ffff:127.0.0.1'])('counts %s as loopback', (host) => {
    expect(isLoopbackHost(host)).toBe(true);
  });

  it.each(['0.0.0.0', '::', '10.0.0.1', '192.168.1.10', 'berceau.example.fr', '::ffff:10.0.0.1', ''])('does not count %j as loopback', (host) => {
    expect(isLoopbackHost(host)).toBe(false);
  });
});
