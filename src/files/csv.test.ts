import { csvSheet, decodeCsv, parseCsv, readCsvText } from './csv';
import fc from 'fast-check';

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

  it('reads a quote inside an unquoted field as a character, and text after a closing quote as part of the field', () => {
    // The field is sliced up to the next delimiter in one piece: its quotes must stay characters, not open a field.
    expect(parseCsv('5" ruler,"a"b, 7 \r\nx""y,"2\r\n3"')).toEqual([
      ['5" ruler', 'ab', 7],
      ['x""y', '2\r\n3'],
    ]);
  });

  it('types a repeated cell text as it did the first time, and keeps near-twins (spaces, a leading zero) apart', () => {
    const rows = parseCsv('t,p\nAna,3\nAna,3\n Ana ,03\n');
    expect(rows.slice(1)).toEqual([
      ['Ana', 3],
      ['Ana', 3],
      [' Ana ', '03'],
    ]);
  });
});

describe('parseCsv on district-sized columns', () => {
  it('types every cell of a column of ids after it stops being remembered, and a cell like the one above it by its own text', () => {
    // 1,200 unique ids: past the 1,024-cell trial the column is typed cell by cell. "0042" stays text, "1250" is a number.
    const ids = Array.from({ length: 1200 }, (_, i) => `S-${i}`);
    const lines = ['id,day', ...ids.map((id) => `${id},M-F`), '1250,M-F', '0042,M-W', 'S-1199,M-Fx', 'S-1199,M-F'];
    const rows = parseCsv(lines.join('\n'));
    expect(rows.length).toBe(1 + 1200 + 4);
    expect(rows[1]).toEqual(['S-0', 'M-F']);
    expect(rows[1200]).toEqual(['S-1199', 'M-F']);
    // The cell above is "M-F": "M-W" (same length) and "M-Fx" (it starts with it) are read as their own texts.
    expect(rows.slice(1201)).toEqual([
      [1250, 'M-F'],
      ['0042', 'M-W'],
      ['S-1199', 'M-Fx'],
      ['S-1199', 'M-F'],
    ]);
  });
});

describe('parseCsv remembered cell texts', () => {
  it('tells apart texts whose hashes collide, and keeps each repeated text typed as it was the first time', () => {
    // "Aa" and "BB" hash alike (65·31 + 97 = 66·31 + 66 = 2112), and so do "AaAa", "BBBB" and "AaBB".
    const texts = ['Aa', 'BB', 'AaAa', 'BBBB', 'AaBB', '007', '7', ' 7'];
    const lines = ['code'];
    for (let round = 0; round < 3; round++) for (const text of texts) lines.push(text);
    const rows = parseCsv(lines.join('\n'));
    const once = ['Aa', 'BB', 'AaAa', 'BBBB', 'AaBB', '007', 7, 7];
    expect(rows.slice(1).map((r) => r[0])).toEqual([...once, ...once, ...once]);
  });

  it('reads back 300 distinct texts of a column in any order, past the growth of its table', () => {
    // 300 texts seen twice each (600 cells, under the 1,024-cell trial, so they are remembered): "c12" and 12 alternate.
    const value = (n: number) => (n % 2 === 0 ? `c${n}` : n);
    const order = [...Array.from({ length: 300 }, (_, n) => n), ...Array.from({ length: 300 }, (_, n) => (n * 7) % 300)];
    const rows = parseCsv(['v', ...order.map((n) => String(value(n)))].join('\r\n'));
    expect(rows.slice(1).map((r) => r[0])).toEqual(order.map(value));
  });
});

describe('readCsvText delimiters', () => {
  it('detects semicolons, and reads a decimal comma as a number only in a semicolon file', () => {
    const text = 'Teacher;Course;FTE\nNúñez;Maths;0,5\nLee;"Art; Design";1\n';
    expect(readCsvText(text)).toEqual({
      delimiter: ';',
      rows: [
        ['Teacher', 'Course', 'FTE'],
        ['Núñez', 'Maths', 0.5],
        ['Lee', 'Art; Design', 1],
      ],
      problems: [],
    });
    // In a comma file "0,5" would be two fields; quoted it stays the text it was.
    expect(readCsvText('Teacher,FTE\nLee,"0,5"\n').rows).toEqual([['Teacher', 'FTE'], ['Lee', '0,5']]);
  });

  it('detects tabs, and is not misled by a title row or by delimiters inside quotes', () => {
    const text = 'Master schedule, 2026\n\nTeacher\tCourse\tPeriod\nSmith\t"English, 9"\t1\nLee\tMath\t2\n';
    const read = readCsvText(text);
    expect(read.delimiter).toBe('\t');
    expect(read.rows.slice(2)).toEqual([
      ['Teacher', 'Course', 'Period'],
      ['Smith', 'English, 9', 1],
      ['Lee', 'Math', 2],
    ]);
  });

  it('follows Excel’s "sep=" first line and leaves it out of the rows', () => {
    expect(readCsvText('sep=;\r\na,b;c\r\n1;2\r\n')).toEqual({ delimiter: ';', rows: [['a,b', 'c'], [1, 2]], problems: [] });
  });
});

describe('readCsvText unbalanced quotes', () => {
  it('reports a quote that never closes at its line and still reads every later line', () => {
    const text = 'Teacher,Period\nSmith,1\n"Lee,2\nPatel,3\nOkafor,"4"\n';
    const read = readCsvText(text);
    expect(read.rows).toEqual([
      ['Teacher', 'Period'],
      ['Smith', 1],
      ['"Lee', 2],
      ['Patel', 3],
      ['Okafor', '4'],
    ]);
    expect(read.problems).toEqual([{ kind: 'unbalanced-quote', line: 3, row: 2, col: 0 }]);
  });

  it('counts lines inside a quoted field that spans lines when it names a later problem', () => {
    const read = readCsvText('Note,Period\n"two\nlines",1\nx,"open\ny,2\n');
    expect(read.rows).toEqual([['Note', 'Period'], ['two\nlines', 1], ['x', '"open'], ['y', 2]]);
    expect(read.problems).toEqual([{ kind: 'unbalanced-quote', line: 4, row: 2, col: 1 }]);
  });
});

describe('decodeCsv and csvSheet', () => {
  const ascii = 'Teacher,Period\r\nN\u00fa\u00f1ez,1\r\n';

  it('reads UTF-8 with and without a byte-order mark', () => {
    expect(decodeCsv(Buffer.from(ascii, 'utf8'))).toEqual({ text: ascii, encoding: 'utf-8' });
    expect(decodeCsv(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ascii, 'utf8')]))).toEqual({ text: ascii, encoding: 'utf-8' });
  });

  it('reads UTF-16 in both byte orders, with a byte-order mark or without one', () => {
    const le = Buffer.from(ascii, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(decodeCsv(Buffer.concat([Buffer.from([0xff, 0xfe]), le]))).toEqual({ text: ascii, encoding: 'utf-16le' });
    expect(decodeCsv(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual({ text: ascii, encoding: 'utf-16be' });
    expect(decodeCsv(le)).toEqual({ text: ascii, encoding: 'utf-16le' });
    expect(decodeCsv(be)).toEqual({ text: ascii, encoding: 'utf-16be' });
  });

  it('reads text that is not UTF-8 as Windows-1252 and says so on the Data Check', () => {
    // "Núñez" and "€" in Windows-1252: ú = 0xFA, ñ = 0xF1, € = 0x80 (invalid as UTF-8).
    const bytes = Buffer.from([...Buffer.from('Teacher;Cost\nN'), 0xfa, 0xf1, ...Buffer.from('ez;'), 0x80, ...Buffer.from('12\n')]);
    const { grid, dataCheck } = csvSheet(bytes, 'staff', 'staff.csv');
    expect(grid.rows).toEqual([['Teacher', 'Cost'], ['Núñez', '€12']]);
    expect(dataCheck).toEqual([
      expect.objectContaining({ severity: 'warning', sheet: 'staff', cell: '', code: 'csv-encoding' }),
    ]);
    expect(dataCheck[0].message).toBe(
      'staff.csv is not UTF-8 text, so it was read as Windows-1252 (Western European). If letters such as é or ñ ' +
        'look wrong, save the file again as "CSV UTF-8" and review it again.',
    );
  });

  it('puts an unclosed quote on the Data Check with its cell and line', () => {
    const { dataCheck } = csvSheet(Buffer.from('Teacher,Period\nSmith,"1\nLee,2\n'), 'schedule', 'schedule.csv');
    expect(dataCheck).toEqual([
      {
        severity: 'error',
        sheet: 'schedule',
        cell: 'B2',
        code: 'csv-unbalanced-quote',
        message:
          'schedule.csv line 2: a quote opens this field and is never closed. The quote was read as a character and ' +
          'the field ends at the end of its line; check the line and close or remove the quote.',
      },
    ]);
  });
});

describe('readCsvText on any text', () => {
  const field = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', ';', '\t', '"', '\n', '\r', 'é', '1', '.') });
  // Every field quoted, so each reads back as the text it was (an unquoted "1" would become a number).
  const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

  it('reads back every table written as RFC 4180 with any of the three delimiters (named by sep=)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(',', ';', '\t'),
        fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
        (delimiter, table) => {
          const text = `sep=${delimiter}\r\n${table.map((row) => row.map(quote).join(delimiter)).join('\r\n')}`;
          const read = readCsvText(text);
          expect(read.problems).toEqual([]);
          // Quoted fields stay text exactly as written.
          expect(read.rows).toEqual(table);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never throws, and gives no more rows than the text has lines, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ',', ';', '\t', '"', '\n', '\r', ' ', '1'), maxLength: 200 }), (text) => {
        const read = readCsvText(text);
        const lines = text.split(/\r\n|\r|\n/).length;
        expect(read.rows.length).toBeLessThanOrEqual(lines);
        for (const p of read.problems) expect(p.line).toBeLessThanOrEqual(lines);
      }),
      { numRuns: 2000 },
    );
  });
});
