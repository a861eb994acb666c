//! The Analytics API's dashboard JSON as Wallboard reads it: everything optional, unknown fields
//! ignored, `null` lists accepted, numbers with ~35 digits, `axisRange` as string or object,
//! error codes as strings or numbers, Classic and Lightning layouts.

use std::collections::HashMap;

use serde::Deserialize;
use serde_json::Value;

use super::serde_util::{index, nullable, number, text};

#[derive(Debug, Clone, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct DashboardResults {
    #[serde(default, deserialize_with = "nullable")]
    pub component_data: Vec<ComponentData>,
    #[serde(default)]
    pub dashboard_metadata: DashboardMetadata,
}

#[derive(Debug, Clone, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct ComponentData {
    #[serde(default)]
    pub component_id: Option<String>,
    #[serde(default)]
    pub report_result: Option<ReportResult>,
    #[serde(default)]
    pub status: Option<ComponentStatus>,
}

#[derive(Debug, Clone, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct ComponentStatus {
    #[serde(default)]
    pub data_status: Option<String>,
    #[serde(default, deserialize_with = "text")]
    pub error_code: Option<String>,
    #[serde(default)]
    pub error_message: Option<String>,
    #[serde(default)]
    pub error_severity: Option<String>,
    #[serde(default)]
    pub refresh_date: Option<String>,
    #[serde(default)]
    pub refresh_status: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct ReportResult {
    #[serde(default, deserialize_with = "nullable")]
    pub fact_map: HashMap<String, FactMapEntry>,
    #[serde(default)]
    pub groupings_down: Option<Groupings>,
    #[serde(default)]
    pub groupings_across: Option<Groupings>,
    #[serde(default)]
    pub has_detail_rows: Option<bool>,
    #[serde(default)]
    pub report_metadata: Option<ReportMetadata>,
    #[serde(default)]
    pub report_extended_metadata: Option<ExtendedMetadata>,
}

#[derive(Debug, Clone, Deserialize, Default)]
pub struct FactMapEntry {
    #[serde(default, deserialize_with = "nullable")]
    pub aggregates: Vec<Aggregate>,
    #[serde(default, deserialize_with = "nullable")]
    pub rows: Vec<Row>,
}

#[derive(Debug, Clone, Deserialize, Default)]
pub struct Aggregate {
    #[serde(default)]
    pub label: Option<String>,
    #[serde(default, deserialize_with = "number")]
    pub value: Option<f64>,
}

#[derive(Debug, Clone, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct Row {
    #[serde(default, deserialize_with = "nullable")]
    pub data_cells: Vec<DataCell>,
}

#[derive(Debug, Clone, Deserialize, Default)]
pub struct DataCell {
    #[serde(default)]
    pub label: Option<String>,
    #[serde(default)]
    pub value: Value,
}

#[derive(Debug, Clone, Deserialize, Default)]
pub struct Groupings {
    #[serde(default, deserialize_with = "nullable")]
    pub groupings: Vec<GroupingValue>,
}

#[derive(Debug, Clone, Deserialize, Default)]
pub struct GroupingValue {
    #[serde(default)]
    pub key: String,
    #[serde(default)]
    pub label: Option<String>,
    #[serde(default)]
    pub value: Value,
    #[serde(default, deserialize_with = "nullable")]
    pub groupings: Vec<GroupingValue>,
}

#[derive(Debug, Clone, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct ReportMetadata {
    #[serde(default, deserialize_with = "nullable")]
    pub aggregates: Vec<String>,
    #[serde(default, deserialize_with = "nullable")]
    pub detail_columns: Vec<String>,
    #[serde(default, deserialize_with = "nullable")]
    pub groupings_down: Vec<NameRef>,
    #[serde(default)]
    pub report_format: Option<String>,
    #[serde(default)]
    pub currency: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct ExtendedMetadata {
    #[serde(default, deserialize_with = "nullable")]
    pub aggregate_column_info: HashMap<String, ColumnInfo>,
    #[serde(default, deserialize_with = "nullable")]
    pub detail_column_info: HashMap<String, ColumnInfo>,
    #[serde(default, deserialize_with = "nullable")]
    pub grouping_column_info: HashMap<String, ColumnInfo>,
}

#[derive(Debug, Clone, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct ColumnInfo {
    #[serde(default)]
    pub label: Option<String>,
    #[serde(default)]
    pub data_type: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Default)]
pub struct NameRef {
    #[serde(default)]
    pub name: String,
}

/// Describe / `dashboardMetadata`.
#[derive(Debug, Clone, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct DashboardMetadata {
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub developer_name: Option<String>,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub folder_name: Option<String>,
    #[serde(default)]
    pub chart_theme: Option<String>,
    #[serde(default)]
    pub color_palette: Option<String>,
    #[serde(default, deserialize_with = "nullable")]
    pub components: Vec<ComponentMeta>,
    #[serde(default)]
    pub layout: Option<LayoutRaw>,
    #[serde(default, deserialize_with = "nullable")]
    pub filters: Vec<Filter>,
    #[serde(default)]
    pub running_user: Option<RunningUser>,
}

#[derive(Debug, Clone, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct RunningUser {
    #[serde(default)]
    pub display_name: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct ComponentMeta {
    #[serde(default, deserialize_with = "index")]
    pub component_data: Option<u32>,
    #[serde(default)]
    pub header: Option<String>,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub footer: Option<String>,
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
    #[serde(default)]
    pub properties: Option<ComponentProperties>,
}

#[derive(Debug, Clone, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct ComponentProperties {
    #[serde(default)]
    pub visualization_type: Option<String>,
    #[serde(default)]
    pub visualization_properties: Option<VisualizationProperties>,
    #[serde(default, deserialize_with = "nullable")]
    pub aggregates: Vec<NameRef>,
    #[serde(default, deserialize_with = "nullable")]
    pub groupings: Vec<NameRef>,
    #[serde(default)]
    pub report_format: Option<String>,
    #[serde(default)]
    pub page_name: Option<String>,
}

/// `axisRange`: documented as a String, sent as an object.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum AxisRange {
    Text(String),
    Range {
        #[serde(default, deserialize_with = "number")]
        min: Option<f64>,
        #[serde(default, deserialize_with = "number")]
        max: Option<f64>,
        #[serde(default, rename = "rangeType")]
        range_type: Option<String>,
    },
}

#[derive(Debug, Clone, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct VisualizationProperties {
    #[serde(default)]
    pub axis_range: Option<AxisRange>,
    #[serde(default, deserialize_with = "number")]
    pub decimal_precision: Option<f64>,
    #[serde(default)]
    pub display_units: Option<String>,
    #[serde(default)]
    pub group_by_type: Option<String>,
    #[serde(default)]
    pub legend_position: Option<String>,
    #[serde(default)]
    pub show_values: Option<bool>,
    #[serde(default)]
    pub show_total: Option<bool>,
    #[serde(default)]
    pub show_percentages: Option<bool>,
    #[serde(default, deserialize_with = "nullable")]
    pub break_points: Vec<BreakPoint>,
    #[serde(default)]
    pub metric_label: Option<String>,
    #[serde(default, deserialize_with = "nullable")]
    pub table_columns: Vec<TableColumn>,
    #[serde(default)]
    pub flex_table_type: Option<String>,
    #[serde(default, deserialize_with = "nullable")]
    pub aggregate_visualization_infos: Vec<AggregateVisualization>,
}

#[derive(Debug, Clone, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct BreakPoint {
    #[serde(default)]
    pub aggregate_name: Option<String>,
    #[serde(default, deserialize_with = "nullable")]
    pub breaks: Vec<Break>,
}

#[derive(Debug, Clone, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct Break {
    #[serde(default, deserialize_with = "text")]
    pub color: Option<String>,
    #[serde(default, deserialize_with = "number")]
    pub lower_bound: Option<f64>,
    #[serde(default, deserialize_with = "number")]
    pub upper_bound: Option<f64>,
}

#[derive(Debug, Clone, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct TableColumn {
    #[serde(default)]
    pub column: String,
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct AggregateVisualization {
    #[serde(default)]
    pub axis: Option<String>,
    #[serde(default)]
    pub visualization_type: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct LayoutRaw {
    #[serde(default)]
    pub grid_layout: Option<bool>,
    #[serde(default, deserialize_with = "index")]
    pub num_columns: Option<u32>,
    #[serde(default, deserialize_with = "index")]
    pub row_height: Option<u32>,
    #[serde(default, deserialize_with = "nullable")]
    pub columns: Vec<ClassicColumn>,
    #[serde(default, deserialize_with = "nullable")]
    pub components: Vec<GridCell>,
}

#[derive(Debug, Clone, Deserialize, Default)]
pub struct ClassicColumn {
    #[serde(default, deserialize_with = "nullable")]
    pub components: Vec<u32>,
}

#[derive(Debug, Clone, Deserialize, Default)]
pub struct GridCell {
    #[serde(default, deserialize_with = "index")]
    pub column: Option<u32>,
    #[serde(default, deserialize_with = "index")]
    pub row: Option<u32>,
    #[serde(default, deserialize_with = "index")]
    pub colspan: Option<u32>,
    #[serde(default, deserialize_with = "index")]
    pub rowspan: Option<u32>,
}

#[derive(Debug, Clone, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct Filter {
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default, deserialize_with = "nullable")]
    pub options: Vec<FilterOption>,
    #[serde(default, deserialize_with = "index")]
    pub selected_option: Option<u32>,
}

#[derive(Debug, Clone, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct FilterOption {
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default)]
    pub alias: Option<String>,
    #[serde(default)]
    pub value: Option<String>,
}

/// `GET …/status`.
#[derive(Debug, Clone, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct DashboardStatus {
    #[serde(default, deserialize_with = "nullable")]
    pub component_status: Vec<ComponentRefresh>,
}

#[derive(Debug, Clone, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct ComponentRefresh {
    #[serde(default)]
    pub component_id: Option<String>,
    #[serde(default)]
    pub refresh_date: Option<String>,
    #[serde(default)]
    pub refresh_status: Option<String>,
}

/// A row of `SELECT … FROM Dashboard`.
#[derive(Debug, Clone, Deserialize, Default, PartialEq, Eq)]
pub struct DashboardRecord {
    #[serde(rename = "Id", default)]
    pub id: String,
    #[serde(rename = "Title", default)]
    pub title: Option<String>,
    #[serde(rename = "DeveloperName", default)]
    pub developer_name: Option<String>,
    #[serde(rename = "FolderName", default)]
    pub folder_name: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Default)]
#[serde(rename_all = "camelCase", bound(deserialize = "T: Deserialize<'de>"))]
pub struct QueryResult<T> {
    #[serde(default, deserialize_with = "nullable")]
    pub records: Vec<T>,
    #[serde(default)]
    pub done: Option<bool>,
    #[serde(default)]
    pub next_records_url: Option<String>,
}

/// The 15-character form of an 18-character id (ids from status are 15 long).
pub fn id15(id: &str) -> &str {
    id.get(..15).unwrap_or(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documented_example_parses_with_its_quirks() -> Result<(), serde_json::Error> {
        let json = r#"{
          "componentData": [{
            "componentId": "01aD0000000a36LIAQ",
            "reportResult": { "attributes": null, "allData": true,
              "factMap": { "T!T": {"aggregates":[{"label":"USD 67,043,365.50","value":67043365.50166918337345123291015625}]},
                           "0!T": {"aggregates":[{"label":"USD 10,083.33","value":10083.333333333333939663134515285491943359375}]} },
              "groupingsAcross": null,
              "groupingsDown": {"groupings":[{"groupings":[],"key":"0","label":"-","value":null},
                                             {"groupings":[],"key":"1","label":"Existing Business","value":"Existing Business"}]},
              "hasDetailRows": false,
              "reportMetadata": { "aggregates":["s!AMOUNT"], "reportFormat":"SUMMARY", "buckets": [{"devloperName": "x"}] } },
            "status": {"dataStatus":"DATA","errorCode":302,"errorMessage":null,"errorSeverity":"Warning",
                       "refreshDate":"2014-04-09T00:28:16.000+0000","refreshStatus":"IDLE"} }],
          "dashboardMetadata": { "id":"01ZD00000007S89MAE", "name":"Simple Dashboard", "filters": null, "brandNewField": {"x": 1},
            "components":[{"componentData":0,"header":null,"footer":null,"title":null,"id":"01aD0000000a36LIAQ",
               "reportId":"00OD0000001g2nWMAQ","type":"Report",
               "properties":{"aggregates":[{"name":"s!AMOUNT"}],"visualizationType":"Metric",
                  "visualizationProperties":{"axisRange":"auto","breakPoints":[{"aggregateName":"s!AMOUNT","breaks":[{"color":"0","lowerBound":null,"upperBound":-1}]}],"metricLabel":null}}}],
            "layout":{"columns":[{"components":[0]}]},
            "runningUser":{"displayName":"Allison Wheeler","id":"005D00000016V2qIAE"} }
        }"#;
        let results: DashboardResults = serde_json::from_str(json)?;
        let data = &results.component_data[0];
        let report = data.report_result.as_ref().map(|r| &r.fact_map);
        let total = report
            .and_then(|m| m.get("T!T"))
            .and_then(|e| e.aggregates[0].value);
        assert!(total.is_some_and(|v| (v - 67_043_365.501_669).abs() < 0.01));
        assert_eq!(
            data.status.as_ref().and_then(|s| s.error_code.as_deref()),
            Some("302")
        );
        let meta = &results.dashboard_metadata;
        assert!(meta.filters.is_empty());
        let viz = meta.components[0]
            .properties
            .as_ref()
            .and_then(|p| p.visualization_properties.as_ref());
        assert!(
            matches!(viz.and_then(|v| v.axis_range.as_ref()), Some(AxisRange::Text(t)) if t == "auto")
        );
        assert_eq!(
            viz.map(|v| v.break_points[0].breaks[0].color.as_deref()),
            Some(Some("0"))
        );
        assert_eq!(
            meta.layout
                .as_ref()
                .map(|l| l.columns[0].components.clone()),
            Some(vec![0])
        );
        Ok(())
    }

    #[test]
    fn lightning_layout_with_string_positions() -> Result<(), serde_json::Error> {
        let layout: LayoutRaw = serde_json::from_str(
            r#"{"gridLayout": true, "numColumns": 9, "rowHeight": 80, "components": [{"column": "3", "row": 0, "colspan": 3, "rowspan": "2"}]}"#,
        )?;
        let cell = &layout.components[0];
        assert_eq!(
            (cell.column, cell.row, cell.colspan, cell.rowspan),
            (Some(3), Some(0), Some(3), Some(2))
        );
        let range: AxisRange =
            serde_json::from_str(r#"{"max":null,"min":"0","rangeType":"manual"}"#)?;
        assert!(matches!(range, AxisRange::Range { min: Some(m), max: None, .. } if m == 0.0));
        assert_eq!(id15("01aD0000000a36LIAQ"), "01aD0000000a36L");
        Ok(())
    }
}
