import { describe, expect, it } from 'vitest';

import { toCsv } from '../../src/data/csv';

describe('CSV', () => {
  it('writes a BOM, quotes per RFC 4180, and neutralizes formulas', () => {
    const csv = toCsv(
      ['handle', 'note'],
      [
        ['ana', 'plain'],
        ['bo', 'says "hi", twice\nnew line'],
        ['cy', '=HYPERLINK("http://evil.example","x")'],
        ['dee', '+1'],
        ['eve', '@SUM(A1)'],
        ['fay', '-2'],
        ['gus', 'Zoë 東京'],
      ],
    );
    expect(csv).toBe(
      '\uFEFFhandle,note\r\nana,plain\r\nbo,"says ""hi"", twice\nnew line"\r\ncy,"\'=HYPERLINK(""http://evil.example"",""x"")"\r\n' +
        "dee,'+1\r\neve,'@SUM(A1)\r\nfay,'-2\r\ngus,Zoë 東京\r\n",
    );
  });
});
