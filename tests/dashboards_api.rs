//! The REST client and the dashboard model against the demo org's Analytics API over HTTP.

mod common;

use std::time::Duration;

use common::*;
use wallboard::clock::ManualClock;
use wallboard::dashboard::{Body, ChartKind, Stacking, build};
use wallboard::demo_org::DemoOrgConfig;
use wallboard::error::AppError;

#[tokio::test]
async fn every_sample_dashboard_builds_every_tile_kind() -> TestResult {
    let clock = ManualClock::new();
    let org = demo_org(&clock, DemoOrgConfig::default()).await?;
    let (client, _) = rest_client(&org, &clock).await?;
    assert_eq!(client.version(), "66.0", "newest version Wallboard knows");
    let list = client.list_dashboards().await?;
    let titles: Vec<&str> = list.iter().filter_map(|d| d.title.as_deref()).collect();
    assert_eq!(titles.len(), 4);
    assert!(titles.contains(&"Sales Pipeline") && titles.contains(&"Executive Overview"));
    assert!(
        list.iter()
            .all(|d| d.folder_name.is_some() && d.id.len() == 18)
    );

    let english = wallboard::i18n::Values::new("en-US");
    let mut kinds = std::collections::BTreeSet::new();
    for record in &list {
        let results = client.results(&record.id, &[]).await?;
        let dashboard = build(&results);
        assert_eq!(Some(dashboard.title.as_str()), record.title.as_deref());
        assert!(dashboard.as_of.is_some());
        assert_eq!(
            dashboard.tiles.len(),
            results.dashboard_metadata.components.len()
        );
        for tile in &dashboard.tiles {
            let kind = match &tile.body {
                Body::Metric { amount, color, .. } => {
                    let text = english.amount(amount);
                    assert!(!text.is_empty());
                    if tile.title == "Closed Won This Quarter" {
                        assert!(color.is_some(), "break-point colour");
                        assert!(text.starts_with('$') && text.ends_with('M'), "{text}");
                    }
                    "metric".to_owned()
                }
                Body::Gauge {
                    value,
                    min,
                    max,
                    bands,
                    ..
                } => {
                    assert!(min < max && !bands.is_empty() && value > min);
                    "gauge".to_owned()
                }
                Body::Chart(chart) => {
                    assert!(
                        chart.legend.len() <= 6,
                        "{}: {} legend entries",
                        tile.title,
                        chart.legend.len()
                    );
                    if chart.kind == ChartKind::Donut && tile.title == "Won by Lead Source" {
                        assert_eq!(
                            chart.categories.last().map(String::as_str),
                            Some(wallboard::dashboard::OTHER)
                        );
                        assert!(chart.total.is_some());
                    }
                    if chart.kind == ChartKind::Line {
                        assert_eq!(
                            chart.categories.first().map(String::as_str),
                            Some("23/11/2026"),
                            "dates in order"
                        );
                    }
                    if tile.title == "Pipeline by Close Month" {
                        assert_eq!(chart.stacking, Stacking::Stacked);
                        assert_eq!(chart.series.len(), 4);
                    }
                    if tile.title == "Bookings and Deal Count by Month" {
                        assert!(chart.line_y2.is_some(), "combination chart");
                    }
                    format!("{:?}", chart.kind).to_lowercase()
                }
                Body::Table(table) => {
                    assert!(
                        !table.rows.is_empty()
                            && table.rows.iter().all(|r| r.len() == table.columns.len())
                    );
                    "table".to_owned()
                }
                Body::NoData => "nodata".to_owned(),
                Body::Error { message } => {
                    assert!(message.contains("isn't available"));
                    "error".to_owned()
                }
                other => format!("{other:?}"),
            };
            kinds.insert(kind);
        }
    }
    for kind in [
        "metric", "gauge", "bar", "column", "line", "pie", "donut", "funnel", "scatter", "table",
        "nodata", "error",
    ] {
        assert!(kinds.contains(kind), "no {kind} tile in {kinds:?}");
    }
    let usage = client.api_usage().ok_or("no Sforce-Limit-Info")?;
    assert!(usage.used >= 5 && usage.limit == 15_000);
    Ok(())
}

#[tokio::test]
async fn an_expired_access_token_is_refreshed_once_for_all_requests() -> TestResult {
    let clock = ManualClock::new();
    let org = demo_org(&clock, DemoOrgConfig::default()).await?;
    let (client, tokens) = rest_client(&org, &clock).await?;
    let id = client
        .list_dashboards()
        .await?
        .first()
        .map(|d| d.id.clone())
        .ok_or("no dashboards")?;
    assert!(
        org.revoke(tokens.access_token.expose()),
        "the access token dies, the refresh token lives"
    );
    let calls = (0..5).map(|_| {
        let client = client.clone();
        let id = id.clone();
        tokio::spawn(async move { client.results(&id, &[]).await.map(|_| ()) })
    });
    for call in calls {
        call.await??;
    }
    assert_eq!(
        org.stats().refreshes,
        1,
        "one refresh shared by five requests"
    );
    Ok(())
}

#[tokio::test]
async fn a_revoked_refresh_token_means_sign_in_again() -> TestResult {
    let clock = ManualClock::new();
    let org = demo_org(&clock, DemoOrgConfig::default()).await?;
    let (client, tokens) = rest_client(&org, &clock).await?;
    assert!(
        org.revoke(
            tokens
                .refresh_token
                .as_ref()
                .ok_or("no refresh token")?
                .expose()
        )
    );
    let error = client
        .list_dashboards()
        .await
        .err()
        .ok_or("call succeeded")?;
    assert!(matches!(error, AppError::SessionRejected), "{error:?}");
    Ok(())
}

#[tokio::test]
async fn refresh_status_and_the_once_a_minute_rule() -> TestResult {
    let clock = ManualClock::new();
    let org = demo_org(&clock, DemoOrgConfig::default()).await?;
    let (client, _) = rest_client(&org, &clock).await?;
    let id = "01Z5g00000PipeDAAA";
    let before = build(&client.results(id, &[]).await?);
    client.refresh(id, &[]).await?;
    let running = client.status(id, &[]).await?;
    assert!(
        running
            .component_status
            .iter()
            .all(|c| c.refresh_status.as_deref() == Some("RUNNING"))
    );
    assert!(
        running
            .component_status
            .iter()
            .all(|c| c.component_id.as_ref().is_some_and(|i| i.len() == 15))
    );
    clock.advance(Duration::from_secs(90));
    let idle = client.status(id, &[]).await?;
    assert!(
        idle.component_status
            .iter()
            .all(|c| c.refresh_status.as_deref() == Some("IDLE"))
    );
    let after = build(&client.results(id, &[]).await?);
    assert_ne!(
        before.tiles[0].body, after.tiles[0].body,
        "refreshed values move"
    );
    client.refresh(id, &[]).await?;
    clock.advance(Duration::from_secs(10));
    client.status(id, &[]).await?;
    let error = client
        .refresh(id, &[])
        .await
        .err()
        .ok_or("second refresh accepted")?;
    assert!(
        matches!(&error, AppError::Rest { message, .. } if message.contains("already in progress") || message.contains("once in a minute")),
        "{error:?}"
    );
    Ok(())
}

#[tokio::test]
async fn filters_select_options_and_bad_ones_are_refused() -> TestResult {
    let clock = ManualClock::new();
    let org = demo_org(&clock, DemoOrgConfig::default()).await?;
    let (client, _) = rest_client(&org, &clock).await?;
    let id = "01Z5g00000PipeDAAA";
    let filtered = client.results(id, &["0IC5g00000EmeaAAAA".into()]).await?;
    assert_eq!(
        filtered.dashboard_metadata.filters[0].selected_option,
        Some(0)
    );
    let error = client
        .results(id, &["0IC5g00000NopeAAAA".into()])
        .await
        .err()
        .ok_or("bad filter accepted")?;
    assert!(
        matches!(&error, AppError::Rest { status: 400, message, .. } if message == "The selected filter item isn't valid."),
        "{error:?}"
    );
    // 15-character ids work as well.
    assert_eq!(client.describe(&id[..15]).await?.components.len(), 6);
    Ok(())
}
