//! Fault knobs: the failures the simulators can be told to produce.

use serde::Serialize;
use std::collections::BTreeSet;
use std::time::Duration;

/// Declares [`Fault`] and [`Fault::ALL`] from one list, so that no fault is missing from the
/// command line's choices.
macro_rules! faults {
    ($($(#[$doc:meta])* $name:ident,)*) => {
        /// One failure a simulator can produce on purpose.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
        #[serde(rename_all = "kebab-case")]
        pub enum Fault {
            $($(#[$doc])* $name,)*
        }

        impl Fault {
            /// Every fault, in declaration order.
            pub const ALL: &'static [Fault] = &[$(Fault::$name),*];
        }
    };
}

faults! {
    /// Token requests after approval get AADSTS53003.
    ConditionalAccess,
    /// Users may not consent in this tenant: AADSTS65001 unless an administrator consents for
    /// the organisation (now, or earlier on the admin-consent page).
    ConsentRequired,
    /// The app registration has "Allow public client flows" off: AADSTS7000218.
    PublicClientOff,
    /// The first token requests get `slow_down`.
    SlowDownStorm,
    /// The identity endpoints answer HTTP 500.
    ServerError,
    /// The first two token requests answer HTTP 503, then service resumes.
    FlakyPolls,
    /// The identity endpoints never answer.
    Hang,
    /// The identity endpoints answer with broken JSON.
    MalformedJson,
    /// Auto-approval declines instead.
    Decline,
    /// Refresh tokens were revoked: AADSTS50173.
    RevokedRefresh,
    /// SMTP AUTH is disabled for the tenant.
    SmtpAuthDisabledTenant,
    /// SMTP AUTH is disabled for the mailbox.
    SmtpAuthDisabledMailbox,
    /// Security defaults block SMTP AUTH.
    SecurityDefaults,
    /// A policy blocks the SMTP sign-in ("did not meet the criteria").
    CriteriaNotMet,
    /// The mailbox may not send as the sender.
    SendAsDenied,
    /// The server refuses the TLS version (421 4.7.66).
    OldTls,
    /// The SMTP server presents a certificate nobody vouches for.
    UntrustedCertificate,
    /// The SMTP server drops the line after AUTH.
    DropConnection,
    /// Sender thread limit exceeded (4.3.2).
    ThreadLimit,
    /// The mailbox is blocked as a bad outbound sender (5.1.8).
    BadOutboundSender,
    /// The printer's pages are German whatever the language cookie says.
    PrinterGermanPages,
    /// The printer's address is its additional network interface (no OAuth 2.0 there).
    PrinterAdditionalNetwork,
    /// The printer is a consumer model: only the password login page exists.
    PrinterConsumerModel,
    /// Every printer session dies after its third protected request.
    PrinterSessionExpiry,
    /// Every printer session ends right after the first page it serves, as when another
    /// administrator logs in after each login (Web Config allows one at a time).
    PrinterSessionStorm,
    /// The printer's setup token rotates on every request of the session.
    PrinterTokenRotation,
    /// The printer's first applied settings write answers "Shutting down" and restarts it.
    PrinterRestart,
    /// The printer's first settings write stores half the fields, then the web server restarts
    /// and the connection breaks before any answer.
    PrinterRestartMidWrite,
    /// The printer's first settings write stores a different SMTP port than the one written.
    PrinterReadbackMismatch,
    /// The printer rejects the SMTP server address whenever OAuth 2.0 is chosen.
    PrinterRejectsSettings,
    /// The printer's network cannot reach the identity platform or the SMTP server (job 360).
    PrinterCloudUnreachable,
    /// The printer's tokens expired from disuse: refresh answers AADSTS700082 (job 361).
    PrinterTokenExpired,
    /// The printer's refresh token was revoked: refresh answers AADSTS50173 (job 370).
    PrinterTokenRevoked,
    /// The printer serves plain HTTP instead of HTTPS.
    PrinterHttpOnly,
    /// The device is another vendor's web server, not Epson Web Config.
    PrinterNotEpson,
    /// The printer runs another firmware: its own page suffixes, a login form with a token,
    /// the form token in a header, a checkbox, nested JSON answers and a `;` job history.
    PrinterOtherFirmware,
    /// The printer's firmware works in Latin-1 (ISO-8859-1, declared in `Content-Type`).
    PrinterLatin1,
    /// The printer's firmware works in Shift_JIS (declared only in the pages' `<meta>`).
    PrinterShiftJis,
    /// The printer answers every form post with `303 See Other` to a result page.
    PrinterRedirects,
    /// With `printer-other-firmware`: the setup token comes back in the `XSRF-TOKEN` cookie,
    /// not in a header.
    PrinterTokenInCookie,
    /// The printer's first settings write empties the form's location field, which it was
    /// sent unchanged (a firmware bug).
    PrinterResetsLocation,
    /// The printer's product page runs away: streamed without a length, 16 MiB, past what the
    /// product reads from a printer.
    PrinterHugePage,
    /// The email forms' password inputs show the stored SMTP password in their value, as some
    /// firmware does.
    PrinterEchoesPassword,
    /// The printer hands over a hostile sign-in address instead of Microsoft's: a local file
    /// followed by terminal escape codes (`file:///etc/passwd`, then an OSC title and BEL).
    PrinterHostileVerificationUri,
    /// The printer's model, firmware and a job-history row carry terminal escape sequences (a
    /// title change, a screen clear, cursor moves), as a fake printer's did.
    PrinterHostileTexts,
}

/// The simulators' settings: timing and the faults in force.
#[derive(Debug, Clone)]
pub struct Knobs {
    /// The `interval` of issued device codes.
    pub interval: Duration,
    /// The `expires_in` of issued device codes.
    pub expires_in: Duration,
    /// Approve (or, with [`Fault::Decline`], decline) every code this long after it is issued.
    pub auto_approve: Option<Duration>,
    pub faults: BTreeSet<Fault>,
    /// How long the printer refuses every login after three failed ones within five minutes.
    pub printer_lockout: Duration,
    /// How long the printer's web server is down when it restarts.
    pub printer_restart: Duration,
    /// The printer's loopback port; 0 picks a free one.
    pub printer_port: u16,
}

impl Default for Knobs {
    fn default() -> Self {
        Knobs {
            interval: Duration::from_secs(5),
            expires_in: Duration::from_secs(900),
            auto_approve: None,
            faults: BTreeSet::new(),
            printer_lockout: Duration::from_secs(300),
            printer_restart: Duration::from_secs(2),
            printer_port: 0,
        }
    }
}

impl Knobs {
    /// Whether a fault is in force.
    pub fn has(&self, fault: Fault) -> bool {
        self.faults.contains(&fault)
    }
}
