import { performance } from 'node:perf_hooks';
import { startApiParticulierSimulator } from '../../src/apiParticulier/simulator/startApiParticulierSimulator';
import { createTestClient, ctx, identityOf } from './clientTestKit';
import { FRIDAY } from './simulatorTestKit';

/** A measurement, not a timed test: it prints p50/p99 of a whole client call (query, HTTP, zod, mapping, audit). */
describe('the latency of a client call against the simulator', () => {
  it('completes 300 sequential EAJE calls and prints p50/p99', async () => {
    const simulator = await startApiParticulierSimulator({ now: () => FRIDAY, rateLimitPerSecond: 1_000_000 });
    const { client } = createTestClient(simulator.url, simulator.token);
    const ids = ['martin-lea', 'benali-karim', 'lefort-famille-nombreuse', 'petit-sophie'];
    const durations: number[] = [];
    let ok = 0;
    for (let i = 0; i < 320; i += 1) {
      const started = performance.now();
      const result = await client.fetchEajeParameters(identityOf(ids[i % ids.length] as string), ctx);
      if (i >= 20) durations.push(performance.now() - started);
      if (result.ok) ok += 1;
    }
    await client.close();
    await simulator.close();
    durations.sort((a, b) => a - b);
    const at = (q: number) => (durations[Math.min(durations.length - 1, Math.floor(q * durations.length))] as number).toFixed(2);
    process.stdout.write(`apiParticulier client call against the simulator: p50 ${at(0.5)} ms, p99 ${at(0.99)} ms (n=${durations.length}, X-Generate-Proof on)\n`);
    expect(ok).toBe(320);
  });
});
