//! Signing in: login hosts, the device flow (both dialects), the poller, tokens, identity and
//! (until the credential store lands) the saved sign-in under the state directory.

pub mod credentials;
pub mod device_flow;
pub mod identity;
pub mod login_host;
pub mod poller;
pub mod refresh;
pub mod revoke;
pub mod secret;
pub mod store;
pub mod tokens;

pub use device_flow::{AuthServer, DeviceAuthorization, DeviceFlowClient, Dialect, PollResult};
pub use identity::SignedInUser;
pub use login_host::LoginHost;
pub use poller::{PollEvent, PollOutcome, PollerOptions, PollerSlot, TaggedEvent};
pub use secret::Secret;
pub use tokens::TokenResponse;
