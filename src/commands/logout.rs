//! `wallboard logout`: revoke the saved refresh token at Salesforce and delete the saved sign-in.
//! Offline, the sign-in is still deleted here, and the command says the revocation failed.

use super::{exit, exit_code};
use crate::auth::LoginHost;
use crate::auth::revoke::revoke;
use crate::config::Config;
use crate::error::AppError;
use crate::i18n::Localizer;

/// What sign-out achieved.
#[derive(Debug, PartialEq, Eq)]
pub enum SignOut {
    Revoked,
    /// Deleted here; the server could not be told.
    DeletedOnly,
    NotSignedIn,
}

/// Revokes and deletes; returns what happened.
pub async fn sign_out(config: &Config) -> Result<SignOut, AppError> {
    let store = config.store()?;
    let Some(saved) = store.load()? else {
        return Ok(SignOut::NotSignedIn);
    };
    let mut outcome = SignOut::Revoked;
    if let Some(token) = &saved.refresh_token {
        let http = crate::http::client()?;
        let revoked = match LoginHost::parse(&saved.login_host) {
            Ok(host) => revoke(&http, &host.endpoint("services/oauth2/revoke"), token).await,
            Err(error) => Err(error),
        };
        if let Err(error) = revoked {
            tracing::warn!(%error, "could not revoke the refresh token; deleting the sign-in here anyway");
            outcome = SignOut::DeletedOnly;
        }
    }
    store.delete()?;
    Ok(outcome)
}

/// The command; returns the exit code.
pub async fn run(config: &Config) -> u8 {
    let l10n = Localizer::new(config.locale.as_deref());
    match sign_out(config).await {
        Ok(SignOut::Revoked) => {
            super::say!("{}", l10n.text("cli-signed-out"));
            exit::OK
        }
        Ok(SignOut::DeletedOnly) => {
            eprintln!("{}", l10n.text("cli-signed-out-offline"));
            exit::UNREACHABLE
        }
        Ok(SignOut::NotSignedIn) => {
            super::say!("{}", l10n.text("cli-not-signed-in"));
            exit::OK
        }
        Err(error) => {
            eprintln!("{}", l10n.message(&error.user_message()));
            exit_code(&error)
        }
    }
}
