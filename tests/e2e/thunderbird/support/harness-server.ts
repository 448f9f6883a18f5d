// The test's side of the harness: an HTTP server on 127.0.0.1 from which the extension's test
// module long-polls commands and to which it posts results.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

interface Waiting {
  resolve(value: unknown): void;
  reject(err: Error): void;
  op: string;
}

export interface HarnessServer {
  port: number;
  /** Resolves when the extension's harness has said hello. */
  connected(timeoutMs: number): Promise<void>;
  call<T = unknown>(op: string, ...args: unknown[]): Promise<T>;
  close(): Promise<void>;
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (data += c));
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}

export async function startHarnessServer(callTimeoutMs = 20_000): Promise<HarnessServer> {
  const queue: { id: number; op: string; args: unknown[] }[] = [];
  const waiting = new Map<number, Waiting>();
  let pollers: http.ServerResponse[] = [];
  let nextId = 1;
  let closing = false;
  let hello: () => void = () => undefined;
  const helloReceived = new Promise<void>((resolve) => (hello = resolve));

  function dispatch() {
    while (queue.length > 0 && pollers.length > 0) {
      const res = pollers.shift()!;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(queue.shift()));
    }
  }

  const server = http.createServer((req, res) => {
    void (async () => {
      if (req.method === 'POST' && req.url === '/hello') {
        await readBody(req);
        hello();
        res.writeHead(204).end();
      } else if (req.method === 'GET' && req.url === '/next') {
        if (closing) {
          res.writeHead(410).end();
          return;
        }
        pollers.push(res);
        // An empty answer now and then keeps the long poll below any idle limit.
        const timer = setTimeout(() => {
          pollers = pollers.filter((p) => p !== res);
          res.writeHead(204).end();
        }, 10_000);
        res.on('close', () => clearTimeout(timer));
        dispatch();
      } else if (req.method === 'POST' && req.url === '/result') {
        const reply = JSON.parse(await readBody(req)) as {
          id: number;
          ok: boolean;
          value?: unknown;
          error?: string;
        };
        res.writeHead(204).end();
        const w = waiting.get(reply.id);
        if (!w) return;
        waiting.delete(reply.id);
        if (reply.ok) w.resolve(reply.value);
        else w.reject(new Error(`harness ${w.op}: ${reply.error}`));
      } else {
        res.writeHead(404).end();
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  return {
    port,
    async connected(timeoutMs) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        helloReceived,
        new Promise((_, reject) => {
          timer = setTimeout(
            () =>
              reject(new Error(`the extension's test harness did not connect in ${timeoutMs} ms`)),
            timeoutMs,
          );
        }),
      ]).finally(() => clearTimeout(timer));
    },
    call<T>(op: string, ...args: unknown[]) {
      const id = nextId++;
      return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiting.delete(id);
          reject(new Error(`harness ${op}: no answer in ${callTimeoutMs} ms`));
        }, callTimeoutMs);
        waiting.set(id, {
          op,
          resolve: (v) => {
            clearTimeout(timer);
            resolve(v as T);
          },
          reject: (e) => {
            clearTimeout(timer);
            reject(e);
          },
        });
        queue.push({ id, op, args });
        dispatch();
      });
    },
    async close() {
      closing = true;
      for (const p of pollers) p.writeHead(410).end();
      pollers = [];
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
