//! The app's behaviour without a window: state machines that decide what to show, and the
//! controller that runs their effects on tokio.

pub mod controller;
pub mod dashboards;
pub mod scheduler;
pub mod sign_in;
pub mod view;

pub use controller::{AppContext, Command, SignInContext, ViewSink, run_app, run_sign_in};
pub use dashboards::{DashboardSettings, PlaylistItem};
pub use view::{Action, Card, CodeStatus, CodeView, DashboardView, IdleReason, PickerView, View};
