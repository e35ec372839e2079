//! Sentences a diagnosis gains from what this run saw (attempts left before a printer's
//! lockout, a sign-in code's real lifetime), kept as data so that they are shown again in
//! whichever language the page is switched to.

use crate::i18n::Lang;
use i18n_embed_fl::fl;

/// The text of a diagnosis that a note extends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Cause,
    Fix,
}

/// One sentence added to a diagnosis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Note {
    /// Refused logins the printer still allows before it locks its administrator login.
    AttemptsLeft { left: u32, minutes: u32 },
    /// That refusal was the last one allowed: the printer's login is locked from now on.
    LockedNow { minutes: u32, until: String },
    /// When the printer's lockout ends (local time, `HH:MM`).
    TryAfter { until: String },
    /// The refused password was the one remembered in the keychain; it is forgotten now.
    PasswordForgotten,
    /// The refused remembered password could not be removed from the keychain.
    PasswordNotForgotten { printer: String, error: String },
    /// How long the sign-in code was valid.
    CodeLifetime { seconds: u64 },
    /// Who issued the certificate this computer refused (a network inspecting TLS).
    CertificateIssuer { issuer: String },
    /// The parameter Microsoft said the request lacks (AADSTS900144).
    MissingParameter { name: String },
}

impl Note {
    /// The text the note extends.
    pub fn part(&self) -> Part {
        match self {
            Note::CodeLifetime { .. }
            | Note::CertificateIssuer { .. }
            | Note::MissingParameter { .. } => Part::Cause,
            _ => Part::Fix,
        }
    }

    /// The sentence in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        let l = lang.loader();
        match self {
            Note::AttemptsLeft { left, minutes } => fl!(
                l,
                "note-attempts-left",
                left = (*left),
                minutes = (*minutes)
            ),
            Note::LockedNow { minutes, until } => fl!(
                l,
                "note-locked-now",
                minutes = (*minutes),
                time = until.clone()
            ),
            Note::TryAfter { until } => fl!(l, "note-try-after", time = until.clone()),
            Note::PasswordForgotten => fl!(l, "note-password-forgotten"),
            Note::PasswordNotForgotten { printer, error } => fl!(
                l,
                "warning-password-not-forgotten",
                printer = printer.clone(),
                error = error.clone()
            ),
            Note::CodeLifetime { seconds } if *seconds >= 120 || seconds % 60 == 0 => fl!(
                l,
                "note-code-lifetime-minutes",
                minutes = seconds.div_ceil(60)
            ),
            Note::CodeLifetime { seconds } => {
                fl!(l, "note-code-lifetime-seconds", seconds = (*seconds))
            }
            Note::CertificateIssuer { issuer } => {
                fl!(l, "note-certificate-issuer", issuer = issuer.clone())
            }
            Note::MissingParameter { name } => {
                fl!(l, "note-missing-parameter", name = name.clone())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_take_each_language_s_plural_forms() {
        let left = |lang, left| Note::AttemptsLeft { left, minutes: 5 }.text(lang);
        assert_eq!(
            left(Lang::En, 1),
            "At most 1 attempt is left before the printer locks administrator login for 5 minutes."
        );
        assert!(left(Lang::En, 2).starts_with("At most 2 attempts are left"));
        assert_eq!(
            left(Lang::Hr, 2),
            "Preostalih pokušaja prije nego što pisač zaključa administratorsku prijavu na \
             5 minuta: najviše 2."
        );
        let lifetime = |seconds| Note::CodeLifetime { seconds }.text(Lang::En);
        assert_eq!(lifetime(900), "The code was valid for 15 minutes.");
        assert_eq!(lifetime(60), "The code was valid for 1 minute.");
        assert_eq!(lifetime(45), "The code was valid for 45 seconds.");
        assert_eq!(
            Note::CodeLifetime { seconds: 180 }.text(Lang::Hr),
            "Kod je vrijedio 3 minute."
        );
    }
}
