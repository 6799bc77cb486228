import type { ServiceToken } from '@/api/types';
import { formatDateTime } from '@/lib/format';
import { changeOf } from '@/lib/tokens/describe-token';
import { DetailsSection } from './details-section';
import { FieldList } from '@/components/field-list';

const kinds = [
  ['created', 'Created'],
  ['updated', 'Last updated'],
  ['deleted', 'Deleted'],
] as const;

/** Who changed the token and when, from changeLog or changelog (the API uses both spellings). */
export function TokenHistory({ token }: { token: ServiceToken }) {
  const fields = kinds.flatMap(([kind, label]) => {
    const { at, by } = changeOf(token, kind);
    if (!at && !by) return [];
    return [{ label, value: `${formatDateTime(at)}${by ? ` by ${by}` : ''}` }];
  });
  return (
    <DetailsSection title="History">
      {fields.length > 0 ? <FieldList fields={fields} /> : 'The server sent no history.'}
    </DetailsSection>
  );
}
