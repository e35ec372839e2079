//! The wizard's model, shared by the window and the reports: its pages and the progress saved
//! between runs. The pages' views live in the app (`src/ui/pages`).

mod progress;

pub use progress::{Preferences, Progress};

use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

/// The wizard's pages, in the guide's order; a diagnosis names the one that applies its fix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Page {
    #[default]
    Welcome,
    ExchangeOnline,
    Printer,
    EmailServer,
    SignIn,
    ApplyVerify,
    ScanToMyEmail,
    Finish,
}

impl Page {
    /// Every page, in the guide's order.
    pub const ALL: [Page; 8] = [
        Page::Welcome,
        Page::ExchangeOnline,
        Page::Printer,
        Page::EmailServer,
        Page::SignIn,
        Page::ApplyVerify,
        Page::ScanToMyEmail,
        Page::Finish,
    ];

    /// The page's localized name (Fluent `step-*`).
    pub fn name(self, lang: Lang) -> String {
        let id = serde_json::to_value(self)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        lang.text(&format!("step-{id}"))
    }
}
