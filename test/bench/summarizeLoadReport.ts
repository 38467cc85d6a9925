import type { LatencySummary, LoadReport, ScenarioResult, ServerStats } from './benchTypes';

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Nearest-rank percentiles of latencies in milliseconds. */
export function summarizeLatencies(latencies: readonly number[]): LatencySummary {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
  return { p50: round(at(0.5)), p95: round(at(0.95)), p99: round(at(0.99)), max: round(sorted[sorted.length - 1] ?? 0) };
}

/**
 * One scenario's line of the results, from the generator's report (CPU and RSS from the server's vital signs). For
 * held conversations (directline), memory growth per 1 000 conversations is given from before their sockets opened
 * to once they are all open and greeted (`…Opened`), and to the end of their enrolments; heap figures are after a
 * full collection (what stays allocated), RSS figures include what V8 and the allocator keep.
 */
export function summarizeLoadReport(report: LoadReport, connections: number): ScenarioResult {
  const { serverBefore, serverStart, serverAfter } = report;
  const extra: Record<string, number> = { ...report.extra };
  if (report.extra?.socketsHeld !== undefined && report.conversations > 0) {
    const per1000 = (from: ServerStats, to: ServerStats, field: 'rssMiB' | 'heapMiB') => round(((to[field] - from[field]) / report.conversations) * 1000);
    extra.rssGrowthMiBPer1000Opened = per1000(serverBefore, serverStart, 'rssMiB');
    extra.heapGrowthMiBPer1000Opened = per1000(serverBefore, serverStart, 'heapMiB');
    extra.rssGrowthMiBPer1000 = per1000(serverBefore, serverAfter, 'rssMiB');
    extra.heapGrowthMiBPer1000 = per1000(serverBefore, serverAfter, 'heapMiB');
  }
  for (const [key, value] of Object.entries(serverAfter.extra ?? {})) extra[`server.${key}`] = value;
  return {
    conversations: report.conversations,
    turns: report.turns,
    durationS: round(report.durationS, 2),
    turnsPerSecond: round(report.turns / report.durationS, 0),
    latencyMs: summarizeLatencies(report.latencies),
    errors: report.errors,
    rssMiB: round(serverAfter.rssMiB),
    connections,
    queuedLatencyMs: summarizeLatencies(report.queuedLatencies),
    rssBeforeMiB: round(serverBefore.rssMiB),
    serverCpuCores: round((serverAfter.cpuMicros - serverStart.cpuMicros) / 1e6 / report.durationS, 2),
    ...(Object.keys(extra).length > 0 ? { extra } : {}),
    ...(report.errorSamples.length > 0 ? { errorSamples: report.errorSamples } : {}),
  };
}
