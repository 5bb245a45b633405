//! Real PNG pictures for tests and the `sample_request` example: one grey pixel, every chunk's
//! checksum right, padded to a size when asked. The example includes this file by its path.
// Each includer uses some of these.
#![allow(dead_code)]

/// Appends one PNG chunk to `out`: its length, its type, `data` and their CRC.
pub fn png_chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    out.extend((data.len() as u32).to_be_bytes());
    out.extend(kind);
    out.extend(data);
    let mut crc = crc32fast::Hasher::new();
    crc.update(kind);
    crc.update(data);
    out.extend(crc.finalize().to_be_bytes());
}

/// A real PNG: one grey pixel of `seed`'s shade.
pub fn png(seed: u8) -> Vec<u8> {
    png_sized(seed, 0)
}

/// A real PNG of one grey pixel, padded to `len` bytes when that is at least 82 (the bare
/// picture's 70 and a chunk's 12) by a private ancillary chunk, which decoders skip.
pub fn png_sized(seed: u8, len: usize) -> Vec<u8> {
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    png_chunk(&mut out, b"IHDR", &[0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
    // zlib around one stored block holding the row: filter byte 0, then the pixel.
    let (a, b) = (1 + u32::from(seed), 2 + u32::from(seed));
    let mut idat = vec![0x78, 0x01, 0x01, 0x02, 0x00, 0xFD, 0xFF, 0, seed];
    idat.extend(((b << 16) | a).to_be_bytes());
    png_chunk(&mut out, b"IDAT", &idat);
    let bare = out.len() + 12;
    if len >= bare + 12 {
        png_chunk(&mut out, b"prVt", &vec![seed; len - bare - 12]);
    }
    png_chunk(&mut out, b"IEND", &[]);
    out
}
