//! Faults the demo org can be told to inject: network loss, server errors, HTML pages where
//! JSON belongs, and forced `slow_down` answers.

use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::{Mutex, PoisonError};

/// A canned broken answer for the OAuth token endpoint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BrokenAnswer {
    pub status: u16,
    /// Served as `text/html`, like a load balancer's or a captive portal's error page.
    pub html: String,
}

impl BrokenAnswer {
    /// A Salesforce-style maintenance page with the given status.
    pub fn maintenance(status: u16) -> Self {
        Self {
            status,
            html: "<html><head><title>Service Unavailable</title></head><body><h1>Down for maintenance</h1></body></html>".into(),
        }
    }
}

/// Switchable faults, shared by every connection of one demo org.
#[derive(Debug, Default)]
pub struct Faults {
    offline: AtomicBool,
    slow_down_polls: AtomicU32,
    broken: Mutex<Vec<BrokenAnswer>>,
}

impl Faults {
    /// While offline, connections are accepted and dropped and requests on open connections
    /// are aborted: clients see a real network error, not an HTTP answer.
    pub fn set_offline(&self, offline: bool) {
        self.offline.store(offline, Ordering::SeqCst);
    }

    pub fn is_offline(&self) -> bool {
        self.offline.load(Ordering::SeqCst)
    }

    /// The next `count` device polls get `slow_down` whatever their timing.
    pub fn slow_down_next_polls(&self, count: u32) {
        self.slow_down_polls.store(count, Ordering::SeqCst);
    }

    pub(crate) fn take_slow_down(&self) -> bool {
        self.slow_down_polls
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1))
            .is_ok()
    }

    /// The next requests to `/services/oauth2/token` get these answers, in order.
    pub fn break_next_token_calls(&self, answers: impl IntoIterator<Item = BrokenAnswer>) {
        let mut broken = self.broken.lock().unwrap_or_else(PoisonError::into_inner);
        broken.extend(answers);
    }

    pub(crate) fn take_broken(&self) -> Option<BrokenAnswer> {
        let mut broken = self.broken.lock().unwrap_or_else(PoisonError::into_inner);
        if broken.is_empty() {
            None
        } else {
            Some(broken.remove(0))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slow_down_counts_down() {
        let faults = Faults::default();
        faults.slow_down_next_polls(2);
        assert!(faults.take_slow_down());
        assert!(faults.take_slow_down());
        assert!(!faults.take_slow_down());
    }

    #[test]
    fn broken_answers_come_in_order() {
        let faults = Faults::default();
        faults.break_next_token_calls([
            BrokenAnswer::maintenance(503),
            BrokenAnswer::maintenance(502),
        ]);
        assert_eq!(faults.take_broken().map(|b| b.status), Some(503));
        assert_eq!(faults.take_broken().map(|b| b.status), Some(502));
        assert_eq!(faults.take_broken(), None);
    }
}
