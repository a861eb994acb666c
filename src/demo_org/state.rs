//! The demo org's memory: issued device codes, approvals, tokens, wrong-code attempts and
//! call counters. Pure bookkeeping on an injected clock; the HTTP layer sits in `oauth.rs`
//! and `approval.rs`.

use std::collections::HashMap;
use std::net::IpAddr;
use std::time::Duration;

use base64::Engine as _;
use rand::Rng;
use rand::distr::Alphanumeric;

use super::DemoOrgConfig;

/// What happened to a device code, as the token endpoint will report it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodeState {
    Pending,
    Approved,
    Denied,
    /// Tokens were handed out; the code cannot be used again.
    Redeemed,
}

#[derive(Debug, Clone)]
pub struct DeviceGrant {
    pub user_code: String,
    pub device_code: String,
    pub client_id: String,
    pub scope: String,
    pub issued: Duration,
    pub last_poll: Option<Duration>,
    pub state: CodeState,
    pub polls: u32,
}

/// The answer to one poll, before it is turned into HTTP.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PollAnswer {
    Pending,
    SlowDown,
    Denied,
    Expired,
    Tokens { scope: String },
    InvalidCode,
    WrongClient,
}

/// An issued refresh token and the access tokens minted from it.
#[derive(Debug, Clone)]
pub struct RefreshGrant {
    pub scope: String,
    pub revoked: bool,
}

/// Call counts, for tests that assert on what a client did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stats {
    pub device_starts: u32,
    pub device_polls: u32,
    pub refreshes: u32,
    pub revocations: u32,
    pub identity_calls: u32,
    pub userinfo_calls: u32,
    pub approvals: u32,
    pub denials: u32,
    pub wrong_codes: u32,
    /// REST calls on the instance (counted in `Sforce-Limit-Info`).
    pub api_calls: u32,
    pub dashboard_results: u32,
    pub dashboard_refreshes: u32,
    /// Refresh tokens replaced by rotation.
    pub rotations: u32,
}

/// Result of typing a code into the approval page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodeEntry {
    /// The code is valid and pending; the ticket authorises the Allow/Deny step.
    Found {
        ticket: String,
        user_code: String,
    },
    Wrong {
        attempts_left: u32,
    },
    Locked {
        retry_after: Duration,
    },
}

#[derive(Debug, Default)]
struct Attempts {
    wrong: u32,
    locked_until: Option<Duration>,
}

#[derive(Debug, Default)]
pub struct OrgState {
    grants: Vec<DeviceGrant>,
    refresh_tokens: HashMap<String, RefreshGrant>,
    /// Access token -> (refresh token it came from, when it was issued).
    access_tokens: HashMap<String, (String, Duration, String)>,
    tickets: HashMap<String, String>,
    attempts: HashMap<IpAddr, Attempts>,
    pub stats: Stats,
}

const CODE_ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

fn random_string(len: usize) -> String {
    rand::rng()
        .sample_iter(&Alphanumeric)
        .take(len)
        .map(char::from)
        .collect()
}

/// Uppercase, without dashes or spaces: how people type codes on a phone.
pub fn normalise_user_code(input: &str) -> String {
    input
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .flat_map(char::to_uppercase)
        .collect()
}

impl OrgState {
    pub fn new_user_code(&self) -> String {
        let mut rng = rand::rng();
        loop {
            let code: String = (0..8)
                .map(|_| char::from(CODE_ALPHABET[rng.random_range(0..CODE_ALPHABET.len())]))
                .collect();
            // Salesforce's codes mix letters and digits.
            let mixed = code.chars().any(|c| c.is_ascii_digit())
                && code.chars().any(|c| c.is_ascii_alphabetic());
            if mixed && !self.grants.iter().any(|g| g.user_code == code) {
                return code;
            }
        }
    }

    /// Starts a device authorisation; returns the grant with its codes.
    pub fn start(
        &mut self,
        config: &DemoOrgConfig,
        client_id: &str,
        scope: &str,
        peer: IpAddr,
        now: Duration,
        epoch_ms: u128,
    ) -> DeviceGrant {
        let user_code = self.new_user_code();
        // Salesforce's device_code is base64 of "<client_id>;<ip>;<epoch-ms>;<user_code>";
        // a random tail keeps it unguessable here.
        let raw = format!(
            "{client_id};{peer};{epoch_ms};{user_code};{}",
            random_string(24)
        );
        let device_code = base64::engine::general_purpose::STANDARD.encode(raw);
        let scope = if scope.trim().is_empty() {
            config.default_scope.clone()
        } else {
            scope.trim().to_owned()
        };
        let grant = DeviceGrant {
            user_code,
            device_code,
            client_id: client_id.to_owned(),
            scope,
            issued: now,
            last_poll: None,
            state: CodeState::Pending,
            polls: 0,
        };
        self.stats.device_starts += 1;
        self.grants.push(grant.clone());
        grant
    }

    fn expired(config: &DemoOrgConfig, grant: &DeviceGrant, now: Duration) -> bool {
        now.saturating_sub(grant.issued) >= config.code_lifetime
    }

    /// One poll of the token endpoint with `grant_type=device`.
    pub fn poll(
        &mut self,
        config: &DemoOrgConfig,
        client_id: &str,
        device_code: &str,
        now: Duration,
        force_slow_down: bool,
    ) -> PollAnswer {
        self.stats.device_polls += 1;
        let Some(grant) = self
            .grants
            .iter_mut()
            .find(|g| g.device_code == device_code)
        else {
            return PollAnswer::InvalidCode;
        };
        if grant.client_id != client_id {
            return PollAnswer::WrongClient;
        }
        grant.polls += 1;
        let previous = grant.last_poll.replace(now);
        if Self::expired(config, grant, now) && grant.state != CodeState::Approved {
            return PollAnswer::Expired;
        }
        match grant.state {
            CodeState::Denied => PollAnswer::Denied,
            CodeState::Redeemed => PollAnswer::InvalidCode,
            CodeState::Approved => {
                grant.state = CodeState::Redeemed;
                PollAnswer::Tokens {
                    scope: grant.scope.clone(),
                }
            }
            CodeState::Pending => {
                let too_fast = previous.is_some_and(|last| {
                    now.saturating_sub(last) < Duration::from_secs(config.interval)
                });
                if force_slow_down || too_fast {
                    PollAnswer::SlowDown
                } else {
                    PollAnswer::Pending
                }
            }
        }
    }

    /// Mints a refresh token (when the scope allows one) and an access token.
    pub fn mint_tokens(&mut self, scope: &str, now: Duration) -> (String, Option<String>) {
        let access = format!("00D{}!AR{}", random_string(12), random_string(96));
        let wants_refresh = scope
            .split_whitespace()
            .any(|s| s == "refresh_token" || s == "offline_access" || s == "full");
        let refresh = wants_refresh.then(|| {
            let token = format!("5Aep861{}", random_string(80));
            self.refresh_tokens.insert(
                token.clone(),
                RefreshGrant {
                    scope: scope.to_owned(),
                    revoked: false,
                },
            );
            token
        });
        self.access_tokens.insert(
            access.clone(),
            (refresh.clone().unwrap_or_default(), now, scope.to_owned()),
        );
        (access, refresh)
    }

    /// `grant_type=refresh_token`: a new access token (and, with rotation, a new refresh token
    /// that invalidates the old one), or `None` if the token is unknown or revoked.
    pub fn refresh(
        &mut self,
        refresh_token: &str,
        now: Duration,
        rotate: bool,
    ) -> Option<(String, String, Option<String>)> {
        self.stats.refreshes += 1;
        let grant = self.refresh_tokens.get_mut(refresh_token)?;
        if grant.revoked {
            return None;
        }
        let scope = grant.scope.clone();
        let family = if rotate {
            grant.revoked = true;
            let new = format!("5Aep861{}", random_string(80));
            self.refresh_tokens.insert(
                new.clone(),
                RefreshGrant {
                    scope: scope.clone(),
                    revoked: false,
                },
            );
            self.stats.rotations += 1;
            new
        } else {
            refresh_token.to_owned()
        };
        let access = format!("00D{}!AR{}", random_string(12), random_string(96));
        self.access_tokens
            .insert(access.clone(), (family.clone(), now, scope.clone()));
        Some((access, scope, rotate.then_some(family)))
    }

    /// Revokes a refresh token (and every access token minted from it) or one access token.
    pub fn revoke(&mut self, token: &str) -> bool {
        self.stats.revocations += 1;
        if let Some(grant) = self.refresh_tokens.get_mut(token) {
            grant.revoked = true;
            self.access_tokens
                .retain(|_, (family, _, _)| family != token);
            return true;
        }
        self.access_tokens.remove(token).is_some()
    }

    /// Whether `token` is known, not revoked and (with a lifetime) not expired.
    pub fn access_token_valid(
        &self,
        token: &str,
        now: Duration,
        lifetime: Option<Duration>,
    ) -> bool {
        self.access_tokens.get(token).is_some_and(|(_, issued, _)| {
            lifetime.is_none_or(|life| now.saturating_sub(*issued) < life)
        })
    }

    /// Whether a token's scopes include REST API access (`api` or `full`).
    pub fn token_has_api_scope(&self, token: &str) -> bool {
        self.access_tokens.get(token).is_some_and(|(_, _, scope)| {
            scope.split_whitespace().any(|s| s == "api" || s == "full")
        })
    }

    /// A person typed `input` on the approval page from `peer`.
    pub fn enter_code(
        &mut self,
        config: &DemoOrgConfig,
        input: &str,
        peer: IpAddr,
        now: Duration,
    ) -> CodeEntry {
        let attempts = self.attempts.entry(peer).or_default();
        if let Some(until) = attempts.locked_until {
            if now < until {
                return CodeEntry::Locked {
                    retry_after: until - now,
                };
            }
            *attempts = Attempts::default();
        }
        let code = normalise_user_code(input);
        let found = self.grants.iter().find(|g| {
            g.user_code == code && g.state == CodeState::Pending && !Self::expired(config, g, now)
        });
        match found {
            Some(grant) => {
                attempts.wrong = 0;
                let ticket = random_string(32);
                let user_code = grant.user_code.clone();
                self.tickets.insert(ticket.clone(), user_code.clone());
                CodeEntry::Found { ticket, user_code }
            }
            None => {
                self.stats.wrong_codes += 1;
                attempts.wrong += 1;
                if attempts.wrong >= config.max_code_attempts {
                    attempts.locked_until = Some(now + config.lockout);
                    CodeEntry::Locked {
                        retry_after: config.lockout,
                    }
                } else {
                    CodeEntry::Wrong {
                        attempts_left: config.max_code_attempts - attempts.wrong,
                    }
                }
            }
        }
    }

    /// The Allow/Deny step. Returns the user code it applied to, or `None` for a stale ticket.
    pub fn decide(
        &mut self,
        config: &DemoOrgConfig,
        ticket: &str,
        allow: bool,
        now: Duration,
    ) -> Option<String> {
        let user_code = self.tickets.remove(ticket)?;
        let grant = self
            .grants
            .iter_mut()
            .find(|g| g.user_code == user_code && g.state == CodeState::Pending)?;
        if Self::expired(config, grant, now) {
            return None;
        }
        if allow {
            grant.state = CodeState::Approved;
            self.stats.approvals += 1;
        } else {
            grant.state = CodeState::Denied;
            self.stats.denials += 1;
        }
        Some(user_code)
    }

    pub fn grant_by_user_code(&self, user_code: &str) -> Option<&DeviceGrant> {
        let code = normalise_user_code(user_code);
        self.grants.iter().rev().find(|g| g.user_code == code)
    }

    pub fn latest_grant(&self) -> Option<&DeviceGrant> {
        self.grants.last()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::Ipv4Addr;

    fn config() -> DemoOrgConfig {
        DemoOrgConfig::default()
    }

    const PEER: IpAddr = IpAddr::V4(Ipv4Addr::LOCALHOST);

    #[test]
    fn user_codes_are_eight_mixed_characters() {
        let state = OrgState::default();
        for _ in 0..100 {
            let code = state.new_user_code();
            assert_eq!(code.len(), 8);
            assert!(
                code.chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
            );
        }
    }

    #[test]
    fn typed_codes_are_normalised() {
        assert_eq!(normalise_user_code(" x1d9-seet "), "X1D9SEET");
        assert_eq!(normalise_user_code("x1d9 seet"), "X1D9SEET");
    }

    #[test]
    fn polling_faster_than_the_interval_slows_down() {
        let cfg = config();
        let mut state = OrgState::default();
        let grant = state.start(&cfg, &cfg.client_id, "", PEER, Duration::ZERO, 0);
        let poll = |s: &mut OrgState, t| {
            s.poll(
                &cfg,
                &cfg.client_id,
                &grant.device_code,
                Duration::from_secs(t),
                false,
            )
        };
        assert_eq!(poll(&mut state, 5), PollAnswer::Pending);
        assert_eq!(poll(&mut state, 7), PollAnswer::SlowDown);
        assert_eq!(poll(&mut state, 13), PollAnswer::Pending);
        assert_eq!(poll(&mut state, 601), PollAnswer::Expired);
    }

    #[test]
    fn wrong_codes_lock_the_page() {
        let cfg = config();
        let mut state = OrgState::default();
        for left in (1..cfg.max_code_attempts).rev() {
            assert_eq!(
                state.enter_code(&cfg, "NOPE1234", PEER, Duration::ZERO),
                CodeEntry::Wrong {
                    attempts_left: left
                }
            );
        }
        assert!(matches!(
            state.enter_code(&cfg, "NOPE1234", PEER, Duration::ZERO),
            CodeEntry::Locked { .. }
        ));
        let grant = state.start(&cfg, &cfg.client_id, "", PEER, cfg.lockout, 0);
        // Even the right code is refused while locked.
        assert!(matches!(
            state.enter_code(&cfg, &grant.user_code, PEER, Duration::from_secs(1)),
            CodeEntry::Locked { .. }
        ));
        assert!(matches!(
            state.enter_code(
                &cfg,
                &grant.user_code,
                PEER,
                cfg.lockout + Duration::from_secs(1)
            ),
            CodeEntry::Found { .. }
        ));
    }

    #[test]
    fn approval_is_redeemed_once() {
        let cfg = config();
        let mut state = OrgState::default();
        let grant = state.start(
            &cfg,
            &cfg.client_id,
            "api refresh_token",
            PEER,
            Duration::ZERO,
            0,
        );
        let CodeEntry::Found { ticket, .. } =
            state.enter_code(&cfg, &grant.user_code.to_lowercase(), PEER, Duration::ZERO)
        else {
            panic!("code not found");
        };
        assert!(state.decide(&cfg, &ticket, true, Duration::ZERO).is_some());
        assert!(
            state.decide(&cfg, &ticket, true, Duration::ZERO).is_none(),
            "tickets are single use"
        );
        let answer = state.poll(
            &cfg,
            &cfg.client_id,
            &grant.device_code,
            Duration::from_secs(5),
            false,
        );
        assert!(matches!(answer, PollAnswer::Tokens { .. }));
        let again = state.poll(
            &cfg,
            &cfg.client_id,
            &grant.device_code,
            Duration::from_secs(10),
            false,
        );
        assert_eq!(again, PollAnswer::InvalidCode);
    }

    #[test]
    fn revoking_a_refresh_token_kills_its_access_tokens() {
        let mut state = OrgState::default();
        let (access, refresh) = state.mint_tokens("api refresh_token", Duration::ZERO);
        let refresh = refresh.unwrap_or_default();
        assert!(state.access_token_valid(&access, Duration::ZERO, None));
        assert!(
            !state.access_token_valid(
                &access,
                Duration::from_secs(61),
                Some(Duration::from_secs(60))
            ),
            "expired"
        );
        assert!(state.revoke(&refresh));
        assert!(!state.access_token_valid(&access, Duration::ZERO, None));
        assert!(state.refresh(&refresh, Duration::ZERO, false).is_none());
    }
}
