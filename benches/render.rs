//! Time to show each demo dashboard with the software renderer (build the tiles from the model
//! and render a full frame), at 1080p and 4K. Prints the median of several runs per dashboard;
//! the heaviest one is the figure in the README.   cargo bench --bench render

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use slint::ComponentHandle;
use wallboard::app::{DashboardView, View};
use wallboard::config::{Config, ConfigArgs, FileConfig};
use wallboard::demo_org::{DemoOrg, DemoOrgConfig};
use wallboard::i18n::Localizer;
use wallboard::ui::{AppWindow, bridge, headless};

const RUNS: usize = 15;

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    let dashboards = runtime.block_on(async {
        let org = DemoOrg::start(
            SocketAddr::from(([127, 0, 0, 1], 0)),
            DemoOrgConfig::default(),
        )
        .await?;
        let mut config = Config::merge(ConfigArgs::default(), FileConfig::default())?;
        wallboard::commands::demo::use_demo_org(&mut config, &org);
        let http = wallboard::http::client()?;
        let (client, _) = wallboard::commands::flow_client(&config, &http)?;
        let (rest, _) = wallboard::commands::session::demo_session(&org, &client, &http).await?;
        let mut out = Vec::new();
        for record in rest.list_dashboards().await? {
            out.push(wallboard::dashboard::build(
                &rest.results(&record.id, &[]).await?,
            ));
        }
        org.shutdown().await;
        Ok::<_, Box<dyn std::error::Error>>(out)
    })?;

    headless::install()?;
    let window = AppWindow::new()?;
    let l10n = Localizer::for_locale("en-US");
    bridge::install(
        &window,
        wallboard::i18n::SharedLocalizer::new(Localizer::for_locale("en-US")),
        None,
    );
    window.show()?;
    for (width, height) in [(1920, 1080), (3840, 2160)] {
        headless::set_size(window.window(), width, height);
        let mut worst = (Duration::ZERO, String::new());
        for dashboard in &dashboards {
            let title = dashboard.title.clone();
            let shared = Arc::new(dashboard.clone());
            let mut samples = Vec::with_capacity(RUNS);
            for run in 0..=RUNS {
                let view = View::Dashboard(DashboardView {
                    dashboard: Some(shared.clone()),
                    title: title.clone(),
                    index: 0,
                    count: 4,
                    stale_since: None,
                    problem: None,
                    paused_secs: None,
                    revision: (run + 1) as u64 + width as u64 * 1000,
                });
                let started = Instant::now();
                bridge::apply(&window, &bridge::model(&view, &[], &l10n));
                let frame = headless::snapshot(window.window())?;
                let elapsed = started.elapsed();
                std::hint::black_box(frame);
                if run > 0 {
                    samples.push(elapsed);
                }
            }
            let m = median(samples);
            println!(
                "{width}x{height}  {title:<24} median {:>6.1} ms over {RUNS} runs",
                m.as_secs_f64() * 1000.0
            );
            if m > worst.0 {
                worst = (m, title);
            }
        }
        println!(
            "{width}x{height}  heaviest: {} at {:.1} ms (median)",
            worst.1,
            worst.0.as_secs_f64() * 1000.0
        );
    }
    Ok(())
}
