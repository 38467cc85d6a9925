import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import type restify from 'restify';
import { fromPromise } from 'xstate';
import { consentText } from '../dialogs/copy/questionText';
import type { PlaceResolver } from '../dialogs/parseTypes';
import type { EajeFetchResult } from '../machines/caf';
import { createEnrolmentMachine, type FetchEajeInput, type FetchTaxInput } from '../machines/enrolmentMachine';
import type { EnrolmentReceipt, EnrolmentSubmission, TaxCheckOutcome } from '../machines/types';
import { createMemoryAuditLog, createRedisAuditLog, hashConversationKey, type AuditLog } from './audit/auditLog';
import { createBerceauBot } from './channels/createBerceauBot';
import { createCloudAdapter, type CloudAdapterOverrides } from './channels/createCloudAdapter';
import { createTurnErrorHandler } from './channels/createTurnErrorHandler';
import { createMemoryTranscriptStore } from './channels/directline/createMemoryTranscriptStore';
import { createRedisTranscriptStore } from './channels/directline/createRedisTranscriptStore';
import { createDirectLineTokens } from './channels/directline/createDirectLineTokens';
import { createWebChatProactiveSender } from './channels/directline/createWebChatProactiveSender';
import { registerDirectLine } from './channels/directline/registerDirectLine';
import { createTeamsProactiveSender } from './channels/teams/createTeamsProactiveSender';
import { createWebChatOrigins, type WebChatOrigins } from './http/webchat/createWebChatOrigins';
import { registerWebChatPage } from './http/webchat/registerWebChatPage';
import { listenOnOtherLoopback } from './http/listenOnOtherLoopback';
import type { Config } from './config';
import { createMemoryExclusiveLock, createRedisExclusiveLock } from './enrolments/createExclusiveLock';
import { createPostgresEnrolmentStore } from './enrolments/createPostgresEnrolmentStore';
import { createRequestRecords, type RequestRecords } from './enrolments/createRequestRecords';
import type { EnrolmentStore } from './enrolments/enrolmentStore';
import { createFollowUpServices, type FollowUpServices } from './followUp/createFollowUpServices';
import { openDatabase, type RecordDatabase } from './enrolments/openDatabase';
import { close, createHttpServer, listen } from './http/createHttpServer';
import { registerHealthRoutes } from './http/registerHealthRoutes';
import { registerMessagesRoute } from './http/registerMessagesRoute';
import { registerTariffRoutes } from './http/registerTariffRoutes';
import type { JobQueue } from './jobs/jobQueue';
import { registerFollowUpRoutes } from './links/registerFollowUpRoutes';
import { createLogger, type Logger } from './log/createLogger';
import type { Mailer } from './mail/mailer';
import { registerMailCatcherPage } from './mail/registerMailCatcherPage';
import { createFamilyNotifier, type FamilyNotifier } from './notify/createFamilyNotifier';
import { createPlaceResolver } from './places/createPlaceResolver';
import { createCafService, type CafService } from './services/createCafService';
import { createMemoryLookupLimiter, createRedisLookupLimiter } from './services/createLookupLimiter';
import { createTaxService, type TaxService } from './services/createTaxService';
import { createMemorySessionStore } from './sessions/createMemorySessionStore';
import { createRedisSessionStore } from './sessions/createRedisSessionStore';
import { createMemoryConversationLeases } from './sessions/createMemoryConversationLeases';
import { createRedisConversationLeases } from './sessions/createRedisConversationLeases';
import { createRedisConnection } from './sessions/createRedisConnection';
import type { SessionStore } from './sessions/sessionStore';
import { createStaffWorkspace, type DemoProviderOverrides, type StaffWorkspace } from './staff/createStaffWorkspace';
import { toParisDate } from './turn/toParisDate';
import { createRequestLifecycleMachine } from '../machines/requestLifecycleMachine';
import type { TurnDeps } from './turn/runTurn';

/** What tests may swap: the clock, the logger, the external services, the Bot Framework adapter's test seams. */
export interface AppOverrides {
  logger?: Logger;
  clock?: () => Date;
  caf?: CafService;
  tax?: TaxService;
  adapter?: CloudAdapterOverrides;
  settleTimeoutMs?: number;
  /** The waits of the API Particulier client between attempts (tests make them instant). */
  sleep?: (ms: number) => Promise<void>;
  /** Wraps the session store the turns use (tests record every draft a turn saves). */
  wrapTurnStore?: (store: SessionStore) => SessionStore;
  jobs?: JobQueue;
  mailer?: Mailer;
  /** People and machine clients of the embedded identity provider, for the staff tests. */
  staffDemo?: DemoProviderOverrides;
}

export interface App {
  server: restify.Server;
  turn: TurnDeps;
  sessions: SessionStore;
  enrolments: EnrolmentStore;
  /** The record of filed requests (PostgreSQL or PGlite); `records.apply` is the lifecycle port the follow-up calls. */
  records: RequestRecords;
  database: RecordDatabase;
  staff: StaffWorkspace;
  audit: AuditLog;
  redis?: Redis;
  /** The web origins allowed to use the chat (CORS, token, sockets, frame-ancestors), from one place. */
  origins: WebChatOrigins;
  caf: CafService;
  tax: TaxService;
  logger: Logger;
  /** Jobs, mail, signed links, follow-up bindings, kept conversations, the Web Chat outbox, resume codes. */
  followUp: FollowUpServices;
  /** Tells a family by e-mail, in Teams and in Web Chat, with one outcome per channel. */
  notifier: FamilyNotifier;
  start(port?: number, host?: string): Promise<number>;
  stop(): Promise<void>;
}

/**
 * The composition root: reads nothing from the environment itself (the config is given), builds the stores, the
 * external services, the statechart with its actors, the bot and the HTTP routes.
 */
export async function createApp(config: Config, overrides: AppOverrides = {}): Promise<App> {
  const { env, commune } = config;
  const logger = overrides.logger ?? createLogger({ level: env.LOG_LEVEL });
  const clock = overrides.clock ?? (() => new Date());
  const redis = env.REDIS_URL ? createRedisConnection(env.REDIS_URL, logger) : undefined;
  const prefix = env.REDIS_KEY_PREFIX;
  const ttlSeconds = commune.draftTtlDays * 86_400;
  const expiryNoticeSeconds = env.DRAFT_EXPIRY_NOTICE_DAYS * 86_400;
  const sessions = redis ? createRedisSessionStore(redis, { prefix, ttlSeconds, expiryNoticeSeconds }) : createMemorySessionStore({ ttlSeconds, expiryNoticeSeconds, now: () => clock().getTime() });
  const database = await openDatabase({ schema: env.DATABASE_SCHEMA, ...(env.DATABASE_URL ? { url: env.DATABASE_URL } : {}), ...(env.PGLITE_DATA_DIR ? { pgliteDataDir: env.PGLITE_DATA_DIR } : {}) });
  const lifecycle = createRequestLifecycleMachine(commune.lifecycle);
  const enrolments = createPostgresEnrolmentStore(database.db, { communeSiret: commune.siret, machine: lifecycle, ageGroups: commune.lifecycle.ageGroups });
  const lock = redis ? createRedisExclusiveLock(redis, { prefix }) : createMemoryExclusiveLock();
  const records = createRequestRecords(database.db, { commune, machine: lifecycle, lock, clock, today: () => toParisDate(clock()) });
  const onAuditError = (error: unknown) => logger.error('audit.write-failed', { errorName: (error as Error).name });
  const audit = redis ? createRedisAuditLog(redis, { stream: `${prefix}audit`, maxLength: 100_000, onError: onAuditError }) : createMemoryAuditLog();
  const perDay = env.API_PARTICULIER_DAILY_LOOKUPS_PER_CLIENT;
  const limiter = redis ? createRedisLookupLimiter(redis, { prefix, perDay }) : createMemoryLookupLimiter({ perDay });
  const caf = overrides.caf ?? (await createCafService(env, commune, { logger, audit, limiter, clock, ...(overrides.sleep ? { sleep: overrides.sleep } : {}) }));
  const tax = overrides.tax ?? (await createTaxService(env, commune, { logger, audit, clock }));
  const hash = (key: string) => hashConversationKey(key, config.conversationHashSecret);
  const followUp = createFollowUpServices({ config, redis, enrolments, logger, clock, overrides: { jobs: overrides.jobs, mailer: overrides.mailer } });

  const machine = createEnrolmentMachine({ commune }).provide({
    actors: {
      fetchEajeParameters: fromPromise<EajeFetchResult, FetchEajeInput>(({ input, signal }) => caf.fetch(input, signal)),
      fetchTaxSituation: fromPromise<TaxCheckOutcome, FetchTaxInput>(({ input, signal }) => tax.check(input.spi, input.conversationHash, signal)),
      submitEnrolment: fromPromise<EnrolmentReceipt, EnrolmentSubmission>(async ({ input }) => {
        const receipt = await enrolments.submit(input);
        await followUp.afterFiling(receipt.reference);
        return receipt;
      }),
    },
  });
  const places: PlaceResolver = createPlaceResolver();
  const turn: TurnDeps = {
    store: overrides.wrapTurnStore ? overrides.wrapTurnStore(sessions) : sessions,
    leases: redis ? createRedisConversationLeases(redis, { prefix, logger }) : createMemoryConversationLeases(),
    machine,
    commune,
    places,
    consentWordingVersion: createHash('sha256').update(consentText(commune)).digest('hex').slice(0, 16),
    clock,
    hashConversationKey: hash,
    logger,
    ...(overrides.settleTimeoutMs ? { settleTimeoutMs: overrides.settleTimeoutMs } : {}),
  };
  const bot = createBerceauBot({ turn, logger, hooks: { followUp: followUp.turn, onFiled: (reference, conversation) => followUp.conversations.save(reference, conversation) } });
  const adapter = createCloudAdapter(env, logger, overrides.adapter);

  const origins = createWebChatOrigins({ publicUrl: env.PUBLIC_URL, communeOrigins: commune.webchat.allowedOrigins, envOrigins: env.WEBCHAT_ALLOWED_ORIGINS, port: env.PORT, logger });
  const server = createHttpServer({ logger });
  registerHealthRoutes(server, { redis, store: redis ? 'redis' : 'memory' });
  registerMessagesRoute(server, { adapter, bot, logger, allowUnauthenticatedRemote: env.ALLOW_UNAUTHENTICATED_MESSAGES });
  registerTariffRoutes(server, { commune, today: () => toParisDate(clock()), frameAncestors: () => origins.list() });
  const transcripts = redis
    ? createRedisTranscriptStore(redis, { prefix, ttlSeconds, onError: (error) => logger.error('transcript.failed', { errorName: (error as Error).name }) })
    : createMemoryTranscriptStore({ ttlSeconds });
  const directLine = registerDirectLine(server, {
    bot,
    store: transcripts,
    tokens: { secret: config.webchatTokenSecret, resumeTtlSeconds: ttlSeconds },
    allowedOrigins: origins,
    publicUrl: config.publicUrl,
    logger,
    onTurnError: createTurnErrorHandler(logger),
    conversationHashSecret: config.conversationHashSecret,
  });
  const webChatPage = registerWebChatPage(server, { commune, origins });
  let otherLoopback: Awaited<ReturnType<typeof listenOnOtherLoopback>>;
  const tokens = createDirectLineTokens({ secret: config.webchatTokenSecret });
  registerFollowUpRoutes(server, { links: followUp.links, bindings: followUp.bindings, tokens, sendPage: webChatPage.sendPage, commune, origins, logger });
  if (followUp.catcher) registerMailCatcherPage(server, { catcher: followUp.catcher, commune });
  const notifier = createFamilyNotifier({
    mailer: followUp.mailer,
    conversations: followUp.conversations,
    outbox: followUp.outbox,
    teams: createTeamsProactiveSender(adapter, env.MicrosoftAppId?.trim() || undefined),
    webchat: createWebChatProactiveSender({ store: transcripts, bot: { id: 'berceau', name: 'Berceau' } }),
    now: clock,
  });
  const staff = createStaffWorkspace(server, { config, records, ...(redis ? { redis } : {}), logger, clock, ...(overrides.staffDemo ? { demoOverrides: overrides.staffDemo } : {}) });
  let purgeTimer: NodeJS.Timeout | undefined;
  const purge = () =>
    records.purgeExpired().then(
      (result) => result.ran && result.deleted > 0 && logger.info('retention.purged', { count: result.deleted }),
      (error: unknown) => logger.error('retention.failed', { errorName: (error as Error).name }),
    );

  return {
    server,
    turn,
    sessions,
    enrolments,
    records,
    database,
    staff,
    audit,
    caf,
    tax,
    logger,
    origins,
    followUp,
    notifier,
    ...(redis ? { redis } : {}),
    async start(port = env.PORT, host = env.HOST) {
      await followUp.jobs.start();
      const bound = await listen(server, port, host);
      origins.listenOn(bound);
      if (!env.PUBLIC_URL) otherLoopback = await listenOnOtherLoopback(server.server, logger);
      await staff.start(env.PUBLIC_URL ? config.publicUrl : `http://localhost:${bound}`);
      if (env.RETENTION_PURGE_INTERVAL_HOURS > 0) {
        void purge();
        purgeTimer = setInterval(() => void purge(), env.RETENTION_PURGE_INTERVAL_HOURS * 3_600_000).unref();
      }
      return bound;
    },
    async stop() {
      clearInterval(purgeTimer);
      await followUp.jobs.close();
      await followUp.mailer.close();
      await staff.close();
      await directLine.close();
      const closed = close(server);
      await new Promise<void>((resolve) => (otherLoopback ? otherLoopback.close(() => resolve()) : resolve()));
      await closed;
      await transcripts.close();
      await caf.close();
      await tax.close();
      await database.close();
      redis?.disconnect();
    },
  };
}
