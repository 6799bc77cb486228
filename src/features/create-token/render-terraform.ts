import type { AccessPointSelector, ServiceToken, ServiceTokenConnection } from '@/api/types';

type ServiceTokenSide = NonNullable<ServiceTokenConnection['aSide']>;

/**
 * The request as an `equinix_fabric_service_token` resource of the Equinix Terraform provider
 * (its documented schema: snake_case blocks, one `access_point_selectors` block per selector).
 * A small HCL writer: attributes of one block are aligned the way `terraform fmt` aligns them.
 */
type Value = string | number | boolean | readonly (string | number)[];
type Node =
  | { kind: 'attribute'; key: string; value: Value }
  | { kind: 'block'; name: string; children: Node[] }
  | { kind: 'comment'; text: string };

const attribute = (key: string, value: Value | undefined): Node[] =>
  value === undefined ? [] : [{ kind: 'attribute', key, value }];
const block = (name: string, children: Node[]): Node => ({ kind: 'block', name, children });
const comment = (text: string): Node => ({ kind: 'comment', text });

/** An HCL string literal: quotes, backslashes, newlines and template openers escaped. */
export function hclString(text: string): string {
  const escaped = text
    .replaceAll('\\', '\\\\')
    .replaceAll('"', '\\"')
    .replaceAll('\n', '\\n')
    .replaceAll('\r', '\\r')
    .replaceAll('\t', '\\t')
    .replaceAll('${', () => '$${') // a function: "$$" in a replacement string means "$"
    .replaceAll('%{', '%%{');
  return `"${escaped}"`;
}

function literal(value: Value): string {
  if (typeof value === 'string') return hclString(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return `[${value.map((item) => literal(item)).join(', ')}]`;
}

function render(nodes: Node[], depth: number): string[] {
  const indent = '  '.repeat(depth);
  const lines: string[] = [];
  let run: Extract<Node, { kind: 'attribute' }>[] = [];
  const flush = () => {
    const width = Math.max(...run.map((node) => node.key.length));
    for (const node of run)
      lines.push(`${indent}${node.key.padEnd(width)} = ${literal(node.value)}`);
    run = [];
  };
  for (const node of nodes) {
    if (node.kind === 'attribute') {
      run.push(node);
      continue;
    }
    if (run.length > 0) flush();
    if (node.kind === 'comment') lines.push(`${indent}# ${node.text}`);
    else lines.push(`${indent}${node.name} {`, ...render(node.children, depth + 1), `${indent}}`);
  }
  if (run.length > 0) flush();
  return lines;
}

function selectorNodes(selector: AccessPointSelector): Node[] {
  const nodes: Node[] = [...attribute('type', selector.type)];
  if (selector.port) nodes.push(block('port', attribute('uuid', selector.port.uuid)));
  if (selector.linkProtocol) {
    const protocol = selector.linkProtocol;
    nodes.push(
      block('link_protocol', [
        ...attribute('type', protocol.type),
        ...attribute('vlan_tag', protocol.vlanTag),
        ...attribute('vlan_s_tag', protocol.vlanSTag),
        ...attribute('vlan_c_tag', protocol.vlanCTag),
      ]),
    );
  }
  if (selector.virtualDevice) {
    const device = selector.virtualDevice;
    nodes.push(
      block('virtual_device', [
        ...attribute('type', device.type),
        ...attribute('uuid', device.uuid),
      ]),
    );
  }
  if (selector.interface) {
    const chosen = selector.interface.id;
    nodes.push(
      block('interface', [
        ...attribute('type', selector.interface.type),
        // The provider documents interface.id as read-only: it cannot ask for one interface.
        ...(chosen === undefined
          ? []
          : [comment(`interface ${chosen}: the provider cannot choose it (id is read-only)`)]),
      ]),
    );
  }
  if (selector.network) {
    const network = selector.network;
    nodes.push(
      block('network', [...attribute('type', network.type), ...attribute('uuid', network.uuid)]),
    );
  }
  return nodes;
}

function sideNode(name: string, side: ServiceTokenSide | undefined): Node[] {
  if (!side) return [];
  const selectors = side.accessPointSelectors ?? [];
  return [
    block(
      name,
      selectors.map((selector) => block('access_point_selectors', selectorNodes(selector))),
    ),
  ];
}

function tokenNodes(request: ServiceToken): Node[] {
  const connection = request.connection;
  return [
    ...attribute('type', request.type),
    ...attribute('name', request.name),
    ...attribute('description', request.description),
    ...attribute('expiration_date_time', request.expirationDateTime),
    ...(connection
      ? [
          block('service_token_connection', [
            ...attribute('type', connection.type),
            ...attribute('allow_remote_connection', connection.allowRemoteConnection),
            ...attribute('allow_custom_bandwidth', connection.allowCustomBandwidth),
            ...attribute('bandwidth_limit', connection.bandwidthLimit),
            ...attribute('supported_bandwidths', connection.supportedBandwidths),
            ...sideNode('a_side', connection.aSide),
            ...sideNode('z_side', connection.zSide),
          ]),
        ]
      : []),
    ...(request.notifications ?? []).map((notification) =>
      block('notifications', [
        ...attribute('type', notification.type),
        ...attribute('emails', notification.emails),
      ]),
    ),
    ...(request.project
      ? [block('project', attribute('project_id', request.project.projectId))]
      : []),
  ];
}

export function renderTerraform(request: ServiceToken, label = 'service_token'): string {
  return render(
    [block(`resource "equinix_fabric_service_token" "${label}"`, tokenNodes(request))],
    0,
  ).join('\n');
}

/** One resource per request; a redundant pair is labelled primary and secondary. */
export function renderTerraformResources(requests: readonly ServiceToken[]): string {
  const labels = requests.length === 2 ? ['primary', 'secondary'] : [];
  return requests
    .map((request, index) => renderTerraform(request, labels[index] ?? 'service_token'))
    .join('\n\n');
}
