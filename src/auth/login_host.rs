//! Where Wallboard signs in: production, sandbox or a My Domain host, or (for other servers)
//! an explicit URL. Only https is accepted, except plain http to a loopback address.

use std::net::IpAddr;

use url::{Host, Url};

use crate::error::AppError;

/// A validated login host base URL, such as `https://login.salesforce.com/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoginHost {
    base: Url,
}

impl LoginHost {
    /// Accepts `production`, `sandbox`, a host name (`acme.my.salesforce.com`) or a full URL.
    pub fn parse(input: &str) -> Result<Self, AppError> {
        let trimmed = input.trim();
        let candidate = match trimmed.to_ascii_lowercase().as_str() {
            "" | "production" | "prod" | "login" => "https://login.salesforce.com".to_owned(),
            "sandbox" | "test" => "https://test.salesforce.com".to_owned(),
            _ if trimmed.contains("://") => trimmed.to_owned(),
            _ => format!("https://{trimmed}"),
        };
        let invalid = || AppError::LoginHostInvalid {
            input: trimmed.to_owned(),
        };
        let mut url = Url::parse(&candidate).map_err(|_| invalid())?;
        let host = url.host().ok_or_else(invalid)?;
        match url.scheme() {
            "https" => {}
            "http" if is_loopback(&host) => {}
            "http" => {
                return Err(AppError::LoginHostInsecure {
                    host: host.to_string(),
                });
            }
            _ => return Err(invalid()),
        }
        if !url.username().is_empty() || url.password().is_some() || url.query().is_some() {
            return Err(invalid());
        }
        url.set_fragment(None);
        if !url.path().ends_with('/') {
            let path = format!("{}/", url.path());
            url.set_path(&path);
        }
        Ok(Self { base: url })
    }

    pub fn base(&self) -> &Url {
        &self.base
    }

    /// The host name shown to people, e.g. `login.salesforce.com`.
    pub fn display_host(&self) -> String {
        match self.base.port() {
            Some(port) => format!("{}:{port}", self.base.host_str().unwrap_or_default()),
            None => self.base.host_str().unwrap_or_default().to_owned(),
        }
    }

    /// `path` resolved against the login host (`services/oauth2/token`, ...).
    pub fn endpoint(&self, path: &str) -> Url {
        self.base
            .join(path.trim_start_matches('/'))
            .unwrap_or_else(|_| self.base.clone())
    }
}

fn is_loopback(host: &Host<&str>) -> bool {
    match host {
        Host::Domain(name) => name.eq_ignore_ascii_case("localhost"),
        Host::Ipv4(ip) => IpAddr::V4(*ip).is_loopback(),
        Host::Ipv6(ip) => IpAddr::V6(*ip).is_loopback(),
    }
}

/// Checks any URL a server handed us (instance URL, identity URL) against the same rule.
pub fn check_remote_url(url: &Url) -> Result<(), AppError> {
    let Some(host) = url.host() else {
        return Err(AppError::LoginHostInvalid {
            input: url.to_string(),
        });
    };
    match url.scheme() {
        "https" => Ok(()),
        "http" if is_loopback(&host) => Ok(()),
        _ => Err(AppError::LoginHostInsecure {
            host: host.to_string(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_map_to_salesforce_hosts() -> Result<(), AppError> {
        assert_eq!(
            LoginHost::parse("production")?.base().as_str(),
            "https://login.salesforce.com/"
        );
        assert_eq!(
            LoginHost::parse("sandbox")?.base().as_str(),
            "https://test.salesforce.com/"
        );
        assert_eq!(
            LoginHost::parse("acme.my.salesforce.com")?.base().as_str(),
            "https://acme.my.salesforce.com/"
        );
        assert_eq!(
            LoginHost::parse("https://acme--uat.sandbox.my.salesforce.com")?.display_host(),
            "acme--uat.sandbox.my.salesforce.com"
        );
        Ok(())
    }

    #[test]
    fn plain_http_only_on_loopback() {
        assert!(LoginHost::parse("http://127.0.0.1:8080").is_ok());
        assert!(LoginHost::parse("http://[::1]:8080").is_ok());
        assert!(LoginHost::parse("http://localhost:8080").is_ok());
        assert!(matches!(
            LoginHost::parse("http://login.salesforce.com"),
            Err(AppError::LoginHostInsecure { .. })
        ));
        assert!(matches!(
            LoginHost::parse("http://192.168.1.20:8080"),
            Err(AppError::LoginHostInsecure { .. })
        ));
        assert!(matches!(
            LoginHost::parse("ftp://x.example"),
            Err(AppError::LoginHostInvalid { .. })
        ));
        assert!(matches!(
            LoginHost::parse("https://"),
            Err(AppError::LoginHostInvalid { .. })
        ));
    }
}
