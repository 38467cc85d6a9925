import { ZipFile } from 'yazl';
import { buildTeamsManifest, ENGLISH_FILE, type TeamsManifestInput } from './buildTeamsManifest';
import { renderTeamsIcons } from './renderTeamsIcons';
import { validateTeamsManifest } from './validateTeamsManifest';

/** Every file of the package gets this date, so that the same input gives the same bytes. */
const FIXED_MTIME = new Date('2025-01-01T00:00:00Z');

/**
 * Builds the Teams app package (the zip a Teams administrator or a person uploads): `manifest.json`, the English
 * localization file and the two icons, at the root of the archive as Teams requires. Throws when the manifest does
 * not validate against the shipped v1.23 schemas; placeholders (no bot id, no https URLs) come back as warnings.
 */
export async function packageTeamsApp(input: TeamsManifestInput): Promise<{ zip: Buffer; manifest: Record<string, unknown>; warnings: string[] }> {
  const { manifest, english, warnings } = buildTeamsManifest(input);
  const problems = validateTeamsManifest(manifest, { [ENGLISH_FILE]: english });
  if (problems.length > 0) throw new Error(`package Teams app: invalid manifest\n${problems.join('\n')}`);
  const icons = renderTeamsIcons(input.accentColour);
  const zip = new ZipFile();
  const add = (name: string, content: Buffer) => zip.addBuffer(content, name, { mtime: FIXED_MTIME, mode: 0o100644 });
  add('manifest.json', Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`));
  add(ENGLISH_FILE, Buffer.from(`${JSON.stringify(english, null, 2)}\n`));
  add('color.png', icons.color);
  add('outline.png', icons.outline);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return { zip: Buffer.concat(chunks), manifest, warnings };
}
