/** @jest-environment jsdom */
import '../../../../test/support/jsdomSetup';
import '@testing-library/jest-dom';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../App';
import { fakeBridge, fakeRunner } from '../../../../test/support/paneFakes';
import { toBase64 } from './caseStudies';

const BYTES = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff]).buffer;

async function openCaseStudies(bridge = fakeBridge(), fetchAsset = jest.fn(async (_path: string) => BYTES)) {
  const user = userEvent.setup();
  render(<App bridge={bridge} runner={fakeRunner()} fetchAsset={fetchAsset} />);
  await user.click(await screen.findByRole('button', { name: 'Case studies' }));
  return { user, bridge, fetchAsset };
}

describe('Case studies', () => {
  it('encodes the file as base64 the way Excel.createWorkbook expects', () => {
    expect(toBase64(BYTES)).toBe('UEsDBP8=');
    const large = new Uint8Array(100_000).fill(65);
    expect(toBase64(large.buffer)).toBe(btoa('A'.repeat(100_000)));
  });

  it('fetches the chosen case study only when asked and opens it as a new workbook', async () => {
    const { user, bridge, fetchAsset } = await openCaseStudies();
    expect(fetchAsset).not.toHaveBeenCalled();
    await user.click(await screen.findByRole('button', { name: 'Open the high school (9-12) case study as a new workbook' }));
    expect(await screen.findByText('High school (9-12) opened in a new Excel window.')).toBeInTheDocument();
    expect(fetchAsset).toHaveBeenCalledWith('assets/case-studies/high-school.xlsx');
    expect(bridge.opened).toEqual(['UEsDBP8=']);
  });

  it('on a host without createWorkbook, explains it and offers downloads instead', async () => {
    await openCaseStudies(fakeBridge({ capabilities: { createWorkbook: false } }));
    expect(await screen.findByText(/This version of Excel cannot open a new workbook from an add-in/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /case study as a new workbook/ })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Download the elementary school (K-5) case study' })).toHaveAttribute(
      'href',
      'assets/case-studies/elementary-school.xlsx',
    );
  });

  it('says what went wrong when the file cannot be fetched', async () => {
    const { user } = await openCaseStudies(fakeBridge(), jest.fn(async (_path: string): Promise<ArrayBuffer> => Promise.reject(new Error('Could not download it (HTTP 404).'))));
    await user.click(await screen.findByRole('button', { name: 'Open the middle school (6-8) case study as a new workbook' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not open the middle school (6-8) case study');
    expect(alert).toHaveTextContent('Could not download it (HTTP 404).');
    expect(alert).toHaveTextContent('download the file and open it in Excel');
  });

  it('passes on the bridge’s own message when Excel refuses', async () => {
    const bridge = fakeBridge({ openWorkbookCopy: async () => Promise.reject(new Error('Opening a new workbook needs ExcelApi 1.8.')) });
    const { user } = await openCaseStudies(bridge);
    await user.click(await screen.findByRole('button', { name: 'Open the elementary school (K-5) case study as a new workbook' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Opening a new workbook needs ExcelApi 1.8.'));
  });
});
