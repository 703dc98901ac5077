/**
 * Do two figures agree, with the tolerance a reader would accept?
 * - an exact figure agrees with a more precise one it rounds: "15.3 مليار" and "15 مليار", "1.5 مليون" and 1520000
 *   (fractions and figures of a thousand or more only: 10 and 14 are different counts);
 * - a hedged one (حوالى، نحو، قرابة) is its value ± APPROX_TOLERANCE: "نحو 15" and "15" agree; "حوالى عشرة"
 *   (8..12) and "15" do not;
 * - bounds are half-open intervals: "أكثر من 10" agrees with 15, "أقل من 7" does not;
 * - ranges and vague magnitudes (عشرات: 20..99) are their min..max.
 * Figures are compared in the base unit of their kind when both have one (2 كغ = 2000 غ).
 */
import type { Quantity } from '../analysis/quantities/index.js';

/** How far a hedged figure may stray: حوالى 10 covers 8 to 12. */
export const APPROX_TOLERANCE = 0.2;

export interface Interval {
  lo: number;
  hi: number;
}

/** The step the figure is rounded to: 15 → 1, 1500000 → 100000, 1.5 → 0.1. */
export function roundingStep(value: number): number {
  if (!Number.isFinite(value) || value === 0) return 1;
  const abs = Math.abs(value);
  if (Number.isInteger(abs)) {
    let step = 1;
    while (abs % (step * 10) === 0 && step < 1e12) step *= 10;
    return step;
  }
  const decimals = Math.min(6, (String(abs).split('.')[1] ?? '').length);
  return 10 ** -decimals;
}

function scaled(q: Quantity): { value: number; factor: number } {
  if (q.base && q.value !== 0) return { value: q.base.value, factor: q.base.value / q.value };
  return { value: q.value, factor: 1 };
}

export function intervalOf(q: Quantity): Interval {
  const { value, factor } = scaled(q);
  if (q.min !== undefined || q.max !== undefined) {
    return { lo: q.min !== undefined ? q.min * factor : -Infinity, hi: q.max !== undefined ? q.max * factor : Infinity };
  }
  if (q.approximate) return { lo: value * (1 - APPROX_TOLERANCE), hi: value * (1 + APPROX_TOLERANCE) };
  return { lo: value, hi: value };
}

/** True when two figures can describe the same amount. */
export function quantitiesAgree(a: Quantity, b: Quantity): boolean {
  const ia = intervalOf(a);
  const ib = intervalOf(b);
  if (ia.lo <= ib.hi && ib.lo <= ia.hi) return true;
  // Rounding: two exact figures agree when the coarser one is the other rounded (15 / 15.3; 1.5 مليون / 1520000).
  // Only for fractions and for large round figures: 10 and 14 are two different counts.
  if (isExact(a) && isExact(b)) {
    const va = scaled(a).value; const vb = scaled(b).value;
    const coarse = roundingStep(va) >= roundingStep(vb) ? va : vb;
    const fine = coarse === va ? vb : va;
    const step = roundingStep(coarse);
    if (!Number.isInteger(fine) || Math.abs(coarse) >= 1000) {
      return Math.abs(Math.round(fine / step) * step - coarse) < step * 1e-9;
    }
  }
  return false;
}

function isExact(q: Quantity): boolean {
  return !q.approximate && q.min === undefined && q.max === undefined;
}

/** The words a reader needs to see the hedge: "نحو 10"، "أكثر من 10"، "10 إلى 20". */
export function describeValue(q: Quantity): string {
  if (q.min !== undefined && q.max !== undefined) return `${q.min}–${q.max}`;
  if (q.min !== undefined) return `أكثر من ${q.min}`;
  if (q.max !== undefined) return `أقل من ${q.max}`;
  return q.approximate ? `نحو ${q.value}` : String(q.value);
}

/**
 * "320.000 حبة" and "320 ألف حبة", "236.190 كرتونا" and "236190 كرتونا": a point or comma before exactly three
 * digits is a thousands separator as often as a decimal point in this press; the figures agree when reading it so
 * makes them equal. So do two figures written with the same four or more digits.
 */
export function thousandsAgree(a: Quantity, b: Quantity): boolean {
  const alternative = (q: Quantity) => (/^[^0-9٠-٩]*[0-9٠-٩]{1,3}[.,٫][0-9٠-٩]{3}(?![0-9٠-٩.,٫])/u.test(q.text) ? q.value * 1000 : undefined);
  const close = (x: number, y: number) => Math.abs(x - y) <= 1e-6 * Math.max(1, Math.abs(y));
  const xa = alternative(a);
  const xb = alternative(b);
  if ((xa !== undefined && close(xa, b.value)) || (xb !== undefined && close(xb, a.value))) return true;
  // The same digits, grouped or not, with or without a redundant magnitude word ("665,932,983 مليون ريال" and
  // "665.932.983 ريالا"): one figure written two ways.
  // Only numerals grouped by threes (or not grouped) count: 708.57 and 70857 are two numbers.
  const numeral = (q: Quantity) => /[0-9٠-٩][0-9٠-٩.,٫٬]*/u.exec(q.text)?.[0] ?? '';
  const grouped = (n: string) => /^[0-9٠-٩]{1,3}(?:[.,٫٬][0-9٠-٩]{3})+$|^[0-9٠-٩]+$/u.test(n);
  const digits = (n: string) => [...n].filter((c) => /[0-9٠-٩]/u.test(c)).map((c) => String(c.charCodeAt(0) >= 0x660 ? c.charCodeAt(0) - 0x660 : c)).join('');
  const na = numeral(a);
  const nb = numeral(b);
  return grouped(na) && grouped(nb) && digits(na).length >= 4 && digits(na) === digits(nb);
}
