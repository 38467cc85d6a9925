import { request } from 'undici';
import { createApp, type App } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createWebChatOrigins } from '../../src/http/webchat/createWebChatOrigins';
import { silentLogger, type LogFields, type Logger } from '../../src/log/createLogger';

const recordingLogger = () => {
  const warnings: Array<{ event: string; fields?: LogFields }> = [];
  const logger: Logger = { ...silentLogger, warn: (event, fields) => warnings.push({ event, fields }) };
  return { logger, warnings };
};

describe('the allowed web origins, from one place', () => {
  it('join the commune file, WEBCHAT_ALLOWED_ORIGINS and PUBLIC_URL, normalised, for CORS and frame-ancestors alike', () => {
    const origins = createWebChatOrigins({ publicUrl: 'https://berceau.ville.example/', communeOrigins: ['https://www.ville.example/'], envOrigins: ' https://quartier.ville.example , ftp://x.example', port: 3978, logger: silentLogger });
    expect(origins.list()).toEqual(['https://berceau.ville.example', 'https://www.ville.example', 'https://quartier.ville.example']);
    expect(origins.has('https://quartier.ville.example')).toBe(true);
    expect(origins.has('http://localhost:3978')).toBe(false);
    expect(origins.baseUrlFor('127.0.0.1:3978')).toBe('https://berceau.ville.example');
  });

  it('allow localhost, 127.0.0.1 and [::1] at the bound port when there is no PUBLIC_URL, and answer on the address used', () => {
    const origins = createWebChatOrigins({ communeOrigins: [], port: 0, logger: silentLogger });
    origins.listenOn(41234);
    for (const origin of ['http://localhost:41234', 'http://127.0.0.1:41234', 'http://[::1]:41234']) expect(origins.has(origin)).toBe(true);
    expect(origins.has('http://127.0.0.1:41235')).toBe(false);
    expect(origins.baseUrlFor('127.0.0.1:41234')).toBe('http://127.0.0.1:41234');
    expect(origins.baseUrlFor('[::1]:41234')).toBe('http://[::1]:41234');
    expect(origins.baseUrlFor('evil.example')).toBe('http://localhost:41234');
  });

  it('log a refused origin with the setting that would allow it, once per quarter of an hour', () => {
    let now = 0;
    const { logger, warnings } = recordingLogger();
    const origins = createWebChatOrigins({ communeOrigins: [], port: 3978, logger, now: () => now });
    origins.reportRefused('https://mairie.example', 'POST /api/webchat/token');
    origins.reportRefused('https://mairie.example', 'POST /api/webchat/token');
    now += 16 * 60_000;
    origins.reportRefused('https://mairie.example', 'GET stream');
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toEqual({ event: 'webchat.origin.refused', fields: { operation: 'POST /api/webchat/token', url: 'https://mairie.example', detail: expect.stringContaining('WEBCHAT_ALLOWED_ORIGINS') } });
  });
});

describe('Berceau started without PUBLIC_URL', () => {
  let app: App;
  let port: number;
  const warnings: string[] = [];
  beforeAll(async () => {
    const loaded = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', WEBCHAT_ALLOWED_ORIGINS: 'https://www.ville.example' });
    if (!loaded.ok) throw new Error(loaded.errors.join('; '));
    app = await createApp(loaded.config, { logger: { ...silentLogger, warn: (event, fields) => warnings.push(`${event} ${fields?.url ?? ''} ${fields?.detail ?? ''}`) } });
    port = await app.start(0, '127.0.0.1');
  }, 20_000);
  afterAll(() => app.stop());

  const token = (host: string, origin: string) => request(`http://${host}:${port}/api/webchat/token`, { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body: '{}' });

  it('gives tokens to its page opened at localhost, 127.0.0.1 or [::1], and to WEBCHAT_ALLOWED_ORIGINS', async () => {
    for (const [host, origin] of [['127.0.0.1', `http://127.0.0.1:${port}`], ['127.0.0.1', `http://localhost:${port}`], ['[::1]', `http://[::1]:${port}`], ['127.0.0.1', 'https://www.ville.example']] as const) {
      const response = await token(host, origin);
      await response.body.dump();
      expect([origin, response.statusCode]).toEqual([origin, 200]);
    }
  });

  it('frames its page only for the same origins, and names the variable when it refuses one', async () => {
    const page = await request(`http://[::1]:${port}/`);
    await page.body.dump();
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain(`connect-src 'self';`);
    expect(csp).toContain(`frame-ancestors 'self' http://localhost:${port} http://127.0.0.1:${port} https://www.ville.example;`);
    const refused = await token('127.0.0.1', 'https://ailleurs.example');
    expect(refused.statusCode).toBe(403);
    expect(await refused.body.json()).toEqual({ error: { code: 'OriginNotAllowed', message: 'Origin not allowed' } });
    expect(warnings.some((w) => w.startsWith('webchat.origin.refused https://ailleurs.example') && w.includes('WEBCHAT_ALLOWED_ORIGINS'))).toBe(true);
  });
});
