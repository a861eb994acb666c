//! The colour tokens of each contrast setting: the one source the Slint `Theme` global is
//! filled from, and what the WCAG contrast test reads.

use crate::appearance::Contrast;
use crate::dashboard::format::Rgb;

/// Every colour the screens use, by role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ThemeColors {
    /// Screen background, and the top of its gradient.
    pub background: Rgb,
    pub background_top: Rgb,
    /// Cards, tiles, idle buttons.
    pub surface: Rgb,
    pub surface_strong: Rgb,
    /// Body text, secondary text, links and accents.
    pub text: Rgb,
    pub muted: Rgb,
    pub accent: Rgb,
    /// The focus ring (and focused text where a ring is not enough).
    pub focus: Rgb,
    pub warning: Rgb,
    pub error: Rgb,
    pub success: Rgb,
}

const fn rgb(hex: u32) -> Rgb {
    Rgb((hex >> 16) as u8, (hex >> 8) as u8, hex as u8)
}

/// Dark blue, light text: every text colour at least 4.5:1 on every background (WCAG AA).
pub const STANDARD: ThemeColors = ThemeColors {
    background: rgb(0x0a1424),
    background_top: rgb(0x0d1b31),
    surface: rgb(0x15243d),
    surface_strong: rgb(0x1f3354),
    text: rgb(0xf5f7fb),
    muted: rgb(0xb4c0d3),
    accent: rgb(0x5cb8ff),
    focus: rgb(0xffd23f),
    warning: rgb(0xffb547),
    error: rgb(0xff8a8a),
    success: rgb(0x62d99a),
};

/// Black, white and yellow: every text colour at least 7:1 on every background (WCAG AAA).
pub const HIGH: ThemeColors = ThemeColors {
    background: rgb(0x000000),
    background_top: rgb(0x000000),
    surface: rgb(0x0a0a0a),
    surface_strong: rgb(0x1c1c1c),
    text: rgb(0xffffff),
    muted: rgb(0xe8e8e8),
    accent: rgb(0x8fd8ff),
    focus: rgb(0xffff00),
    warning: rgb(0xffd666),
    error: rgb(0xffb3b3),
    success: rgb(0x8cf5b8),
};

impl ThemeColors {
    pub fn of(contrast: Contrast) -> &'static Self {
        match contrast {
            Contrast::Standard => &STANDARD,
            Contrast::High => &HIGH,
        }
    }

    /// Colours that text is drawn in.
    pub fn text_colors(&self) -> [(&'static str, Rgb); 7] {
        [
            ("text", self.text),
            ("muted", self.muted),
            ("accent", self.accent),
            ("focus", self.focus),
            ("warning", self.warning),
            ("error", self.error),
            ("success", self.success),
        ]
    }

    /// Colours that text is drawn on.
    pub fn backgrounds(&self) -> [(&'static str, Rgb); 4] {
        [
            ("background", self.background),
            ("background-top", self.background_top),
            ("surface", self.surface),
            ("surface-strong", self.surface_strong),
        ]
    }

    /// Every (text, background) pair the screens draw, by token names. Besides each text colour
    /// on each background: the focused button's label (background on text), the message
    /// screen's tone badge (background on a tone colour).
    pub fn text_pairs(&self) -> Vec<(String, Rgb, Rgb)> {
        let mut pairs = Vec::new();
        for (fg_name, fg) in self.text_colors() {
            for (bg_name, bg) in self.backgrounds() {
                pairs.push((format!("{fg_name} on {bg_name}"), fg, bg));
            }
        }
        pairs.push((
            "background on text (focused button)".into(),
            self.background,
            self.text,
        ));
        for (tone, color) in [
            ("accent", self.accent),
            ("warning", self.warning),
            ("error", self.error),
            ("success", self.success),
        ] {
            pairs.push((
                format!("background on {tone} (badge)"),
                self.background,
                color,
            ));
        }
        pairs
    }
}

/// The contrast every text colour of a setting reaches on every background: WCAG AA in the
/// standard theme, AAA in high contrast.
pub fn min_text_ratio(contrast: Contrast) -> f64 {
    match contrast {
        Contrast::Standard => 4.5,
        Contrast::High => 7.0,
    }
}

/// `color`, moved toward white (or black, on a light background) just far enough to reach
/// `ratio` on `background`: a conditional colour from Salesforce (red, amber, green) keeps its
/// hue and meaning and is still read from across the room.
pub fn legible(color: Rgb, background: Rgb, ratio: f64) -> Rgb {
    let target = readable_on(background);
    let mix = |t: f64| {
        let channel = |from: u8, to: u8| {
            (f64::from(from) + (f64::from(to) - f64::from(from)) * t).round() as u8
        };
        Rgb(
            channel(color.0, target.0),
            channel(color.1, target.1),
            channel(color.2, target.2),
        )
    };
    (0..=40)
        .map(|step| mix(f64::from(step) / 40.0))
        .find(|candidate| contrast_ratio(*candidate, background) >= ratio)
        .unwrap_or(target)
}

/// WCAG 2.x relative luminance of an sRGB colour.
pub fn luminance(color: Rgb) -> f64 {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.040_45 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(color.0) + 0.7152 * channel(color.1) + 0.0722 * channel(color.2)
}

/// Black or white, whichever contrasts more with `background`: at least 4.58:1 whatever the
/// colour (the two ratios multiply to 21), so text on a chart's own colours meets WCAG AA.
pub fn readable_on(background: Rgb) -> Rgb {
    let (black, white) = (Rgb(0, 0, 0), Rgb(255, 255, 255));
    if contrast_ratio(black, background) >= contrast_ratio(white, background) {
        black
    } else {
        white
    }
}

/// WCAG contrast ratio, 1 to 21.
pub fn contrast_ratio(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    let (light, dark) = if la > lb { (la, lb) } else { (lb, la) };
    (light + 0.05) / (dark + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conditional_colours_are_lifted_only_as_far_as_needed() {
        // Salesforce's red break-point colour is 3.3:1 on a tile: lifted to AA, still red.
        let red = Rgb(0xc2, 0x54, 0x54);
        assert!(contrast_ratio(red, STANDARD.surface) < 4.5);
        for contrast in [Contrast::Standard, Contrast::High] {
            let surface = ThemeColors::of(contrast).surface;
            let lifted = legible(red, surface, min_text_ratio(contrast));
            assert!(contrast_ratio(lifted, surface) >= min_text_ratio(contrast));
            assert!(
                lifted.0 > lifted.1 && lifted.0 > lifted.2,
                "still red: {lifted:?}"
            );
        }
        // A colour that already reads well is left alone.
        let green = Rgb(0x62, 0xd9, 0x9a);
        assert_eq!(legible(green, STANDARD.surface, 4.5), green);
        // On a light background it darkens instead.
        let yellow = Rgb(0xff, 0xe0, 0x66);
        let on_white = legible(yellow, Rgb(255, 255, 255), 4.5);
        assert!(contrast_ratio(on_white, Rgb(255, 255, 255)) >= 4.5);
    }

    #[test]
    fn the_formula_matches_known_ratios() {
        assert!((contrast_ratio(rgb(0xffffff), rgb(0x000000)) - 21.0).abs() < 1e-9);
        assert!((contrast_ratio(rgb(0x777777), rgb(0xffffff)) - 4.48).abs() < 0.01);
    }

    #[test]
    fn text_on_every_palette_colour_meets_wcag_aa() {
        let names = [
            "wildflowers",
            "aurora",
            "ocean",
            "sunrise",
            "nightfall",
            "heat",
            "accessible",
        ];
        for name in names {
            for color in crate::dashboard::format::palette(Some(name)) {
                let ratio = contrast_ratio(readable_on(color), color);
                assert!(ratio >= 4.5, "{name} {}: {ratio:.2}", color.hex());
            }
        }
    }

    #[test]
    fn every_text_pair_meets_wcag_aa_and_high_contrast_meets_aaa() {
        for (contrast, minimum) in [(Contrast::Standard, 4.5), (Contrast::High, 7.0)] {
            let theme = ThemeColors::of(contrast);
            for (name, fg, bg) in theme.text_pairs() {
                let ratio = contrast_ratio(fg, bg);
                assert!(
                    ratio >= minimum,
                    "{contrast:?}: {name} is {ratio:.2}:1, needs {minimum}:1"
                );
            }
            // The focus ring is not text: WCAG 1.4.11 asks 3:1 against what surrounds it.
            for (bg_name, bg) in theme.backgrounds() {
                let ratio = contrast_ratio(theme.focus, bg);
                assert!(ratio >= 3.0, "{contrast:?}: focus on {bg_name} {ratio:.2}");
            }
        }
    }
}
