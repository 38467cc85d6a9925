import type restify from 'restify';
import type { Activity } from 'botbuilder';
import { authorizeRequest } from './authorizeRequest';
import { buildStreamUrl } from './buildStreamUrl';
import { CHANNEL_ID, sendDirectLineError, type DirectLineRuntime } from './DirectLineRuntime';
import { readIncomingActivity, type ClientActivity } from './readIncomingActivity';
import { runBotTurn } from './runBotTurn';
import { startConversation } from './startConversation';
import type { DirectLineGrant } from './createDirectLineTokens';
import { UNAVAILABLE_RETRY_AFTER_SECONDS } from '../../sessions/StoreUnavailableError';

const BASE = '/v3/directline/conversations';
const LOCALE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** Mounts the conversation routes of Direct Line 3.0 that DirectLineJS calls (§1.2 of the reference notes). */
export function registerConversationRoutes(server: restify.Server, runtime: DirectLineRuntime): void {
  server.post(BASE, async (req: restify.Request, res: restify.Response) => {
    const grant = await authorizeRequest(runtime, req, res);
    if (!grant) return;
    const body = (req.body ?? {}) as { locale?: unknown };
    const locale = typeof body.locale === 'string' && LOCALE.test(body.locale) ? body.locale : 'fr-FR';
    const started = await startConversation(runtime, grant, locale);
    if (!started.ok) return sendDirectLineError(res, 403, 'BadArgument', 'Conversation belongs to another user');
    const { token, expiresIn } = await runtime.tokens.issue(grant);
    const streamUrl = await buildStreamUrl(runtime, grant, '', req.headers.host);
    res.send(started.created ? 201 : 200, { conversationId: grant.conversationId, token, expires_in: expiresIn, streamUrl });
  });

  server.get(`${BASE}/:conversationId`, async (req: restify.Request, res: restify.Response) => {
    const grant = await authorizedKnownConversation(runtime, req, res);
    if (!grant) return;
    const watermark = typeof req.query?.watermark === 'string' ? req.query.watermark : '';
    const { token, expiresIn } = await runtime.tokens.issue(grant);
    const streamUrl = await buildStreamUrl(runtime, grant, watermark, req.headers.host);
    res.send(200, { conversationId: grant.conversationId, token, expires_in: expiresIn, streamUrl });
  });

  server.get(`${BASE}/:conversationId/activities`, async (req: restify.Request, res: restify.Response) => {
    const grant = await authorizedKnownConversation(runtime, req, res);
    if (!grant) return;
    const watermark = typeof req.query?.watermark === 'string' ? req.query.watermark : '';
    res.send(200, await runtime.store.readAfter(grant.conversationId, watermark));
  });

  server.post(`${BASE}/:conversationId/activities`, async (req: restify.Request, res: restify.Response) => {
    const grant = await authorizedKnownConversation(runtime, req, res);
    if (!grant) return;
    if (Buffer.byteLength(JSON.stringify(req.body ?? null)) > runtime.maxActivityBytes) {
      return sendDirectLineError(res, 413, 'MessageSizeTooBig', 'Activity too large');
    }
    const read = readIncomingActivity(req.body);
    if (!read.ok) return sendDirectLineError(res, 400, 'BadArgument', read.message);
    const incoming = buildIncomingActivity(runtime, grant, read.activity);
    if (incoming.type === 'typing') {
      await runBotTurn(runtime, { ...incoming, timestamp: runtime.now() });
      return res.send(200, { id: '' });
    }
    const clientActivityId = read.activity.channelData?.clientActivityID;
    const appended = await runtime.store.append(grant.conversationId, incoming, { clientActivityId });
    if (!appended.ok) return sendDirectLineError(res, 404, 'BadArgument', 'Conversation not found');
    if (!appended.duplicate || !appended.answered) {
      const outcome = await runBotTurn(runtime, { ...incoming, id: appended.id, timestamp: runtime.now() }, clientActivityId ? { clientActivityId } : {});
      if (outcome === 'unavailable') {
        res.header('Retry-After', String(UNAVAILABLE_RETRY_AFTER_SECONDS));
        return sendDirectLineError(res, 503, 'ServiceUnavailable', 'Service momentanément interrompu : ce message n’a pas été enregistré. Renvoyez-le dans quelques instants.');
      }
    }
    res.send(200, { id: appended.id });
  });

  server.post(`${BASE}/:conversationId/upload`, async (_req: restify.Request, res: restify.Response) => {
    sendDirectLineError(res, 400, 'BadArgument', 'Uploads are not accepted');
  });
}

async function authorizedKnownConversation(runtime: DirectLineRuntime, req: restify.Request, res: restify.Response): Promise<DirectLineGrant | undefined> {
  const conversationId = String(req.params?.conversationId ?? '');
  const grant = await authorizeRequest(runtime, req, res, conversationId);
  if (!grant) return undefined;
  const record = await runtime.store.loadConversation(conversationId);
  if (!record) return void sendDirectLineError(res, 404, 'BadArgument', 'Conversation not found');
  if (record.userId !== grant.userId) return void sendDirectLineError(res, 403, 'BadArgument', 'Token not valid for this conversation');
  return grant;
}

function buildIncomingActivity(runtime: DirectLineRuntime, grant: DirectLineGrant, client: ClientActivity): Partial<Activity> {
  const channelData = Object.fromEntries(Object.entries(client.channelData ?? {}).filter(([, v]) => v !== undefined));
  const activity: Partial<Activity> = {
    type: client.type,
    channelId: CHANNEL_ID,
    serviceUrl: `${runtime.publicUrl}/v3/directline`,
    conversation: { id: grant.conversationId, isGroup: false, conversationType: 'personal', name: '' },
    from: { id: grant.userId, name: '', role: 'user' },
    recipient: runtime.botAccount,
    timestamp: runtime.now(),
  };
  if (client.text !== undefined) activity.text = client.text;
  if (client.textFormat !== undefined) activity.textFormat = client.textFormat;
  if (client.locale !== undefined) activity.locale = client.locale;
  if (client.name !== undefined) activity.name = client.name;
  if (client.value !== undefined) activity.value = client.value;
  if (Object.keys(channelData).length > 0) activity.channelData = channelData;
  return JSON.parse(JSON.stringify(activity)) as Partial<Activity>;
}
