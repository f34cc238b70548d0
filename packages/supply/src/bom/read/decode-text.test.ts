import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text.js';
import { fileKind } from './file-kind.js';

const TEXT = 'Value;MPN\n4.7µF ±10%;GRM188R61A475KE15D\n1kΩ;RC0402FR-071KL\n';

describe('decodeText', () => {
  it('reads UTF-8 with and without a byte order mark', () => {
    const utf8 = new TextEncoder().encode(TEXT);
    expect(decodeText(utf8)).toEqual({ text: TEXT, encoding: 'utf-8' });
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({
      text: TEXT,
      encoding: 'utf-8-bom',
    });
  });

  it('reads UTF-16 LE and BE, with a byte order mark or without', () => {
    const le = Buffer.from(TEXT, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(decodeText(Uint8Array.from([0xff, 0xfe, ...le]))).toEqual({ text: TEXT, encoding: 'utf-16le' });
    expect(decodeText(Uint8Array.from([0xfe, 0xff, ...be]))).toEqual({ text: TEXT, encoding: 'utf-16be' });
    expect(decodeText(le).encoding).toBe('utf-16le');
    expect(decodeText(be).encoding).toBe('utf-16be');
  });

  it('reads Windows-1252 when the bytes are not UTF-8: µ and ± come out right', () => {
    const text = 'Value;MPN\n10µF ±10%;GRM21BR61A106KE19L\n';
    const bytes = Uint8Array.from([...text].map((ch) => ({ µ: 0xb5, '±': 0xb1 })[ch] ?? ch.charCodeAt(0)));
    expect(decodeText(bytes)).toEqual({ text, encoding: 'windows-1252' });
  });
});

describe('fileKind', () => {
  it('tells workbooks, text and what cannot be a BOM table apart', () => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    expect(fileKind(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0]))).toEqual({ kind: 'xlsx' });
    expect(fileKind(bytes('%PDF-1.7\n...'))).toEqual({ kind: 'unsupported', looksLike: 'a PDF document' });
    expect(fileKind(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1]))).toMatchObject({
      looksLike: expect.stringContaining('.xls'),
    });
    expect(fileKind(bytes('<!DOCTYPE html><html>'))).toMatchObject({ kind: 'unsupported' });
    expect(fileKind(Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 65, 66]))).toMatchObject({
      looksLike: 'a binary file',
    });
    expect(fileKind(bytes(TEXT))).toEqual({ kind: 'text' });
    expect(fileKind(Uint8Array.from([0xff, 0xfe, ...Buffer.from(TEXT, 'utf16le')]))).toEqual({
      kind: 'text',
    });
  });
});
