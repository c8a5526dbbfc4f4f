import { Utf8Writer } from "../../src/adapters/xlsx/utf8-writer";

describe("Utf8Writer", () => {
  it("gives the UTF-8 of everything written, in order, across many growths of its buffer", () => {
    const writer = new Utf8Writer();
    const pieces = Array.from({ length: 5000 }, (_, i) => `<row r="${i}">é – 😀 ${"x".repeat(i % 97)}</row>`);
    for (const piece of pieces) writer.write(piece);
    expect(Buffer.from(writer.bytes()).toString("utf8")).toBe(pieces.join(""));
    expect(writer.byteLength).toBe(Buffer.byteLength(pieces.join("")));
  });

  it("appends another writer's bytes", () => {
    const a = new Utf8Writer();
    const b = new Utf8Writer();
    a.write("<a>");
    b.write("£".repeat(40000));
    a.append(b);
    a.write("</a>");
    expect(Buffer.from(a.bytes()).toString("utf8")).toBe(`<a>${"£".repeat(40000)}</a>`);
  });
});
