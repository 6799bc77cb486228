import { http, HttpResponse, type HttpHandler, type JsonBodyType } from 'msw';
import { ApiProblem } from '../http/api-problem';
import { errorResponse } from '../http/error-response';
import { isRecord } from '../rules/json';
import { recipient, recipientRequest } from '../rules/recipient-request';
import { findToken } from '../rules/token-state';
import { durations } from '../seed/prng';
import type { DemoStore } from '../store/demo-store';
import { demoStore } from '../store/instance';
import { parseSeedSize, type DemoSettings, type FailNext } from '../store/settings';
import { redeem } from './connections';

/**
 * Control endpoints of the demo (not part of the API contract): JSON in and out, no auth, no
 * latency or injected failures. Documented in mocks/README.md.
 */
class ControlError extends Error {}

export function demoState(store: DemoStore) {
  const { settings } = store;
  return {
    seedSize: store.meta.seedSize,
    now: new Date(store.now()).toISOString(),
    clockOffsetMs: store.meta.clockOffsetMs,
    latency: settings.latency,
    failureRate: settings.failureRate,
    offline: settings.offline,
    role: settings.role,
    sessionExpired: store.sessionExpired,
    failNext: store.failNext ?? null,
    tokenCount: store.tokens.rows.length,
  };
}

type Control = (body: Record<string, unknown>, store: DemoStore) => JsonBodyType;

function control(path: string, run: Control, status = 200): HttpHandler {
  return http.post(`*${path}`, async ({ request }) => {
    const store = demoStore;
    try {
      await store.prepare();
      const text = await request.text();
      let body: unknown = {};
      try {
        body = text.trim() ? JSON.parse(text) : {};
      } catch {
        throw new ControlError('The body is not valid JSON');
      }
      if (!isRecord(body)) throw new ControlError('The body must be a JSON object');
      const result = await run(body, store);
      await store.flush();
      return HttpResponse.json(result, { status });
    } catch (error) {
      if (error instanceof ControlError)
        return HttpResponse.json({ message: error.message }, { status: 400 });
      if (error instanceof ApiProblem) return errorResponse(error, new URL(request.url).pathname);
      throw error;
    }
  });
}

const number = (value: unknown, name: string, min: number, max = Number.POSITIVE_INFINITY) => {
  if (value === undefined) return 0;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw new ControlError(
      `${name} must be a number from ${min}${max < Infinity ? ` to ${max}` : ''}`,
    );
  }
  return value;
};

function parseSettings(body: Record<string, unknown>): Partial<DemoSettings> {
  const settings: Partial<DemoSettings> = {};
  if (body.latency !== undefined) {
    if (body.latency !== 'none' && body.latency !== 'realistic' && body.latency !== 'slow') {
      throw new ControlError('latency must be none, realistic or slow');
    }
    settings.latency = body.latency;
  }
  if (body.failureRate !== undefined)
    settings.failureRate = number(body.failureRate, 'failureRate', 0, 1);
  if (body.offline !== undefined) {
    if (typeof body.offline !== 'boolean') throw new ControlError('offline must be true or false');
    settings.offline = body.offline;
  }
  if (body.role !== undefined) {
    if (body.role !== 'FABRIC_MANAGER' && body.role !== 'READ_ONLY')
      throw new ControlError('role must be FABRIC_MANAGER or READ_ONLY');
    settings.role = body.role;
  }
  return settings;
}

function parseFailNext(value: unknown): FailNext | undefined {
  if (value === null) return undefined;
  if (
    !isRecord(value) ||
    typeof value.method !== 'string' ||
    typeof value.pathPattern !== 'string'
  ) {
    throw new ControlError(
      'failNext is {method, pathPattern, status} (method may be *, pathPattern may use *)',
    );
  }
  const { status, hang, answer } = value;
  if (hang !== undefined && typeof hang !== 'boolean') {
    throw new ControlError('failNext.hang must be true or false');
  }
  const lowest = answer === undefined ? 400 : 200;
  if (
    typeof status !== 'number' ||
    !(status === 0 || (Number.isInteger(status) && status >= lowest && status <= 599))
  ) {
    throw new ControlError(
      'failNext.status must be 400..599, 0 for a network error, or 200..599 with an answer',
    );
  }
  return {
    method: value.method,
    pathPattern: value.pathPattern,
    status,
    ...(hang ? { hang } : {}),
    ...(answer !== undefined ? { answer } : {}),
  };
}

export const demoControlHandlers = [
  http.get('*/__demo/state', async () => {
    await demoStore.prepare();
    return HttpResponse.json(demoState(demoStore));
  }),

  control('/__demo/reset', (body, store) => {
    store.reset({ keepSettings: body.keepSettings === true });
    return demoState(store);
  }),

  control('/__demo/seed', (body, store) => {
    const seedSize = parseSeedSize(body.size);
    if (!seedSize) throw new ControlError("size must be 'standard', 1000, 10000 or 100000");
    store.reset({ seedSize, keepSettings: true });
    return demoState(store);
  }),

  control('/__demo/clock', (body, store) => {
    const hours = number(body.advanceHours, 'advanceHours', 0);
    const days = number(body.advanceDays, 'advanceDays', 0);
    store.advanceClock(hours * durations.hour + days * durations.day);
    return demoState(store);
  }),

  control('/__demo/settings', (body, store) => {
    const settings = parseSettings(body);
    if (body.failNext !== undefined) store.failNext = parseFailNext(body.failNext);
    store.updateSettings(settings);
    return demoState(store);
  }),

  control('/__demo/session/expire', (_body, store) => {
    store.sessionExpired = true;
    return demoState(store);
  }),

  control('/__demo/session', (_body, store) => {
    store.sessionExpired = false;
    const random = Math.random().toString(36).slice(2, 12);
    return { access_token: `demo-session-${random}`, token_type: 'Bearer', expires_in: 3600 };
  }),

  control(
    '/__demo/redeem',
    (body, store) => {
      if (typeof body.serviceTokenId !== 'string')
        throw new ControlError('serviceTokenId is required');
      const token = store.token(findToken(store, body.serviceTokenId));
      const request = recipientRequest(store, token, {
        ...(typeof body.bandwidth === 'number' && { bandwidth: body.bandwidth }),
        ...(typeof body.metroCode === 'string' && { metroCode: body.metroCode }),
        ...(typeof body.name === 'string' && { name: body.name }),
      });
      return redeem(store, request, recipient, false);
    },
    201,
  ),
];
