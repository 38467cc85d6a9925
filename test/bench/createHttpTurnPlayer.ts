import { Pool } from 'undici';
import type { ScenarioName } from './benchTypes';
import type { ScriptTurn } from './enrolmentScript';
import type { PlayTurn } from './playConversations';

interface ReplyActivity {
  type?: string;
  text?: string;
  channelData?: { step?: string; enrolment?: { reference?: string } };
}

/**
 * The parents of the HTTP scenarios: each turn is one `POST /api/messages` with `deliveryMode: expectReplies`, as a
 * Direct Line or Teams client would send it (same body for every server), and the reply is checked for what that
 * server must answer. The pool's connection count is the generator's concurrency.
 */
export function createHttpTurnPlayer(options: { scenario: Exclude<ScenarioName, 'directline'>; baseUrl: string; connections: number; runId: string }): { playTurn: PlayTurn; extra(): Record<string, number>; close(): Promise<void> } {
  const pool = new Pool(options.baseUrl, { connections: options.connections, pipelining: 1, keepAliveTimeout: 60_000 });
  const check = CHECKS[options.scenario];
  let sequence = 0;
  let responseBytes = 0;
  const playTurn: PlayTurn = async (conversation, _turnIndex, turn) => {
    sequence += 1;
    const activity = {
      type: 'message',
      id: `m${sequence}`,
      channelId: 'directline',
      serviceUrl: 'http://127.0.0.1:9/unused',
      deliveryMode: 'expectReplies',
      timestamp: new Date().toISOString(),
      conversation: { id: `${options.runId}-${conversation}` },
      from: { id: `parent-${conversation}`, role: 'user' },
      recipient: { id: 'berceau', role: 'bot' },
      locale: 'fr-FR',
      ...(turn.text !== undefined ? { text: turn.text } : {}),
      ...(turn.value !== undefined ? { value: turn.value } : {}),
    };
    const response = await pool.request({ method: 'POST', path: '/api/messages', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
    const text = await response.body.text();
    responseBytes += text.length;
    if (response.statusCode !== 200) return `HTTP ${response.statusCode}`;
    const activities = (JSON.parse(text) as { activities?: ReplyActivity[] }).activities ?? [];
    return check(activities, turn);
  };
  return { playTurn, extra: () => ({ meanResponseChars: Math.round(responseBytes / Math.max(1, sequence)) }), close: () => pool.close() };
}

type Check = (activities: ReplyActivity[], turn: ScriptTurn) => string | undefined;

const expectStep: Check = (activities, turn) => {
  const last = activities[activities.length - 1];
  const step = last?.channelData?.step;
  if (step !== turn.expectStep) return `awaited step ${step ?? '(none)'} instead of ${turn.expectStep}`;
  if (step === 'submitted' && !last?.channelData?.enrolment?.reference) return 'submission without a reference';
  return undefined;
};

const CHECKS: Record<Exclude<ScenarioName, 'directline'>, Check> = {
  messages: expectStep,
  peer: expectStep,
  echo: (activities) => (activities.length === 1 && activities[0]?.type === 'message' && activities[0].text === 'écho' ? undefined : `${activities.length} replies instead of one echo`),
  floor: (activities) => (activities.length === 1 && activities[0]?.channelData?.step === 'floor' ? undefined : 'no floor reply'),
};
