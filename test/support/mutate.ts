// Mutations of a plan's YAML text, as a fuzzer makes them: byte flips, lines dropped or doubled, odd
// characters put in, values given the wrong type, huge and deep values.
import fc from 'fast-check';
import { ODD } from './plan-arbitrary.js';

/** A mutation works on the file's bytes: a flipped byte may leave text that is no longer UTF-8. */
export type Mutation = (bytes: Buffer) => Buffer;
const onText = (change: (text: string) => string): Mutation => (bytes) => Buffer.from(change(bytes.toString('utf8')), 'utf8');

const at = (text: string, where: number) => Math.floor(where * text.length);
const lineAt = (lines: string[], where: number) => Math.min(lines.length - 1, Math.floor(where * lines.length));

const MUTATIONS: fc.Arbitrary<Mutation>[] = [
  // a byte flipped (the text re-read as UTF-8 may then hold U+FFFD or break a character)
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 255 })).map(([w, x]): Mutation => (bytes) => {
    const out = Buffer.from(bytes);
    if (out.length) out[Math.min(out.length - 1, Math.floor(w * out.length))]! ^= x;
    return out;
  }),
  // a line dropped, doubled, or moved in or out
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('drop', 'double', 'indent', 'dedent')).map(([w, how]) => onText((t) => {
    const lines = t.split('\n');
    const i = lineAt(lines, w);
    if (how === 'drop') lines.splice(i, 1);
    else if (how === 'double') lines.splice(i, 0, lines[i]!);
    else if (how === 'indent') lines[i] = `  ${lines[i]}`;
    else lines[i] = lines[i]!.replace(/^ {1,2}/, '');
    return lines.join('\n');
  })),
  // an odd character put in anywhere
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...ODD, '\u0000', '\u001b', '\t', '&a ', '*a', '!!binary ', '? ', '---\n')).map(([w, c]) => onText((t) => t.slice(0, at(t, w)) + c + t.slice(at(t, w)))),
  // a value replaced by one of the wrong type or an extreme one
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('[]', '{}', '~', '123', '-1', '1e400', 'true', '"', "''", '[[[[[[', 'x'.repeat(5000), ' '.repeat(20000) + 'x', `[${'['.repeat(3000)}${']'.repeat(3000)}]`, `{a: ${'{a: '.repeat(3000)}1${'}'.repeat(3000)}}`))
    .map(([w, value]) => onText((t) => {
      const lines = t.split('\n');
      const i = lineAt(lines, w);
      lines[i] = lines[i]!.replace(/:( .*)?$/, `: ${value}`);
      return lines.join('\n');
    })),
  // a block of nested sequences
  fc.integer({ min: 100, max: 3000 }).map((n) => onText((t) => `${t}\nextra:\n${'- '.repeat(n)}x\n`)),
];

/** One to three mutations of a text. */
export const mutations: fc.Arbitrary<Mutation[]> = fc.array(fc.oneof(...MUTATIONS), { minLength: 1, maxLength: 3 });
