/**
 * Reads one digit token of the text core ("1,500", "2.5", "1.500.000", already in ASCII digits: ٫ → . and ٬ → ,).
 *
 * Separators: commas between groups of three are thousands (1,500 and ١٬٥٠٠); a single dot is a decimal point
 * (2.5, ٢٫٥, and 1.500 too, as the Arab press writes decimals with a dot); two or more dots between groups of
 * three are thousands in the European style (1.500.000), with an optional decimal comma. A single comma not followed
 * by exactly three digits is a decimal comma (2,5 مليون). Anything else (1.2.3, 10,00,000) is not a number we can
 * read with confidence, and returns undefined rather than a guess. That includes one dot group then a comma
 * ("542.963,440 مليون ريال"): European thousands with a decimal comma would make it 542,963.44 million, but the
 * outlet that wrote it meant 542.96344 million (another outlet gives 542.963.440 ريالا), so either reading is a guess.
 */

/** More significant digits than a double holds exactly: such strings (serials, hashes) are not figures. */
const MAX_DIGITS = 16;

const RE_PLAIN = /^\d+$/;
const RE_THOUSANDS_COMMA = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const RE_DECIMAL_DOT = /^\d+\.\d+$/;
const RE_THOUSANDS_DOT = /^\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?$/;
const RE_DECIMAL_COMMA = /^\d+,\d+$/;

export function parseDigits(norm: string): number | undefined {
  let digits = 0;
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
  }
  if (digits === 0) return undefined;
  // Leading zeros carry no magnitude: "0000000000000000001" is 1 (a serial, but a readable one).
  const significant = norm.replace(/^[0.,]+/, '').replace(/[.,]/g, '').length;
  if (significant > MAX_DIGITS) return undefined;
  if (RE_PLAIN.test(norm)) return Number(norm);
  if (RE_THOUSANDS_COMMA.test(norm)) return Number(norm.replace(/,/g, ''));
  if (RE_DECIMAL_DOT.test(norm)) return Number(norm);
  if (RE_THOUSANDS_DOT.test(norm)) return Number(norm.replace(/\./g, '').replace(',', '.'));
  if (RE_DECIMAL_COMMA.test(norm)) return Number(norm.replace(',', '.'));
  return undefined;
}

/** True for a plain run of digits (no separator): the only shape a day, a month, a year or a clock part takes. */
export function isPlainDigits(norm: string): boolean {
  return RE_PLAIN.test(norm);
}
