/**
 * Exact decimal arithmetic on BigInt fixed-point values (value × 10^scale), so that a rate such as
 * 0.0619 % × 3 600 € gives 2.2284 and nothing else. All values here are non-negative.
 */

/** Reads a plain decimal string (`"0.0619"`, `"43200.5"`) as an integer at the given scale; undefined if it has more decimals or is malformed. */
export function parseDecimal(text: string, scale: number): bigint | undefined {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return undefined;
  const decimals = match[2] ?? '';
  if (decimals.length > scale) return undefined;
  return BigInt(`${match[1]}${decimals.padEnd(scale, '0')}`);
}

/** Writes a fixed-point value as a plain decimal string without trailing zeros (`222840000n, 8` → `"2.2284"`). */
export function formatDecimal(value: bigint, scale: number): string {
  const digits = value.toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}

/** Divides and rounds: `half-up` to the nearest (halves away from zero), `down` by truncation. */
export function divideRounded(numerator: bigint, denominator: bigint, mode: 'half-up' | 'down'): bigint {
  const quotient = numerator / denominator;
  if (mode === 'down') return quotient;
  return (numerator % denominator) * 2n >= denominator ? quotient + 1n : quotient;
}

/** Converts a JavaScript number known to have at most `scale` decimals (an amount typed by a person) to fixed point. */
export function decimalFromNumber(value: number, scale: number): bigint | undefined {
  if (!Number.isFinite(value) || value < 0 || value > Number.MAX_SAFE_INTEGER / 10 ** scale) return undefined;
  return parseDecimal(String(value), scale);
}

/** 10^n as a BigInt. */
export function pow10(n: number): bigint {
  return 10n ** BigInt(n);
}
