/** @jest-environment jsdom */
import '../../../../test/support/jsdomSetup';
import '@testing-library/jest-dom';
import { render, screen } from '@testing-library/react';
import { OutsideOffice } from './OutsideOffice';

describe('outside Office', () => {
  it('says what the page is, why there is nothing to review, and how to open it in Excel', () => {
    render(<OutsideOffice reason="It is open in a web browser, not inside Excel, so there is no workbook to review." />);
    expect(screen.getByRole('heading', { level: 1, name: 'School Resource Review' })).toBeInTheDocument();
    expect(screen.getByText(/reviews a school’s master schedule and budget/)).toBeInTheDocument();
    expect(screen.getByText('It is open in a web browser, not inside Excel, so there is no workbook to review.')).toBeInTheDocument();
    expect(screen.getByText(/Upload my add-in/)).toBeInTheDocument();
    expect(screen.getByText('npx resource-review my-school.xlsx')).toBeInTheDocument();
  });
});
