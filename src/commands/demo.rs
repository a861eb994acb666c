//! `wallboard demo-org` and the demo org embedded in `--demo` runs.

use std::net::{IpAddr, Ipv4Addr, SocketAddr, UdpSocket};
use std::time::Duration;

use url::Url;

use crate::config::Config;
use crate::demo_org::{DEMO_CLIENT_ID, DemoOrg, DemoOrgConfig, DemoUser};

/// Options for a demo org.
#[derive(Debug, Clone)]
pub struct DemoOptions {
    pub listen: SocketAddr,
    /// Address phones use; defaults to the listen address (or the LAN address with `lan`).
    pub public_url: Option<Url>,
    pub code_lifetime: Duration,
    pub interval: u64,
    pub rotate_refresh_tokens: bool,
    pub access_token_lifetime: Option<Duration>,
}

/// The machine's LAN address as the routing table sees it. Connecting a UDP socket only picks a
/// route; no packet is sent.
pub fn lan_address() -> Option<IpAddr> {
    let socket = UdpSocket::bind((Ipv4Addr::UNSPECIFIED, 0)).ok()?;
    socket.connect((Ipv4Addr::new(192, 0, 2, 1), 9)).ok()?;
    socket
        .local_addr()
        .ok()
        .map(|a| a.ip())
        .filter(|ip| !ip.is_unspecified())
}

/// Starts a demo org with these options.
pub async fn start(options: &DemoOptions) -> std::io::Result<DemoOrg> {
    let config = DemoOrgConfig {
        code_lifetime: options.code_lifetime,
        interval: options.interval,
        public_url: options.public_url.clone(),
        rotate_refresh_tokens: options.rotate_refresh_tokens,
        access_token_lifetime: options.access_token_lifetime,
        // The demo user's Salesforce language is this system's, so the demo stays in the
        // language it started in after sign-in (a real org sends the user's own).
        user: DemoUser {
            language: crate::i18n::negotiate(&crate::i18n::system_locales()).replace('-', "_"),
            ..DemoUser::default()
        },
        ..DemoOrgConfig::default()
    };
    DemoOrg::start(options.listen, config).await
}

/// Points a configuration at a running demo org.
pub fn use_demo_org(config: &mut Config, org: &DemoOrg) {
    let loopback = SocketAddr::new(IpAddr::V4(Ipv4Addr::LOCALHOST), org.addr().port());
    config.login_host = format!("http://{loopback}");
    config.client_id = Some(DEMO_CLIENT_ID.into());
    config.dialect = crate::auth::Dialect::Salesforce;
}

/// Runs a demo org until Ctrl-C.
pub async fn serve(options: DemoOptions) -> std::io::Result<()> {
    let org = start(&options).await?;
    super::say!("Demo org listening on http://{}", org.addr());
    super::say!("Approval page: {}", org.approval_url());
    super::say!("Client id: {DEMO_CLIENT_ID}");
    tokio::signal::ctrl_c().await?;
    org.shutdown().await;
    Ok(())
}
