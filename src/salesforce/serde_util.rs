//! Lenient deserialisation helpers for Salesforce JSON: `null` where a list is expected,
//! numbers sent as strings, strings sent as numbers.

use serde::{Deserialize, Deserializer};

/// `null` (or a missing field, with `#[serde(default)]`) becomes the type's default.
pub fn nullable<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Default + Deserialize<'de>,
{
    Ok(Option::<T>::deserialize(deserializer)?.unwrap_or_default())
}

#[derive(Deserialize)]
#[serde(untagged)]
enum Flexible {
    Number(f64),
    Text(String),
    Bool(bool),
}

/// A number that may arrive as a JSON number or a numeric string.
pub fn number<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<f64>, D::Error> {
    Ok(match Option::<Flexible>::deserialize(deserializer)? {
        Some(Flexible::Number(n)) => Some(n),
        Some(Flexible::Text(t)) => t.trim().parse().ok(),
        _ => None,
    })
}

/// A whole number that may arrive as a number or a string ("3").
pub fn index<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<u32>, D::Error> {
    Ok(number(deserializer)?
        .filter(|n| *n >= 0.0 && n.is_finite())
        .map(|n| n as u32))
}

/// A string that may arrive as a number (component error codes).
pub fn text<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    Ok(match Option::<Flexible>::deserialize(deserializer)? {
        Some(Flexible::Text(t)) => Some(t),
        Some(Flexible::Number(n)) if n.fract() == 0.0 => Some(format!("{}", n as i64)),
        Some(Flexible::Number(n)) => Some(n.to_string()),
        Some(Flexible::Bool(b)) => Some(b.to_string()),
        None => None,
    })
}
