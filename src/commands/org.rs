//! `wallboard dashboards` and `snapshot --dashboard`: read from the signed-in org (or, with
//! `--demo`, from an embedded demo org).

use std::net::SocketAddr;

use super::{demo, exit, exit_code, flow_client, runtime, session};
use crate::config::Config;
use crate::dashboard::Dashboard;
use crate::error::AppError;
use crate::i18n::Localizer;
use crate::salesforce::SalesforceClient;
use crate::salesforce::types::DashboardRecord;

async fn with_client<T>(
    config: &Config,
    use_demo: bool,
    work: impl AsyncFnOnce(SalesforceClient) -> Result<T, AppError>,
) -> Result<T, AppError> {
    let http = crate::http::client()?;
    if use_demo {
        let options = demo::DemoOptions {
            listen: SocketAddr::from(([127, 0, 0, 1], 0)),
            public_url: None,
            code_lifetime: config.code_lifetime,
            interval: 5,
            rotate_refresh_tokens: false,
            access_token_lifetime: None,
        };
        let org = demo::start(&options)
            .await
            .map_err(|e| AppError::Config(format!("cannot start the demo org: {e}")))?;
        let mut demo_config = config.clone();
        demo::use_demo_org(&mut demo_config, &org);
        let (client, _) = flow_client(&demo_config, &http)?;
        let (rest, _) = session::demo_session(&org, &client, &http).await?;
        let result = work(rest).await;
        org.shutdown().await;
        result
    } else {
        work(session::from_saved(config, &http).await?).await
    }
}

/// Finds a dashboard by id (15 or 18 characters) or developer name.
pub fn resolve<'a>(records: &'a [DashboardRecord], wanted: &str) -> Option<&'a DashboardRecord> {
    let wanted = wanted.trim();
    records.iter().find(|r| {
        r.id == wanted
            || (wanted.len() == 15 && r.id.starts_with(wanted))
            || r.developer_name
                .as_deref()
                .is_some_and(|d| d.eq_ignore_ascii_case(wanted))
    })
}

/// Prints id, title and folder of every dashboard; returns the exit code.
pub fn list(config: &Config, use_demo: bool) -> u8 {
    let l10n = Localizer::new(config.locale.as_deref());
    let result = runtime()
        .map_err(|e| AppError::Config(e.to_string()))
        .and_then(|rt| {
            rt.block_on(with_client(config, use_demo, async |client| {
                client.list_dashboards().await
            }))
        });
    match result {
        Ok(records) => {
            for record in records {
                super::say!(
                    "{}\t{}\t{}",
                    record.id,
                    record.title.unwrap_or_default(),
                    record.folder_name.unwrap_or_default()
                );
            }
            exit::OK
        }
        Err(error) => {
            eprintln!("{}", l10n.message(&error.user_message()));
            exit_code(&error)
        }
    }
}

/// Fetches and models one dashboard.
pub fn fetch_dashboard(
    config: &Config,
    use_demo: bool,
    wanted: &str,
) -> Result<Dashboard, AppError> {
    let runtime = runtime().map_err(|e| AppError::Config(e.to_string()))?;
    runtime.block_on(with_client(config, use_demo, async |client| {
        let records = client.list_dashboards().await?;
        let id = resolve(&records, wanted).map_or_else(|| wanted.to_owned(), |r| r.id.clone());
        let results = client.results(&id, &[]).await?;
        Ok(crate::dashboard::build(&results))
    }))
}
