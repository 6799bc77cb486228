import type { ServiceToken } from '@/api/types';
import { describeToken, tokenSelector } from '@/lib/tokens/describe-token';
import { useDeviceMetros } from '@/lib/tokens/device-metros';
import { DetailsSection } from './details-section';
import { type Field, FieldList } from '@/components/field-list';

/** What the token authorises: a port VLAN, a device interface, or a network. */
export function TokenAsset({ token }: { token: ServiceToken }) {
  const selector = tokenSelector(token);
  const deviceMetros = useDeviceMetros(Boolean(selector?.virtualDevice));
  const description = describeToken(token, deviceMetros);
  const fields: Field[] = [{ label: 'Asset type', value: description.assetKindLabel }];
  if (description.assetKind === 'COLO') {
    fields.push(
      { label: 'Port', value: selector?.port?.portName ?? '—' },
      { label: 'Port uuid', value: <code>{selector?.port?.uuid ?? '—'}</code> },
      { label: 'Location', value: description.metro ?? '—' },
      { label: 'Link protocol', value: description.link },
    );
  } else if (description.assetKind === 'VD') {
    fields.push(
      { label: 'Device', value: selector?.virtualDevice?.name ?? '—' },
      { label: 'Device uuid', value: <code>{selector?.virtualDevice?.uuid ?? '—'}</code> },
      { label: 'Location', value: description.metro ?? '—' },
      { label: 'Interface', value: description.link },
    );
  } else if (description.assetKind === 'NETWORK') {
    const network = selector?.network;
    fields.push(
      { label: 'Network', value: network?.name ?? '—' },
      { label: 'Network uuid', value: <code>{network?.uuid ?? '—'}</code> },
      { label: 'Network type', value: network?.type ?? '—' },
      { label: 'Scope', value: network?.scope ?? '—' },
      { label: 'Location', value: description.metro ?? network?.location?.region ?? '—' },
    );
  }
  return (
    <DetailsSection title="Asset">
      <FieldList fields={fields} />
    </DetailsSection>
  );
}
