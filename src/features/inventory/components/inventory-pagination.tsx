import TablePagination from '@mui/material/TablePagination';
import { type PageSize, pageSizes } from '../inventory-search-params';

interface Props {
  total: number;
  /** 1-based, as in the URL. */
  page: number;
  pageSize: PageSize;
  onPageChange: (page: number) => void;
  onPageSizeChange: (pageSize: PageSize) => void;
}

const isPageSize = (size: number): size is PageSize => pageSizes.some((known) => known === size);

/** Page size and previous/next. The URL counts pages from 1, MUI's TablePagination from 0. */
export function InventoryPagination({
  total,
  page,
  pageSize,
  onPageChange,
  onPageSizeChange,
}: Props) {
  // A page past the end (an old link) shows as the last one rather than a range beyond the total.
  const lastIndex = Math.max(0, Math.ceil(total / pageSize) - 1);
  return (
    <TablePagination
      component="div"
      count={total}
      page={Math.min(page - 1, lastIndex)}
      rowsPerPage={pageSize}
      rowsPerPageOptions={[...pageSizes]}
      labelRowsPerPage="Tokens per page"
      labelDisplayedRows={({ from, to, count }) => `${from}–${to} of ${count.toLocaleString()}`}
      onPageChange={(_event, index) => onPageChange(index + 1)}
      onRowsPerPageChange={(event) => {
        const size = Number(event.target.value);
        if (isPageSize(size)) onPageSizeChange(size);
      }}
      // On a phone the page size and the previous/next buttons take two lines, not a sideways
      // scroll that hides Next.
      sx={{ '& .MuiTablePagination-toolbar': { flexWrap: 'wrap', rowGap: 0.5 } }}
    />
  );
}
