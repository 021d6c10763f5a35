import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeSource, firstInvalidUtf8 } from '../../../scripts/ingest/read.ts';
import { LineError } from '../../../scripts/ingest/errors.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const lineOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof LineError) return { line: e.line, problem: e.problem };
    throw e;
  }
  throw new Error('expected a LineError');
};

describe('read: bytes → text', () => {
  it('accepts UTF-8 with a BOM and CRLF line ends, and normalises them', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('一、总则\r\n正文。\r\n')]);
    expect(decodeSource(bytes)).toBe('一、总则\n正文。\n');
  });

  it('refuses GBK and names the line of the first bad byte', () => {
    const gbk = iconv.encode('first line\nsecond line\n广西科技厅\n', 'gbk');
    const err = lineOf(() => decodeSource(gbk));
    expect(err.line).toBe(3);
    expect(err.problem).toMatch(/not valid UTF-8.*GBK/);
  });

  it('refuses an empty file, white space only, and binary data', () => {
    expect(lineOf(() => decodeSource(new Uint8Array())).problem).toMatch(/empty/);
    expect(lineOf(() => decodeSource(utf8(' \n\t\n　\n'))).problem).toMatch(/white space/);
    const bin = lineOf(() => decodeSource(new Uint8Array([...utf8('ok\nok\n'), 0x00, 0x01])));
    expect(bin).toEqual({ line: 3, problem: expect.stringMatching(/binary/) });
  });

  it('finds truncated and overlong UTF-8 sequences', () => {
    expect(firstInvalidUtf8(utf8('科技'))).toBe(-1);
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xe5, 0xb9]))).toBe(1); // cut off at the end
    expect(firstInvalidUtf8(new Uint8Array([0xc0, 0xaf]))).toBe(0); // overlong "/"
    expect(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0); // surrogate
  });
});
