//! Colour encoding shared by the viewer's materials and the interface's swatches.

/// Linear light (0–1) to an 8-bit sRGB value, the encoding of CSS colours and three-d's `Srgba`.
pub fn srgb8(linear: f32) -> u8 {
    let c = linear.clamp(0.0, 1.0);
    let encoded = if c <= 0.003_130_8 {
        12.92 * c
    } else {
        1.055 * c.powf(1.0 / 2.4) - 0.055
    };
    (encoded * 255.0).round() as u8
}

#[cfg(test)]
mod tests {
    use super::srgb8;

    #[test]
    fn matches_the_srgb_standard() {
        assert_eq!(srgb8(0.0), 0);
        assert_eq!(srgb8(1.0), 255);
        assert_eq!(srgb8(0.2159), 128); // mid-grey
        assert_eq!(srgb8(2.0), 255);
        assert_eq!(srgb8(-1.0), 0);
    }
}
