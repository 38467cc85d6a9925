import { inflateSync } from 'node:zlib';

/** Decodes the RGBA PNGs `encodePng` writes (8-bit, colour type 6, filter 0 on every row), checking each of those facts. */
export function readPng(png: Buffer): { width: number; height: number; colourType: number; pixel(x: number, y: number): number[] } {
  if (!png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) throw new Error('read PNG: bad signature');
  let offset = 8;
  let width = 0;
  let height = 0;
  let colourType = -1;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      colourType = data[9] ?? -1;
      if (data[8] !== 8) throw new Error('read PNG: bit depth other than 8');
    }
    if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  const rows = inflateSync(Buffer.concat(idat));
  const stride = width * 4 + 1;
  for (let y = 0; y < height; y += 1) if (rows[y * stride] !== 0) throw new Error('read PNG: filtered rows are not supported');
  return { width, height, colourType, pixel: (x, y) => [...rows.subarray(y * stride + 1 + x * 4, y * stride + 5 + x * 4)] };
}
