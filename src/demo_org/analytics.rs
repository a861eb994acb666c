//! The demo org's Analytics REST API for dashboards: the SOQL `Dashboard` query, the recent
//! list, results (with `filter1..3`), describe, refresh (`PUT`) and status, the REST error array
//! and the `Sforce-Limit-Info` header. JSON is built here from `samples.rs`.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use super::samples::{self, Agg, Cell, Component, Dashboard, Data, Layout};
use super::{Shared, epoch_ms, rest_error};

/// How long a refresh keeps components RUNNING.
pub const REFRESH_RUNTIME: Duration = Duration::from_secs(3);
/// Salesforce's per-dashboard refresh spacing.
pub const MIN_REFRESH_GAP: Duration = Duration::from_secs(60);
/// Salesforce's org-wide refresh budget per hour.
pub const REFRESHES_PER_HOUR: usize = 200;
/// Daily API allocation reported in `Sforce-Limit-Info` (a Developer Edition's).
pub const DAILY_API_LIMIT: u32 = 15_000;

/// Per-org analytics bookkeeping.
#[derive(Debug, Default)]
pub struct AnalyticsState {
    /// Clock time each dashboard's data was computed at (absent: at start).
    refreshed_at: HashMap<&'static str, Duration>,
    /// Refreshes in flight: dashboard -> when it started.
    running: HashMap<&'static str, Duration>,
    /// When each dashboard's last accepted refresh was requested.
    requested_at: HashMap<&'static str, Duration>,
    /// Clock times of accepted refreshes (org-wide hourly budget).
    refresh_log: Vec<Duration>,
    pub api_calls: u32,
    pub result_calls: u32,
    pub refresh_calls: u32,
}

fn find(id: &str) -> Option<Dashboard> {
    let id15: String = id.chars().take(15).collect();
    samples::dashboards()
        .into_iter()
        .find(|d| d.id.starts_with(&id15) && id.len() >= 15)
}

impl Shared {
    /// Checks the bearer token, counts the call and settles finished refreshes.
    pub(super) fn api_call(&self, headers: &HeaderMap) -> Result<u32, Box<Response>> {
        let token = super::oauth::bearer(headers);
        let valid = token.is_some_and(|t| self.token_valid(t));
        // A token without the api scope gets the same error code with Salesforce's other message.
        if valid && token.is_some_and(|t| !self.state().token_has_api_scope(t)) {
            return Err(Box::new(rest_error(
                StatusCode::UNAUTHORIZED,
                "INVALID_SESSION_ID",
                "This session is not valid for use with the specified REST API endpoint. One of the following scopes is required: Manage user data via APIs, Full access",
            )));
        }
        if !valid {
            return Err(Box::new(rest_error(
                StatusCode::UNAUTHORIZED,
                "INVALID_SESSION_ID",
                "Session expired or invalid",
            )));
        }
        let now = self.clock.now();
        let mut analytics = self.analytics();
        let finished: Vec<&'static str> = analytics
            .running
            .iter()
            .filter(|(_, started)| now >= **started + REFRESH_RUNTIME)
            .map(|(id, _)| *id)
            .collect();
        for id in finished {
            analytics.running.remove(id);
            analytics.refreshed_at.insert(id, now);
        }
        analytics.api_calls += 1;
        Ok(analytics.api_calls)
    }
}

pub(super) fn with_limits(mut response: Response, used: u32) -> Response {
    if let Ok(value) = format!("api-usage={used}/{DAILY_API_LIMIT}").parse() {
        response.headers_mut().insert("sforce-limit-info", value);
    }
    response
}

/// Formats a value the way a Salesforce org with en_US locale labels it.
pub fn label(value: f64, data_type: &str) -> String {
    match data_type {
        "currency" => format!("${}", grouped(value, 2)),
        "percent" => format!("{}%", grouped(value, 1)),
        "double" => grouped(value, 1),
        _ => grouped(value, 0),
    }
}

fn grouped(value: f64, decimals: usize) -> String {
    let text = format!("{:.*}", decimals, value.abs());
    let (int, frac) = text
        .split_once('.')
        .map_or((text.as_str(), None), |(i, f)| (i, Some(f)));
    let mut out = String::new();
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    if let Some(frac) = frac {
        out.push('.');
        out.push_str(frac);
    }
    if value < 0.0 { format!("-{out}") } else { out }
}

/// Values drift slowly with the time the data was computed, so each refresh shows a change.
fn drift(base: f64, at: Duration, salt: usize, data_type: &str) -> f64 {
    let t = at.as_secs_f64();
    let factor = 1.0 + 0.07 * ((t / 97.0) + salt as f64 * 0.83).sin();
    let value = base * factor;
    if data_type == "int" {
        value.round()
    } else if data_type == "percent" {
        value.min(100.0)
    } else {
        value
    }
}

fn aggregate(value: f64, agg: &Agg) -> Value {
    json!({ "label": label(value, agg.data_type), "value": value })
}

/// Wall time of data computed at clock time `at`, given the clock's `now`.
fn iso(at: Duration, now: Duration) -> String {
    let ms = epoch_ms().saturating_sub(now.saturating_sub(at).as_millis());
    let secs = (ms / 1000) as i64;
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.000+0000",
        rem / 3600,
        (rem / 60) % 60,
        rem % 60
    )
}

/// The ISO date behind a month ("July 2026") or quarter ("Q3 2026") label.
fn date_value(label: &str) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let mut parts = label.split_whitespace();
    let (first, year) = (
        parts.next().unwrap_or_default(),
        parts.next().unwrap_or("2026"),
    );
    let month = MONTHS
        .iter()
        .position(|m| *m == first)
        .map(|m| m + 1)
        .or_else(|| {
            first
                .strip_prefix('Q')
                .and_then(|q| q.parse::<usize>().ok())
                .map(|q| (q - 1) * 3 + 1)
        })
        .unwrap_or(1);
    format!("{year}-{month:02}-01")
}

/// Days since 1970-01-01 to (year, month, day) (Howard Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

fn report_result(component: &Component, at: Duration, salt: usize) -> Value {
    let agg_info = |aggs: &[Agg]| -> Value {
        let mut map = serde_json::Map::new();
        for agg in aggs {
            map.insert(agg.api.into(), json!({ "label": agg.label, "dataType": agg.data_type, "acrossGroupingContext": null, "downGroupingContext": null }));
        }
        Value::Object(map)
    };
    match &component.data {
        Data::Total { agg, base } => {
            let value = drift(*base, at, salt, agg.data_type);
            json!({
                "attributes": null, "allData": true, "hasDetailRows": false,
                "factMap": { "T!T": { "aggregates": [aggregate(value, agg)] } },
                "groupingsAcross": null,
                "groupingsDown": { "groupings": [] },
                "reportExtendedMetadata": { "aggregateColumnInfo": agg_info(&[*agg]), "detailColumnInfo": {}, "groupingColumnInfo": {} },
                "reportMetadata": { "aggregates": [agg.api], "groupingsDown": [], "reportFormat": "SUMMARY", "name": component.title, "currency": "USD" }
            })
        }
        Data::Groups {
            grouping,
            aggs,
            rows,
        } => {
            let mut fact = serde_json::Map::new();
            let mut totals = vec![0.0; aggs.len()];
            let mut groupings = Vec::new();
            for (i, (label_text, value, bases)) in rows.iter().enumerate() {
                let values: Vec<Value> = aggs
                    .iter()
                    .zip(bases)
                    .enumerate()
                    .map(|(k, (agg, base))| {
                        let v = drift(*base, at, salt + i * 3 + k, agg.data_type);
                        totals[k] += v;
                        aggregate(v, agg)
                    })
                    .collect();
                fact.insert(format!("{i}!T"), json!({ "aggregates": values }));
                let grouping_value = if *label_text == "-" {
                    Value::Null
                } else {
                    json!(value.unwrap_or(label_text))
                };
                groupings.push(json!({ "key": i.to_string(), "label": label_text, "value": grouping_value, "groupings": [] }));
            }
            let total_values: Vec<Value> = aggs
                .iter()
                .zip(&totals)
                .map(|(agg, v)| {
                    aggregate(
                        if agg.data_type == "percent" || agg.api.starts_with("a!") {
                            v / rows.len().max(1) as f64
                        } else {
                            *v
                        },
                        agg,
                    )
                })
                .collect();
            fact.insert("T!T".into(), json!({ "aggregates": total_values }));
            json!({
                "attributes": null, "allData": true, "hasDetailRows": false,
                "factMap": fact,
                "groupingsAcross": null,
                "groupingsDown": { "groupings": groupings },
                "reportExtendedMetadata": {
                    "aggregateColumnInfo": agg_info(aggs),
                    "detailColumnInfo": {},
                    "groupingColumnInfo": { grouping.api: { "label": grouping.label, "dataType": grouping.data_type, "groupingLevel": 0 } }
                },
                "reportMetadata": {
                    "aggregates": aggs.iter().map(|a| a.api).collect::<Vec<_>>(),
                    "groupingsDown": [{ "dateGranularity": if grouping.data_type == "date" { "Day" } else { "None" }, "name": grouping.api, "sortAggregate": null, "sortOrder": "Asc" }],
                    "reportFormat": "SUMMARY", "name": component.title, "currency": "USD"
                }
            })
        }
        Data::Matrix {
            outer,
            inner,
            agg,
            outer_labels,
            inner_labels,
            base,
        } => {
            let mut fact = serde_json::Map::new();
            let mut groupings = Vec::new();
            let mut grand = 0.0;
            for (i, outer_label) in outer_labels.iter().enumerate() {
                let mut children = Vec::new();
                let mut subtotal = 0.0;
                for (j, inner_label) in inner_labels.iter().enumerate() {
                    let v = drift(base[i][j], at, salt + i * 5 + j, agg.data_type);
                    subtotal += v;
                    fact.insert(
                        format!("{i}_{j}!T"),
                        json!({ "aggregates": [aggregate(v, agg)] }),
                    );
                    children.push(json!({ "key": format!("{i}_{j}"), "label": inner_label, "value": inner_label, "groupings": [] }));
                }
                grand += subtotal;
                fact.insert(
                    format!("{i}!T"),
                    json!({ "aggregates": [aggregate(subtotal, agg)] }),
                );
                let value = if outer.data_type == "date" {
                    json!(date_value(outer_label))
                } else {
                    json!(outer_label)
                };
                groupings.push(json!({ "key": i.to_string(), "label": outer_label, "value": value, "groupings": children }));
            }
            fact.insert(
                "T!T".into(),
                json!({ "aggregates": [aggregate(grand, agg)] }),
            );
            json!({
                "attributes": null, "allData": true, "hasDetailRows": false,
                "factMap": fact,
                "groupingsAcross": null,
                "groupingsDown": { "groupings": groupings },
                "reportExtendedMetadata": {
                    "aggregateColumnInfo": agg_info(&[*agg]),
                    "detailColumnInfo": {},
                    "groupingColumnInfo": {
                        outer.api: { "label": outer.label, "dataType": outer.data_type, "groupingLevel": 0 },
                        inner.api: { "label": inner.label, "dataType": inner.data_type, "groupingLevel": 1 }
                    }
                },
                "reportMetadata": {
                    "aggregates": [agg.api],
                    "groupingsDown": [
                        { "dateGranularity": "None", "name": outer.api, "sortAggregate": null, "sortOrder": "Asc" },
                        { "dateGranularity": "None", "name": inner.api, "sortAggregate": null, "sortOrder": "Asc" }
                    ],
                    "reportFormat": "SUMMARY", "name": component.title, "currency": "USD"
                }
            })
        }
        Data::Rows { columns, rows } => {
            let detail: Vec<Value> = rows
                .iter()
                .enumerate()
                .map(|(i, row)| {
                    let cells: Vec<Value> = row
                        .iter()
                        .zip(columns)
                        .enumerate()
                        .map(|(k, (cell, (_, _, data_type)))| match cell {
                            Cell::Text(text) => json!({ "label": text, "value": text }),
                            Cell::Number(base) => {
                                let v = drift(*base, at, salt + i * 7 + k, data_type);
                                json!({ "label": label(v, data_type), "value": v })
                            }
                        })
                        .collect();
                    json!({ "dataCells": cells })
                })
                .collect();
            let mut info = serde_json::Map::new();
            for (api, col_label, data_type) in columns {
                info.insert(
                    (*api).into(),
                    json!({ "label": col_label, "dataType": data_type }),
                );
            }
            json!({
                "attributes": null, "allData": true, "hasDetailRows": true,
                "factMap": { "T!T": { "aggregates": [{ "label": rows.len().to_string(), "value": rows.len() }], "rows": detail } },
                "groupingsAcross": null,
                "groupingsDown": { "groupings": [] },
                "reportExtendedMetadata": { "aggregateColumnInfo": { "RowCount": { "label": "Record Count", "dataType": "int" } }, "detailColumnInfo": info, "groupingColumnInfo": {} },
                "reportMetadata": {
                    "aggregates": ["RowCount"],
                    "detailColumns": columns.iter().map(|(api, _, _)| *api).collect::<Vec<_>>(),
                    "groupingsDown": [], "reportFormat": "TABULAR", "name": component.title, "currency": "USD"
                }
            })
        }
    }
}

fn aggregates_of(component: &Component) -> Vec<Agg> {
    match &component.data {
        Data::Total { agg, .. } | Data::Matrix { agg, .. } => vec![*agg],
        Data::Groups { aggs, .. } => aggs.clone(),
        Data::Rows { .. } => vec![samples::ROWS],
    }
}

fn visualization_properties(component: &Component, quirky: bool) -> Value {
    let breaks: Vec<Value> = component
        .breaks
        .iter()
        .map(|(lower, upper, color)| json!({ "color": color, "lowerBound": lower, "upperBound": upper }))
        .collect();
    let agg_name = aggregates_of(component)
        .first()
        .map_or("RowCount", |a| a.api);
    let break_points = if breaks.is_empty() {
        json!([])
    } else {
        json!([{ "aggregateName": agg_name, "breaks": breaks }])
    };
    match component.visualization {
        "Metric" => {
            json!({ "breakPoints": break_points, "displayUnits": "auto", "drillURL": null, "metricLabel": null })
        }
        "Gauge" => {
            json!({ "breakPoints": break_points, "displayUnits": "auto", "drillURL": null, "showPercentages": true, "showTotal": true })
        }
        "Table" => {
            let mut columns = vec![];
            if let Data::Groups { grouping, aggs, .. } = &component.data {
                columns.push(json!({ "column": grouping.api, "isPercent": false, "scale": null, "showTotal": false, "type": "grouping" }));
                for agg in aggs {
                    columns.push(json!({ "column": agg.api, "isPercent": false, "scale": 1, "showTotal": true, "type": "aggregate" }));
                }
            }
            json!({ "breakPoints": [], "displayUnits": "auto", "drillURL": null, "tableColumns": columns })
        }
        "FlexTable" => {
            let columns: Vec<Value> = match &component.data {
                Data::Rows { columns, .. } => columns
                    .iter()
                    .map(|(api, _, _)| json!({ "column": api, "type": "detail" }))
                    .collect(),
                _ => vec![],
            };
            json!({ "displayUnits": "auto", "drillURL": null, "flexTableType": "tabular", "showChatterPhotos": false, "tableColumns": columns })
        }
        _ => {
            // Salesforce documents axisRange as a String but sends an object; send both shapes.
            let axis = if quirky {
                json!("auto")
            } else {
                json!({ "max": null, "min": null, "rangeType": "auto" })
            };
            let mut props = json!({
                "axisRange": axis,
                "decimalPrecision": -1,
                "displayUnits": "auto",
                "drillURL": null,
                "groupByType": component.group_by_type.unwrap_or("none"),
                "legendPosition": if quirky { "bottom" } else { "Bottom" },
                "showValues": false,
                "combineSmallGroups": false,
                "showPercentages": false,
                "showTotal": component.show_total,
            });
            if let (true, Some(object)) = (component.y2_line, props.as_object_mut()) {
                object.insert(
                    "aggregateVisualizationInfos".into(),
                    json!([{ "axis": "Y2", "visualizationType": "Line" }]),
                );
            }
            props
        }
    }
}

fn metadata(dashboard: &Dashboard, version: &str, selected: &[Option<usize>]) -> Value {
    let quirky = dashboard.developer_name == "Customer_Service";
    let components: Vec<Value> = dashboard
        .components
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let aggs = aggregates_of(c);
            let groupings: Vec<Value> = match &c.data {
                Data::Groups { grouping, .. } => vec![json!({ "name": grouping.api, "sortOrder": "Asc", "sortAggregate": null, "inheritedReportSort": null })],
                Data::Matrix { outer, inner, .. } => vec![
                    json!({ "name": outer.api, "sortOrder": "Asc", "sortAggregate": null, "inheritedReportSort": null }),
                    json!({ "name": inner.api, "sortOrder": "Asc", "sortAggregate": null, "inheritedReportSort": null }),
                ],
                _ => vec![],
            };
            json!({
                "componentData": i,
                "header": c.header,
                "footer": c.footer,
                "title": c.title,
                "id": c.id,
                "reportId": c.report_id,
                "type": "Report",
                "properties": {
                    "aggregates": aggs.iter().map(|a| json!({ "name": a.api })).collect::<Vec<_>>(),
                    "autoSelectColumns": false,
                    "drillUrl": null,
                    "filterColumns": [],
                    "groupings": groupings,
                    "maxRows": null,
                    "reportFormat": if matches!(c.data, Data::Rows { .. }) { "TABULAR" } else { "SUMMARY" },
                    "sort": null,
                    "useReportChart": false,
                    "visualizationType": c.visualization,
                    "visualizationProperties": visualization_properties(c, quirky)
                }
            })
        })
        .collect();
    let layout = match &dashboard.layout {
        Layout::Classic(columns) => json!({
            "gridLayout": false,
            "columns": columns.iter().map(|c| json!({ "components": c })).collect::<Vec<_>>()
        }),
        Layout::Grid {
            columns,
            row_height,
            cells,
        } => json!({
            "gridLayout": true,
            "numColumns": columns,
            "rowHeight": row_height,
            "components": cells.iter().map(|(c, r, cs, rs)| json!({ "column": c, "row": r, "colspan": cs, "rowspan": rs })).collect::<Vec<_>>()
        }),
    };
    let filters: Vec<Value> = dashboard
        .filters
        .iter()
        .zip(selected.iter().chain(std::iter::repeat(&None)))
        .map(|(f, chosen)| {
            json!({
                "errorMessage": null,
                "id": f.id,
                "name": f.name,
                "options": f.options.iter().map(|(id, alias, value)| json!({ "alias": alias, "id": id, "operation": "equals", "value": value, "startValue": null, "endValue": null })).collect::<Vec<_>>(),
                "selectedOption": chosen
            })
        })
        .collect();
    json!({
        "attributes": {
            "dashboardId": dashboard.id,
            "dashboardName": dashboard.title,
            "statusUrl": format!("/services/data/{version}/analytics/dashboards/{}/status", dashboard.id),
            "type": "Dashboard"
        },
        "canChangeRunningUser": false,
        "canUseStickyFilter": true,
        "chartTheme": dashboard.theme,
        "colorPalette": dashboard.palette,
        "components": components,
        "description": dashboard.description,
        "dashboardType": "SpecifiedUser",
        "developerName": dashboard.developer_name,
        "filters": filters,
        "folderId": dashboard.folder_id,
        "id": dashboard.id,
        "name": dashboard.title,
        "layout": layout,
        "maxFilterOptions": 50,
        "runningUser": { "displayName": "Ada Okafor", "id": "0055g00000AdaOkEAA" },
        "lastModifiedDate": "2026-11-20T08:41:00.000+0000",
        "owner": { "id": "0055g00000AdaOkEAA", "name": "Ada Okafor" },
        "folderName": dashboard.folder
    })
}

/// Resolves `filter1..3` to option positions; `Err` for an unknown option id.
fn selected_filters(
    dashboard: &Dashboard,
    params: &HashMap<String, String>,
) -> Result<Vec<Option<usize>>, Box<Response>> {
    let mut selected = Vec::new();
    for (n, filter) in dashboard.filters.iter().enumerate() {
        let key = format!("filter{}", n + 1);
        match params.get(&key) {
            None => selected.push(None),
            Some(option) => match filter.options.iter().position(|(id, _, _)| id == option) {
                Some(position) => selected.push(Some(position)),
                None => {
                    return Err(Box::new(rest_error(
                        StatusCode::BAD_REQUEST,
                        "BAD_REQUEST",
                        "The selected filter item isn't valid.",
                    )));
                }
            },
        }
    }
    if params.keys().any(|k| {
        k.starts_with("filter")
            && k[6..]
                .parse::<usize>()
                .is_ok_and(|n| n == 0 || n > dashboard.filters.len())
    }) {
        return Err(Box::new(rest_error(
            StatusCode::BAD_REQUEST,
            "BAD_REQUEST",
            "The selected filter item isn't valid.",
        )));
    }
    Ok(selected)
}

fn filter_salt(selected: &[Option<usize>]) -> usize {
    selected
        .iter()
        .enumerate()
        .map(|(i, s)| s.map_or(0, |p| (p + 1) * (i + 2) * 11))
        .sum()
}

/// The checks every dashboard resource starts with: a valid token (counted), a known dashboard.
fn dashboard_call(
    shared: &Shared,
    headers: &HeaderMap,
    id: &str,
) -> Result<(u32, Dashboard), Box<Response>> {
    let used = shared.api_call(headers)?;
    find(id)
        .map(|dashboard| (used, dashboard))
        .ok_or_else(|| Box::new(not_found()))
}

fn not_found() -> Response {
    rest_error(
        StatusCode::NOT_FOUND,
        "NOT_FOUND",
        "The requested resource does not exist",
    )
}

/// `GET /services/data/vXX.X/analytics/dashboards`: the "recently viewed" list.
pub async fn list(
    State(shared): State<Arc<Shared>>,
    Path(version): Path<String>,
    headers: HeaderMap,
) -> Response {
    let used = match shared.api_call(&headers) {
        Ok(used) => used,
        Err(response) => return *response,
    };
    let list: Vec<Value> = samples::dashboards()
        .iter()
        .map(|d| {
            json!({
                "id": d.id,
                "name": d.title,
                "statusUrl": format!("/services/data/{version}/analytics/dashboards/{}/status", d.id),
                "url": format!("/services/data/{version}/analytics/dashboards/{}", d.id)
            })
        })
        .collect();
    with_limits(axum::Json(Value::Array(list)).into_response(), used)
}

/// `GET .../analytics/dashboards/{id}`: metadata, data and status.
pub async fn results(
    State(shared): State<Arc<Shared>>,
    Path((version, id)): Path<(String, String)>,
    Query(params): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Response {
    let (used, dashboard) = match dashboard_call(&shared, &headers, &id) {
        Ok(found) => found,
        Err(response) => return *response,
    };
    let selected = match selected_filters(&dashboard, &params) {
        Ok(selected) => selected,
        Err(response) => return *response,
    };
    let (at, running) = {
        let mut analytics = shared.analytics();
        analytics.result_calls += 1;
        (
            analytics
                .refreshed_at
                .get(dashboard.id)
                .copied()
                .unwrap_or_default(),
            analytics.running.contains_key(dashboard.id),
        )
    };
    let salt = filter_salt(&selected);
    let refresh_date = iso(at, shared.clock.now());
    let data: Vec<Value> = dashboard
        .components
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let (data_status, report, error) = match c.state {
                samples::State::Data => ("DATA", report_result(c, at, salt + i * 13), None),
                samples::State::NoData => ("NODATA", Value::Null, None),
                samples::State::Error { code, message } => {
                    ("ERROR", Value::Null, Some((code, message)))
                }
            };
            json!({
                "componentId": c.id,
                "reportResult": report,
                "status": {
                    "dataStatus": data_status,
                    "errorCode": error.map(|e| e.0),
                    "errorMessage": error.map(|e| e.1),
                    "errorSeverity": error.map(|_| "Error"),
                    "refreshDate": refresh_date,
                    "refreshStatus": if running { "RUNNING" } else { "IDLE" }
                }
            })
        })
        .collect();
    let body = json!({ "componentData": data, "dashboardMetadata": metadata(&dashboard, &version, &selected) });
    with_limits(axum::Json(body).into_response(), used)
}

/// `GET .../analytics/dashboards/{id}/describe`.
pub async fn describe(
    State(shared): State<Arc<Shared>>,
    Path((version, id)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    let (used, dashboard) = match dashboard_call(&shared, &headers, &id) {
        Ok(found) => found,
        Err(response) => return *response,
    };
    with_limits(
        axum::Json(metadata(&dashboard, &version, &[])).into_response(),
        used,
    )
}

/// `PUT .../analytics/dashboards/{id}`: start a refresh.
pub async fn refresh(
    State(shared): State<Arc<Shared>>,
    Path((version, id)): Path<(String, String)>,
    Query(params): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Response {
    let (used, dashboard) = match dashboard_call(&shared, &headers, &id) {
        Ok(found) => found,
        Err(response) => return *response,
    };
    if let Err(response) = selected_filters(&dashboard, &params) {
        return *response;
    }
    let now = shared.clock.now();
    let mut analytics = shared.analytics();
    analytics.refresh_calls += 1;
    if analytics.running.contains_key(dashboard.id) {
        return with_limits(
            rest_error(
                StatusCode::BAD_REQUEST,
                "BAD_REQUEST",
                "You can't refresh this dashboard. A refresh is already in progress.",
            ),
            used,
        );
    }
    let last = analytics.requested_at.get(dashboard.id).copied();
    if last.is_some_and(|last| now.saturating_sub(last) < MIN_REFRESH_GAP) {
        return with_limits(
            rest_error(
                StatusCode::FORBIDDEN,
                "FORBIDDEN",
                "You can't refresh this dashboard more than once in a minute.",
            ),
            used,
        );
    }
    analytics
        .refresh_log
        .retain(|t| now.saturating_sub(*t) < Duration::from_secs(3600));
    if analytics.refresh_log.len() >= REFRESHES_PER_HOUR {
        return with_limits(
            rest_error(
                StatusCode::FORBIDDEN,
                "REQUEST_LIMIT_EXCEEDED",
                "Your organization has reached its limit of dashboard refreshes per hour.",
            ),
            used,
        );
    }
    analytics.refresh_log.push(now);
    analytics.running.insert(dashboard.id, now);
    analytics.requested_at.insert(dashboard.id, now);
    let body = json!({ "statusUrl": format!("/services/data/{version}/analytics/dashboards/{}/status", dashboard.id) });
    with_limits(axum::Json(body).into_response(), used)
}

/// `GET .../analytics/dashboards/{id}/status`: 15-character component ids, as documented.
pub async fn status(
    State(shared): State<Arc<Shared>>,
    Path((_version, id)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    let (used, dashboard) = match dashboard_call(&shared, &headers, &id) {
        Ok(found) => found,
        Err(response) => return *response,
    };
    let analytics = shared.analytics();
    let running = analytics.running.contains_key(dashboard.id);
    let date = iso(
        analytics
            .refreshed_at
            .get(dashboard.id)
            .copied()
            .unwrap_or_default(),
        shared.clock.now(),
    );
    let statuses: Vec<Value> = dashboard
        .components
        .iter()
        .map(|c| json!({ "componentId": &c.id[..15], "refreshDate": date, "refreshStatus": if running { "RUNNING" } else { "IDLE" } }))
        .collect();
    with_limits(
        axum::Json(json!({ "componentStatus": statuses })).into_response(),
        used,
    )
}

/// Answers `SELECT … FROM Dashboard …` with the selected fields of every sample dashboard.
pub fn dashboard_query(soql: &str) -> Option<Value> {
    let lower = soql.to_lowercase();
    let select = lower.strip_prefix("select ")?;
    let (fields, rest) = select.split_once(" from ")?;
    if rest.split_whitespace().next() != Some("dashboard") {
        return None;
    }
    let originals: Vec<String> = soql[7..7 + fields.len()]
        .split(',')
        .map(|f| f.trim().to_owned())
        .collect();
    let records: Vec<Value> = samples::dashboards()
        .iter()
        .map(|d| {
            let mut record = serde_json::Map::new();
            record.insert("attributes".into(), json!({ "type": "Dashboard", "url": format!("/services/data/v66.0/sobjects/Dashboard/{}", d.id) }));
            for field in &originals {
                let value = match field.to_lowercase().as_str() {
                    "id" => json!(d.id),
                    "title" => json!(d.title),
                    "developername" => json!(d.developer_name),
                    "foldername" => json!(d.folder),
                    "folderid" => json!(d.folder_id),
                    "description" => json!(d.description),
                    "type" => json!("SpecifiedUser"),
                    "namespaceprefix" => Value::Null,
                    "charttheme" => json!(d.theme),
                    "colorpalette" => json!(d.palette),
                    "lastvieweddate" | "lastreferenceddate" | "lastmodifieddate" => json!("2026-12-01T09:00:00.000+0000"),
                    _ => Value::Null,
                };
                record.insert(field.clone(), value);
            }
            Value::Object(record)
        })
        .collect();
    Some(json!({ "totalSize": records.len(), "done": true, "records": records }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_look_like_salesforce() {
        assert_eq!(label(4_820_000.0, "currency"), "$4,820,000.00");
        assert_eq!(label(148.0, "int"), "148");
        assert_eq!(label(87.46, "percent"), "87.5%");
        assert_eq!(label(-1234.5, "double"), "-1,234.5");
    }

    #[test]
    fn every_visualization_type_is_used() {
        let used: std::collections::BTreeSet<&str> = samples::dashboards()
            .iter()
            .flat_map(|d| d.components.iter().map(|c| c.visualization))
            .collect();
        for kind in [
            "Bar",
            "Column",
            "Donut",
            "Funnel",
            "Gauge",
            "Line",
            "Metric",
            "Pie",
            "Scatter",
            "Table",
            "FlexTable",
        ] {
            assert!(used.contains(kind), "no sample uses {kind}");
        }
    }

    #[test]
    fn ids_look_like_salesforce_ids() {
        for d in samples::dashboards() {
            assert_eq!(d.id.len(), 18, "{}", d.id);
            for c in &d.components {
                assert_eq!(c.id.len(), 18, "{}", c.id);
            }
        }
    }

    #[test]
    fn layouts_cover_every_component() {
        for d in samples::dashboards() {
            let placed = match &d.layout {
                Layout::Classic(columns) => columns.iter().map(Vec::len).sum(),
                Layout::Grid { cells, .. } => cells.len(),
            };
            assert_eq!(placed, d.components.len(), "{}", d.title);
        }
    }

    #[test]
    fn soql_returns_selected_fields() {
        let result = dashboard_query("SELECT Id, Title, FolderName FROM Dashboard ORDER BY Title");
        let records = result
            .as_ref()
            .and_then(|r| r["records"].as_array())
            .map(Vec::len);
        assert_eq!(records, Some(4));
        assert!(dashboard_query("SELECT Name FROM Organization").is_none());
    }
}
