//! Dashboards as the TV shows them: the model built from Salesforce's JSON, the grid layout, and
//! formatting. No Slint and no network here.

pub mod format;
pub mod layout;
pub mod model;

pub use model::{Body, Chart, ChartKind, Dashboard, OTHER, Series, Stacking, Table, Tile, build};
