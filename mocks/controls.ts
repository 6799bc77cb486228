// The demo backend's control endpoints (`/__demo/*`, mocks/README.md): their requests and answers,
// defined once. The handlers parse requests with these schemas; the page (src/lib/demo-api.ts) and
// the e2e fixtures import the same schemas and types. Not part of the Fabric API contract.
import { z } from '@/lib/zod';

export const seedSizes = ['standard', 1000, 10000, 100000] as const;
export const latencies = ['none', 'realistic', 'slow'] as const;
export const demoRoles = ['FABRIC_MANAGER', 'READ_ONLY'] as const;

export type DemoSeedSize = (typeof seedSizes)[number];
export type DemoLatency = (typeof latencies)[number];
export type DemoRole = (typeof demoRoles)[number];

const from = (min: number, max = Number.POSITIVE_INFINITY) =>
  z
    .number()
    .check(
      z.refine(
        (value) => Number.isFinite(value) && value >= min && value <= max,
        `must be a number from ${min}${max < Infinity ? ` to ${max}` : ''}`,
      ),
    );

// 'standard', or a size given as a number or as its digits (a query parameter).
export const seedSizeSchema = z.pipe(
  z.union([z.string(), z.number()]),
  z.transform((value, context) => {
    const size = seedSizes.find((known) => known === value || String(known) === String(value));
    if (size !== undefined) return size;
    context.issues.push({
      code: 'custom',
      input: value,
      message: "size must be 'standard', 1000, 10000 or 100000",
    });
    return z.NEVER;
  }),
);

/**
 * A one-shot failure for the next API request that matches (method and path may use *): an error
 * status, 0 for no answer, `hang` for an answer that never comes, or `answer` for a body of the
 * test's choosing (a shape the API does not document) served with `status`.
 */
export const failNextSchema = z
  .object({
    method: z.string(),
    pathPattern: z.string(),
    status: z.number(),
    hang: z.optional(z.boolean()),
    answer: z.optional(z.unknown()),
  })
  .check(
    z.refine(
      ({ status, answer }) =>
        status === 0 ||
        (Number.isInteger(status) && status >= (answer === undefined ? 400 : 200) && status <= 599),
      'failNext.status must be 400..599, 0 for a network error, or 200..599 with an answer',
    ),
  );
export type FailNext = z.infer<typeof failNextSchema>;

export const settingsRequestSchema = z.object({
  latency: z.optional(z.enum(latencies)),
  /** Share of API requests (0..1) that fail with a 500. */
  failureRate: z.optional(from(0, 1)),
  /** Every API request fails as a network error. */
  offline: z.optional(z.boolean()),
  role: z.optional(z.enum(demoRoles)),
  /** null clears a pending one. */
  failNext: z.optional(z.nullable(failNextSchema)),
});
export type DemoSettingsRequest = z.infer<typeof settingsRequestSchema>;

export const clockRequestSchema = z.object({
  advanceHours: z.optional(from(0)),
  advanceDays: z.optional(from(0)),
});
export type ClockRequest = z.infer<typeof clockRequestSchema>;

export const seedRequestSchema = z.object({ size: seedSizeSchema });
export const resetRequestSchema = z.object({ keepSettings: z.optional(z.boolean()) });

/** The demo plays the recipient: a connection made with the token, as a recipient would. */
export const redeemRequestSchema = z.object({
  serviceTokenId: z.string(),
  bandwidth: z.optional(z.number()),
  metroCode: z.optional(z.string()),
  name: z.optional(z.string()),
});
export type RedeemRequest = z.infer<typeof redeemRequestSchema>;
/** The connection it made (a Fabric `Connection`; the page reads its name). */
export const redeemAnswerSchema = z.object({ uuid: z.string(), name: z.string() });

/** Every control but session and redeem answers with the backend's state. */
export const demoStateSchema = z.object({
  seedSize: z.literal(seedSizes),
  now: z.string(),
  clockOffsetMs: z.number(),
  latency: z.enum(latencies),
  failureRate: z.number(),
  offline: z.boolean(),
  role: z.enum(demoRoles),
  sessionExpired: z.boolean(),
  failNext: z.nullable(failNextSchema),
  tokenCount: z.number(),
});
export type DemoState = z.infer<typeof demoStateSchema>;

/**
 * The demo's projects by name. The Fabric API we use names projects nowhere (a \`Project\` is only
 * its \`projectId\`), so the demo gives the portal names through this control.
 */
export const demoProjectsSchema = z.array(z.object({ projectId: z.string(), name: z.string() }));
export type DemoProject = z.infer<typeof demoProjectsSchema>[number];

export const sessionAnswerSchema = z.object({
  access_token: z.string(),
  token_type: z.literal('Bearer'),
  expires_in: z.number(),
});
export type SessionAnswer = z.infer<typeof sessionAnswerSchema>;
