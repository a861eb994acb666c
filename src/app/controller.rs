//! Runs the sign-in state machine on the tokio runtime: executes its effects (HTTP, poller,
//! identity, saving), feeds results back in, and hands every new view to a [`ViewSink`].

use std::time::Duration;

use tokio::sync::mpsc;

use std::sync::Arc;

use url::Url;

use super::dashboards::{DashboardSettings, Ending, run_dashboards};
use super::sign_in::{Effect, Input, SignInMachine};
use super::view::{Action, View};
use crate::auth::SignedInUser;
use crate::auth::TokenResponse;
use crate::auth::credentials::SavedSignIn;
use crate::auth::refresh::{Refresher, TokenKeeper};
use crate::auth::store::{CredentialStore, SharedStore};
use crate::auth::{DeviceFlowClient, PollerOptions, PollerSlot, TaggedEvent, identity};
use crate::auth::{LoginHost, Secret};
use crate::clock::SharedClock;
use crate::error::AppError;
use crate::i18n::UserMessage;
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
#[derive(Clone)]
pub struct SignInContext {
    pub http: reqwest::Client,
    pub client: DeviceFlowClient,
    pub clock: SharedClock,
    pub options: PollerOptions,
    pub max_renewals: u32,
    /// Where the sign-in is saved; `None` keeps it in memory only.
    pub store: Option<SharedStore>,
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

/// A REST client from a refresh token (a saved sign-in, or fresh tokens). With `access` the
/// first call uses it; without, the token is refreshed first.
/// Returns a refresh token the server rotated while connecting.
async fn connect(
    context: &SignInContext,
    instance_url: Option<&str>,
    access: Option<Secret>,
    refresh_token: Option<Secret>,
    token_url: Url,
) -> Result<(SalesforceClient, Option<Secret>), AppError> {
    let server = context.client.server();
    let refresher = refresh_token.map(|refresh_token| Refresher {
        token_url,
        client_id: server.client_id.clone(),
        refresh_token,
    });
    let fresh = access.is_none();
    let keeper = Arc::new(TokenKeeper::new(
        context.http.clone(),
        access.unwrap_or_default(),
        refresher,
    ));
    let rotated = if fresh {
        keeper.refresh(0).await?
    } else {
        None
    };
    let instance = instance_url
        .and_then(|u| Url::parse(u).ok())
        .ok_or_else(|| AppError::BadResponse {
            host: server.login_host.display_host(),
            detail: "no instance_url".into(),
        })?;
    Ok((
        SalesforceClient::connect(context.http.clone(), instance, keeper).await?,
        rotated,
    ))
}

/// Keeps trying `attempt` with back-off while the network is down, showing `waiting` with the
/// problem. `Ok(None)` when asked to quit.
async fn with_retries<T>(
    context: &SignInContext,
    commands: &mut mpsc::UnboundedReceiver<Command>,
    sink: &impl ViewSink,
    waiting: impl Fn(Option<UserMessage>) -> View,
    mut attempt: impl FnMut() -> std::pin::Pin<
        Box<dyn std::future::Future<Output = Result<T, AppError>> + Send>,
    >,
) -> Result<Option<T>, AppError> {
    let mut wait = Duration::from_secs(2);
    loop {
        sink.show(waiting(None), Vec::new());
        match attempt().await {
            Ok(value) => return Ok(Some(value)),
            Err(
                error @ (AppError::SessionRejected
                | AppError::MissingApiScope
                | AppError::InvalidClient { .. }),
            ) => return Err(error),
            Err(error) => {
                tracing::warn!(%error, retry_in = ?wait, "cannot reach Salesforce yet; retrying");
                sink.show(waiting(Some(error.user_message())), Vec::new());
                tokio::select! {
                    command = commands.recv() => if matches!(command, None | Some(Command::Quit)) { return Ok(None) },
                    _ = context.clock.sleep(wait) => {}
                }
                wait = (wait * 2).min(Duration::from_secs(60));
            }
        }
    }
}

async fn store_op<T: Send + 'static>(
    store: &SharedStore,
    op: impl FnOnce(&dyn CredentialStore) -> Result<T, AppError> + Send + 'static,
) -> Result<T, AppError> {
    let store = store.clone();
    tokio::task::spawn_blocking(move || op(store.as_ref()))
        .await
        .map_err(|e| AppError::Storage {
            path: "credential store".into(),
            detail: e.to_string(),
        })?
}

/// The whole app: resume a saved sign-in (or sign in), show dashboards, and sign in again
/// when the session is rejected. Runs until `commands` closes or says Quit.
pub async fn run_app(
    context: AppContext,
    mut commands: mpsc::UnboundedReceiver<Command>,
    sink: impl ViewSink,
) {
    let store = context.sign_in.store.clone();
    let mut saved = match &store {
        Some(store) => store_op(store, |s| s.load()).await.unwrap_or_else(|error| {
            tracing::error!(%error, "cannot read the saved sign-in; signing in again");
            None
        }),
        None => None,
    };
    let mut notice: Option<UserMessage> = None;
    loop {
        let (client, mut current) = if let Some(resume) = saved.take() {
            // Boot with a saved sign-in: refresh, never show the code screen for network trouble.
            let name = resume.user.display_name.clone();
            let language = resume.user.language.clone();
            let token_url =
                LoginHost::parse(&resume.login_host).map(|h| h.endpoint("services/oauth2/token"));
            let attempt = match token_url {
                Ok(token_url) => {
                    let waiting = |problem| View::Resuming {
                        name: name.clone(),
                        language: language.clone(),
                        problem,
                    };
                    let (ctx, instance, refresh) = (
                        context.sign_in.clone(),
                        resume.instance_url.clone(),
                        resume.refresh_token.clone(),
                    );
                    with_retries(&context.sign_in, &mut commands, &sink, waiting, move || {
                        let (ctx, instance, refresh, token_url) = (
                            ctx.clone(),
                            instance.clone(),
                            refresh.clone(),
                            token_url.clone(),
                        );
                        Box::pin(async move {
                            connect(&ctx, instance.as_deref(), None, refresh, token_url).await
                        })
                    })
                    .await
                }
                Err(error) => Err(error),
            };
            match attempt {
                Ok(Some((client, rotated))) => {
                    let mut resume = resume;
                    if let (Some(rotated), Some(store)) = (rotated, &store) {
                        resume.refresh_token = Some(rotated);
                        let snapshot = resume.clone();
                        match store_op(store, move |s| s.save(&snapshot)).await {
                            Ok(()) => tracing::info!("rotated refresh token stored"),
                            Err(error) => {
                                tracing::error!(%error, "could not store the rotated refresh token")
                            }
                        }
                    }
                    (client, Some(resume))
                }
                Ok(None) => return,
                Err(error) => {
                    tracing::warn!(%error, "the saved sign-in no longer works; deleting it");
                    if matches!(error, AppError::MissingApiScope)
                        && !configuration_problem(&error, &mut commands, &sink).await
                    {
                        return;
                    }
                    if let Some(store) = &store
                        && let Err(error) = store_op(store, |s| s.delete()).await
                    {
                        tracing::error!(%error, "could not delete the saved sign-in");
                    }
                    notice = Some(error.user_message());
                    continue;
                }
            }
        } else {
            if let Some(message) = notice.take() {
                sink.show(View::Notice(message), Vec::new());
                tokio::select! {
                    command = commands.recv() => if matches!(command, None | Some(Command::Quit)) { return },
                    _ = tokio::time::sleep(NOTICE) => {}
                }
            }
            let Some((tokens, user)) = sign_in(&context.sign_in, &mut commands, &sink).await else {
                return;
            };
            tracing::info!(user = %user.username, "showing dashboards");
            let login_host = context
                .sign_in
                .client
                .server()
                .login_host
                .base()
                .to_string();
            let token_url = context.sign_in.client.server().token_url.clone();
            let waiting = |problem| View::Resuming {
                name: user.display_name.clone(),
                language: user.language.clone(),
                problem,
            };
            let (ctx, shared_tokens) = (context.sign_in.clone(), tokens.clone());
            let attempt =
                with_retries(&context.sign_in, &mut commands, &sink, waiting, move || {
                    let (ctx, tokens, token_url) =
                        (ctx.clone(), shared_tokens.clone(), token_url.clone());
                    Box::pin(async move {
                        connect(
                            &ctx,
                            tokens.instance_url.as_deref(),
                            Some(tokens.access_token.clone()),
                            tokens.refresh_token.clone(),
                            token_url,
                        )
                        .await
                    })
                })
                .await;
            match attempt {
                Ok(Some((client, _))) => {
                    (client, Some(SavedSignIn::new(&login_host, &tokens, &user)))
                }
                Ok(None) => return,
                Err(AppError::MissingApiScope) => {
                    if !configuration_problem(&AppError::MissingApiScope, &mut commands, &sink)
                        .await
                    {
                        return;
                    }
                    continue;
                }
                Err(error) => {
                    notice = Some(error.user_message());
                    continue;
                }
            }
        };
        let account = current
            .as_ref()
            .map(|s| format!("{} · {}", s.user.display_name, s.user.org_name));
        let rotation = |secret: Secret| {
            if let (Some(store), Some(saved)) = (store.clone(), current.as_mut()) {
                saved.refresh_token = Some(secret);
                let snapshot = saved.clone();
                tokio::spawn(async move {
                    match store_op(&store, move |s| s.save(&snapshot)).await {
                        Ok(()) => tracing::info!("rotated refresh token stored"),
                        Err(error) => {
                            tracing::error!(%error, "could not store the rotated refresh token")
                        }
                    }
                });
            }
        };
        match run_dashboards(
            client,
            &context.dashboards,
            &context.sign_in.clock,
            &mut commands,
            &sink,
            account,
            rotation,
        )
        .await
        {
            Ending::Quit => return,
            Ending::SignOutRequested => {
                let revoked = match &current {
                    Some(saved) => sign_out(&context.sign_in.http, saved).await,
                    None => false,
                };
                if let Some(store) = &store
                    && let Err(error) = store_op(store, |s| s.delete()).await
                {
                    tracing::error!(%error, "could not delete the saved sign-in");
                }
                tracing::info!(revoked, "signed out from the TV");
                sink.show(View::SignedOut { revoked }, Vec::new());
                tokio::select! {
                    command = commands.recv() => if matches!(command, None | Some(Command::Quit)) { return },
                    _ = tokio::time::sleep(NOTICE) => {}
                }
            }
            Ending::SignedOut(AppError::MissingApiScope) => {
                if let Some(store) = &store {
                    let _ = store_op(store, |s| s.delete()).await;
                }
                if !configuration_problem(&AppError::MissingApiScope, &mut commands, &sink).await {
                    return;
                }
            }
            Ending::SignedOut(error) => {
                tracing::warn!(%error, "session ended; signing in again");
                if let Some(store) = &store {
                    let _ = store_op(store, |s| s.delete()).await;
                }
                notice = Some(error.user_message());
            }
        }
    }
}

/// Revokes the saved refresh token; `false` when Salesforce could not be told.
async fn sign_out(http: &reqwest::Client, saved: &SavedSignIn) -> bool {
    let Some(token) = &saved.refresh_token else {
        return true;
    };
    let url = match LoginHost::parse(&saved.login_host) {
        Ok(host) => host.endpoint("services/oauth2/revoke"),
        Err(_) => return false,
    };
    match crate::auth::revoke::revoke(http, &url, token).await {
        Ok(()) => true,
        Err(error) => {
            tracing::warn!(%error, "could not revoke the refresh token; deleting the sign-in here anyway");
            false
        }
    }
}

/// Shows a problem signing in again cannot fix (the app lacks the `api` scope) until the person
/// chooses Try again; `false` when asked to quit.
async fn configuration_problem(
    error: &AppError,
    commands: &mut mpsc::UnboundedReceiver<Command>,
    sink: &impl ViewSink,
) -> bool {
    tracing::error!(%error, "configuration problem; not retrying by itself");
    loop {
        sink.show(View::Error(error.user_message()), vec![Action::TryAgain]);
        match commands.recv().await {
            None | Some(Command::Quit) => return false,
            Some(Command::Activate(Action::TryAgain)) => return true,
            Some(_) => {}
        }
    }
}

/// How long a notice ("please sign in again") stays before the sign-in starts.
pub const NOTICE: Duration = Duration::from_secs(4);

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
            let store = context.store.clone();
            let login_host = context.client.server().login_host.base().to_string();
            let inputs = inputs.clone();
            tokio::spawn(async move {
                let input = match identity::fetch(&http, &tokens, None).await {
                    Ok(user) => {
                        tracing::info!(user = %user.username, org = %user.org_name, "signed in");
                        if let Some(store) = store {
                            let saved = SavedSignIn::new(&login_host, &tokens, &user);
                            match tokio::task::spawn_blocking(move || {
                                store.save(&saved).map(|()| store.describe())
                            })
                            .await
                            {
                                Ok(Ok(place)) => tracing::info!(store = %place, "sign-in saved"),
                                Ok(Err(error)) => {
                                    tracing::error!(%error, "could not save the sign-in")
                                }
                                Err(error) => tracing::error!(%error, "saving the sign-in failed"),
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
