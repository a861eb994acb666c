//! `wallboard login`: the device flow in a terminal, for operators signing a kiosk in over SSH.
//! Prints the code, the URL and a QR code, polls until approval, prints who signed in and saves
//! the sign-in. Never reads standard input, so it also runs with no terminal attached.

use std::io::Write;

use tokio_util::sync::CancellationToken;

use super::{exit, exit_code, flow_client, minutes};
use crate::auth::credentials::SavedSignIn;
use crate::auth::poller::{self, PollEvent, PollOutcome};
use crate::auth::{DeviceAuthorization, identity};
use crate::clock::SystemClock;
use crate::config::Config;
use crate::error::AppError;
use crate::http;
use crate::i18n::{Localizer, UserMessage};
use crate::ui::qr::QrMatrix;

fn print_code(
    l10n: &Localizer,
    authorization: &DeviceAuthorization,
    lifetime: std::time::Duration,
    out: &mut impl Write,
) -> std::io::Result<()> {
    writeln!(out, "{}", l10n.text("cli-instructions"))?;
    writeln!(out)?;
    writeln!(out, "    {}", authorization.verification_uri)?;
    writeln!(out)?;
    writeln!(out, "{}", l10n.text("cli-enter-code"))?;
    writeln!(out)?;
    writeln!(out, "    {}", authorization.grouped_code())?;
    writeln!(out)?;
    if let Ok(qr) = QrMatrix::new(&authorization.verification_uri_complete) {
        writeln!(out, "{}", l10n.text("cli-scan"))?;
        write!(out, "{}", qr.to_terminal())?;
        writeln!(out, "{}", authorization.verification_uri_complete)?;
        writeln!(out)?;
    }
    writeln!(
        out,
        "{}",
        l10n.format("cli-expires", &[("minutes", minutes(lifetime).to_string())])
    )?;
    out.flush()
}

/// Runs the terminal sign-in; returns the exit code.
pub async fn run(config: &Config) -> u8 {
    let l10n = Localizer::new(config.locale.as_deref());
    let fail = |error: AppError| {
        tracing::debug!(%error, "login failed");
        eprintln!(
            "{}",
            l10n.format(
                "cli-failed",
                &[("reason", l10n.message(&error.user_message()))]
            )
        );
        exit_code(&error)
    };
    let http = match http::client() {
        Ok(http) => http,
        Err(error) => return fail(error),
    };
    let (client, options) = match flow_client(config, &http) {
        Ok(pair) => pair,
        Err(error) => return fail(error),
    };
    let authorization = match client.start().await {
        Ok(authorization) => authorization,
        Err(error) => return fail(error),
    };
    let lifetime = poller::code_lifetime(&authorization, &options);
    let mut stdout = std::io::stdout();
    if print_code(&l10n, &authorization, lifetime, &mut stdout).is_err() {
        // Output closed: keep going, the approval can still happen.
        tracing::warn!("standard output is closed");
    }
    eprintln!("{}", l10n.text("cli-waiting"));

    let cancel = CancellationToken::new();
    let on_signal = cancel.clone();
    tokio::spawn(async move {
        if tokio::signal::ctrl_c().await.is_ok() {
            on_signal.cancel();
        }
    });
    let outcome = poller::poll_until_done(
        client.clone(),
        authorization,
        SystemClock::shared(),
        options,
        cancel,
        |event| match event {
            PollEvent::SlowingDown { interval } => {
                eprintln!(
                    "{}",
                    l10n.message(
                        &UserMessage::new("cli-slow-down")
                            .arg("seconds", interval.as_secs().to_string())
                    )
                );
            }
            PollEvent::ConnectionLost { retry_in, .. } => {
                eprintln!(
                    "{}",
                    l10n.message(
                        &UserMessage::new("cli-reconnecting")
                            .arg("seconds", retry_in.as_secs().to_string())
                    )
                );
            }
            PollEvent::Waiting { .. } | PollEvent::Finished(_) => {}
        },
    )
    .await;
    match outcome {
        PollOutcome::Approved(tokens) => {
            let user = match identity::fetch(&http, &tokens, None).await {
                Ok(user) => user,
                Err(error) => return fail(error),
            };
            let saved =
                SavedSignIn::new(client.server().login_host.base().as_str(), &tokens, &user);
            super::say!(
                "{}",
                l10n.format(
                    "cli-signed-in",
                    &[
                        ("name", user.display_name.clone()),
                        ("username", user.username.clone()),
                        ("org", user.org_name.clone())
                    ]
                )
            );
            match config
                .store()
                .and_then(|store| store.save(&saved).map(|()| store.describe()))
            {
                Ok(place) => {
                    super::say!("{}", l10n.format("cli-saved", &[("path", place)]));
                    exit::OK
                }
                Err(error) => fail(error),
            }
        }
        PollOutcome::Denied => {
            eprintln!("{}", l10n.text("cli-denied"));
            exit::DENIED
        }
        PollOutcome::Expired => {
            eprintln!("{}", l10n.text("cli-expired"));
            exit::EXPIRED
        }
        PollOutcome::Cancelled => {
            eprintln!("{}", l10n.text("cli-cancelled"));
            exit::CANCELLED
        }
        PollOutcome::Failed(error) => fail(error),
    }
}
