//! Section 7: one truth about addresses. A printer address, an `--smtp` server and an
//! `--authority` are checked as what the HTTP stack would connect to: a host another program
//! reads as an IPv4 address (`0x7f.1`, `0177.0.0.1`, `127.1`) or a name ending in a number
//! (`w1.9`) is refused with a clear, localized message before anything is sent; so are an
//! authority with a user name, a query or a fragment, and an SMTP server that is not exactly
//! `HOST:PORT`. (The parser itself is unit-tested in `crates/core/src/printer/address.rs`.)

use super::common::{Options, run};
use printer_oauth_core::i18n::Lang;

/// A run's closing diagnosis: its id and detail.
async fn refused(args: &[&str], lang: Lang) -> (String, String) {
    let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
    let run = run(
        &args,
        Options {
            lang,
            ..Options::default()
        },
    )
    .await;
    assert_ne!(run.code, 0, "{args:?} was accepted: {}", run.stderr);
    let d = run.diagnosis();
    (
        d["id"].as_str().unwrap_or_default().to_string(),
        d["detail"].as_str().unwrap_or_default().to_string(),
    )
}

#[tokio::test]
async fn a_printer_address_is_what_is_connected_to_or_refused() {
    for (address, en, hr) in [
        (
            "0x7f.1",
            "reads this as the IPv4 address 127.0.0.1",
            "kao IPv4 adresu 127.0.0.1",
        ),
        (
            "0x7f000001:8443",
            "reads this as the IPv4 address 127.0.0.1",
            "kao IPv4 adresu 127.0.0.1",
        ),
        ("0177.0.0.1", "without leading zeros", "bez vodećih nula"),
        (
            "127.1",
            "four numbers from 0 to 255",
            "četiri broja od 0 do 255",
        ),
        (
            "w1.9",
            "last part of a host name cannot be a number",
            "zadnji dio naziva hosta ne smije biti broj",
        ),
    ] {
        for (lang, expected) in [(Lang::En, en), (Lang::Hr, hr)] {
            let (id, detail) =
                refused(&["printer", "status", address, "--timeout", "2"], lang).await;
            assert_eq!(id, "printer-invalid-address", "{address}: {detail}");
            assert!(detail.contains(expected), "{address} ({lang:?}): {detail}");
        }
    }
}

/// A pre-flight that stops at its arguments, with `flag` set to `value`.
fn preflight(flag: &'static str, value: &'static str) -> Vec<&'static str> {
    vec![
        "preflight",
        "--no-browser",
        "--client-id",
        "9e5f94bc-e8a4-4e73-b8be-63364c29d753",
        "--account",
        "scanner@contoso.com",
        "--to",
        "helpdesk@contoso.com",
        "--timeout",
        "2",
        flag,
        value,
    ]
}

#[tokio::test]
async fn an_authority_with_user_info_a_query_or_a_fragment_is_refused() {
    for authority in [
        "https://login.microsoftonline.com@evil.example",
        "https://admin:pw@login.microsoftonline.com",
        "https://login.microsoftonline.com/?x=1",
        "https://login.microsoftonline.com/#top",
    ] {
        for (lang, expected) in [
            (Lang::En, "cannot contain a user name"),
            (Lang::Hr, "ne smije sadržavati korisničko ime"),
        ] {
            let (id, detail) = refused(&preflight("--authority", authority), lang).await;
            // The first is the host evil.example with a user name, as the url crate reads it.
            assert_eq!(id, "input-invalid-authority", "{authority}: {detail}");
            assert!(
                detail.contains(expected),
                "{authority} ({lang:?}): {detail}"
            );
        }
    }
}

#[tokio::test]
async fn an_smtp_server_is_exactly_host_and_port() {
    for (smtp, expected) in [
        ("smtp://smtp.office365.com:587", "HOST:PORT only"),
        ("smtp.office365.com:587/", "HOST:PORT only"),
        ("smtp.office365.com", "HOST:PORT only"),
        ("user@smtp.office365.com:587", "HOST:PORT only"),
        ("smtp.office365.com:587?x", "HOST:PORT only"),
        ("smtp.office365.com:0", "from 1 to 65535"),
        ("smtp.office365.com:65536", "from 1 to 65535"),
        ("0x7f.1:587", "the IPv4 address 127.0.0.1"),
        ("w1.9:587", "cannot be a number"),
        ("smtp_server:587", "cannot contain “_”"),
    ] {
        let (id, detail) = refused(&preflight("--smtp", smtp), Lang::En).await;
        assert_eq!(id, "input-invalid-smtp", "{smtp}: {detail}");
        assert!(detail.contains(expected), "{smtp}: {detail}");
    }
}
