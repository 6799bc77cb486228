import { http, HttpResponse, type HttpHandler, type JsonBodyType } from 'msw';
import { ApiProblem } from '../http/api-problem';
import { errorResponse } from '../http/error-response';
import { isRecord } from '../rules/json';
import { recipient, recipientRequest } from '../rules/recipient-request';
import { findToken } from '../rules/token-state';
import { PROJECT_NAMES } from '../seed/fixtures';
import { durations } from '../seed/prng';
import type { DemoStore } from '../store/demo-store';
import { demoStore } from '../store/instance';
import type { z } from '@/lib/zod';
import {
  clockRequestSchema,
  redeemRequestSchema,
  resetRequestSchema,
  seedRequestSchema,
  settingsRequestSchema,
  type DemoProject,
  type DemoState,
} from '../controls';
import { redeem } from './connections';

/**
 * Control endpoints of the demo (not part of the API contract): JSON in and out, no auth, no
 * latency or injected failures. Documented in mocks/README.md.
 */
class ControlError extends Error {}

export function demoState(store: DemoStore): DemoState {
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

/** The body as the control's schema reads it, or a 400 naming the first thing wrong with it. */
function parse<T>(schema: z.ZodMiniType<T>, body: unknown): T {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
  throw new ControlError(`${where}${issue?.message ?? 'The body is not valid'}`);
}

export const demoControlHandlers = [
  http.get('*/__demo/state', async () => {
    await demoStore.prepare();
    return HttpResponse.json(demoState(demoStore));
  }),

  http.get('*/__demo/projects', () =>
    HttpResponse.json(
      Object.entries(PROJECT_NAMES).map(([projectId, name]): DemoProject => ({ projectId, name })),
    ),
  ),

  control('/__demo/reset', (body, store) => {
    store.reset({ keepSettings: parse(resetRequestSchema, body).keepSettings === true });
    return demoState(store);
  }),

  control('/__demo/seed', (body, store) => {
    store.reset({ seedSize: parse(seedRequestSchema, body).size, keepSettings: true });
    return demoState(store);
  }),

  control('/__demo/clock', (body, store) => {
    const { advanceHours = 0, advanceDays = 0 } = parse(clockRequestSchema, body);
    store.advanceClock(advanceHours * durations.hour + advanceDays * durations.day);
    return demoState(store);
  }),

  control('/__demo/settings', (body, store) => {
    const { failNext, ...settings } = parse(settingsRequestSchema, body);
    if (failNext !== undefined) store.failNext = failNext ?? undefined;
    store.updateSettings(
      Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined)),
    );
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
      const { serviceTokenId, ...choices } = parse(redeemRequestSchema, body);
      const token = store.token(findToken(store, serviceTokenId));
      return redeem(store, recipientRequest(store, token, choices), recipient, false);
    },
    201,
  ),
];
