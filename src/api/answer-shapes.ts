import { z } from '@/lib/zod';
import type {
  Connection,
  LinkProtocolEntry,
  Metro,
  NeDevice,
  NeDeviceInterface,
  Network,
  Port,
  ServiceToken,
} from './types';

/**
 * The parts of each answer the screens rely on, checked where the answer enters the client (see
 * `readAnswer`). A shape names only what the UI reads without a guard (lists to map over, ids to
 * key by); the rest of the answer passes through as the contract types it. Each shape `satisfies`
 * its contract type, so a shape cannot drift from the generated types.
 */
/** What a shape may say of a contract type: its fields, with enums read as plain strings for now. */
type Shape<T> = z.ZodMiniType<{
  [K in keyof T]?: NonNullable<T[K]> extends string ? string | null : unknown;
}>;

const text = z.optional(z.string());
const count = z.optional(z.number());

const pagination = z.optional(
  z.object({ offset: count, limit: count, total: count, next: z.optional(z.string()) }),
);

/** A Fabric page: `data` is a list of items of one shape, or absent. */
function fabricPage<Item extends z.ZodMiniType>(item: Item) {
  return z.object({ pagination, data: z.optional(z.array(item)) });
}

export const serviceTokenShape = z.object({
  uuid: text,
  state: text,
}) satisfies Shape<ServiceToken>;

/** A created token is useless to the user without its id: that is the token they hand on. */
export const createdServiceTokenShape = z.object({
  uuid: z.string().check(z.minLength(1)),
}) satisfies Shape<ServiceToken>;

export const portShape = z.object({
  uuid: text,
  name: text,
  state: text,
  bandwidth: count,
  availableBandwidth: count,
  location: z.optional(z.object({ metroCode: text, metroName: text })),
  project: z.optional(z.object({ projectId: text })),
  encapsulation: z.optional(z.object({ type: text })),
}) satisfies Shape<Port>;

export const metroShape = z.object({ code: text, name: text }) satisfies Shape<Metro>;

export const networkShape = z.object({
  uuid: z.string(),
  name: z.string(),
  type: z.string(),
  state: z.string(),
}) satisfies Shape<Network>;

const neInterfaceShape = z.object({
  id: z.number(),
  type: z.string(),
}) satisfies Shape<NeDeviceInterface>;

export const neDeviceShape = z.object({
  uuid: z.string(),
  name: z.string(),
  status: z.string(),
  interfaces: z.array(neInterfaceShape),
}) satisfies Shape<NeDevice>;

export const linkProtocolShape = z.object({ type: text }) satisfies Shape<LinkProtocolEntry>;

export const connectionShape = z.object({ uuid: text }) satisfies Shape<Connection>;

export const serviceTokenPageShape = fabricPage(serviceTokenShape);
export const portPageShape = fabricPage(portShape);
export const metroPageShape = fabricPage(metroShape);
export const networkPageShape = fabricPage(networkShape);
export const linkProtocolPageShape = fabricPage(linkProtocolShape);
export const connectionPageShape = fabricPage(connectionShape);
export const neDevicePageShape = z.object({
  pagination: z.object({ offset: z.number(), limit: z.number(), total: z.number() }),
  data: z.array(neDeviceShape),
});
