import { Inflate } from 'fflate';

import { translatable, TranslatableError } from '../i18n/translatable';

/** A file the user picked, or one taken out of a zip, with the date the download gave it (epoch ms). */
export interface PickedFile {
  name: string;
  text: string;
  modified: number | null;
}

/**
 * Limits that fit real downloads: a list file of a million followers is ~300 MB of HTML. Checked from
 * the zip's central directory before anything is inflated, and again while inflating, since a
 * directory can lie about sizes.
 */
export const ZIP_LIMITS = { entry: 400 * 1024 * 1024, total: 1024 * 1024 * 1024, entries: 200_000 };

interface DirectoryEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  modified: number | null;
}

const CHUNK = 1 << 20;

/**
 * Takes the wanted files out of a zip without reading the rest: the directory from the zip's end, then
 * each wanted entry's bytes only. A data download with photos can be gigabytes; its lists are small.
 */
export async function filesInZip(
  blob: Blob,
  zipName: string,
  wanted: (name: string) => boolean,
  onProgress: (fraction: number) => void = () => undefined,
) {
  const entries = (await readDirectory(blob, zipName)).filter((entry) => wanted(entry.name));
  const total = entries.reduce((sum, entry) => sum + entry.size, 0);
  const tooBig = entries.find((entry) => entry.size > ZIP_LIMITS.entry);
  if (tooBig || total > ZIP_LIMITS.total)
    throw new TranslatableError(
      translatable('zipTooLarge', { file: zipName, entry: tooBig?.name ?? zipName }),
    );
  const compressed = entries.reduce((sum, entry) => sum + entry.compressedSize, 0) || 1;
  let done = 0;
  const files: PickedFile[] = [];
  for (const entry of entries) {
    files.push(
      await inflateEntry(blob, zipName, entry, (bytes) =>
        onProgress(Math.min(1, (done + bytes) / compressed)),
      ),
    );
    done += entry.compressedSize;
  }
  return files;
}

async function bytesOf(blob: Blob, start: number, end: number): Promise<Uint8Array> {
  return new Uint8Array(await blob.slice(start, end).arrayBuffer());
}

function broken(zipName: string): TranslatableError {
  return new TranslatableError(translatable('zipUnreadable', { file: zipName }));
}

async function readDirectory(blob: Blob, zipName: string): Promise<DirectoryEntry[]> {
  const tailStart = Math.max(0, blob.size - 65_557);
  const tail = await bytesOf(blob, tailStart, blob.size);
  const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  let end = -1;
  for (let i = tail.length - 22; i >= 0; i--)
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  if (end < 0) throw broken(zipName);
  let count = view.getUint16(end + 10, true);
  let size = view.getUint32(end + 12, true);
  let offset = view.getUint32(end + 16, true);
  const locator = end - 20;
  if (locator >= 0 && view.getUint32(locator, true) === 0x07064b50) {
    const zip64At = Number(view.getBigUint64(locator + 8, true));
    const zip64 = await bytesOf(blob, zip64At, zip64At + 56);
    const z = new DataView(zip64.buffer, zip64.byteOffset, zip64.byteLength);
    if (z.getUint32(0, true) !== 0x06064b50) throw broken(zipName);
    count = Number(z.getBigUint64(32, true));
    size = Number(z.getBigUint64(40, true));
    offset = Number(z.getBigUint64(48, true));
  }
  if (count > ZIP_LIMITS.entries || offset + size > blob.size) throw broken(zipName);
  const directory = await bytesOf(blob, offset, offset + size);
  return parseDirectory(directory, count, zipName);
}

function parseDirectory(bytes: Uint8Array, count: number, zipName: string): DirectoryEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const decoder = new TextDecoder();
  const entries: DirectoryEntry[] = [];
  let at = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) throw broken(zipName);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const entry: DirectoryEntry = {
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
      modified: dosTime(view.getUint16(at + 14, true), view.getUint16(at + 12, true)),
    };
    readExtra(bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength), entry);
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** ZIP64 sizes and offsets (0x0001) and the Unix time in UTC (0x5455), where the zip has them. */
function readExtra(extra: Uint8Array, entry: DirectoryEntry): void {
  const view = new DataView(extra.buffer, extra.byteOffset, extra.byteLength);
  for (let at = 0; at + 4 <= extra.length;) {
    const id = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    const data = at + 4;
    if (id === 0x0001) {
      let field = data;
      const next = () => {
        const value = field + 8 <= data + length ? Number(view.getBigUint64(field, true)) : 0;
        field += 8;
        return value;
      };
      if (entry.size === 0xffffffff) entry.size = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localOffset === 0xffffffff) entry.localOffset = next();
    } else if (id === 0x5455 && length >= 5 && (view.getUint8(data) & 1) === 1) {
      entry.modified = view.getInt32(data + 1, true) * 1000;
    }
    at = data + length;
  }
}

/** DOS dates carry no time zone: read as UTC, then kept within what the download proves (see downloadDate). */
function dosTime(date: number, time: number): number | null {
  if (date === 0) return null;
  const year = 1980 + (date >> 9);
  const stamp = Date.UTC(
    year,
    ((date >> 5) & 15) - 1,
    date & 31,
    time >> 11,
    (time >> 5) & 63,
    (time & 31) * 2,
  );
  return Number.isFinite(stamp) ? stamp : null;
}

async function inflateEntry(
  blob: Blob,
  zipName: string,
  entry: DirectoryEntry,
  onBytes: (compressedRead: number) => void,
): Promise<PickedFile> {
  const header = await bytesOf(blob, entry.localOffset, entry.localOffset + 30);
  const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
  if (header.length < 30 || view.getUint32(0, true) !== 0x04034b50) throw broken(zipName);
  const start = entry.localOffset + 30 + view.getUint16(26, true) + view.getUint16(28, true);
  if (entry.method !== 0 && entry.method !== 8) throw broken(zipName);
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let produced = 0;
  const take = (chunk: Uint8Array) => {
    produced += chunk.length;
    // The directory said how big it is; a stream that inflates past that is a zip bomb.
    if (produced > entry.size)
      throw new TranslatableError(translatable('zipTooLarge', { file: zipName, entry: entry.name }));
    parts.push(decoder.decode(chunk, { stream: true }));
  };
  const inflate = entry.method === 8 ? new Inflate((chunk) => take(chunk)) : null;
  for (let at = start; at < start + entry.compressedSize; at += CHUNK) {
    const end = Math.min(at + CHUNK, start + entry.compressedSize);
    const bytes = await bytesOf(blob, at, end);
    if (inflate) inflate.push(bytes, end === start + entry.compressedSize);
    else take(bytes);
    onBytes(end - start);
  }
  if (produced !== entry.size) throw broken(zipName);
  parts.push(decoder.decode());
  return { name: entry.name, text: parts.join(''), modified: entry.modified };
}
