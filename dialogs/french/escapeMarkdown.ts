/**
 * Escapes what a parent typed before it is echoed back: Web Chat and Teams render Markdown, so a name such as
 * `*Sophie*` or an address such as `jean_dupont_@exemple.fr` must show as typed, never as emphasis or a link.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~#]/g, (c) => `\\${c}`);
}
