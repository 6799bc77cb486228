import { InventoryPage } from '@/features/inventory/components/inventory-page';

export function Component() {
  return <InventoryPage />;
}
