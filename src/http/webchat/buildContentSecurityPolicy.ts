/**
 * The hash of an empty `<style>`: Web Chat 4.18 creates react-scroll-to-bottom's emotion cache without the
 * nonce, as an empty element filled through CSSOM `insertRule` (which CSP does not govern). Allowing exactly
 * the empty content keeps the transcript scrollable without `'unsafe-inline'`.
 */
export const EMPTY_STYLE_HASH = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

/**
 * The page's Content-Security-Policy: scripts and styles only from Berceau itself or carrying the request's
 * nonce (Web Chat injects its emotion `<style>` tags with the nonce given to `renderWebChat`), network calls
 * only to Berceau (HTTP and its WebSocket origin), and framing only by the commune's own sites.
 */
export function buildContentSecurityPolicy(options: { nonce: string; publicUrl: string; frameAncestors: string[] }): string {
  const wsOrigin = expressible(new URL(options.publicUrl).origin.replace(/^http/, 'ws'));
  const nonce = `'nonce-${options.nonce}'`;
  return [
    "default-src 'none'",
    `script-src 'self' ${nonce}`,
    `style-src 'self' ${nonce} ${EMPTY_STYLE_HASH}`,
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "media-src 'self' data: blob:",
    `connect-src 'self' ${wsOrigin}`.trim(),
    `frame-ancestors 'self' ${options.frameAncestors.map(expressible).join(' ')}`.replace(/\s+/g, ' ').trim(),
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
}

/**
 * CSP source expressions cannot name an IPv6 literal (`http://[::1]:3978`): such an origin is left out, and a
 * page opened at `[::1]` still reaches its own stream through `'self'`.
 */
function expressible(source: string): string {
  return source.includes('[') ? '' : source;
}
