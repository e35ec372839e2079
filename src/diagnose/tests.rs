use super::*;
use crate::i18n::{Lang, message_ids};

#[test]
fn every_entry_has_its_texts_in_both_languages() {
    for lang in Lang::ALL {
        let ids = message_ids(lang);
        for entry in CATALOG {
            for part in ["title", "cause", "fix"] {
                let id = format!("diag-{}-{part}", entry.id);
                assert!(ids.contains(&id), "{id} missing in {lang:?}");
            }
        }
    }
}

#[test]
fn entry_ids_are_unique() {
    let mut ids: Vec<_> = CATALOG.iter().map(|e| e.id).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), CATALOG.len());
}

#[test]
fn every_aadsts_code_of_the_design_decodes() {
    let codes = [
        50076, 50079, 53003, 530035, 65001, 65004, 90094, 90095, 700016, 7000218, 700025, 50126,
        50034, 50020, 90002, 70016, 70019, 70020, 50173, 700082, 70043, 9002313, 900144, 9002332,
        50059,
    ];
    for code in codes {
        let d = explain(&format!("AADSTS{code}"), Lang::En);
        assert_ne!(d.id, "input-unknown-code", "AADSTS{code}");
        assert_eq!(d.code, format!("AADSTS{code}"));
        assert_eq!(explain(&code.to_string(), Lang::En).id, d.id, "bare {code}");
    }
}

#[test]
fn printer_codes_decode_in_both_languages() {
    for (code, id, step) in [
        ("360", "printer-360", Step::EmailServer),
        ("361", "printer-361", Step::SignIn),
        ("370", "printer-370", Step::SignIn),
    ] {
        let en = explain(code, Lang::En);
        let hr = explain(code, Lang::Hr);
        assert_eq!((en.id, en.step), (id, step));
        assert_eq!(hr.id, id);
        assert_ne!(en.title, hr.title, "{code} is not translated");
    }
}

#[test]
fn pasted_lines_decode() {
    let line = "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.";
    let d = explain(line, Lang::Hr);
    assert_eq!(d.id, "smtp-auth-disabled-tenant");
    assert_eq!(d.code, "535 5.7.139");
    assert_eq!(d.step, Step::ExchangeOnline);
    assert_eq!(d.detail.as_deref(), Some(line));

    let pasted = "Error: AADSTS7000218: The request body must contain the following parameter: 'client_assertion' or 'client_secret'.\r\nTrace ID: 1";
    assert_eq!(explain(pasted, Lang::En).id, "aadsts-public-client-off");
    assert_eq!(explain("expired_token", Lang::En).id, "aadsts-code-expired");
    assert_eq!(
        explain("  authorization_declined ", Lang::En).id,
        "aadsts-declined"
    );
    assert_eq!(
        explain("You must sign in to your email service to use this feature. Contact your administrator.", Lang::En).id,
        "printer-must-sign-in"
    );
    assert_eq!(explain("5.7.60", Lang::En).id, "smtp-send-as-denied");
}

#[test]
fn unknown_input_says_so() {
    let d = explain("hello there", Lang::En);
    assert_eq!(d.id, "input-unknown-code");
    assert_eq!(d.outcome.exit_code(), 2);
    assert_eq!(explain("", Lang::En).id, "input-unknown-code");
    assert_eq!(explain("99", Lang::En).id, "input-unknown-code");
}

#[test]
fn outcomes_map_to_exit_codes() {
    assert_eq!(internal("unreachable").outcome.exit_code(), 4);
    assert_eq!(internal("keychain-unavailable").outcome.exit_code(), 5);
    assert_eq!(by_aadsts(53003).unwrap().outcome.exit_code(), 3);
}

#[test]
fn a_code_names_one_entry_or_none() {
    assert_eq!(
        by_code("printer-test-auth").unwrap().id,
        "printer-test-auth"
    );
    assert_eq!(by_code("5.7.60").unwrap().id, "smtp-send-as-denied");
    // Several 535 5.7.139 entries: the code alone does not say which.
    assert!(by_code("535 5.7.139").is_none());
    assert!(by_code("no-such-code").is_none());
}

#[test]
fn the_printers_connection_test_messages_decode_when_pasted() {
    for (message, id) in [
        (
            "SMTP server authentication error. Check the followings. - Authentication Method",
            "printer-test-auth",
        ),
        (
            "SMTP server communication error. Check the following. - Network Settings",
            "printer-test-network",
        ),
        (
            "Connection to SMTP server failed. Change Secure Connection to STARTTLS.",
            "printer-test-secure",
        ),
        (
            "Sender's Email Address is incorrect. Change to the email address for your email service.",
            "printer-test-sender",
        ),
    ] {
        let d = explain(message, Lang::En);
        assert_eq!(d.id, id, "{message}");
        assert_eq!(d.detail.as_deref(), Some(message));
    }
}

#[test]
fn a_diagnosis_is_shown_anew_in_another_language() {
    let reply = "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled \
                 for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.";
    let english = explain(reply, Lang::En);
    let croatian = explain(reply, Lang::Hr);
    let switched = english.in_lang(Lang::Hr);
    assert_ne!(switched.title, english.title);
    assert_eq!(
        (&switched.title, &switched.cause, &switched.fix),
        (&croatian.title, &croatian.cause, &croatian.fix)
    );
    assert_eq!(
        (&switched.code, &switched.detail),
        (&english.code, &english.detail)
    );
}

// Issue 12 §1: lines read the way an expert reads them.

/// Decodes `line` in both languages and checks the entry, that the texts are translated, and
/// that both languages agree on what was seen.
fn decodes_in_both(line: &str, id: &str) -> Diagnosis {
    let en = explain(line, Lang::En);
    let hr = explain(line, Lang::Hr);
    assert_eq!(en.id, id, "{line}");
    assert_eq!(hr.id, id, "{line} in Croatian");
    assert_ne!(en.title, hr.title, "{id} is not translated");
    assert_eq!((&en.code, &en.context), (&hr.code, &hr.context), "{line}");
    en
}

#[test]
fn the_code_that_carries_the_cause_wins_and_the_others_are_context() {
    let table: [(&str, &str, &str, &[&str]); 5] = [
        (
            "System.Net.Mail.SmtpException: The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.7.57 Client not authenticated to send mail. Error: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.",
            "smtp-auth-disabled-tenant",
            "535 5.7.139",
            &["5.7.57"],
        ),
        (
            "MailKit.Security.AuthenticationException: 5.7.3 Authentication unsuccessful: 535 5.7.139 Authentication unsuccessful, the request did not meet the criteria to be authenticated successfully.",
            "smtp-criteria-not-met",
            "535 5.7.139",
            &["5.7.3"],
        ),
        (
            "Error: 5.7.57 Client not authenticated. 535 5.7.139 Authentication unsuccessful",
            "smtp-auth-blocked",
            "535 5.7.139",
            &["5.7.57"],
        ),
        (
            "invalid_grant: AADSTS50173: The provided grant has expired due to it being revoked, a fresh auth token is needed.",
            "aadsts-grant-revoked",
            "AADSTS50173",
            &["invalid_grant"],
        ),
        (
            r#"{"error":"invalid_grant","error_description":"AADSTS50076: Due to a configuration change made by your administrator, you must use multi-factor authentication.","error_codes":[50076]}"#,
            "aadsts-mfa",
            "AADSTS50076",
            &["invalid_grant"],
        ),
    ];
    for (line, id, code, context) in table {
        let d = decodes_in_both(line, id);
        assert_eq!(d.code, code, "{line}");
        assert_eq!(d.context, context, "{line}");
        assert_eq!(d.detail.as_deref(), Some(line));
    }
    // A line with one code has no context.
    assert!(
        explain(
            "535 5.7.139 Authentication unsuccessful, the user credentials were incorrect.",
            Lang::En
        )
        .context
        .is_empty()
    );
}

#[test]
fn the_text_after_5_7_139_names_its_cause() {
    for (line, id) in [
        (
            "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.",
            "smtp-auth-disabled-tenant",
        ),
        (
            "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox.",
            "smtp-auth-disabled-mailbox",
        ),
        (
            "535 5.7.139 Authentication unsuccessful, user is locked by your organization's security defaults policy. Contact your administrator.",
            "smtp-security-defaults",
        ),
        (
            "535 5.7.139 Authentication unsuccessful, basic authentication is disabled.",
            "smtp-basic-auth-disabled",
        ),
        (
            "535 5.7.139 Authentication unsuccessful, the user credentials were incorrect.",
            "smtp-wrong-credentials",
        ),
        (
            "535 5.7.139 Authentication unsuccessful, the request did not meet the criteria to be authenticated successfully. Contact your administrator.",
            "smtp-criteria-not-met",
        ),
        ("5.7.139", "smtp-auth-blocked"),
        (
            "535 5.7.139 Authentication unsuccessful",
            "smtp-auth-blocked",
        ),
    ] {
        decodes_in_both(line, id);
    }
    // The printer's typical line is about basic authentication, fixed on the printer.
    let basic = explain(
        "535 5.7.139 Authentication unsuccessful, basic authentication is disabled.",
        Lang::En,
    );
    assert_eq!(basic.step, Step::EmailServer);
    assert!(basic.fix.contains("OAuth2"), "{}", basic.fix);
}

#[test]
fn a_bare_5_7_139_lists_every_cause() {
    for (lang, causes) in [
        (
            Lang::En,
            [
                "disabled for the tenant",
                "disabled for the mailbox",
                "security defaults",
                "basic authentication disabled",
                "credentials incorrect",
                "criteria",
            ],
        ),
        (
            Lang::Hr,
            [
                "onemogućen za zakupca",
                "onemogućen za poštanski sandučić",
                "sigurnosne zadane postavke",
                "osnovna provjera autentičnosti je onemogućena",
                "podaci za prijavu korisnika nisu točni",
                "ne ispunjava uvjete",
            ],
        ),
    ] {
        let d = explain("5.7.139", lang);
        assert_eq!(d.id, "smtp-auth-blocked");
        for cause in causes {
            assert!(
                d.cause.contains(cause),
                "{lang:?} misses {cause}: {}",
                d.cause
            );
        }
    }
}

#[test]
fn one_code_in_many_spellings() {
    for (line, id, code) in [
        ("AADSTS50076", "aadsts-mfa", "AADSTS50076"),
        ("AADSTS 50076", "aadsts-mfa", "AADSTS50076"),
        ("aaDSTS50076", "aadsts-mfa", "AADSTS50076"),
        ("Error code: 50076", "aadsts-mfa", "AADSTS50076"),
        (
            "Sign-in error code: 53003",
            "aadsts-conditional-access",
            "AADSTS53003",
        ),
        (
            "Sign-in error code 53003\nFailure reason: Access has been blocked by Conditional Access policies.",
            "aadsts-conditional-access",
            "AADSTS53003",
        ),
        (
            "700016 Not Documented",
            "aadsts-app-not-found",
            "AADSTS700016",
        ),
        (
            r#"{"error":"authorization_declined","error_description":"AADSTS70000: The user declined the request."}"#,
            "aadsts-declined",
            "authorization_declined",
        ),
        (
            r#"{"error_codes":[50076],"timestamp":"2026-11-26 10:00:00Z"}"#,
            "aadsts-mfa",
            "AADSTS50076",
        ),
    ] {
        let d = decodes_in_both(line, id);
        assert_eq!(d.code, code, "{line}");
    }
}

#[test]
fn trace_id_correlation_id_and_timestamp_come_from_the_line() {
    let plain = "AADSTS53003: Access has been blocked by Conditional Access policies.\r\nTrace ID: 0a1b2c3d-0000-4e5f-8a9b-112233445566\r\nCorrelation ID: 9c8d7e6f-1111-4a2b-9c3d-665544332211\r\nTimestamp: 2026-11-26 10:00:00Z";
    let json = r#"{"error":"invalid_grant","error_description":"AADSTS53003: Access has been blocked.\r\nTrace ID: 0a1b2c3d-0000-4e5f-8a9b-112233445566\r\nCorrelation ID: 9c8d7e6f-1111-4a2b-9c3d-665544332211\r\nTimestamp: 2026-11-26 10:00:00Z","error_codes":[53003],"timestamp":"2026-11-26 10:00:00Z","trace_id":"0a1b2c3d-0000-4e5f-8a9b-112233445566","correlation_id":"9c8d7e6f-1111-4a2b-9c3d-665544332211"}"#;
    let fields_only = r#"{"error":"invalid_grant","timestamp":"2026-11-26T10:00:00.123Z","trace_id":"0a1b2c3d-0000-4e5f-8a9b-112233445566","correlation_id":"9c8d7e6f-1111-4a2b-9c3d-665544332211"}"#;
    for (line, timestamp) in [
        (plain, "2026-11-26 10:00:00Z"),
        (json, "2026-11-26 10:00:00Z"),
        (fields_only, "2026-11-26T10:00:00.123Z"),
    ] {
        for lang in Lang::ALL {
            let d = explain(line, lang);
            assert_eq!(
                d.trace_id.as_deref(),
                Some("0a1b2c3d-0000-4e5f-8a9b-112233445566"),
                "{line}"
            );
            assert_eq!(
                d.correlation_id.as_deref(),
                Some("9c8d7e6f-1111-4a2b-9c3d-665544332211"),
                "{line}"
            );
            assert_eq!(d.timestamp.as_deref(), Some(timestamp), "{line}");
            let shown = serde_json::to_value(&d).unwrap();
            assert_eq!(shown["timestamp"], timestamp);
            assert_eq!(shown["trace_id"], "0a1b2c3d-0000-4e5f-8a9b-112233445566");
        }
    }
    // Nothing is made up when the line has none.
    let bare = serde_json::to_value(explain("AADSTS53003", Lang::En)).unwrap();
    for field in ["trace_id", "correlation_id", "timestamp", "context"] {
        assert!(bare.get(field).is_none(), "{field}");
    }
}

#[test]
fn a_line_that_starts_with_a_dash_decodes() {
    for (line, id) in [
        (
            "-ERR 5.7.139 Authentication unsuccessful, basic authentication is disabled.",
            "smtp-basic-auth-disabled",
        ),
        (
            "--- 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox",
            "smtp-auth-disabled-mailbox",
        ),
    ] {
        decodes_in_both(line, id);
    }
}

#[test]
fn errors_from_other_services_are_out_of_scope() {
    for line in [
        "535-5.7.8 Username and Password not accepted. For more information, go to 535 5.7.8  https://support.google.com/mail/?p=BadCredentials d2-20020a05600c020200b0040e3635ca65sm1234567wmi.0 - gsmtp",
        "534-5.7.9 Application-specific password required. Learn more at 534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor",
        "A2 NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)",
        "530 5.7.0 Authentication Required. smtp.gmail.com",
    ] {
        let d = decodes_in_both(line, "out-of-scope");
        assert_ne!(d.id, "input-unknown-code");
    }
    // Exchange Online's own replies stay in scope.
    assert_eq!(
        explain(
            "535 5.7.139 Authentication unsuccessful, basic authentication is disabled.",
            Lang::En
        )
        .id,
        "smtp-basic-auth-disabled"
    );
}
