//! The approval page a phone opens: `GET /setup/connect` (with optional `?user_code=`), the
//! code form, then an Allow / Deny step that warns about remote phishing (RFC 8628 §5.4).

use std::collections::HashMap;
use std::sync::Arc;

use axum::Extension;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use maud::{DOCTYPE, Markup, html};

use super::state::{CodeEntry, normalise_user_code};
use super::{Peer, Shared};

const STYLE: &str = r#"
*{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#f3f3f3;color:#181818}
header{background:#032d60;color:#fff;padding:14px 20px;font-weight:600;font-size:18px}
main{max-width:440px;margin:24px auto;padding:0 16px}
.card{background:#fff;border-radius:12px;padding:24px;box-shadow:0 2px 6px rgba(0,0,0,.12)}
h1{font-size:24px;margin:0 0 12px}
p{line-height:1.45;font-size:17px}
label{display:block;font-weight:600;margin:16px 0 8px}
input[type=text]{width:100%;font-size:28px;letter-spacing:4px;padding:12px;border:2px solid #747474;border-radius:8px;text-transform:uppercase;font-family:ui-monospace,monospace}
button{width:100%;font-size:19px;padding:14px;border-radius:8px;border:0;margin-top:14px;cursor:pointer}
.primary{background:#0176d3;color:#fff}
.secondary{background:#fff;color:#0176d3;border:2px solid #0176d3}
.danger{background:#fff;color:#ba0517;border:2px solid #ba0517}
.warning{background:#fef1cd;border-left:6px solid #dd7a01;padding:12px 14px;border-radius:6px;font-size:16px}
.error{background:#feded8;border-left:6px solid #ba0517;padding:12px 14px;border-radius:6px}
.code{font-family:ui-monospace,monospace;font-size:30px;letter-spacing:3px;text-align:center;background:#f3f3f3;border-radius:8px;padding:10px}
.who{color:#444;font-size:15px}
"#;

fn layout(title: &str, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " | Salesforce (demo org)" }
                style { (maud::PreEscaped(STYLE)) }
            }
            body {
                header { "Salesforce · demo org" }
                main { div.card { (body) } }
            }
        }
    }
}

fn signed_in_as(shared: &Shared) -> Markup {
    let user = &shared.config.user;
    html! {
        p.who { "Signed in as " strong { (user.first_name) " " (user.last_name) } " · " (user.org_name) }
    }
}

fn code_form(shared: &Shared, prefill: &str, problem: Option<String>) -> Markup {
    layout(
        "Connect a device",
        html! {
            h1 { "Connect a device" }
            (signed_in_as(shared))
            p { "Enter the code shown on your TV screen." }
            @if let Some(problem) = problem {
                p.error id="problem" role="alert" { (problem) }
            }
            form method="post" action="/setup/connect" {
                label for="user_code" { "Code" }
                input type="text" id="user_code" name="user_code" value=(prefill) autocomplete="off"
                    autocapitalize="characters" spellcheck="false" maxlength="20" required autofocus;
                button.primary type="submit" id="connect" name="save" value="Connect" { "Connect" }
            }
        },
    )
}

fn grouped(code: &str) -> String {
    if code.len() == 8 {
        format!("{}-{}", &code[..4], &code[4..])
    } else {
        code.to_owned()
    }
}

/// `GET /`: send people to the approval page.
pub async fn index() -> Redirect {
    Redirect::to("/setup/connect")
}

/// `GET /setup/connect[?user_code=…]`: the code form, pre-filled from the QR link.
pub async fn page(
    State(shared): State<Arc<Shared>>,
    Query(params): Query<HashMap<String, String>>,
) -> Html<String> {
    let prefill = params
        .get("user_code")
        .map(|c| grouped(&normalise_user_code(c)))
        .unwrap_or_default();
    Html(code_form(&shared, &prefill, None).into_string())
}

/// `POST /setup/connect`: check the typed code.
pub async fn enter(
    State(shared): State<Arc<Shared>>,
    Extension(Peer(peer)): Extension<Peer>,
    body: Bytes,
) -> Response {
    let form: HashMap<String, String> = url::form_urlencoded::parse(&body).into_owned().collect();
    let typed = form.get("user_code").cloned().unwrap_or_default();
    let now = shared.clock.now();
    let entry = shared.state().enter_code(&shared.config, &typed, peer, now);
    match entry {
        CodeEntry::Found { ticket, user_code } => {
            Html(allow_page(&shared, &ticket, &user_code).into_string()).into_response()
        }
        CodeEntry::Wrong { attempts_left } => {
            let problem = format!(
                "That code is not valid or has expired. Check the TV and try again ({attempts_left} attempts left)."
            );
            (
                StatusCode::BAD_REQUEST,
                Html(code_form(&shared, &typed, Some(problem)).into_string()),
            )
                .into_response()
        }
        CodeEntry::Locked { retry_after } => {
            let minutes = retry_after.as_secs().div_ceil(60);
            let problem =
                format!("Too many wrong codes. For your security, try again in {minutes} minutes.");
            (
                StatusCode::TOO_MANY_REQUESTS,
                Html(code_form(&shared, "", Some(problem)).into_string()),
            )
                .into_response()
        }
    }
}

fn allow_page(shared: &Shared, ticket: &str, user_code: &str) -> Markup {
    layout(
        "Allow access?",
        html! {
            h1 { "Allow access?" }
            (signed_in_as(shared))
            p { strong { "Wallboard TV" } " is asking to show your Salesforce dashboards and to stay signed in." }
            p.code id="confirm_code" { (grouped(user_code)) }
            p.warning id="phishing_warning" {
                strong { "Only continue if this TV is in front of you" }
                " and shows the code above. If someone sent you this code or link, choose Deny."
            }
            form method="post" action="/setup/connect/decision" {
                input type="hidden" name="ticket" value=(ticket);
                button.primary type="submit" id="allow" name="decision" value="allow" { "Allow" }
                button.danger type="submit" id="deny" name="decision" value="deny" { "Deny" }
            }
        },
    )
}

/// `POST /setup/connect/decision`: Allow or Deny.
pub async fn decide(State(shared): State<Arc<Shared>>, body: Bytes) -> Response {
    let form: HashMap<String, String> = url::form_urlencoded::parse(&body).into_owned().collect();
    let ticket = form.get("ticket").map(String::as_str).unwrap_or_default();
    let allow = form.get("decision").map(String::as_str) == Some("allow");
    let now = shared.clock.now();
    let decided = shared.state().decide(&shared.config, ticket, allow, now);
    let markup = match (decided, allow) {
        (Some(_), true) => layout(
            "Connected",
            html! {
                h1 id="result" { "You're connected" }
                p { "Your TV will show your dashboards in a few seconds. You can close this page." }
            },
        ),
        (Some(_), false) => layout(
            "Access denied",
            html! {
                h1 id="result" { "Access denied" }
                p { "The TV was not connected. You can close this page." }
            },
        ),
        (None, _) => {
            let problem =
                "This request has expired or was already answered. Enter the code on the TV again."
                    .to_owned();
            return (
                StatusCode::BAD_REQUEST,
                Html(code_form(&shared, "", Some(problem)).into_string()),
            )
                .into_response();
        }
    };
    Html(markup.into_string()).into_response()
}
