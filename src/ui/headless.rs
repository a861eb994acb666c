//! A headless Slint platform on the software renderer: windows draw into memory, so screens can
//! be rendered to PNG (`wallboard snapshot`, UI tests) and driven with real key events on a
//! machine without a display.

use std::cell::Cell;
use std::path::Path;
use std::rc::Rc;

use slint::platform::software_renderer::{MinimalSoftwareWindow, RepaintBufferType};
use slint::platform::{Key, Platform, WindowAdapter, WindowEvent};
use slint::{PhysicalSize, PlatformError, SharedString};

struct HeadlessPlatform;

impl Platform for HeadlessPlatform {
    fn create_window_adapter(&self) -> Result<Rc<dyn WindowAdapter>, PlatformError> {
        Ok(MinimalSoftwareWindow::new(RepaintBufferType::NewBuffer))
    }
}

thread_local! {
    static INSTALLED: Cell<bool> = const { Cell::new(false) };
}

/// Makes the headless platform this thread's Slint platform (idempotent per thread).
pub fn install() -> Result<(), PlatformError> {
    if INSTALLED.with(Cell::get) {
        return Ok(());
    }
    slint::platform::set_platform(Box::new(HeadlessPlatform))
        .map_err(|e| PlatformError::Other(format!("cannot install the headless platform: {e}")))?;
    INSTALLED.with(|i| i.set(true));
    Ok(())
}

/// Sizes a window in physical pixels (scale factor 1).
pub fn set_size(window: &slint::Window, width: u32, height: u32) {
    window.set_size(PhysicalSize::new(width, height));
}

/// Sends one key press and release, as a remote or keyboard would.
pub fn press(window: &slint::Window, key: Key) {
    let text: SharedString = key.into();
    press_text(window, text);
}

/// Sends a key given as text (e.g. `" "`).
pub fn press_text(window: &slint::Window, text: SharedString) {
    window.dispatch_event(WindowEvent::KeyPressed { text: text.clone() });
    window.dispatch_event(WindowEvent::KeyReleased { text });
}

/// Renders the window into an RGBA image.
pub fn snapshot(window: &slint::Window) -> Result<image::RgbaImage, PlatformError> {
    slint::platform::update_timers_and_animations();
    let buffer = window.take_snapshot()?;
    image::RgbaImage::from_raw(buffer.width(), buffer.height(), buffer.as_bytes().to_vec())
        .ok_or_else(|| PlatformError::Other("snapshot buffer has the wrong size".into()))
}

/// Renders and saves as PNG.
pub fn save_png(window: &slint::Window, path: &Path) -> Result<image::RgbaImage, PlatformError> {
    let image = snapshot(window)?;
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)
            .map_err(|e| PlatformError::Other(format!("{}: {e}", parent.display())))?;
    }
    image
        .save(path)
        .map_err(|e| PlatformError::Other(format!("{}: {e}", path.display())))?;
    Ok(image)
}
