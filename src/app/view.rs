//! What the screen should show, as plain data: the app controller produces it, the UI bridge
//! translates and draws it. No Slint here.

use crate::auth::SignedInUser;
use crate::i18n::UserMessage;

/// The status line under the code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodeStatus {
    Waiting,
    SlowingDown { interval_secs: u64 },
    Reconnecting { retry_in_secs: u64 },
}

/// Why the TV stopped offering a code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdleReason {
    Expired,
    Cancelled,
    Denied,
}

/// Things a person can choose with OK.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    NewCode,
    Cancel,
    TryAgain,
}

impl Action {
    /// Stable id used between Rust and the UI.
    pub fn id(self) -> &'static str {
        match self {
            Self::NewCode => "new-code",
            Self::Cancel => "cancel",
            Self::TryAgain => "try-again",
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        [Self::NewCode, Self::Cancel, Self::TryAgain]
            .into_iter()
            .find(|a| a.id() == id)
    }

    /// Fluent id of the button label.
    pub fn label_id(self) -> &'static str {
        match self {
            Self::NewCode => "action-new-code",
            Self::Cancel => "action-cancel",
            Self::TryAgain => "action-try-again",
        }
    }
}

/// The code screen's content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeView {
    /// `XXXX-XXXX`.
    pub code: String,
    pub verification_uri: String,
    /// What the QR code encodes: the verification URI with the code filled in.
    pub qr_payload: String,
    pub remaining_secs: u64,
    pub lifetime_secs: u64,
    pub status: CodeStatus,
}

/// One screen's worth of state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum View {
    Starting,
    Code(CodeView),
    Idle(IdleReason),
    Error(UserMessage),
    Connecting,
    SignedIn(SignedInUser),
}
