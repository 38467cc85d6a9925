import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { request } from 'undici';
import type restify from 'restify';
import { communeSchema } from '../../src/commune/communeSchema';
import { close, createHttpServer, listen } from '../../src/http/createHttpServer';
import { buildWebChatOptions } from '../../src/http/webchat/buildWebChatOptions';
import { createWebChatOrigins } from '../../src/http/webchat/createWebChatOrigins';
import { loadWebChatAssets } from '../../src/http/webchat/loadWebChatAssets';
import { registerWebChatPage } from '../../src/http/webchat/registerWebChatPage';
import { silentLogger } from '../../src/log/createLogger';
import communeFile from '../../config/commune.example.json';

const commune = communeSchema.parse(communeFile);
const built = loadWebChatAssets();

describe('the Web Chat page, its script, the bundle and the widget', () => {
  let server: restify.Server;
  let baseUrl: string;
  beforeAll(async () => {
    server = createHttpServer({ logger: silentLogger });
    const port = await listen(server, 0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${port}`;
    const origins = createWebChatOrigins({ publicUrl: 'https://berceau.ville.example', communeOrigins: ['https://www.ville.example'], envOrigins: 'https://quartier.ville.example', port: 0, logger: silentLogger });
    registerWebChatPage(server, { commune: { ...commune, name: 'Ville <de> "Test"' }, origins });
  });
  afterAll(() => close(server));

  const get = async (path: string, headers: Record<string, string> = {}) => {
    const response = await request(`${baseUrl}${path}`, { headers });
    return { status: response.statusCode, headers: response.headers, body: Buffer.from(await response.body.arrayBuffer()) };
  };

  it('serves a French page under a strict policy whose nonce is on every script and changes per response', async () => {
    const first = await get('/');
    const html = first.body.toString();
    const csp = String(first.headers['content-security-policy']);
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1] ?? '';
    expect(html).toMatch(/^<!doctype html>\n<html lang="fr">/);
    expect(csp).toContain(`script-src 'self' 'nonce-${nonce}'`);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("connect-src 'self' wss://berceau.ville.example");
    expect(csp).toContain("frame-ancestors 'self' https://berceau.ville.example https://www.ville.example https://quartier.ville.example");
    expect(csp).toContain("default-src 'none'");
    const scripts = html.match(/<script [^>]*src="[^"]+"[^>]*>/g) ?? [];
    expect(scripts).toHaveLength(2);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    expect(html).toContain(`src="/webchat/${built.webchat.file}"`);
    expect(scripts.every((tag) => tag.includes(' defer'))).toBe(true);
    expect(html).toContain('Chargement de l’assistant…');
    const second = await get('/');
    expect(String(second.headers['content-security-policy'])).not.toContain(nonce);
  });

  it('escapes the commune’s name and passes Web Chat its options as inert JSON', async () => {
    const html = (await get('/')).body.toString();
    expect(html).toContain('Ville &lt;de&gt; &quot;Test&quot;');
    expect(html).not.toContain('<de>');
    const json = /<script type="application\/json" id="berceau-config">(.*?)<\/script>/s.exec(html)?.[1] ?? '{}';
    const config = JSON.parse(json) as { locale: string; styleOptions: Record<string, unknown>; tokenUrl: string };
    expect(config).toMatchObject({ locale: 'fr-FR', tokenUrl: '/api/webchat/token', styleOptions: { hideUploadButton: true, accent: '#000091' } });
  });

  it('keeps only the chat and a hidden heading in the widget’s iframe', async () => {
    const html = (await get('/?embed=1')).body.toString();
    expect(html).toContain('<h1 class="sr-only">');
    expect(html).not.toContain('<header');
    expect(html).not.toContain('<footer');
  });

  it('serves the built Web Chat bundle under an immutable hashed path, in Brotli or gzip when accepted', async () => {
    const url = `/webchat/${built.webchat.file}`;
    const plain = await get(url);
    expect(plain.status).toBe(200);
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(plain.headers.vary).toBe('Accept-Encoding');
    expect(plain.body.length).toBeGreaterThan(1_000_000);
    const zipped = await get(url, { 'accept-encoding': 'gzip' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
    const brotli = await get(url, { 'accept-encoding': 'gzip, deflate, br' });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.body.length).toBeLessThan(zipped.body.length);
    expect(brotliDecompressSync(brotli.body).equals(plain.body)).toBe(true);
    const page = await get('/', { 'accept-encoding': 'br' });
    expect(page.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(page.body).toString()).toContain('<html lang="fr">');
    expect((await get('/webchat/webchat-0000000000000000.js')).status).toBe(404);
  });

  it('tells the widget whether the calling origin may embed the chat, to any origin', async () => {
    const allowed = await get('/api/webchat/embedding', { origin: 'https://quartier.ville.example' });
    expect(allowed.headers['access-control-allow-origin']).toBe('*');
    expect(JSON.parse(allowed.body.toString())).toEqual({ allowed: true });
    const refused = await get('/api/webchat/embedding', { origin: 'https://ailleurs.example' });
    expect(JSON.parse(refused.body.toString())).toEqual({ allowed: false });
  });

  it('serves the page script and a widget script configured with the theme', async () => {
    const html = (await get('/')).body.toString();
    const scriptPath = /src="(\/webchat\/page-[0-9a-f]{16}\.js)"/.exec(html)?.[1] ?? '';
    const script = await get(scriptPath);
    expect(script.headers['content-type']).toContain('text/javascript');
    expect(script.body.toString()).toContain('BerceauWebChat');
    const widget = await get('/widget.js');
    expect(widget.headers['content-type']).toContain('text/javascript');
    const body = widget.body.toString();
    expect(body).toContain('"baseUrl":"https://berceau.ville.example"');
    expect(body).toContain('"primaryColour":"#000091"');
    expect(body).not.toContain('__BERCEAU_WIDGET_CONFIG__');
    expect(() => new Function(body)).not.toThrow();
  });
});

describe('the Web Chat style options', () => {
  it('keep text at 4.5:1 and borders at 3:1 on white, and the parent’s bubbles readable, with the demo theme', () => {
    const { styleOptions } = buildWebChatOptions(commune.theme);
    const onWhite = (colour: unknown) => contrast(String(colour), '#ffffff');
    for (const key of ['subtle', 'timestampColor', 'bubbleTextColor', 'sendBoxTextColor', 'accent', 'suggestedActionTextColor']) expect(onWhite(styleOptions[key])).toBeGreaterThanOrEqual(4.5);
    expect(onWhite(styleOptions.bubbleBorderColor)).toBeGreaterThanOrEqual(3);
    expect(contrast(String(styleOptions.bubbleBackground), String(styleOptions.bubbleTextColor))).toBeGreaterThanOrEqual(4.5);
    expect(contrast(String(styleOptions.bubbleFromUserBackground), String(styleOptions.bubbleFromUserTextColor))).toBeGreaterThanOrEqual(4.5);
    expect(contrast(String(styleOptions.cardPushButtonBackgroundColor), String(styleOptions.cardPushButtonTextColor))).toBeGreaterThanOrEqual(4.5);
  });
});

function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (bl ?? 0);
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((high ?? 0) + 0.05) / ((low ?? 0) + 0.05);
}
