/** What the Teams manifest is made of; `packageTeamsAppCli.ts` derives it from the validated configuration. */
export interface TeamsManifestInput {
  /** `MicrosoftAppId` of the Azure Bot registration; unset gives a placeholder that Teams will refuse. */
  botId?: string;
  /** Semver of the app package; raise it each time the package is uploaded again. */
  version: string;
  communeName: string;
  accentColour: string;
  websiteUrl?: string;
  privacyUrl?: string;
  termsOfUseUrl?: string;
}

export const PLACEHOLDER_BOT_ID = '00000000-0000-0000-0000-000000000000';
const PLACEHOLDER_URL = 'https://berceau.invalid/a-configurer';
export const MANIFEST_SCHEMA_URL = 'https://developer.microsoft.com/json-schemas/teams/v1.23/MicrosoftTeams.schema.json';
export const LOCALIZATION_SCHEMA_URL = 'https://developer.microsoft.com/json-schemas/teams/v1.23/MicrosoftTeams.Localization.schema.json';
export const ENGLISH_FILE = 'en-us.json';

const COMMANDS = [
  { title: 'aide', fr: 'Ce que je sais faire et comment répondre', en: 'What I can do and how to answer' },
  { title: 'recommencer', fr: 'Reprendre la pré-inscription depuis le début', en: 'Start the pre-enrolment again from the beginning' },
];

/**
 * The Teams app manifest (schema v1.23): French strings by default, an English localization file, one bot in
 * personal scope only (Berceau asks for personal data only in a one-to-one chat). Missing values become visible
 * placeholders, each listed in `warnings`.
 */
export function buildTeamsManifest(input: TeamsManifestInput): { manifest: Record<string, unknown>; english: Record<string, unknown>; warnings: string[] } {
  const warnings: string[] = [];
  const botId = input.botId?.trim() || PLACEHOLDER_BOT_ID;
  if (botId === PLACEHOLDER_BOT_ID) warnings.push(`bots[0].botId: MicrosoftAppId absent, identifiant factice ${PLACEHOLDER_BOT_ID} (Teams refusera ce paquet)`);
  const url = (key: string, value: string | undefined) => {
    if (value?.startsWith('https://')) return value;
    warnings.push(`developer.${key}: aucune adresse https configurée, ${PLACEHOLDER_URL} utilisée`);
    return PLACEHOLDER_URL;
  };
  const communeShort = input.communeName.length <= 32 ? input.communeName : `${input.communeName.slice(0, 31)}…`;
  const manifest = {
    $schema: MANIFEST_SCHEMA_URL,
    manifestVersion: '1.23',
    version: input.version,
    id: botId,
    localizationInfo: { defaultLanguageTag: 'fr-fr', additionalLanguages: [{ languageTag: 'en-us', file: ENGLISH_FILE }] },
    developer: {
      name: communeShort,
      websiteUrl: url('websiteUrl', input.websiteUrl),
      privacyUrl: url('privacyUrl', input.privacyUrl),
      termsOfUseUrl: url('termsOfUseUrl', input.termsOfUseUrl),
    },
    name: { short: 'Berceau – crèche', full: truncate(`Berceau – pré-inscription en crèche – ${input.communeName}`, 100) },
    description: {
      short: 'Pré-inscrire votre enfant en crèche, pas à pas, dans une conversation privée.',
      full:
        `${input.communeName} — Berceau vous guide pour pré-inscrire votre enfant en crèche : votre enfant, vos besoins ` +
        'd’accueil, vos crèches préférées, puis, avec votre accord, vos données CAF pour estimer le tarif horaire (barème CNAF). ' +
        'Berceau ne pose de questions personnelles que dans une conversation privée avec vous.',
    },
    icons: { outline: 'outline.png', color: 'color.png' },
    accentColor: input.accentColour,
    bots: [
      {
        botId,
        scopes: ['personal'],
        supportsFiles: false,
        isNotificationOnly: false,
        commandLists: [{ scopes: ['personal'], commands: COMMANDS.map((c) => ({ title: c.title, description: c.fr })) }],
      },
    ],
    defaultInstallScope: 'personal',
    validDomains: [],
  };
  const english: Record<string, unknown> = {
    $schema: LOCALIZATION_SCHEMA_URL,
    'name.short': 'Berceau – nursery',
    'name.full': truncate(`Berceau – nursery pre-enrolment – ${input.communeName}`, 100),
    'description.short': 'Pre-enrol your child in a municipal nursery, step by step, in a private chat.',
    'description.full':
      `${input.communeName} — Berceau guides you through the pre-enrolment of your child in a nursery: your child, your ` +
      'childcare needs, your preferred nurseries, then, with your consent, your CAF data to estimate the hourly fee (CNAF scale). ' +
      'Berceau asks personal questions only in a private chat with you. The conversation itself is in French.',
  };
  COMMANDS.forEach((command, i) => {
    english[`bots[0].commandLists[0].commands[${i}].description`] = command.en;
  });
  return { manifest, english, warnings };
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
