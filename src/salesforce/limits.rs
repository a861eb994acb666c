//! The `Sforce-Limit-Info` header: the org's API usage in the last 24 hours.

/// Parsed `Sforce-Limit-Info`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ApiUsage {
    pub used: u64,
    pub limit: u64,
    /// `per-app-api-usage`, when the app has its own cap.
    pub per_app: Option<(u64, u64)>,
}

impl ApiUsage {
    /// Fraction of the daily allocation used (the stricter of org and app).
    pub fn fraction(&self) -> f64 {
        let org = if self.limit == 0 {
            0.0
        } else {
            self.used as f64 / self.limit as f64
        };
        let app = self
            .per_app
            .map_or(0.0, |(u, l)| if l == 0 { 0.0 } else { u as f64 / l as f64 });
        org.max(app)
    }
}

fn pair(text: &str) -> Option<(u64, u64)> {
    let text = text.split('(').next()?.trim();
    let (used, limit) = text.split_once('/')?;
    Some((used.trim().parse().ok()?, limit.trim().parse().ok()?))
}

/// Parses `api-usage=10018/100000; per-app-api-usage=17/250(appName=x)` in any order, with `;`
/// or `,` between parts.
pub fn parse(header: &str) -> Option<ApiUsage> {
    let mut usage: Option<ApiUsage> = None;
    let mut per_app = None;
    for part in header.split([';', ',']) {
        let Some((key, value)) = part.split_once('=') else {
            continue;
        };
        match key.trim().to_ascii_lowercase().as_str() {
            "api-usage" => {
                if let Some((used, limit)) = pair(value) {
                    usage = Some(ApiUsage {
                        used,
                        limit,
                        per_app: None,
                    });
                }
            }
            "per-app-api-usage" => per_app = pair(value),
            _ => {}
        }
    }
    usage.map(|u| ApiUsage { per_app, ..u })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_parts_in_either_order() {
        assert_eq!(
            parse("api-usage=10018/100000"),
            Some(ApiUsage {
                used: 10018,
                limit: 100_000,
                per_app: None
            })
        );
        let both =
            parse("per-app-api-usage=17/250(appName=sample-connected-app), api-usage=25/15000");
        assert_eq!(
            both,
            Some(ApiUsage {
                used: 25,
                limit: 15000,
                per_app: Some((17, 250))
            })
        );
        assert!(both.is_some_and(|u| (u.fraction() - 0.068).abs() < 1e-9));
        assert_eq!(parse("garbage"), None);
    }
}
