// The zip format's record signatures and compression methods (PKWARE APPNOTE 6.3.x), one owner for the package
// reader (xlsxRead/zipEntries.ts) and the package writer (zipDeflate.ts).

export const LOCAL_HEADER = 0x04034b50;
export const CENTRAL_HEADER = 0x02014b50;
export const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
export const STORED = 0;
export const DEFLATED = 8;
