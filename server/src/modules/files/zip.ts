import fs from 'node:fs';
import { Readable, Transform } from 'node:stream';
import zlib from 'node:zlib';

/**
 * The two halves of ZIP that .xlsx needs and nothing more: reading entries of a file on disk through its
 * central directory (random access, so a data descriptor never matters), and writing entries one after the
 * other to a stream with data descriptors. No ZIP64: files stay far below 4 GB (uploads are capped, and an
 * Excel sheet holds at most 1,048,576 rows).
 */

export class ZipError extends Error {}

export type ZipEntry = { name: string; method: number; compressedSize: number; size: number; offset: number };

export type ZipReader = {
  entries: Map<string, ZipEntry>;
  /** The entry's bytes, inflated; `onCompressed` reports compressed bytes read (for progress). */
  open: (entry: ZipEntry, onCompressed?: (n: number) => void) => Promise<Readable>;
  close: () => Promise<void>;
};

export async function openZip(file: string): Promise<ZipReader> {
  const fh = await fs.promises.open(file, 'r');
  try {
    const { size } = await fh.stat();
    const tailLen = Math.min(size, 65_557);
    const tail = Buffer.alloc(tailLen);
    await fh.read(tail, 0, tailLen, size - tailLen);
    const eocd = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (eocd < 0 || eocd + 22 > tailLen)
      throw new ZipError('không phải tệp ZIP/.xlsx hợp lệ (thiếu mục lục cuối tệp)');
    const count = tail.readUInt16LE(eocd + 10);
    const cdSize = tail.readUInt32LE(eocd + 12);
    const cdOffset = tail.readUInt32LE(eocd + 16);
    if (cdOffset === 0xffffffff || cdOffset + cdSize > size) throw new ZipError('mục lục của tệp bị hỏng');
    const cd = Buffer.alloc(cdSize);
    await fh.read(cd, 0, cdSize, cdOffset);
    const entries = new Map<string, ZipEntry>();
    let p = 0;
    for (let i = 0; i < count; i++) {
      if (p + 46 > cd.length || cd.readUInt32LE(p) !== 0x02014b50)
        throw new ZipError('mục lục của tệp bị hỏng');
      const nameLen = cd.readUInt16LE(p + 28);
      const entry: ZipEntry = {
        method: cd.readUInt16LE(p + 10),
        compressedSize: cd.readUInt32LE(p + 20),
        size: cd.readUInt32LE(p + 24),
        offset: cd.readUInt32LE(p + 42),
        name: cd.toString('utf8', p + 46, p + 46 + nameLen),
      };
      entries.set(entry.name.replace(/^\//, ''), entry);
      p += 46 + nameLen + cd.readUInt16LE(p + 30) + cd.readUInt16LE(p + 32);
    }
    const open = async (entry: ZipEntry, onCompressed?: (n: number) => void): Promise<Readable> => {
      const local = Buffer.alloc(30);
      await fh.read(local, 0, 30, entry.offset);
      if (local.readUInt32LE(0) !== 0x04034b50) throw new ZipError(`phần "${entry.name}" bị hỏng`);
      const start = entry.offset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
      if (entry.compressedSize === 0) return Readable.from([]);
      const raw = fs.createReadStream(file, {
        start,
        end: start + entry.compressedSize - 1,
        highWaterMark: 256 * 1024,
      });
      const counted = onCompressed
        ? raw.pipe(
            new Transform({
              transform(chunk: Buffer, _enc, cb) {
                onCompressed(chunk.length);
                cb(null, chunk);
              },
            }),
          )
        : raw;
      if (entry.method === 0) return counted;
      if (entry.method !== 8)
        throw new ZipError(`phần "${entry.name}" dùng kiểu nén ${entry.method} không được hỗ trợ`);
      const inflate = zlib.createInflateRaw({ chunkSize: 256 * 1024 });
      counted.on('error', (e: Error) => inflate.destroy(e));
      return counted.pipe(inflate);
    };
    return { entries, open, close: () => fh.close() };
  } catch (e) {
    await fh.close();
    throw e;
  }
}

/** Reads a whole (small) entry as text. */
export async function readEntryText(
  zip: ZipReader,
  name: string,
  maxBytes = 64 * 1024 * 1024,
): Promise<string | null> {
  const entry = zip.entries.get(name);
  if (!entry) return null;
  if (entry.size > maxBytes) throw new ZipError(`phần "${name}" quá lớn`);
  const chunks: Buffer[] = [];
  let n = 0;
  for await (const chunk of await zip.open(entry)) {
    n += (chunk as Buffer).length;
    if (n > maxBytes) throw new ZipError(`phần "${name}" quá lớn`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function dosDateTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/** Writes a ZIP to a file entry by entry; each entry is deflated as it is written. */
export class ZipWriter {
  private readonly out: fs.WriteStream;
  private offset = 0;
  private readonly central: Buffer[] = [];
  private readonly stamp = dosDateTime(new Date());
  private failed: Error | null = null;

  constructor(
    file: string,
    private readonly level = 1,
  ) {
    this.out = fs.createWriteStream(file, { highWaterMark: 1024 * 1024 });
    this.out.on('error', (e) => {
      this.failed = e;
    });
  }

  private async write(buf: Buffer): Promise<void> {
    if (this.failed) throw this.failed;
    this.offset += buf.length;
    if (!this.out.write(buf)) await new Promise<void>((res) => this.out.once('drain', res));
  }

  /** Starts an entry; write its content with `write`, then `end` it before the next entry. */
  async entry(
    name: string,
  ): Promise<{ write: (data: string | Buffer) => Promise<void>; end: () => Promise<void> }> {
    const nameBuf = Buffer.from(name, 'utf8');
    const headerOffset = this.offset;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0808, 6); // data descriptor follows; UTF-8 names
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(this.stamp.time, 10);
    local.writeUInt16LE(this.stamp.date, 12);
    local.writeUInt16LE(nameBuf.length, 26);
    await this.write(Buffer.concat([local, nameBuf]));
    const deflate = zlib.createDeflateRaw({ level: this.level, chunkSize: 256 * 1024 });
    let crc = 0;
    let size = 0;
    let compressed = 0;
    deflate.on('data', (chunk: Buffer) => {
      compressed += chunk.length;
      this.offset += chunk.length;
      if (!this.out.write(chunk)) {
        deflate.pause();
        this.out.once('drain', () => deflate.resume());
      }
    });
    const ended = new Promise<void>((res, rej) => {
      deflate.on('end', res);
      deflate.on('error', rej);
    });
    const write = async (data: string | Buffer) => {
      const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      if (buf.length === 0) return;
      crc = zlib.crc32(buf, crc);
      size += buf.length;
      if (size > 0xfffffffe) throw new ZipError('phần dữ liệu vượt 4 GB');
      if (!deflate.write(buf)) await new Promise<void>((res) => deflate.once('drain', res));
    };
    const end = async () => {
      deflate.end();
      await ended;
      const desc = Buffer.alloc(16);
      desc.writeUInt32LE(0x08074b50, 0);
      desc.writeUInt32LE(crc >>> 0, 4);
      desc.writeUInt32LE(compressed, 8);
      desc.writeUInt32LE(size, 12);
      await this.write(desc);
      const cd = Buffer.alloc(46);
      cd.writeUInt32LE(0x02014b50, 0);
      cd.writeUInt16LE(20, 4);
      cd.writeUInt16LE(20, 6);
      cd.writeUInt16LE(0x0808, 8);
      cd.writeUInt16LE(8, 10);
      cd.writeUInt16LE(this.stamp.time, 12);
      cd.writeUInt16LE(this.stamp.date, 14);
      cd.writeUInt32LE(crc >>> 0, 16);
      cd.writeUInt32LE(compressed, 20);
      cd.writeUInt32LE(size, 24);
      cd.writeUInt16LE(nameBuf.length, 28);
      cd.writeUInt32LE(headerOffset, 42);
      this.central.push(cd, nameBuf);
    };
    return { write, end };
  }

  async finish(): Promise<void> {
    const cdStart = this.offset;
    const cd = Buffer.concat(this.central);
    await this.write(cd);
    const eocd = Buffer.alloc(22);
    eocd.writeUInt32LE(0x06054b50, 0);
    eocd.writeUInt16LE(this.central.length / 2, 8);
    eocd.writeUInt16LE(this.central.length / 2, 10);
    eocd.writeUInt32LE(cd.length, 12);
    eocd.writeUInt32LE(cdStart, 16);
    await this.write(eocd);
    await new Promise<void>((res, rej) => {
      this.out.end((e?: Error | null) => (e ? rej(e) : res()));
    });
    if (this.failed) throw this.failed;
  }

  /** Gives up: closes the file (the caller deletes it). */
  abort(): void {
    this.out.destroy();
  }
}
