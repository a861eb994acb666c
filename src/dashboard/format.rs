//! Numbers, colours and dates for the TV: compact values with the org's currency symbol,
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
}

/// A short, TV-readable value: `$4.8M`, `1,284`, `87.5%`, keeping the label's currency symbol.
/// `precision` is the component's `decimalPrecision` (`None`/negative: automatic).
pub fn compact(value: f64, label: Option<&str>, units: Units, precision: Option<i32>) -> String {
    let (prefix, suffix) = label.map(affixes).unwrap_or_default();
    let magnitude = value.abs();
    let (divisor, unit) = match units {
        Units::Whole => (1.0, ""),
        Units::Hundreds => (100.0, "H"),
        Units::Thousands => (1e3, "K"),
        Units::Millions => (1e6, "M"),
        Units::Billions => (1e9, "B"),
        Units::Trillions => (1e12, "T"),
        Units::Auto if magnitude >= 1e12 => (1e12, "T"),
        Units::Auto if magnitude >= 1e9 => (1e9, "B"),
        Units::Auto if magnitude >= 1e6 => (1e6, "M"),
        Units::Auto if magnitude >= 1e4 => (1e3, "K"),
        Units::Auto => (1.0, ""),
    };
    let scaled = magnitude / divisor;
    let decimals = match precision {
        Some(p) if p >= 0 => p.min(5) as usize,
        _ if unit.is_empty() && scaled.fract().abs() < 1e-9 => 0,
        _ if unit.is_empty() => 1,
        _ if scaled >= 100.0 => 0,
        _ => 1,
    };
    let mut digits = thousands(&format!("{scaled:.decimals$}"));
    if decimals > 0 && unit.len() == 1 && digits.ends_with(".0") {
        digits.truncate(digits.len() - 2);
    }
    let sign = if value < 0.0 { "-" } else { "" };
    format!("{sign}{prefix}{digits}{unit}{suffix}")
}

fn thousands(number: &str) -> String {
    let (int, frac) = number
        .split_once('.')
        .map_or((number, None), |(i, f)| (i, Some(f)));
    let mut out = String::new();
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    if let Some(frac) = frac {
        out.push('.');
        out.push_str(frac);
    }
    out
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
    fn compact_values_keep_the_currency() {
        assert_eq!(
            compact(4_820_000.0, Some("$4,820,000.00"), Units::Auto, None),
            "$4.8M"
        );
        assert_eq!(
            compact(67_043_365.5, Some("USD 67,043,365.50"), Units::Auto, None),
            "USD 67M"
        );
        assert_eq!(compact(1_284.0, Some("1,284"), Units::Auto, None), "1,284");
        assert_eq!(compact(87.46, Some("87.5%"), Units::Auto, Some(1)), "87.5%");
        assert_eq!(
            compact(-2_500.0, Some("-$2,500.00"), Units::Thousands, Some(2)),
            "-$2.50K"
        );
        assert_eq!(compact(21_640_000.0, None, Units::Millions, None), "21.6M");
    }

    #[test]
    fn refresh_dates_parse() {
        let date = parse_refresh_date("2014-04-09T00:28:16.000+0000");
        assert_eq!(date.map(|d| d.timestamp()), Some(1_397_003_296));
    }
}
