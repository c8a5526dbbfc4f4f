// Draws the add-in's ribbon and manifest icons (a white tick on the plan's blue) as PNGs in assets/.
// Plain zlib and the PNG format, so no image tool is needed. Run: node scripts/make-icons.js
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function icon(size) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  const inTick = (x, y) => {
    // Two strokes of a tick, in unit coordinates.
    const u = x / size;
    const v = y / size;
    const w = 0.09;
    const d1 = Math.abs(v - (0.55 + (u - 0.25))) < w && u > 0.22 && u < 0.45;
    const d2 = Math.abs(v - (0.75 - (u - 0.42) * 1.15)) < w && u > 0.4 && u < 0.8;
    return d1 || d2;
  };
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const i = y * (size * 4 + 1) + 1 + x * 4;
      const r = Math.round(size * 0.18);
      const corner =
        (x < r && y < r && (r - x) ** 2 + (r - y) ** 2 > r * r) ||
        (x >= size - r && y < r && (x - size + r + 1) ** 2 + (r - y) ** 2 > r * r) ||
        (x < r && y >= size - r && (r - x) ** 2 + (y - size + r + 1) ** 2 > r * r) ||
        (x >= size - r && y >= size - r && (x - size + r + 1) ** 2 + (y - size + r + 1) ** 2 > r * r);
      const [cr, cg, cb, ca] = corner
        ? [0, 0, 0, 0]
        : inTick(x + 0.5, y + 0.5)
          ? [255, 255, 255, 255]
          : [31, 56, 100, 255];
      raw[i] = cr;
      raw[i + 1] = cg;
      raw[i + 2] = cb;
      raw[i + 3] = ca;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 64, 80, 128])
  fs.writeFileSync(path.join(__dirname, "..", "assets", `icon-${size}.png`), icon(size));
console.log("Wrote assets/icon-{16,32,64,80,128}.png");
