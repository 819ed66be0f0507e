// Numbering and date rules of Nghị định 30: Roman sections, Vietnamese-alphabet points, leading zeros.

const ROMAN: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];

export function roman(n: number): string {
  let out = '';
  for (const [value, digits] of ROMAN) while (n >= value) { out += digits; n -= value; }
  return out;
}

/** a, b, c, d, đ, e, g, h, i, k, l, m, n, o, p, q, r, s, t, u, v, x, y: the Vietnamese alphabet's order. */
const LETTERS = 'a b c d đ e g h i k l m n o p q r s t u v x y'.split(' ');

export function letter(index: number): string {
  return LETTERS[index % LETTERS.length]!.repeat(Math.floor(index / LETTERS.length) + 1);
}

/** Days below 10 take a leading zero, and so do months 1 and 2 ("tháng 01", "tháng 3"). */
export function pad2(n: number, isMonth: boolean): string {
  if (isMonth) return n <= 2 ? `0${n}` : String(n);
  return n < 10 ? `0${n}` : String(n);
}
