import { describe, expect, it } from 'vitest';
import type { ServiceToken } from '@/api/types';
import { hclString, renderTerraform, renderTerraformResources } from './render-terraform';

const aSide: ServiceToken = {
  type: 'VC_TOKEN',
  name: 'Customer X',
  expirationDateTime: '2025-03-01T00:00:00.000Z',
  connection: {
    type: 'EVPL_VC',
    allowRemoteConnection: true,
    allowCustomBandwidth: false,
    bandwidthLimit: 1000,
    aSide: {
      accessPointSelectors: [
        { type: 'COLO', port: { uuid: 'port-1' }, linkProtocol: { type: 'DOT1Q', vlanTag: 1399 } },
      ],
    },
  },
  notifications: [{ type: 'ALL', emails: ['a@x.example', 'b@x.example'] }],
  project: { projectId: 'project-1' },
};

describe('the Terraform resource', () => {
  it('follows the provider schema, aligned as terraform fmt aligns it', () => {
    expect(renderTerraform(aSide)).toBe(
      [
        'resource "equinix_fabric_service_token" "service_token" {',
        '  type                 = "VC_TOKEN"',
        '  name                 = "Customer X"',
        '  expiration_date_time = "2025-03-01T00:00:00.000Z"',
        '  service_token_connection {',
        '    type                    = "EVPL_VC"',
        '    allow_remote_connection = true',
        '    allow_custom_bandwidth  = false',
        '    bandwidth_limit         = 1000',
        '    a_side {',
        '      access_point_selectors {',
        '        type = "COLO"',
        '        port {',
        '          uuid = "port-1"',
        '        }',
        '        link_protocol {',
        '          type     = "DOT1Q"',
        '          vlan_tag = 1399',
        '        }',
        '      }',
        '    }',
        '  }',
        '  notifications {',
        '    type   = "ALL"',
        '    emails = ["a@x.example", "b@x.example"]',
        '  }',
        '  project {',
        '    project_id = "project-1"',
        '  }',
        '}',
      ].join('\n'),
    );
  });

  it('writes Z-side devices, networks and bandwidth lists', () => {
    const zSide: ServiceToken = {
      ...aSide,
      connection: {
        type: 'EVPL_VC',
        allowRemoteConnection: false,
        allowCustomBandwidth: false,
        supportedBandwidths: [50, 200],
        zSide: {
          accessPointSelectors: [
            {
              type: 'VD',
              virtualDevice: { type: 'EDGE', uuid: 'vd-1' },
              interface: { type: 'NETWORK', id: 5 },
            },
          ],
        },
      },
    };
    const text = renderTerraform(zSide);
    expect(text).toContain('supported_bandwidths    = [50, 200]');
    expect(text).toContain('z_side {');
    expect(text).toMatch(/virtual_device {\n\s+type = "EDGE"\n\s+uuid = "vd-1"/);
    // The provider marks interface.id read-only, so it is stated as a comment, not an attribute.
    expect(text).toMatch(/interface {\n\s+type = "NETWORK"\n\s+# interface 5: /);
    expect(text).not.toMatch(/\bid\s+=/);
  });

  it('escapes strings so a name cannot break out of HCL', () => {
    expect(hclString('say "hi" \\ ${var.x} %{if}\nnext')).toBe(
      '"say \\"hi\\" \\\\ $${var.x} %%{if}\\nnext"',
    );
  });

  it('labels the resources of a redundant pair primary and secondary', () => {
    const text = renderTerraformResources([aSide, aSide]);
    expect(text).toContain('"equinix_fabric_service_token" "primary" {');
    expect(text).toContain('"equinix_fabric_service_token" "secondary" {');
  });
});
