import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURE_DIR, type Sites } from '../chromium';

export interface FixtureProxy {
  port: number;
  /** Every http(s) request that reached the proxy, from any part of Firefox (pages, extension, background). */
  requests: string[];
  close(): Promise<void>;
}

/**
 * Firefox's stand-in for the internet: an HTTP proxy that answers every host from fixture files,
 * https included (CONNECT is ended here with a certificate made for this run, which the BiDi
 * session accepts). Unlike request interception, a proxy also sees what the extension's
 * background page fetches, so "Check offers now" is served and every retail request is counted.
 */
export async function startFixtureProxy(sites: Sites): Promise<FixtureProxy> {
  const { key, cert } = throwawayCertificate();
  const requests: string[] = [];
  const answer = (secure: boolean) => (request: IncomingMessage, response: ServerResponse) => {
    const url = secure ? new URL(request.url ?? '/', `https://${request.headers.host}`) : new URL(request.url ?? '/');
    requests.push(url.href);
    const file = sites[url.origin]?.[url.pathname];
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not a fixture');
      return;
    }
    const contentType = file.endsWith('.json') ? 'application/rdap+json' : 'text/html; charset=utf-8';
    response.writeHead(200, { 'content-type': contentType }).end(readFileSync(join(FIXTURE_DIR, file), 'utf8'));
  };
  const tls = createHttpsServer({ key, cert }, answer(true));
  const proxy = createHttpServer(answer(false));
  proxy.on('connect', (_request: IncomingMessage, socket: Socket) => {
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    tls.emit('connection', socket);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return {
    port: (proxy.address() as AddressInfo).port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        proxy.closeAllConnections();
        tls.closeAllConnections();
        proxy.close(() => resolve());
      }),
  };
}

/** A self-signed certificate for this run only (openssl, as Debian ships it); nothing is kept. */
function throwawayCertificate(): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'brand-sentry-cert-'));
  const keyPath = join(dir, 'key.pem');
  const certPath = join(dir, 'cert.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=fixtures.invalid', '-keyout', keyPath, '-out', certPath], { stdio: 'ignore' });
  return { key: readFileSync(keyPath, 'utf8'), cert: readFileSync(certPath, 'utf8') };
}
