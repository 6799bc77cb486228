import KeyboardArrowLeft from '@mui/icons-material/KeyboardArrowLeft';
import KeyboardArrowRight from '@mui/icons-material/KeyboardArrowRight';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { type PageSize, pageSizes } from '../inventory-search-params';

interface Props {
  total: number;
  /** 1-based, as in the URL. */
  page: number;
  pageSize: PageSize;
  onPageChange: (page: number) => void;
  onPageSizeChange: (pageSize: PageSize) => void;
}

/**
 * Page size and previous/next, laid out like MUI's TablePagination. That component always bundles
 * MUI's Select (with Menu, Popover and Modal) for its page-size picker; this uses a native select.
 */
export function InventoryPagination({
  total,
  page,
  pageSize,
  onPageChange,
  onPageSizeChange,
}: Props) {
  const from = Math.min(total, (page - 1) * pageSize + 1);
  const to = Math.min(total, page * pageSize);
  const lastPage = Math.max(1, Math.ceil(total / pageSize));
  return (
    <Box
      sx={{
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'flex-end',
        flexWrap: 'wrap',
        gap: 2,
        px: 2,
        py: 1,
      }}
    >
      <TextField
        select
        size="small"
        label="Tokens per page"
        value={pageSize}
        onChange={(event) => onPageSizeChange(Number(event.target.value) as PageSize)}
        sx={{ minWidth: 140 }}
      >
        {pageSizes.map((size) => (
          <MenuItem key={size} value={size}>
            {size}
          </MenuItem>
        ))}
      </TextField>
      <Typography variant="body2">
        {from}–{to} of {total.toLocaleString()}
      </Typography>
      <Box>
        <IconButton
          aria-label="Go to previous page"
          title="Go to previous page"
          disabled={page <= 1}
          onClick={() => onPageChange(page - 1)}
        >
          <KeyboardArrowLeft />
        </IconButton>
        <IconButton
          aria-label="Go to next page"
          title="Go to next page"
          disabled={page >= lastPage}
          onClick={() => onPageChange(page + 1)}
        >
          <KeyboardArrowRight />
        </IconButton>
      </Box>
    </Box>
  );
}
