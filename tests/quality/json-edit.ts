/** A request body as it travels: plain JSON, edited by JSON Pointer like the API names fields. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export const remove = Symbol('remove');

export function toJson(value: unknown): Json {
  return JSON.parse(JSON.stringify(value));
}

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A copy of `document` with the value at `pointer` replaced (or removed). */
export function edit(document: Json, pointer: string, value: Json | typeof remove): Json {
  const copy = structuredClone(document);
  const keys = pointer.split('/').slice(1);
  const last = keys.pop();
  if (last === undefined) throw new Error('cannot edit the whole document');
  let node: Json | undefined = copy;
  for (const key of keys) {
    node = Array.isArray(node) ? node[Number(key)] : isObject(node) ? node[key] : undefined;
  }
  if (Array.isArray(node)) {
    if (value === remove) node.splice(Number(last), 1);
    else node[Number(last)] = value;
  } else if (isObject(node)) {
    if (value === remove) delete node[last];
    else node[last] = value;
  } else {
    throw new Error(`nothing at ${pointer}`);
  }
  return copy;
}
