/**
 * Tells the page when the Direct Line WebSocket closes and opens again. DirectLineJS retries on its own but
 * says nothing for several seconds; the page wants to say « Connexion perdue » at once. The global `WebSocket`
 * is replaced, before the connection is created, by a subclass that only adds listeners.
 */
export function trackStreamSockets(handlers: { onOpen(): void; onClose(): void }): void {
  const Native = window.WebSocket;
  class TrackedWebSocket extends Native {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      if (/\/v3\/directline\/conversations\/[^/]+\/stream/.test(String(url))) {
        this.addEventListener('open', () => handlers.onOpen());
        this.addEventListener('close', () => handlers.onClose());
      }
    }
  }
  window.WebSocket = TrackedWebSocket;
}
