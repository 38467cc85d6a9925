import type { BenchResults } from './writeBenchResults';

const TARGETS: Record<string, string> = {
  messages: '≥ 2000/s, p99 ≤ 30, 0 err',
  directline: '1000 held, p99 ≤ 100, 0 lost/dup',
};

/** The results as a fixed-width table, the ratios against their targets, the Redis footprint, each run and the extras. */
export function renderResultsTable(results: BenchResults): string {
  const header = ['scenario', 'conv', 'turns', 'turns/s', 'p50', 'p95', 'p99', 'max', 'queued p99', 'errors', 'RSS MiB', 'CPU', 'target'];
  const rows = Object.entries(results.scenarios).map(([name, s]) => [
    name, s.conversations, s.turns, s.turnsPerSecond, s.latencyMs.p50, s.latencyMs.p95, s.latencyMs.p99, s.latencyMs.max,
    s.queuedLatencyMs.p99, s.errors, s.rssMiB, s.serverCpuCores, TARGETS[name] ?? '',
  ].map(String));
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  const out = [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
  out.push('', `latency in ms at the generator (${Object.values(results.scenarios)[0]?.connections ?? '?'} requests in flight at most); CPU = server cores used`);
  const ratio = (name: string, value: number | null, target: number) => `${name} ${value === null ? 'n/a' : value.toFixed(2)} (target ≥ ${target})`;
  out.push(`ratios: ${ratio('messages/echo', results.ratios.messagesVsEcho, 0.5)}, ${ratio('messages/peer', results.ratios.messagesVsPeer, 1)}, ${ratio('directline/floor', results.ratios.directlineVsFloor, 0.25)}`);
  out.push(`Redis per session: ${results.redisBytesPerSession ?? 'n/a'} bytes (target ≤ 8192)`);
  const api = results.apiParticulierClient;
  if (api) out.push(`API Particulier client call against the simulator: p50 ${api.p50Ms} ms, p99 ${api.p99Ms} ms (${api.ok}/${api.calls} ok, X-Generate-Proof on)`);
  for (const [name, s] of Object.entries(results.scenarios)) {
    if (s.repeats) out.push(`${name} runs (median kept): turns/s ${s.repeats.turnsPerSecond.join(' / ')}, p99 ms ${s.repeats.p99Ms.join(' / ')}`);
    if (s.extra) out.push(`${name}: ${Object.entries(s.extra).map(([k, v]) => `${k}=${v}`).join(', ')}`);
    for (const sample of s.errorSamples ?? []) out.push(`${name} error: ${sample}`);
  }
  return out.join('\n');
}
