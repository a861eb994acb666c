//! What a saved sign-in holds: the refresh token and where it belongs, plus who signed in.
//! The access token is never stored; `store.rs` decides where this lives.

use serde::{Deserialize, Serialize};

use super::identity::SignedInUser;
use super::secret::Secret;
use super::tokens::TokenResponse;

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
