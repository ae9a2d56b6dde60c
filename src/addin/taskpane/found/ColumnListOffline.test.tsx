/** @jest-environment jsdom */
// The list of matched columns is fetched after the first screen (FoundStep.tsx). When its download fails (offline a
// moment), the section still says how many columns were matched, as plain text, and the principal can confirm the
// sheets: a failed download never blanks the step or throws.
import '../../../../test/support/jsdomSetup';
import '@testing-library/jest-dom';
import { act, render, screen, within } from '@testing-library/react';
import { App } from '../App';
import { fakeBridge, fakeRunner } from '../../../../test/support/paneFakes';

jest.mock('./ColumnList', () => {
  throw new Error('Loading chunk found-columns failed.');
});

describe('What I found, when the list of matched columns cannot be downloaded', () => {
  it('shows the count as text, no dropdowns, and Confirm sheets still works', async () => {
    render(<App bridge={fakeBridge()} runner={fakeRunner()} />);
    const schedule = await screen.findByRole('region', { name: 'Master schedule' });
    expect(within(schedule).getByText('3 columns matched in master schedule')).toBeInTheDocument();
    // Give the import and React's retry their turn. With the list downloadable, the accordion's button is there well
    // within this wait (checked by unmocking it: this test then fails).
    await act(() => new Promise((resolve) => setTimeout(resolve, 1000)));
    expect(within(schedule).getByText('3 columns matched in master schedule')).toBeInTheDocument();
    expect(within(schedule).queryByRole('button', { name: '3 columns matched in master schedule' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Confirm sheets' })).toBeEnabled();
  });
});
