//! The real binary in a real X window (Xvfb, winit, software renderer): remote keys sent through
//! the X server with xdotool, approval through the demo org's page over HTTP. Needs `xvfb` and
//! `xdotool` (.ci/run installs them).

use std::io::{BufRead, BufReader, Read};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

mod common;

type TestResult = Result<(), Box<dyn std::error::Error>>;

struct Killed(Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts Xvfb on a free display and returns it with its number.
fn xvfb() -> Result<(Killed, String), Box<dyn std::error::Error>> {
    let mut child = Command::new("Xvfb")
        .args([
            "-displayfd",
            "1",
            "-screen",
            "0",
            "1920x1080x24",
            "-nolisten",
            "tcp",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot start Xvfb (apt-get install xvfb): {e}"))?;
    let mut line = String::new();
    BufReader::new(child.stdout.take().ok_or("no stdout")?).read_line(&mut line)?;
    Ok((Killed(child), format!(":{}", line.trim())))
}

/// Lines of the app's stderr, delivered on a channel.
fn lines_of(stream: impl Read + Send + 'static) -> mpsc::Receiver<String> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stream).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    rx
}

fn wait_for_line(
    lines: &mpsc::Receiver<String>,
    needle: &str,
) -> Result<String, Box<dyn std::error::Error>> {
    let deadline = Instant::now() + Duration::from_secs(30);
    while let Some(left) = deadline.checked_duration_since(Instant::now()) {
        match lines.recv_timeout(left) {
            Ok(line) if line.contains(needle) => return Ok(line),
            Ok(_) => {}
            Err(_) => break,
        }
    }
    Err(format!("the app never logged {needle:?}").into())
}

/// `wallboard --demo --windowed` on the Xvfb display, with its state in `state`.
fn demo_app(display: &str, state: &std::path::Path) -> Command {
    let mut app = Command::new(env!("CARGO_BIN_EXE_wallboard"));
    app.args(["--demo", "--windowed"])
        .env("DISPLAY", display)
        .env_remove("WAYLAND_DISPLAY")
        .env("SLINT_BACKEND", "winit-software")
        .env("WALLBOARD_STATE_DIR", state)
        .env("WALLBOARD_CONFIG", "/dev/null")
        .env("WALLBOARD_LOCALE", "en-US");
    app
}

fn xdotool(display: &str, args: &[&str]) -> Result<String, Box<dyn std::error::Error>> {
    let output = Command::new("xdotool")
        .args(args)
        .env("DISPLAY", display)
        .output()
        .map_err(|e| format!("cannot run xdotool: {e}"))?;
    Ok(String::from_utf8(output.stdout)?)
}

fn code_in(line: &str) -> Option<String> {
    let start = line.find("user_code=")? + "user_code=".len();
    let rest = line[start..].trim_start_matches(|c: char| !c.is_ascii_alphanumeric());
    Some(
        rest.chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect(),
    )
}

#[test]
fn demo_in_a_real_window_with_remote_keys() -> TestResult {
    let (_xvfb, display) = xvfb()?;
    let state = tempfile::tempdir()?;
    let mut app = demo_app(&display, state.path());
    app.env("NO_COLOR", "1")
        .env("WALLBOARD_LOG", "wallboard=info")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = Killed(app.spawn()?);
    let mut first = String::new();
    BufReader::new(child.0.stdout.take().ok_or("no stdout")?).read_line(&mut first)?;
    let url = first
        .trim()
        .rsplit(' ')
        .next()
        .ok_or("no approval URL")?
        .to_owned();
    assert!(url.ends_with("/setup/connect"), "{first}");
    let lines = lines_of(child.0.stderr.take().ok_or("no stderr")?);
    let first_code = code_in(&wait_for_line(&lines, "issued a device code")?).ok_or("no code")?;
    wait_for_line(&lines, "sign-in code issued")?;

    // Escape (Back on a remote) cancels; Return (OK) asks for a new code.
    let window = xdotool(&display, &["search", "--sync", "--name", "Wallboard"])?;
    let window = window
        .lines()
        .next()
        .ok_or("no Wallboard window")?
        .to_owned();
    // Let the window map and draw its first frame before talking to it.
    std::thread::sleep(Duration::from_secs(1));
    xdotool(&display, &["windowfocus", "--sync", &window])?;
    // Without a window manager, winit only treats the window as focused after a click in it.
    xdotool(
        &display,
        &["mousemove", "--window", &window, "100", "100", "click", "1"],
    )?;
    std::thread::sleep(Duration::from_millis(300));
    xdotool(&display, &["key", "Escape"])?;
    wait_for_line(&lines, "sign-in cancelled")?;
    xdotool(&display, &["key", "Return"])?;
    let second_code = code_in(&wait_for_line(&lines, "issued a device code")?).ok_or("no code")?;
    assert_ne!(first_code, second_code);

    // Approve on the "phone": the TV signs in within one poll interval (5 s + 1 s margin).
    wait_for_line(&lines, "sign-in code issued")?;
    let approved = Instant::now();
    common::decide_on_page(&url, &second_code, "allow")?;
    let signed_in = wait_for_line(&lines, "signed in")?;
    assert!(
        approved.elapsed() < Duration::from_secs(7),
        "took {:?}",
        approved.elapsed()
    );
    assert!(
        signed_in.contains("ada.okafor@northwind-demo.example"),
        "{signed_in}"
    );
    Ok(())
}

/// As a `Type=notify` service: READY=1 once the UI loop runs, WATCHDOG=1 from that loop at
/// half the watchdog period, STATUS= naming the screen.
#[test]
fn tells_systemd_it_is_ready_and_alive() -> TestResult {
    let (_xvfb, display) = xvfb()?;
    let state = tempfile::tempdir()?;
    let socket_path = state.path().join("notify.sock");
    let socket = std::os::unix::net::UnixDatagram::bind(&socket_path)?;
    socket.set_read_timeout(Some(Duration::from_secs(30)))?;
    let mut app = demo_app(&display, state.path());
    app.env("NOTIFY_SOCKET", &socket_path)
        .env("WATCHDOG_USEC", "400000")
        .env_remove("WATCHDOG_PID")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    let _child = Killed(app.spawn()?);
    let mut messages = Vec::new();
    let mut buffer = [0u8; 512];
    let started = Instant::now();
    let mut first_ping = None;
    let mut pings: u64 = 0;
    let status_seen = |messages: &[String]| {
        messages
            .iter()
            .any(|m| m.contains("STATUS=showing a sign-in code"))
    };
    while pings < 5 || !status_seen(&messages) {
        let length = socket.recv(&mut buffer)?;
        let message = String::from_utf8_lossy(&buffer[..length]).into_owned();
        if message.contains("WATCHDOG=1") {
            assert!(
                messages.iter().any(|m: &String| m.contains("READY=1")),
                "a watchdog ping came before READY=1: {messages:?}"
            );
            first_ping.get_or_insert_with(Instant::now);
            pings += 1;
        }
        messages.push(message);
        assert!(started.elapsed() < Duration::from_secs(60), "{messages:?}");
    }
    let first_ping = first_ping.ok_or("no ping")?;
    // At least four intervals of 200 ms between the first and the last ping: a ping every
    // half period, not a busy loop.
    let span = first_ping.elapsed();
    assert!(
        span >= Duration::from_millis(150 * (pings - 1)),
        "{pings} pings in {span:?}: too fast"
    );
    Ok(())
}
