/**
 * What a BOM file is, from its first bytes: a workbook, a text table, or something a BOM cannot be
 * read from (a PDF, an old binary `.xls`, an HTML page, other binaries), which gets one line
 * saying to export the BOM as CSV or XLSX.
 */

export type BomFileKind = 'xlsx' | 'text' | 'unsupported';

export interface FileKind {
  kind: BomFileKind;
  /** For unsupported files: what the file looks like ("a PDF document"). */
  looksLike?: string;
}

const startsWith = (bytes: Uint8Array, ...values: number[]) => values.every((v, i) => bytes[i] === v);

export function fileKind(bytes: Uint8Array): FileKind {
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return { kind: 'xlsx' };
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) return { kind: 'unsupported', looksLike: 'a PDF document' };
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) {
    return { kind: 'unsupported', looksLike: 'an Excel 97-2003 workbook (.xls)' };
  }
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 512)).replace(/^\uFEFF|^\xEF\xBB\xBF/, '');
  if (/^\s*\{\\rtf/.test(head)) return { kind: 'unsupported', looksLike: 'an RTF document' };
  if (/^\s*<(!doctype html|html|\?xml)/i.test(head)) {
    return {
      kind: 'unsupported',
      looksLike: 'an HTML or XML page (InteractiveHtmlBom pages have a CSV export)',
    };
  }
  if (isBinary(bytes)) return { kind: 'unsupported', looksLike: 'a binary file' };
  return { kind: 'text' };
}

/** Control bytes other than tab and line ends in the first 4 kB, outside UTF-16's zero bytes. */
function isBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  const utf16 =
    (sample[0] === 0xff && sample[1] === 0xfe) ||
    (sample[0] === 0xfe && sample[1] === 0xff) ||
    zeroShare(sample) > 0.3;
  if (utf16) return false;
  let control = 0;
  for (const byte of sample) {
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return control > 0 && control >= sample.length * 0.01;
}

function zeroShare(sample: Uint8Array): number {
  let zeros = 0;
  for (const byte of sample) if (byte === 0) zeros++;
  return sample.length === 0 ? 0 : zeros / sample.length;
}

/** The one line for a file no BOM can be read from. */
export function unsupportedMessage(looksLike: string): string {
  return `this is ${looksLike}, not a BOM table: export the BOM as CSV or XLSX and read that.`;
}
