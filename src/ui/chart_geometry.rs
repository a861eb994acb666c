//! Chart geometry for the Slint charts: bars, slices, lines and labels in coordinates
//! normalised to the plot area (0..1, y down) or, for paths, a 1000×1000 view box. Pure Rust,
//! computed once per data change, so the UI only places what it is given.

use std::f32::consts::PI;

use crate::dashboard::format::{Amount, Rgb};
use crate::dashboard::{Body, Chart, ChartKind, Stacking};
use crate::i18n::Values;

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

/// Ticks at round values (1, 2, 2.5 or 5 times a power of ten) from `min` up to `max`, about
/// `count` steps apart, each with its place (0 at `min`, 1 at `max`) and its amount in the
/// reader's language: round values keep the labels short in every language (`2 Mio.`, not
/// `2,46 Mio.`).
fn ticks(min: f64, max: f64, count: usize, values: &Values) -> Vec<(f32, String)> {
    let span = max - min;
    if !(span > 0.0 && span.is_finite()) {
        return vec![(0.0, values.amount(&Amount::plain(min)))];
    }
    let step = round_step(span / count.max(1) as f64);
    (0..)
        .map(|k| min + step * f64::from(k))
        .take_while(|value| *value <= max + step * 1e-6)
        .take(4 * count.max(1) + 1)
        .map(|value| {
            let place = ((value - min) / span).clamp(0.0, 1.0) as f32;
            (place, values.amount(&Amount::plain(value)))
        })
        .collect()
}

/// The round number nearest to `step` (by ratio): 1, 2, 2.5 or 5 times a power of ten.
fn round_step(step: f64) -> f64 {
    let power = 10f64.powf(step.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|m| m * power)
        .min_by(|a, b| {
            let off = |r: f64| (r / step).ln().abs();
            off(*a).total_cmp(&off(*b))
        })
        .unwrap_or(step)
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

fn axes_chart(chart: &Chart, values: &Values) -> Geometry {
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
    for (t, text) in ticks(chart.range.0, chart.range.1, TICKS, values) {
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
                        text: printed(label.as_ref(), values),
                        align: Align::Middle,
                    });
                }
            }
        }
    }
    g
}

fn bar_chart(chart: &Chart, values: &Values) -> Geometry {
    let mut g = Geometry::new(Frame::Bars);
    // Leave room right of single-series bars for their value labels.
    let labelled = chart.stacking != Stacking::Stacked && chart.series.len() == 1;
    let data_max = chart
        .series
        .iter()
        .flat_map(|s| s.values.iter().flatten())
        .fold(0.0f64, |a, b| a.max(*b));
    // About a twentieth of the plot per character of the longest label (`$1.8M`: 35 % more
    // range, `$1,8 Mio.`: 50 %).
    let longest = chart.series.first().map_or(0, |s| {
        s.labels
            .iter()
            .map(|a| printed(a.as_ref(), values).chars().count())
            .max()
            .unwrap_or(0)
    });
    let room = (1.0 + 0.055 * longest as f64).clamp(1.35, 1.9);
    let chart = &Chart {
        range: (
            chart.range.0,
            if labelled {
                chart.range.1.max(data_max * room)
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
                let label = printed(series.labels.get(i).and_then(Option::as_ref), values);
                g.value_labels.push(Label {
                    x: right + 0.015,
                    y: y + bar / 2.0,
                    text: label,
                    align: Align::Start,
                });
            }
        }
    }
    for (t, text) in ticks(chart.range.0, chart.range.1, 2, values) {
        g.x_labels.push(Label {
            x: t,
            y: 0.0,
            text,
            align: Align::Middle,
        });
    }
    g
}

fn round_chart(chart: &Chart, values: &Values) -> Geometry {
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
        g.center = printed(chart.total.as_ref(), values);
    }
    g
}

fn funnel(chart: &Chart, values: &Values) -> Geometry {
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
        let label = printed(series.labels.get(i).and_then(Option::as_ref), values);
        g.value_labels.push(Label {
            x: 0.5,
            y: slot * (i as f32 + 0.5),
            text: format!("{name}  {label}"),
            align: Align::Middle,
        });
    }
    g
}

fn scatter(chart: &Chart, values: &Values) -> Geometry {
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
    for (t, text) in ticks(0.0, chart.range.0, 2, values) {
        g.x_labels.push(Label {
            x: t,
            y: 0.0,
            text,
            align: Align::Middle,
        });
    }
    for (t, text) in ticks(0.0, chart.range.1, TICKS, values) {
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
pub fn gauge(
    (value, min, max): (f64, f64, f64),
    bands: &[(f64, f64, Rgb)],
    amount: &Amount,
    values: &Values,
) -> Geometry {
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
    g.center = values.amount(amount);
    g.x_labels = vec![
        Label {
            x: 0.0,
            y: 0.0,
            text: values.amount(&Amount::plain(min)),
            align: Align::Start,
        },
        Label {
            x: 1.0,
            y: 0.0,
            text: values.amount(&Amount::plain(max)),
            align: Align::End,
        },
    ];
    g
}

/// An amount on a chart in the reader's language; nothing for a cell without a fact.
pub(super) fn printed(amount: Option<&Amount>, values: &Values) -> String {
    amount.map(|a| values.amount(a)).unwrap_or_default()
}

/// Geometry for a tile body, its numbers written in the reader's language; `None` for bodies
/// drawn without geometry (metric, table, states).
pub fn geometry(body: &Body, values: &Values) -> Option<Geometry> {
    match body {
        Body::Chart(chart) => Some(match chart.kind {
            ChartKind::Column | ChartKind::Line => axes_chart(chart, values),
            ChartKind::Bar => bar_chart(chart, values),
            ChartKind::Pie | ChartKind::Donut => round_chart(chart, values),
            ChartKind::Funnel => funnel(chart, values),
            ChartKind::Scatter => scatter(chart, values),
        }),
        Body::Gauge {
            value,
            amount,
            min,
            max,
            bands,
        } => Some(gauge((*value, *min, *max), bands, amount, values)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dashboard::Series;

    fn english() -> Values {
        Values::new("en-US")
    }

    fn chart(kind: ChartKind, stacking: Stacking, values: Vec<Vec<f64>>) -> Chart {
        let categories = (0..values[0].len()).map(|i| format!("c{i}")).collect();
        let series = values
            .into_iter()
            .enumerate()
            .map(|(i, v)| Series {
                name: format!("s{i}"),
                color: Rgb(i as u8, 0, 0),
                labels: v.iter().map(|x| Some(Amount::plain(*x))).collect(),
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
            total: Some(Amount::plain(100.0)),
            axis_names: (String::new(), String::new()),
        }
    }

    #[test]
    fn stacked_columns_sit_on_each_other() {
        let g = axes_chart(
            &chart(
                ChartKind::Column,
                Stacking::Stacked,
                vec![vec![30.0, 10.0], vec![20.0, 40.0]],
            ),
            &english(),
        );
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
        let g = axes_chart(
            &chart(
                ChartKind::Column,
                Stacking::Grouped,
                vec![vec![50.0], vec![100.0]],
            ),
            &english(),
        );
        assert!(g.rects[0].x + g.rects[0].w <= g.rects[1].x + 1e-6);
        assert!((g.rects[1].y).abs() < 1e-4, "100 reaches the top");
    }

    #[test]
    fn pie_slices_cover_the_turn() {
        let g = round_chart(
            &chart(ChartKind::Pie, Stacking::None, vec![vec![1.0, 1.0, 2.0]]),
            &english(),
        );
        assert_eq!(g.shapes.len(), 3);
        assert!(
            g.shapes[2].commands.contains("A 480 480 0 0 1"),
            "{}",
            g.shapes[2].commands
        );
        assert_eq!(g.center, "");
        let donut = round_chart(
            &chart(ChartKind::Donut, Stacking::None, vec![vec![5.0]]),
            &english(),
        );
        assert_eq!(donut.center, "100");
        assert_eq!(
            donut.shapes[0].commands.matches('M').count(),
            2,
            "a full ring is two halves"
        );
    }

    #[test]
    fn axis_ticks_are_written_in_the_readers_language() {
        let mut millions = chart(ChartKind::Column, Stacking::None, vec![vec![3.1e6]]);
        millions.range = (0.0, 4e6);
        let ticks = |chart: &Chart, tag: &str| -> Vec<String> {
            axes_chart(chart, &Values::new(tag))
                .y_labels
                .into_iter()
                .map(|l| l.text)
                .collect()
        };
        assert_eq!(ticks(&millions, "en-US"), ["0", "1M", "2M", "3M", "4M"]);
        assert_eq!(ticks(&millions, "de")[1], "1\u{a0}Mio.");
        assert_eq!(ticks(&millions, "ja")[1], "100万");
        let bar = bar_chart(&millions, &Values::new("fr"));
        assert_eq!(bar.value_labels[0].text, "3,1\u{a0}M");
        // An axis that ends at an odd value is labelled at round values below it.
        millions.range = (0.0, 2.46e6);
        assert_eq!(ticks(&millions, "en-US"), ["0", "500K", "1M", "1.5M", "2M"]);
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
        let g = gauge(
            (50.0, 0.0, 100.0),
            &[(0.0, 100.0, Rgb(1, 2, 3))],
            &Amount::plain(50.0),
            &Values::new("en-US"),
        );
        let needle = g
            .shapes
            .iter()
            .find(|s| s.commands.starts_with("M 500 500 L"))
            .map(|s| s.commands.clone());
        assert_eq!(needle.as_deref(), Some("M 500 500 L 500.0 50.0"));
    }
}
