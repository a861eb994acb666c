//! The sign-in state machine: from "getting a code" through showing it, renewing it on
//! expiry a limited number of times, to "connected as". Pure: inputs in, effects out, time
//! passed in; the controller runs the effects.

use std::time::Duration;

use super::view::{Action, CodeStatus, CodeView, IdleReason, View};
use crate::auth::poller::{PollEvent, PollOutcome, TaggedEvent};
use crate::auth::{DeviceAuthorization, SignedInUser, TokenResponse};
use crate::error::AppError;
use crate::i18n::UserMessage;

/// Something that happened.
#[derive(Debug)]
pub enum Input {
    /// OK on a button.
    Activate(Action),
    /// Back / Escape / Backspace.
    Back,
    Started {
        flow: u64,
        authorization: Box<DeviceAuthorization>,
    },
    StartFailed {
        flow: u64,
        error: AppError,
    },
    Poll(TaggedEvent),
    Identified {
        flow: u64,
        user: SignedInUser,
    },
    IdentityFailed {
        flow: u64,
        error: AppError,
    },
}

/// Something the controller must do.
#[derive(Debug)]
pub enum Effect {
    /// Request a new code for `flow` (any running poller is cancelled first).
    Start { flow: u64 },
    /// Poll for `authorization` as `flow`.
    Poll {
        flow: u64,
        authorization: Box<DeviceAuthorization>,
    },
    /// Stop the poller.
    Cancel,
    /// Look up who signed in and save the sign-in.
    Identify {
        flow: u64,
        tokens: Box<TokenResponse>,
    },
}

#[derive(Debug)]
enum Phase {
    Starting,
    Code {
        authorization: Box<DeviceAuthorization>,
        expires_at: Duration,
        lifetime: Duration,
        status: Status,
    },
    Idle(IdleReason),
    Error(UserMessage),
    Connecting,
    SignedIn(SignedInUser),
}

#[derive(Debug, Clone, Copy)]
enum Status {
    Waiting,
    SlowingDown { interval: Duration },
    Reconnecting { retry_at: Duration },
}

/// The sign-in screen's brain.
#[derive(Debug)]
pub struct SignInMachine {
    phase: Phase,
    flow: u64,
    renewals_left: u32,
    max_renewals: u32,
    default_lifetime: Duration,
}

impl SignInMachine {
    pub fn new(max_renewals: u32, default_lifetime: Duration) -> Self {
        Self {
            phase: Phase::Starting,
            flow: 0,
            renewals_left: max_renewals,
            max_renewals,
            default_lifetime,
        }
    }

    /// The first effect: ask for a code.
    pub fn begin(&mut self) -> Vec<Effect> {
        self.new_flow(true)
    }

    pub fn flow(&self) -> u64 {
        self.flow
    }

    fn new_flow(&mut self, by_person: bool) -> Vec<Effect> {
        if by_person {
            self.renewals_left = self.max_renewals;
        }
        self.flow += 1;
        self.phase = Phase::Starting;
        vec![Effect::Start { flow: self.flow }]
    }

    /// The buttons on the current screen, in focus order.
    pub fn actions(&self) -> Vec<Action> {
        match self.phase {
            Phase::Starting => vec![Action::Cancel],
            Phase::Code { .. } => vec![Action::NewCode, Action::Cancel],
            Phase::Idle(_) => vec![Action::NewCode],
            Phase::Error(_) => vec![Action::TryAgain],
            Phase::Connecting | Phase::SignedIn(_) => vec![],
        }
    }

    pub fn handle(&mut self, input: Input, now: Duration) -> Vec<Effect> {
        match input {
            Input::Activate(action) => {
                if !self.actions().contains(&action) {
                    return vec![];
                }
                match action {
                    Action::NewCode | Action::TryAgain => self.new_flow(true),
                    Action::Cancel => self.cancel(),
                    Action::SignOut => vec![],
                }
            }
            Input::Back => match self.phase {
                Phase::Starting | Phase::Code { .. } => self.cancel(),
                _ => vec![],
            },
            Input::Started {
                flow,
                authorization,
            } if flow == self.flow => {
                let lifetime = authorization.expires_in.unwrap_or(self.default_lifetime);
                self.phase = Phase::Code {
                    authorization: authorization.clone(),
                    expires_at: now + lifetime,
                    lifetime,
                    status: Status::Waiting,
                };
                vec![Effect::Poll {
                    flow,
                    authorization,
                }]
            }
            Input::StartFailed { flow, error } if flow == self.flow => {
                tracing::warn!(%error, "could not get a sign-in code");
                self.phase = Phase::Error(error.user_message());
                vec![]
            }
            Input::Poll(TaggedEvent { flow, event }) if flow == self.flow => {
                self.on_poll(event, now)
            }
            Input::Identified { flow, user } if flow == self.flow => {
                self.phase = Phase::SignedIn(user);
                vec![]
            }
            Input::IdentityFailed { flow, error } if flow == self.flow => {
                tracing::warn!(%error, "signed in, but could not read who");
                self.phase = Phase::Error(error.user_message());
                vec![]
            }
            // Late news from a flow that was replaced or cancelled.
            _ => vec![],
        }
    }

    fn cancel(&mut self) -> Vec<Effect> {
        self.flow += 1;
        self.phase = Phase::Idle(IdleReason::Cancelled);
        vec![Effect::Cancel]
    }

    fn on_poll(&mut self, event: PollEvent, now: Duration) -> Vec<Effect> {
        let set_status = |phase: &mut Phase, new: Status| {
            if let Phase::Code { status, .. } = phase {
                *status = new;
            }
        };
        match event {
            PollEvent::Waiting { .. } => set_status(&mut self.phase, Status::Waiting),
            PollEvent::SlowingDown { interval } => {
                set_status(&mut self.phase, Status::SlowingDown { interval })
            }
            PollEvent::ConnectionLost { retry_in, .. } => set_status(
                &mut self.phase,
                Status::Reconnecting {
                    retry_at: now + retry_in,
                },
            ),
            PollEvent::Finished(outcome) => return self.on_outcome(outcome),
        }
        vec![]
    }

    fn on_outcome(&mut self, outcome: PollOutcome) -> Vec<Effect> {
        match outcome {
            PollOutcome::Approved(tokens) => {
                self.phase = Phase::Connecting;
                vec![Effect::Identify {
                    flow: self.flow,
                    tokens,
                }]
            }
            PollOutcome::Expired if self.renewals_left > 0 => {
                self.renewals_left -= 1;
                self.new_flow(false)
            }
            PollOutcome::Expired => {
                self.phase = Phase::Idle(IdleReason::Expired);
                vec![]
            }
            PollOutcome::Denied => {
                self.phase = Phase::Idle(IdleReason::Denied);
                vec![]
            }
            PollOutcome::Cancelled => vec![],
            PollOutcome::Failed(error) => {
                tracing::warn!(%error, "sign-in failed");
                self.phase = Phase::Error(error.user_message());
                vec![]
            }
        }
    }

    /// What to draw at time `now`.
    pub fn view(&self, now: Duration) -> View {
        match &self.phase {
            Phase::Starting => View::Starting,
            Phase::Code {
                authorization,
                expires_at,
                lifetime,
                status,
            } => {
                let status = match *status {
                    Status::Waiting => CodeStatus::Waiting,
                    Status::SlowingDown { interval } => CodeStatus::SlowingDown {
                        interval_secs: interval.as_secs(),
                    },
                    Status::Reconnecting { retry_at } => CodeStatus::Reconnecting {
                        retry_in_secs: ceil_secs(retry_at.saturating_sub(now)),
                    },
                };
                View::Code(CodeView {
                    code: authorization.grouped_code(),
                    verification_uri: authorization.verification_uri.clone(),
                    qr_payload: authorization.verification_uri_complete.clone(),
                    remaining_secs: ceil_secs(expires_at.saturating_sub(now)),
                    lifetime_secs: lifetime.as_secs(),
                    status,
                })
            }
            Phase::Idle(reason) => View::Idle(*reason),
            Phase::Error(message) => View::Error(message.clone()),
            Phase::Connecting => View::Connecting,
            Phase::SignedIn(user) => View::SignedIn(user.clone()),
        }
    }
}

fn ceil_secs(duration: Duration) -> u64 {
    duration.as_secs() + u64::from(duration.subsec_nanos() > 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::auth::Secret;

    fn authorization() -> Box<DeviceAuthorization> {
        Box::new(DeviceAuthorization {
            user_code: "X1D9SEET".into(),
            device_code: Secret::new("dc"),
            verification_uri: "https://login.salesforce.com/setup/connect".into(),
            verification_uri_complete:
                "https://login.salesforce.com/setup/connect?user_code=X1D9SEET".into(),
            interval: Duration::from_secs(5),
            expires_in: None,
        })
    }

    fn started(machine: &mut SignInMachine, now: Duration) -> Vec<Effect> {
        let flow = machine.flow();
        machine.handle(
            Input::Started {
                flow,
                authorization: authorization(),
            },
            now,
        )
    }

    fn finish(machine: &mut SignInMachine, outcome: PollOutcome) -> Vec<Effect> {
        let flow = machine.flow();
        machine.handle(
            Input::Poll(TaggedEvent {
                flow,
                event: PollEvent::Finished(outcome),
            }),
            Duration::ZERO,
        )
    }

    #[test]
    fn code_screen_counts_down() {
        let mut machine = SignInMachine::new(2, Duration::from_secs(600));
        assert!(matches!(machine.begin()[..], [Effect::Start { flow: 1 }]));
        assert!(matches!(
            started(&mut machine, Duration::ZERO)[..],
            [Effect::Poll { flow: 1, .. }]
        ));
        let View::Code(code) = machine.view(Duration::from_secs(19)) else {
            panic!("expected the code screen");
        };
        assert_eq!(code.code, "X1D9-SEET");
        assert_eq!(code.remaining_secs, 581);
        assert_eq!(
            code.qr_payload,
            "https://login.salesforce.com/setup/connect?user_code=X1D9SEET"
        );
        assert_eq!(machine.actions(), [Action::NewCode, Action::Cancel]);
    }

    #[test]
    fn expiry_renews_a_limited_number_of_times_then_idles() {
        let mut machine = SignInMachine::new(2, Duration::from_secs(600));
        machine.begin();
        for _ in 0..2 {
            started(&mut machine, Duration::ZERO);
            assert!(matches!(
                finish(&mut machine, PollOutcome::Expired)[..],
                [Effect::Start { .. }]
            ));
        }
        started(&mut machine, Duration::ZERO);
        assert!(finish(&mut machine, PollOutcome::Expired).is_empty());
        assert_eq!(
            machine.view(Duration::ZERO),
            View::Idle(IdleReason::Expired)
        );
        // OK asks for a new code and restores the renewal budget.
        assert!(matches!(
            machine.handle(Input::Activate(Action::NewCode), Duration::ZERO)[..],
            [Effect::Start { .. }]
        ));
        started(&mut machine, Duration::ZERO);
        assert!(matches!(
            finish(&mut machine, PollOutcome::Expired)[..],
            [Effect::Start { .. }]
        ));
    }

    #[test]
    fn back_cancels_and_late_events_are_ignored() {
        let mut machine = SignInMachine::new(3, Duration::from_secs(600));
        machine.begin();
        started(&mut machine, Duration::ZERO);
        let old_flow = machine.flow();
        assert!(matches!(
            machine.handle(Input::Back, Duration::ZERO)[..],
            [Effect::Cancel]
        ));
        assert_eq!(
            machine.view(Duration::ZERO),
            View::Idle(IdleReason::Cancelled)
        );
        let late = Input::Poll(TaggedEvent {
            flow: old_flow,
            event: PollEvent::Finished(PollOutcome::Denied),
        });
        assert!(machine.handle(late, Duration::ZERO).is_empty());
        assert_eq!(
            machine.view(Duration::ZERO),
            View::Idle(IdleReason::Cancelled)
        );
    }

    #[test]
    fn connection_loss_shows_a_retry_countdown() {
        let mut machine = SignInMachine::new(3, Duration::from_secs(600));
        machine.begin();
        started(&mut machine, Duration::ZERO);
        let event = PollEvent::ConnectionLost {
            retry_in: Duration::from_secs(10),
            attempt: 2,
            error: AppError::Unreachable {
                host: "h".into(),
                detail: "d".into(),
            },
        };
        machine.handle(
            Input::Poll(TaggedEvent {
                flow: machine.flow(),
                event,
            }),
            Duration::from_secs(30),
        );
        let View::Code(code) = machine.view(Duration::from_secs(33)) else {
            panic!("expected the code screen");
        };
        assert_eq!(code.status, CodeStatus::Reconnecting { retry_in_secs: 7 });
    }

    #[test]
    fn denial_and_failure_have_their_own_screens() {
        let mut machine = SignInMachine::new(3, Duration::from_secs(600));
        machine.begin();
        started(&mut machine, Duration::ZERO);
        finish(&mut machine, PollOutcome::Denied);
        assert_eq!(machine.view(Duration::ZERO), View::Idle(IdleReason::Denied));
        machine.handle(Input::Activate(Action::NewCode), Duration::ZERO);
        started(&mut machine, Duration::ZERO);
        finish(
            &mut machine,
            PollOutcome::Failed(AppError::InvalidClient { host: "h".into() }),
        );
        assert!(
            matches!(machine.view(Duration::ZERO), View::Error(ref m) if m.id == "error-invalid-client")
        );
        assert_eq!(machine.actions(), [Action::TryAgain]);
    }
}
