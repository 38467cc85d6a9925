import { randomUUID } from 'node:crypto';

export const TEST_TENANT_ID = '6d2a1a9e-55a4-4f2e-9a41-3c0b1f6c9e01';
export const TEST_BOT_ID = '28:berceau-test-bot';

/**
 * A Teams-shaped activity as the Azure Bot Service posts it to `/api/messages`: `msteams` channel, tenant in
 * `channelData`, the person's Entra object id in `from.aadObjectId`, a personal conversation unless overridden.
 */
export function teamsActivity(serviceUrl: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const conversationType = (overrides.conversationType as string | undefined) ?? 'personal';
  const { conversationType: _ignored, ...rest } = overrides;
  return {
    type: 'message',
    id: `1${Date.now()}${Math.floor(Math.random() * 1000)}`,
    timestamp: new Date().toISOString(),
    localTimestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl,
    from: { id: '29:1parent-teams-user-id', name: 'Camille Parent', aadObjectId: '0f4c6f1e-8d3b-4c1e-9a50-6b1f0e7a2c11' },
    conversation: {
      id: conversationType === 'personal' ? `a:1${randomUUID()}` : `19:${randomUUID()}@thread.v2`,
      conversationType,
      tenantId: TEST_TENANT_ID,
      ...(conversationType === 'personal' ? {} : { isGroup: true }),
    },
    recipient: { id: TEST_BOT_ID, name: 'Berceau' },
    channelData: { tenant: { id: TEST_TENANT_ID } },
    locale: 'fr-FR',
    textFormat: 'plain',
    text: 'bonjour',
    ...rest,
  };
}
