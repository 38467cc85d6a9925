export interface BannerAction {
  label: string;
  run(): void;
}

export type BannerKind = 'connection' | 'unsent' | 'notice' | 'problem';

/**
 * The line above the chat that says what is going on with the connection, in French, with at most one
 * action (« Continuer ma demande », « Nouvelle demande »…). It is a polite live region, so it is announced.
 */
export function createStatusBanner(element: HTMLElement) {
  let kind: BannerKind | undefined;
  const text = element.querySelector<HTMLElement>('[data-banner-text]') ?? element;
  const button = element.querySelector<HTMLButtonElement>('[data-banner-action]');
  let action: BannerAction | undefined;
  button?.addEventListener('click', () => action?.run());
  return {
    show(nextKind: BannerKind, message: string, nextAction?: BannerAction): void {
      kind = nextKind;
      action = nextAction;
      element.dataset.kind = nextKind;
      text.textContent = message;
      if (button) {
        button.hidden = !nextAction;
        button.textContent = nextAction?.label ?? '';
      }
      element.hidden = false;
    },
    /** Clears the banner, or only a banner of the given kind (a reconnection clears the connection warning only). */
    clear(onlyKind?: BannerKind): void {
      if (onlyKind && kind !== onlyKind) return;
      kind = undefined;
      action = undefined;
      text.textContent = '';
      if (button) button.hidden = true;
      element.hidden = true;
    },
    get kind(): BannerKind | undefined {
      return kind;
    },
  };
}

export type StatusBanner = ReturnType<typeof createStatusBanner>;
