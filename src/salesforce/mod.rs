//! Salesforce's REST API on the instance: version discovery, the dashboard list (SOQL),
//! Analytics dashboard results, describe, refresh and status, errors and limits.

pub mod client;
pub mod errors;
pub mod limits;
mod serde_util;
pub mod types;
pub mod versions;

pub use client::SalesforceClient;
pub use versions::{NEWEST_KNOWN_VERSION, api_version, organization_name, pick_version};
