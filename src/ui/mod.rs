//! The Slint layer: generated components, the bridge that turns views into globals, QR images,
//! a headless software-rendered platform (snapshots, tests), and the windowed app runner.

pub mod bridge;
pub mod chart_geometry;
pub mod dashboard_bridge;
pub mod headless;
pub mod presenter;
pub mod qr;
pub mod service;
pub mod settings;
pub mod theme;
pub mod window;

#[allow(clippy::all, clippy::pedantic, unused_qualifications, missing_docs)]
pub mod generated {
    slint::include_modules!();
}

pub use generated::AppWindow;
