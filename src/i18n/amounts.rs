//! The short numbers Wallboard computes for charts and tiles (`$4.8M`, `4,8 Mio. €`, `482万`,
//! axis ticks), in the reader's conventions: CLDR's compact patterns and digits through
//! ICU4X. What stays from Salesforce is the text around the digits of its label (currency
//! symbol, percent sign), since only the org knows its currency.

use icu::decimal::input::{Decimal, FloatPrecision};
use icu::decimal::{CompactDecimalFormatter, DecimalFormatter};
use writeable::Writeable;

use super::values::{Numbers, icu_locale, logged};
use crate::dashboard::format::Amount;

/// Below this, an automatic amount is written out in full (`9,870`, not `9.9K`): short
/// numbers read fine from across a room, and the exact figure is what people look for.
const WRITTEN_OUT_BELOW: f64 = 1e4;

/// Most digits after the separator that a component's `decimalPrecision` gets.
const MAX_DECIMALS: i16 = 5;

pub struct Amounts {
    /// Numbers written out: `9,870`, `87.5` (also the whole numbers of `Values::number`).
    pub(super) numbers: Numbers,
    /// Short numbers: `4.8M`, `4,8 Mio.`, `482万`.
    compact: Option<CompactDecimalFormatter>,
}

impl Amounts {
    pub fn new(tag: &str) -> Self {
        let locale = icu_locale(tag);
        Self {
            numbers: Numbers::new(tag),
            compact: logged(
                "compact numbers",
                tag,
                CompactDecimalFormatter::try_new_short((&locale).into(), Default::default()),
            ),
        }
    }

    /// `$4.8M` / `$4,8 Mio.` / `4,8 Mio. €` / `$482万`, `1,284`, `87.5%`, `-$2.50K`.
    pub fn format(&self, amount: &Amount) -> String {
        let magnitude = amount.value.abs();
        let digits = match (&self.numbers.0, &self.compact) {
            (Some(decimal), Some(compact)) => shorten(decimal, compact, amount, magnitude),
            _ => format!(
                "{magnitude:.*}",
                decimals(amount, 0, magnitude).unsigned_abs().into()
            ),
        };
        let sign = if amount.value < 0.0 && digits.chars().any(|c| c != '0' && c.is_numeric()) {
            "-"
        } else {
            ""
        };
        format!("{sign}{}{digits}{}", amount.prefix, amount.suffix)
    }
}

/// The unsigned digits of `magnitude`, shortened with the power of ten the component asks
/// for (`displayUnits`) when that is the locale's word for this magnitude, else with the
/// locale's own choice (`ja` counts in 万 and 億, so thousands are written out there, and
/// 2,500,000 in thousands reads `2.5M` since CLDR has no `2,500K`).
fn shorten(
    decimal: &DecimalFormatter,
    compact: &CompactDecimalFormatter,
    amount: &Amount,
    magnitude: f64,
) -> String {
    let power = |value: f64| value.log10().floor().clamp(0.0, 30.0) as i16;
    let exponent = match amount.units.exponent() {
        Some(wanted) if compact.compact_exponent_for_magnitude(power(magnitude)) == wanted => {
            wanted
        }
        Some(0) => 0,
        _ if magnitude < WRITTEN_OUT_BELOW => 0,
        _ => compact.compact_exponent_for_magnitude(power(magnitude)),
    };
    let significand = |exponent: u8| {
        let scaled = magnitude / 10f64.powi(i32::from(exponent));
        let places = decimals(amount, exponent, scaled);
        let mut number =
            Decimal::try_from_f64(scaled, FloatPrecision::RoundTrip).unwrap_or_default();
        number.round(-places);
        number.absolute.pad_end(-places);
        if exponent > 0 && amount.precision.is_none() {
            number.absolute.trim_end_if_integer();
        }
        number
    };
    if exponent == 0 {
        return decimal
            .format(&significand(0))
            .write_to_string()
            .into_owned();
    }
    let mut number = significand(exponent);
    // Rounding can carry into the next word (999.96K is 1M).
    let rounded = number.absolute.nonzero_magnitude_start() + i16::from(exponent);
    let exponent = match compact.compact_exponent_for_magnitude(rounded) {
        next if next > exponent && amount.units.exponent().is_none() => {
            number = significand(next);
            next
        }
        _ => exponent,
    };
    match compact.format_with_exponent(&number, exponent) {
        Ok(text) => text.write_to_string().into_owned(),
        // The locale has no word for this power of ten: write the number out.
        Err(_) => decimal
            .format(&significand(0))
            .write_to_string()
            .into_owned(),
    }
}

/// Digits after the separator: the component's `decimalPrecision` when it sets one; else
/// none for whole numbers, for large numbers written out (`754.731`: German has no short word
/// for thousands) and for three-digit significands (`482万`, `625K`), one otherwise (`4.8M`,
/// `87.5`).
fn decimals(amount: &Amount, exponent: u8, scaled: f64) -> i16 {
    match amount.precision {
        Some(places) if places >= 0 => (places as i16).min(MAX_DECIMALS),
        _ if exponent == 0 && (scaled - scaled.round()).abs() < 1e-9 => 0,
        _ if exponent == 0 && scaled >= WRITTEN_OUT_BELOW => 0,
        _ if exponent > 0 && scaled >= 100.0 => 0,
        _ => 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dashboard::format::Units;

    fn short(tag: &str, value: f64, label: Option<&str>, units: Units, p: Option<i32>) -> String {
        Amounts::new(tag).format(&Amount::new(value, label, units, p))
    }

    #[test]
    fn english_keeps_the_labels_currency() {
        let auto = Units::Auto;
        assert_eq!(
            short("en-US", 4_820_000.0, Some("$4,820,000.00"), auto, None),
            "$4.8M"
        );
        assert_eq!(
            short("en-US", 67_043_365.5, Some("USD 67,043,365.50"), auto, None),
            "USD 67M"
        );
        assert_eq!(short("en-US", 1_284.0, Some("1,284"), auto, None), "1,284");
        assert_eq!(short("en-US", 87.46, Some("87.5%"), auto, Some(1)), "87.5%");
        assert_eq!(
            short(
                "en-US",
                -2_500.0,
                Some("-$2,500.00"),
                Units::Thousands,
                Some(2)
            ),
            "-$2.50K"
        );
        assert_eq!(
            short("en-US", 21_640_000.0, None, Units::Millions, None),
            "21.6M"
        );
        assert_eq!(short("en-US", 4_000_000.0, None, auto, None), "4M");
        assert_eq!(short("en-US", 625_000.0, None, auto, None), "625K");
        assert_eq!(short("en-US", 999_960.0, None, auto, None), "1M");
        assert_eq!(short("en-US", 0.0, None, auto, None), "0");
        assert_eq!(short("en-US", -0.01, None, auto, Some(0)), "0");
    }

    #[test]
    fn other_languages_use_their_own_words_and_separators() {
        let auto = Units::Auto;
        let euros = Some("4.820.000,00 €");
        assert_eq!(
            short("de", 4_820_000.0, euros, auto, None),
            "4,8\u{a0}Mio. €"
        );
        assert_eq!(short("fr", 4_820_000.0, None, auto, None), "4,8\u{a0}M");
        assert_eq!(short("es", 625_000.0, None, auto, None), "625\u{a0}mil");
        assert_eq!(short("de", 12_345.0, None, auto, None), "12.345");
        assert_eq!(
            short("de", 754_731.2, Some("$754,731.20"), auto, None),
            "$754.731"
        );
        assert_eq!(
            short("ja", 4_820_000.0, Some("¥4,820,000"), auto, None),
            "¥482万"
        );
        assert_eq!(short("ja", 9_870.0, None, auto, None), "9,870");
        assert_eq!(short("de", 87.46, Some("87,5 %"), auto, Some(1)), "87,5 %");
    }

    #[test]
    fn units_the_locale_has_no_word_for_are_written_out() {
        // Japanese counts in 万 (10⁴): "thousands" cannot be said, so the number is written
        // out rather than shown in a unit nobody reading it uses.
        assert_eq!(short("ja", 2_500.0, None, Units::Thousands, None), "2,500");
        assert_eq!(short("en-US", 500.0, None, Units::Thousands, None), "500");
        assert_eq!(
            short("en-US", 2_500.0, None, Units::Hundreds, None),
            "2,500"
        );
        // Past its own range a unit gives way to the locale's word for the magnitude.
        assert_eq!(
            short("en-US", 2_500_000.0, None, Units::Thousands, None),
            "2.5M"
        );
    }
}
