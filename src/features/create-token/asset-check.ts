import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { deviceQueries } from '@/api/queries/devices';
import { portQueries } from '@/api/queries/ports';
import type { NeDevice } from '@/api/types';
import { isFreeDataInterface } from './eligibility';
import { findVlanConflict } from './vlan-conflicts';
import type { WizardField, WizardValues } from './wizard-values';

export interface AssetIssue {
  field: WizardField;
  message: string;
}

function tag(text: string): number | undefined {
  return /^\d+$/.test(text.trim()) ? Number(text) : undefined;
}

/**
 * Whether the chosen devices (read fresh) can still take the token the form describes. `created`
 * tokens of this run (the primary of a pair whose secondary failed) hold their interface already.
 */
export function deviceIssues(
  devices: readonly NeDevice[],
  values: WizardValues,
  created = 0,
): AssetIssue[] {
  const picks: { device: NeDevice | undefined; id: string; field: WizardField }[] = [
    { device: devices[0], id: values.interfaceId, field: 'interfaceId' },
    ...(values.deviceMode === 'REDUNDANT'
      ? [
          {
            device: devices[1],
            id: values.secondaryInterfaceId,
            field: 'secondaryInterfaceId' as const,
          },
        ]
      : []),
  ];
  const issues: AssetIssue[] = [];
  for (const { device, id, field } of picks.slice(created)) {
    if (!device) continue;
    if (device.status !== 'PROVISIONED') {
      issues.push({ field: 'deviceUuid', message: `${device.name} is ${device.status}` });
    } else if (values.interfaceMode === 'AUTO') {
      if (!device.interfaces.some(isFreeDataInterface)) {
        issues.push({
          field: 'interfaceMode',
          message: `${device.name} has no free data interface`,
        });
      }
    } else {
      const chosen = device.interfaces.find((item) => String(item.id) === id);
      if (!chosen || !isFreeDataInterface(chosen)) {
        const status = chosen ? (chosen.status ?? chosen.type) : 'gone';
        issues.push({ field, message: `Interface ${id} on ${device.name} is now ${status}` });
      }
    }
  }
  return issues;
}

/**
 * The check made when leaving "Basic configuration": the port's VLANs and the devices'
 * interfaces are read fresh, since another token may have taken them since the page loaded.
 */
export function useAssetCheck() {
  const queryClient = useQueryClient();
  return useCallback(
    async (values: WizardValues, created = 0): Promise<AssetIssue[]> => {
      if (values.assetType === 'PORT' && values.portEncapsulation) {
        const response = await queryClient.fetchQuery(portQueries.linkProtocols(values.portUuid));
        const conflict = findVlanConflict(response.data ?? [], {
          encapsulation: values.portEncapsulation,
          vlanTag: tag(values.vlanTag),
          vlanSTag: tag(values.vlanSTag),
          vlanCTag: tag(values.vlanCTag),
        });
        return conflict ? [conflict] : [];
      }
      if (values.assetType === 'VD') {
        const uuids =
          values.deviceMode === 'REDUNDANT'
            ? [values.deviceUuid, values.secondaryDeviceUuid]
            : [values.deviceUuid];
        const devices = await Promise.all(
          uuids.map((uuid) => queryClient.fetchQuery(deviceQueries.detail(uuid))),
        );
        return deviceIssues(devices, values, created);
      }
      return [];
    },
    [queryClient],
  );
}
