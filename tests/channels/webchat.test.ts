// The web chat page router: page, Web Chat bundle from node_modules, label files for the six languages.
import express from 'express';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createWebChatRouter, DEFAULT_OPTIONS } from '../../src/channels/webchat';

const LANGS = ['fr', 'nl', 'en', 'uk', 'ru', 'ar'];
const PUBLIC = path.resolve(__dirname, '../../public');

let server: http.Server;
let url: string;

beforeAll(async () => {
  const app = express();
  app.use(createWebChatRouter({ frameAncestors: ["'self'", 'https://www.example-commune.be'] }));
  server = await new Promise<http.Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((r) => server.close(r));
});

/** Raw GET (fetch would decompress silently). */
function get(pathname: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(`${url}${pathname}`, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

describe('web chat page router', () => {
  it('serves the page, never cached, embeddable only by the configured sites', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'self' https://www.example-commune.be");
    expect(res.body.toString()).toContain('<script src="/static/webchat.js"></script>');
  });

  it('serves the Web Chat bundle from node_modules, gzipped for browsers that accept it, with revalidation', async () => {
    const plain = readFileSync(DEFAULT_OPTIONS.webChatBundle);
    const res = await get('/static/webchat.js', { 'Accept-Encoding': 'gzip, br' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.body.length).toBeLessThan(plain.length / 2);
    expect(gunzipSync(res.body).equals(plain)).toBe(true);
    const again = await get('/static/webchat.js', { 'If-None-Match': String(res.headers.etag) });
    expect(again.status).toBe(304);
    const identity = await get('/static/webchat.js', { 'Accept-Encoding': 'identity' });
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.body.length).toBe(plain.length);
  });

  it('has every label of the page in each of the six languages, none empty', async () => {
    const html = readFileSync(path.join(PUBLIC, 'index.html'), 'utf8');
    const keys = [...html.matchAll(/data-i18n="([^"]+)"/g)].map((m) => m[1]);
    expect(keys.length).toBeGreaterThan(5);
    const fr = JSON.parse((await get('/static/i18n/fr.json')).body.toString()) as Record<string, string>;
    for (const lang of LANGS) {
      const res = await get(`/static/i18n/${lang}.json`);
      expect(res.status).toBe(200);
      const labels = JSON.parse(res.body.toString()) as Record<string, string>;
      expect(Object.keys(labels).sort()).toEqual(Object.keys(fr).sort());
      for (const key of keys) expect(labels[key]?.trim()).toBeTruthy();
      expect(labels.postalCodeSaved).toContain('{code}');
    }
  });

  it('refuses to start when the bundle is missing, naming the file', () => {
    expect(() => createWebChatRouter({ webChatBundle: '/nonexistent/webchat.js' })).toThrow(
      'WebChatError: file "/nonexistent/webchat.js" is missing',
    );
  });
});
