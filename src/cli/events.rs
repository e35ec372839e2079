//! The command line's own JSON events, each a typed value (the core's flows bring theirs:
//! `code`, `waiting`, `mail-sent`, ...). One object per line on stdout with `--json`; the
//! `event` field names it (docs/architecture.md#command-line-contract).

use printer_oauth_core::diagnose::Diagnosis;
use printer_oauth_core::printer::adapter::Job;
use printer_oauth_core::printer::discovery::Found;
use serde::Serialize;

/// One event of a help-desk command.
#[derive(Debug, Serialize)]
#[serde(tag = "event", rename_all = "kebab-case")]
pub enum Event<'a> {
    /// A problem that does not stop the command (the keychain, say).
    Warning {
        code: &'a str,
        message: &'a str,
    },
    /// The command failed: its diagnosis.
    Error {
        code: &'a str,
        diagnosis: &'a Diagnosis,
    },
    /// `explain`: one decoded line.
    Diagnosis {
        diagnosis: &'a Diagnosis,
    },
    /// A sign-in address that is not Microsoft's was handed over, and not opened.
    UnexpectedAddress {
        verification_uri: &'a str,
        opened: bool,
        message: &'a str,
    },
    /// `printer discover`: a device found, and the end of the search.
    PrinterFound {
        printer: &'a Found,
    },
    DiscoveryDone {
        count: usize,
    },
    /// The printer took the administrator's password; the login page's variant.
    LoggedIn {
        variant: &'a str,
    },
    /// `printer status`: the status sheet's email and fax lines.
    Status {
        email_server_status: Option<&'a str>,
        fax_server_status: Option<&'a str>,
    },
    /// `printer jobs`: one job of the history, decoded when it failed, and the end.
    Job {
        job: &'a Job,
        diagnosis: Option<&'a Diagnosis>,
    },
    JobsDone {
        count: usize,
    },
    /// `printer capture`: the files written.
    Captured {
        dir: String,
        files: Vec<&'a str>,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The event's name comes first and in kebab-case, as the contract spells it.
    #[test]
    fn events_are_named_as_the_contract_says() {
        let line = serde_json::to_string(&Event::JobsDone { count: 2 }).unwrap();
        assert_eq!(line, r#"{"event":"jobs-done","count":2}"#);
        let line = serde_json::to_string(&Event::Warning {
            code: "keychain",
            message: "m",
        })
        .unwrap();
        assert_eq!(
            line,
            r#"{"event":"warning","code":"keychain","message":"m"}"#
        );
        let line = serde_json::to_string(&Event::Status {
            email_server_status: Some("Signed in"),
            fax_server_status: None,
        })
        .unwrap();
        assert_eq!(
            line,
            r#"{"event":"status","email_server_status":"Signed in","fax_server_status":null}"#
        );
    }
}
