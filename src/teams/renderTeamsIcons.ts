import { encodePng } from './encodePng';

/**
 * The two icons of the Teams app package, drawn here so that no binary is committed: `color.png` (192×192, the
 * commune's colour with a white cradle and crescent inside the central 120 px) and `outline.png` (32×32, the same
 * glyph in pure white on a transparent background, as Teams requires for the outline icon).
 */
export function renderTeamsIcons(accentColour: string): { color: Buffer; outline: Buffer } {
  const [r, g, b] = parseHexColour(accentColour);
  const color = drawIcon(192, 36, (coverage) => [mix(r, coverage), mix(g, coverage), mix(b, coverage), 255]);
  const outline = drawIcon(32, 1, (coverage) => [255, 255, 255, Math.round(coverage * 255)]);
  return { color, outline };
}

function drawIcon(size: number, padding: number, shade: (coverage: number) => [number, number, number, number]): Buffer {
  const pixels = new Uint8Array(size * size * 4);
  const glyphSize = size - 2 * padding;
  const samples = 4;
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      let hits = 0;
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const u = (x - padding + (sx + 0.5) / samples) / glyphSize;
          const v = (y - padding + (sy + 0.5) / samples) / glyphSize;
          if (isInsideGlyph(u, v)) hits += 1;
        }
      }
      pixels.set(shade(hits / (samples * samples)), (y * size + x) * 4);
    }
  }
  return encodePng(size, size, pixels);
}

/** A cradle (rim, bowl, rocker) under a crescent moon, in a unit square. */
export function isInsideGlyph(u: number, v: number): boolean {
  const distance = (cx: number, cy: number) => Math.hypot(u - cx, v - cy);
  const rim = v >= 0.42 && v <= 0.5 && u >= 0.06 && u <= 0.94;
  const bowl = v >= 0.46 && distance(0.5, 0.46) <= 0.36;
  const rockerRadius = distance(0.5, 0.3);
  const rocker = v > 0.62 && rockerRadius >= 0.54 && rockerRadius <= 0.6;
  const crescent = distance(0.3, 0.2) <= 0.17 && distance(0.38, 0.14) > 0.15;
  return rim || bowl || rocker || crescent;
}

function parseHexColour(hex: string): [number, number, number] {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`render Teams icons: colour ${hex} is not #RRGGBB`);
  return [Number.parseInt(match[1]!, 16), Number.parseInt(match[2]!, 16), Number.parseInt(match[3]!, 16)];
}

function mix(channel: number, whiteCoverage: number): number {
  return Math.round(channel + (255 - channel) * whiteCoverage);
}
