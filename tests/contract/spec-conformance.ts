// Lists every way our contract departs from the published Fabric v4 spec: the /fabric/v4
// operations (method, path, operationId, parameters, bodies, status codes) and every schema
// property we declare (type, format, enum set, bounds, required). Network Edge (Ne*) is not in it.
type Node = { [keyword: string]: unknown };
export interface OpenApiDocument {
  paths: Record<string, Record<string, Node>>;
  security?: unknown;
  components: {
    schemas: Record<string, Node>;
    [section: string]: Record<string, Node> | undefined;
  };
}

/** Properties we declare on purpose although the spec lacks them: `Schema.property` → reason. */
export type AllowedExtras = Record<string, string>;

/** NeDevice, NeErrorList, ... (and not Network): the Network Edge API, absent from the spec. */
const networkEdgeSchema = /^Ne[A-Z]/;
const methods = ['get', 'put', 'post', 'patch', 'delete'];
const keywords = ['type', 'format', 'minimum', 'maximum', 'minLength', 'maxLength'];
const moreKeywords = ['minItems', 'maxItems', 'pattern', 'default', 'nullable', 'readOnly'];
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null;
const refName = (node: Node) =>
  typeof node.$ref === 'string' ? (node.$ref.split('/').pop() ?? '') : undefined;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const asSet = (list: unknown) => JSON.stringify(Array.isArray(list) ? [...list].sort() : list);
const show = (value: unknown) => (value === undefined ? 'absent' : JSON.stringify(value));
function follow(doc: OpenApiDocument, section: string, node: Node): Node {
  const name = refName(node);
  return name === undefined ? node : (doc.components[section]?.[name] ?? {});
}

/** Follows $ref and merges allOf, so `Network` (allOf in the spec, flat in ours) compares. */
function flatten(doc: OpenApiDocument, node: Node): Node {
  const own = follow(doc, 'schemas', node);
  if (!Array.isArray(own.allOf)) return own;
  const merged: Node = { ...own, allOf: undefined, properties: { ...(own.properties as Node) } };
  const required = new Set<unknown>(Array.isArray(own.required) ? own.required : []);
  for (const part of own.allOf.filter(isNode).map((member) => flatten(doc, member))) {
    for (const key of keywords) merged[key] ??= part[key];
    Object.assign(merged.properties as Node, part.properties);
    for (const name of Array.isArray(part.required) ? part.required : []) required.add(name);
  }
  merged.required = [...required];
  return merged;
}

function compareSchemas(
  ours: OpenApiDocument,
  spec: OpenApiDocument,
  allowed: AllowedExtras,
  diffs: string[],
) {
  const seen = new Set<string>();
  const excused = new Set<string>();
  const walk = (mine: Node, theirs: Node, at: string, top = false) => {
    const [myRef, theirRef] = [refName(mine), refName(theirs)];
    if (!top && myRef !== undefined && myRef === theirRef) return; // compared on its own
    const key = `${myRef ?? at}|${theirRef ?? at}`;
    if (seen.has(key)) return;
    seen.add(key);
    const [a, b] = [flatten(ours, mine), flatten(spec, theirs)];
    for (const word of [...keywords, ...moreKeywords]) {
      if (!same(a[word], b[word])) {
        diffs.push(`${at}: ${word} is ${show(a[word])}, spec ${show(b[word])}`);
      }
    }
    if (asSet(a.enum) !== asSet(b.enum)) {
      diffs.push(`${at}: enum ${show(a.enum)}, spec ${show(b.enum)}`);
    }
    const mineProps = isNode(a.properties) ? a.properties : {};
    const theirProps = isNode(b.properties) ? b.properties : {};
    const theirRequired = Array.isArray(b.required) ? b.required : [];
    const expected = theirRequired.filter((name) => name in mineProps);
    if (asSet(a.required ?? []) !== asSet(expected)) {
      diffs.push(`${at}: required ${show(a.required ?? [])}, spec ${show(expected)}`);
    }
    for (const [name, schema] of Object.entries(mineProps)) {
      const place = `${at}.${name}`;
      if (isNode(theirProps[name]) && isNode(schema)) walk(schema, theirProps[name], place);
      else if (place in allowed) excused.add(place);
      else diffs.push(`${place}: not in the spec`);
    }
    if (isNode(a.items)) {
      if (isNode(b.items)) walk(a.items, b.items, `${at}[]`);
      else diffs.push(`${at}[]: the spec has no items here`);
    }
  };
  for (const [name, schema] of Object.entries(ours.components.schemas)) {
    if (networkEdgeSchema.test(name)) continue;
    const theirs = spec.components.schemas[name];
    if (theirs) walk(schema, theirs, name, true);
    else diffs.push(`schema ${name}: not in the spec`);
  }
  for (const place of Object.keys(allowed).filter((entry) => !excused.has(entry))) {
    diffs.push(`${place}: allowed as an extra property, but the contract no longer declares it`);
  }
}

function parameters(doc: OpenApiDocument, operation: Node) {
  const list = Array.isArray(operation.parameters) ? operation.parameters.filter(isNode) : [];
  return new Map(
    list
      .map((parameter) => follow(doc, 'parameters', parameter))
      .map((p) => {
        const schema = flatten(doc, isNode(p.schema) ? p.schema : {});
        const shape = { required: p.required === true, type: schema.type, format: schema.format };
        return [`${p.in} ${p.name}`, { ...shape, enum: schema.enum, default: schema.default }];
      }),
  );
}

function bodies(doc: OpenApiDocument, operation: Node) {
  const describe = (content: unknown) =>
    Object.entries(isNode(content) ? content : {}).map(
      ([type, media]) =>
        `${type} ${isNode(media) && isNode(media.schema) ? refName(media.schema) : ''}`,
    );
  const request = isNode(operation.requestBody) ? operation.requestBody : undefined;
  const responses = isNode(operation.responses) ? operation.responses : {};
  return {
    request: request && { required: request.required === true, content: describe(request.content) },
    responses: Object.fromEntries(
      Object.entries(responses).map(([status, response]) => [
        status,
        describe(follow(doc, 'responses', isNode(response) ? response : {}).content),
      ]),
    ),
  };
}

function compareOperations(ours: OpenApiDocument, spec: OpenApiDocument, diffs: string[]) {
  for (const [path, item] of Object.entries(ours.paths)) {
    if (!path.startsWith('/fabric/v4/')) continue;
    for (const method of methods.filter((m) => isNode(item[m]))) {
      const at = `${method.toUpperCase()} ${path}`;
      const [mine, theirs] = [item[method] as Node, spec.paths[path]?.[method]];
      if (!isNode(theirs)) {
        diffs.push(`${at}: not in the spec`);
        continue;
      }
      if (mine.operationId !== theirs.operationId) {
        diffs.push(
          `${at}: operationId ${show(mine.operationId)}, spec ${show(theirs.operationId)}`,
        );
      }
      const [a, b] = [parameters(ours, mine), parameters(spec, theirs)];
      for (const name of new Set([...a.keys(), ...b.keys()])) {
        if (!same(a.get(name), b.get(name))) {
          diffs.push(`${at} parameter ${name}: ${show(a.get(name))}, spec ${show(b.get(name))}`);
        }
      }
      const [x, y] = [bodies(ours, mine), bodies(spec, theirs)];
      if (!same(x.request, y.request)) {
        diffs.push(`${at} request body: ${show(x.request)}, spec ${show(y.request)}`);
      }
      if (asSet(Object.keys(x.responses)) !== asSet(Object.keys(y.responses))) {
        diffs.push(
          `${at} status codes: ${Object.keys(x.responses)}, spec ${Object.keys(y.responses)}`,
        );
      }
      for (const [status, content] of Object.entries(x.responses)) {
        const expected = y.responses[status];
        if (expected && !same(content, expected)) {
          diffs.push(`${at} ${status} body: ${show(content)}, spec ${show(expected)}`);
        }
      }
    }
  }
}

/** Every difference between our contract and the spec, one line each; empty when we conform. */
export function diffAgainstSpec(
  ours: OpenApiDocument,
  spec: OpenApiDocument,
  allowed: AllowedExtras = {},
): string[] {
  const diffs: string[] = [];
  if (!same(ours.security, spec.security)) diffs.push('global security differs from the spec');
  const scheme = (doc: OpenApiDocument) => ({
    ...doc.components.securitySchemes?.BearerAuth,
    description: undefined,
  });
  if (!same(scheme(ours), scheme(spec))) diffs.push('securitySchemes.BearerAuth differs');
  compareOperations(ours, spec, diffs);
  compareSchemas(ours, spec, allowed, diffs);
  return diffs;
}
