//! How the screen looks, beyond the language: contrast and chart colours. Operators set them in
//! the config (`contrast`, `palette`); people change them on the TV's settings screen.

use serde::{Deserialize, Serialize};

/// Text and surface colours.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
pub enum Contrast {
    /// Wallboard's dark blue theme (every text pair at least WCAG AA).
    #[default]
    Standard,
    /// White and yellow on black, for low vision and bright rooms (WCAG AAA pairs).
    High,
}

/// Chart series colours.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
pub enum Palette {
    /// The palette each dashboard chose in Salesforce.
    #[default]
    Dashboard,
    /// Salesforce's accessible (colour-blind safe) palette on every dashboard.
    Accessible,
}

impl Contrast {
    pub const ALL: [Self; 2] = [Self::Standard, Self::High];

    /// Fluent id of the name shown on the settings screen.
    pub fn label_id(self) -> &'static str {
        match self {
            Self::Standard => "settings-contrast-standard",
            Self::High => "settings-contrast-high",
        }
    }
}

impl Palette {
    pub const ALL: [Self; 2] = [Self::Dashboard, Self::Accessible];

    pub fn label_id(self) -> &'static str {
        match self {
            Self::Dashboard => "settings-palette-dashboard",
            Self::Accessible => "settings-palette-accessible",
        }
    }
}
