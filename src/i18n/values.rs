//! Wallboard's own values in the reader's conventions, from CLDR data through ICU4X: numbers
//! (also every number a Fluent message shows), times of day, countdowns and relative times.
//! Values Salesforce already formatted (`label`) never come through here.

use icu::datetime::{NoCalendarFormatter, fieldsets};
use icu::decimal::DecimalFormatter;
use icu::locale::Locale;
use icu_experimental::duration::options::{BaseStyle, DurationFormatterOptions, FieldDisplay};
use icu_experimental::duration::{
    Duration, DurationFormatter, DurationSign, ValidatedDurationFormatterOptions,
};
use icu_experimental::relativetime::{RelativeTimeFormatter, RelativeTimeFormatterOptions};
use writeable::Writeable;

use super::amounts::Amounts;
use crate::dashboard::format::Amount;

/// Whole numbers with the locale's digit grouping (also used for numbers inside messages).
pub struct Numbers(pub(super) Option<DecimalFormatter>);

impl Numbers {
    pub fn new(tag: &str) -> Self {
        Self(logged(
            "numbers",
            tag,
            DecimalFormatter::try_new((&icu_locale(tag)).into(), Default::default()),
        ))
    }

    /// `12,345` / `12.345` / `12 345`.
    pub fn format(&self, value: i64) -> String {
        match &self.0 {
            Some(formatter) => formatter.format(&value.into()).write_to_string().into(),
            None => value.to_string(),
        }
    }
}

/// Formatters for one locale, built once when the language is chosen.
pub struct Values {
    /// Whole numbers and short amounts (one decimal formatter for both).
    amounts: Amounts,
    time: Option<NoCalendarFormatter<fieldsets::T>>,
    countdown: Option<DurationFormatter>,
    seconds: Option<RelativeTimeFormatter>,
    minutes: Option<RelativeTimeFormatter>,
    hours: Option<RelativeTimeFormatter>,
    days: Option<RelativeTimeFormatter>,
}

/// The ICU locale for a BCP 47 tag; unknown tags get CLDR's root conventions.
pub fn icu_locale(tag: &str) -> Locale {
    tag.parse().unwrap_or(Locale::UNKNOWN)
}

/// Logs (once, when the language is chosen) a formatter that has no data, and keeps going:
/// the plain fallback below is still readable.
pub(super) fn logged<T, E: std::fmt::Display>(
    what: &str,
    tag: &str,
    result: Result<T, E>,
) -> Option<T> {
    result
        .map_err(|error| tracing::warn!(locale = tag, %error, "no CLDR data for {what}"))
        .ok()
}

impl Values {
    pub fn new(tag: &str) -> Self {
        let locale = icu_locale(tag);
        let mut countdown = DurationFormatterOptions::default();
        countdown.base = BaseStyle::Digital;
        countdown.hour_visibility = Some(FieldDisplay::Auto);
        let relative = |unit: fn(
            icu_experimental::relativetime::RelativeTimeFormatterPreferences,
            RelativeTimeFormatterOptions,
        )
            -> Result<RelativeTimeFormatter, icu_provider::DataError>| {
            logged(
                "relative times",
                tag,
                unit((&locale).into(), RelativeTimeFormatterOptions::default()),
            )
        };
        Self {
            amounts: Amounts::new(tag),
            time: logged(
                "times of day",
                tag,
                NoCalendarFormatter::try_new((&locale).into(), fieldsets::T::hm()),
            ),
            countdown: ValidatedDurationFormatterOptions::validate(countdown)
                .ok()
                .and_then(|options| {
                    logged(
                        "countdowns",
                        tag,
                        DurationFormatter::try_new((&locale).into(), options),
                    )
                }),
            seconds: relative(RelativeTimeFormatter::try_new_long_second),
            minutes: relative(RelativeTimeFormatter::try_new_long_minute),
            hours: relative(RelativeTimeFormatter::try_new_long_hour),
            days: relative(RelativeTimeFormatter::try_new_long_day),
        }
    }

    /// `12,345` / `12.345` / `12 345`.
    pub fn number(&self, value: i64) -> String {
        self.amounts.numbers.format(value)
    }

    /// A short amount for a chart or tile: `$4.8M`, `4,8 Mio. €`, `482万`.
    pub fn amount(&self, amount: &Amount) -> String {
        self.amounts.format(amount)
    }

    /// A time of day: `2:05 PM` / `14:05`.
    pub fn time_of_day(&self, hour: u8, minute: u8) -> String {
        let time = icu::time::Time::try_new(hour, minute, 0, 0);
        match (&self.time, time) {
            (Some(formatter), Ok(time)) => formatter.format(&time).write_to_string().into(),
            _ => format!("{hour:02}:{minute:02}"),
        }
    }

    /// A countdown in digital style: `4:05`, `1:02:03`.
    pub fn countdown(&self, seconds: u64) -> String {
        let duration = Duration {
            sign: DurationSign::Positive,
            hours: seconds / 3600,
            minutes: seconds / 60 % 60,
            seconds: seconds % 60,
            ..Default::default()
        };
        match &self.countdown {
            Some(formatter) => formatter.format(&duration).write_to_string().into(),
            None => format!("{}:{:02}", seconds / 60, seconds % 60),
        }
    }

    /// `in 12 seconds`, `3 minutes ago`: the largest whole unit (seconds under a minute,
    /// minutes under an hour, hours under a day, then days). Negative is the past.
    pub fn relative(&self, seconds: i64) -> String {
        let magnitude = seconds.unsigned_abs();
        let (formatter, unit) = if magnitude < 60 {
            (&self.seconds, 1)
        } else if magnitude < 3600 {
            (&self.minutes, 60)
        } else if magnitude < 86_400 {
            (&self.hours, 3600)
        } else {
            (&self.days, 86_400)
        };
        let count = seconds / unit;
        match formatter {
            Some(formatter) => formatter.format(count.into()).write_to_string().into(),
            None => format!("{count:+} × {unit} s"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_group_per_locale() {
        assert_eq!(Values::new("en-US").number(1_234_567), "1,234,567");
        assert_eq!(Values::new("de").number(1_234_567), "1.234.567");
        assert_eq!(
            Values::new("fr").number(1_234_567),
            "1\u{202f}234\u{202f}567"
        );
        assert_eq!(Values::new("ja").number(1_234_567), "1,234,567");
    }

    #[test]
    fn times_of_day_follow_the_locale_clock() {
        assert_eq!(Values::new("en-US").time_of_day(14, 5), "2:05\u{202f}PM");
        assert_eq!(Values::new("de").time_of_day(14, 5), "14:05");
        assert_eq!(Values::new("ja").time_of_day(9, 5), "9:05");
    }

    #[test]
    fn countdowns_and_relative_times() {
        let english = Values::new("en-US");
        assert_eq!(english.countdown(245), "04:05");
        assert_eq!(english.countdown(3723), "1:02:03");
        assert_eq!(english.relative(12), "in 12 seconds");
        assert_eq!(english.relative(-180), "3 minutes ago");
        assert_eq!(english.relative(-7200), "2 hours ago");
        assert_eq!(Values::new("de").relative(-180), "vor 3 Minuten");
        assert_eq!(Values::new("fr").relative(12), "dans 12 secondes");
        assert_eq!(Values::new("ja").relative(-180), "3 分前");
        assert_eq!(Values::new("pt-BR").relative(-180), "há 3 minutos");
    }
}
