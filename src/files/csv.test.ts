import { parseCsv } from './csv';

describe('parseCsv', () => {
  it('types plain numbers and keeps text forms the engine must read in context', () => {
    expect(parseCsv('a,b,c,d\n12,0805,"$1,234",8:05\n')).toEqual([
      ['a', 'b', 'c', 'd'],
      [12, '0805', '$1,234', '8:05'],
    ]);
  });

  it('handles quotes, embedded newlines, CRLF, blanks and a byte-order mark', () => {
    expect(parseCsv('\ufeffname,note\r\n"Smith; Lee","say ""hi""\nthere"\r\n,\r\n')).toEqual([
      ['name', 'note'],
      ['Smith; Lee', 'say "hi"\nthere'],
      [null, null],
    ]);
  });

  it('keeps a quoted number as text, as the file asked', () => {
    expect(parseCsv('"007",7')).toEqual([['007', 7]]);
  });
});
