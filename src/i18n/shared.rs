//! The language in use, shared by the UI thread and the controller's threads, and switchable
//! at run time from the settings screen.

use std::sync::{Arc, RwLock};

use super::Localizer;

/// A handle to the current `Localizer`; clones share it.
#[derive(Clone)]
pub struct SharedLocalizer(Arc<RwLock<Arc<Localizer>>>);

impl SharedLocalizer {
    pub fn new(localizer: Localizer) -> Self {
        Self(Arc::new(RwLock::new(Arc::new(localizer))))
    }

    /// The localizer in use now (cheap: an `Arc` clone).
    pub fn current(&self) -> Arc<Localizer> {
        match self.0.read() {
            Ok(guard) => guard.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        }
    }

    /// Switches to `locale` (a shipped tag or the pseudo-locale). Returns whether it changed.
    pub fn switch(&self, locale: &str) -> bool {
        if self.current().locale() == locale {
            return false;
        }
        let next = Arc::new(Localizer::for_locale(locale));
        match self.0.write() {
            Ok(mut guard) => *guard = next,
            Err(poisoned) => *poisoned.into_inner() = next,
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn switching_changes_what_every_clone_sees() {
        let shared = SharedLocalizer::new(Localizer::for_locale("en-US"));
        let other = shared.clone();
        assert!(shared.switch("ja"));
        assert_eq!(other.current().locale(), "ja");
        assert!(!shared.switch("ja"));
    }
}
