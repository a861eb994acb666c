//! Numbers, colours and dates for the TV: amounts with the org's currency symbol,
//! Salesforce's six-digit-or-shorter colours, palettes, and "as of" times.

use chrono::{DateTime, FixedOffset};

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `c25454`, `#c25454`, `0` (black, as Salesforce sometimes sends it) or `fff`-style
    /// short forms padded on the left with zeros.
    pub fn parse(text: &str) -> Option<Self> {
        let hex = text.trim().trim_start_matches('#');
        if hex.is_empty() || hex.len() > 6 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
            return None;
        }
        let padded = format!("{hex:0>6}");
        let byte = |i: usize| u8::from_str_radix(&padded[i..i + 2], 16).ok();
        Some(Self(byte(0)?, byte(2)?, byte(4)?))
    }

    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

/// Series colours for Salesforce's palette names (dashboard metadata and SOQL spellings).
pub fn palette(name: Option<&str>) -> Vec<Rgb> {
    let hexes: &[&str] = match name.unwrap_or_default().to_ascii_lowercase().as_str() {
        "aurora" | "unity" => &[
            "3296ed", "77b9f2", "9d53f2", "c398f5", "26aba4", "4ed4cd", "e287b2", "f5a623",
        ],
        "ocean" | "tropic" => &[
            "0f5f8c", "1b96c9", "5cc3e8", "9fe0f5", "2a9d8f", "76c7b7", "f4a261", "e76f51",
        ],
        "sunrise" => &[
            "f9a03f", "f26b38", "ec2049", "a7226e", "ffd166", "06d6a0", "118ab2", "8a4fff",
        ],
        "nightfall" | "dusk" => &[
            "5c4b8a", "8e7cc3", "3e7cb1", "81b2d8", "d1477a", "f29bbd", "f2c14e", "55c2a2",
        ],
        "heat" | "fire" => &[
            "d7263d", "f46036", "fbb13c", "ffe066", "9e2a2b", "c9a227", "6f1d1b", "e9c46a",
        ],
        "accessible" | "mineral" | "colorsafe" => &[
            "0072b2", "e69f00", "009e73", "cc79a7", "56b4e9", "d55e00", "f0e442", "999999",
        ],
        // Wildflowers ("justice" in SOQL) is Salesforce's default.
        _ => &[
            "52b7d8", "e16032", "ffb03b", "54a77b", "4fd2d2", "e287b2", "8f7fe0", "c5d86d",
        ],
    };
    hexes.iter().filter_map(|h| Rgb::parse(h)).collect()
}

/// The text around the digits of a server label: `$4,820,000.00` -> (`$`, ``),
/// `USD 1.00` -> (`USD `, ``), `87.5%` -> (``, `%`).
pub fn affixes(label: &str) -> (String, String) {
    let start = label
        .find(|c: char| c.is_ascii_digit())
        .unwrap_or(label.len());
    let end = label
        .rfind(|c: char| c.is_ascii_digit())
        .map_or(label.len(), |i| i + 1);
    let prefix = label[..start].trim_start_matches('-').to_owned();
    let suffix = if end <= label.len() {
        label[end..].to_owned()
    } else {
        String::new()
    };
    (prefix, suffix)
}

/// `displayUnits` of a component.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Units {
    Auto,
    Whole,
    Hundreds,
    Thousands,
    Millions,
    Billions,
    Trillions,
}

impl Units {
    pub fn parse(text: Option<&str>) -> Self {
        match text.unwrap_or("auto").to_ascii_lowercase().as_str() {
            "whole" => Self::Whole,
            "hundreds" => Self::Hundreds,
            "thousands" => Self::Thousands,
            "millions" => Self::Millions,
            "billions" => Self::Billions,
            "trillions" => Self::Trillions,
            _ => Self::Auto,
        }
    }

    /// The power of ten the component asks for; `None`: the reader's locale chooses.
    pub fn exponent(self) -> Option<u8> {
        match self {
            Self::Auto => None,
            Self::Whole => Some(0),
            Self::Hundreds => Some(2),
            Self::Thousands => Some(3),
            Self::Millions => Some(6),
            Self::Billions => Some(9),
            Self::Trillions => Some(12),
        }
    }
}

/// A number Wallboard shortens for the TV (`$4.8M`, `1,284`, `87.5%`): the value, the text
/// around the digits of the server's label (currency symbol, percent sign), and what the
/// component asks for. Written out in the language on screen (`i18n::Values::amount`), so a
/// switch of language re-spells every chart without fetching anything.
#[derive(Debug, Clone, PartialEq)]
pub struct Amount {
    pub value: f64,
    pub prefix: String,
    pub suffix: String,
    pub units: Units,
    /// The component's `decimalPrecision` (`None`: automatic).
    pub precision: Option<i32>,
}

impl Amount {
    pub fn new(value: f64, label: Option<&str>, units: Units, precision: Option<i32>) -> Self {
        let (prefix, suffix) = label.map(affixes).unwrap_or_default();
        Self {
            value,
            prefix,
            suffix,
            units,
            precision: precision.filter(|p| *p >= 0),
        }
    }

    /// A bare number (axis ticks, sums without a label).
    pub fn plain(value: f64) -> Self {
        Self::new(value, None, Units::Auto, None)
    }
}

/// Parses Salesforce's `2014-04-09T00:28:16.000+0000` (offset without a colon).
pub fn parse_refresh_date(text: &str) -> Option<DateTime<FixedOffset>> {
    DateTime::parse_from_str(text.trim(), "%Y-%m-%dT%H:%M:%S%.3f%z")
        .or_else(|_| DateTime::parse_from_rfc3339(text.trim()))
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_without_hash_and_short() {
        assert_eq!(Rgb::parse("c25454"), Some(Rgb(0xc2, 0x54, 0x54)));
        assert_eq!(Rgb::parse("0"), Some(Rgb(0, 0, 0)));
        assert_eq!(Rgb::parse("#fff"), Some(Rgb(0, 0x0f, 0xff)));
        assert_eq!(Rgb::parse("nope"), None);
        assert_eq!(Rgb(1, 2, 255).hex(), "#0102ff");
    }

    #[test]
    fn amounts_keep_the_text_around_the_labels_digits() {
        let money = Amount::new(-2_500.0, Some("-$2,500.00"), Units::Thousands, Some(2));
        assert_eq!((money.prefix.as_str(), money.suffix.as_str()), ("$", ""));
        let euros = Amount::new(4.8e6, Some("4.820.000,00 €"), Units::Auto, Some(-1));
        assert_eq!((euros.suffix.as_str(), euros.precision), (" €", None));
        assert_eq!(Units::parse(Some("Thousands")).exponent(), Some(3));
        assert_eq!(Units::parse(None).exponent(), None);
    }

    #[test]
    fn refresh_dates_parse() {
        let date = parse_refresh_date("2014-04-09T00:28:16.000+0000");
        assert_eq!(date.map(|d| d.timestamp()), Some(1_397_003_296));
    }
}
