//! Chart geometry for the Slint charts: bars, slices, lines and labels in coordinates
//! normalised to the plot area (0..1, y down) or, for paths, a 1000×1000 view box. Pure Rust,
//! computed once per data change, so the UI only places what it is given.

use std::f32::consts::PI;

use crate::dashboard::format::{Rgb, Units, compact};
use crate::dashboard::{Body, Chart, ChartKind, Stacking};

#[derive(Debug, Clone, PartialEq)]
pub struct Rect {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
    pub color: Rgb,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Start,
    Middle,
    End,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    pub x: f32,
    pub y: f32,
    pub text: String,
    pub align: Align,
}

/// An SVG path in a 1000×1000 view box.
#[derive(Debug, Clone, PartialEq)]
pub struct Shape {
    pub commands: String,
    pub fill: Option<Rgb>,
    pub stroke: Option<Rgb>,
    pub stroke_width: f32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Dot {
    pub x: f32,
    pub y: f32,
    pub color: Rgb,
}

/// How the plot area is shaped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Frame {
    /// Axes with labels left and below (column, line, scatter).
    Axes,
    /// Category names on the left (horizontal bars).
    Bars,
    /// A square drawing with the legend beside it (pie, donut, gauge).
    Round,
    /// Stages stacked top to bottom (funnel).
    Stages,
    /// The upper half of a circle (gauge).
    Gauge,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Geometry {
    pub frame: Frame,
    pub rects: Vec<Rect>,
    pub shapes: Vec<Shape>,
    pub dots: Vec<Dot>,
    /// Labels under the plot (x in 0..1).
    pub x_labels: Vec<Label>,
    /// Labels left of the plot (y in 0..1).
    pub y_labels: Vec<Label>,
    /// Labels inside the plot.
    pub value_labels: Vec<Label>,
    /// Text in the middle of a donut or under a gauge.
    pub center: String,
}

impl Geometry {
    fn new(frame: Frame) -> Self {
        Self {
            frame,
            rects: vec![],
            shapes: vec![],
            dots: vec![],
            x_labels: vec![],
            y_labels: vec![],
            value_labels: vec![],
            center: String::new(),
        }
    }
}

const TICKS: usize = 4;

/// `count` equal steps from `min` to `max`, labelled compactly.
fn ticks(min: f64, max: f64, count: usize) -> Vec<(f32, String)> {
    (0..=count)
        .map(|i| {
            let value = min + (max - min) * i as f64 / count as f64;
            (
                (i as f32) / count as f32,
                compact(value, None, Units::Auto, None),
            )
        })
        .collect()
}

fn fraction(value: f64, (min, max): (f64, f64)) -> f32 {
    (((value - min) / (max - min).max(1e-12)) as f32).clamp(0.0, 1.0)
}

fn polyline(points: &[(f32, f32)]) -> String {
    points
        .iter()
        .enumerate()
        .map(|(i, (x, y))| {
            format!(
                "{} {:.1} {:.1}",
                if i == 0 { "M" } else { "L" },
                x * 1000.0,
                y * 1000.0
            )
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// An annular sector (or pie slice when `inner` is 0) from `start` to `end` (fractions of a
/// turn, clockwise from 12 o'clock), centred in the view box.
pub fn sector(start: f32, end: f32, outer: f32, inner: f32) -> String {
    let (cx, cy) = (500.0, 500.0);
    let point = |t: f32, r: f32| (cx + r * (2.0 * PI * t).sin(), cy - r * (2.0 * PI * t).cos());
    let sweep = (end - start).clamp(0.0, 1.0);
    if sweep >= 0.9999 {
        // A full ring: two halves, since one arc cannot start and end at the same point.
        let half = start + 0.5;
        return format!(
            "{} {}",
            sector(start, half, outer, inner),
            sector(half, start + 1.0, outer, inner)
        );
    }
    let large = i32::from(sweep > 0.5);
    let (ox0, oy0) = point(start, outer);
    let (ox1, oy1) = point(end, outer);
    if inner <= 0.0 {
        return format!(
            "M {cx} {cy} L {ox0:.1} {oy0:.1} A {outer} {outer} 0 {large} 1 {ox1:.1} {oy1:.1} Z"
        );
    }
    let (ix1, iy1) = point(end, inner);
    let (ix0, iy0) = point(start, inner);
    format!(
        "M {ox0:.1} {oy0:.1} A {outer} {outer} 0 {large} 1 {ox1:.1} {oy1:.1} L {ix1:.1} {iy1:.1} A {inner} {inner} 0 {large} 0 {ix0:.1} {iy0:.1} Z"
    )
}

fn axes_chart(chart: &Chart) -> Geometry {
    let mut g = Geometry::new(Frame::Axes);
    let n = chart.categories.len().max(1);
    let slot = 1.0 / n as f32;
    // At most about six category labels fit under a TV chart; show every k-th.
    let step = n.div_ceil(6).max(1);
    for (i, name) in chart
        .categories
        .iter()
        .enumerate()
        .filter(|(i, _)| i % step == 0)
    {
        g.x_labels.push(Label {
            x: slot * (i as f32 + 0.5),
            y: 0.0,
            text: name.clone(),
            align: Align::Middle,
        });
    }
    for (t, text) in ticks(chart.range.0, chart.range.1, TICKS) {
        g.y_labels.push(Label {
            x: 0.0,
            y: 1.0 - t,
            text,
            align: Align::End,
        });
    }
    match chart.kind {
        ChartKind::Line => {
            for series in &chart.series {
                let points: Vec<(f32, f32)> = series
                    .values
                    .iter()
                    .enumerate()
                    .filter_map(|(i, v)| {
                        v.map(|v| (slot * (i as f32 + 0.5), 1.0 - fraction(v, chart.range)))
                    })
                    .collect();
                g.shapes.push(Shape {
                    commands: polyline(&points),
                    fill: None,
                    stroke: Some(series.color),
                    stroke_width: 5.0,
                });
                g.dots.extend(points.iter().map(|(x, y)| Dot {
                    x: *x,
                    y: *y,
                    color: series.color,
                }));
            }
        }
        _ => {
            let stacked = chart.stacking == Stacking::Stacked;
            let count = if stacked {
                1
            } else {
                chart.series.len().max(1)
            };
            let bar = slot * 0.7 / count as f32;
            for i in 0..chart.categories.len() {
                let mut base = 0.0f64;
                for (s, series) in chart.series.iter().enumerate() {
                    let Some(value) = series.values.get(i).copied().flatten() else {
                        continue;
                    };
                    let x =
                        slot * i as f32 + slot * 0.15 + if stacked { 0.0 } else { bar * s as f32 };
                    let (low, high) = if stacked {
                        (base, base + value.max(0.0))
                    } else {
                        (chart.range.0, value)
                    };
                    base = high;
                    let top = 1.0 - fraction(high, chart.range);
                    let bottom = 1.0 - fraction(low, chart.range);
                    g.rects.push(Rect {
                        x,
                        y: top,
                        w: bar,
                        h: (bottom - top).max(0.003),
                        color: series.color,
                    });
                }
            }
            if let Some(line) = &chart.line_y2 {
                let max = line.values.iter().flatten().fold(0.0f64, |a, b| a.max(*b)) * 1.15;
                let points: Vec<(f32, f32)> = line
                    .values
                    .iter()
                    .enumerate()
                    .filter_map(|(i, v)| {
                        v.map(|v| {
                            (
                                slot * (i as f32 + 0.5),
                                1.0 - fraction(v, (0.0, max.max(1e-9))),
                            )
                        })
                    })
                    .collect();
                g.shapes.push(Shape {
                    commands: polyline(&points),
                    fill: None,
                    stroke: Some(line.color),
                    stroke_width: 6.0,
                });
                g.dots.extend(points.iter().map(|(x, y)| Dot {
                    x: *x,
                    y: *y,
                    color: line.color,
                }));
                for (point, label) in points.iter().zip(&line.labels) {
                    g.value_labels.push(Label {
                        x: point.0,
                        y: (point.1 - 0.08).max(0.02),
                        text: label.clone(),
                        align: Align::Middle,
                    });
                }
            }
        }
    }
    g
}

fn bar_chart(chart: &Chart) -> Geometry {
    let mut g = Geometry::new(Frame::Bars);
    // Leave room right of single-series bars for their value labels.
    let labelled = chart.stacking != Stacking::Stacked && chart.series.len() == 1;
    let data_max = chart
        .series
        .iter()
        .flat_map(|s| s.values.iter().flatten())
        .fold(0.0f64, |a, b| a.max(*b));
    let chart = &Chart {
        range: (
            chart.range.0,
            if labelled {
                chart.range.1.max(data_max * 1.35)
            } else {
                chart.range.1
            },
        ),
        ..chart.clone()
    };
    let n = chart.categories.len().max(1);
    let slot = 1.0 / n as f32;
    let stacked = chart.stacking == Stacking::Stacked;
    let count = if stacked {
        1
    } else {
        chart.series.len().max(1)
    };
    let bar = slot * 0.7 / count as f32;
    for (i, name) in chart.categories.iter().enumerate() {
        g.y_labels.push(Label {
            x: 0.0,
            y: slot * (i as f32 + 0.5),
            text: name.clone(),
            align: Align::End,
        });
        let mut base = 0.0f64;
        for (s, series) in chart.series.iter().enumerate() {
            let Some(value) = series.values.get(i).copied().flatten() else {
                continue;
            };
            let y = slot * i as f32 + slot * 0.15 + if stacked { 0.0 } else { bar * s as f32 };
            let (low, high) = if stacked {
                (base, base + value.max(0.0))
            } else {
                (chart.range.0, value)
            };
            base = high;
            let left = fraction(low, chart.range);
            let right = fraction(high, chart.range);
            g.rects.push(Rect {
                x: left,
                y,
                w: (right - left).max(0.003),
                h: bar,
                color: series.color,
            });
            if !stacked && chart.series.len() == 1 {
                let label = series.labels.get(i).cloned().unwrap_or_default();
                g.value_labels.push(Label {
                    x: right + 0.015,
                    y: y + bar / 2.0,
                    text: label,
                    align: Align::Start,
                });
            }
        }
    }
    for (t, text) in ticks(chart.range.0, chart.range.1, 2) {
        g.x_labels.push(Label {
            x: t,
            y: 0.0,
            text,
            align: Align::Middle,
        });
    }
    g
}

fn round_chart(chart: &Chart) -> Geometry {
    let mut g = Geometry::new(Frame::Round);
    let Some(series) = chart.series.first() else {
        return g;
    };
    let total: f64 = series.values.iter().flatten().filter(|v| **v > 0.0).sum();
    let inner = if chart.kind == ChartKind::Donut {
        290.0
    } else {
        0.0
    };
    let mut start = 0.0f32;
    for (i, value) in series.values.iter().enumerate() {
        let share = (value.unwrap_or(0.0).max(0.0) / total.max(1e-12)) as f32;
        if share <= 0.0 {
            continue;
        }
        let color = chart.legend.get(i).map_or(series.color, |l| l.1);
        g.shapes.push(Shape {
            commands: sector(start, start + share, 480.0, inner),
            fill: Some(color),
            stroke: None,
            stroke_width: 0.0,
        });
        start += share;
    }
    if chart.kind == ChartKind::Donut {
        g.center = chart.total.clone().unwrap_or_default();
    }
    g
}

fn funnel(chart: &Chart) -> Geometry {
    let mut g = Geometry::new(Frame::Stages);
    let Some(series) = chart.series.first() else {
        return g;
    };
    let max = series
        .values
        .iter()
        .flatten()
        .fold(0.0f64, |a, b| a.max(*b))
        .max(1e-12);
    let n = series.values.len().max(1);
    let slot = 1.0 / n as f32;
    for (i, value) in series.values.iter().enumerate() {
        // Narrow stages still hold their label.
        let width = ((value.unwrap_or(0.0) / max) as f32).clamp(0.55, 1.0);
        let color = chart.legend.get(i).map_or(series.color, |l| l.1);
        g.rects.push(Rect {
            x: (1.0 - width) / 2.0,
            y: slot * i as f32 + slot * 0.08,
            w: width,
            h: slot * 0.84,
            color,
        });
        let name = chart.categories.get(i).cloned().unwrap_or_default();
        let label = series.labels.get(i).cloned().unwrap_or_default();
        g.value_labels.push(Label {
            x: 0.5,
            y: slot * (i as f32 + 0.5),
            text: format!("{name}  {label}"),
            align: Align::Middle,
        });
    }
    g
}

fn scatter(chart: &Chart) -> Geometry {
    let mut g = Geometry::new(Frame::Axes);
    let (xs, ys) = match (chart.series.first(), chart.series.get(1)) {
        (Some(x), Some(y)) => (x, y),
        _ => return g,
    };
    let color = xs.color;
    for (x, y) in xs.values.iter().zip(&ys.values) {
        if let (Some(x), Some(y)) = (x, y) {
            g.dots.push(Dot {
                x: fraction(*x, (0.0, chart.range.0)),
                y: 1.0 - fraction(*y, (0.0, chart.range.1)),
                color,
            });
        }
    }
    for (t, text) in ticks(0.0, chart.range.0, 2) {
        g.x_labels.push(Label {
            x: t,
            y: 0.0,
            text,
            align: Align::Middle,
        });
    }
    for (t, text) in ticks(0.0, chart.range.1, TICKS) {
        g.y_labels.push(Label {
            x: 0.0,
            y: 1.0 - t,
            text,
            align: Align::End,
        });
    }
    g
}

/// A gauge: coloured bands over the upper half circle and a needle at the value.
pub fn gauge(value: f64, min: f64, max: f64, bands: &[(f64, f64, Rgb)], text: &str) -> Geometry {
    let mut g = Geometry::new(Frame::Gauge);
    let turn = |v: f64| -0.25 + 0.5 * fraction(v, (min, max));
    if bands.is_empty() {
        g.shapes.push(Shape {
            commands: sector(-0.25, 0.25, 480.0, 330.0),
            fill: Some(Rgb(0x52, 0xb7, 0xd8)),
            stroke: None,
            stroke_width: 0.0,
        });
    }
    for (low, high, color) in bands {
        g.shapes.push(Shape {
            commands: sector(turn(*low), turn(*high), 480.0, 330.0),
            fill: Some(*color),
            stroke: None,
            stroke_width: 0.0,
        });
    }
    let angle = 2.0 * PI * turn(value);
    let (x, y) = (500.0 + 450.0 * angle.sin(), 500.0 - 450.0 * angle.cos());
    g.shapes.push(Shape {
        commands: format!("M 500 500 L {x:.1} {y:.1}"),
        fill: None,
        stroke: Some(Rgb(0xf5, 0xf7, 0xfb)),
        stroke_width: 14.0,
    });
    g.shapes.push(Shape {
        commands: sector(0.0, 1.0, 36.0, 0.0),
        fill: Some(Rgb(0xf5, 0xf7, 0xfb)),
        stroke: None,
        stroke_width: 0.0,
    });
    g.center = text.to_owned();
    g.x_labels = vec![
        Label {
            x: 0.0,
            y: 0.0,
            text: compact(min, None, Units::Auto, None),
            align: Align::Start,
        },
        Label {
            x: 1.0,
            y: 0.0,
            text: compact(max, None, Units::Auto, None),
            align: Align::End,
        },
    ];
    g
}

/// Geometry for a tile body; `None` for bodies drawn without geometry (metric, table, states).
pub fn geometry(body: &Body) -> Option<Geometry> {
    match body {
        Body::Chart(chart) => Some(match chart.kind {
            ChartKind::Column | ChartKind::Line => axes_chart(chart),
            ChartKind::Bar => bar_chart(chart),
            ChartKind::Pie | ChartKind::Donut => round_chart(chart),
            ChartKind::Funnel => funnel(chart),
            ChartKind::Scatter => scatter(chart),
        }),
        Body::Gauge {
            value,
            text,
            min,
            max,
            bands,
        } => Some(gauge(*value, *min, *max, bands, text)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dashboard::Series;

    fn chart(kind: ChartKind, stacking: Stacking, values: Vec<Vec<f64>>) -> Chart {
        let categories = (0..values[0].len()).map(|i| format!("c{i}")).collect();
        let series = values
            .into_iter()
            .enumerate()
            .map(|(i, v)| Series {
                name: format!("s{i}"),
                color: Rgb(i as u8, 0, 0),
                labels: v.iter().map(|x| x.to_string()).collect(),
                values: v.into_iter().map(Some).collect(),
            })
            .collect::<Vec<_>>();
        let legend = series.iter().map(|s| (s.name.clone(), s.color)).collect();
        Chart {
            kind,
            stacking,
            categories,
            series,
            line_y2: None,
            legend,
            range: (0.0, 100.0),
            total: Some("100".into()),
            axis_names: (String::new(), String::new()),
        }
    }

    #[test]
    fn stacked_columns_sit_on_each_other() {
        let g = axes_chart(&chart(
            ChartKind::Column,
            Stacking::Stacked,
            vec![vec![30.0, 10.0], vec![20.0, 40.0]],
        ));
        assert_eq!(g.rects.len(), 4);
        let (first, second) = (&g.rects[0], &g.rects[1]);
        assert!((first.y - 0.7).abs() < 1e-4 && (first.h - 0.3).abs() < 1e-4);
        assert!(
            (second.y + second.h - first.y).abs() < 1e-4,
            "second segment ends where the first starts"
        );
        assert_eq!(g.x_labels.len(), 2);
        assert_eq!(g.y_labels.len(), TICKS + 1);
    }

    #[test]
    fn grouped_columns_stand_side_by_side() {
        let g = axes_chart(&chart(
            ChartKind::Column,
            Stacking::Grouped,
            vec![vec![50.0], vec![100.0]],
        ));
        assert!(g.rects[0].x + g.rects[0].w <= g.rects[1].x + 1e-6);
        assert!((g.rects[1].y).abs() < 1e-4, "100 reaches the top");
    }

    #[test]
    fn pie_slices_cover_the_turn() {
        let g = round_chart(&chart(
            ChartKind::Pie,
            Stacking::None,
            vec![vec![1.0, 1.0, 2.0]],
        ));
        assert_eq!(g.shapes.len(), 3);
        assert!(
            g.shapes[2].commands.contains("A 480 480 0 0 1"),
            "{}",
            g.shapes[2].commands
        );
        assert_eq!(g.center, "");
        let donut = round_chart(&chart(ChartKind::Donut, Stacking::None, vec![vec![5.0]]));
        assert_eq!(donut.center, "100");
        assert_eq!(
            donut.shapes[0].commands.matches('M').count(),
            2,
            "a full ring is two halves"
        );
    }

    #[test]
    fn sectors_start_at_twelve_o_clock() {
        let path = sector(0.0, 0.25, 480.0, 0.0);
        assert!(
            path.starts_with("M 500 500 L 500.0 20.0 A 480 480 0 0 1 980.0 500.0"),
            "{path}"
        );
    }

    #[test]
    fn gauge_needle_points_at_the_value() {
        let g = gauge(50.0, 0.0, 100.0, &[(0.0, 100.0, Rgb(1, 2, 3))], "50");
        let needle = g
            .shapes
            .iter()
            .find(|s| s.commands.starts_with("M 500 500 L"))
            .map(|s| s.commands.clone());
        assert_eq!(needle.as_deref(), Some("M 500 500 L 500.0 50.0"));
    }
}
