import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig, projectRoot, type Config } from '../config';
import type { TeamsManifestInput } from './buildTeamsManifest';
import { packageTeamsApp } from './packageTeamsApp';

/** `npm run teams:package`: writes `dist/teams/berceau-teams.zip` from the same configuration as `npm start`. */
export async function packageTeamsAppCli(): Promise<number> {
  const loaded = loadConfig();
  if (!loaded.ok) {
    for (const error of loaded.errors) process.stderr.write(`configuration : ${error}\n`);
    return 1;
  }
  const { zip, warnings } = await packageTeamsApp(teamsManifestInputFrom(loaded.config));
  const target = path.join(projectRoot(), 'dist', 'teams', 'berceau-teams.zip');
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, zip);
  for (const warning of warnings) process.stderr.write(`attention : ${warning}\n`);
  process.stdout.write(`${path.relative(process.cwd(), target)} (${zip.length} octets) : manifest.json v1.23 valide, icônes 192×192 et 32×32\n`);
  return 0;
}

/** Maps the validated configuration to the manifest's inputs. */
export function teamsManifestInputFrom(config: Config): TeamsManifestInput {
  const packageJson = JSON.parse(readFileSync(path.join(projectRoot(), 'package.json'), 'utf8')) as { version: string };
  const privacyUrl = config.commune.dataProtection.url;
  return {
    botId: config.env.MicrosoftAppId,
    version: packageJson.version,
    communeName: config.commune.name,
    accentColour: config.commune.theme.primaryColour,
    websiteUrl: config.publicUrl,
    privacyUrl,
    termsOfUseUrl: undefined,
  };
}

if (require.main === module) {
  packageTeamsAppCli().then(
    (code) => {
      process.exitCode = code;
    },
    (error: Error) => {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 1;
    },
  );
}
