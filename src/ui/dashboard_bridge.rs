//! Dashboards and the picker for the screen: tiles translated and turned into geometry (pure,
//! Send, testable), then written into the Slint `Dashboards` global, rebuilding tiles only when
//! the data changed.

use std::sync::Arc;

use slint::{Color, ComponentHandle, Model, ModelRc, SharedString, VecModel};

use super::chart_geometry::{Align, Frame, Geometry, geometry, printed};
use super::generated::{
    AppWindow, ChartDot, ChartRect, ChartShape, ChartText, Dashboards, LegendEntry, PickerCard,
    TableRow, Theme, TileData, TileKind, Tone,
};
use super::theme::{legible, readable_on};
use crate::app::{DashboardView, PickerView};
use crate::dashboard::format::{Rgb, palette};
use crate::dashboard::{Body, ChartKind, Dashboard, OTHER, Tile};
use crate::i18n::{Localizer, UserMessage};

/// A tile ready for the screen, still plain Rust.
#[derive(Debug, Clone, PartialEq)]
pub struct TileModel {
    pub kind: TileKind,
    pub title: String,
    pub header: String,
    pub footer: String,
    pub warning: String,
    pub place: (u32, u32, u32, u32),
    pub value: String,
    pub value_color: Option<Rgb>,
    pub geometry: Option<Geometry>,
    pub legend: Vec<(String, String, Rgb)>,
    pub columns: Vec<String>,
    pub numeric: Vec<bool>,
    pub rows: Vec<Vec<String>>,
    pub state_text: String,
    pub state_tone: Tone,
}

/// The dashboard screen's content.
#[derive(Debug, Clone, PartialEq)]
pub struct DashboardModel {
    pub title: String,
    pub subtitle: String,
    pub as_of: String,
    pub stale: String,
    pub position: String,
    pub paused: String,
    pub loading: String,
    pub columns: u32,
    pub rows: u32,
    pub tiles: Arc<Vec<TileModel>>,
    pub revision: u64,
    /// The dashboard's own Salesforce palette (for the accessible-palette setting).
    pub palette: Option<String>,
}

/// The picker's content.
#[derive(Debug, Clone, PartialEq)]
pub struct PickerModel {
    pub title: String,
    pub cards: Vec<(String, String)>,
    pub focus: usize,
    /// The card that opens the settings (always the last).
    pub settings_card: usize,
}

/// Translates one tile and computes its geometry.
pub fn tile_model(tile: &Tile, l10n: &Localizer) -> TileModel {
    let mut model = TileModel {
        kind: TileKind::State,
        title: tile.title.clone(),
        header: tile.header.clone().unwrap_or_default(),
        footer: tile.footer.clone().unwrap_or_default(),
        warning: tile.warning.clone().unwrap_or_default(),
        place: (
            tile.place.column,
            tile.place.row,
            tile.place.colspan,
            tile.place.rowspan,
        ),
        value: String::new(),
        value_color: None,
        geometry: geometry(&tile.body, l10n.values()),
        legend: Vec::new(),
        columns: Vec::new(),
        numeric: Vec::new(),
        rows: Vec::new(),
        state_text: String::new(),
        state_tone: Tone::Info,
    };
    match &tile.body {
        Body::Metric { amount, color, .. } => {
            model.kind = TileKind::Metric;
            model.value = l10n.values().amount(amount);
            model.value_color = *color;
        }
        Body::Gauge { amount, .. } => {
            model.kind = TileKind::Gauge;
            model.value = l10n.values().amount(amount);
        }
        Body::Chart(chart) => {
            let round = matches!(chart.kind, ChartKind::Pie | ChartKind::Donut);
            model.kind = if round {
                TileKind::Round
            } else {
                TileKind::Chart
            };
            model.value = model
                .geometry
                .as_ref()
                .map(|g| g.center.clone())
                .unwrap_or_default();
            let labels = chart
                .series
                .first()
                .map(|s| {
                    s.labels
                        .iter()
                        .map(|a| printed(a.as_ref(), l10n.values()))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default();
            model.legend = match chart.kind {
                ChartKind::Pie | ChartKind::Donut => chart
                    .legend
                    .iter()
                    .enumerate()
                    .map(|(i, (name, color))| {
                        (
                            name.clone(),
                            labels.get(i).cloned().unwrap_or_default(),
                            *color,
                        )
                    })
                    .collect(),
                ChartKind::Scatter => chart
                    .series
                    .iter()
                    .zip(["scatter-x", "scatter-y"])
                    .map(|(s, id)| {
                        (
                            l10n.format(id, &[("name", s.name.clone())]),
                            String::new(),
                            s.color,
                        )
                    })
                    .collect(),
                ChartKind::Funnel => Vec::new(),
                _ if chart.series.len() > 1 || chart.line_y2.is_some() => chart
                    .legend
                    .iter()
                    .map(|(n, c)| (n.clone(), String::new(), *c))
                    .collect(),
                _ => Vec::new(),
            };
        }
        Body::Table(table) => {
            model.kind = TileKind::Table;
            model.columns = table.columns.clone();
            model.numeric = table.numeric.clone();
            model.rows = table.rows.clone();
        }
        Body::NoData => model.state_text = l10n.text("tile-no-data"),
        Body::Running => model.state_text = l10n.text("tile-updating"),
        Body::Error { message } => {
            model.state_text =
                l10n.message(&UserMessage::new("tile-error").arg("message", message));
            model.state_tone = Tone::Error;
        }
        Body::Unsupported { kind } => {
            model.state_text =
                l10n.message(&UserMessage::new("tile-unsupported").arg("kind", kind));
            model.state_tone = Tone::Warning;
        }
    }
    // The combined "Other" entry is named in the language on screen now.
    let other = l10n.text("legend-other");
    let rename = |text: &mut String| {
        if text == OTHER {
            text.clone_from(&other);
        }
    };
    model
        .legend
        .iter_mut()
        .for_each(|entry| rename(&mut entry.0));
    if let Some(geometry) = &mut model.geometry {
        geometry
            .x_labels
            .iter_mut()
            .chain(geometry.y_labels.iter_mut())
            .chain(geometry.value_labels.iter_mut())
            .for_each(|label| rename(&mut label.text));
    }
    model
}

/// Translates a dashboard view.
pub fn dashboard_model(view: &DashboardView, l10n: &Localizer) -> DashboardModel {
    let dashboard: Option<&Dashboard> = view.dashboard.as_deref();
    let tiles = dashboard
        .map(|d| d.tiles.iter().map(|t| tile_model(t, l10n)).collect())
        .unwrap_or_default();
    let as_of = dashboard
        .and_then(|d| d.as_of)
        .map(|t| {
            l10n.format(
                "dashboard-as-of",
                &[("time", l10n.clock(t.with_timezone(&chrono::Local)))],
            )
        })
        .unwrap_or_default();
    DashboardModel {
        title: dashboard.map_or_else(|| view.title.clone(), |d| d.title.clone()),
        subtitle: dashboard.and_then(|d| d.folder.clone()).unwrap_or_default(),
        as_of,
        stale: view
            .stale_since
            .map(|t| {
                let ago = (t - chrono::Local::now()).num_seconds().min(0);
                l10n.format(
                    "dashboard-stale",
                    &[
                        ("time", l10n.clock(t)),
                        ("ago", l10n.values().relative(ago)),
                    ],
                )
            })
            .unwrap_or_default(),
        position: if view.count > 1 {
            l10n.format(
                "dashboard-position",
                &[
                    ("index", (view.index + 1).to_string()),
                    ("count", view.count.to_string()),
                ],
            )
        } else {
            String::new()
        },
        paused: view
            .paused_secs
            .map(|s| {
                let when = l10n.values().relative(i64::try_from(s).unwrap_or(i64::MAX));
                l10n.format("dashboard-paused", &[("when", when)])
            })
            .unwrap_or_default(),
        loading: match &view.problem {
            Some(problem) => l10n.message(problem),
            None => l10n.format("dashboard-loading", &[("title", view.title.clone())]),
        },
        columns: dashboard.map_or(12, |d| d.grid.columns),
        rows: dashboard.map_or(12, |d| d.grid.rows),
        tiles: Arc::new(tiles),
        revision: view.revision,
        palette: dashboard.and_then(|d| d.palette.clone()),
    }
}

pub fn picker_model(view: &PickerView, l10n: &Localizer) -> PickerModel {
    PickerModel {
        title: match &view.problem {
            Some(problem) => l10n.message(problem),
            None if view.cards.is_empty() => l10n.text("dashboards-empty"),
            None => l10n.text("dashboards-title"),
        },
        cards: view
            .cards
            .iter()
            .map(|c| (c.title.clone(), c.folder.clone()))
            // The last card signs the screen out and says who is signed in.
            .chain(
                view.account
                    .iter()
                    .map(|account| (l10n.text("picker-sign-out"), account.clone())),
            )
            // Then the settings, showing the language in use (in itself).
            .chain([(l10n.text("action-settings"), l10n.language_name())])
            .collect(),
        focus: view
            .focus
            .min(view.cards.len() + usize::from(view.account.is_some())),
        settings_card: view.cards.len() + usize::from(view.account.is_some()),
    }
}

/// A Salesforce/theme colour for Slint.
pub(super) fn color(rgb: Rgb) -> Color {
    Color::from_rgb_u8(rgb.0, rgb.1, rgb.2)
}

fn to_model<T: Clone + 'static>(items: Vec<T>) -> ModelRc<T> {
    ModelRc::new(VecModel::from(items))
}

fn text(label: &super::chart_geometry::Label) -> ChartText {
    ChartText {
        x: label.x,
        y: label.y,
        text: SharedString::from(label.text.as_str()),
        align: match label.align {
            Align::Start => 0,
            Align::Middle => 1,
            Align::End => 2,
        },
        // Only labels drawn on a coloured shape (funnel stages) set their own colour.
        color: Color::from_argb_u8(0, 0, 0, 0),
    }
}

/// How a tile's colours are drawn: the series palette, and the metric's colour on the theme.
pub struct Ink<'a> {
    pub recolor: &'a dyn Fn(Rgb) -> Rgb,
    /// Theme text (metric without a conditional colour) and tile surface.
    pub text: Rgb,
    pub surface: Rgb,
    pub min_ratio: f64,
}

/// The Slint struct for a tile, in `ink`'s colours.
pub fn tile_data(tile: &TileModel, ink: &Ink) -> TileData {
    let recolor = ink.recolor;
    let empty = Geometry {
        frame: Frame::Axes,
        rects: vec![],
        shapes: vec![],
        dots: vec![],
        x_labels: vec![],
        y_labels: vec![],
        value_labels: vec![],
        center: String::new(),
    };
    let g = tile.geometry.as_ref().unwrap_or(&empty);
    TileData {
        kind: tile.kind,
        frame: match g.frame {
            Frame::Axes => super::generated::Frame::Axes,
            Frame::Bars => super::generated::Frame::Bars,
            Frame::Round => super::generated::Frame::Round,
            Frame::Stages => super::generated::Frame::Stages,
            Frame::Gauge => super::generated::Frame::Gauge,
        },
        title: tile.title.as_str().into(),
        header: tile.header.as_str().into(),
        footer: tile.footer.as_str().into(),
        warning: tile.warning.as_str().into(),
        column: tile.place.0 as i32,
        row: tile.place.1 as i32,
        colspan: tile.place.2 as i32,
        rowspan: tile.place.3 as i32,
        value: tile.value.as_str().into(),
        value_color: color(
            tile.value_color
                .map_or(ink.text, |c| legible(c, ink.surface, ink.min_ratio)),
        ),
        rects: to_model(
            g.rects
                .iter()
                .map(|r| ChartRect {
                    x: r.x,
                    y: r.y,
                    w: r.w,
                    h: r.h,
                    color: color(recolor(r.color)),
                })
                .collect(),
        ),
        shapes: to_model(
            g.shapes
                .iter()
                .map(|s| ChartShape {
                    commands: s.commands.as_str().into(),
                    fill: s
                        .fill
                        .map_or(Color::from_argb_u8(0, 0, 0, 0), |c| color(recolor(c))),
                    stroke: s
                        .stroke
                        .map_or(Color::from_argb_u8(0, 0, 0, 0), |c| color(recolor(c))),
                    stroke_width: s.stroke_width,
                })
                .collect(),
        ),
        dots: to_model(
            g.dots
                .iter()
                .map(|d| ChartDot {
                    x: d.x,
                    y: d.y,
                    color: color(recolor(d.color)),
                })
                .collect(),
        ),
        x_labels: to_model(g.x_labels.iter().map(text).collect()),
        y_widest: g
            .y_labels
            .iter()
            .map(|l| l.text.as_str())
            .max_by_key(|t| t.chars().count())
            .unwrap_or_default()
            .into(),
        y_labels: to_model(g.y_labels.iter().map(text).collect()),
        value_labels: to_model(
            g.value_labels
                .iter()
                .enumerate()
                .map(|(i, label)| {
                    let mut chart_text = text(label);
                    // A funnel's label sits on its stage: black or white, whichever reads
                    // better on that stage's colour (at least 4.58:1 on any colour).
                    if g.frame == Frame::Stages
                        && let Some(stage) = g.rects.get(i)
                    {
                        chart_text.color = color(readable_on(recolor(stage.color)));
                    }
                    chart_text
                })
                .collect(),
        ),
        legend: to_model(
            tile.legend
                .iter()
                .map(|(n, v, c)| LegendEntry {
                    name: n.as_str().into(),
                    value: v.as_str().into(),
                    color: color(recolor(*c)),
                })
                .collect(),
        ),
        columns: to_model(
            tile.columns
                .iter()
                .map(|c| SharedString::from(c.as_str()))
                .collect(),
        ),
        numeric: to_model(tile.numeric.clone()),
        rows: to_model(
            tile.rows
                .iter()
                .map(|r| TableRow {
                    cells: to_model(r.iter().map(|c| SharedString::from(c.as_str())).collect()),
                })
                .collect(),
        ),
        state_text: tile.state_text.as_str().into(),
        state_tone: tile.state_tone,
    }
}

/// Maps the dashboard's palette colours onto Salesforce's accessible palette, by position,
/// when `accessible` is set; other colours (conditional highlights) stay.
pub fn recolor(dashboard_palette: Option<&str>, accessible: bool) -> impl Fn(Rgb) -> Rgb {
    let (from, to) = if accessible {
        (palette(dashboard_palette), palette(Some("accessible")))
    } else {
        (Vec::new(), Vec::new())
    };
    move |c| match from.iter().position(|f| *f == c) {
        Some(i) if !to.is_empty() => to[i % to.len()],
        _ => c,
    }
}

/// Writes the dashboard screen; tiles are rebuilt only when the revision changed.
pub fn apply_dashboard(window: &AppWindow, model: &DashboardModel) {
    let global = window.global::<Dashboards>();
    global.set_title(model.title.as_str().into());
    global.set_subtitle(model.subtitle.as_str().into());
    global.set_as_of(model.as_of.as_str().into());
    global.set_stale_text(model.stale.as_str().into());
    global.set_position(model.position.as_str().into());
    global.set_paused_text(model.paused.as_str().into());
    global.set_loading_text(model.loading.as_str().into());
    let revision = i32::try_from(model.revision % (i32::MAX as u64)).unwrap_or(0);
    if global.get_tiles_revision() != revision {
        global.set_tiles_revision(revision);
        global.set_grid_columns(model.columns as i32);
        global.set_grid_rows(model.rows as i32);
        let recolor = recolor(model.palette.as_deref(), global.get_accessible_palette());
        let theme = window.global::<Theme>();
        let rgb = |c: Color| Rgb(c.red(), c.green(), c.blue());
        let ink = Ink {
            recolor: &recolor,
            text: rgb(theme.get_text()),
            surface: rgb(theme.get_surface()),
            min_ratio: f64::from(theme.get_min_contrast()),
        };
        global.set_tiles(to_model(
            model.tiles.iter().map(|t| tile_data(t, &ink)).collect(),
        ));
        global.set_zoomed(-1);
        if global.get_focused_tile() as usize >= model.tiles.len() {
            global.set_focused_tile(0);
        }
    }
}

/// Writes the picker.
pub fn apply_picker(window: &AppWindow, model: &PickerModel, restore_focus: bool) {
    let global = window.global::<Dashboards>();
    global.set_picker_title(model.title.as_str().into());
    let cards: Vec<PickerCard> = model
        .cards
        .iter()
        .map(|(t, f)| PickerCard {
            title: t.as_str().into(),
            folder: f.as_str().into(),
        })
        .collect();
    let current = global.get_cards();
    let same_count = current.row_count() == cards.len();
    if !same_count || current.iter().ne(cards.iter().cloned()) {
        global.set_cards(to_model(cards));
    }
    global.set_settings_card(i32::try_from(model.settings_card).unwrap_or(-1));
    if !same_count || restore_focus || global.get_picker_focus() as usize >= model.cards.len() {
        global.set_picker_focus(model.focus as i32);
    }
}
