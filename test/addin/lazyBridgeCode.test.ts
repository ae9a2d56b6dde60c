import { fetched } from '../../src/addin/bridge/officeBridge';

// The bridge fetches its writing code (report, team notes, rules sheet) only when first used (issue 12); a download
// that fails must read as a connection problem, not as webpack's "Loading chunk 7 failed".
describe('code the bridge fetches when first used', () => {
  it('passes the module through once it has arrived', async () => {
    await expect(fetched(Promise.resolve({ answer: 42 }))).resolves.toEqual({ answer: 42 });
  });

  it('says plainly that the download failed, and to try again', async () => {
    const failure = new Error('Loading chunk 7 failed.');
    await expect(fetched(Promise.reject(failure))).rejects.toMatchObject({
      name: 'BridgeError',
      code: 'ChunkLoadError',
      message: "The add-in's code for writing to the workbook could not be downloaded (Loading chunk 7 failed.). Check the connection and try again.",
      cause: failure,
    });
  });
});
