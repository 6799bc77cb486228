import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { TextField } from './text-field';

function Controlled({ select }: { select?: boolean }) {
  const [value, setValue] = useState(select ? 'b' : '');
  return (
    <TextField
      label="Field"
      value={value}
      onChange={(event) => setValue(event.target.value)}
      helperText="Help"
      required
      select={select}
    >
      {select && (
        <>
          <option value="a">Alpha</option>
          <option value="b">Bravo</option>
        </>
      )}
    </TextField>
  );
}

describe('TextField', () => {
  it('draws a multiline field as one plain textarea of fixed rows (nothing measures it)', () => {
    const { container } = render(
      <TextField label="Description" multiline rows={3} value="" onChange={() => {}} />,
    );
    // MUI's autosizing field adds a hidden second textarea that it measures on every change.
    const textareas = container.querySelectorAll('textarea');
    expect(textareas).toHaveLength(1);
    expect(screen.getByRole('textbox', { name: 'Description' })).toHaveAttribute('rows', '3');
  });

  it('labels the input, describes it with the helper text and takes typing', async () => {
    render(<Controlled />);
    const input = screen.getByRole('textbox', { name: /Field/ });
    expect(input).toHaveAccessibleDescription('Help');
    expect(input).toBeRequired();
    await userEvent.type(input, 'abc');
    expect(input).toHaveValue('abc');
  });

  it('renders a native select with its options', async () => {
    render(<Controlled select />);
    const select = screen.getByRole('combobox', { name: /Field/ });
    expect(select.tagName).toBe('SELECT');
    expect(select).toHaveValue('b');
    expect(select).toHaveAccessibleDescription('Help');
    await userEvent.selectOptions(select, 'Alpha');
    expect(select).toHaveValue('a');
  });

  it('marks an error for assistive technology', () => {
    render(<TextField label="Broken" value="" error helperText="Wrong" />);
    expect(screen.getByRole('textbox', { name: /Broken/ })).toHaveAttribute('aria-invalid', 'true');
  });
});
