import { z } from 'zod';
import { LIMITS } from './limits';

/** Field types of the card values, shared by every question's schema (primitives only: an object is refused). */
export const text = (max: number) => z.string().max(max);
export const optionalText = (max: number) => z.string().max(max).optional();
export const isoDate = z.string().max(LIMITS.date).describe('YYYY-MM-DD');
export const hhmm = z.string().max(LIMITS.time).describe('HH:MM, 24 h');
export const flag = z.union([z.boolean(), z.enum(['true', 'false'])]);
export const numeric = (max: number) => z.union([z.number(), z.string().max(max)]);
export const stepLiteral = <S extends string>(step: S) => z.literal(step);
