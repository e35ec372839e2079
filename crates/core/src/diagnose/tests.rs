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
        50059, 53000, 53001, 53002, 53005, 50097, 50053, 50055, 50057, 50058, 90093, 70002,
        7000112, 500011, 50105, 90130, 70000,
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
        ("360", "printer-360", Page::EmailServer),
        ("361", "printer-361", Page::SignIn),
        ("370", "printer-370", Page::SignIn),
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
    assert_eq!(d.step, Page::ExchangeOnline);
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
    assert_eq!(basic.step, Page::EmailServer);
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

// Issue 12 §2: the codes that come up, bare and inside the text a client library wraps them in.

#[test]
fn every_family_decodes_bare_and_wrapped() {
    // (bare input, a wrapped line, the entry, the code shown for the wrapped line)
    let table = [
        (
            "53000",
            "Sign-in error code: 53000 Failure reason: Device is not in required device state: compliant.",
            "aadsts-device-not-compliant",
            "AADSTS53000",
        ),
        (
            "53001",
            "AADSTS53001: Device is not in required device state: domain_joined. Conditional Access policy requires a domain joined device, and the device is not domain joined.",
            "aadsts-device-not-joined",
            "AADSTS53001",
        ),
        (
            "53005",
            r#"{"error":"unauthorized_client","error_description":"AADSTS53005: Application needs to enforce Intune protection policies.","error_codes":[53005]}"#,
            "aadsts-app-not-approved",
            "AADSTS53005",
        ),
        (
            "50097",
            "MsalUiRequiredException: AADSTS50097: Device authentication is required.",
            "aadsts-device-auth-required",
            "AADSTS50097",
        ),
        (
            "50053",
            "AADSTS50053: The account is locked, you've tried to sign in too many times with an incorrect user ID or password.",
            "aadsts-account-locked",
            "AADSTS50053",
        ),
        (
            "50055",
            "invalid_grant: AADSTS50055: The password is expired.",
            "aadsts-password-expired",
            "AADSTS50055",
        ),
        (
            "50057",
            "AADSTS50057: The user account is disabled.",
            "aadsts-account-disabled",
            "AADSTS50057",
        ),
        (
            "50058",
            "interaction_required: AADSTS50058: A silent sign-in request was sent but no user is signed in.",
            "aadsts-no-session",
            "AADSTS50058",
        ),
        (
            "90093",
            "AADSTS90093: Printer SMTP is requesting one or more permissions that you are not authorized to grant.",
            "aadsts-admin-consent",
            "AADSTS90093",
        ),
        (
            "70002",
            "AADSTS70002: The provided client is not supported for this feature. The client application must be marked as 'mobile.'",
            "aadsts-public-client-off",
            "AADSTS70002",
        ),
        (
            "7000112",
            "AADSTS7000112: Application 'Printer SMTP' is disabled.",
            "aadsts-app-disabled",
            "AADSTS7000112",
        ),
        (
            "500011",
            "AADSTS500011: The resource principal named https://outlook.office.com was not found in the tenant named Contoso.",
            "aadsts-resource-not-found",
            "AADSTS500011",
        ),
        (
            "50105",
            "AADSTS50105: Your administrator has configured the application to block users unless they are specifically granted ('assigned') access to the application.",
            "aadsts-user-not-assigned",
            "AADSTS50105",
        ),
        (
            "90130",
            "AADSTS90130: Application is not supported over the /common or /consumers endpoints. Please use the /organizations or tenant-specific endpoint.",
            "aadsts-common-endpoint",
            "AADSTS90130",
        ),
        (
            "70000",
            "invalid_grant: AADSTS70000: The request was denied because one or more scopes requested are unauthorized or expired.",
            "aadsts-scopes-unauthorized",
            "AADSTS70000",
        ),
        (
            "slow_down",
            r#"{"error":"slow_down","error_description":"The client is polling too quickly"}"#,
            "oauth-slow-down",
            "slow_down",
        ),
        (
            "interaction_required",
            "MSAL error: interaction_required",
            "oauth-interaction-required",
            "interaction_required",
        ),
        (
            "5.7.1 Client does not have permissions to send as this sender",
            "System.Net.Mail.SmtpException: Mailbox unavailable. The server response was: 5.7.1 Client does not have permissions to send as this sender",
            "smtp-send-as-denied",
            "5.7.1",
        ),
        (
            "5.7.4",
            "smtplib.SMTPAuthenticationError: (504, b'5.7.4 Unrecognized authentication type [AM0PR02CA0001.eurprd02.prod.outlook.com]')",
            "smtp-auth-type",
            "5.7.4",
        ),
        (
            "5.7.3",
            "Invalid login: 535 5.7.3 Authentication unsuccessful [BN9PR03CA0123.namprd03.prod.outlook.com]",
            "smtp-password-rejected",
            "535 5.7.3",
        ),
        (
            "5.7.708",
            "550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP.",
            "smtp-ip-reputation",
            "550 5.7.708",
        ),
        (
            "5.7.750",
            "550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains.",
            "smtp-unregistered-domains",
            "550 5.7.750",
        ),
        (
            "5.7.501",
            "550 5.7.501 Service unavailable. Spam abuse detected from IP range.",
            "smtp-spam-abuse",
            "550 5.7.501",
        ),
        (
            "4.7.500",
            "451 4.7.500 Server busy. Please try again later from [40.107.0.1]. (S77714)",
            "smtp-server-busy",
            "451 4.7.500",
        ),
        (
            "4.7.66",
            "421 4.7.66 TLS 1.0 and 1.1 are not supported. Please upgrade/update your client to support TLS 1.2.",
            "smtp-old-tls",
            "421 4.7.66",
        ),
        (
            "5.1.8",
            "550 5.1.8 Access denied, bad outbound sender",
            "smtp-bad-outbound-sender",
            "550 5.1.8",
        ),
    ];
    for (bare, line, id, code) in table {
        decodes_in_both(bare, id);
        let d = decodes_in_both(line, id);
        assert_eq!(d.code, code, "{line}");
    }
}

#[test]
fn the_code_shown_is_the_one_in_the_line() {
    for (line, id, code) in [
        (
            "554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message",
            "smtp-send-as-denied",
            "554 5.2.0",
        ),
        (
            "554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to process message due to a permanent exception",
            "smtp-quota-exceeded",
            "554 5.2.0",
        ),
        (
            "550 5.7.60 SMTP; Client does not have permissions to send as this sender",
            "smtp-send-as-denied",
            "550 5.7.60",
        ),
        ("550 5.7.1", "smtp-not-permitted", "550 5.7.1"),
        (
            "550 5.7.30 Basic authentication is not supported for Client Submission.",
            "smtp-basic-auth-disabled",
            "550 5.7.30",
        ),
    ] {
        assert_eq!(decodes_in_both(line, id).code, code, "{line}");
    }
}

#[test]
fn a_5_7_3_after_xoauth2_is_a_refused_token() {
    let d = decodes_in_both(
        "MailKit.Security.AuthenticationException: 535: 5.7.3 Authentication unsuccessful (SASL mechanism XOAUTH2)",
        "smtp-auth-unsuccessful",
    );
    assert_eq!(d.code, "5.7.3");
    decodes_in_both(
        "535 5.7.3 Authentication unsuccessful",
        "smtp-password-rejected",
    );
}

#[test]
fn an_aadsts_wrapper_gives_way_to_the_code_inside() {
    let d = decodes_in_both(
        "AADSTS70002: Error validating credentials. AADSTS50126: Invalid username or password",
        "aadsts-bad-password",
    );
    assert_eq!(
        (d.code.as_str(), d.context.as_slice()),
        ("AADSTS50126", &["AADSTS70002".to_string()][..])
    );
}

#[test]
fn known_texts_without_a_code_decode() {
    for (line, id) in [
        (
            "Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information.",
            "smtp-auth-disabled-mailbox",
        ),
        (
            "Need admin approval. Printer SMTP needs permission to access resources in your organization that only an admin can grant. Please ask an admin to grant permission to this app before you can use it.",
            "aadsts-admin-consent",
        ),
        (
            "STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to process message",
            "smtp-quota-exceeded",
        ),
    ] {
        decodes_in_both(line, id);
    }
}

#[test]
fn a_missing_parameter_is_named() {
    let line = "AADSTS900144: The request body must contain the following parameter: 'client_id'.";
    let en = decodes_in_both(line, "aadsts-missing-parameter");
    assert!(
        en.cause
            .ends_with("The missing parameter is \"client_id\"."),
        "{}",
        en.cause
    );
    let hr = explain(line, Lang::Hr);
    assert!(hr.cause.contains("client_id"), "{}", hr.cause);
    // A name that is not a parameter's is not copied.
    let odd = explain(
        "AADSTS900144: The request body must contain the following parameter: '<script>'.",
        Lang::En,
    );
    assert!(!odd.cause.contains("script"), "{}", odd.cause);
}

#[test]
fn an_error_copied_from_a_redirect_address_decodes() {
    let d = decodes_in_both(
        "https://login.microsoftonline.com/common/oauth2/nativeclient?error=invalid_request&error_description=AADSTS50105%3a%20The%20signed%20in%20user%20is%20not%20assigned%20to%20a%20role",
        "aadsts-user-not-assigned",
    );
    assert_eq!(d.code, "AADSTS50105");
    decodes_in_both(
        "error_description=Your%20account%20or%20password%20is%20incorrect.",
        "aadsts-bad-password",
    );
}

#[test]
fn only_codes_written_in_the_line_are_shown() {
    // A text recognised without its code adds no code of its own as context.
    let d = decodes_in_both(
        "5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox.",
        "smtp-auth-disabled-mailbox",
    );
    assert_eq!((d.code.as_str(), d.context.len()), ("5.7.139", 0));
    // A text that wins shows the code written beside it, even one the catalog does not know.
    let d = decodes_in_both(
        "554 5.2.0 STOREDRV.Submission.Exception:OutboundSpamException;",
        "smtp-spam-abuse",
    );
    assert_eq!(d.code, "554 5.2.0");
    assert!(d.context.is_empty(), "{:?}", d.context);
}

#[test]
fn a_wrapper_around_an_unknown_code_is_not_decoded_as_the_wrapper() {
    let d = explain(
        "AADSTS70002: Error validating credentials. AADSTS50088: Limit on telecom MFA calls reached.",
        Lang::En,
    );
    assert_eq!(d.id, "input-unknown-code");
    assert_eq!(d.context, ["AADSTS70002", "AADSTS50088"]);
}

#[test]
fn a_redirect_address_keeps_its_spaces_and_ids() {
    let d = decodes_in_both(
        "https://app.example/Error?error=consent_required&error_description=AADSTS65004%3a+User+declined+to+consent+to+access+the+app.%0d%0aTrace+ID%3a+0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b%0d%0aCorrelation+ID%3a+11111111-2222-3333-4444-555555555555",
        "aadsts-consent-declined",
    );
    assert_eq!(
        d.trace_id.as_deref(),
        Some("0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b")
    );
    assert_eq!(
        d.correlation_id.as_deref(),
        Some("11111111-2222-3333-4444-555555555555")
    );
    decodes_in_both(
        "error=access_denied&error_description=The+user+has+denied+access+to+the+scope+requested+by+the+client+application.",
        "aadsts-declined",
    );
}

#[test]
fn narrow_texts_do_not_catch_other_systems_lines() {
    // A printer's own lockout or an IMAP permission in a scope is not Entra's or another
    // service's error.
    assert_ne!(
        explain("Administrator account is locked for 5 minutes.", Lang::En).id,
        "aadsts-account-locked"
    );
    assert_ne!(
        explain(
            "invalid_scope: https://outlook.office.com/IMAP.AccessAsUser.All is not valid",
            Lang::En
        )
        .id,
        "out-of-scope"
    );
    // 5.7.3 with its own text wins over the XOAUTH2 context the product's client adds.
    assert_eq!(
        explain(
            "XOAUTH2 530 5.7.3 STARTTLS is required to send mail",
            Lang::En
        )
        .id,
        "smtp-starttls-required"
    );
    // A bare 5.2.2 is the recipient's mailbox; the sender's only with its submission text.
    assert_eq!(
        explain("552 5.2.2 mailbox full", Lang::En).id,
        "smtp-recipient-mailbox-full"
    );
}

/// Every condition code the workspace's code raises (`condition("…")`, `internal("…")`) is a
/// catalog entry's, so that [`internal`] never panics on a typo.
#[test]
fn every_internal_code_raised_in_the_code_is_in_the_catalog() {
    fn sources(dir: &std::path::Path, found: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap().map(Result::unwrap) {
            let path = entry.path();
            if path.is_dir() {
                sources(&path, found);
            } else if path.extension().is_some_and(|e| e == "rs") {
                found.push(path);
            }
        }
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut files = Vec::new();
    for dir in ["crates/core/src", "crates/sim/src", "src"] {
        sources(&root.join(dir), &mut files);
    }
    let raised =
        regex::Regex::new(r#"\b(?:diagnose::)?(?:condition|internal)\(\s*"([a-z0-9-]+)""#).unwrap();
    let mut codes = std::collections::BTreeSet::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        codes.extend(raised.captures_iter(&text).map(|c| c[1].to_string()));
    }
    assert!(codes.len() >= 20, "the search finds the codes: {codes:?}");
    let missing: Vec<_> = codes
        .iter()
        .filter(|code| {
            !CATALOG.iter().any(|e| {
                e.matchers
                    .iter()
                    .any(|m| matches!(m, Matcher::Internal(c) if c == code))
            })
        })
        .collect();
    assert!(missing.is_empty(), "not in the catalog: {missing:?}");
}
