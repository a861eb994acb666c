//! Every screen in every language, on the headless software renderer: the pseudo-locale
//! (accented, ~40 % longer) fits every screen at 1280x720 with no label cut or spilling over;
//! switching the language on the settings screen at run time changes every string on every
//! screen; the sign-in screen is saved in each locale to be looked at.

mod common;

use std::sync::Arc;

use common::*;
use slint::ComponentHandle;
use slint::platform::Key;
use wallboard::app::{Action, Card, DashboardView, IdleReason, PickerView, View};
use wallboard::auth::SignedInUser;
use wallboard::clock::ManualClock;
use wallboard::commands::snapshot::{self, Look, ScreenName};
use wallboard::dashboard::Dashboard;
use wallboard::demo_org::DemoOrgConfig;
use wallboard::i18n::{LOCALES, PSEUDO_LOCALE, UserMessage};
use wallboard::ui::generated::{AppState, Dashboards, I18n, Screen, Settings, SignIn, SignedIn};
use wallboard::ui::{AppWindow, headless};

/// One screen to draw: a view, its buttons, and whether the settings are open over it.
struct Shot {
    name: String,
    view: View,
    actions: Vec<Action>,
    settings: bool,
}

fn shot(name: &str, view: View, actions: Vec<Action>) -> Shot {
    Shot {
        name: name.into(),
        view,
        actions,
        settings: false,
    }
}

/// The demo org's dashboards, fetched over real HTTP.
fn demo_dashboards() -> Result<Vec<Dashboard>, Box<dyn std::error::Error + Send + Sync>> {
    let runtime = threaded_runtime()?;
    let clock = ManualClock::new();
    let org = runtime.block_on(demo_org(&clock, DemoOrgConfig::default()))?;
    let (client, _) = runtime.block_on(rest_client(&org, &clock))?;
    let mut dashboards = Vec::new();
    for record in runtime.block_on(client.list_dashboards())? {
        let results = runtime.block_on(client.results(&record.id, &[]))?;
        dashboards.push(wallboard::dashboard::build(&results));
    }
    Ok(dashboards)
}

/// Every screen Wallboard can show, with realistic content.
fn every_screen(dashboards: &[Dashboard]) -> Vec<Shot> {
    let mut shots: Vec<Shot> = [
        ScreenName::SignIn,
        ScreenName::SlowDown,
        ScreenName::Reconnecting,
        ScreenName::Starting,
        ScreenName::Expired,
        ScreenName::Denied,
        ScreenName::Error,
        ScreenName::SignedIn,
    ]
    .into_iter()
    .map(|screen| {
        let (view, actions) = snapshot::example(screen);
        shot(&format!("{screen:?}").to_lowercase(), view, actions)
    })
    .collect();
    shots.extend([
        shot(
            "cancelled",
            View::Idle(IdleReason::Cancelled),
            vec![Action::NewCode],
        ),
        shot("connecting", View::Connecting, vec![]),
        shot(
            "resuming-offline",
            View::Resuming {
                name: "Ada Okafor".into(),
                language: None,
                problem: Some(
                    UserMessage::new("error-unreachable")
                        .arg("host", "northwind.my.salesforce.com"),
                ),
            },
            vec![],
        ),
        shot(
            "notice",
            View::Notice(UserMessage::new("error-session-rejected")),
            vec![],
        ),
        shot(
            "confirm-sign-out",
            View::ConfirmSignOut {
                account: "Ada Okafor · Northwind".into(),
            },
            vec![Action::SignOut, Action::Cancel],
        ),
        shot("signed-out", View::SignedOut { revoked: true }, vec![]),
        shot(
            "signed-out-offline",
            View::SignedOut { revoked: false },
            vec![],
        ),
        shot(
            "config-error",
            View::Error(UserMessage::new("error-missing-client-id")),
            vec![],
        ),
    ]);
    let cards: Vec<Card> = dashboards
        .iter()
        .map(|d| Card {
            title: d.title.clone(),
            folder: d.folder.clone().unwrap_or_default(),
        })
        .collect();
    shots.push(shot(
        "picker",
        View::Picker(PickerView {
            cards,
            focus: 0,
            problem: None,
            account: Some("Ada Okafor · Northwind".into()),
        }),
        vec![],
    ));
    shots.push(shot(
        "picker-empty",
        View::Picker(PickerView {
            cards: vec![],
            focus: 0,
            problem: None,
            account: Some("Ada Okafor · Northwind".into()),
        }),
        vec![],
    ));
    let count = dashboards.len();
    for (index, dashboard) in dashboards.iter().enumerate() {
        let stale = index == 0;
        shots.push(shot(
            &format!("dashboard-{index}"),
            View::Dashboard(DashboardView {
                dashboard: Some(Arc::new(dashboard.clone())),
                title: dashboard.title.clone(),
                index,
                count,
                // The first one offline and paused: the longest status line.
                stale_since: stale.then(|| chrono::Local::now() - chrono::Duration::minutes(7)),
                problem: None,
                paused_secs: stale.then_some(95),
                revision: index as u64 + 1,
            }),
            vec![],
        ));
    }
    shots.push(shot(
        "dashboard-loading",
        View::Dashboard(DashboardView {
            dashboard: None,
            title: "Sales Pipeline".into(),
            index: 0,
            count,
            stale_since: None,
            problem: None,
            paused_secs: None,
            revision: 99,
        }),
        vec![],
    ));
    // The settings over the code screen and over a dashboard.
    for (name, base) in [
        ("settings-over-sign-in", 0),
        ("settings-over-dashboard", shots.len() - 2),
    ] {
        let mut over = shot(name, shots[base].view.clone(), shots[base].actions.clone());
        over.settings = true;
        shots.push(over);
    }
    shots
}

/// Magenta (the overflow frame) pixels.
fn overflow_pixels(image: &image::RgbaImage) -> usize {
    image
        .pixels()
        .filter(|p| p.0[0] > 240 && p.0[1] < 16 && p.0[2] > 240)
        .count()
}

fn open(
    look: &Look,
    size: (u32, u32),
) -> Result<
    (AppWindow, wallboard::ui::presenter::Presenter),
    Box<dyn std::error::Error + Send + Sync>,
> {
    headless::install().map_err(|e| e.to_string())?;
    let (window, presenter) = snapshot::prepare(look).map_err(|e| e.to_string())?;
    headless::set_size(window.window(), size.0, size.1);
    window.show().map_err(|e| e.to_string())?;
    Ok((window, presenter))
}

#[test]
fn the_pseudo_locale_fits_every_screen_at_720p() -> TestResult {
    let dashboards = demo_dashboards()?;
    let mut overflowing = Vec::new();
    for shot in every_screen(&dashboards) {
        let look = Look {
            locale: Some(PSEUDO_LOCALE.into()),
            show_overflow: true,
            settings_open: shot.settings,
            ..Look::default()
        };
        let (window, presenter) = open(&look, (1280, 720))?;
        presenter.show(&window, shot.view.clone(), shot.actions.clone());
        let image = headless::save_png(
            window.window(),
            &output(&format!("pseudo-{}.png", shot.name)),
        )
        .map_err(|e| e.to_string())?;
        let magenta = overflow_pixels(&image);
        if magenta > 0 {
            overflowing.push(format!("{} ({magenta} px)", shot.name));
        }
    }
    assert!(
        overflowing.is_empty(),
        "text does not fit (magenta frames in test-output/pseudo-*.png): {overflowing:?}"
    );
    Ok(())
}

#[test]
fn the_overflow_check_catches_text_that_does_not_fit() -> TestResult {
    // An error whose detail runs to many lines cannot fit the message screen.
    let look = Look {
        locale: Some(PSEUDO_LOCALE.into()),
        show_overflow: true,
        ..Look::default()
    };
    let (window, presenter) = open(&look, (1280, 720))?;
    let detail = "the playlist names a dashboard that does not exist ".repeat(60);
    presenter.show(
        &window,
        View::Error(UserMessage::new("error-config").arg("detail", detail)),
        vec![Action::TryAgain],
    );
    let image = headless::save_png(window.window(), &output("pseudo-overflow-caught.png"))
        .map_err(|e| e.to_string())?;
    assert!(
        overflow_pixels(&image) > 0,
        "a cramped screen must be flagged"
    );
    Ok(())
}

/// Every string on screen, by where it comes from, and whether it is Wallboard's own text
/// (`true`) or data (dashboard names, the code, the URL).
fn visible_texts(window: &AppWindow) -> Vec<(String, String, bool)> {
    let mut texts = Vec::new();
    let mut add = |field: &str, text: slint::SharedString, ours: bool| {
        if !text.is_empty() {
            texts.push((field.to_owned(), text.to_string(), ours));
        }
    };
    let app = window.global::<AppState>();
    let i18n = window.global::<I18n>();
    add("keys-hint", app.get_keys_hint(), true);
    for (i, action) in slint::Model::iter(&app.get_actions()).enumerate() {
        add(&format!("button {i}"), action.label, true);
    }
    match app.get_screen() {
        Screen::Code => {
            for id in [
                "sign-in-title",
                "sign-in-step-scan",
                "sign-in-step-enter",
                "sign-in-phishing",
            ] {
                add(id, i18n.invoke_tr(id.into(), i18n.get_revision()), true);
            }
            let sign_in = window.global::<SignIn>();
            add("countdown", sign_in.get_countdown(), true);
            add("status", sign_in.get_status(), true);
            add("code", sign_in.get_code(), false);
            add("url", sign_in.get_url(), false);
        }
        Screen::Message => {
            add("title", app.get_message_title(), true);
            // The sign-out confirmation's body is the account (data).
            let body_is_ours = app.get_message_body().as_str() != "Ada Okafor · Northwind";
            add("body", app.get_message_body(), body_is_ours);
            add("hint", app.get_message_hint(), true);
        }
        Screen::SignedIn => {
            add(
                "title",
                i18n.invoke_tr("signed-in-title".into(), i18n.get_revision()),
                true,
            );
            let signed_in = window.global::<SignedIn>();
            add("name", signed_in.get_name(), true);
            add("org", signed_in.get_org(), true);
            add("username", signed_in.get_username(), true);
            add("next", signed_in.get_next(), true);
        }
        Screen::Picker => {
            let dashboards = window.global::<Dashboards>();
            add("picker-title", dashboards.get_picker_title(), true);
            let cards: Vec<_> = slint::Model::iter(&dashboards.get_cards()).collect();
            let settings_card = dashboards.get_settings_card();
            for (i, card) in cards.iter().enumerate() {
                // The last two cards (sign out, settings) are Wallboard's; their folder line
                // is the account (data) or the language's own name (ours).
                let ours = i + 2 >= cards.len();
                add(&format!("card {i}"), card.title.clone(), ours);
                add(
                    &format!("card {i} line"),
                    card.folder.clone(),
                    i as i32 == settings_card,
                );
            }
        }
        Screen::Dashboard => {
            let dashboards = window.global::<Dashboards>();
            add("title", dashboards.get_title(), false);
            add("as-of", dashboards.get_as_of(), true);
            add("stale", dashboards.get_stale_text(), true);
            add("position", dashboards.get_position(), true);
            add("paused", dashboards.get_paused_text(), true);
            if slint::Model::row_count(&dashboards.get_tiles()) == 0 {
                add("loading", dashboards.get_loading_text(), true);
            }
            for (i, tile) in slint::Model::iter(&dashboards.get_tiles()).enumerate() {
                add(&format!("tile {i} state"), tile.state_text, true);
                for entry in slint::Model::iter(&tile.legend) {
                    // Legend names are data, except the combined entry and scatter axes
                    // (judged on the English run, which is the one whose flags count).
                    let ours = entry.name.as_str() == "Other"
                        || entry.name.starts_with("Across:")
                        || entry.name.starts_with("Up:");
                    add(&format!("tile {i} legend"), entry.name, ours);
                }
            }
        }
    }
    let settings = window.global::<Settings>();
    if settings.get_open() {
        add("settings-title", settings.get_title(), true);
        add("settings-note", settings.get_note(), true);
        add("settings-hint", settings.get_hint(), true);
        for (i, row) in slint::Model::iter(&settings.get_rows()).enumerate() {
            add(&format!("setting {i}"), row.label, true);
            add(&format!("setting {i} value"), row.value, true);
        }
    }
    texts
}

/// The numbers Wallboard shortens on a dashboard (tile values, legend values, axis ticks,
/// value labels): written in the language on screen.
fn amounts(window: &AppWindow) -> Vec<String> {
    if window.global::<AppState>().get_screen() != Screen::Dashboard {
        return Vec::new();
    }
    let mut out = Vec::new();
    for tile in slint::Model::iter(&window.global::<Dashboards>().get_tiles()) {
        out.push(tile.value.to_string());
        out.extend(slint::Model::iter(&tile.legend).map(|e| e.value.to_string()));
        for labels in [&tile.y_labels, &tile.value_labels] {
            out.extend(slint::Model::iter(labels).map(|l| l.text.to_string()));
        }
    }
    out.retain(|text| text.chars().any(|c| c.is_ascii_digit()));
    out
}

/// Left on the settings screen's language row until `locale` is in use (real key events).
fn switch_language(
    window: &AppWindow,
    presenter: &wallboard::ui::presenter::Presenter,
    locale: &str,
) {
    let settings = window.global::<Settings>();
    let was_open = settings.get_open();
    if !was_open {
        headless::press(window.window(), Key::Menu);
    }
    assert!(settings.get_open(), "Menu opens the settings");
    settings.set_focused(0);
    for _ in 0..=LOCALES.len() {
        if presenter.localizer().locale() == locale {
            break;
        }
        headless::press(window.window(), Key::LeftArrow);
    }
    assert_eq!(presenter.localizer().locale(), locale);
    if !was_open {
        headless::press(window.window(), Key::Escape);
        assert!(!settings.get_open(), "Back closes the settings");
    }
}

#[test]
fn switching_the_language_at_run_time_changes_every_string_on_every_screen() -> TestResult {
    let dashboards = demo_dashboards()?;
    for target in LOCALES
        .iter()
        .map(|(tag, _)| *tag)
        .filter(|t| *t != "en-US")
    {
        let mut respelled = 0;
        for shot in every_screen(&dashboards) {
            let look = Look {
                locale: Some("en-US".into()),
                settings_open: shot.settings,
                ..Look::default()
            };
            let (window, presenter) = open(&look, (1280, 720))?;
            presenter.show(&window, shot.view.clone(), shot.actions.clone());
            let before = visible_texts(&window);
            let amounts_before = amounts(&window);
            assert!(before.iter().any(|t| t.2), "{}: no text found", shot.name);
            switch_language(&window, &presenter, target);
            let after = visible_texts(&window);
            // Short numbers are re-spelled (`$4.8M` → `$4,8 Mio.`, `$482万`); some are the
            // same in a language (`0`, `148`, `81.5%` in Japanese), but not all of them.
            let amounts_after = amounts(&window);
            assert_eq!(amounts_before.len(), amounts_after.len(), "{}", shot.name);
            respelled += amounts_before
                .iter()
                .zip(&amounts_after)
                .filter(|(a, b)| a != b)
                .count();
            assert_eq!(
                before.iter().map(|t| &t.0).collect::<Vec<_>>(),
                after.iter().map(|t| &t.0).collect::<Vec<_>>(),
                "{target} {}: the same things are on screen",
                shot.name
            );
            for ((field, english, ours), (_, translated, _)) in before.iter().zip(&after) {
                if *ours {
                    // A few words are the same in both languages ("Dashboards", "Standard");
                    // Japanese shares none, so it must change every string.
                    let same_word_allowed = ALLOWED_SAME
                        .iter()
                        .any(|(tag, start)| *tag == target && english.starts_with(start));
                    assert!(
                        english != translated || same_word_allowed,
                        "{target} {}: {field} stayed {english:?}",
                        shot.name
                    );
                } else {
                    assert_eq!(
                        english, translated,
                        "{target} {}: data {field} changed",
                        shot.name
                    );
                }
            }
        }
        assert!(respelled >= 5, "{target}: {respelled} numbers re-spelled");
    }
    Ok(())
}

#[test]
fn a_view_put_into_words_while_the_language_switches_lands_in_the_new_language() -> TestResult {
    let look = Look {
        locale: Some("en-US".into()),
        ..Look::default()
    };
    let (window, presenter) = open(&look, (1280, 720))?;
    presenter.show(&window, View::Connecting, vec![]);
    // The controller thread puts the next view into words in English...
    let late = presenter.translate(View::SignedOut { revoked: true }, vec![]);
    // ...while the person switches to German on the UI thread...
    switch_language(&window, &presenter, "de");
    // ...and only then does it arrive: drawn in German, not in the language it was made in.
    presenter.apply(&window, &late);
    let german = wallboard::i18n::Localizer::for_locale("de");
    let title = window.global::<AppState>().get_message_title();
    assert_eq!(title.as_str(), german.text("signed-out-title"));
    assert_ne!(
        title.as_str(),
        wallboard::i18n::Localizer::for_locale("en-US").text("signed-out-title")
    );
    Ok(())
}

/// Strings (or their start) that are correct in English and in the given language.
const ALLOWED_SAME: &[(&str, &str)] = &[
    ("de", "Dashboards"),
    ("nl", "Dashboards"),
    ("de", "Standard"),
    ("it", "Standard"),
    ("fr", "Standard"),
    ("nl", "Contrast"),
    ("it", "Offline"),
    ("nl", "Offline"),
    ("es", "Error: "),
];

#[test]
fn the_sign_in_screen_in_every_locale() -> TestResult {
    let mut seen = std::collections::BTreeSet::new();
    for tag in LOCALES.iter().map(|(tag, _)| *tag).chain([PSEUDO_LOCALE]) {
        let look = Look {
            locale: Some(tag.into()),
            show_overflow: true,
            ..Look::default()
        };
        let (window, presenter) = open(&look, (1920, 1080))?;
        let (view, actions) = snapshot::example(ScreenName::SignIn);
        presenter.show(&window, view, actions);
        let image = headless::save_png(window.window(), &output(&format!("sign-in-{tag}.png")))
            .map_err(|e| e.to_string())?;
        assert_eq!(overflow_pixels(&image), 0, "{tag}: text does not fit");
        assert_eq!(
            decode_qr(&image).as_deref(),
            Some("https://login.salesforce.com/setup/connect?user_code=X1D9SEET"),
            "{tag}: the QR code still scans"
        );
        assert!(
            seen.insert(image.into_raw()),
            "{tag} looks like another locale"
        );
    }
    Ok(())
}

/// A Salesforce user whose language is Japanese.
fn aiko() -> SignedInUser {
    SignedInUser {
        display_name: "Aiko Tanaka".into(),
        username: "aiko@northwind.example".into(),
        organization_id: "00D".into(),
        org_name: "Northwind".into(),
        language: Some("ja".into()),
    }
}

#[test]
fn a_signed_in_users_salesforce_language_becomes_the_default() -> TestResult {
    let look = Look::default();
    let (window, presenter) = open(&look, (1280, 720))?;
    let before = presenter.localizer().locale().to_owned();
    presenter.show(&window, View::SignedIn(aiko()), vec![]);
    assert_eq!(presenter.localizer().locale(), "ja", "was {before}");
    let name = window.global::<SignedIn>().get_name();
    assert_eq!(name.as_str(), "Aiko Tanaka としてサインインしています");
    // The settings name where the language came from.
    headless::press(window.window(), Key::Menu);
    let rows: Vec<_> = slint::Model::iter(&window.global::<Settings>().get_rows()).collect();
    assert_eq!(rows[0].value.as_str(), "自動：日本語（Salesforce の言語）");
    headless::save_png(window.window(), &output("settings-ja.png")).map_err(|e| e.to_string())?;

    // A language set in the configuration wins over the Salesforce language.
    let configured = Look {
        locale: Some("de".into()),
        ..Look::default()
    };
    let (window, presenter) = open(&configured, (1280, 720))?;
    presenter.show(&window, View::SignedIn(aiko()), vec![]);
    assert_eq!(presenter.localizer().locale(), "de");
    Ok(())
}

#[test]
fn japanese_glyphs_are_drawn() -> TestResult {
    // The settings title is two kanji (設定) and nothing else: without a CJK font (the package
    // depends on fonts-noto-cjk) it would be blank.
    let look = Look {
        locale: Some("ja".into()),
        settings_open: true,
        ..Look::default()
    };
    let (window, presenter) = open(&look, (1920, 1080))?;
    let (view, actions) = snapshot::example(ScreenName::SignIn);
    presenter.show(&window, view, actions);
    let image = headless::save_png(window.window(), &output("settings-title-ja.png"))
        .map_err(|e| e.to_string())?;
    assert_eq!(window.global::<Settings>().get_title().as_str(), "設定");
    // The title sits in the top-left of the safe area.
    let ink = (96..400)
        .flat_map(|x| (54..150).map(move |y| (x, y)))
        .filter(|&(x, y)| image.get_pixel(x, y).0[0] > 200)
        .count();
    assert!(ink > 500, "the kanji are drawn ({ink} bright pixels)");
    Ok(())
}
