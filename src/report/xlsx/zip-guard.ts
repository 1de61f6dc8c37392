/**
 * Refuses an .xlsx that is too large or a zip bomb before exceljs inflates anything.
 *
 * An .xlsx is a zip archive. Its central directory declares, for every part, the compressed and
 * uncompressed sizes; reading it costs nothing, so the file size, the number of parts, their
 * declared total and each part's compression ratio are checked first. A bomb can lie about its
 * sizes, so each part is then inflated once with `zlib`'s `maxOutputLength` set to the declared
 * size: inflation stops at that size instead of filling memory, and a part that inflates past
 * what it declared is refused. Only a file that passes all of this reaches exceljs.
 *
 * Why a reader of our own and not `yauzl` or `jszip`: the central directory is about sixty lines
 * of format (APPNOTE.TXT 4.3.12, 4.3.16, 4.5.3), the check must run on a Buffer synchronously and
 * completely before any inflation, and neither package bounds inflation by the declared size —
 * we would still write that part. jszip is exceljs's own inflater, the very step to guard.
 * The ratio limit follows Apache POI's ZipSecureFile (an entry may not inflate more than 100
 * times once past a grace size).
 */
import { inflateRawSync } from "node:zlib";

export interface ZipLimits {
  /** Size of the uploaded file, in bytes. */
  maxFileBytes: number;
  maxEntries: number;
  /** Sum of the declared uncompressed sizes. */
  maxTotalUncompressedBytes: number;
  maxEntryUncompressedBytes: number;
  /** Largest uncompressed / compressed ratio of one part past the grace size. */
  maxCompressionRatio: number;
  /** Parts smaller than this are not judged by their ratio (a small XML compresses well). */
  ratioGraceBytes: number;
}

const MIB = 1024 * 1024;

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxFileBytes: 20 * MIB,
  maxEntries: 1000,
  maxTotalUncompressedBytes: 100 * MIB,
  maxEntryUncompressedBytes: 60 * MIB,
  maxCompressionRatio: 100,
  ratioGraceBytes: 1 * MIB,
};

export type ZipProblem =
  | { code: "file_too_large"; size: number; limit: number }
  | { code: "not_zip" }
  | { code: "zip64" }
  | { code: "encrypted"; entry: string }
  | { code: "unsupported_compression"; entry: string; method: number }
  | { code: "too_many_entries"; count: number; limit: number }
  | { code: "uncompressed_too_large"; size: number; limit: number }
  | { code: "entry_too_large"; entry: string; size: number; limit: number }
  | { code: "compression_ratio"; entry: string; ratio: number; limit: number }
  | { code: "inflates_beyond_declared"; entry: string };

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;

class NotZip extends Error {}

function need(buffer: Buffer, offset: number, length: number): void {
  if (offset < 0 || offset + length > buffer.length) throw new NotZip();
}

/** Reads the central directory: every part's name, method and sizes, nothing inflated. */
export function readCentralDirectory(buffer: Buffer): ZipEntry[] | "not_zip" | "zip64" {
  try {
    // The end record sits in the last 22 bytes plus a comment of at most 65 535 bytes.
    let eocd = -1;
    for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 22 - MAX16); i--) {
      if (buffer.readUInt32LE(i) === EOCD_SIGNATURE) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) return "not_zip";
    const count = buffer.readUInt16LE(eocd + 10);
    const size = buffer.readUInt32LE(eocd + 12);
    const offset = buffer.readUInt32LE(eocd + 16);
    if (count === MAX16 || size === MAX32 || offset === MAX32) return "zip64";
    need(buffer, offset, size);

    const entries: ZipEntry[] = [];
    let at = offset;
    for (let i = 0; i < count; i++) {
      need(buffer, at, 46);
      if (buffer.readUInt32LE(at) !== CENTRAL_SIGNATURE) return "not_zip";
      const nameLength = buffer.readUInt16LE(at + 28);
      const extraLength = buffer.readUInt16LE(at + 30);
      const commentLength = buffer.readUInt16LE(at + 32);
      need(buffer, at + 46, nameLength + extraLength + commentLength);
      const entry: ZipEntry = {
        name: buffer.toString("utf8", at + 46, at + 46 + nameLength),
        flags: buffer.readUInt16LE(at + 8),
        method: buffer.readUInt16LE(at + 10),
        compressedSize: buffer.readUInt32LE(at + 20),
        uncompressedSize: buffer.readUInt32LE(at + 24),
        localHeaderOffset: buffer.readUInt32LE(at + 42),
      };
      if (
        entry.compressedSize === MAX32 ||
        entry.uncompressedSize === MAX32 ||
        entry.localHeaderOffset === MAX32
      ) {
        // Sizes moved to a ZIP64 extra field: no template is near 4 GiB, so refuse.
        return "zip64";
      }
      entries.push(entry);
      at += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
  } catch (error) {
    if (error instanceof NotZip || error instanceof RangeError) return "not_zip";
    throw error;
  }
}

function dataOf(buffer: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localHeaderOffset;
  need(buffer, at, 30);
  if (buffer.readUInt32LE(at) !== LOCAL_SIGNATURE) throw new NotZip();
  const start = at + 30 + buffer.readUInt16LE(at + 26) + buffer.readUInt16LE(at + 28);
  need(buffer, start, entry.compressedSize);
  return buffer.subarray(start, start + entry.compressedSize);
}

/**
 * The first problem that makes the file unsafe or unfit to parse, or null. Cheap checks on the
 * declared sizes come first; then each part is inflated with its declared size as a hard cap.
 */
export function checkZip(buffer: Buffer, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipProblem | null {
  if (buffer.length > limits.maxFileBytes) {
    return { code: "file_too_large", size: buffer.length, limit: limits.maxFileBytes };
  }
  const entries = readCentralDirectory(buffer);
  if (entries === "not_zip") return { code: "not_zip" };
  if (entries === "zip64") return { code: "zip64" };
  if (entries.length > limits.maxEntries) {
    return { code: "too_many_entries", count: entries.length, limit: limits.maxEntries };
  }
  let total = 0;
  for (const e of entries) {
    total += e.uncompressedSize;
    if (e.flags & 0x1) return { code: "encrypted", entry: e.name };
    if (e.method !== 0 && e.method !== 8) {
      return { code: "unsupported_compression", entry: e.name, method: e.method };
    }
    if (e.uncompressedSize > limits.maxEntryUncompressedBytes) {
      return {
        code: "entry_too_large",
        entry: e.name,
        size: e.uncompressedSize,
        limit: limits.maxEntryUncompressedBytes,
      };
    }
  }
  if (total > limits.maxTotalUncompressedBytes) {
    return { code: "uncompressed_too_large", size: total, limit: limits.maxTotalUncompressedBytes };
  }
  for (const e of entries) {
    if (e.uncompressedSize <= limits.ratioGraceBytes) continue;
    const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
    if (ratio > limits.maxCompressionRatio) {
      return {
        code: "compression_ratio",
        entry: e.name,
        ratio: Math.round(ratio),
        limit: limits.maxCompressionRatio,
      };
    }
  }
  // The declared sizes pass; make sure no part inflates past what it declared.
  try {
    for (const e of entries) {
      const data = dataOf(buffer, e);
      if (e.method === 0) {
        if (e.compressedSize !== e.uncompressedSize)
          return { code: "inflates_beyond_declared", entry: e.name };
        continue;
      }
      let inflated: Buffer;
      try {
        inflated = inflateRawSync(data, { maxOutputLength: Math.max(1, e.uncompressedSize) });
      } catch (error) {
        if (error instanceof RangeError) return { code: "inflates_beyond_declared", entry: e.name };
        return { code: "not_zip" };
      }
      if (inflated.length !== e.uncompressedSize) return { code: "inflates_beyond_declared", entry: e.name };
    }
  } catch (error) {
    if (error instanceof NotZip) return { code: "not_zip" };
    throw error;
  }
  return null;
}
