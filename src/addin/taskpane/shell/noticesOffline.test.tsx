/** @jest-environment jsdom */
import '../../../../test/support/jsdomSetup';
import '@testing-library/jest-dom';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ErrorNotice } from './notices';

// The MessageBar's chunk cannot be downloaded (offline a moment): the notice must not turn into a blank.
jest.mock('./noticeViews', () => {
  throw new Error('Loading chunk notices failed.');
});

describe('first-screen notices when the MessageBar cannot be downloaded', () => {
  it('keeps the error, its advice and its retry as plain text', async () => {
    // React says so on the console when the notice settles outside act(): the test would then be clicking a button
    // that is about to be replaced.
    const consoleErrors = jest.spyOn(console, 'error');
    const onRetry = jest.fn();
    const { container } = render(<ErrorNotice title="Could not save" detail="The network is down." advice="Save later." onRetry={onRetry} />);
    // The failed download settles in promise callbacks, which all run before a timer's: waiting for one timer inside
    // act() lets the notice settle and React render what that triggers before the test looks. The plain notice is
    // what stays.
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(consoleErrors).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent('Could not save The network is down. Save later.');
    expect(container.querySelector('.fui-MessageBar')).toBeNull();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });
});
