import { loadConfig } from '../../src/config';
import { PLACEHOLDER_BOT_ID } from '../../src/teams/buildTeamsManifest';
import { packageTeamsApp } from '../../src/teams/packageTeamsApp';
import { teamsManifestInputFrom } from '../../src/teams/packageTeamsAppCli';
import { validateTeamsManifest } from '../../src/teams/validateTeamsManifest';
import { readPng } from './readPng';
import { readZip } from './readZip';

const APP_ID = '3f1c2b7a-9d4e-4e0b-8c61-2a5f7e9b1d30';

function demoInput(env: Record<string, string> = {}) {
  const loaded = loadConfig({ PUBLIC_URL: 'https://berceau.paris.example', MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'x', MicrosoftAppTenantId: 'tenant', ...env });
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  return teamsManifestInputFrom(loaded.config);
}

describe('the Teams app package', () => {
  let files: Map<string, Buffer>;
  let warnings: string[];

  beforeAll(async () => {
    const built = await packageTeamsApp(demoInput());
    files = readZip(built.zip);
    warnings = built.warnings;
  });

  it('holds the manifest, the English strings and both icons at the root of the zip', () => {
    expect([...files.keys()].sort()).toEqual(['color.png', 'en-us.json', 'manifest.json', 'outline.png']);
  });

  it('has a manifest and an English localization that validate against the shipped v1.23 schemas', () => {
    const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8'));
    const english = JSON.parse(files.get('en-us.json')!.toString('utf8'));

    expect(validateTeamsManifest(manifest, { 'en-us.json': english })).toEqual([]);
    expect(manifest.manifestVersion).toBe('1.23');
  });

  it('declares the configured bot, in personal scope only, with French names and an English translation', () => {
    const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8'));
    const english = JSON.parse(files.get('en-us.json')!.toString('utf8'));

    expect(manifest.id).toBe(APP_ID);
    expect(manifest.bots).toEqual([expect.objectContaining({ botId: APP_ID, scopes: ['personal'] })]);
    expect(manifest.localizationInfo).toEqual({ defaultLanguageTag: 'fr-fr', additionalLanguages: [{ languageTag: 'en-us', file: 'en-us.json' }] });
    expect(manifest.name.full).toMatch(/pré-inscription en crèche – Ville de Paris/);
    expect(english['name.full']).toMatch(/nursery pre-enrolment/);
    expect(manifest.developer).toMatchObject({ name: 'Ville de Paris (démonstration)', websiteUrl: 'https://berceau.paris.example' });
  });

  it('says which placeholders remain', () => {
    expect(warnings).toEqual([expect.stringMatching(/^developer\.termsOfUseUrl/)]);
  });

  it('ships a 192×192 colour icon filled with the commune colour', () => {
    const color = readPng(files.get('color.png')!);

    expect([color.width, color.height, color.colourType]).toEqual([192, 192, 6]);
    expect(color.pixel(0, 0)).toEqual([0x00, 0x00, 0x91, 255]);
    expect(color.pixel(96, 110)).toEqual([255, 255, 255, 255]);
  });

  it('ships a 32×32 outline icon drawn in white on a transparent background only', () => {
    const outline = readPng(files.get('outline.png')!);
    const pixels = Array.from({ length: 32 * 32 }, (_, i) => outline.pixel(i % 32, Math.floor(i / 32)));

    expect([outline.width, outline.height]).toEqual([32, 32]);
    expect(pixels.every(([r, g, b]) => r === 255 && g === 255 && b === 255)).toBe(true);
    expect(outline.pixel(0, 0)[3]).toBe(0);
    expect(pixels.filter((p) => p[3] === 255).length).toBeGreaterThan(100);
  });

  it('is byte-for-byte reproducible from the same configuration', async () => {
    const [first, second] = await Promise.all([packageTeamsApp(demoInput()), packageTeamsApp(demoInput())]);

    expect(first.zip.equals(second.zip)).toBe(true);
  });

  it('still builds without an app id, with a placeholder bot id and a warning', async () => {
    const built = await packageTeamsApp(demoInput({ MicrosoftAppId: '' }));

    expect(built.manifest.id).toBe(PLACEHOLDER_BOT_ID);
    expect(built.warnings).toEqual(expect.arrayContaining([expect.stringMatching(/^bots\[0\]\.botId/)]));
  });

  it('refuses to build a manifest that breaks the schema', async () => {
    await expect(packageTeamsApp({ ...demoInput(), botId: 'not-a-guid' })).rejects.toThrow(/manifest\.json\/id: must match pattern/);
  });
});
