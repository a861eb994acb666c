//! How the picture sits on the screen: the safe-area (overscan) margin and the rotation of a
//! portrait-mounted or upside-down panel. Operators set both in the config file or environment.

use std::fmt;
use std::str::FromStr;

use serde::Deserialize;

use crate::error::AppError;

/// Margin kept free on every side, in percent of the width (left/right) and height (top/bottom).
/// 5 % is the TV "title safe" convention; 0 suits monitors and panels without overscan.
pub const DEFAULT_SAFE_AREA_PERCENT: f32 = 5.0;
/// Largest margin accepted: beyond this the 1080p layout no longer fits.
pub const MAX_SAFE_AREA_PERCENT: f32 = 15.0;

/// Clockwise rotation of the picture.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Rotation {
    #[default]
    None,
    Quarter,
    Half,
    ThreeQuarters,
}

impl Rotation {
    pub fn degrees(self) -> u16 {
        match self {
            Self::None => 0,
            Self::Quarter => 90,
            Self::Half => 180,
            Self::ThreeQuarters => 270,
        }
    }

    fn from_degrees(degrees: i64) -> Result<Self, AppError> {
        match degrees {
            0 => Ok(Self::None),
            90 => Ok(Self::Quarter),
            180 => Ok(Self::Half),
            270 => Ok(Self::ThreeQuarters),
            other => Err(AppError::Config(format!(
                "rotation must be 0, 90, 180 or 270 (degrees clockwise), not {other}"
            ))),
        }
    }
}

impl fmt::Display for Rotation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.degrees())
    }
}

impl FromStr for Rotation {
    type Err = AppError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let degrees = text.trim().parse::<i64>().map_err(|_| {
            AppError::Config(format!(
                "rotation must be 0, 90, 180 or 270 (degrees clockwise), not {text:?}"
            ))
        })?;
        Self::from_degrees(degrees)
    }
}

impl<'de> Deserialize<'de> for Rotation {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let degrees = i64::deserialize(deserializer)?;
        Self::from_degrees(degrees).map_err(serde::de::Error::custom)
    }
}

/// Checks an operator's safe-area margin.
pub fn safe_area_percent(value: f32) -> Result<f32, AppError> {
    if value.is_finite() && (0.0..=MAX_SAFE_AREA_PERCENT).contains(&value) {
        Ok(value)
    } else {
        Err(AppError::Config(format!(
            "safe_area_percent must be between 0 and {MAX_SAFE_AREA_PERCENT}, not {value}"
        )))
    }
}

/// The value for Slint's `SLINT_KMS_ROTATION`, unless the operator already set that variable
/// (an explicit `SLINT_*` override wins) or no rotation is asked for.
pub fn kms_rotation_env(rotation: Rotation, already_set: Option<&str>) -> Option<String> {
    match (rotation, already_set) {
        (_, Some(_)) | (Rotation::None, None) => None,
        (rotation, None) => Some(rotation.degrees().to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rotations_are_quarter_turns() -> Result<(), AppError> {
        assert_eq!("90".parse::<Rotation>()?, Rotation::Quarter);
        assert_eq!(" 270 ".parse::<Rotation>()?, Rotation::ThreeQuarters);
        assert!("45".parse::<Rotation>().is_err());
        assert!("left".parse::<Rotation>().is_err());
        #[derive(Deserialize)]
        struct File {
            rotation: Rotation,
        }
        let file: File =
            toml::from_str("rotation = 180").map_err(|e| AppError::Config(e.to_string()))?;
        assert_eq!(file.rotation, Rotation::Half);
        assert!(toml::from_str::<File>("rotation = 30").is_err());
        Ok(())
    }

    #[test]
    fn the_operator_s_slint_variable_wins() {
        assert_eq!(
            kms_rotation_env(Rotation::Quarter, None).as_deref(),
            Some("90")
        );
        assert_eq!(kms_rotation_env(Rotation::Quarter, Some("180")), None);
        assert_eq!(kms_rotation_env(Rotation::None, None), None);
    }

    #[test]
    fn safe_area_is_bounded() {
        assert!(safe_area_percent(0.0).is_ok());
        assert!(safe_area_percent(7.5).is_ok());
        assert!(safe_area_percent(-1.0).is_err());
        assert!(safe_area_percent(40.0).is_err());
        assert!(safe_area_percent(f32::NAN).is_err());
    }
}
