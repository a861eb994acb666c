//! The app's behaviour without a window: state machines that decide what to show, and the
//! controller that runs their effects on tokio.

pub mod controller;
pub mod sign_in;
pub mod view;

pub use controller::{Command, SignInContext, ViewSink, run_sign_in};
pub use view::{Action, Card, CodeStatus, CodeView, DashboardView, IdleReason, PickerView, View};
