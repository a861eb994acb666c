//! The background task that polls the token endpoint until the person approves: it keeps the
//! server's interval plus a margin, adds 5 s on every `slow_down`, backs off exponentially
//! (capped) on network errors and 5xx, stops at the code's lifetime, and can be cancelled.
//! [`PollerSlot`] makes sure only one poller ever runs.

use std::time::Duration;

use tokio::sync::mpsc;
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

use super::device_flow::{DeviceAuthorization, DeviceFlowClient, PollResult};
use super::tokens::TokenResponse;
use crate::clock::SharedClock;
use crate::error::AppError;

/// Timing rules for one poller.
#[derive(Debug, Clone)]
pub struct PollerOptions {
    /// Added to the server's interval so clock drift never earns a `slow_down`.
    pub margin: Duration,
    /// Code lifetime when the server states none (Salesforce never does).
    pub default_lifetime: Duration,
    /// Longest wait between retries after network errors.
    pub max_backoff: Duration,
}

impl Default for PollerOptions {
    fn default() -> Self {
        Self {
            margin: Duration::from_secs(1),
            default_lifetime: Duration::from_secs(600),
            max_backoff: Duration::from_secs(60),
        }
    }
}

/// Progress reported while polling.
#[derive(Debug)]
pub enum PollEvent {
    /// The server said `authorization_pending`; next poll after `next_poll_in`.
    Waiting { next_poll_in: Duration },
    /// The server said `slow_down`; the interval is now `interval`.
    SlowingDown { interval: Duration },
    /// A network error or 5xx; retrying after `retry_in`.
    ConnectionLost {
        retry_in: Duration,
        attempt: u32,
        error: AppError,
    },
    /// The flow is over.
    Finished(PollOutcome),
}

/// How a flow ended.
#[derive(Debug)]
pub enum PollOutcome {
    Approved(Box<TokenResponse>),
    Denied,
    Expired,
    Cancelled,
    Failed(AppError),
}

/// A poll event tagged with the flow it belongs to, so late events of an old flow are ignored.
#[derive(Debug)]
pub struct TaggedEvent {
    pub flow: u64,
    pub event: PollEvent,
}

/// Lifetime of a code: what the server said, else the default.
pub fn code_lifetime(authorization: &DeviceAuthorization, options: &PollerOptions) -> Duration {
    authorization.expires_in.unwrap_or(options.default_lifetime)
}

/// Wait before retry number `attempt` (1-based) after a transient failure.
pub fn backoff(interval: Duration, attempt: u32, max: Duration) -> Duration {
    let factor = 2u32.saturating_pow(attempt.saturating_sub(1).min(16));
    interval
        .saturating_mul(factor)
        .min(max)
        .max(interval.min(max))
}

/// Runs the polling loop to its end and returns how it ended, reporting progress on `events`.
pub async fn poll_until_done(
    client: DeviceFlowClient,
    authorization: DeviceAuthorization,
    clock: SharedClock,
    options: PollerOptions,
    cancel: CancellationToken,
    mut report: impl FnMut(PollEvent),
) -> PollOutcome {
    let deadline = clock.now() + code_lifetime(&authorization, &options);
    let mut interval = authorization.interval.max(Duration::from_secs(1));
    let mut wait = interval + options.margin;
    let mut failures = 0u32;
    loop {
        let now = clock.now();
        if now >= deadline {
            return PollOutcome::Expired;
        }
        let nap = wait.min(deadline - now);
        tokio::select! {
            biased;
            _ = cancel.cancelled() => return PollOutcome::Cancelled,
            _ = clock.sleep(nap) => {}
        }
        if clock.now() >= deadline {
            return PollOutcome::Expired;
        }
        let result = tokio::select! {
            biased;
            _ = cancel.cancelled() => return PollOutcome::Cancelled,
            result = client.poll(&authorization) => result,
        };
        match result {
            PollResult::Pending => {
                failures = 0;
                wait = interval + options.margin;
                report(PollEvent::Waiting { next_poll_in: wait });
            }
            PollResult::SlowDown => {
                failures = 0;
                interval += Duration::from_secs(5);
                wait = interval + options.margin;
                report(PollEvent::SlowingDown { interval });
            }
            PollResult::Transient(error) => {
                failures += 1;
                wait = backoff(interval, failures, options.max_backoff);
                tracing::warn!(%error, attempt = failures, retry_in = ?wait, "device-flow poll failed; retrying");
                report(PollEvent::ConnectionLost {
                    retry_in: wait,
                    attempt: failures,
                    error,
                });
            }
            PollResult::Approved(tokens) => return PollOutcome::Approved(Box::new(tokens)),
            PollResult::Denied => return PollOutcome::Denied,
            PollResult::Expired => return PollOutcome::Expired,
            PollResult::Failed(error) => return PollOutcome::Failed(error),
        }
    }
}

/// A running poller.
struct Running {
    flow: u64,
    cancel: CancellationToken,
    task: JoinHandle<()>,
}

/// Holds at most one poller: starting a new one cancels and awaits the old one first.
#[derive(Default)]
pub struct PollerSlot {
    running: Option<Running>,
}

impl PollerSlot {
    /// Cancels the current poller (if any) and waits until it has stopped.
    pub async fn cancel(&mut self) {
        if let Some(running) = self.running.take() {
            running.cancel.cancel();
            if let Err(error) = running.task.await {
                tracing::warn!(%error, flow = running.flow, "poller task ended abnormally");
            }
        }
    }

    /// Whether a poller is still running.
    pub fn is_running(&self) -> bool {
        self.running.as_ref().is_some_and(|r| !r.task.is_finished())
    }

    /// Starts polling for `authorization` as flow number `flow`, replacing any current poller.
    /// Every event, including the final one, goes to `events` tagged with `flow`.
    pub async fn start(
        &mut self,
        flow: u64,
        client: DeviceFlowClient,
        authorization: DeviceAuthorization,
        clock: SharedClock,
        options: PollerOptions,
        events: mpsc::UnboundedSender<TaggedEvent>,
    ) {
        self.cancel().await;
        let cancel = CancellationToken::new();
        let token = cancel.clone();
        let task = tokio::spawn(async move {
            let progress = events.clone();
            let outcome = poll_until_done(client, authorization, clock, options, token, |event| {
                let _ = progress.send(TaggedEvent { flow, event });
            })
            .await;
            let _ = events.send(TaggedEvent {
                flow,
                event: PollEvent::Finished(outcome),
            });
        });
        self.running = Some(Running { flow, cancel, task });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_and_caps() {
        let five = Duration::from_secs(5);
        let max = Duration::from_secs(60);
        let waits: Vec<u64> = (1..=6).map(|a| backoff(five, a, max).as_secs()).collect();
        assert_eq!(waits, [5, 10, 20, 40, 60, 60]);
        assert_eq!(backoff(five, 400, max), max);
    }
}
