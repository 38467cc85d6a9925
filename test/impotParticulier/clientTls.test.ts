import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startDgfipFixture } from './startDgfipFixture';

const read = (name: string) => readFileSync(path.join(__dirname, 'fixtures', 'tls', name), 'utf8');
const ca = read('ca.pem');
const serverTls = { cert: read('server.pem'), key: read('server.key'), ca, requireClientCert: true };

describe('ImpotParticulierClient mutual TLS', () => {
  it('presents its client certificate to a gateway that requires one', async () => {
    const fixture = await startDgfipFixture({ simulator: { tls: serverTls }, client: { tls: { cert: read('client.pem'), key: read('client.key'), ca } } });
    try {
      expect(fixture.simulator.url).toMatch(/^https:/);
      const result = await fixture.fetch('3999999936268');
      expect(result.ok && result.situation.residence).toEqual({ postcode: '75006', town: 'PARIS' });
    } finally {
      await fixture.close();
    }
  });

  it.each([
    ['a certificate the gateway does not trust', { tls: { cert: read('rogue-client.pem'), key: read('rogue-client.key'), ca } }],
    ['no TLS settings at all', {}],
  ])('cannot reach a gateway that requires a client certificate with %s', async (_name, client) => {
    const fixture = await startDgfipFixture({ simulator: { tls: serverTls }, client });
    try {
      expect(await fixture.fetch('3999999936268')).toEqual({ ok: false, failure: { reason: 'unavailable' } });
      expect(fixture.simulator.counts()).toEqual({ tokenRequests: 0, resourceRequests: 0 });
    } finally {
      await fixture.close();
    }
  });
});
