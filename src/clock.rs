//! Injected time: the real clock for the app, a manual clock for tests of polling and expiry.
//!
//! Everything that waits or measures a lifetime (the device-flow poller, the demo org's code
//! expiry and slow-down detection) asks a [`Clock`], so tests run ten minutes of polling in
//! milliseconds without pausing the runtime that also carries real HTTP traffic.

use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use tokio::sync::oneshot;

/// A boxed future returned by [`Clock::sleep`].
pub type Sleep = Pin<Box<dyn Future<Output = ()> + Send + 'static>>;

/// A source of monotonic time and of sleeps.
pub trait Clock: Send + Sync + 'static {
    /// Time elapsed since the clock was created.
    fn now(&self) -> Duration;
    /// A future that completes once `duration` has passed on this clock.
    fn sleep(&self, duration: Duration) -> Sleep;
}

/// Shared handle to a clock.
pub type SharedClock = Arc<dyn Clock>;

/// The real, monotonic clock (tokio's timer).
#[derive(Debug)]
pub struct SystemClock {
    start: tokio::time::Instant,
}

impl SystemClock {
    pub fn new() -> Self {
        Self {
            start: tokio::time::Instant::now(),
        }
    }

    pub fn shared() -> SharedClock {
        Arc::new(Self::new())
    }
}

impl Default for SystemClock {
    fn default() -> Self {
        Self::new()
    }
}

impl Clock for SystemClock {
    fn now(&self) -> Duration {
        self.start.elapsed()
    }

    fn sleep(&self, duration: Duration) -> Sleep {
        Box::pin(tokio::time::sleep(duration))
    }
}

/// A clock that only moves when told to, or (in auto mode) jumps forward whenever somebody
/// sleeps. Both the client and the demo org can share one, so their views of time agree.
#[derive(Clone, Default)]
pub struct ManualClock {
    inner: Arc<Mutex<ManualState>>,
}

#[derive(Default)]
struct ManualState {
    now: Duration,
    auto_advance: bool,
    sleepers: Vec<(Duration, oneshot::Sender<()>)>,
}

impl ManualClock {
    /// A clock that stands still until [`ManualClock::advance`] is called.
    pub fn new() -> Self {
        Self::default()
    }

    /// A clock where every sleep completes at once and moves time forward by its length.
    pub fn auto_advancing() -> Self {
        let clock = Self::default();
        clock.lock().auto_advance = true;
        clock
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, ManualState> {
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Moves time forward and wakes every sleeper whose deadline has passed.
    pub fn advance(&self, by: Duration) {
        let mut state = self.lock();
        state.now += by;
        let now = state.now;
        let (due, waiting): (Vec<_>, Vec<_>) = state
            .sleepers
            .drain(..)
            .partition(|(deadline, _)| *deadline <= now);
        state.sleepers = waiting;
        drop(state);
        for (_, wake) in due {
            let _ = wake.send(());
        }
    }

    /// Number of sleeps currently waiting (lets tests wait until the poller is asleep).
    pub fn sleepers(&self) -> usize {
        let mut state = self.lock();
        // A dropped sleep (e.g. a cancelled poller) is no longer waiting.
        state.sleepers.retain(|(_, wake)| !wake.is_closed());
        state.sleepers.len()
    }

    pub fn shared(&self) -> SharedClock {
        Arc::new(self.clone())
    }
}

impl Clock for ManualClock {
    fn now(&self) -> Duration {
        self.lock().now
    }

    fn sleep(&self, duration: Duration) -> Sleep {
        let mut state = self.lock();
        if state.auto_advance {
            state.now += duration;
            drop(state);
            return Box::pin(tokio::task::yield_now());
        }
        let (wake, woken) = oneshot::channel();
        let deadline = state.now + duration;
        state.sleepers.push((deadline, wake));
        Box::pin(async move {
            let _ = woken.await;
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn manual_clock_wakes_sleepers_in_order() {
        let clock = ManualClock::new();
        let short = clock.sleep(Duration::from_secs(5));
        let long = clock.sleep(Duration::from_secs(10));
        assert_eq!(clock.sleepers(), 2);
        clock.advance(Duration::from_secs(6));
        short.await;
        assert_eq!(clock.sleepers(), 1);
        clock.advance(Duration::from_secs(4));
        long.await;
        assert_eq!(clock.now(), Duration::from_secs(10));
    }

    #[tokio::test]
    async fn auto_clock_jumps_forward() {
        let clock = ManualClock::auto_advancing();
        clock.sleep(Duration::from_secs(600)).await;
        assert_eq!(clock.now(), Duration::from_secs(600));
    }
}
