/** @jest-environment jsdom */
import '../../../../test/support/jsdomSetup';
import '@testing-library/jest-dom';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ErrorNotice, Notice } from './notices';

// The first screen's notices fetch Fluent's MessageBar when first shown (issue 12). The words and the retry must be
// there at once, stay there once the MessageBar has arrived, and stay there if it never does.
describe('first-screen notices', () => {
  it('shows the error and its retry at once, then as a Fluent MessageBar', async () => {
    const onRetry = jest.fn();
    const { container } = render(<ErrorNotice title="Could not read the workbook" detail="Excel is busy." advice="Try again." onRetry={onRetry} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Could not read the workbook Excel is busy. Try again.');
    await waitFor(() => expect(container.querySelector('.fui-MessageBar')).not.toBeNull(), { timeout: 5000 });
    expect(screen.getByRole('alert')).toHaveTextContent('Could not read the workbook');
    expect(screen.getByRole('alert')).toHaveTextContent('Excel is busy. Try again.');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('shows a warning with its children, then as a Fluent MessageBar', async () => {
    const { container } = render(
      <Notice intent="warning">
        No sheets with data yet. <button type="button">Read the workbook again</button>
      </Notice>,
    );
    expect(screen.getByText(/No sheets with data yet/)).toBeInTheDocument();
    await waitFor(() => expect(container.querySelector('.fui-MessageBar')).not.toBeNull(), { timeout: 5000 });
    expect(screen.getByText(/No sheets with data yet/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Read the workbook again' })).toBeInTheDocument();
  });
});
