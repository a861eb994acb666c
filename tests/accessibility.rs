//! Ten-foot accessibility, measured on the real UI: type never below tv-ux.md's minimum at any
//! supported resolution and margin; every font size in the UI comes from a Theme token; the
//! high-contrast theme and the accessible palette really reach the pixels.

mod common;

use common::*;
use slint::ComponentHandle;
use wallboard::appearance::{Contrast, Palette};
use wallboard::commands::snapshot::{self, Look, ScreenName};
use wallboard::ui::generated::Theme;
use wallboard::ui::headless;
use wallboard::ui::theme::{HIGH, STANDARD};

/// Landscape TVs and monitors, and a portrait (rotated) screen.
const RESOLUTIONS: &[(u32, u32)] = &[
    (1280, 720),
    (1366, 768),
    (1280, 800),
    (1920, 1080),
    (2560, 1440),
    (3840, 2160),
    (1080, 1920),
];

#[test]
fn no_text_is_smaller_than_the_ten_foot_minimum_anywhere() -> TestResult {
    headless::install().map_err(|e| e.to_string())?;
    for &(w, h) in RESOLUTIONS {
        for margin in [0.0, 5.0, 15.0] {
            let look = Look {
                safe_area_percent: margin,
                ..Look::default()
            };
            let (window, _) = snapshot::prepare(&look).map_err(|e| e.to_string())?;
            headless::set_size(window.window(), w, h);
            window.show().map_err(|e| e.to_string())?;
            let theme = window.global::<Theme>();
            // tv-ux.md R3, on a 1080-line canvas: titles 48, body 29, secondary 25 (the
            // screen's short side is the canvas height, also when rotated).
            let line = w.min(h) as f32 / 1080.0;
            let checks = [
                ("title", theme.get_title_size(), 48.0),
                ("code", theme.get_code_size(), 48.0),
                ("display", theme.get_display_size(), 48.0),
                ("body", theme.get_body_size(), 29.0),
                ("url", theme.get_url_size(), 29.0),
                ("heading", theme.get_heading_size(), 29.0),
                ("small", theme.get_small_size(), 25.0),
                ("label", theme.get_label_size(), 25.0),
                ("min-small", theme.get_min_small(), 25.0),
            ];
            for (name, size, minimum) in checks {
                assert!(
                    size + 0.01 >= minimum * line,
                    "{w}x{h}, {margin} % margin: {name} text is {size:.1} px, below {:.1}",
                    minimum * line
                );
            }
            window.hide().map_err(|e| e.to_string())?;
        }
    }
    Ok(())
}

#[test]
fn every_font_size_in_the_ui_comes_from_a_theme_token() -> TestResult {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("ui");
    let mut stack = vec![root];
    let mut checked = 0;
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir)?.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().and_then(|e| e.to_str()) != Some("slint") {
                continue;
            }
            for (n, line) in std::fs::read_to_string(&path)?.lines().enumerate() {
                let Some((_, value)) = line.split_once("font-size:") else {
                    continue;
                };
                checked += 1;
                // A token (`Theme.body-size`) or a computed size floored by one
                // (`max(Theme.min-small, ...)`).
                let floored = value.contains("-size") || value.contains("Theme.min-");
                assert!(floored, "{}:{}: {line}", path.display(), n + 1);
            }
        }
    }
    assert!(checked > 20, "{checked}");
    Ok(())
}

fn count(image: &image::RgbaImage, rgb: (u8, u8, u8)) -> usize {
    image
        .pixels()
        .filter(|p| (p.0[0], p.0[1], p.0[2]) == rgb)
        .count()
}

#[test]
fn high_contrast_is_black_white_and_yellow_on_screen() -> TestResult {
    let out = output("sign-in-high-contrast.png");
    snapshot::render(
        ScreenName::SignIn,
        (1920, 1080),
        &Look {
            locale: Some("en-US".into()),
            contrast: Contrast::High,
            ..Look::default()
        },
        &out,
    )?;
    let image = image::open(&out)?.to_rgba8();
    let total = (image.width() * image.height()) as usize;
    let black = count(
        &image,
        (HIGH.background.0, HIGH.background.1, HIGH.background.2),
    );
    assert!(
        black > total / 3,
        "mostly black background: {black} of {total}"
    );
    let focus = count(&image, (HIGH.focus.0, HIGH.focus.1, HIGH.focus.2));
    assert!(focus > 500, "the focus ring is yellow: {focus}");
    let standard_background = (
        STANDARD.background.0,
        STANDARD.background.1,
        STANDARD.background.2,
    );
    assert_eq!(
        count(&image, standard_background),
        0,
        "no standard theme colour left"
    );
    Ok(())
}

#[test]
fn the_accessible_palette_recolours_the_charts() -> TestResult {
    let runtime = threaded_runtime()?;
    let clock = wallboard::clock::ManualClock::new();
    let org = runtime.block_on(demo_org(
        &clock,
        wallboard::demo_org::DemoOrgConfig::default(),
    ))?;
    let (client, _) = runtime.block_on(rest_client(&org, &clock))?;
    let records = runtime.block_on(client.list_dashboards())?;
    let first = records.first().ok_or("no dashboards")?;
    let dashboard = wallboard::dashboard::build(&runtime.block_on(client.results(&first.id, &[]))?);
    let accessible = wallboard::dashboard::format::palette(Some("accessible"));
    let own = wallboard::dashboard::format::palette(dashboard.palette.as_deref());
    let mut seen = Vec::new();
    for palette in [Palette::Dashboard, Palette::Accessible] {
        let out = output(&format!("dashboard-palette-{palette:?}.png").to_lowercase());
        snapshot::render_dashboard(
            dashboard.clone(),
            (1920, 1080),
            &Look {
                locale: Some("en-US".into()),
                palette,
                ..Look::default()
            },
            &out,
        )?;
        let image = image::open(&out)?.to_rgba8();
        let pixels = |colors: &[wallboard::dashboard::format::Rgb]| -> usize {
            colors.iter().map(|c| count(&image, (c.0, c.1, c.2))).sum()
        };
        seen.push((pixels(&own), pixels(&accessible)));
    }
    let (dashboard_own, dashboard_accessible) = seen[0];
    let (accessible_own, accessible_accessible) = seen[1];
    assert!(
        dashboard_own > 10_000,
        "the dashboard's palette is drawn: {seen:?}"
    );
    assert!(
        accessible_accessible > 10_000,
        "the accessible palette is drawn: {seen:?}"
    );
    assert!(accessible_own < dashboard_own / 10, "{seen:?}");
    assert!(
        dashboard_accessible < accessible_accessible / 10,
        "{seen:?}"
    );
    Ok(())
}

#[test]
fn a_portrait_screen_stacks_the_code_under_the_qr_code() -> TestResult {
    let out = output("sign-in-portrait-1080x1920.png");
    let look = Look {
        locale: Some("en-US".into()),
        show_overflow: true,
        ..Look::default()
    };
    snapshot::render(ScreenName::SignIn, (1080, 1920), &look, &out)?;
    let image = image::open(&out)?.to_rgba8();
    assert!(decode_qr(&image).is_some(), "the QR code still scans");
    // The white card: centred across the screen, in its upper half, and wide (side by side it
    // would sit at the right, a third of the width).
    let white: Vec<(u32, u32)> = image
        .enumerate_pixels()
        .filter(|(_, _, p)| p.0[0] == 255 && p.0[1] == 255 && p.0[2] == 255)
        .map(|(x, y, _)| (x, y))
        .collect();
    let (left, right) = (
        white.iter().map(|p| p.0).min().unwrap_or(0),
        white.iter().map(|p| p.0).max().unwrap_or(0),
    );
    let bottom = white.iter().map(|p| p.1).max().unwrap_or(u32::MAX);
    let centre = (left + right) / 2;
    assert!(centre.abs_diff(540) < 20, "card centred: {left}..{right}");
    assert!(right - left > 500, "card {} px wide", right - left);
    assert!(bottom < 1920 / 2 + 200, "card ends at {bottom}");
    assert_eq!(overflow_frames(&image), 0, "no text cut or off screen");
    Ok(())
}

fn overflow_frames(image: &image::RgbaImage) -> usize {
    count(image, (0xff, 0x00, 0xff))
}
