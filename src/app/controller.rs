//! Runs the sign-in state machine on the tokio runtime: executes its effects (HTTP, poller,
//! identity, saving), feeds results back in, and hands every new view to a [`ViewSink`].

use std::path::PathBuf;
use std::time::Duration;

use tokio::sync::mpsc;

use super::sign_in::{Effect, Input, SignInMachine};
use super::view::{Action, View};
use crate::auth::credentials::{self, SavedSignIn};
use crate::auth::{DeviceFlowClient, PollerOptions, PollerSlot, TaggedEvent, identity};
use crate::clock::SharedClock;

/// Commands from the remote, after the UI turned keys into them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    Activate(Action),
    Back,
    Quit,
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

/// Runs until `commands` closes or says Quit.
pub async fn run_sign_in(
    context: SignInContext,
    mut commands: mpsc::UnboundedReceiver<Command>,
    sink: impl ViewSink,
) {
    let mut machine = SignInMachine::new(context.max_renewals, context.options.default_lifetime);
    let mut poller = PollerSlot::default();
    let (events_tx, mut events) = mpsc::unbounded_channel::<TaggedEvent>();
    let (inputs_tx, mut inputs) = mpsc::unbounded_channel::<Input>();
    let mut ticker = tokio::time::interval(Duration::from_secs(1));
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);

    let mut pending = machine.begin();
    loop {
        for effect in pending.drain(..) {
            run_effect(effect, &context, &mut poller, &events_tx, &inputs_tx).await;
        }
        sink.show(machine.view(context.clock.now()), machine.actions());
        let input = tokio::select! {
            command = commands.recv() => match command {
                None | Some(Command::Quit) => break,
                Some(Command::Back) => Input::Back,
                Some(Command::Activate(action)) => Input::Activate(action),
            },
            Some(event) = events.recv() => Input::Poll(event),
            Some(input) = inputs.recv() => input,
            _ = ticker.tick() => continue,
        };
        pending = machine.handle(input, context.clock.now());
    }
    poller.cancel().await;
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
