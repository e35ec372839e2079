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
