//! Tells systemd how the TV app is doing when it runs as a `Type=notify` service: `READY=1`
//! once the UI loop runs, `WATCHDOG=1` from a timer on that same loop (a frozen UI stops the
//! pings and systemd restarts it), `STATUS=` with what the screen shows, `STOPPING=1` on the
//! way out. Outside systemd (`NOTIFY_SOCKET` unset) every call does nothing.

use std::time::Duration;

use sd_notify::NotifyState;

/// How often to pet a watchdog of `timeout`: twice per period, as sd_watchdog_enabled(3) advises.
pub fn ping_interval(timeout: Duration) -> Duration {
    timeout / 2
}

/// Keeps the watchdog timer alive; drop it when the event loop has ended.
pub struct ServiceNotifier {
    _ready: slint::Timer,
    _watchdog: Option<slint::Timer>,
}

impl ServiceNotifier {
    /// Arms the notifications; call on the UI thread before the event loop starts.
    pub fn start() -> Self {
        let ready = slint::Timer::default();
        // Fires on the first turn of the event loop, after the window has been shown.
        ready.start(slint::TimerMode::SingleShot, Duration::ZERO, || {
            send(&[NotifyState::Ready, NotifyState::Status("running")]);
        });
        let watchdog = sd_notify::watchdog_enabled().map(|timeout| {
            let timer = slint::Timer::default();
            tracing::info!(
                timeout_ms = timeout.as_millis(),
                "systemd watchdog: pinging from the UI loop"
            );
            timer.start(slint::TimerMode::Repeated, ping_interval(timeout), || {
                send(&[NotifyState::Watchdog])
            });
            timer
        });
        Self {
            _ready: ready,
            _watchdog: watchdog,
        }
    }

    /// One line for `systemctl status wallboard`.
    pub fn status(text: &str) {
        send(&[NotifyState::Status(text)]);
    }

    /// The event loop has ended; the process is about to exit.
    pub fn stopping() {
        send(&[NotifyState::Stopping]);
    }
}

fn send(states: &[NotifyState]) {
    if let Err(error) = sd_notify::notify(states) {
        tracing::warn!(%error, "cannot notify systemd");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_watchdog_is_pet_twice_per_period() {
        assert_eq!(
            ping_interval(Duration::from_secs(30)),
            Duration::from_secs(15)
        );
        assert_eq!(
            ping_interval(Duration::from_millis(500)),
            Duration::from_millis(250)
        );
    }
}
