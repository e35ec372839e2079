//! Fluent localization (i18n-embed): English and Croatian, chosen per call, not globally.

use i18n_embed::fluent::{FluentLanguageLoader, fluent_language_loader};
use i18n_embed::{LanguageLoader, unic_langid::LanguageIdentifier};
use rust_embed::RustEmbed;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::LazyLock;

#[derive(RustEmbed)]
#[folder = "../../i18n/"]
struct Localizations;

/// A language the product speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Hr,
}

fn load(lang: &str) -> FluentLanguageLoader {
    let loader: FluentLanguageLoader = fluent_language_loader!();
    let id: LanguageIdentifier = lang.parse().expect("static language id");
    loader
        .load_languages(&Localizations, &[id])
        .expect("embedded Fluent files load");
    // No Unicode isolation marks: texts go to terminals and JSON too.
    loader.set_use_isolating(false);
    loader
}

static EN: LazyLock<FluentLanguageLoader> = LazyLock::new(|| load("en"));
static HR: LazyLock<FluentLanguageLoader> = LazyLock::new(|| load("hr"));

impl Lang {
    /// Every supported language.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Hr];

    /// The Fluent loader for this language (falls back to English for a missing message).
    pub fn loader(self) -> &'static FluentLanguageLoader {
        match self {
            Lang::En => &EN,
            Lang::Hr => &HR,
        }
    }

    /// The message `id` in this language.
    pub fn text(self, id: &str) -> String {
        self.loader().get(id)
    }

    /// The message `id` with named arguments.
    pub fn text_with(self, id: &str, args: &[(&str, String)]) -> String {
        let args: HashMap<&str, String> = args.iter().cloned().collect();
        self.loader().get_args(id, args)
    }

    /// The system language when it is Croatian, else English.
    pub fn from_system() -> Lang {
        let requested = i18n_embed::DesktopLanguageRequester::requested_languages();
        Self::from_requested(requested.iter().map(|l| l.language.as_str()))
    }

    fn from_requested<'a>(mut languages: impl Iterator<Item = &'a str>) -> Lang {
        match languages.find(|l| *l == "hr" || *l == "en") {
            Some("hr") => Lang::Hr,
            _ => Lang::En,
        }
    }

    /// The language tag (`en`, `hr`).
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Hr => "hr",
        }
    }
}

/// The message ids defined in one language's embedded Fluent file.
pub fn message_ids(lang: Lang) -> Vec<String> {
    let file = format!("{}/printer_oauth.ftl", lang.tag());
    let source = Localizations::get(&file).expect("embedded Fluent file");
    let text = String::from_utf8_lossy(&source.data);
    text.lines()
        .filter_map(|line| line.split_once(" ="))
        .map(|(id, _)| id.trim())
        .filter(|id| id.chars().next().is_some_and(|c| c.is_ascii_lowercase()))
        .filter(|id| id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn system_language_prefers_croatian_only_when_asked() {
        assert_eq!(Lang::from_requested(["hr", "en"].into_iter()), Lang::Hr);
        assert_eq!(
            Lang::from_requested(["de", "en", "hr"].into_iter()),
            Lang::En
        );
        assert_eq!(Lang::from_requested(["fr"].into_iter()), Lang::En);
    }

    #[test]
    fn english_and_croatian_define_the_same_messages() {
        let en = message_ids(Lang::En);
        let hr = message_ids(Lang::Hr);
        assert!(en.len() > 100, "only {} English messages", en.len());
        let missing_hr: Vec<_> = en.iter().filter(|id| !hr.contains(id)).collect();
        let missing_en: Vec<_> = hr.iter().filter(|id| !en.contains(id)).collect();
        assert!(missing_hr.is_empty(), "no Croatian text for {missing_hr:?}");
        assert!(missing_en.is_empty(), "no English text for {missing_en:?}");
    }

    #[test]
    fn counts_take_each_language_s_plural_forms() {
        let count =
            |lang: Lang, n: usize| i18n_embed_fl::fl!(lang.loader(), "ui-demo-mailbox", count = n);
        assert_eq!(count(Lang::En, 1), "Demo mailbox: 1 message");
        assert_eq!(count(Lang::En, 2), "Demo mailbox: 2 messages");
        assert_eq!(count(Lang::Hr, 1), "Demonstracijski sandučić: 1 poruka");
        assert_eq!(count(Lang::Hr, 3), "Demonstracijski sandučić: 3 poruke");
        assert_eq!(count(Lang::Hr, 5), "Demonstracijski sandučić: 5 poruka");
    }

    #[test]
    fn croatian_is_really_croatian() {
        assert_ne!(Lang::Hr.text("mail-subject"), Lang::En.text("mail-subject"));
    }
}
