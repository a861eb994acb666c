//! What the screen should show, as plain data: the app controller produces it, the UI bridge
//! translates and draws it. No Slint here.

use std::sync::Arc;

use crate::auth::SignedInUser;
use crate::dashboard::Dashboard;
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
    /// Confirm signing this screen out.
    SignOut,
}

impl Action {
    /// Stable id used between Rust and the UI.
    pub fn id(self) -> &'static str {
        match self {
            Self::NewCode => "new-code",
            Self::Cancel => "cancel",
            Self::TryAgain => "try-again",
            Self::SignOut => "sign-out",
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        [Self::NewCode, Self::Cancel, Self::TryAgain, Self::SignOut]
            .into_iter()
            .find(|a| a.id() == id)
    }

    /// Fluent id of the button label.
    pub fn label_id(self) -> &'static str {
        match self {
            Self::NewCode => "action-new-code",
            Self::Cancel => "action-cancel",
            Self::TryAgain => "action-try-again",
            Self::SignOut => "action-sign-out",
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
#[derive(Debug, Clone, PartialEq)]
pub enum View {
    Starting,
    Code(CodeView),
    Idle(IdleReason),
    Error(UserMessage),
    Connecting,
    SignedIn(SignedInUser),
    Picker(PickerView),
    Dashboard(DashboardView),
    /// Starting with a saved sign-in: connecting as `name` (with the problem while offline).
    Resuming {
        name: String,
        /// The user's Salesforce language, offered as the screen's language.
        language: Option<String>,
        problem: Option<UserMessage>,
    },
    /// A short explanation before the sign-in starts (e.g. the saved sign-in was rejected).
    Notice(UserMessage),
    /// "Sign out of Salesforce on this screen?" with Sign out / Cancel.
    ConfirmSignOut {
        account: String,
    },
    /// The sign-out is done: revoked, or (offline) deleted here only.
    SignedOut {
        revoked: bool,
    },
}

/// A card in the dashboard picker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Card {
    pub title: String,
    pub folder: String,
}

/// The dashboard picker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PickerView {
    pub cards: Vec<Card>,
    /// Card to focus (restored when coming back from a dashboard).
    pub focus: usize,
    /// Why the list is empty or could not load.
    pub problem: Option<UserMessage>,
    /// Who is signed in ("Ada Okafor · Northwind"), shown on the sign-out card after the list.
    pub account: Option<String>,
}

/// One dashboard on screen.
#[derive(Debug, Clone, PartialEq)]
pub struct DashboardView {
    /// `None` while the first data is loading.
    pub dashboard: Option<Arc<Dashboard>>,
    /// Title to show before the data arrives.
    pub title: String,
    /// Position in the playlist or list (0-based) and its length.
    pub index: usize,
    pub count: usize,
    /// Set when the data on screen could not be renewed: when it was last good.
    pub stale_since: Option<chrono::DateTime<chrono::Local>>,
    /// A problem loading this dashboard when there is no data to show.
    pub problem: Option<UserMessage>,
    /// Seconds until rotation resumes after a key press (`None`: rotating or single).
    pub paused_secs: Option<u64>,
    /// Changes whenever `dashboard` is replaced, so the UI rebuilds tiles only then.
    pub revision: u64,
}
