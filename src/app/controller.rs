//! Runs the sign-in state machine on the tokio runtime: executes its effects (HTTP, poller,
//! identity, saving), feeds results back in, and hands every new view to a [`ViewSink`].

use std::path::PathBuf;
use std::time::Duration;

use tokio::sync::mpsc;

use std::sync::Arc;

use url::Url;

use super::dashboards::{DashboardSettings, Ending, run_dashboards};
use super::sign_in::{Effect, Input, SignInMachine};
use super::view::{Action, PickerView, View};
use crate::auth::SignedInUser;
use crate::auth::TokenResponse;
use crate::auth::credentials::{self, SavedSignIn};
use crate::auth::refresh::{Refresher, TokenKeeper};
use crate::auth::{DeviceFlowClient, PollerOptions, PollerSlot, TaggedEvent, identity};
use crate::clock::SharedClock;
use crate::error::AppError;
use crate::salesforce::SalesforceClient;

/// Commands from the remote, after the UI turned keys into them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    Activate(Action),
    Back,
    Quit,
    /// OK on a picker card.
    OpenDashboard(usize),
    /// Left/Right on a dashboard.
    StepDashboard(i32),
    /// Back on a dashboard.
    ToPicker,
    /// Any remote key (pauses rotation).
    Activity,
}

/// Where views go (the Slint bridge, or a test).
pub trait ViewSink: Send + 'static {
    fn show(&self, view: View, actions: Vec<Action>);
}

impl<F: Fn(View, Vec<Action>) + Send + 'static> ViewSink for F {
    fn show(&self, view: View, actions: Vec<Action>) {
        self(view, actions);
    }
}

/// Everything the sign-in needs from outside.
pub struct SignInContext {
    pub http: reqwest::Client,
    pub client: DeviceFlowClient,
    pub clock: SharedClock,
    pub options: PollerOptions,
    pub max_renewals: u32,
    /// Where the sign-in is saved; `None` keeps it in memory only.
    pub state_dir: Option<PathBuf>,
}

/// How long the "Connected as" confirmation stays before the dashboards appear.
pub const CONFIRMATION: Duration = Duration::from_millis(2500);

/// The sign-in screens until someone approves; `None` when asked to quit.
pub async fn sign_in(
    context: &SignInContext,
    commands: &mut mpsc::UnboundedReceiver<Command>,
    sink: &impl ViewSink,
) -> Option<(Box<TokenResponse>, SignedInUser)> {
    let mut machine = SignInMachine::new(context.max_renewals, context.options.default_lifetime);
    let mut poller = PollerSlot::default();
    let (events_tx, mut events) = mpsc::unbounded_channel::<TaggedEvent>();
    let (inputs_tx, mut inputs) = mpsc::unbounded_channel::<Input>();
    let mut ticker = tokio::time::interval(Duration::from_secs(1));
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
    let mut approved: Option<Box<TokenResponse>> = None;

    let mut pending = machine.begin();
    loop {
        for effect in pending.drain(..) {
            if let Effect::Identify { tokens, .. } = &effect {
                approved = Some(tokens.clone());
            }
            run_effect(effect, context, &mut poller, &events_tx, &inputs_tx).await;
        }
        let view = machine.view(context.clock.now());
        sink.show(view.clone(), machine.actions());
        if let (View::SignedIn(user), Some(tokens)) = (&view, &approved) {
            // Let the person read who signed in, then hand over to the dashboards.
            tokio::select! {
                command = commands.recv() => if matches!(command, None | Some(Command::Quit)) { break },
                _ = tokio::time::sleep(CONFIRMATION) => {}
            }
            poller.cancel().await;
            return Some((tokens.clone(), user.clone()));
        }
        let input = tokio::select! {
            command = commands.recv() => match command {
                None | Some(Command::Quit) => break,
                Some(Command::Back) => Input::Back,
                Some(Command::Activate(action)) => Input::Activate(action),
                Some(_) => continue,
            },
            Some(event) = events.recv() => Input::Poll(event),
            Some(input) = inputs.recv() => input,
            _ = ticker.tick() => continue,
        };
        pending = machine.handle(input, context.clock.now());
    }
    poller.cancel().await;
    None
}

/// Everything the app needs: how to sign in and how to show dashboards.
pub struct AppContext {
    pub sign_in: SignInContext,
    pub dashboards: DashboardSettings,
}

/// Connects the REST client for fresh tokens.
async fn connect(
    context: &SignInContext,
    tokens: &TokenResponse,
) -> Result<SalesforceClient, AppError> {
    let server = context.client.server();
    let refresher = tokens.refresh_token.clone().map(|refresh_token| Refresher {
        token_url: server.token_url.clone(),
        client_id: server.client_id.clone(),
        refresh_token,
    });
    let keeper = Arc::new(TokenKeeper::new(
        context.http.clone(),
        tokens.access_token.clone(),
        refresher,
    ));
    let instance = tokens
        .instance_url
        .as_deref()
        .and_then(|u| Url::parse(u).ok())
        .ok_or_else(|| AppError::BadResponse {
            host: server.login_host.display_host(),
            detail: "the token response has no instance_url".into(),
        })?;
    SalesforceClient::connect(context.http.clone(), instance, keeper).await
}

/// The whole app: sign in, show dashboards, and sign in again if the session is rejected.
/// Runs until `commands` closes or says Quit.
pub async fn run_app(
    context: AppContext,
    mut commands: mpsc::UnboundedReceiver<Command>,
    sink: impl ViewSink,
) {
    while let Some((tokens, user)) = sign_in(&context.sign_in, &mut commands, &sink).await {
        tracing::info!(user = %user.username, "showing dashboards");
        // Connecting needs the network; keep trying (with back-off) rather than give up.
        let mut wait = Duration::from_secs(2);
        let client = loop {
            match connect(&context.sign_in, &tokens).await {
                Ok(client) => break Some(client),
                Err(error @ (AppError::SessionRejected | AppError::MissingApiScope)) => {
                    tracing::warn!(%error, "session rejected; signing in again");
                    break None;
                }
                Err(error) => {
                    tracing::warn!(%error, "cannot reach Salesforce yet; retrying");
                    sink.show(
                        View::Picker(PickerView {
                            cards: Vec::new(),
                            focus: 0,
                            problem: Some(error.user_message()),
                        }),
                        Vec::new(),
                    );
                    tokio::select! {
                        command = commands.recv() => if matches!(command, None | Some(Command::Quit)) { return },
                        _ = context.sign_in.clock.sleep(wait) => {}
                    }
                    wait = (wait * 2).min(Duration::from_secs(60));
                }
            }
        };
        let Some(client) = client else { continue };
        match run_dashboards(
            client,
            &context.dashboards,
            &context.sign_in.clock,
            &mut commands,
            &sink,
        )
        .await
        {
            Ending::Quit => return,
            Ending::SignedOut(error) => tracing::warn!(%error, "session ended; signing in again"),
        }
    }
}

/// Only the sign-in (kept for callers that do not show dashboards).
pub async fn run_sign_in(
    context: SignInContext,
    mut commands: mpsc::UnboundedReceiver<Command>,
    sink: impl ViewSink,
) {
    let _ = sign_in(&context, &mut commands, &sink).await;
}

async fn run_effect(
    effect: Effect,
    context: &SignInContext,
    poller: &mut PollerSlot,
    events: &mpsc::UnboundedSender<TaggedEvent>,
    inputs: &mpsc::UnboundedSender<Input>,
) {
    match effect {
        Effect::Start { flow } => {
            poller.cancel().await;
            let client = context.client.clone();
            let inputs = inputs.clone();
            tokio::spawn(async move {
                let input = match client.start().await {
                    Ok(authorization) => {
                        tracing::info!(flow, verification_uri = %authorization.verification_uri, "sign-in code issued");
                        Input::Started {
                            flow,
                            authorization: Box::new(authorization),
                        }
                    }
                    Err(error) => Input::StartFailed { flow, error },
                };
                let _ = inputs.send(input);
            });
        }
        Effect::Poll {
            flow,
            authorization,
        } => {
            poller
                .start(
                    flow,
                    context.client.clone(),
                    *authorization,
                    context.clock.clone(),
                    context.options.clone(),
                    events.clone(),
                )
                .await;
        }
        Effect::Cancel => {
            poller.cancel().await;
            tracing::info!("sign-in cancelled");
        }
        Effect::Identify { flow, tokens } => {
            let http = context.http.clone();
            let state_dir = context.state_dir.clone();
            let login_host = context.client.server().login_host.base().to_string();
            let inputs = inputs.clone();
            tokio::spawn(async move {
                let input = match identity::fetch(&http, &tokens, None).await {
                    Ok(user) => {
                        tracing::info!(user = %user.username, org = %user.org_name, "signed in");
                        if let Some(dir) = state_dir {
                            match credentials::save(
                                &dir,
                                &SavedSignIn::new(&login_host, &tokens, &user),
                            ) {
                                Ok(path) => tracing::info!(path = %path.display(), "sign-in saved"),
                                Err(error) => tracing::error!(%error, "could not save the sign-in"),
                            }
                        }
                        Input::Identified { flow, user }
                    }
                    Err(error) => Input::IdentityFailed { flow, error },
                };
                let _ = inputs.send(input);
            });
        }
    }
}
