import type { Redis } from 'ioredis';
import type { Config } from '../config';
import type { EnrolmentStore } from '../enrolments/enrolmentStore';
import { createBullJobQueue } from '../jobs/createBullJobQueue';
import { createMemoryJobQueue } from '../jobs/createMemoryJobQueue';
import { createReceiptHandler, RECEIPT_JOB, receiptJobId } from '../jobs/createReceiptHandler';
import type { JobQueue } from '../jobs/jobQueue';
import { createMemoryOnceLedger } from '../ledger/createMemoryOnceLedger';
import { createRedisOnceLedger } from '../ledger/createRedisOnceLedger';
import { createMemoryFollowUpBindings } from '../links/createMemoryFollowUpBindings';
import { createMemoryResumeCodeStore } from '../links/createMemoryResumeCodeStore';
import { createRedisFollowUpBindings } from '../links/createRedisFollowUpBindings';
import { createRedisResumeCodeStore } from '../links/createRedisResumeCodeStore';
import { createResumeCodes } from '../links/createResumeCodes';
import { createSignedLinks } from '../links/createSignedLinks';
import type { FollowUpBindings } from '../links/followUpBindings';
import type { ResumeCodes } from '../links/resumeCodes';
import type { SignedLinks } from '../links/signedLinks';
import type { Logger } from '../log/createLogger';
import { createMailCatcher, type CaughtMail } from '../mail/createMailCatcher';
import { createSmtpMailer } from '../mail/createSmtpMailer';
import type { Mailer } from '../mail/mailer';
import { createMemoryFamilyConversations } from '../notify/createMemoryFamilyConversations';
import { createMemoryWebChatOutbox } from '../notify/createMemoryWebChatOutbox';
import { createRedisFamilyConversations } from '../notify/createRedisFamilyConversations';
import { createRedisWebChatOutbox } from '../notify/createRedisWebChatOutbox';
import type { FamilyConversations } from '../notify/familyConversations';
import type { WebChatOutbox } from '../notify/webChatOutbox';
import { createFollowUpTurn, type FollowUpTurn } from './createFollowUpTurn';

/** Everything that follows a request after filing, for the composition root and the lifecycle's wiring. */
export interface FollowUpServices {
  jobs: JobQueue;
  mailer: Mailer;
  /** The demo mailbox when there is no `SMTP_URL`. */
  catcher?: Mailer & { list(): CaughtMail[]; get(id: string): CaughtMail | undefined };
  links: SignedLinks;
  bindings: FollowUpBindings;
  conversations: FamilyConversations;
  outbox: WebChatOutbox;
  resumeCodes: ResumeCodes;
  turn: FollowUpTurn;
  /** Schedules the receipt e-mail of a request just filed (idempotent per reference; a failure is logged, never thrown). */
  afterFiling(reference: string): Promise<void>;
}

/**
 * Builds the follow-up's ports on Redis when the app has it (BullMQ gets connections of its own), or in memory,
 * and registers the receipt job. Tests may pass their own queue or mailer.
 */
export function createFollowUpServices(deps: {
  config: Config;
  redis?: Redis;
  enrolments: EnrolmentStore;
  logger: Logger;
  clock: () => Date;
  overrides?: { jobs?: JobQueue; mailer?: Mailer };
}): FollowUpServices {
  const { config, redis, logger, clock } = deps;
  const { env, commune } = config;
  const prefix = env.REDIS_KEY_PREFIX;
  const now = () => clock().getTime();
  const ledger = redis ? createRedisOnceLedger(redis, { prefix }) : createMemoryOnceLedger({ now });
  const jobs =
    deps.overrides?.jobs ??
    (redis && env.REDIS_URL ? createBullJobQueue({ redisUrl: env.REDIS_URL, prefix, ledger, logger, now }) : createMemoryJobQueue({ ledger, now }));
  const catcher = deps.overrides?.mailer || env.SMTP_URL ? undefined : createMailCatcher({ now: clock });
  const mailer = deps.overrides?.mailer ?? catcher ?? createSmtpMailer({ url: env.SMTP_URL ?? '', from: env.MAIL_FROM });
  const links = createSignedLinks({ secret: config.linkSigningSecret, publicUrl: config.publicUrl, ledger, now: clock });
  const ttlSeconds = commune.draftTtlDays * 86_400;
  const bindings = redis ? createRedisFollowUpBindings(redis, { prefix, ttlSeconds }) : createMemoryFollowUpBindings({ ttlSeconds, now });
  const conversations = redis ? createRedisFamilyConversations(redis, { prefix }) : createMemoryFamilyConversations();
  const outbox = redis ? createRedisWebChatOutbox(redis, { prefix }) : createMemoryWebChatOutbox();
  const codeStore = redis ? createRedisResumeCodeStore(redis, { prefix }) : createMemoryResumeCodeStore({ now });
  const resumeCodes = createResumeCodes({ store: codeStore, enrolments: deps.enrolments, mailer, commune, secret: config.linkSigningSecret, now: clock });
  jobs.register(RECEIPT_JOB, createReceiptHandler({ enrolments: deps.enrolments, links, mailer, commune, logger }));
  return {
    jobs,
    mailer,
    ...(catcher ? { catcher } : {}),
    links,
    bindings,
    conversations,
    outbox,
    resumeCodes,
    turn: createFollowUpTurn({ bindings, outbox, conversations, commune }),
    async afterFiling(reference) {
      try {
        await jobs.schedule(RECEIPT_JOB, { id: receiptJobId(reference), data: { reference } });
      } catch (error) {
        logger.error('receipt.schedule-failed', { operation: 'receipt', errorName: (error as Error).name });
      }
    },
  };
}
