//! The saved sign-in: refresh token and where it belongs, in `credentials.json` under the
//! state directory (mode 0600 in a 0700 directory, written atomically). The access token is
//! never written. The credential-store work replaces this with keyring / file stores.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::identity::SignedInUser;
use super::secret::Secret;
use super::tokens::TokenResponse;
use crate::error::AppError;

/// What survives a restart.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SavedSignIn {
    pub login_host: String,
    pub instance_url: Option<String>,
    pub identity_url: Option<String>,
    pub refresh_token: Option<Secret>,
    pub user: SignedInUser,
}

impl SavedSignIn {
    pub fn new(login_host: &str, tokens: &TokenResponse, user: &SignedInUser) -> Self {
        Self {
            login_host: login_host.to_owned(),
            instance_url: tokens.instance_url.clone(),
            identity_url: tokens.id.clone(),
            refresh_token: tokens.refresh_token.clone(),
            user: user.clone(),
        }
    }
}

pub fn path_in(state_dir: &Path) -> PathBuf {
    state_dir.join("credentials.json")
}

fn storage_error(path: &Path, error: impl std::fmt::Display) -> AppError {
    AppError::Storage {
        path: path.display().to_string(),
        detail: error.to_string(),
    }
}

/// Writes the sign-in atomically: temp file (0600), fsync, rename.
pub fn save(state_dir: &Path, saved: &SavedSignIn) -> Result<PathBuf, AppError> {
    create_private_dir(state_dir)?;
    let path = path_in(state_dir);
    let temp = state_dir.join(".credentials.json.tmp");
    let json = serde_json::to_vec_pretty(saved).map_err(|e| storage_error(&path, e))?;
    let mut options = fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(&temp).map_err(|e| storage_error(&temp, e))?;
    file.write_all(&json).map_err(|e| storage_error(&temp, e))?;
    file.sync_all().map_err(|e| storage_error(&temp, e))?;
    drop(file);
    fs::rename(&temp, &path).map_err(|e| storage_error(&path, e))?;
    Ok(path)
}

fn create_private_dir(dir: &Path) -> Result<(), AppError> {
    fs::create_dir_all(dir).map_err(|e| storage_error(dir, e))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(dir, fs::Permissions::from_mode(0o700))
            .map_err(|e| storage_error(dir, e))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saved_file_is_private_and_round_trips() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let state = dir.path().join("state");
        let tokens: TokenResponse = serde_json::from_str(
            r#"{"access_token":"AT-secret","refresh_token":"RT-secret","instance_url":"https://x.my.salesforce.com"}"#,
        )?;
        let user = SignedInUser {
            display_name: "Ada".into(),
            username: "ada@x".into(),
            organization_id: "00D".into(),
            org_name: "X".into(),
        };
        let path = save(
            &state,
            &SavedSignIn::new("https://login.salesforce.com/", &tokens, &user),
        )?;
        let text = fs::read_to_string(&path)?;
        assert!(text.contains("RT-secret"));
        assert!(
            !text.contains("AT-secret"),
            "the access token stays in memory"
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(fs::metadata(&path)?.permissions().mode() & 0o777, 0o600);
            assert_eq!(fs::metadata(&state)?.permissions().mode() & 0o777, 0o700);
        }
        let back: SavedSignIn = serde_json::from_str(&text)?;
        assert_eq!(back.user, user);
        Ok(())
    }
}
