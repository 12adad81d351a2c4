/** CRC-32 (IEEE 802.3, as zip uses it), slicing by 4. Browser-safe. */

const TABLES: Uint32Array[] = (() => {
  const t0 = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t0[n] = c >>> 0;
  }
  const tables = [t0];
  for (let k = 1; k < 4; k++) {
    const prev = tables[k - 1] as Uint32Array;
    const t = new Uint32Array(256);
    for (let n = 0; n < 256; n++)
      t[n] = (t0[(prev[n] as number) & 0xff] as number) ^ ((prev[n] as number) >>> 8);
    tables.push(t);
  }
  return tables;
})();

export function crc32(data: Uint8Array): number {
  const [t0, t1, t2, t3] = TABLES as [Uint32Array, Uint32Array, Uint32Array, Uint32Array];
  let c = 0xffffffff;
  let i = 0;
  const n = data.length;
  const end4 = n - (n % 4);
  for (; i < end4; i += 4) {
    c ^=
      (data[i] as number) |
      ((data[i + 1] as number) << 8) |
      ((data[i + 2] as number) << 16) |
      ((data[i + 3] as number) << 24);
    c =
      (t3[c & 0xff] as number) ^
      (t2[(c >>> 8) & 0xff] as number) ^
      (t1[(c >>> 16) & 0xff] as number) ^
      (t0[c >>> 24] as number);
  }
  for (; i < n; i++) c = (t0[(c ^ (data[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
