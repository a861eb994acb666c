//! Where the sign-in lives between runs, behind one small trait: the OS keyring (Secret Service)
//! on desktops, or a private file for headless kiosks where no Secret Service runs and the kernel
//! keyring does not survive a reboot. Chosen by `credential_store = auto | keyring | file`.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::credentials::SavedSignIn;
use crate::error::AppError;

/// Which store to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Deserialize, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
pub enum StoreChoice {
    /// The keyring when one answers, else the file.
    #[default]
    Auto,
    Keyring,
    File,
}

/// Keeps one saved sign-in.
pub trait CredentialStore: Send + Sync {
    /// For logs and messages: "file /var/lib/wallboard/credentials.json", "keyring".
    fn describe(&self) -> String;
    fn load(&self) -> Result<Option<SavedSignIn>, AppError>;
    fn save(&self, saved: &SavedSignIn) -> Result<(), AppError>;
    fn delete(&self) -> Result<(), AppError>;
}

pub type SharedStore = Arc<dyn CredentialStore>;

fn storage_error(path: &Path, error: impl std::fmt::Display) -> AppError {
    AppError::Storage {
        path: path.display().to_string(),
        detail: error.to_string(),
    }
}

/// `credentials.json` in the state directory: mode 0600 in a 0700 directory, written atomically
/// (temporary file, fsync, rename), and never read if others could read it.
#[derive(Debug, Clone)]
pub struct FileStore {
    dir: PathBuf,
}

impl FileStore {
    pub fn new(state_dir: &Path) -> Self {
        Self {
            dir: state_dir.to_path_buf(),
        }
    }

    pub fn path(&self) -> PathBuf {
        self.dir.join("credentials.json")
    }

    fn create_private_dir(&self) -> Result<(), AppError> {
        fs::create_dir_all(&self.dir).map_err(|e| storage_error(&self.dir, e))?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            fs::set_permissions(&self.dir, fs::Permissions::from_mode(0o700))
                .map_err(|e| storage_error(&self.dir, e))?;
        }
        Ok(())
    }
}

impl CredentialStore for FileStore {
    fn describe(&self) -> String {
        format!("file {}", self.path().display())
    }

    fn load(&self) -> Result<Option<SavedSignIn>, AppError> {
        let path = self.path();
        let metadata = match fs::metadata(&path) {
            Ok(metadata) => metadata,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(error) => return Err(storage_error(&path, error)),
        };
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = metadata.permissions().mode() & 0o777;
            if mode & 0o077 != 0 {
                return Err(storage_error(
                    &path,
                    format!(
                        "refusing to read a credential file others can read (mode {mode:o}); run chmod 600"
                    ),
                ));
            }
        }
        let _ = metadata;
        let text = fs::read_to_string(&path).map_err(|e| storage_error(&path, e))?;
        serde_json::from_str(&text)
            .map(Some)
            .map_err(|e| storage_error(&path, e))
    }

    fn save(&self, saved: &SavedSignIn) -> Result<(), AppError> {
        self.create_private_dir()?;
        let path = self.path();
        let temp = self.dir.join(".credentials.json.tmp");
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
        // Make the rename itself durable.
        if let Ok(dir) = fs::File::open(&self.dir) {
            let _ = dir.sync_all();
        }
        Ok(())
    }

    fn delete(&self) -> Result<(), AppError> {
        match fs::remove_file(self.path()) {
            Ok(()) => Ok(()),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(error) => Err(storage_error(&self.path(), error)),
        }
    }
}

/// The OS keyring through the `keyring` crate (Secret Service on Linux desktops).
pub struct KeyringStore {
    entry: keyring::Entry,
}

const SERVICE: &str = "wallboard";
const ACCOUNT: &str = "salesforce-sign-in";

impl KeyringStore {
    /// Opens the keyring entry and checks that the keyring answers.
    pub fn open() -> Result<Self, String> {
        let entry = keyring::Entry::new(SERVICE, ACCOUNT).map_err(|e| e.to_string())?;
        match entry.get_password() {
            Ok(_) | Err(keyring::Error::NoEntry) => Ok(Self { entry }),
            Err(error) => Err(error.to_string()),
        }
    }
}

fn keyring_error(error: keyring::Error) -> AppError {
    AppError::Storage {
        path: "keyring".into(),
        detail: error.to_string(),
    }
}

impl CredentialStore for KeyringStore {
    fn describe(&self) -> String {
        "keyring (Secret Service)".into()
    }

    fn load(&self) -> Result<Option<SavedSignIn>, AppError> {
        match self.entry.get_password() {
            Ok(json) => serde_json::from_str(&json)
                .map(Some)
                .map_err(|e| AppError::Storage {
                    path: "keyring".into(),
                    detail: e.to_string(),
                }),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(error) => Err(keyring_error(error)),
        }
    }

    fn save(&self, saved: &SavedSignIn) -> Result<(), AppError> {
        let json = serde_json::to_string(saved).map_err(|e| AppError::Storage {
            path: "keyring".into(),
            detail: e.to_string(),
        })?;
        self.entry.set_password(&json).map_err(keyring_error)
    }

    fn delete(&self) -> Result<(), AppError> {
        match self.entry.delete_credential() {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(error) => Err(keyring_error(error)),
        }
    }
}

/// Opens the configured store, saying in the log which one and why.
pub fn open(choice: StoreChoice, state_dir: &Path) -> Result<SharedStore, AppError> {
    let file = || -> SharedStore { Arc::new(FileStore::new(state_dir)) };
    match choice {
        StoreChoice::File => {
            tracing::info!(store = %FileStore::new(state_dir).describe(), "credential store chosen by configuration");
            Ok(file())
        }
        StoreChoice::Keyring => match KeyringStore::open() {
            Ok(store) => {
                tracing::info!("credential store: keyring, chosen by configuration");
                Ok(Arc::new(store))
            }
            Err(reason) => Err(AppError::Storage {
                path: "keyring".into(),
                detail: reason,
            }),
        },
        StoreChoice::Auto => {
            if std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_none() {
                tracing::info!(store = %FileStore::new(state_dir).describe(), "credential store: file, because no D-Bus session (and so no Secret Service) is available");
                return Ok(file());
            }
            match KeyringStore::open() {
                Ok(store) => {
                    tracing::info!("credential store: keyring, because a Secret Service answered");
                    Ok(Arc::new(store))
                }
                Err(reason) => {
                    tracing::info!(%reason, store = %FileStore::new(state_dir).describe(), "credential store: file, because the keyring is not usable");
                    Ok(file())
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::auth::SignedInUser;
    use crate::auth::secret::Secret;

    fn saved(refresh: &str) -> SavedSignIn {
        SavedSignIn {
            login_host: "https://login.salesforce.com/".into(),
            instance_url: Some("https://x.my.salesforce.com".into()),
            identity_url: None,
            refresh_token: Some(Secret::new(refresh)),
            user: SignedInUser {
                display_name: "Ada".into(),
                username: "ada@x".into(),
                organization_id: "00D".into(),
                org_name: "X".into(),
                language: Some("ja".into()),
            },
        }
    }

    #[test]
    fn file_store_is_private_atomic_and_round_trips() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let store = FileStore::new(&dir.path().join("state"));
        assert!(store.load()?.is_none());
        store.save(&saved("RT-one"))?;
        store.save(&saved("RT-two"))?;
        let back = store.load()?.ok_or("nothing saved")?;
        assert_eq!(
            back.refresh_token.as_ref().map(Secret::expose),
            Some("RT-two")
        );
        assert!(
            !dir.path().join("state/.credentials.json.tmp").exists(),
            "the temporary file was renamed"
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(
                fs::metadata(store.path())?.permissions().mode() & 0o777,
                0o600
            );
            assert_eq!(
                fs::metadata(dir.path().join("state"))?.permissions().mode() & 0o777,
                0o700
            );
            fs::set_permissions(store.path(), fs::Permissions::from_mode(0o644))?;
            let refused = store.load();
            assert!(
                matches!(&refused, Err(AppError::Storage { detail, .. }) if detail.contains("refusing")),
                "{refused:?}"
            );
        }
        store.delete()?;
        assert!(store.load()?.is_none());
        store.delete()?;
        Ok(())
    }

    #[test]
    fn auto_without_a_session_bus_uses_the_file() -> Result<(), AppError> {
        if std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some() {
            return Ok(());
        }
        let dir = std::env::temp_dir().join("wallboard-auto-store-test");
        let store = open(StoreChoice::Auto, &dir)?;
        assert!(store.describe().starts_with("file "));
        Ok(())
    }
}
