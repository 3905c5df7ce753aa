import net from 'node:net';

/**
 * A lean keep-alive HTTP/1.1 GET client for the load loops: one socket per request in flight, the request
 * written as one string, the response read by its Content-Length (or chunked framing) without building
 * header objects. node:http's client costs the load generator about 1.3 ms of CPU a request on this machine,
 * CPU the server under test then lacks on two shared cores (wrk and autocannon exist for the same reason).
 */

type Waiter = { resolve: (r: { status: number; body: Buffer }) => void; reject: (e: Error) => void };

class Connection {
  private readonly socket: net.Socket;
  private buf: Buffer = Buffer.alloc(0);
  private waiter: Waiter | null = null;
  closed = false;

  constructor(host: string, port: number) {
    this.socket = net.connect({ host, port, noDelay: true });
    this.socket.on('data', (d: Buffer) => {
      this.buf = this.buf.length ? Buffer.concat([this.buf, d]) : d;
      this.parse();
    });
    const fail = (e: Error) => {
      this.closed = true;
      this.waiter?.reject(e);
      this.waiter = null;
    };
    this.socket.on('error', fail);
    this.socket.on('close', () => fail(new Error('kết nối bị đóng')));
  }

  request(text: string): Promise<{ status: number; body: Buffer }> {
    return new Promise((resolve, reject) => {
      this.waiter = { resolve, reject };
      this.socket.write(text);
    });
  }

  private parse() {
    const end = this.buf.indexOf('\r\n\r\n');
    if (end < 0 || !this.waiter) return;
    const head = this.buf.toString('latin1', 0, end);
    const status = Number(head.slice(9, 12));
    const lengthMatch = /\r\ncontent-length:\s*(\d+)/i.exec(head);
    let body: Buffer;
    let used: number;
    if (lengthMatch) {
      const length = Number(lengthMatch[1]);
      if (this.buf.length < end + 4 + length) return;
      body = this.buf.subarray(end + 4, end + 4 + length);
      used = end + 4 + length;
    } else if (/\r\ntransfer-encoding:\s*chunked/i.test(head)) {
      const parts: Buffer[] = [];
      let p = end + 4;
      for (;;) {
        const lineEnd = this.buf.indexOf('\r\n', p);
        if (lineEnd < 0) return;
        const size = Number.parseInt(this.buf.toString('latin1', p, lineEnd), 16);
        if (this.buf.length < lineEnd + 2 + size + 2) return;
        if (size === 0) {
          used = lineEnd + 4;
          break;
        }
        parts.push(this.buf.subarray(lineEnd + 2, lineEnd + 2 + size));
        p = lineEnd + 2 + size + 2;
      }
      body = Buffer.concat(parts);
    } else {
      this.waiter.reject(new Error(`trả lời không có độ dài: ${head.slice(0, 200)}`));
      this.waiter = null;
      return;
    }
    this.buf = this.buf.subarray(used);
    const w = this.waiter;
    this.waiter = null;
    w.resolve({ status, body });
  }

  close() {
    this.closed = true;
    this.socket.destroy();
  }
}

const idle = new Map<string, Connection[]>();

/** GET over a pooled keep-alive connection; the body is read in full. */
export async function leanGet(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: Buffer }> {
  const u = new URL(url);
  const key = u.host;
  const pool = idle.get(key) ?? [];
  idle.set(key, pool);
  let conn = pool.pop();
  while (conn?.closed) conn = pool.pop();
  conn ??= new Connection(u.hostname, Number(u.port || 80));
  let text = `GET ${u.pathname}${u.search} HTTP/1.1\r\nHost: ${u.host}\r\n`;
  for (const [k, v] of Object.entries(headers)) text += `${k}: ${v}\r\n`;
  const res = await conn.request(`${text}\r\n`);
  pool.push(conn);
  return res;
}

/** Closes the pooled connections (at the end of a run). */
export function closeLeanConnections() {
  for (const pool of idle.values()) for (const c of pool) c.close();
  idle.clear();
}
