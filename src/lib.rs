//! Wallboard: live Salesforce dashboards on TVs and kiosk screens.
//!
//! Everything that talks to Salesforce, decides what to show or stores secrets is plain Rust
//! here and is tested without a window; `ui` is the thin Slint layer.

pub mod app;
pub mod appearance;
pub mod auth;
pub mod clock;
pub mod commands;
pub mod config;
pub mod dashboard;
pub mod demo_org;
pub mod display;
pub mod error;
pub mod http;
pub mod i18n;
pub mod preferences;
pub mod salesforce;
pub mod ui;
