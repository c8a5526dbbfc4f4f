// Builds a large part as UTF-8 bytes piece by piece. Generated sheets of big plans run to megabytes of
// XML: writing each row into one growing buffer lets its text be collected young, where row strings
// joined at the end all stay alive and are then copied twice more (flattened, then encoded).

import { asBytes } from "./package";

export class Utf8Writer {
  private buffer = Buffer.allocUnsafe(64 * 1024);
  private length = 0;

  /** How many bytes have been written. */
  get byteLength(): number {
    return this.length;
  }

  write(text: string): void {
    // A UTF-16 code unit never takes more than 3 bytes of UTF-8.
    this.reserve(text.length * 3);
    this.length += this.buffer.write(text, this.length, "utf8");
  }

  append(other: Utf8Writer): void {
    this.reserve(other.length);
    this.length += other.buffer.copy(this.buffer, this.length, 0, other.length);
  }

  /** The bytes written so far, as a view rather than a copy. */
  bytes(): Uint8Array<ArrayBuffer> {
    return asBytes(this.buffer.subarray(0, this.length));
  }

  private reserve(bytes: number): void {
    if (this.length + bytes <= this.buffer.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.length + bytes, this.buffer.length * 2));
    this.buffer.copy(bigger, 0, 0, this.length);
    this.buffer = bigger;
  }
}
