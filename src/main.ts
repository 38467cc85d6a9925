import { createApp } from './app';
import { loadConfig } from './config';
import { assertMessagesAuthPolicy } from './http/assertMessagesAuthPolicy';

/** Starts Berceau: validated configuration, then the app; every invalid setting is printed and the process exits 1. */
async function main(): Promise<void> {
  const loaded = loadConfig(process.env);
  if (!loaded.ok) {
    process.stderr.write(`Configuration invalide :\n${loaded.errors.map((e) => `  - ${e}`).join('\n')}\n`);
    process.exit(1);
  }
  const { config } = loaded;
  const policy = assertMessagesAuthPolicy(config.env, config.env.HOST);
  if (policy.errors.length > 0) {
    process.stderr.write(`Configuration invalide :\n${policy.errors.map((e) => `  - ${e}`).join('\n')}\n`);
    process.exit(1);
  }
  const app = await createApp(config);
  const port = await app.start();
  const url = (config.env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, '');
  const loopbacks = config.env.PUBLIC_URL ? '' : ` (ou http://127.0.0.1:${port}/)`;
  const notices = [
    `Berceau écoute sur ${config.env.HOST}:${port} — ouvrez ${url}/${loopbacks} (web chat), ${url}/simulateur (estimation du tarif) ; Bot Framework : POST ${url}/api/messages`,
    config.env.REDIS_URL ? 'Stockage : Redis.' : 'Stockage : EN MÉMOIRE (REDIS_URL absent) — un seul processus, tout est perdu à l’arrêt. Pour la production, définissez REDIS_URL.',
    app.followUp.jobs.kind === 'redis'
      ? 'Minuteries (accusés de réception, relances) : BullMQ sur Redis.'
      : 'Minuteries : EN MÉMOIRE (REDIS_URL absent) — les relances programmées sont perdues à l’arrêt.',
    app.followUp.catcher
      ? `E-mails : AUCUN ENVOI (SMTP_URL absent) — boîte de démonstration sur ${url}/demo/mails (données des familles : ne pas exposer).`
      : 'E-mails : envoyés par SMTP (SMTP_URL).',
    app.database.kind === 'postgres'
      ? 'Demandes déposées : PostgreSQL (DATABASE_URL).'
      : config.env.PGLITE_DATA_DIR
        ? `Demandes déposées : PostgreSQL embarqué (PGlite) dans ${config.env.PGLITE_DATA_DIR} (DATABASE_URL absent) — pour la production, définissez DATABASE_URL.`
        : 'Demandes déposées : PostgreSQL embarqué (PGlite) EN MÉMOIRE (DATABASE_URL absent) — tout est perdu à l’arrêt. Pour la production, définissez DATABASE_URL.',
    `Espace agents : ${url}/agents/ — API : ${url}/api/staff/ (description : ${url}/api/staff/openapi.json)`,
    ...(app.staff.demo()
      ? [
          `Connexion des agents : fournisseur d’identité de démonstration sur ${app.staff.demo()?.issuer} (STAFF_OIDC_ISSUER absent).`,
          `  agents de démonstration : agent.demo (agent) et responsable.demo (responsable), mot de passe ${config.demoAgentPassword}${config.env.DEMO_AGENT_PASSWORD ? ' (DEMO_AGENT_PASSWORD)' : ' (aléatoire pour ce démarrage ; DEMO_AGENT_PASSWORD pour le fixer)'}`,
        ]
      : [`Connexion des agents : ${config.env.STAFF_OIDC_ISSUER}`]),
    ...(app.caf.simulatorUrl ? [`API Particulier : simulateur local sur ${app.caf.simulatorUrl} (API_PARTICULIER_URL absent).`] : []),
    ...(app.tax.simulatorUrl ? [`API Impôt particulier : simulateur local sur ${app.tax.simulatorUrl} (IMPOT_PARTICULIER_URL absent).`] : []),
    ...config.generatedSecrets.map((name) => `${name} absent : secret aléatoire généré pour ce démarrage (à définir en production).`),
    ...policy.warnings,
  ];
  for (const line of notices) process.stdout.write(`${line}\n`);
  const shutdown = async () => {
    await app.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
}

void main();
