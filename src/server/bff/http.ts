import type { IncomingMessage, ServerResponse } from 'node:http';

/** The API's error shape; the BFF answers its own errors in it too, so the page reads one shape. */
export interface ErrorEntry {
  errorCode: string;
  errorMessage: string;
  correlationId?: string;
  details?: string;
  additionalInfo?: { property?: string; reason?: string }[];
}

export function errorList(
  errorCode: string,
  errorMessage: string,
  extra: Omit<ErrorEntry, 'errorCode' | 'errorMessage'> = {},
): ErrorEntry[] {
  return [{ errorCode, errorMessage, ...extra }];
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json');
  res.setHeader('Content-Length', Buffer.byteLength(payload));
  res.setHeader('Cache-Control', 'no-store');
  res.end(payload);
}

export class BodyTooLargeError extends Error {}

/** The request body as raw bytes, refused past `limit` so one request cannot exhaust memory. */
export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    size += buffer.length;
    if (size > limit) throw new BodyTooLargeError(`The request body exceeds ${limit} bytes`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function firstValue(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  return value?.split(',')[0]?.trim() || undefined;
}

/** Behind a TLS-terminating proxy the socket is plain http; the proxy says so in a header. */
export function isHttps(req: IncomingMessage): boolean {
  const encrypted = (req.socket as { encrypted?: boolean }).encrypted === true;
  return encrypted || firstValue(req.headers['x-forwarded-proto']) === 'https';
}

/**
 * SameSite=Strict keeps the cookie off cross-site requests, but another port on the same host is
 * "same site". A request the page's own origin did not make is refused before it can act.
 */
export function isForeignOrigin(req: IncomingMessage): boolean {
  const fetchSite = firstValue(req.headers['sec-fetch-site']);
  if (fetchSite === 'cross-site' || fetchSite === 'same-site') return true;
  const origin = firstValue(req.headers.origin);
  if (!origin) return false;
  const host = firstValue(req.headers['x-forwarded-host']) ?? firstValue(req.headers.host);
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/** Path and query of the request, as the page sent it. */
export function requestTarget(req: IncomingMessage): string {
  return (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '/';
}
