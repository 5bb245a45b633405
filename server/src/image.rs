//! Pictures from outside (snapshots, inspiration photos, the shop's logo): the one place that
//! tells PNG, JPEG and WebP apart by their bytes and reads a picture's real size from its header.
//!
//! A picture is accepted only when its structure holds together up to its end: a PNG's chunks
//! (with their checksums) from `IHDR` to `IEND`, a JPEG's segments up to a frame header before its
//! scan, ending at `EOI`, a WebP's RIFF container exactly as long as it says. Nothing may follow
//! the end, so a PNG with an HTML page appended is refused. The size in the header is capped per
//! side and in pixels, so a few hundred kilobytes cannot unpack into gigabytes in the jeweler's
//! mail client (a 50,000 × 50,000 PNG is 10 GB of pixels).

/// The longest side accepted, in pixels.
pub const MAX_SIDE: u32 = 8192;
/// The most pixels accepted (16 megapixels: a 4,000 × 4,000 picture, 64 MiB once decoded).
pub const MAX_PIXELS: u64 = 16 * 1024 * 1024;

/// The picture formats Atelier takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// PNG.
    Png,
    /// JPEG (JFIF or Exif).
    Jpeg,
    /// WebP, lossy or lossless.
    Webp,
}

impl Format {
    /// The media type.
    pub fn mime_type(self) -> &'static str {
        match self {
            Format::Png => "image/png",
            Format::Jpeg => "image/jpeg",
            Format::Webp => "image/webp",
        }
    }

    /// The format of a media type, if it is one of these.
    pub fn from_mime_type(mime_type: &str) -> Option<Self> {
        match mime_type {
            "image/png" => Some(Format::Png),
            "image/jpeg" => Some(Format::Jpeg),
            "image/webp" => Some(Format::Webp),
            _ => None,
        }
    }

    /// The format's name for people.
    pub fn name(self) -> &'static str {
        match self {
            Format::Png => "PNG",
            Format::Jpeg => "JPEG",
            Format::Webp => "WebP",
        }
    }
}

/// A picture's size in pixels, from its header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dimensions {
    /// Width.
    pub width: u32,
    /// Height.
    pub height: u32,
}

/// Why a picture was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImageError {
    /// The first bytes are none of the formats.
    #[error("this is not a PNG, JPEG or WebP picture")]
    Unknown,
    /// The first bytes name another format than the one declared.
    #[error("this is a {found} picture, not the {declared} it is said to be")]
    Mismatch {
        /// What the bytes are.
        found: &'static str,
        /// What the request said.
        declared: &'static str,
    },
    /// The structure breaks off, or a checksum does not match.
    #[error("this {0} picture is damaged or cut short")]
    Damaged(&'static str),
    /// Bytes follow the picture's end.
    #[error("this {0} picture has other data after its end")]
    Trailing(&'static str),
    /// The header's size is over the limits.
    #[error(
        "this picture is {width} × {height} pixels; at most {MAX_SIDE} pixels a side and \
         16 megapixels, please"
    )]
    TooLarge {
        /// Width in the header.
        width: u32,
        /// Height in the header.
        height: u32,
    },
}

/// The format its first bytes announce (signature only: use [`inspect`] before trusting it).
pub fn sniff(bytes: &[u8]) -> Option<Format> {
    if bytes.starts_with(PNG_SIGNATURE) {
        Some(Format::Png)
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some(Format::Jpeg)
    } else if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        Some(Format::Webp)
    } else {
        None
    }
}

/// Checks a whole picture: its format, structure, end and size.
pub fn inspect(bytes: &[u8]) -> Result<(Format, Dimensions), ImageError> {
    let format = sniff(bytes).ok_or(ImageError::Unknown)?;
    let dimensions = match format {
        Format::Png => png(bytes)?,
        Format::Jpeg => jpeg(bytes)?,
        Format::Webp => webp(bytes)?,
    };
    let Dimensions { width, height } = dimensions;
    if width == 0 || height == 0 {
        return Err(ImageError::Damaged(format.name()));
    }
    if width > MAX_SIDE || height > MAX_SIDE || u64::from(width) * u64::from(height) > MAX_PIXELS {
        return Err(ImageError::TooLarge { width, height });
    }
    Ok((format, dimensions))
}

/// Checks a picture declared as `expected`: it must be that format and pass [`inspect`].
pub fn inspect_as(bytes: &[u8], expected: Format) -> Result<Dimensions, ImageError> {
    match sniff(bytes) {
        Some(found) if found != expected => Err(ImageError::Mismatch {
            found: found.name(),
            declared: expected.name(),
        }),
        None => Err(ImageError::Unknown),
        Some(_) => inspect(bytes).map(|(_, dimensions)| dimensions),
    }
}

const PNG_SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";

fn be32(bytes: &[u8], at: usize) -> Option<u32> {
    let b = bytes.get(at..at.checked_add(4)?)?;
    Some(u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
}

fn le16(bytes: &[u8], at: usize) -> Option<u16> {
    let b = bytes.get(at..at.checked_add(2)?)?;
    Some(u16::from_le_bytes([b[0], b[1]]))
}

fn le24(bytes: &[u8], at: usize) -> Option<u32> {
    let b = bytes.get(at..at.checked_add(3)?)?;
    Some(u32::from_le_bytes([b[0], b[1], b[2], 0]))
}

fn le32(bytes: &[u8], at: usize) -> Option<u32> {
    let b = bytes.get(at..at.checked_add(4)?)?;
    Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

/// Walks every chunk: `IHDR` first (13 bytes), CRCs that match, at least one `IDAT`, and `IEND`
/// as the very last bytes.
fn png(bytes: &[u8]) -> Result<Dimensions, ImageError> {
    let damaged = ImageError::Damaged("PNG");
    let mut at = PNG_SIGNATURE.len();
    let mut dimensions = None;
    let mut image_data = false;
    loop {
        let length = be32(bytes, at).ok_or(damaged.clone())? as usize;
        let kind = bytes.get(at + 4..at + 8).ok_or(damaged.clone())?;
        let data_end = (at + 8).checked_add(length).ok_or(damaged.clone())?;
        let data = bytes.get(at + 8..data_end).ok_or(damaged.clone())?;
        let crc = be32(bytes, data_end).ok_or(damaged.clone())?;
        let mut hasher = crc32fast::Hasher::new();
        hasher.update(kind);
        hasher.update(data);
        if hasher.finalize() != crc {
            return Err(damaged);
        }
        if dimensions.is_none() {
            if kind != b"IHDR" || length != 13 {
                return Err(damaged);
            }
            let width = be32(data, 0).ok_or(damaged.clone())?;
            let height = be32(data, 4).ok_or(damaged.clone())?;
            dimensions = Some(Dimensions { width, height });
        }
        at = data_end + 4;
        match kind {
            b"IDAT" => image_data = true,
            b"IEND" => break,
            _ => {}
        }
    }
    if at != bytes.len() {
        return Err(ImageError::Trailing("PNG"));
    }
    match dimensions {
        Some(d) if image_data => Ok(d),
        _ => Err(damaged),
    }
}

/// Walks the segments from `SOI` to the first scan: a frame header (`SOFn`) must come before it,
/// and the file must end with `EOI`.
fn jpeg(bytes: &[u8]) -> Result<Dimensions, ImageError> {
    let damaged = ImageError::Damaged("JPEG");
    let mut at = 2;
    let mut dimensions = None;
    loop {
        if bytes.get(at) != Some(&0xFF) {
            return Err(damaged);
        }
        // Any number of 0xFF may pad before a marker.
        while bytes.get(at + 1) == Some(&0xFF) {
            at += 1;
        }
        let marker = *bytes.get(at + 1).ok_or(damaged.clone())?;
        match marker {
            // Markers without a length: TEM and RSTn.
            0x01 | 0xD0..=0xD7 => {
                at += 2;
                continue;
            }
            // SOI again or EOI before any scan: not a picture.
            0xD8 | 0xD9 | 0x00 => return Err(damaged),
            _ => {}
        }
        let length = usize::from(
            bytes
                .get(at + 2..at + 4)
                .map(|b| u16::from_be_bytes([b[0], b[1]]))
                .ok_or(damaged.clone())?,
        );
        if length < 2 || at + 2 + length > bytes.len() {
            return Err(damaged);
        }
        let segment = &bytes[at + 4..at + 2 + length];
        let is_frame = matches!(marker, 0xC0..=0xCF) && !matches!(marker, 0xC4 | 0xC8 | 0xCC);
        if is_frame {
            if segment.len() < 6 {
                return Err(damaged);
            }
            let height = u32::from(u16::from_be_bytes([segment[1], segment[2]]));
            let width = u32::from(u16::from_be_bytes([segment[3], segment[4]]));
            dimensions = Some(Dimensions { width, height });
        }
        if marker == 0xDA {
            break;
        }
        at += 2 + length;
    }
    let dimensions = dimensions.ok_or(damaged.clone())?;
    if !bytes.ends_with(&[0xFF, 0xD9]) {
        // Either cut short, or something was appended after the end of the picture.
        let last_eoi = bytes.windows(2).rposition(|w| w == [0xFF, 0xD9]);
        return Err(if last_eoi.is_some_and(|i| i > at) {
            ImageError::Trailing("JPEG")
        } else {
            damaged
        });
    }
    Ok(dimensions)
}

/// The RIFF container must be exactly as long as the file; the size comes from the first chunk:
/// `VP8 ` (lossy), `VP8L` (lossless) or `VP8X` (extended, the canvas size).
fn webp(bytes: &[u8]) -> Result<Dimensions, ImageError> {
    let damaged = ImageError::Damaged("WebP");
    let riff = le32(bytes, 4).ok_or(damaged.clone())? as usize;
    match (riff.checked_add(8), bytes.len()) {
        (Some(total), len) if total == len => {}
        (Some(total), len) if total < len => return Err(ImageError::Trailing("WebP")),
        _ => return Err(damaged),
    }
    let kind = bytes.get(12..16).ok_or(damaged.clone())?;
    let size = le32(bytes, 16).ok_or(damaged.clone())? as usize;
    let data = bytes
        .get(20..20usize.checked_add(size).ok_or(damaged.clone())?)
        .ok_or(damaged.clone())?;
    let dimensions = match kind {
        b"VP8 " => {
            // A key frame: 3-byte frame tag, start code, then 14-bit width and height.
            if data.get(3..6) != Some(&[0x9D, 0x01, 0x2A]) {
                return Err(damaged);
            }
            let width = u32::from(le16(data, 6).ok_or(damaged.clone())? & 0x3FFF);
            let height = u32::from(le16(data, 8).ok_or(damaged.clone())? & 0x3FFF);
            Dimensions { width, height }
        }
        b"VP8L" => {
            if data.first() != Some(&0x2F) {
                return Err(damaged);
            }
            let bits = le32(data, 1).ok_or(damaged.clone())?;
            Dimensions {
                width: (bits & 0x3FFF) + 1,
                height: ((bits >> 14) & 0x3FFF) + 1,
            }
        }
        b"VP8X" => Dimensions {
            width: le24(data, 4).ok_or(damaged.clone())? + 1,
            height: le24(data, 7).ok_or(damaged.clone())? + 1,
        },
        _ => return Err(damaged),
    };
    Ok(dimensions)
}

/// The bytes of a picture sent as base64 in a JSON body (a `data:…;base64,` prefix is accepted);
/// `None` when the text is not base64.
pub fn decode_base64(text: &str) -> Option<Vec<u8>> {
    use base64::Engine;
    let text = text
        .split_once(";base64,")
        .filter(|(prefix, _)| prefix.starts_with("data:"))
        .map_or(text, |(_, data)| data);
    base64::engine::general_purpose::STANDARD
        .decode(text.trim())
        .ok()
}

/// Checks a photo from a visitor: as the format it was declared as, or, with no declaration, as
/// whatever its bytes are. The brief's inspiration photos and the conversation's photos both pass
/// here, so both are held to the same rules.
pub fn check_photo(bytes: &[u8], declared: Option<Format>) -> Result<Format, ImageError> {
    match declared {
        Some(format) => inspect_as(bytes, format).map(|_| format),
        None => inspect(bytes).map(|(format, _)| format),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
        out.extend((data.len() as u32).to_be_bytes());
        out.extend(kind);
        out.extend(data);
        let mut h = crc32fast::Hasher::new();
        h.update(kind);
        h.update(data);
        out.extend(h.finalize().to_be_bytes());
    }

    fn png_of(width: u32, height: u32) -> Vec<u8> {
        let mut out = PNG_SIGNATURE.to_vec();
        let mut ihdr = width.to_be_bytes().to_vec();
        ihdr.extend(height.to_be_bytes());
        ihdr.extend([8, 0, 0, 0, 0]);
        chunk(&mut out, b"IHDR", &ihdr);
        chunk(
            &mut out,
            b"IDAT",
            &[0x78, 0x01, 0x01, 0x02, 0x00, 0xFD, 0xFF, 0, 7, 0, 8, 0, 8],
        );
        chunk(&mut out, b"IEND", &[]);
        out
    }

    fn jpeg_of(width: u16, height: u16) -> Vec<u8> {
        let mut out = vec![0xFF, 0xD8, 0xFF, 0xE0, 0, 16];
        out.extend(b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0");
        out.extend([0xFF, 0xC0, 0, 11, 8]);
        out.extend(height.to_be_bytes());
        out.extend(width.to_be_bytes());
        out.extend([1, 1, 0x11, 0]);
        out.extend([0xFF, 0xDA, 0, 8, 1, 1, 0, 0, 63, 0]);
        out.extend([0x12, 0x34, 0x56]);
        out.extend([0xFF, 0xD9]);
        out
    }

    fn webp_of(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
        let mut out = b"RIFF".to_vec();
        out.extend(((4 + 8 + data.len()) as u32).to_le_bytes());
        out.extend(b"WEBP");
        out.extend(kind);
        out.extend((data.len() as u32).to_le_bytes());
        out.extend(data);
        out
    }

    #[test]
    fn real_headers_give_real_sizes() {
        assert_eq!(
            inspect(&png_of(640, 480)),
            Ok((
                Format::Png,
                Dimensions {
                    width: 640,
                    height: 480
                }
            ))
        );
        assert_eq!(
            inspect(&jpeg_of(2048, 1536)),
            Ok((
                Format::Jpeg,
                Dimensions {
                    width: 2048,
                    height: 1536
                }
            ))
        );
        let lossy = webp_of(
            b"VP8 ",
            &[0x50, 0x01, 0x00, 0x9D, 0x01, 0x2A, 0x80, 0x02, 0xE0, 0x01],
        );
        assert_eq!(
            inspect(&lossy),
            Ok((
                Format::Webp,
                Dimensions {
                    width: 640,
                    height: 480
                }
            ))
        );
        // 100 × 50: (100-1) | (50-1) << 14.
        let bits: u32 = 99 | (49 << 14);
        let mut lossless = vec![0x2F];
        lossless.extend(bits.to_le_bytes());
        assert_eq!(
            inspect(&webp_of(b"VP8L", &lossless)),
            Ok((
                Format::Webp,
                Dimensions {
                    width: 100,
                    height: 50
                }
            ))
        );
        let extended = [0, 0, 0, 0, 0xFF, 0x03, 0x00, 0xFF, 0x02, 0x00];
        assert_eq!(
            inspect(&webp_of(b"VP8X", &extended)),
            Ok((
                Format::Webp,
                Dimensions {
                    width: 1024,
                    height: 768
                }
            ))
        );
    }

    #[test]
    fn bombs_are_refused_by_their_header() {
        assert_eq!(
            inspect(&png_of(50_000, 50_000)),
            Err(ImageError::TooLarge {
                width: 50_000,
                height: 50_000
            })
        );
        assert!(matches!(
            inspect(&png_of(0x7FFF_FFFF, 0x7FFF_FFFF)),
            Err(ImageError::TooLarge { .. })
        ));
        assert!(matches!(
            inspect(&png_of(8192, 8192)),
            Err(ImageError::TooLarge { .. })
        ));
        assert!(inspect(&png_of(4096, 4096)).is_ok());
        assert!(matches!(
            inspect(&jpeg_of(65_000, 65_000)),
            Err(ImageError::TooLarge { .. })
        ));
        let extended = [0, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF];
        assert!(matches!(
            inspect(&webp_of(b"VP8X", &extended)),
            Err(ImageError::TooLarge { .. })
        ));
        assert_eq!(inspect(&png_of(0, 10)), Err(ImageError::Damaged("PNG")));
    }

    #[test]
    fn anything_after_the_end_or_a_broken_structure_is_refused() {
        let mut polyglot = png_of(10, 10);
        polyglot.extend(b"<html><script>alert(1)</script></html>");
        assert_eq!(inspect(&polyglot), Err(ImageError::Trailing("PNG")));
        let mut jpeg = jpeg_of(10, 10);
        jpeg.extend(b"<html></html>");
        assert_eq!(inspect(&jpeg), Err(ImageError::Trailing("JPEG")));
        let mut webp = webp_of(b"VP8L", &[0x2F, 0, 0, 0, 0]);
        webp.extend(b"<html>");
        assert_eq!(inspect(&webp), Err(ImageError::Trailing("WebP")));
        let mut bad_crc = png_of(10, 10);
        bad_crc[29] ^= 1;
        assert_eq!(inspect(&bad_crc), Err(ImageError::Damaged("PNG")));
        let png = png_of(10, 10);
        assert_eq!(
            inspect(&png[..png.len() - 3]),
            Err(ImageError::Damaged("PNG"))
        );
        assert_eq!(
            inspect(&jpeg_of(10, 10)[..20]),
            Err(ImageError::Damaged("JPEG"))
        );
        assert_eq!(
            inspect(b"\x89PNG\r\n\x1a\n"),
            Err(ImageError::Damaged("PNG"))
        );
        assert_eq!(
            inspect(b"RIFF\x04\0\0\0WEBP"),
            Err(ImageError::Damaged("WebP"))
        );
        assert_eq!(inspect(b"GIF89a"), Err(ImageError::Unknown));
        assert_eq!(
            inspect_as(&png, Format::Jpeg),
            Err(ImageError::Mismatch {
                found: "PNG",
                declared: "JPEG"
            })
        );
    }
}
