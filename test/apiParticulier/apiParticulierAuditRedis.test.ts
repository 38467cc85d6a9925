import { createRedisAuditLog } from '../../src/audit/auditLog';
import { startApiParticulierSimulator } from '../../src/apiParticulier/simulator/startApiParticulierSimulator';
import { connectTestRedis } from '../support/redis';
import { createTestClient, ctx, identityOf } from './clientTestKit';
import { FRIDAY } from './simulatorTestKit';

describe('the API Particulier audit trail in Redis', () => {
  it('writes one record per HTTP call to a capped stream, without any identity or payload', async () => {
    const { redis, prefix, cleanup } = connectTestRedis();
    const simulator = await startApiParticulierSimulator({ now: () => FRIDAY });
    try {
      simulator.inject('502');
      const audit = createRedisAuditLog(redis, { stream: `${prefix}audit`, maxLength: 1000 });
      const { client } = createTestClient(simulator.url, simulator.token, { audit });
      const result = await client.fetchEajeParameters(identityOf('petit-sophie'), ctx);
      await client.close();
      expect(result.ok).toBe(true);
      const records = (await redis.xrange(`${prefix}audit`, '-', '+')).map(([, fields]) => {
        const record: Record<string, string> = {};
        for (let i = 0; i < fields.length; i += 2) record[fields[i] as string] = fields[i + 1] as string;
        return record;
      });
      expect(records.map((r) => r.status)).toEqual(['502', '200']);
      expect(records[1]).toEqual({
        at: FRIDAY.toISOString(),
        purpose: 'tarification crèche',
        endpoint: '/v3/dss/participation_familiale_eaje/identite',
        recipient: '21750001600019',
        status: '200',
        requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        conversationHash: ctx.conversationHash,
      });
      expect(JSON.stringify(records)).not.toMatch(/PETIT|Sophie|1990|36000/);
    } finally {
      await simulator.close();
      await cleanup();
    }
  });
});
