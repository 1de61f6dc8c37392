/**
 * For tests only: unpacks an .xlsx into its parts and packs parts back into a zip, optionally
 * declaring false sizes, so the tests can build real bad files (a zip bomb, a part that lies
 * about its size, thousands of parts) from a real template.
 */
import { crc32, deflateRawSync, inflateRawSync } from "node:zlib";
import { readCentralDirectory } from "./zip-guard.ts";

export interface ZipPart {
  name: string;
  data: Buffer;
  /** Store instead of deflating (for incompressible data). */
  store?: boolean;
  /** Declare this uncompressed size instead of the real one. */
  declaredSize?: number;
}

export function unzipParts(zip: Buffer): ZipPart[] {
  const entries = readCentralDirectory(zip);
  if (typeof entries === "string") throw new Error(`cannot unzip: ${entries}`);
  return entries.map((e) => {
    const at = e.localHeaderOffset;
    const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
    const raw = zip.subarray(start, start + e.compressedSize);
    return { name: e.name, data: e.method === 0 ? Buffer.from(raw) : inflateRawSync(raw) };
  });
}

export function zipParts(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, "utf8");
    const body = part.store ? part.data : deflateRawSync(part.data);
    const size = part.declaredSize ?? part.data.length;
    const method = part.store ? 0 : 8;
    const crc = crc32(part.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(parts.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(parts.length, 0xffff), 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
