//! QR codes for the sign-in link: crisp pixels on screen (a whole number of pixels per module,
//! with the 4-module quiet zone) and half-block characters in a terminal.

use qrcode::{Color, EcLevel, QrCode};

/// Modules of white border the QR standard asks for on every side.
pub const QUIET_ZONE: usize = 4;

/// A QR code as a grid of dark/light modules, quiet zone included.
#[derive(Debug, Clone)]
pub struct QrMatrix {
    side: usize,
    dark: Vec<bool>,
}

impl QrMatrix {
    pub fn new(payload: &str) -> Result<Self, qrcode::types::QrError> {
        let code = QrCode::with_error_correction_level(payload.as_bytes(), EcLevel::M)?;
        let inner = code.width();
        let side = inner + 2 * QUIET_ZONE;
        let colors = code.to_colors();
        let mut dark = vec![false; side * side];
        for y in 0..inner {
            for x in 0..inner {
                dark[(y + QUIET_ZONE) * side + x + QUIET_ZONE] =
                    colors[y * inner + x] == Color::Dark;
            }
        }
        Ok(Self { side, dark })
    }

    /// Modules per side, quiet zone included.
    pub fn side(&self) -> usize {
        self.side
    }

    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.side && y < self.side && self.dark[y * self.side + x]
    }

    /// The largest whole number of pixels per module that fits in `max_px` (at least 1).
    pub fn scale_for(&self, max_px: usize) -> usize {
        (max_px / self.side).max(1)
    }

    /// RGBA pixels (black on white) at `scale` pixels per module; returns (bytes, side in px).
    pub fn to_rgba(&self, scale: usize) -> (Vec<u8>, usize) {
        let px = self.side * scale;
        let mut bytes = vec![255u8; px * px * 4];
        for (i, chunk) in bytes.chunks_exact_mut(4).enumerate() {
            let (x, y) = (i % px, i / px);
            if self.is_dark(x / scale, y / scale) {
                chunk[..3].copy_from_slice(&[0, 0, 0]);
            }
        }
        (bytes, px)
    }

    /// Text for a terminal with light text on a dark background: each character is two modules
    /// stacked; light modules are drawn, dark ones left blank.
    pub fn to_terminal(&self) -> String {
        let mut out = String::new();
        for y in (0..self.side).step_by(2) {
            for x in 0..self.side {
                let top_light = !self.is_dark(x, y);
                let bottom_light = y + 1 < self.side && !self.is_dark(x, y + 1);
                out.push(match (top_light, bottom_light) {
                    (true, true) => '█',
                    (true, false) => '▀',
                    (false, true) => '▄',
                    (false, false) => ' ',
                });
            }
            out.push('\n');
        }
        out
    }
}

/// A Slint image of the QR code for `payload`, as large as fits in `max_px` physical pixels.
pub fn image(payload: &str, max_px: i32) -> slint::Image {
    let Ok(matrix) = QrMatrix::new(payload) else {
        return slint::Image::default();
    };
    let max_px = usize::try_from(max_px).unwrap_or(0);
    if payload.is_empty() || max_px < matrix.side() {
        return slint::Image::default();
    }
    let (bytes, px) = matrix.to_rgba(matrix.scale_for(max_px));
    let side = u32::try_from(px).unwrap_or(0);
    let buffer =
        slint::SharedPixelBuffer::<slint::Rgba8Pixel>::clone_from_slice(&bytes, side, side);
    slint::Image::from_rgba8(buffer)
}

#[cfg(test)]
mod tests {
    use super::*;

    const URL: &str = "https://login.salesforce.com/setup/connect?user_code=X1D9SEET";

    #[test]
    fn quiet_zone_is_light_and_finder_is_dark() -> Result<(), qrcode::types::QrError> {
        let qr = QrMatrix::new(URL)?;
        for i in 0..qr.side() {
            assert!(!qr.is_dark(i, 0) && !qr.is_dark(0, i) && !qr.is_dark(i, QUIET_ZONE - 1));
        }
        // Top-left finder pattern starts right after the quiet zone.
        assert!(qr.is_dark(QUIET_ZONE, QUIET_ZONE));
        assert!(qr.is_dark(QUIET_ZONE + 6, QUIET_ZONE));
        Ok(())
    }

    #[test]
    fn scale_is_a_whole_number_of_pixels() -> Result<(), qrcode::types::QrError> {
        let qr = QrMatrix::new(URL)?;
        let scale = qr.scale_for(600);
        assert!(scale >= 2);
        let (bytes, px) = qr.to_rgba(scale);
        assert_eq!(px, qr.side() * scale);
        assert!(px <= 600);
        assert_eq!(bytes.len(), px * px * 4);
        // Every module is a solid square of `scale` pixels.
        let at = |x: usize, y: usize| bytes[(y * px + x) * 4];
        let module = QUIET_ZONE * scale;
        for dy in 0..scale {
            for dx in 0..scale {
                assert_eq!(at(module + dx, module + dy), 0);
            }
        }
        Ok(())
    }

    #[test]
    fn terminal_rendering_has_half_as_many_rows() -> Result<(), qrcode::types::QrError> {
        let qr = QrMatrix::new(URL)?;
        let text = qr.to_terminal();
        assert_eq!(text.lines().count(), qr.side().div_ceil(2));
        assert!(text.lines().all(|line| line.chars().count() == qr.side()));
        Ok(())
    }
}
