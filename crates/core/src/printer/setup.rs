//! `printer setup` as plain async Rust, for the command line and the wizard alike: check the
//! settings, keep a backup, start the printer's own Microsoft sign-in and relay its code,
//! wait until the printer is signed in, send the settings with the safety net, and report
//! the final Email Server status.

use super::adapter::{PrinterAdapter, Raw, SignInState, Target};
use super::apply::{self, ApplyFailure, Failure};
use super::backup;
use super::error::{PrinterError, invalid_settings};
use super::settings::{Field, OAuthSettings};
use crate::cloud::Service;
use crate::diagnose::{self, Diagnosis};
use crate::i18n::Lang;
use crate::signin::Event;
use serde::Serialize;
use std::path::PathBuf;
use std::time::{Duration, Instant};
use tokio_util::sync::CancellationToken;

/// What to set up.
#[derive(Debug, Clone)]
pub struct SetupRequest {
    /// The printer's address (names the backup file).
    pub printer: String,
    pub model: String,
    pub target: Target,
    pub settings: OAuthSettings,
    /// The data directory; backups go to its `backups/` folder.
    pub data_dir: PathBuf,
    pub lang: Lang,
}

/// Progress of a setup, in order; each is one JSON event.
#[derive(Debug, Clone, Serialize)]
#[serde(untagged)]
pub enum SetupProgress {
    /// The previous settings were saved.
    Backup { event: &'static str, file: String },
    /// The printer's sign-in: its code, waiting, signed in (as the pre-flight's events).
    SignIn(Event),
    /// The settings were sent and read back identical.
    Verified { event: &'static str, target: Target },
    /// A failure was undone: the previous settings are back.
    Restored { event: &'static str, file: String },
    /// The printer ends with certificate validation off, as read back from its page: a
    /// `warning` event with its localized message.
    ValidationOff {
        event: &'static str,
        code: &'static str,
        target: Target,
        message: String,
    },
}

/// The printer's own values that mean "off" for certificate validation, lowercase (an
/// unticked box reads as empty).
const VALIDATION_OFF: &[&str] = &["", "disable", "disabled", "off", "no", "false", "0"];

/// Whether certificate validation is off in what the printer holds: its own value on the page
/// reads as off (`DISABLE`, `OFF`, an unticked box...) whatever the profile calls it, or the
/// profile names it `disable`. A profile with the values swapped cannot hide it.
pub fn validation_off(raw: &Raw, values: &super::settings::Values) -> bool {
    let own = raw
        .get(&Field::CertValidation)
        .map(|v| v.trim().to_ascii_lowercase())
        .unwrap_or_default();
    VALIDATION_OFF.contains(&own.as_str())
        || values
            .get(&Field::CertValidation)
            .is_some_and(|v| v == "disable")
}

/// Reads certificate validation back from the printer's page and warns when it is off.
async fn check_validation<A: PrinterAdapter>(
    adapter: &mut A,
    target: Target,
    lang: Lang,
    on_progress: &mut (impl FnMut(SetupProgress) + Send),
) -> Result<(), PrinterError> {
    let raw = adapter.read(target).await?;
    if validation_off(&raw, &adapter.to_values(target, &raw)) {
        let name = match target {
            Target::Email => lang.text("ui-target-email"),
            Target::Fax => lang.text("ui-target-fax"),
        };
        on_progress(SetupProgress::ValidationOff {
            event: "warning",
            code: "printer-cert-validation-off",
            target,
            message: lang.text_with("warning-printer-cert-validation-off", &[("target", name)]),
        });
    }
    Ok(())
}

/// The end of a successful setup.
#[derive(Debug, Clone, Serialize)]
pub struct SetupDone {
    pub event: &'static str,
    pub target: Target,
    /// The account the printer is signed in with.
    pub account: Option<String>,
    /// The status sheet's Email Server line, as the printer words it.
    pub email_server_status: Option<String>,
}

/// Runs the setup to the end, or to a diagnosis with nothing half-written.
pub async fn run<A: PrinterAdapter>(
    adapter: &mut A,
    request: &SetupRequest,
    cancel: &CancellationToken,
    on_progress: &mut (impl FnMut(SetupProgress) + Send),
) -> Result<SetupDone, Diagnosis> {
    let signed = sign_in(adapter, request, cancel, on_progress).await?;
    send_signed_in(adapter, request, signed, on_progress).await
}

/// A printer that has signed in, its settings not sent yet: what [`send_signed_in`] writes and
/// what [`abandon`] undoes.
#[derive(Debug, Clone)]
pub struct SignedIn {
    /// The account the printer signed in with.
    pub account: Option<String>,
    desired: Raw,
    before: Raw,
    backup: String,
    signed_in_before: SignInState,
}

/// The first half of a setup: checks the settings, keeps a backup, starts the printer's own
/// sign-in, relays its code and waits until it is signed in. Nothing is sent yet, so the
/// account that signed in can be checked first; a failure undoes the new sign-in.
pub async fn sign_in<A: PrinterAdapter>(
    adapter: &mut A,
    request: &SetupRequest,
    cancel: &CancellationToken,
    on_progress: &mut (impl FnMut(SetupProgress) + Send),
) -> Result<SignedIn, Diagnosis> {
    let lang = request.lang;
    let target = request.target;
    let fail = |e: PrinterError| e.diagnose(lang);
    let (desired, before, file) = back_up(adapter, request, on_progress).await?;

    let service = match request.settings.service {
        Service::ExchangeOnline => "exchange-online",
        Service::Outlook => "outlook",
    };
    let signed_in_before = adapter.sign_in_state(target).await.map_err(fail)?;
    let code = adapter.start_sign_in(target, service).await.map_err(fail)?;
    on_progress(SetupProgress::SignIn(Event::Code {
        user_code: code.user_code.clone(),
        verification_uri: code.verification_uri.clone(),
        expires_in: code.expires_in,
        interval: code.interval,
    }));
    // From here on a failure also undoes the printer's new sign-in.
    match wait_for_sign_in(adapter, target, &code, lang, cancel, on_progress).await {
        Ok(account) => Ok(SignedIn {
            account,
            desired,
            before,
            backup: file,
            signed_in_before,
        }),
        Err(e) => {
            let d = e.unwrap_or_else(|| diagnose::internal("cancelled").diagnose(lang));
            Err(undo_sign_in(adapter, target, &signed_in_before, d, lang).await)
        }
    }
}

/// The second half: sends the settings to the signed-in printer with the safety net and
/// reports its status; a failure restores the backup and undoes the sign-in.
pub async fn send_signed_in<A: PrinterAdapter>(
    adapter: &mut A,
    request: &SetupRequest,
    signed: SignedIn,
    on_progress: &mut (impl FnMut(SetupProgress) + Send),
) -> Result<SetupDone, Diagnosis> {
    let (lang, target) = (request.lang, request.target);
    if let Err(failure) = apply::apply(adapter, target, &signed.before, &signed.desired).await {
        let restored = failure.restore.is_ok();
        let d = report_failure(failure, &signed.backup, lang, on_progress);
        if restored {
            // Best effort: the diagnosis says what failed; a failed read adds nothing to it.
            let _ = check_validation(adapter, target, lang, on_progress).await;
        }
        return Err(undo_sign_in(adapter, target, &signed.signed_in_before, d, lang).await);
    }
    on_progress(SetupProgress::Verified {
        event: "verified",
        target,
    });
    check_validation(adapter, target, lang, on_progress)
        .await
        .map_err(|e| e.diagnose(lang))?;
    ready(adapter, target, lang).await
}

/// Leaves a signed-in printer without sending its settings (the admin refused the account
/// that signed in): its settings are as they were, and it is signed out, so no token of that
/// account stays on it. A sign-in it had before is gone too (the new one replaced it): the
/// diagnosis says so.
pub async fn abandon<A: PrinterAdapter>(
    adapter: &mut A,
    request: &SetupRequest,
    signed: SignedIn,
) -> Diagnosis {
    let (lang, target) = (request.lang, request.target);
    let mut cancelled = diagnose::internal("cancelled").diagnose(lang);
    let mut notes = Vec::new();
    if let SignInState::SignedIn { account } = &signed.signed_in_before {
        notes.push(lang.text_with(
            "printer-signin-replaced",
            &[("account", account.clone().unwrap_or_default())],
        ));
    }
    if let Err(e) = adapter.sign_out(target).await {
        notes.push(lang.text_with(
            "printer-signout-failed",
            &[("error", e.diagnose(lang).title)],
        ));
    }
    if !notes.is_empty() {
        cancelled.detail = Some(notes.join("\n"));
    }
    cancelled
}

/// Sends changed settings to a printer that is already signed in, with no new sign-in: the
/// backup, the write with the safety net, the read-back. A printer that is not signed in is
/// left untouched, with the diagnosis that says to sign in again.
pub async fn send<A: PrinterAdapter>(
    adapter: &mut A,
    request: &SetupRequest,
    on_progress: &mut (impl FnMut(SetupProgress) + Send),
) -> Result<SetupDone, Diagnosis> {
    let (lang, target) = (request.lang, request.target);
    let fail = |e: PrinterError| e.diagnose(lang);
    if !matches!(
        adapter.sign_in_state(target).await.map_err(fail)?,
        SignInState::SignedIn { .. }
    ) {
        return Err(diagnose::internal("printer-not-signed-in").diagnose(lang));
    }
    let (desired, before, file) = back_up(adapter, request, on_progress).await?;
    if let Err(failure) = apply::apply(adapter, target, &before, &desired).await {
        let restored = failure.restore.is_ok();
        let d = report_failure(failure, &file, lang, on_progress);
        if restored {
            let _ = check_validation(adapter, target, lang, on_progress).await;
        }
        return Err(d);
    }
    on_progress(SetupProgress::Verified {
        event: "verified",
        target,
    });
    check_validation(adapter, target, lang, on_progress)
        .await
        .map_err(|e| e.diagnose(lang))?;
    ready(adapter, target, lang).await
}

/// Checks the settings, reads what the printer holds and saves it as the backup: the printer's
/// values to write, the values before, and the backup file.
async fn back_up<A: PrinterAdapter>(
    adapter: &mut A,
    request: &SetupRequest,
    on_progress: &mut (impl FnMut(SetupProgress) + Send),
) -> Result<(Raw, Raw, String), Diagnosis> {
    let (lang, target) = (request.lang, request.target);
    let fail = |e: PrinterError| e.diagnose(lang);
    request
        .settings
        .validate()
        .map_err(|v| invalid_settings(&v, lang))?;
    let desired = adapter
        .to_raw(target, &request.settings.values())
        .map_err(fail)?;
    let before = adapter.read(target).await.map_err(fail)?;
    let file = backup::save(
        &request.data_dir,
        &request.printer,
        &request.model,
        target,
        adapter.to_values(target, &before),
        before.clone(),
    )
    .map_err(|e| diagnose::condition("printer-backup", lang, e.to_string()))?;
    let file = file.display().to_string();
    on_progress(SetupProgress::Backup {
        event: "backup",
        file: file.clone(),
    });
    Ok((desired, before, file))
}

/// The end of a setup: the account the printer is signed in with and its status line.
async fn ready<A: PrinterAdapter>(
    adapter: &mut A,
    target: Target,
    lang: Lang,
) -> Result<SetupDone, Diagnosis> {
    let fail = |e: PrinterError| e.diagnose(lang);
    let account = match adapter.sign_in_state(target).await.map_err(fail)? {
        SignInState::SignedIn { account } => account,
        _ => return Err(diagnose::internal("printer-not-signed-in").diagnose(lang)),
    };
    let sheet = adapter.status_sheet().await.map_err(fail)?;
    Ok(SetupDone {
        event: "printer-ready",
        target,
        account,
        email_server_status: match target {
            Target::Email => sheet.email,
            Target::Fax => sheet.fax,
        },
    })
}

/// Polls the printer (not Microsoft: the printer polls Microsoft itself) every `interval`
/// until it is signed in (with the account, when it says), the code expires or the admin
/// cancels (`Err(None)`).
async fn wait_for_sign_in<A: PrinterAdapter>(
    adapter: &mut A,
    target: Target,
    code: &super::adapter::PrinterCode,
    lang: Lang,
    cancel: &CancellationToken,
    on_progress: &mut (impl FnMut(SetupProgress) + Send),
) -> Result<Option<String>, Option<Diagnosis>> {
    let issued = Instant::now();
    let lifetime = Duration::from_secs(code.expires_in);
    let interval = Duration::from_secs(code.interval);
    loop {
        let left = lifetime.saturating_sub(issued.elapsed());
        if left.is_zero() {
            let lifetime = code.expires_in;
            return Err(Some(
                PrinterError::SignInExpired { lifetime }.diagnose(lang),
            ));
        }
        on_progress(SetupProgress::SignIn(Event::Waiting {
            expires_in: left.as_secs(),
            next_poll_in: interval.as_secs(),
        }));
        let wait = tokio::time::sleep(interval.min(left));
        if cancel.run_until_cancelled(wait).await.is_none() {
            return Err(None);
        }
        match adapter.sign_in_state(target).await {
            Ok(SignInState::SignedIn { account }) => {
                on_progress(SetupProgress::SignIn(Event::SignedIn {
                    account: account.clone(),
                }));
                return Ok(account);
            }
            Ok(SignInState::Waiting) => {}
            Ok(SignInState::Failed { code }) => {
                return Err(Some(PrinterError::SignInFailed(code).diagnose(lang)));
            }
            Ok(SignInState::SignedOut) => {
                return Err(Some(
                    PrinterError::SignInFailed("signed-out".into()).diagnose(lang),
                ));
            }
            // The printer is busy or briefly unreachable: keep polling until the code expires.
            Err(PrinterError::Timeout | PrinterError::Unreachable(_)) => {}
            Err(e) => return Err(Some(e.diagnose(lang))),
        }
    }
}

/// After a failure: a printer that was not signed in before is signed out again, so no
/// token is left behind under the old settings. A sign-in the printer had before cannot be
/// brought back (starting a new one replaces it): the diagnosis says so.
async fn undo_sign_in<A: PrinterAdapter>(
    adapter: &mut A,
    target: Target,
    before: &SignInState,
    mut diagnosis: Diagnosis,
    lang: Lang,
) -> Diagnosis {
    let note = match before {
        SignInState::SignedIn { account } => Some(lang.text_with(
            "printer-signin-replaced",
            &[("account", account.clone().unwrap_or_default())],
        )),
        _ => adapter.sign_out(target).await.err().map(|e| {
            lang.text_with(
                "printer-signout-failed",
                &[("error", e.diagnose(lang).title)],
            )
        }),
    };
    if let Some(note) = note {
        diagnosis.detail = Some(match diagnosis.detail.take() {
            Some(detail) => format!("{detail}\n{note}"),
            None => note,
        });
    }
    diagnosis
}

/// The diagnosis of a failed write: the cause, and whether the previous settings are back.
fn report_failure(
    failure: ApplyFailure,
    backup_file: &str,
    lang: Lang,
    on_progress: &mut (impl FnMut(SetupProgress) + Send),
) -> Diagnosis {
    let fields = |fields: &[Field]| {
        fields
            .iter()
            .map(|f| f.label(lang))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let cause = match &failure.cause {
        Failure::Printer(e) => e.diagnose(lang),
        Failure::Differs(f) => diagnose::condition("printer-verify-failed", lang, fields(f)),
    };
    match failure.restore {
        Ok(()) => {
            on_progress(SetupProgress::Restored {
                event: "restored",
                file: backup_file.to_string(),
            });
            cause
        }
        Err(restore) => {
            let why = match restore {
                Failure::Printer(e) => e.diagnose(lang).title,
                Failure::Differs(f) => fields(&f),
            };
            diagnose::condition(
                "printer-restore-failed",
                lang,
                lang.text_with(
                    "printer-restore-detail",
                    &[
                        ("cause", cause.title.clone()),
                        ("why", why),
                        ("file", backup_file.to_string()),
                    ],
                ),
            )
        }
    }
}
