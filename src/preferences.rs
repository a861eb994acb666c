//! What was chosen on the TV's settings screen, kept in the state directory
//! (`preferences.toml`) so it survives restarts. It wins over the config file; choosing
//! "Automatic" for the language removes the TV's choice again.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::appearance::{Contrast, Palette};

/// The TV's own choices; `None` means "as configured".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Preferences {
    pub locale: Option<String>,
    pub contrast: Option<Contrast>,
    pub palette: Option<Palette>,
}

pub fn path(state_dir: &Path) -> PathBuf {
    state_dir.join("preferences.toml")
}

impl Preferences {
    /// Reads the saved choices; a missing file is no choice, an unreadable one is logged and
    /// ignored (the screen must come up whatever is on the disk).
    pub fn load(state_dir: &Path) -> Self {
        let file = path(state_dir);
        match std::fs::read_to_string(&file) {
            Ok(text) => toml::from_str(&text).unwrap_or_else(|error| {
                tracing::warn!(path = %file.display(), %error, "ignoring unreadable preferences");
                Self::default()
            }),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => Self::default(),
            Err(error) => {
                tracing::warn!(path = %file.display(), %error, "cannot read preferences");
                Self::default()
            }
        }
    }

    /// Writes the choices atomically (temporary file, then rename).
    pub fn save(&self, state_dir: &Path) -> std::io::Result<()> {
        std::fs::create_dir_all(state_dir)?;
        let text = toml::to_string(self).map_err(std::io::Error::other)?;
        let file = path(state_dir);
        let temporary = state_dir.join(".preferences.toml.tmp");
        std::fs::write(&temporary, text)?;
        std::fs::rename(&temporary, &file)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choices_survive_a_restart() {
        let dir = tempfile::tempdir().expect("temporary directory");
        assert_eq!(Preferences::load(dir.path()), Preferences::default());
        let chosen = Preferences {
            locale: Some("ja".into()),
            contrast: Some(Contrast::High),
            palette: Some(Palette::Accessible),
        };
        chosen.save(dir.path()).expect("saved");
        assert_eq!(Preferences::load(dir.path()), chosen);
        let text = std::fs::read_to_string(path(dir.path())).expect("file");
        assert!(text.contains("contrast = \"high\""), "{text}");
    }

    #[test]
    fn a_damaged_file_is_ignored() {
        let dir = tempfile::tempdir().expect("temporary directory");
        std::fs::write(path(dir.path()), "locale = [").expect("written");
        assert_eq!(Preferences::load(dir.path()), Preferences::default());
    }
}
