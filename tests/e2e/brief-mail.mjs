// Reading the server's .eml files as a mail client would: headers unfolded, MIME parts split by
// their boundaries, base64 bodies decoded. Enough for the emails lettre writes, no more.

/** Splits raw header text into a lower-cased name → value map (folded lines joined). */
function headers(text) {
  const map = {};
  for (const line of text.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) map[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return map;
}

/** A MIME part: `{ headers, type, body (Buffer, decoded), parts (nested) }`. */
export function parseMail(raw) {
  const text = Buffer.isBuffer(raw) ? raw.toString('latin1') : raw;
  const split = text.indexOf('\r\n\r\n');
  const head = headers(split < 0 ? text : text.slice(0, split));
  const rawBody = split < 0 ? '' : text.slice(split + 4);
  const type = (head['content-type'] ?? 'text/plain').split(';')[0].trim().toLowerCase();
  const part = { headers: head, type, parts: [], body: Buffer.alloc(0) };
  if (type.startsWith('multipart/')) {
    const boundary = /boundary="?([^";]+)"?/i.exec(head['content-type'])?.[1];
    const pieces = rawBody.split(`--${boundary}`);
    // Before the first boundary is the preamble, after the last (`--`) the epilogue.
    for (const piece of pieces.slice(1)) {
      if (piece.startsWith('--')) break;
      part.parts.push(parseMail(piece.replace(/^\r\n/, '')));
    }
    return part;
  }
  const encoding = (head['content-transfer-encoding'] ?? '7bit').toLowerCase();
  const content = rawBody.replace(/\r\n$/, '');
  if (encoding === 'base64') {
    part.body = Buffer.from(content.replace(/\s+/g, ''), 'base64');
  } else if (encoding === 'quoted-printable') {
    const bytes = content.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h) => String.fromCharCode(parseInt(h, 16)));
    part.body = Buffer.from(bytes, 'latin1');
  } else {
    part.body = Buffer.from(content, 'latin1');
  }
  return part;
}

/** Every leaf part of a parsed mail, depth first. */
export function leaves(part) {
  return part.parts.length ? part.parts.flatMap(leaves) : [part];
}

/** The text of a leaf part, as UTF-8. */
export function text(part) {
  return part.body.toString('utf8');
}

/** The width and height a JPEG declares in its first start-of-frame marker. */
export function jpegSize(bytes) {
  let i = 2;
  while (i + 9 < bytes.length) {
    if (bytes[i] !== 0xff) return null;
    const marker = bytes[i + 1];
    const length = bytes.readUInt16BE(i + 2);
    // SOF0–SOF15, except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return { height: bytes.readUInt16BE(i + 5), width: bytes.readUInt16BE(i + 7) };
    }
    i += 2 + length;
  }
  return null;
}
