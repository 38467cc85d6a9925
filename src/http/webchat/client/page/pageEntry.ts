import type { MountOptions } from '../webchat/webchatEntry';
import { openStream, requestToken, type ChatSession, type TokenOutcome } from './requestToken';
import { createSavedConversation } from './savedConversation';
import { createStatusBanner } from './statusBanner';
import { trackStreamSockets } from './trackStreamSockets';
import { MESSAGES } from './pageMessages';

/** The page's configuration, inert JSON in the HTML (`renderWebChatPage`). */
interface PageConfig {
  tokenUrl: string;
  /** Where a kept `resume` key is traded for a token (the main token route, also for follow-ups). */
  resumeUrl: string;
  storageKey: string;
  storage: 'local' | 'session';
  /** Follow-up page (`/suivi`): the link's one-time ticket, the address to show instead, the text when nothing is open. */
  ticket?: string;
  replaceUrl?: string;
  missingText?: string;
  draftTtlDays: number;
  embedded: boolean;
  locale: string;
  styleOptions: Record<string, unknown>;
  strings: Record<string, string>;
}

interface DirectLineLike {
  connectionStatus$: { subscribe(next: (status: number) => void): { unsubscribe(): void } };
  end(): void;
}

interface BerceauWebChat {
  createDirectLine(options: { domain: string; token: string; conversationId?: string; streamUrl?: string }): DirectLineLike;
  mount(options: MountOptions): { unmount(): void; send(value: Record<string, unknown>, displayText: string): void };
}

const config = JSON.parse(document.getElementById('berceau-config')?.textContent ?? '{}') as PageConfig;
const nonce = (document.currentScript as HTMLScriptElement | null)?.nonce;
const chat = document.getElementById('webchat') as HTMLElement;
const banner = createStatusBanner(document.getElementById('webchat-status') as HTMLElement);
const saved = createSavedConversation(config.storageKey, config.draftTtlDays, config.storage);
let ticket = config.ticket;
const domain = `${window.location.origin}/v3/directline`;
const bundle = waitForBundle();
let current: { directLine: DirectLineLike; view: ReturnType<BerceauWebChat['mount']>; status: { unsubscribe(): void } } | undefined;
let socketLost: ReturnType<typeof setTimeout> | undefined;

trackStreamSockets({
  onOpen() {
    if (socketLost) clearTimeout(socketLost);
    socketLost = undefined;
    banner.clear('connection');
    if (banner.kind === 'unsent') banner.show('unsent', MESSAGES.reconnectedUnsent);
  },
  onClose() {
    socketLost ??= setTimeout(() => banner.show('connection', MESSAGES.connectionLost), 1000);
  },
});

/**
 * Opens the conversation: the one kept on this device when there is one (its resume key), otherwise a new
 * one. The token request starts at once, while Web Chat's bundle is still downloading.
 */
async function open(mode: 'continue' | 'new'): Promise<void> {
  if (config.missingText) return openFollowUp(mode);
  const kept = mode === 'continue' ? saved.read() : undefined;
  let outcome: TokenOutcome = await requestToken(kept ? config.resumeUrl : config.tokenUrl, kept?.resume);
  if (!outcome.ok && outcome.reason === 'gone') {
    saved.forget();
    banner.show('notice', MESSAGES.previousGone);
    outcome = await requestToken(config.tokenUrl);
  }
  if (!outcome.ok) return showTokenProblem(outcome);
  if (banner.kind !== 'notice') banner.clear();
  await start(outcome.session);
}

/**
 * A follow-up page trades its link's one-time ticket for a conversation bound to the request (once), then, after
 * a reload, resumes the conversation kept for this tab; with neither it says so. A new request starts on `/`.
 */
async function openFollowUp(mode: 'continue' | 'new'): Promise<void> {
  if (mode === 'new') return void window.location.assign('/');
  const kept = saved.read();
  const used = ticket;
  ticket = undefined;
  const outcome = used ? await requestToken(config.tokenUrl, undefined, used) : kept ? await requestToken(config.resumeUrl, kept.resume) : undefined;
  if (!outcome || (!outcome.ok && outcome.reason === 'gone')) {
    saved.forget();
    chat.querySelector('[data-loading]')?.remove();
    return banner.show('problem', config.missingText ?? '');
  }
  if (!outcome.ok) return showTokenProblem(outcome);
  banner.clear();
  await start(outcome.session);
}

async function start(session: ChatSession): Promise<void> {
  saved.save({ conversationId: session.conversationId, resume: session.resume });
  const streamUrl = await openStream(domain, session);
  let webChat: BerceauWebChat;
  try {
    webChat = await bundle;
  } catch {
    return banner.show('problem', MESSAGES.bundleFailed, { label: 'Recharger la page', run: () => window.location.reload() });
  }
  stop();
  const directLine = webChat.createDirectLine(
    streamUrl ? { domain, token: session.token, conversationId: session.conversationId, streamUrl } : { domain, token: session.token, conversationId: session.resumed ? session.conversationId : undefined },
  );
  const view = webChat.mount({
    element: chat,
    directLine,
    locale: config.locale,
    nonce,
    styleOptions: config.styleOptions,
    strings: config.strings,
    onBotMessage(activity) {
      banner.clear('unsent');
      if (activity.channelData?.step === 'start') {
        saved.forget();
        banner.show('notice', MESSAGES.erased, { label: 'Commencer une nouvelle demande', run: () => void open('new') });
      } else {
        saved.save({ conversationId: session.conversationId, resume: session.resume });
      }
    },
    onPostFailed() {
      banner.show('unsent', MESSAGES.postFailed);
    },
  });
  const status = directLine.connectionStatus$.subscribe((value) => {
    if (value === 2 && banner.kind !== 'notice') banner.clear();
    if (value === 3) banner.show('problem', MESSAGES.expired, { label: 'Continuer ma demande', run: () => void open('continue') });
    if (value === 4) banner.show('problem', MESSAGES.unreachable, { label: 'Réessayer', run: () => void open('continue') });
    if (value === 5) banner.show('problem', MESSAGES.ended, { label: 'Commencer une nouvelle demande', run: () => void open('new') });
  });
  current = { directLine, view, status };
}

function stop(): void {
  if (!current) return;
  current.status.unsubscribe();
  current.view.unmount();
  current.directLine.end();
  current = undefined;
}

function showTokenProblem(outcome: Extract<TokenOutcome, { ok: false }>): void {
  chat.querySelector('[data-loading]')?.remove();
  if (outcome.reason === 'origin') return banner.show('problem', MESSAGES.originRefused(window.location.origin));
  if (outcome.reason === 'busy') return banner.show('problem', MESSAGES.busy(outcome.retryAfterSeconds ?? 60), { label: 'Réessayer', run: () => void open('continue') });
  banner.show('problem', MESSAGES.unavailable, { label: 'Réessayer', run: () => void open('continue') });
}

/**
 * « Quitter / nouvelle demande » sends the erase command, as if « effacer » were typed: the assistant asks for
 * confirmation in the chat (« Oui, tout effacer »), and its reply (`step: "start"`) clears the device. Without a
 * connection, the device forgets the conversation at once and a new one starts.
 */
function setUpQuit(): void {
  document.getElementById('webchat-quit')?.addEventListener('click', () => {
    if (current) return current.view.send({ command: 'erase' }, 'Quitter et effacer mes réponses');
    saved.forget();
    void open('new');
  });
}

function waitForBundle(): Promise<BerceauWebChat> {
  const script = document.getElementById('webchat-bundle');
  return new Promise((resolve, reject) => {
    const ready = () => {
      const api = (window as unknown as { BerceauWebChat?: BerceauWebChat }).BerceauWebChat;
      if (api) resolve(api);
      else reject(new Error('bundle'));
    };
    if ((window as unknown as { BerceauWebChat?: BerceauWebChat }).BerceauWebChat) return ready();
    script?.addEventListener('load', ready);
    script?.addEventListener('error', () => reject(new Error('bundle')));
  });
}

/** In the widget's iframe, Échap closes the panel: the commune's page listens for this message. */
function setUpEscape(): void {
  if (!config.embedded || window.parent === window) return;
  const ancestor = (window.location as Location & { ancestorOrigins?: DOMStringList }).ancestorOrigins?.[0];
  const parentOrigin = ancestor ?? new URLSearchParams(window.location.search).get('parent') ?? '';
  if (!/^https?:\/\//.test(parentOrigin)) return;
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !event.defaultPrevented) window.parent.postMessage({ type: 'berceau:close' }, parentOrigin);
  });
}

if (config.replaceUrl) window.history.replaceState(null, '', config.replaceUrl);
setUpQuit();
setUpEscape();
void open('continue');
