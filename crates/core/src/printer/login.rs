//! Logging in to a printer with the keychain's rules: a password the printer accepts is
//! remembered when asked, and a remembered password it refuses is forgotten, so that no
//! later run tries it again and walks the printer into its lockout. Refusals are counted per
//! printer, so that a refusal says how many attempts are left and a lockout when it ends.

use super::adapter::PrinterAdapter;
use super::error::PrinterError;
use super::profile::Profile;
use crate::diagnose::{Diagnosis, Note};
use crate::i18n::Lang;
use crate::secrets::{self, KeychainError, Secret};
use chrono::{DateTime, Local, TimeDelta};
use std::collections::HashMap;

/// Where the password came from, and what to do with it afterwards.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PasswordSource {
    /// It was read from the keychain (forgotten if the printer refuses it).
    pub remembered: bool,
    /// Remember it in the keychain if the printer accepts it.
    pub remember: bool,
}

/// What a login did: the login variant or the printer's refusal, and a keychain failure
/// that did not stop it (the caller warns).
#[derive(Debug)]
pub struct LoggedIn {
    pub result: Result<String, PrinterError>,
    pub keychain: Option<KeychainError>,
}

/// Logs in as administrator and applies the keychain's rules.
pub async fn log_in(
    adapter: &mut impl PrinterAdapter,
    printer: &str,
    user: Option<&str>,
    password: &Secret,
    source: PasswordSource,
) -> LoggedIn {
    let result = adapter.log_in(user, password).await;
    let keychain = match &result {
        Ok(_) if source.remember => secrets::save_printer_password(printer, password)
            .await
            .err(),
        Err(PrinterError::BadPassword) if source.remembered => {
            secrets::delete_printer_password(printer).await.err()
        }
        _ => None,
    };
    LoggedIn { result, keychain }
}

/// A printer's lockout as its profile states it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lockout {
    /// Refused logins after which the administrator login is locked.
    pub attempts: u32,
    /// How long it stays locked.
    pub minutes: u32,
}

impl Lockout {
    /// The lockout a profile states (on the first login variant that states one), if any.
    pub fn of(profile: &Profile) -> Option<Lockout> {
        profile
            .login
            .iter()
            .find_map(|l| match (l.lockout_attempts, l.lockout_minutes) {
                (Some(attempts @ 1..), Some(minutes @ 1..)) => Some(Lockout { attempts, minutes }),
                _ => None,
            })
    }
}

/// Refused logins per printer during this run. The printer also counts logins from elsewhere,
/// so the attempts said to be left are at most that many.
#[derive(Debug, Default, Clone)]
pub struct Refusals {
    printers: HashMap<String, Count>,
}

#[derive(Debug, Default, Clone)]
struct Count {
    refused: u32,
    /// When the lockout this run saw begin (or met) ends.
    locked_until: Option<DateTime<Local>>,
}

impl Refusals {
    /// Counts a login's outcome at `printer`; for a failure, its diagnosis with how many
    /// attempts are left before the lockout (when the profile states one), when a lockout ends
    /// (local time), and what became of a remembered password.
    pub fn diagnose(
        &mut self,
        printer: &str,
        done: &LoggedIn,
        source: PasswordSource,
        lockout: Option<Lockout>,
        lang: Lang,
    ) -> Option<Diagnosis> {
        self.diagnose_at(Local::now(), printer, done, source, lockout, lang)
    }

    fn diagnose_at(
        &mut self,
        now: DateTime<Local>,
        printer: &str,
        done: &LoggedIn,
        source: PasswordSource,
        lockout: Option<Lockout>,
        lang: Lang,
    ) -> Option<Diagnosis> {
        let key = printer.to_lowercase();
        let Err(e) = &done.result else {
            self.printers.remove(&key);
            return None;
        };
        let mut d = e.diagnose(lang);
        let count = self.printers.entry(key).or_default();
        let hhmm = |t: DateTime<Local>| t.format("%H:%M").to_string();
        match (e, lockout) {
            (PrinterError::BadPassword, Some(lockout)) => {
                // After a lockout the printer counts afresh.
                if count.locked_until.is_some_and(|t| t <= now) {
                    *count = Count::default();
                }
                count.refused += 1;
                let minutes = lockout.minutes;
                let note = match lockout.attempts.saturating_sub(count.refused) {
                    0 => {
                        let until = now + TimeDelta::minutes(minutes.into());
                        count.locked_until = Some(until);
                        Note::LockedNow {
                            minutes,
                            until: hhmm(until),
                        }
                    }
                    left => Note::AttemptsLeft { left, minutes },
                };
                d = d.with_note(note, lang);
            }
            (PrinterError::LockedOut(_), Some(lockout)) => {
                let until = count
                    .locked_until
                    .filter(|t| *t > now)
                    .unwrap_or(now + TimeDelta::minutes(lockout.minutes.into()));
                count.locked_until = Some(until);
                d = d.with_note(Note::TryAfter { until: hhmm(until) }, lang);
            }
            _ => {}
        }
        if matches!(e, PrinterError::BadPassword) && source.remembered {
            let note = match &done.keychain {
                None => Note::PasswordForgotten,
                Some(k) => Note::PasswordNotForgotten {
                    printer: printer.to_string(),
                    error: k.to_string(),
                },
            };
            d = d.with_note(note, lang);
        }
        Some(d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    const TYPED: PasswordSource = PasswordSource {
        remembered: false,
        remember: false,
    };
    const LOCKOUT: Option<Lockout> = Some(Lockout {
        attempts: 3,
        minutes: 5,
    });

    fn refused(e: PrinterError) -> LoggedIn {
        LoggedIn {
            result: Err(e),
            keychain: None,
        }
    }

    fn at(h: u32, m: u32) -> DateTime<Local> {
        Local.with_ymd_and_hms(2026, 3, 2, h, m, 0).unwrap()
    }

    #[test]
    fn refusals_count_down_to_the_lockout_and_say_when_it_ends() {
        let mut refusals = Refusals::default();
        let bad = refused(PrinterError::BadPassword);
        let mut fix = |now, done: &LoggedIn, printer: &str| {
            refusals
                .diagnose_at(now, printer, done, TYPED, LOCKOUT, Lang::En)
                .unwrap()
                .fix
        };
        assert!(fix(at(14, 0), &bad, "10.0.0.5:443").contains("At most 2 attempts are left"));
        // Another printer counts on its own.
        assert!(fix(at(14, 0), &bad, "10.0.0.6:443").contains("At most 2 attempts"));
        assert!(fix(at(14, 1), &bad, "10.0.0.5:443").contains("At most 1 attempt is left"));
        let last = fix(at(14, 2), &bad, "10.0.0.5:443");
        assert!(
            last.contains("locks administrator login for 5 minutes"),
            "{last}"
        );
        assert!(last.ends_with("Try again after 14:07."), "{last}");
        // The printer says "Try again later.": the lockout ends when this run saw it begin.
        let locked = refused(PrinterError::LockedOut("Try again later.".into()));
        let later = fix(at(14, 4), &locked, "10.0.0.5:443");
        assert!(later.ends_with("Try again after 14:07."), "{later}");
        // After the lockout the count starts afresh.
        assert!(fix(at(14, 8), &bad, "10.0.0.5:443").contains("At most 2 attempts"));
        // A lockout this run did not see begin ends at the latest a lockout's length from now.
        let fresh = fix(at(9, 58), &locked, "10.0.0.7:443");
        assert!(fresh.ends_with("Try again after 10:03."), "{fresh}");
    }

    #[test]
    fn a_success_clears_the_count_and_an_unknown_lockout_is_not_guessed() {
        let mut refusals = Refusals::default();
        let bad = refused(PrinterError::BadPassword);
        let printer = "10.0.0.5:443";
        let _ = refusals.diagnose_at(at(14, 0), printer, &bad, TYPED, LOCKOUT, Lang::En);
        let ok = LoggedIn {
            result: Ok("business".into()),
            keychain: None,
        };
        assert!(
            refusals
                .diagnose_at(at(14, 1), printer, &ok, TYPED, LOCKOUT, Lang::En)
                .is_none()
        );
        let again = refusals.diagnose_at(at(14, 2), printer, &bad, TYPED, LOCKOUT, Lang::En);
        assert!(again.unwrap().fix.contains("At most 2 attempts"));
        let unknown = refusals.diagnose_at(at(14, 3), printer, &bad, TYPED, None, Lang::En);
        let unknown = unknown.unwrap();
        assert_eq!(
            unknown.fix,
            PrinterError::BadPassword.diagnose(Lang::En).fix
        );
        assert!(unknown.notes.is_empty());
    }

    #[test]
    fn a_forgotten_password_is_mentioned_only_when_one_was_remembered() {
        let mut refusals = Refusals::default();
        let bad = refused(PrinterError::BadPassword);
        let forgotten = Note::PasswordForgotten.text(Lang::En);
        let typed = refusals.diagnose_at(at(14, 0), "p", &bad, TYPED, None, Lang::En);
        assert!(!typed.unwrap().fix.contains(&forgotten));
        let remembered = PasswordSource {
            remembered: true,
            remember: false,
        };
        let from_keychain = refusals.diagnose_at(at(14, 0), "p", &bad, remembered, None, Lang::En);
        assert!(from_keychain.unwrap().fix.ends_with(&forgotten));
        let stuck = LoggedIn {
            result: Err(PrinterError::BadPassword),
            keychain: Some(KeychainError::Failed("locked".into())),
        };
        let d = refusals.diagnose_at(at(14, 0), "p", &stuck, remembered, None, Lang::Hr);
        let fix = d.unwrap().fix;
        assert!(
            fix.contains("printer-password/p") && fix.contains("locked"),
            "{fix}"
        );
        assert!(!fix.contains(&Note::PasswordForgotten.text(Lang::Hr)));
    }

    #[test]
    fn the_shipped_profile_states_the_lockout() {
        assert_eq!(
            Lockout::of(&Profile::builtin()),
            Some(Lockout {
                attempts: 3,
                minutes: 5
            })
        );
    }
}
