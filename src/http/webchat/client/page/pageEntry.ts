import type { MountOptions } from '../webchat/webchatEntry';
import { openStream, requestToken, type ChatSession, type TokenOutcome } from './requestToken';
import { createSavedConversation } from './savedConversation';
import { createStatusBanner } from './statusBanner';
import { trackStreamSockets } from './trackStreamSockets';
import { MESSAGES } from './pageMessages';

/** The page's configuration, inert JSON in the HTML (`renderWebChatPage`). */
interface PageConfig {
  tokenUrl: string;
  storageKey: string;
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
const saved = createSavedConversation(config.storageKey, config.draftTtlDays);
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
  const kept = mode === 'continue' ? saved.read() : undefined;
  let outcome: TokenOutcome = await requestToken(config.tokenUrl, kept?.resume);
  if (!outcome.ok && outcome.reason === 'gone') {
    saved.forget();
    banner.show('notice', MESSAGES.previousGone);
    outcome = await requestToken(config.tokenUrl);
  }
  if (!outcome.ok) return showTokenProblem(outcome);
  if (banner.kind !== 'notice') banner.clear();
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

/** « Quitter / nouvelle demande »: erase the answers (server and device), then offer a new request. */
function setUpQuit(): void {
  const button = document.getElementById('webchat-quit');
  const dialog = document.getElementById('webchat-quit-dialog') as HTMLDialogElement | null;
  if (!button || !dialog) return;
  button.addEventListener('click', () => dialog.showModal());
  dialog.querySelector('[data-quit-cancel]')?.addEventListener('click', () => dialog.close());
  dialog.querySelector('[data-quit-confirm]')?.addEventListener('click', () => {
    dialog.close();
    saved.forget();
    if (current) current.view.send({ command: 'erase' }, 'Quitter et effacer mes réponses');
    else void open('new');
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
    if (event.key === 'Escape' && !event.defaultPrevented && !document.querySelector('dialog[open]')) window.parent.postMessage({ type: 'berceau:close' }, parentOrigin);
  });
}

setUpQuit();
setUpEscape();
void open('continue');
