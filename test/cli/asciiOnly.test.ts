import { isAscii } from 'node:buffer';
import * as vm from 'node:vm';

// The escaping that writes the command line's bundle in plain ASCII (webpack.cli.config.js): each snippet must mean
// the same before and after, and the result must be ASCII. The sources are written with String.raw so the backslashes
// below are the backslashes in the JavaScript being escaped.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { asciiOnly } = require('../../webpack.cli.config.js') as { asciiOnly: (text: string) => string };

const evaluate = (source: string): unknown => vm.runInNewContext(source);

describe('asciiOnly (the bundle in plain ASCII)', () => {
  it.each([
    ['a string', String.raw`'24 × 5 ÷ 2 — é'`],
    ['a regular expression', String.raw`/[×÷]/.test('÷')`],
    ['a template', 'const n = 5; `${n} × 4`'],
    ['an emoji (a surrogate pair)', String.raw`'😀'.codePointAt(0)`],
    // An identity escape: '\é' is 'é'. Escaped as '\\u00e9' it would be the text "\u00e9", six characters.
    ['a character after a backslash of its own', String.raw`'\é'`],
    ['the same in a regular expression and a template', String.raw`[/[\÷]/.test('÷'), ` + '`\\é`]'],
    ['an emoji after a backslash of its own', String.raw`'\😀'`],
    // An escaped backslash, then é: a backslash and é, two characters.
    ['a character after an escaped backslash', String.raw`'\\é'`],
    ['after three backslashes: an escaped one, then an identity escape', String.raw`'\\\é'`],
  ])('%s means the same once escaped', (_name, source) => {
    const escaped = asciiOnly(source);
    expect(isAscii(Buffer.from(escaped))).toBe(true);
    expect(evaluate(escaped)).toEqual(evaluate(source));
  });

  it('spells out what the escapes give', () => {
    expect(evaluate(asciiOnly(String.raw`'\é'`))).toBe('é');
    expect(evaluate(asciiOnly(String.raw`'\\é'`))).toBe('\\é');
    expect(asciiOnly('// é in a comment')).toBe('// \\u00e9 in a comment');
  });

  it('refuses U+2028 and U+2029, which would end a comment line early once escaped', () => {
    expect(() => asciiOnly('// a line\u2028separator')).toThrow('U+2028 or U+2029');
    expect(() => asciiOnly("'\u2029'")).toThrow('U+2028 or U+2029');
  });
});
