import { readFileSync } from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

/**
 * Where a turn's CPU goes, by area: each sample goes to the innermost frame of its stack that belongs to an area
 * (the first of this list that matches that frame), so `JSON.stringify` counts for its caller and a socket write
 * for the Redis client, `ws` or restify that made it. Samples in Node's own I/O with no such caller count as
 * HTTP and sockets.
 */
const AREAS: ReadonlyArray<readonly [string, RegExp]> = [
  ['garbage collection', /^\(garbage collector\)/],
  ['idle', /^\(idle\)/],
  ['Bot Framework connector clients', /^(ConnectorClient|TokenApiClient|UserTokenClientImpl|createPipelineFromOptions)|@azure\//],
  ['Redis client (ioredis)', /node_modules\/ioredis\//],
  ['statechart (xstate, machines/)', /node_modules\/xstate\/|\/machines\//],
  ['dialogs: read and render (dialogs/)', /\/dialogs\//],
  ['zod parsing', /node_modules\/zod\//],
  ['request body (restify bodyParser)', /restify\/lib\/plugins\/(bodyReader|jsonBodyParser|bodyParser)/],
  ['response (restify send, JSON)', /restify\/lib\/(response|formatters)/],
  ['runTurn and session store (src/turn, src/sessions)', /\/src\/(turn|sessions)\//],
  ['Direct Line routes, sockets, transcripts (src/channels/directline)', /\/src\/channels\/directline\//],
  ['WebSocket frames (ws)', /node_modules\/ws\//],
  ['Bot Framework adapter and handlers (botbuilder)', /node_modules\/(botbuilder|botframework)/],
  ['restify (routing, other)', /node_modules\/restify\//],
  ['logging (pino)', /node_modules\/pino/],
  ['other project code (src/)', /\/src\//],
];
const NODE_IO = /node:(_http|net|internal\/stream)/;

export interface ProfileEntry {
  name: string;
  selfPercent: number;
  totalPercent: number;
}

/**
 * The functions of a V8 `.cpuprofile` (`node --cpu-prof`) that cost the most, by self time, with their total
 * (inclusive) time, and the share of each area of `AREAS`; idle and GC are listed as such. Frames are named
 * `function (file:line)`, relative to the working directory.
 */
export function summarizeProfile(file: string, top = 15): { entries: ProfileEntry[]; areas: ProfileEntry[]; samples: number } {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[] };
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const label = (node: ProfileNode) => {
    const { functionName, url, lineNumber } = node.callFrame;
    const where = url ? `${path.relative(process.cwd(), url.replace(/^file:\/\//, ''))}:${lineNumber + 1}` : '';
    return `${functionName || '(anonymous)'}${where ? ` (${where})` : ''}`;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let samples = 0;
  for (const node of profile.nodes) {
    const hits = node.hitCount ?? 0;
    if (hits === 0) continue;
    samples += hits;
    self.set(label(node), (self.get(label(node)) ?? 0) + hits);
    const seen = new Set<string>();
    for (let id: number | undefined = node.id; id !== undefined; id = parents.get(id)) {
      const ancestor = byId.get(id);
      if (!ancestor) break;
      const name = label(ancestor);
      if (seen.has(name)) continue;
      seen.add(name);
      total.set(name, (total.get(name) ?? 0) + hits);
    }
  }
  const percent = (hits: number) => Math.round((hits / Math.max(1, samples)) * 1000) / 10;
  const areaHits = new Map<string, number>();
  for (const node of profile.nodes) {
    if (!node.hitCount) continue;
    const stack: string[] = [];
    for (let id: number | undefined = node.id; id !== undefined; id = parents.get(id)) stack.push(frameOf(byId.get(id)));
    const area = areaOf(stack);
    areaHits.set(area, (areaHits.get(area) ?? 0) + node.hitCount);
  }
  const areas = [...areaHits.entries()].sort((a, b) => b[1] - a[1]).map(([name, hits]) => ({ name, selfPercent: percent(hits), totalPercent: percent(hits) }));
  const entries = [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, hits]) => ({ name, selfPercent: percent(hits), totalPercent: percent(total.get(name) ?? hits) }));
  return { entries, areas, samples };
}

function areaOf(stack: readonly string[]): string {
  for (const frame of stack) {
    const owner = AREAS.find(([, pattern]) => pattern.test(frame));
    if (owner) return owner[0];
  }
  return stack.some((frame) => NODE_IO.test(frame)) ? 'HTTP and sockets (node:http, node:net)' : 'other';
}

function frameOf(node: ProfileNode | undefined): string {
  return node ? `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url}` : '';
}

if (require.main === module) {
  const file = process.argv[2];
  if (!file) throw new Error('usage: node -r ./test/bench/registerTs.js test/bench/summarizeProfile.ts <file.cpuprofile> [top]');
  const { entries, areas, samples } = summarizeProfile(file, Number(process.argv[3] ?? 15));
  console.log(`${samples} samples; by area:`);
  for (const a of areas) console.log(`${String(a.selfPercent).padStart(5)}%  ${a.name}`);
  console.log('by function (self time):');
  for (const e of entries) console.log(`${String(e.selfPercent).padStart(5)}% self ${String(e.totalPercent).padStart(5)}% total  ${e.name}`);
}
