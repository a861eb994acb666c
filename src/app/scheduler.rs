//! When to fetch and when to refresh dashboards: show what Salesforce has at once (GET), refresh
//! (PUT) a dashboard at most once a minute and only as often as configured, keep the org-wide
//! budget of refreshes per hour far from exhausted, slow down when `Sforce-Limit-Info` says the
//! org's API allocation is running low, and back off after failures. Pure; time is passed in.

use std::collections::{HashMap, VecDeque};
use std::time::Duration;

use crate::salesforce::limits::ApiUsage;

/// Salesforce refuses a second refresh of one dashboard within a minute.
pub const MIN_REFRESH_GAP: Duration = Duration::from_secs(60);
/// Salesforce's org-wide limit of dashboard refreshes per hour.
pub const ORG_REFRESHES_PER_HOUR: u32 = 200;

/// How often to fetch and refresh.
#[derive(Debug, Clone)]
pub struct RefreshPolicy {
    /// Re-read (GET) a dashboard's results this often while it is shown or about to be.
    pub fetch_every: Duration,
    /// Ask Salesforce to recompute (PUT) a dashboard this often (at least a minute).
    pub refresh_every: Duration,
    /// This screen's share of the org's 200 refreshes per hour, so a fleet cannot use it up.
    pub refreshes_per_hour: u32,
    /// Longest wait between retries after failures.
    pub max_backoff: Duration,
}

impl Default for RefreshPolicy {
    fn default() -> Self {
        Self {
            fetch_every: Duration::from_secs(60),
            refresh_every: Duration::from_secs(15 * 60),
            refreshes_per_hour: 12,
            max_backoff: Duration::from_secs(120),
        }
    }
}

impl RefreshPolicy {
    /// Applies the limits Salesforce imposes whatever the configuration says.
    pub fn clamped(mut self) -> Self {
        self.refresh_every = self.refresh_every.max(MIN_REFRESH_GAP);
        self.fetch_every = self.fetch_every.max(Duration::from_secs(15));
        self.refreshes_per_hour = self.refreshes_per_hour.min(ORG_REFRESHES_PER_HOUR / 4);
        self
    }
}

#[derive(Debug, Default)]
pub struct Scheduler {
    policy: RefreshPolicy,
    fetched: HashMap<String, Duration>,
    refreshed: HashMap<String, Duration>,
    refresh_log: VecDeque<Duration>,
    failures: HashMap<String, u32>,
    retry_at: HashMap<String, Duration>,
}

impl Scheduler {
    pub fn new(policy: RefreshPolicy) -> Self {
        Self {
            policy: policy.clamped(),
            ..Self::default()
        }
    }

    pub fn policy(&self) -> &RefreshPolicy {
        &self.policy
    }

    /// How much slower to go given the org's API usage (1 = normal, `None` = stop refreshing).
    fn pressure(usage: Option<ApiUsage>) -> Option<u32> {
        match usage.map(|u| u.fraction()) {
            Some(f) if f >= 0.9 => None,
            Some(f) if f >= 0.75 => Some(4),
            Some(f) if f >= 0.5 => Some(2),
            _ => Some(1),
        }
    }

    fn waiting_after_failure(&self, id: &str, now: Duration) -> bool {
        self.retry_at.get(id).is_some_and(|at| now < *at)
    }

    /// Should the results be read (GET) now?
    pub fn wants_fetch(&self, id: &str, now: Duration, usage: Option<ApiUsage>) -> bool {
        if self.waiting_after_failure(id, now) {
            return false;
        }
        let every = self.policy.fetch_every * Self::pressure(usage).unwrap_or(5);
        self.fetched
            .get(id)
            .is_none_or(|at| now.saturating_sub(*at) >= every)
    }

    /// Should Salesforce recompute the dashboard (PUT) now?
    pub fn wants_refresh(&self, id: &str, now: Duration, usage: Option<ApiUsage>) -> bool {
        let Some(factor) = Self::pressure(usage) else {
            return false;
        };
        if self.waiting_after_failure(id, now) {
            return false;
        }
        let recent = self
            .refresh_log
            .iter()
            .filter(|t| now.saturating_sub(**t) < Duration::from_secs(3600))
            .count();
        if recent as u32 >= self.policy.refreshes_per_hour {
            return false;
        }
        // Never refreshed here: the data Salesforce has is shown first; refresh once it is as old
        // as the interval (the first fetch counts as "now").
        let since = self.refreshed.get(id).or_else(|| self.fetched.get(id));
        since.is_some_and(|at| {
            now.saturating_sub(*at) >= (self.policy.refresh_every * factor).max(MIN_REFRESH_GAP)
        })
    }

    pub fn record_fetch(&mut self, id: &str, now: Duration, ok: bool) {
        if ok {
            self.fetched.insert(id.to_owned(), now);
            self.failures.remove(id);
            self.retry_at.remove(id);
        } else {
            let failures = self.failures.entry(id.to_owned()).or_default();
            *failures += 1;
            let wait = Duration::from_secs(5)
                .saturating_mul(2u32.saturating_pow((*failures - 1).min(10)))
                .min(self.policy.max_backoff);
            self.retry_at.insert(id.to_owned(), now + wait);
        }
    }

    /// A refresh was requested (accepted or not: Salesforce counts attempts against the minute).
    pub fn record_refresh(&mut self, id: &str, now: Duration) {
        self.refreshed.insert(id.to_owned(), now);
        self.refresh_log.push_back(now);
        while self
            .refresh_log
            .front()
            .is_some_and(|t| now.saturating_sub(*t) >= Duration::from_secs(3600))
        {
            self.refresh_log.pop_front();
        }
    }

    /// When the next retry of a failed fetch is due.
    pub fn retry_in(&self, id: &str, now: Duration) -> Option<Duration> {
        self.retry_at.get(id).map(|at| at.saturating_sub(now))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const S: fn(u64) -> Duration = Duration::from_secs;

    #[test]
    fn fetch_first_then_every_interval() {
        let mut s = Scheduler::new(RefreshPolicy::default());
        assert!(s.wants_fetch("a", S(0), None));
        s.record_fetch("a", S(0), true);
        assert!(!s.wants_fetch("a", S(59), None));
        assert!(s.wants_fetch("a", S(60), None));
    }

    #[test]
    fn refresh_waits_for_the_interval_and_never_within_a_minute() {
        let policy = RefreshPolicy {
            refresh_every: S(10),
            ..RefreshPolicy::default()
        };
        let mut s = Scheduler::new(policy);
        assert!(
            !s.wants_refresh("a", S(0), None),
            "show what Salesforce has first"
        );
        s.record_fetch("a", S(0), true);
        assert!(!s.wants_refresh("a", S(59), None), "clamped to a minute");
        assert!(s.wants_refresh("a", S(60), None));
        s.record_refresh("a", S(60));
        assert!(!s.wants_refresh("a", S(100), None));
    }

    #[test]
    fn the_hourly_budget_is_respected() {
        let policy = RefreshPolicy {
            refresh_every: S(60),
            refreshes_per_hour: 3,
            ..RefreshPolicy::default()
        };
        let mut s = Scheduler::new(policy);
        for (i, id) in ["a", "b", "c", "d"].iter().enumerate() {
            s.record_fetch(id, S(0), true);
            if i < 3 {
                assert!(s.wants_refresh(id, S(120), None));
                s.record_refresh(id, S(120));
            } else {
                assert!(!s.wants_refresh(id, S(120), None), "budget spent");
                assert!(
                    s.wants_refresh(id, S(120 + 3600), None),
                    "budget back after an hour"
                );
            }
        }
    }

    #[test]
    fn api_usage_slows_and_stops_refreshes() {
        let mut s = Scheduler::new(RefreshPolicy {
            refresh_every: S(60),
            ..RefreshPolicy::default()
        });
        s.record_fetch("a", S(0), true);
        let busy = Some(ApiUsage {
            used: 80,
            limit: 100,
            per_app: None,
        });
        let full = Some(ApiUsage {
            used: 95,
            limit: 100,
            per_app: None,
        });
        assert!(!s.wants_refresh("a", S(120), busy));
        assert!(s.wants_refresh("a", S(240), busy));
        assert!(!s.wants_refresh("a", S(10_000), full));
        assert!(!s.wants_fetch("a", S(120), full), "fetches slow down too");
    }

    #[test]
    fn failures_back_off_and_success_resets() {
        let mut s = Scheduler::new(RefreshPolicy::default());
        s.record_fetch("a", S(0), false);
        assert_eq!(s.retry_in("a", S(0)), Some(S(5)));
        assert!(!s.wants_fetch("a", S(4), None));
        assert!(s.wants_fetch("a", S(5), None));
        s.record_fetch("a", S(5), false);
        assert_eq!(s.retry_in("a", S(5)), Some(S(10)));
        for t in 0..10 {
            s.record_fetch("a", S(100 + t), false);
        }
        assert_eq!(s.retry_in("a", S(109)), Some(S(120)), "capped");
        s.record_fetch("a", S(300), true);
        assert_eq!(s.retry_in("a", S(300)), None);
    }
}
