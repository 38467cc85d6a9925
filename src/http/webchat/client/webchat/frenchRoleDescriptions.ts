/** Web Chat 4.18 hard-codes these `aria-roledescription` values in English (Berceau only attaches forms). */
const FRENCH: Record<string, string> = { attachment: 'formulaire' };

/** Keeps the transcript's role descriptions in French as Web Chat renders activities. */
export function keepRoleDescriptionsFrench(root: HTMLElement): () => void {
  const fix = () => {
    for (const element of Array.from(root.querySelectorAll('[aria-roledescription]'))) {
      const french = FRENCH[element.getAttribute('aria-roledescription') ?? ''];
      if (french) element.setAttribute('aria-roledescription', french);
    }
  };
  const observer = new MutationObserver(fix);
  observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-roledescription'] });
  fix();
  return () => observer.disconnect();
}
