//! Salesforce dashboard JSON (results + metadata) turned into what a TV draws: tiles on a grid,
//! each with a metric, gauge, chart, table, or a clear status. Pure functions, no Slint.

use std::collections::HashMap;

use super::format::{Amount, Rgb, Units, palette, parse_refresh_date};
use super::layout::{Grid, Place, grid};
use crate::salesforce::types::{
    AxisRange, ComponentData, ComponentMeta, DashboardMetadata, DashboardResults, GroupingValue,
    ReportResult, VisualizationProperties, id15,
};

/// Visualization types drawn natively.
const SUPPORTED: &[&str] = &[
    "Metric",
    "Gauge",
    "Bar",
    "Column",
    "Line",
    "Pie",
    "Donut",
    "Funnel",
    "Scatter",
    "Table",
    "FlexTable",
];

/// At most this many legend entries; the rest are combined as "Other".
pub const MAX_LEGEND: usize = 6;

#[derive(Debug, Clone, PartialEq)]
pub struct Dashboard {
    pub id: String,
    pub title: String,
    pub folder: Option<String>,
    /// Newest component refresh time, as sent (`2014-04-09T00:28:16.000+0000`).
    pub as_of: Option<chrono::DateTime<chrono::FixedOffset>>,
    pub dark: bool,
    /// The Salesforce palette the series colours came from (`colorPalette`).
    pub palette: Option<String>,
    pub grid: Grid,
    pub tiles: Vec<Tile>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Tile {
    pub id: String,
    pub title: String,
    pub header: Option<String>,
    pub footer: Option<String>,
    pub place: Place,
    pub body: Body,
    /// A component warning (e.g. "may be incomplete"); data is still shown.
    pub warning: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Body {
    Metric {
        amount: Amount,
        exact: String,
        color: Option<Rgb>,
    },
    Gauge {
        value: f64,
        amount: Amount,
        min: f64,
        max: f64,
        bands: Vec<(f64, f64, Rgb)>,
    },
    Chart(Chart),
    Table(Table),
    NoData,
    Running,
    Error {
        message: String,
    },
    Unsupported {
        kind: String,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartKind {
    Bar,
    Column,
    Line,
    Pie,
    Donut,
    Funnel,
    Scatter,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stacking {
    None,
    Stacked,
    Grouped,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub name: String,
    pub color: Rgb,
    /// One value per category (`None`: no fact for that cell).
    pub values: Vec<Option<f64>>,
    /// The values to print on the chart (`None`: no fact for that cell).
    pub labels: Vec<Option<Amount>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    pub kind: ChartKind,
    pub stacking: Stacking,
    pub categories: Vec<String>,
    pub series: Vec<Series>,
    /// Second-axis line of a combination chart.
    pub line_y2: Option<Series>,
    /// Legend entries (name, colour), at most [`MAX_LEGEND`].
    pub legend: Vec<(String, Rgb)>,
    /// Value axis range: (min, max).
    pub range: (f64, f64),
    pub total: Option<Amount>,
    /// Scatter: names of the x and y measures.
    pub axis_names: (String, String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub columns: Vec<String>,
    pub numeric: Vec<bool>,
    pub rows: Vec<Vec<String>>,
}

struct Measures<'a> {
    report: &'a ReportResult,
    /// Index into each fact's aggregates for the component's measure.
    primary: usize,
    units: Units,
    precision: Option<i32>,
}

impl Measures<'_> {
    fn fact(&self, key: &str, index: usize) -> Option<(f64, Option<&str>)> {
        let aggregate = self.report.fact_map.get(key)?.aggregates.get(index)?;
        Some((aggregate.value?, aggregate.label.as_deref()))
    }

    fn short(&self, value: f64, label: Option<&str>) -> Amount {
        Amount::new(value, label, self.units, self.precision)
    }
}

fn aggregate_index(meta: &ComponentMeta, report: &ReportResult, position: usize) -> usize {
    let names: Vec<&str> = meta
        .properties
        .as_ref()
        .map(|p| p.aggregates.iter().map(|a| a.name.as_str()).collect())
        .unwrap_or_default();
    let order = report.report_metadata.as_ref().map(|m| &m.aggregates);
    match (names.get(position), order) {
        (Some(name), Some(order)) => order.iter().position(|a| a == name).unwrap_or(position),
        _ => position,
    }
}

fn aggregate_label(report: &ReportResult, index: usize) -> String {
    let name = report
        .report_metadata
        .as_ref()
        .and_then(|m| m.aggregates.get(index))
        .cloned()
        .unwrap_or_default();
    report
        .report_extended_metadata
        .as_ref()
        .and_then(|x| x.aggregate_column_info.get(&name))
        .and_then(|info| info.label.clone())
        .unwrap_or(name)
}

fn is_date_grouping(report: &ReportResult) -> bool {
    let first = report
        .report_metadata
        .as_ref()
        .and_then(|m| m.groupings_down.first())
        .map(|g| g.name.as_str());
    let info = report
        .report_extended_metadata
        .as_ref()
        .map(|x| &x.grouping_column_info);
    match (first, info) {
        (Some(name), Some(info)) => info
            .get(name)
            .and_then(|i| i.data_type.as_deref())
            .is_some_and(|t| t.starts_with("date")),
        _ => false,
    }
}

fn label_of(group: &GroupingValue) -> String {
    group
        .label
        .clone()
        .filter(|l| !l.is_empty())
        .unwrap_or_else(|| match &group.value {
            serde_json::Value::String(s) => s.clone(),
            serde_json::Value::Null => "-".into(),
            other => other.to_string(),
        })
}

/// First-level groups, dates in chronological order.
fn first_level(report: &ReportResult) -> Vec<GroupingValue> {
    let mut groups: Vec<GroupingValue> = report
        .groupings_down
        .as_ref()
        .map(|g| g.groupings.clone())
        .unwrap_or_default();
    if is_date_grouping(report) {
        groups.sort_by(|a, b| {
            a.value
                .as_str()
                .unwrap_or_default()
                .cmp(b.value.as_str().unwrap_or_default())
        });
    }
    groups
}

fn break_color(props: Option<&VisualizationProperties>, value: f64) -> Option<Rgb> {
    let breaks = &props?.break_points.first()?.breaks;
    breaks
        .iter()
        .find(|b| {
            b.lower_bound.is_none_or(|low| value >= low)
                && b.upper_bound.is_none_or(|high| value < high)
        })
        .or_else(|| {
            breaks
                .last()
                .filter(|b| b.upper_bound.is_some_and(|high| value >= high))
        })
        .and_then(|b| b.color.as_deref())
        .and_then(Rgb::parse)
}

fn nice_max(value: f64) -> f64 {
    if value <= 0.0 {
        return 1.0;
    }
    let magnitude = 10f64.powf(value.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= value)
        .unwrap_or(10.0 * magnitude)
}

fn with_other(
    mut entries: Vec<(String, f64, Option<String>)>,
    other: &str,
) -> Vec<(String, f64, Option<String>)> {
    if entries.len() <= MAX_LEGEND {
        return entries;
    }
    let rest: f64 = entries[MAX_LEGEND - 1..].iter().map(|e| e.1).sum();
    // Keep the currency symbol: borrow the label format of a combined entry.
    let template = entries[MAX_LEGEND - 1].2.clone();
    entries.truncate(MAX_LEGEND - 1);
    entries.push((other.to_owned(), rest, template));
    entries
}

fn chart(
    kind: ChartKind,
    meta: &ComponentMeta,
    report: &ReportResult,
    props: Option<&VisualizationProperties>,
    colors: &[Rgb],
    other: &str,
) -> Body {
    let color = |i: usize| {
        colors
            .get(i % colors.len().max(1))
            .copied()
            .unwrap_or(Rgb(0x52, 0xb7, 0xd8))
    };
    let measures = Measures {
        report,
        primary: aggregate_index(meta, report, 0),
        units: Units::parse(props.and_then(|p| p.display_units.as_deref())),
        precision: props.and_then(|p| p.decimal_precision).map(|p| p as i32),
    };
    let groups = first_level(report);
    let categories: Vec<String> = groups.iter().map(label_of).collect();
    let group_type = props
        .and_then(|p| p.group_by_type.as_deref())
        .unwrap_or("none")
        .to_ascii_lowercase();
    let nested = groups.iter().any(|g| !g.groupings.is_empty());
    let axis_names = (
        aggregate_label(report, measures.primary),
        aggregate_label(report, aggregate_index(meta, report, 1)),
    );

    let mut chart = Chart {
        kind,
        stacking: Stacking::None,
        categories: categories.clone(),
        series: Vec::new(),
        line_y2: None,
        legend: Vec::new(),
        range: (0.0, 1.0),
        total: None,
        axis_names,
    };
    let fact_key = |key: &str| format!("{key}!T");

    if kind == ChartKind::Scatter {
        let y_index =
            aggregate_index(meta, report, 1).max(if measures.primary == 0 { 1 } else { 0 });
        let xs: Vec<Option<f64>> = groups
            .iter()
            .map(|g| {
                measures
                    .fact(&fact_key(&g.key), measures.primary)
                    .map(|f| f.0)
            })
            .collect();
        let ys: Vec<Option<f64>> = groups
            .iter()
            .map(|g| measures.fact(&fact_key(&g.key), y_index).map(|f| f.0))
            .collect();
        let max_x = xs.iter().flatten().fold(0.0f64, |a, b| a.max(*b));
        let max_y = ys.iter().flatten().fold(0.0f64, |a, b| a.max(*b));
        chart.series = vec![
            Series {
                name: chart.axis_names.0.clone(),
                color: color(0),
                labels: vec![],
                values: xs,
            },
            Series {
                name: chart.axis_names.1.clone(),
                color: color(0),
                labels: vec![],
                values: ys,
            },
        ];
        chart.range = (nice_max(max_x), nice_max(max_y));
        return Body::Chart(chart);
    }

    if nested && matches!(kind, ChartKind::Bar | ChartKind::Column | ChartKind::Line) {
        // Second grouping level: one series per inner label, stacked or side by side.
        chart.stacking = if group_type == "stacked" || group_type.starts_with("stacked") {
            Stacking::Stacked
        } else {
            Stacking::Grouped
        };
        let mut inner: Vec<String> = Vec::new();
        for g in &groups {
            for child in &g.groupings {
                let name = label_of(child);
                if !inner.contains(&name) {
                    inner.push(name);
                }
            }
        }
        let mut series: Vec<Series> = inner
            .iter()
            .enumerate()
            .map(|(i, name)| Series {
                name: name.clone(),
                color: color(i),
                values: vec![None; groups.len()],
                labels: vec![None; groups.len()],
            })
            .collect();
        for (gi, g) in groups.iter().enumerate() {
            for child in &g.groupings {
                let Some(si) = inner.iter().position(|n| *n == label_of(child)) else {
                    continue;
                };
                if let Some((value, label)) = measures.fact(&fact_key(&child.key), measures.primary)
                {
                    series[si].values[gi] = Some(value);
                    series[si].labels[gi] = Some(measures.short(value, label));
                }
            }
        }
        let max = if chart.stacking == Stacking::Stacked {
            (0..groups.len())
                .map(|gi| {
                    series
                        .iter()
                        .filter_map(|s| s.values[gi])
                        .filter(|v| *v > 0.0)
                        .sum::<f64>()
                })
                .fold(0.0, f64::max)
        } else {
            series
                .iter()
                .flat_map(|s| s.values.iter().flatten())
                .fold(0.0f64, |a, b| a.max(*b))
        };
        if series.len() > MAX_LEGEND {
            let rest = series.split_off(MAX_LEGEND - 1);
            let mut combined = Series {
                name: other.to_owned(),
                color: color(MAX_LEGEND - 1),
                values: vec![None; groups.len()],
                labels: vec![None; groups.len()],
            };
            for gi in 0..groups.len() {
                let sum: f64 = rest.iter().filter_map(|s| s.values[gi]).sum();
                combined.values[gi] = Some(sum);
                combined.labels[gi] = Some(measures.short(sum, None));
            }
            series.push(combined);
        }
        chart.legend = series.iter().map(|s| (s.name.clone(), s.color)).collect();
        chart.series = series;
        chart.range = (0.0, nice_max(max));
        return Body::Chart(chart);
    }

    // One grouping level.
    let points: Vec<(String, f64, Option<String>)> = groups
        .iter()
        .map(|g| {
            let fact = measures.fact(&fact_key(&g.key), measures.primary);
            (
                label_of(g),
                fact.map_or(0.0, |f| f.0),
                fact.and_then(|f| f.1.map(str::to_owned)),
            )
        })
        .collect();
    let total_fact = measures.fact("T!T", measures.primary);
    if matches!(kind, ChartKind::Pie | ChartKind::Donut) {
        let mut sorted = points;
        sorted.sort_by(|a, b| b.1.total_cmp(&a.1));
        let sliced = with_other(sorted, other);
        chart.categories = sliced.iter().map(|p| p.0.clone()).collect();
        chart.legend = sliced
            .iter()
            .enumerate()
            .map(|(i, p)| (p.0.clone(), color(i)))
            .collect();
        chart.series = vec![Series {
            name: chart.axis_names.0.clone(),
            color: color(0),
            values: sliced.iter().map(|p| Some(p.1)).collect(),
            labels: sliced
                .iter()
                .map(|p| Some(measures.short(p.1, p.2.as_deref())))
                .collect(),
        }];
        let total: f64 = sliced.iter().map(|p| p.1).sum();
        chart.total = Some(match total_fact {
            Some((value, label)) => measures.short(value, label),
            None => measures.short(total, None),
        });
        return Body::Chart(chart);
    }
    let max = points.iter().map(|p| p.1).fold(0.0f64, f64::max);
    chart.series = vec![Series {
        name: chart.axis_names.0.clone(),
        color: color(0),
        values: points.iter().map(|p| Some(p.1)).collect(),
        labels: points
            .iter()
            .map(|p| Some(measures.short(p.1, p.2.as_deref())))
            .collect(),
    }];
    if kind == ChartKind::Funnel {
        chart.legend = points
            .iter()
            .enumerate()
            .map(|(i, p)| (p.0.clone(), color(i)))
            .collect();
        chart.legend.truncate(MAX_LEGEND);
    }
    // Combination chart: the aggregate on Y2 drawn as a line.
    let y2 = props
        .map(|p| {
            p.aggregate_visualization_infos.iter().any(|a| {
                a.axis
                    .as_deref()
                    .is_some_and(|x| x.eq_ignore_ascii_case("y2"))
            })
        })
        .unwrap_or(false);
    if y2 {
        let index = aggregate_index(meta, report, 1).max(if measures.primary == 0 { 1 } else { 0 });
        let values: Vec<Option<f64>> = groups
            .iter()
            .map(|g| measures.fact(&fact_key(&g.key), index).map(|f| f.0))
            .collect();
        let labels = groups
            .iter()
            .map(|g| {
                measures
                    .fact(&fact_key(&g.key), index)
                    .map(|(v, l)| Amount::new(v, l, Units::Auto, None))
            })
            .collect();
        let series = Series {
            name: aggregate_label(report, index),
            color: color(1),
            values,
            labels,
        };
        chart.legend = vec![
            (chart.series[0].name.clone(), color(0)),
            (series.name.clone(), series.color),
        ];
        chart.line_y2 = Some(series);
    }
    let (min, max) = match props.and_then(|p| p.axis_range.as_ref()) {
        Some(AxisRange::Range {
            min,
            max: Some(high),
            range_type,
        }) if range_type.as_deref() != Some("auto") => (min.unwrap_or(0.0), *high),
        _ => (0.0, nice_max(max)),
    };
    chart.range = (min, max.max(min + 1e-9));
    Body::Chart(chart)
}

fn table(
    meta: &ComponentMeta,
    report: &ReportResult,
    props: Option<&VisualizationProperties>,
) -> Body {
    let info = report.report_extended_metadata.as_ref();
    if report.has_detail_rows.unwrap_or(false) {
        let columns: Vec<String> = report
            .report_metadata
            .as_ref()
            .map(|m| m.detail_columns.clone())
            .unwrap_or_default();
        let labels = columns
            .iter()
            .map(|c| {
                info.and_then(|i| i.detail_column_info.get(c))
                    .and_then(|i| i.label.clone())
                    .unwrap_or_else(|| c.clone())
            })
            .collect();
        let numeric = columns
            .iter()
            .map(|c| {
                info.and_then(|i| i.detail_column_info.get(c))
                    .and_then(|i| i.data_type.as_deref())
                    .is_some_and(|t| matches!(t, "currency" | "int" | "double" | "percent"))
            })
            .collect();
        let rows = report
            .fact_map
            .get("T!T")
            .map(|f| {
                f.rows
                    .iter()
                    .map(|r| {
                        r.data_cells
                            .iter()
                            .map(|c| c.label.clone().unwrap_or_default())
                            .collect()
                    })
                    .collect()
            })
            .unwrap_or_default();
        return Body::Table(Table {
            columns: labels,
            numeric,
            rows,
        });
    }
    // Summary table: grouping column, then each aggregate.
    let grouping = report
        .report_metadata
        .as_ref()
        .and_then(|m| m.groupings_down.first())
        .map(|g| g.name.clone())
        .unwrap_or_default();
    let aggregates = report
        .report_metadata
        .as_ref()
        .map(|m| m.aggregates.len())
        .unwrap_or(0)
        .max(1);
    let mut columns = vec![
        info.and_then(|i| i.grouping_column_info.get(&grouping))
            .and_then(|i| i.label.clone())
            .unwrap_or(grouping),
    ];
    columns.extend((0..aggregates).map(|i| aggregate_label(report, i)));
    let mut numeric = vec![false];
    numeric.extend(std::iter::repeat_n(true, aggregates));
    let _ = (meta, props);
    let rows = first_level(report)
        .iter()
        .map(|g| {
            let mut row = vec![label_of(g)];
            let fact = report.fact_map.get(&format!("{}!T", g.key));
            row.extend((0..aggregates).map(|i| {
                fact.and_then(|f| f.aggregates.get(i))
                    .and_then(|a| a.label.clone())
                    .unwrap_or_default()
            }));
            row
        })
        .collect();
    Body::Table(Table {
        columns,
        numeric,
        rows,
    })
}

fn body(
    meta: &ComponentMeta,
    data: Option<&ComponentData>,
    colors: &[Rgb],
    other: &str,
) -> (Body, Option<String>) {
    let status = data.and_then(|d| d.status.as_ref());
    let data_status = status
        .and_then(|s| s.data_status.as_deref())
        .unwrap_or("DATA")
        .to_ascii_uppercase();
    let severity_warning = status
        .and_then(|s| s.error_severity.as_deref())
        .is_some_and(|s| s.eq_ignore_ascii_case("warning"));
    let message = status.and_then(|s| s.error_message.clone().or_else(|| s.error_code.clone()));
    let warning = if severity_warning {
        message.clone()
    } else {
        None
    };
    let running = status
        .and_then(|s| s.refresh_status.as_deref())
        .is_some_and(|s| s.eq_ignore_ascii_case("RUNNING"));
    if data_status == "ERROR" && !severity_warning {
        return (
            Body::Error {
                message: message.unwrap_or_default(),
            },
            None,
        );
    }
    let props = meta.properties.as_ref();
    let viz = props.and_then(|p| p.visualization_properties.as_ref());
    let kind = props
        .and_then(|p| p.visualization_type.clone())
        .or_else(|| meta.kind.clone().filter(|k| k != "Report"))
        .unwrap_or_default();
    if !SUPPORTED.contains(&kind.as_str()) {
        // Visualforce pages, rich text, images, custom components: say so, never crash.
        return (
            Body::Unsupported {
                kind: if kind.is_empty() { "?".into() } else { kind },
            },
            None,
        );
    }
    let report = data.and_then(|d| d.report_result.as_ref());
    let Some(report) = report.filter(|_| data_status != "NODATA") else {
        return (if running { Body::Running } else { Body::NoData }, warning);
    };
    let body = match kind.as_str() {
        "Metric" | "Gauge" => {
            let measures = Measures {
                report,
                primary: aggregate_index(meta, report, 0),
                units: Units::parse(viz.and_then(|v| v.display_units.as_deref())),
                precision: viz.and_then(|v| v.decimal_precision).map(|p| p as i32),
            };
            match measures.fact("T!T", measures.primary) {
                None => Body::NoData,
                Some((value, label)) => {
                    let amount = measures.short(value, label);
                    if kind == "Metric" {
                        Body::Metric {
                            amount,
                            exact: label.unwrap_or_default().to_owned(),
                            color: break_color(viz, value),
                        }
                    } else {
                        let breaks = viz
                            .and_then(|v| v.break_points.first())
                            .map(|b| b.breaks.clone())
                            .unwrap_or_default();
                        let min = breaks.first().and_then(|b| b.lower_bound).unwrap_or(0.0);
                        let max = breaks
                            .last()
                            .and_then(|b| b.upper_bound)
                            .unwrap_or_else(|| nice_max(value.max(min + 1.0)));
                        let bands = breaks
                            .iter()
                            .filter_map(|b| {
                                Some((
                                    b.lower_bound.unwrap_or(min),
                                    b.upper_bound.unwrap_or(max),
                                    Rgb::parse(b.color.as_deref()?)?,
                                ))
                            })
                            .collect();
                        Body::Gauge {
                            value,
                            amount,
                            min,
                            max: max.max(min + 1e-9),
                            bands,
                        }
                    }
                }
            }
        }
        "Bar" => chart(ChartKind::Bar, meta, report, viz, colors, other),
        "Column" => chart(ChartKind::Column, meta, report, viz, colors, other),
        "Line" => chart(ChartKind::Line, meta, report, viz, colors, other),
        "Pie" => chart(ChartKind::Pie, meta, report, viz, colors, other),
        "Donut" => chart(ChartKind::Donut, meta, report, viz, colors, other),
        "Funnel" => chart(ChartKind::Funnel, meta, report, viz, colors, other),
        "Scatter" => chart(ChartKind::Scatter, meta, report, viz, colors, other),
        "Table" | "FlexTable" => table(meta, report, viz),
        other_kind => Body::Unsupported {
            kind: if other_kind.is_empty() {
                "?".into()
            } else {
                other_kind.to_owned()
            },
        },
    };
    (body, warning)
}

/// The name of the combined "Other" legend entry, until the screen translates it (so a
/// language switch renames it without rebuilding the data).
pub const OTHER: &str = "\u{2063}other\u{2063}";

/// Builds the dashboard from a results response.
pub fn build(results: &DashboardResults) -> Dashboard {
    let other = OTHER;
    let meta: &DashboardMetadata = &results.dashboard_metadata;
    let colors = palette(meta.color_palette.as_deref());
    let by_id: HashMap<&str, &ComponentData> = results
        .component_data
        .iter()
        .filter_map(|d| d.component_id.as_deref().map(|id| (id15(id), d)))
        .collect();
    let grid = grid(meta.layout.as_ref(), meta.components.len());
    let tiles = meta
        .components
        .iter()
        .zip(&grid.places)
        .map(|(component, place)| {
            let data = component
                .component_data
                .and_then(|i| results.component_data.get(i as usize))
                .or_else(|| {
                    component
                        .id
                        .as_deref()
                        .and_then(|id| by_id.get(id15(id)).copied())
                });
            let (body, warning) = body(component, data, &colors, other);
            let title = component
                .title
                .clone()
                .or_else(|| component.header.clone())
                .unwrap_or_default();
            Tile {
                id: component
                    .id
                    .as_deref()
                    .map(|id| id15(id).to_owned())
                    .unwrap_or_default(),
                header: component.header.clone().filter(|h| {
                    Some(h) != component.title.as_ref() && !title.is_empty() && h != &title
                }),
                title,
                footer: component.footer.clone(),
                place: *place,
                body,
                warning,
            }
        })
        .collect();
    let as_of = results
        .component_data
        .iter()
        .filter_map(|d| d.status.as_ref()?.refresh_date.as_deref())
        .filter_map(parse_refresh_date)
        .max();
    Dashboard {
        id: meta.id.clone(),
        title: meta.name.clone().unwrap_or_default(),
        folder: meta.folder_name.clone(),
        as_of,
        dark: !meta
            .chart_theme
            .as_deref()
            .is_some_and(|t| t.eq_ignore_ascii_case("light")),
        palette: meta.color_palette.clone(),
        grid,
        tiles,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOCUMENTED: &str = include_str!("../../tests/fixtures/documented_results.json");

    #[test]
    fn the_documented_example_becomes_tiles() -> Result<(), serde_json::Error> {
        let results: DashboardResults = serde_json::from_str(DOCUMENTED)?;
        let dashboard = build(&results);
        assert_eq!(dashboard.title, "Simple Dashboard");
        assert!(!dashboard.dark, "chartTheme light");
        assert_eq!((dashboard.grid.columns, dashboard.grid.rows), (9, 7));
        assert_eq!(dashboard.as_of.map(|d| d.timestamp()), Some(1_397_003_296));
        let tiles = &dashboard.tiles;
        assert_eq!(tiles.len(), 5);
        // Metric: value above -1, so the second band's colour; the label keeps "USD ".
        let english = crate::i18n::Values::new("en-US");
        let Body::Metric {
            amount,
            exact,
            color,
        } = &tiles[0].body
        else {
            panic!("expected a metric, got {:?}", tiles[0].body)
        };
        assert_eq!(english.amount(amount), "USD 67M");
        assert_eq!(exact, "USD 67,043,365.50");
        assert_eq!(*color, Some(Rgb(0x54, 0xc2, 0x54)));
        // Column with a warning: data still shown, the "-" bucket kept as a category.
        let Body::Chart(chart) = &tiles[1].body else {
            panic!("expected a chart, got {:?}", tiles[1].body)
        };
        assert_eq!(chart.categories, ["-", "Existing Business"]);
        let labels: Vec<String> = chart.series[0]
            .labels
            .iter()
            .flatten()
            .map(|amount| english.amount(amount))
            .collect();
        assert_eq!(labels, ["USD 10.1K", "USD 67M"]);
        assert_eq!(
            tiles[1].warning.as_deref(),
            Some("The dashboard component may be incomplete.")
        );
        assert_eq!(tiles[1].header.as_deref(), Some("Pipeline"));
        assert_eq!(
            tiles[2].body,
            Body::Error {
                message: "The source report isn't available.".into()
            }
        );
        assert_eq!(tiles[3].body, Body::NoData);
        assert_eq!(
            tiles[4].body,
            Body::Unsupported {
                kind: "LightningWebComponent".into()
            }
        );
        assert_eq!(tiles[1].place.column, 3, "string column positions");
        Ok(())
    }
}
