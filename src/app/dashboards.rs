//! After sign-in: the dashboard list, the picker, showing and rotating dashboards, fetching and
//! refreshing them on the scheduler's terms, and keeping the last good data (marked stale) when
//! the network or Salesforce fails. Runs on tokio; hands views to the [`ViewSink`].

use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::mpsc;

use super::controller::{Command, ViewSink};
use super::scheduler::{RefreshPolicy, Scheduler};
use super::view::{Action, Card, DashboardView, PickerView, View};
use crate::auth::Secret;
use crate::clock::SharedClock;
use crate::dashboard::{self, Dashboard};
use crate::error::AppError;
use crate::i18n::UserMessage;
use crate::salesforce::SalesforceClient;
use crate::salesforce::types::{DashboardRecord, DashboardResults};

/// One playlist entry: a dashboard id or developer name, and how long it stays on screen.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlaylistItem {
    pub dashboard: String,
    pub seconds: u64,
    /// Dashboard filter option ids (`0IC…`) sent as `filter1..3`.
    #[serde(default)]
    pub filters: Vec<String>,
}

/// How dashboards are shown.
#[derive(Debug, Clone)]
pub struct DashboardSettings {
    /// Dashboards to rotate through; empty: browse every dashboard.
    pub playlist: Vec<PlaylistItem>,
    /// Without a playlist, rotate through every dashboard this often (the demo does).
    pub rotate_all: Option<Duration>,
    pub policy: RefreshPolicy,
    /// How long a key press pauses rotation.
    pub pause: Duration,
}

impl Default for DashboardSettings {
    fn default() -> Self {
        Self {
            playlist: Vec::new(),
            rotate_all: None,
            policy: RefreshPolicy::default(),
            pause: Duration::from_secs(120),
        }
    }
}

/// Why the dashboards stopped.
#[derive(Debug)]
pub enum Ending {
    Quit,
    /// The person confirmed "Sign out" on the TV.
    SignOutRequested,
    /// The session is gone; sign in again.
    SignedOut(AppError),
}

#[derive(Debug, Clone)]
struct Item {
    /// Dashboard id plus filters: what is fetched, cached and scheduled.
    key: String,
    id: String,
    filters: Vec<String>,
    title: String,
    folder: String,
    seconds: Option<Duration>,
}

#[derive(Debug, Default)]
struct Shown {
    dashboard: Option<Arc<Dashboard>>,
    good_at: Option<chrono::DateTime<chrono::Local>>,
    stale_since: Option<chrono::DateTime<chrono::Local>>,
    problem: Option<UserMessage>,
    revision: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Picker {
        focus: usize,
    },
    /// "Sign out?" asked from the picker's last card.
    Confirm {
        back_to: usize,
    },
    Show {
        pos: usize,
        since: Duration,
    },
}

/// Matches playlist entries to dashboards (id, 15-character id or developer name).
fn items(records: &[DashboardRecord], settings: &DashboardSettings) -> Vec<Item> {
    let item = |r: &DashboardRecord, seconds, filters: &[String]| Item {
        key: if filters.is_empty() {
            r.id.clone()
        } else {
            format!("{}?{}", r.id, filters.join(","))
        },
        id: r.id.clone(),
        filters: filters.to_vec(),
        title: r.title.clone().unwrap_or_else(|| r.id.clone()),
        folder: r.folder_name.clone().unwrap_or_default(),
        seconds,
    };
    if settings.playlist.is_empty() {
        return records
            .iter()
            .map(|r| item(r, settings.rotate_all, &[]))
            .collect();
    }
    settings
        .playlist
        .iter()
        .filter_map(|entry| {
            let found = crate::commands::org::resolve(records, &entry.dashboard);
            if found.is_none() {
                tracing::warn!(dashboard = %entry.dashboard, "playlist entry matches no dashboard");
            }
            found.map(|r| {
                item(
                    r,
                    Some(Duration::from_secs(entry.seconds.max(5))),
                    &entry.filters,
                )
            })
        })
        .collect()
}

struct Fetched {
    key: String,
    result: Result<DashboardResults, AppError>,
}

async fn fetch(
    client: SalesforceClient,
    clock: SharedClock,
    key: String,
    id: String,
    filters: Vec<String>,
    refresh: bool,
) -> Fetched {
    if refresh {
        match client.refresh(&id, &filters).await {
            Ok(()) => {
                // Wait (at most two minutes) until every component is idle again.
                for _ in 0..40 {
                    clock.sleep(Duration::from_secs(3)).await;
                    match client.status(&id, &filters).await {
                        Ok(status)
                            if status.component_status.iter().all(|c| {
                                !c.refresh_status
                                    .as_deref()
                                    .is_some_and(|s| s.eq_ignore_ascii_case("RUNNING"))
                            }) =>
                        {
                            break;
                        }
                        Ok(_) => {}
                        Err(error) => {
                            return Fetched {
                                key,
                                result: Err(error),
                            };
                        }
                    }
                }
            }
            // "Not within a minute" / "already in progress": show what is there.
            Err(AppError::Rest {
                status: 400 | 403,
                message,
                ..
            }) => tracing::info!(%message, "refresh refused; showing current data"),
            Err(error) => {
                return Fetched {
                    key,
                    result: Err(error),
                };
            }
        }
    }
    let result = client.results(&id, &filters).await;
    Fetched { key, result }
}

fn is_session_error(error: &AppError) -> bool {
    matches!(error, AppError::SessionRejected | AppError::MissingApiScope)
}

/// Runs until Quit or until the session is rejected.
pub async fn run_dashboards(
    client: SalesforceClient,
    settings: &DashboardSettings,
    clock: &SharedClock,
    commands: &mut mpsc::UnboundedReceiver<Command>,
    sink: &impl ViewSink,
    account: Option<String>,
    mut on_rotation: impl FnMut(Secret),
) -> Ending {
    let mut scheduler = Scheduler::new(settings.policy.clone());
    let (done_tx, mut done) = mpsc::unbounded_channel::<Fetched>();
    let mut ticker = tokio::time::interval(Duration::from_millis(250));
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);

    // The list first, retried with back-off; the picker explains while it is missing.
    let mut list: Vec<Item> = Vec::new();
    let mut list_problem: Option<UserMessage> = None;
    let mut listing = true;
    let mut list_task = Some(tokio::spawn({
        let client = client.clone();
        async move { client.list_dashboards().await }
    }));
    let mut shown: HashMap<String, Shown> = HashMap::new();
    let mut in_flight: HashSet<String> = HashSet::new();
    let mut mode = Mode::Picker { focus: 0 };
    let mut paused_until: Option<Duration> = None;
    let mut revision = 0u64;
    let mut last_shown: Option<(View, Vec<Action>)> = None;
    const LIST: &str = "\u{0}list";

    loop {
        let now = clock.now();
        // (Re)load the list when due.
        if list_task.is_none()
            && (list.is_empty() || listing)
            && scheduler.wants_fetch(LIST, now, client.api_usage())
        {
            let client = client.clone();
            list_task = Some(tokio::spawn(async move { client.list_dashboards().await }));
        }
        // Rotation.
        if let Mode::Show { pos, since } = mode {
            let paused = paused_until.is_some_and(|until| now < until);
            let due = list
                .get(pos)
                .and_then(|item| item.seconds)
                .is_some_and(|seconds| now.saturating_sub(since) >= seconds);
            if due && !paused && list.len() > 1 {
                mode = Mode::Show {
                    pos: (pos + 1) % list.len(),
                    since: now,
                };
            }
            if paused_until.is_some_and(|until| now >= until) {
                paused_until = None;
                if let Mode::Show { pos, .. } = mode {
                    mode = Mode::Show { pos, since: now };
                }
            }
        }
        // Fetch what is shown now and what comes next.
        if let Mode::Show { pos, since } = mode {
            let mut wanted = vec![pos];
            // Fetch the next one shortly before it is due, so switching is instant.
            let next_soon = list
                .get(pos)
                .and_then(|i| i.seconds)
                .is_some_and(|seconds| {
                    now.saturating_sub(since) + Duration::from_secs(8) >= seconds
                });
            if next_soon && list.len() > 1 {
                wanted.push((pos + 1) % list.len());
            }
            for index in wanted {
                let Some(item) = list.get(index) else {
                    continue;
                };
                if in_flight.contains(&item.key) {
                    continue;
                }
                let usage = client.api_usage();
                let refresh = shown.get(&item.key).is_some_and(|s| s.dashboard.is_some())
                    && scheduler.wants_refresh(&item.key, now, usage);
                if refresh || scheduler.wants_fetch(&item.key, now, usage) {
                    if refresh {
                        scheduler.record_refresh(&item.key, now);
                    }
                    in_flight.insert(item.key.clone());
                    let task = fetch(
                        client.clone(),
                        clock.clone(),
                        item.key.clone(),
                        item.id.clone(),
                        item.filters.clone(),
                        refresh,
                    );
                    let done_tx = done_tx.clone();
                    tokio::spawn(async move {
                        let _ = done_tx.send(task.await);
                    });
                }
            }
        }

        // Cancel first: the safe choice has the focus.
        let actions = if matches!(mode, Mode::Confirm { .. }) {
            vec![Action::Cancel, Action::SignOut]
        } else {
            Vec::new()
        };
        let current = view(
            &mode,
            &list,
            &list_problem,
            &shown,
            paused_until.map(|u| u.saturating_sub(now)),
            &account,
        );
        // The loop wakes four times a second; translating and laying out charts again for an
        // unchanged view would be wasted work, so only changes go to the screen.
        if last_shown.as_ref() != Some(&(current.clone(), actions.clone())) {
            sink.show(current.clone(), actions.clone());
            last_shown = Some((current, actions));
        }

        tokio::select! {
            command = commands.recv() => match command {
                None | Some(Command::Quit) => return Ending::Quit,
                Some(Command::Activity) => {
                    if matches!(mode, Mode::Show { .. }) && list.len() > 1 && list.iter().any(|i| i.seconds.is_some()) {
                        paused_until = Some(clock.now() + settings.pause);
                    }
                }
                Some(Command::OpenDashboard(index)) if index == list.len() && account.is_some() => {
                    mode = Mode::Confirm { back_to: index };
                }
                Some(Command::Activate(Action::SignOut)) if matches!(mode, Mode::Confirm { .. }) => return Ending::SignOutRequested,
                Some(Command::Activate(Action::Cancel) | Command::Back) => {
                    if let Mode::Confirm { back_to } = mode {
                        mode = Mode::Picker { focus: back_to };
                    }
                }
                Some(Command::OpenDashboard(index)) if index < list.len() => {
                    mode = Mode::Show { pos: index, since: clock.now() };
                }
                Some(Command::StepDashboard(step)) if !list.is_empty() => {
                    if let Mode::Show { pos, .. } = mode {
                        let n = list.len() as i64;
                        mode = Mode::Show { pos: (pos as i64 + step as i64).rem_euclid(n) as usize, since: clock.now() };
                    }
                }
                Some(Command::ToPicker) => {
                    if let Mode::Show { pos, .. } = mode {
                        mode = Mode::Picker { focus: pos };
                        paused_until = None;
                    }
                }
                Some(_) => {}
            },
            Some(fetched) = done.recv() => {
                in_flight.remove(&fetched.key);
                if let Some(rotated) = client.take_rotated_refresh_token() {
                    on_rotation(rotated);
                }
                let now = clock.now();
                let entry = shown.entry(fetched.key.clone()).or_default();
                match fetched.result {
                    Ok(results) => {
                        scheduler.record_fetch(&fetched.key, now, true);
                        revision += 1;
                        entry.dashboard = Some(Arc::new(dashboard::build(&results)));
                        entry.good_at = Some(chrono::Local::now());
                        entry.stale_since = None;
                        entry.problem = None;
                        entry.revision = revision;
                    }
                    Err(error) if is_session_error(&error) => return Ending::SignedOut(error),
                    Err(error) => {
                        tracing::warn!(%error, dashboard = %fetched.key, "could not update dashboard; keeping what is on screen");
                        scheduler.record_fetch(&fetched.key, now, false);
                        if entry.dashboard.is_some() {
                            entry.stale_since = entry.good_at;
                        } else {
                            entry.problem = Some(error.user_message());
                        }
                    }
                }
            }
            joined = async { match list_task.as_mut() { Some(task) => task.await, None => std::future::pending().await } } => {
                list_task = None;
                let now = clock.now();
                match joined {
                    Ok(Ok(records)) => {
                        scheduler.record_fetch(LIST, now, true);
                        listing = false;
                        list = items(&records, settings);
                        list_problem = None;
                        let rotating = list.len() > 1 && list.iter().any(|i| i.seconds.is_some());
                        if rotating || list.len() == 1 {
                            mode = Mode::Show { pos: 0, since: now };
                        }
                    }
                    Ok(Err(error)) if is_session_error(&error) => return Ending::SignedOut(error),
                    Ok(Err(error)) => {
                        tracing::warn!(%error, "could not list dashboards; retrying");
                        scheduler.record_fetch(LIST, now, false);
                        list_problem = Some(error.user_message());
                    }
                    Err(error) => {
                        tracing::error!(%error, "dashboard list task failed");
                        scheduler.record_fetch(LIST, now, false);
                    }
                }
            }
            _ = ticker.tick() => {}
        }
    }
}

fn view(
    mode: &Mode,
    list: &[Item],
    problem: &Option<UserMessage>,
    shown: &HashMap<String, Shown>,
    paused: Option<Duration>,
    account: &Option<String>,
) -> View {
    match *mode {
        Mode::Picker { focus } => View::Picker(PickerView {
            cards: list
                .iter()
                .map(|i| Card {
                    title: i.title.clone(),
                    folder: i.folder.clone(),
                })
                .collect(),
            focus,
            problem: problem.clone(),
            account: account.clone(),
        }),
        Mode::Confirm { .. } => View::ConfirmSignOut {
            account: account.clone().unwrap_or_default(),
        },
        Mode::Show { pos, .. } => {
            let item = list.get(pos);
            let entry = item.and_then(|i| shown.get(&i.key));
            View::Dashboard(DashboardView {
                dashboard: entry.and_then(|e| e.dashboard.clone()),
                title: item.map(|i| i.title.clone()).unwrap_or_default(),
                index: pos,
                count: list.len(),
                stale_since: entry.and_then(|e| e.stale_since),
                problem: entry.and_then(|e| e.problem.clone()),
                paused_secs: paused.map(|p| p.as_secs() + u64::from(p.subsec_nanos() > 0)),
                revision: entry.map_or(0, |e| e.revision),
            })
        }
    }
}
