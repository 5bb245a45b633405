//! Inspiration photos as the form keeps and sends them. A picked file is checked against core's
//! limits, decoded by the browser, and redrawn on a canvas at most
//! [`limits::IMAGE_LONGEST_SIDE_PX`] on its longest side as a JPEG, a little smaller or plainer
//! until it fits [`limits::ATTACHMENT_BYTES_MAX`]. So five photos and three snapshots always fit
//! one request, and the camera's metadata (the place it was taken, too) never leaves the browser.

use atelier_core::brief::{limits, Attachment, ALLOWED_MIME_TYPES};
use std::sync::Arc;
use thiserror::Error;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, ImageBitmap};

/// One photo, ready to send.
#[derive(Debug, Clone, PartialEq)]
pub struct InspirationImage {
    /// The name the jeweler sees on the attachment.
    pub file_name: String,
    /// Its type, one of core's `ALLOWED_MIME_TYPES` (`image/jpeg` once shrunk).
    pub mime_type: String,
    /// The bytes, base64, shared rather than copied as the form re-renders.
    pub data_base64: Arc<str>,
    /// The decoded size in bytes.
    pub size_bytes: u64,
}

impl InspirationImage {
    /// A photo from its metadata in a brief and its bytes in a request (a brief waiting to be sent).
    pub fn from_parts(meta: &Attachment, data_base64: &str) -> Self {
        Self {
            file_name: meta.file_name.clone(),
            mime_type: meta.mime_type.clone(),
            data_base64: Arc::from(data_base64),
            size_bytes: meta.size_bytes,
        }
    }

    /// The brief's record of this photo.
    pub fn attachment(&self) -> Attachment {
        Attachment {
            file_name: self.file_name.clone(),
            mime_type: self.mime_type.clone(),
            size_bytes: self.size_bytes,
        }
    }

    /// A `data:` URL for the thumbnail.
    pub fn data_url(&self) -> String {
        format!("data:{};base64,{}", self.mime_type, self.data_base64)
    }
}

/// Why a picked file did not become a photo in the brief; each message names the file.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum PhotoError {
    /// Not a JPEG, PNG or WebP by the browser's account.
    #[error("“{0}” was not added: only JPEG, PNG or WebP photos, please.")]
    Type(String),
    /// Larger than the form will try to shrink.
    #[error("“{name}” was not added: it is {size}, and photos of up to {limit} can be added.")]
    TooLarge {
        /// The file's name.
        name: String,
        /// Its size, for people.
        size: String,
        /// The limit, for people.
        limit: String,
    },
    /// The browser could not decode it (damaged, or not really a picture).
    #[error("“{0}” was not added: it could not be opened as a picture.")]
    Unreadable(String),
    /// Even the smallest rendition stays over the limit.
    #[error("“{name}” was not added: even made smaller it stays over {limit}. Please choose another photo.")]
    TooDetailed {
        /// The file's name.
        name: String,
        /// The limit, for people.
        limit: String,
    },
    /// The brief already has as many photos as it may.
    #[error("“{0}” was not added: a brief can carry {max} photos.", max = limits::ATTACHMENTS_MAX)]
    TooMany(String),
}

/// A file's size as people read it in their language: `640 KB`, `1.1 MB` (`1,1 MB` in German).
pub fn size_words(bytes: u64) -> String {
    use crate::i18n::{t_args, Arg};
    const MB: u64 = 1024 * 1024;
    if bytes < MB {
        t_args(
            "brief-size-kb",
            &[("n", Arg::int(bytes.div_ceil(1024) as i64))],
        )
    } else {
        // Tenths rounded down, as a limit is never shown larger than it is.
        let tenths = bytes.saturating_mul(10) / MB;
        let value = Arg::Number {
            value: tenths as f64 / 10.0,
            min_frac: 0,
            max_frac: 1,
        };
        t_args("brief-size-mb", &[("n", value)])
    }
}

impl PhotoError {
    /// What went wrong, in the visitor's language, naming the file.
    pub fn message(&self) -> String {
        use crate::i18n::{t_args, Arg};
        let name = |n: &str| ("name", Arg::Text(n.to_owned()));
        match self {
            PhotoError::Type(n) => t_args("brief-photo-error-type", &[name(n)]),
            PhotoError::TooLarge {
                name: n,
                size,
                limit,
            } => t_args(
                "brief-photo-error-too-large",
                &[
                    name(n),
                    ("size", Arg::Text(size.clone())),
                    ("limit", Arg::Text(limit.clone())),
                ],
            ),
            PhotoError::Unreadable(n) => t_args("brief-photo-error-unreadable", &[name(n)]),
            PhotoError::TooDetailed { name: n, limit } => t_args(
                "brief-photo-error-too-detailed",
                &[name(n), ("limit", Arg::Text(limit.clone()))],
            ),
            PhotoError::TooMany(n) => t_args(
                "brief-photo-error-too-many",
                &[name(n), ("max", Arg::int(limits::ATTACHMENTS_MAX as i64))],
            ),
        }
    }
}

/// The renditions tried in turn: longest side in pixels, JPEG quality.
const RENDITIONS: [(u32, f64); 4] = [
    (limits::IMAGE_LONGEST_SIDE_PX, 0.85),
    (limits::IMAGE_LONGEST_SIDE_PX, 0.72),
    (1600, 0.72),
    (1280, 0.65),
];

const JPEG_PREFIX: &str = "data:image/jpeg;base64,";

/// The size a `width` × `height` picture takes with its longest side at most `longest`, never
/// enlarged and never below one pixel.
pub fn fit(width: u32, height: u32, longest: u32) -> (u32, u32) {
    let side = width.max(height).max(1);
    if side <= longest {
        return (width.max(1), height.max(1));
    }
    let scale = f64::from(longest) / f64::from(side);
    let shrink = |n: u32| ((f64::from(n) * scale).round() as u32).clamp(1, longest);
    (shrink(width), shrink(height))
}

/// The bytes a base64 text decodes to.
pub fn decoded_len(base64: &str) -> u64 {
    let padding = base64.bytes().rev().take_while(|&b| b == b'=').count();
    ((base64.len() / 4 * 3).saturating_sub(padding)) as u64
}

/// The attachment's name: the picked file's, with `.jpg` for the JPEG it became, one line, no
/// folders, short enough for core.
pub fn jpeg_name(original: &str) -> String {
    let base = original.rsplit(['/', '\\']).next().unwrap_or_default();
    let stem = base
        .rsplit_once('.')
        .map_or(base, |(stem, _)| stem)
        .chars()
        .filter(|c| !c.is_control())
        .take(120)
        .collect::<String>();
    let stem = stem.trim();
    if stem.is_empty() || stem == "." || stem == ".." {
        "photo.jpg".to_owned()
    } else {
        format!("{stem}.jpg")
    }
}

/// Turns a picked file into a photo for the brief (see the module's description).
pub async fn shrink(file: web_sys::File) -> Result<InspirationImage, PhotoError> {
    let name = file.name();
    if !ALLOWED_MIME_TYPES.contains(&file.type_().as_str()) {
        return Err(PhotoError::Type(name));
    }
    let size = file.size() as u64;
    if size > limits::IMAGE_SOURCE_BYTES_MAX {
        return Err(PhotoError::TooLarge {
            name,
            size: size_words(size),
            limit: size_words(limits::IMAGE_SOURCE_BYTES_MAX),
        });
    }
    let unreadable = |_| PhotoError::Unreadable(name.clone());
    let window = web_sys::window().ok_or(PhotoError::Unreadable(name.clone()))?;
    let promise = window
        .create_image_bitmap_with_blob(&file)
        .map_err(unreadable)?;
    let bitmap: ImageBitmap = JsFuture::from(promise)
        .await
        .map_err(unreadable)?
        .dyn_into()
        .map_err(|_| PhotoError::Unreadable(name.clone()))?;
    let result = encode(&bitmap);
    bitmap.close();
    let data = result.map_err(unreadable)?.ok_or(PhotoError::TooDetailed {
        name: name.clone(),
        limit: size_words(limits::ATTACHMENT_BYTES_MAX),
    })?;
    Ok(InspirationImage {
        file_name: jpeg_name(&name),
        mime_type: "image/jpeg".to_owned(),
        size_bytes: decoded_len(&data),
        data_base64: Arc::from(data),
    })
}

/// The first rendition within the limit, as base64 JPEG; `None` if none is.
fn encode(bitmap: &ImageBitmap) -> Result<Option<String>, JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let canvas: HtmlCanvasElement = document.create_element("canvas")?.dyn_into()?;
    for (longest, quality) in RENDITIONS {
        let (width, height) = fit(bitmap.width(), bitmap.height(), longest);
        canvas.set_width(width);
        canvas.set_height(height);
        let context: CanvasRenderingContext2d = canvas
            .get_context("2d")?
            .ok_or_else(|| JsValue::from_str("no 2d context"))?
            .dyn_into()?;
        // JPEG has no transparency: a transparent PNG shows on white, as on a page, not on black.
        context.set_fill_style_str("#fff");
        context.fill_rect(0.0, 0.0, f64::from(width), f64::from(height));
        context.draw_image_with_image_bitmap_and_dw_and_dh(
            bitmap,
            0.0,
            0.0,
            f64::from(width),
            f64::from(height),
        )?;
        let url =
            canvas.to_data_url_with_type_and_encoder_options("image/jpeg", &quality.into())?;
        let data = url
            .strip_prefix(JPEG_PREFIX)
            .ok_or_else(|| JsValue::from_str("this browser cannot write JPEG"))?;
        if decoded_len(data) <= limits::ATTACHMENT_BYTES_MAX {
            return Ok(Some(data.to_owned()));
        }
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn photos_shrink_to_the_longest_side_and_never_grow() {
        assert_eq!(fit(4032, 3024, 2048), (2048, 1536));
        assert_eq!(fit(3024, 4032, 2048), (1536, 2048));
        assert_eq!(fit(800, 600, 2048), (800, 600));
        assert_eq!(fit(10_000, 1, 2048), (2048, 1));
        assert_eq!(fit(0, 0, 2048), (1, 1));
    }

    #[test]
    fn base64_lengths_decode_exactly() {
        assert_eq!(decoded_len("TWFu"), 3);
        assert_eq!(decoded_len("TWE="), 2);
        assert_eq!(decoded_len("TQ=="), 1);
        assert_eq!(decoded_len(""), 0);
    }

    #[test]
    fn names_become_jpeg_names_core_accepts() {
        assert_eq!(jpeg_name("IMG_2041.HEIC.png"), "IMG_2041.HEIC.jpg");
        assert_eq!(jpeg_name("ring.webp"), "ring.jpg");
        assert_eq!(jpeg_name("C:\\Users\\ada\\ring"), "ring.jpg");
        assert_eq!(jpeg_name(".png"), "photo.jpg");
        assert_eq!(jpeg_name("a\u{7}b.png"), "ab.jpg");
        assert_eq!(jpeg_name(&"x".repeat(400)).chars().count(), 124);
    }
}
