//! The kiosk binaries cross-built for ARM by `packaging/build-debs.sh` run under qemu-user:
//! `--version` answers, and a headless snapshot of the sign-in screen matches the one this
//! machine renders (same pixels within anti-aliasing noise, a QR code that decodes to the
//! same link). Looks for `target/deb-build/<triple>/release/wallboard`; architectures not
//! built yet are reported and skipped, so `cargo test` alone stays quick. CI builds arm64
//! first, so there this test always runs.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{TestResult, decode_qr, output};
use wallboard::commands::snapshot::{self, Look, ScreenName};

struct Target {
    arch: &'static str,
    triple: &'static str,
    qemu: &'static str,
    sysroot: &'static str,
}

const TARGETS: [Target; 2] = [
    Target {
        arch: "arm64",
        triple: "aarch64-unknown-linux-gnu",
        qemu: "qemu-aarch64-static",
        sysroot: "/usr/aarch64-linux-gnu",
    },
    Target {
        arch: "armhf",
        triple: "armv7-unknown-linux-gnueabihf",
        qemu: "qemu-arm-static",
        sysroot: "/usr/arm-linux-gnueabihf",
    },
];

fn binary(target: &Target) -> PathBuf {
    let dir = std::env::var_os("WALLBOARD_CROSS_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/deb-build"));
    dir.join(target.triple).join("release/wallboard")
}

fn run(target: &Target, args: &[&str], config: &Path) -> std::io::Result<std::process::Output> {
    Command::new(target.qemu)
        .arg("-L")
        .arg(target.sysroot)
        .arg(binary(target))
        .args(args)
        .env("WALLBOARD_CONFIG", config)
        .env_remove("WALLBOARD_LOCALE")
        .output()
}

/// Pixels whose colour differs by more than a rounding step.
fn differing_pixels(a: &image::RgbaImage, b: &image::RgbaImage) -> usize {
    a.pixels()
        .zip(b.pixels())
        .filter(|(p, q)| p.0.iter().zip(q.0.iter()).any(|(x, y)| x.abs_diff(*y) > 8))
        .count()
}

#[test]
fn arm_binaries_run_under_qemu_and_draw_the_sign_in_screen() -> TestResult {
    let config = tempfile::NamedTempFile::new()?;
    let reference = output("cross-reference-sign-in-1280x720.png");
    snapshot::render(
        ScreenName::SignIn,
        (1280, 720),
        &Look {
            locale: Some("en-US".into()),
            ..Look::default()
        },
        &reference,
    )?;
    let reference = image::open(&reference)?.to_rgba8();
    let expected_qr = decode_qr(&reference).ok_or("no QR code in the reference picture")?;

    let mut checked = 0;
    for target in &TARGETS {
        if !binary(target).exists() {
            eprintln!(
                "skipped {}: {} not built (packaging/build-debs.sh {})",
                target.arch,
                binary(target).display(),
                target.arch
            );
            continue;
        }
        let version = run(target, &["--version"], config.path())?;
        assert!(
            version.status.success(),
            "{}: --version failed",
            target.arch
        );
        assert_eq!(
            String::from_utf8_lossy(&version.stdout).trim(),
            format!("wallboard {}", env!("CARGO_PKG_VERSION")),
            "{}",
            target.arch
        );

        let picture = output(&format!("cross-{}-sign-in-1280x720.png", target.arch));
        let _ = std::fs::remove_file(&picture);
        let path = picture.to_string_lossy().into_owned();
        let snapshot = run(
            target,
            &[
                "snapshot", "--screen", "sign-in", "--size", "1280x720", "--locale", "en-US",
                "--out", &path,
            ],
            config.path(),
        )?;
        assert!(
            snapshot.status.success(),
            "{}: snapshot failed: {}",
            target.arch,
            String::from_utf8_lossy(&snapshot.stderr)
        );
        let drawn = image::open(&picture)?.to_rgba8();
        assert_eq!(drawn.dimensions(), (1280, 720), "{}", target.arch);
        assert_eq!(
            decode_qr(&drawn).as_deref(),
            Some(expected_qr.as_str()),
            "{}: the QR code must decode to the sign-in link",
            target.arch
        );
        let differing = differing_pixels(&reference, &drawn);
        eprintln!(
            "{}: {differing} of {} pixels differ from this machine's rendering",
            target.arch,
            1280 * 720
        );
        assert!(
            differing < 1280 * 720 / 200,
            "{}: {differing} pixels differ from the reference rendering",
            target.arch
        );
        checked += 1;
    }
    eprintln!("checked {checked} cross-built binaries");
    Ok(())
}
