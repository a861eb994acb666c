//! The embedded demo org: an HTTP server that speaks Salesforce's device flow (with its quirks),
//! token refresh and revocation, the identity URL, userinfo and API version discovery, plus a
//! real approval page a phone can open. It builds its JSON from its own definitions and never
//! uses the client's types, so a field the client misreads cannot be mirrored here.

mod analytics;
mod approval;
mod faults;
mod oauth;
mod samples;
mod state;

use std::convert::Infallible;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::Router;
use axum::routing::{get, post};
use hyper::body::Incoming;
use hyper_util::rt::{TokioExecutor, TokioIo};
use tokio::net::TcpListener;
use tokio::sync::watch;
use tower::ServiceExt as _;
use url::Url;

use crate::clock::{SharedClock, SystemClock};

pub use faults::{BrokenAnswer, Faults};
pub use state::{Stats, normalise_user_code};

/// The consumer key the demo org accepts.
pub const DEMO_CLIENT_ID: &str = "3MVG9WallboardDemoOrgConsumerKey.ForTVs";

/// The person who approves sign-ins on the demo org.
#[derive(Debug, Clone)]
pub struct DemoUser {
    pub first_name: String,
    pub last_name: String,
    pub username: String,
    pub email: String,
    pub org_name: String,
    pub org_id: String,
    pub user_id: String,
    pub language: String,
    pub timezone: String,
}

impl Default for DemoUser {
    fn default() -> Self {
        Self {
            first_name: "Ada".into(),
            last_name: "Okafor".into(),
            username: "ada.okafor@northwind-demo.example".into(),
            email: "ada.okafor@northwind-demo.example".into(),
            org_name: "Northwind Traders (Demo)".into(),
            org_id: "00D5g00000WbDemEAB".into(),
            user_id: "0055g00000AdaOkEAA".into(),
            language: "en_US".into(),
            timezone: "Europe/Berlin".into(),
        }
    }
}

/// How the demo org behaves.
#[derive(Debug, Clone)]
pub struct DemoOrgConfig {
    pub client_id: String,
    /// Polling interval sent with every device code (Salesforce sends 5).
    pub interval: u64,
    /// How long a user code stays valid (Salesforce does not say; 10 minutes here).
    pub code_lifetime: Duration,
    /// Wrong codes a browser may type before the approval page locks.
    pub max_code_attempts: u32,
    /// How long the approval page stays locked after too many wrong codes.
    pub lockout: Duration,
    /// Scope granted when the client asks for none.
    pub default_scope: String,
    /// The address phones should use (for `--demo-lan`); otherwise the request's Host header.
    pub public_url: Option<Url>,
    /// Issue a new refresh token on every refresh, invalidating the old one.
    pub rotate_refresh_tokens: bool,
    /// Access tokens expire after this long (`None`: until revoked), so clients see 401s.
    pub access_token_lifetime: Option<Duration>,
    pub user: DemoUser,
}

impl Default for DemoOrgConfig {
    fn default() -> Self {
        Self {
            client_id: DEMO_CLIENT_ID.into(),
            interval: 5,
            code_lifetime: Duration::from_secs(600),
            max_code_attempts: 5,
            lockout: Duration::from_secs(15 * 60),
            default_scope: "api refresh_token id".into(),
            public_url: None,
            rotate_refresh_tokens: false,
            access_token_lifetime: None,
            user: DemoUser::default(),
        }
    }
}

pub(crate) struct Shared {
    config: DemoOrgConfig,
    clock: SharedClock,
    state: Mutex<state::OrgState>,
    analytics: Mutex<analytics::AnalyticsState>,
    faults: Faults,
}

impl Shared {
    /// Whether a bearer token is a live access token right now.
    fn token_valid(&self, token: &str) -> bool {
        let now = self.clock.now();
        self.state()
            .access_token_valid(token, now, self.config.access_token_lifetime)
    }

    fn state(&self) -> MutexGuard<'_, state::OrgState> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn analytics(&self) -> MutexGuard<'_, analytics::AnalyticsState> {
        self.analytics
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }
}

/// The REST API's error shape: an array of `{message, errorCode}`.
pub(crate) fn rest_error(
    status: axum::http::StatusCode,
    code: &str,
    message: &str,
) -> axum::response::Response {
    use axum::response::IntoResponse as _;
    (
        status,
        axum::Json(serde_json::json!([{ "message": message, "errorCode": code }])),
    )
        .into_response()
}

/// The peer address of the connection a request came in on.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Peer(pub IpAddr);

/// A running demo org.
pub struct DemoOrg {
    shared: Arc<Shared>,
    addr: SocketAddr,
    stop: watch::Sender<bool>,
    task: tokio::task::JoinHandle<()>,
}

impl DemoOrg {
    /// Starts the demo org on `listen` (port 0 picks a free port) with the real clock.
    pub async fn start(listen: SocketAddr, config: DemoOrgConfig) -> std::io::Result<Self> {
        Self::start_with_clock(listen, config, SystemClock::shared()).await
    }

    /// Starts the demo org with an injected clock (tests share it with the client).
    pub async fn start_with_clock(
        listen: SocketAddr,
        config: DemoOrgConfig,
        clock: SharedClock,
    ) -> std::io::Result<Self> {
        let listener = TcpListener::bind(listen).await?;
        let addr = listener.local_addr()?;
        let shared = Arc::new(Shared {
            config,
            clock,
            state: Mutex::new(state::OrgState::default()),
            analytics: Mutex::new(analytics::AnalyticsState::default()),
            faults: Faults::default(),
        });
        let (stop, stopped) = watch::channel(false);
        let task = tokio::spawn(accept_loop(
            listener,
            router(shared.clone()),
            shared.clone(),
            stopped,
        ));
        tracing::info!(%addr, "demo org listening");
        Ok(Self {
            shared,
            addr,
            stop,
            task,
        })
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://<addr>`: the login host (and instance) clients should use.
    pub fn base_url(&self) -> Url {
        let text = format!("http://{}/", self.addr);
        Url::parse(&text).unwrap_or_else(|_| unreachable_url())
    }

    /// The approval page as a phone would open it.
    pub fn approval_url(&self) -> Url {
        let base = self
            .shared
            .config
            .public_url
            .clone()
            .unwrap_or_else(|| self.base_url());
        base.join("setup/connect").unwrap_or(base)
    }

    pub fn faults(&self) -> &Faults {
        &self.shared.faults
    }

    pub fn config(&self) -> &DemoOrgConfig {
        &self.shared.config
    }

    pub fn stats(&self) -> Stats {
        let mut stats = self.shared.state().stats.clone();
        let analytics = self.shared.analytics();
        stats.api_calls = analytics.api_calls;
        stats.dashboard_results = analytics.result_calls;
        stats.dashboard_refreshes = analytics.refresh_calls;
        stats
    }

    /// Polls received for one user code so far.
    pub fn polls_for(&self, user_code: &str) -> u32 {
        self.shared
            .state()
            .grant_by_user_code(user_code)
            .map_or(0, |g| g.polls)
    }

    /// The most recently issued user code, if any.
    pub fn latest_user_code(&self) -> Option<String> {
        self.shared
            .state()
            .latest_grant()
            .map(|g| g.user_code.clone())
    }

    /// Approves or denies a code the way the page's Allow/Deny buttons do.
    pub fn decide(&self, user_code: &str, allow: bool) -> bool {
        let now = self.shared.clock.now();
        let mut state = self.shared.state();
        let peer = IpAddr::from([127, 0, 0, 1]);
        match state.enter_code(&self.shared.config, user_code, peer, now) {
            state::CodeEntry::Found { ticket, .. } => state
                .decide(&self.shared.config, &ticket, allow, now)
                .is_some(),
            _ => false,
        }
    }

    /// Revokes a token as `POST /services/oauth2/revoke` would.
    pub fn revoke(&self, token: &str) -> bool {
        self.shared.state().revoke(token)
    }

    /// Stops accepting connections and waits for the accept loop to end.
    pub async fn shutdown(self) {
        let _ = self.stop.send(true);
        let _ = self.task.await;
    }
}

fn unreachable_url() -> Url {
    // A syntactically valid fallback; a SocketAddr always formats into a valid URL.
    Url::parse("http://127.0.0.1/").unwrap_or_else(|_| unreachable!("static URL parses"))
}

pub(crate) fn epoch_ms() -> u128 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis())
}

fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route("/", get(approval::index))
        .route("/services/oauth2/token", post(oauth::token))
        .route("/services/oauth2/revoke", post(oauth::revoke))
        .route("/services/oauth2/userinfo", get(oauth::userinfo))
        .route("/id/{org}/{user}", get(oauth::identity))
        .route("/services/data", get(oauth::versions))
        .route("/services/data/", get(oauth::versions))
        .route("/services/data/{version}/query", get(oauth::query))
        .route(
            "/services/data/{version}/analytics/dashboards",
            get(analytics::list),
        )
        .route(
            "/services/data/{version}/analytics/dashboards/{id}",
            get(analytics::results).put(analytics::refresh),
        )
        .route(
            "/services/data/{version}/analytics/dashboards/{id}/describe",
            get(analytics::describe),
        )
        .route(
            "/services/data/{version}/analytics/dashboards/{id}/status",
            get(analytics::status),
        )
        .route("/setup/connect", get(approval::page).post(approval::enter))
        .route("/setup/connect/decision", post(approval::decide))
        .with_state(shared)
}

#[derive(Debug, thiserror::Error)]
#[error("demo org is offline (fault injection)")]
struct Offline;

async fn accept_loop(
    listener: TcpListener,
    router: Router,
    shared: Arc<Shared>,
    mut stopped: watch::Receiver<bool>,
) {
    loop {
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            _ = stopped.changed() => break,
        };
        let (stream, peer) = match accepted {
            Ok(pair) => pair,
            Err(error) => {
                tracing::warn!(%error, "demo org accept failed");
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        if shared.faults.is_offline() {
            drop(stream);
            continue;
        }
        let router = router.clone();
        let shared = shared.clone();
        let mut stopped = stopped.clone();
        tokio::spawn(async move {
            let service =
                hyper::service::service_fn(move |mut request: hyper::Request<Incoming>| {
                    let router = router.clone();
                    let shared = shared.clone();
                    async move {
                        if shared.faults.is_offline() {
                            return Err(Offline);
                        }
                        request.extensions_mut().insert(Peer(peer.ip()));
                        let response: Result<_, Infallible> =
                            router.oneshot(request.map(axum::body::Body::new)).await;
                        response.map_err(|never| match never {})
                    }
                });
            let builder = hyper_util::server::conn::auto::Builder::new(TokioExecutor::new());
            let connection = builder.serve_connection(TokioIo::new(stream), service);
            tokio::select! {
                _ = connection => {}
                _ = stopped.changed() => {}
            }
        });
    }
}
