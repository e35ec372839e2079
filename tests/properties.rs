//! Property tests for the parsers that read hostile input: a pasted line, a printer's pages,
//! its job history and SMTP replies, a shared profile and a typed address. Each property runs
//! a bounded number of cases, so the file belongs to the normal test suite.

use printer_oauth_core::diagnose::{self, CATALOG, Matcher};
use printer_oauth_core::i18n::Lang;
use printer_oauth_core::mail::MailError;
use printer_oauth_core::printer::adapter::Job;
use printer_oauth_core::printer::address::{self, Host};
use printer_oauth_core::printer::profile::Profile;
use printer_oauth_core::printer::{capture, html, profile_adapter, tls};
use printer_oauth_core::trust::{SystemTrust, TrustError};
use proptest::prelude::*;
use proptest::sample::{Index, select};
use proptest::test_runner::Config;
use regex::Regex;
use std::collections::BTreeMap;
use std::net::IpAddr;

/// The shipped profile, to mutate.
const EPSON: &str = include_str!("../assets/printers/epson-webconfig.toml");

fn config() -> Config {
    Config {
        cases: 256,
        failure_persistence: None,
        ..Config::default()
    }
}

fn lang() -> impl Strategy<Value = Lang> {
    prop_oneof![Just(Lang::En), Just(Lang::Hr)]
}

/// Text, mostly printable, sometimes with control characters and non-ASCII letters.
fn noise() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "[ -~]{0,40}",
        1 => "\\PC{0,30}",
        1 => any::<String>(),
    ]
}

/// The catalog's AADSTS numbers with their entry ids.
fn aadsts_entries() -> Vec<(u32, &'static str)> {
    CATALOG
        .iter()
        .flat_map(|e| {
            e.matchers.iter().filter_map(move |m| match m {
                Matcher::Aadsts(n) => Some((*n, e.id)),
                _ => None,
            })
        })
        .collect()
}

/// The catalog's SMTP enhanced codes with their text fragments and entry ids.
fn smtp_entries() -> Vec<(&'static str, Option<&'static str>, &'static str)> {
    CATALOG
        .iter()
        .flat_map(|e| {
            e.matchers.iter().filter_map(move |m| match m {
                Matcher::Smtp(code, fragment) => Some((*code, *fragment, e.id)),
                _ => None,
            })
        })
        .collect()
}

/// A character that ends a word for the parsers' `\b`.
fn separator() -> impl Strategy<Value = &'static str> {
    select(vec![
        " ", ": ", "(", ")", "\n", "'", "\"", ", ", "=", "\t", "[",
    ])
}

// ---- the diagnosis line parser ----------------------------------------------------------

proptest! {
    #![proptest_config(config())]

    #[test]
    fn explain_gives_a_diagnosis_for_any_text(line in noise(), lang in lang()) {
        let d = diagnose::explain(&line, lang);
        prop_assert!(!d.id.is_empty());
        prop_assert!(!d.title.is_empty() && !d.fix.is_empty(), "{d:?}");
    }

    #[test]
    fn explain_finds_aadsts70019_anywhere_in_a_line(
        before in noise(),
        open in separator(),
        close in separator(),
        after in noise(),
        lower in any::<bool>(),
        lang in lang(),
    ) {
        // An earlier AADSTS number in the line is a different, ambiguous line.
        prop_assume!(!Regex::new("(?i)aadsts").unwrap().is_match(&before));
        let code = if lower { "aadsts70019" } else { "AADSTS70019" };
        let line = format!("{before}{open}{code}{close}{after}");
        let d = diagnose::explain(&line, lang);
        let expected = diagnose::by_aadsts(70019).expect("AADSTS70019 is in the catalog");
        prop_assert_eq!(d.id, expected.id, "{:?}", line);
        prop_assert_eq!(d.code, "AADSTS70019");
    }

    #[test]
    fn explain_finds_every_known_aadsts_number_in_a_line(
        (number, id) in select(aadsts_entries()),
        before in "[ -~]{0,30}",
        open in separator(),
        close in separator(),
        after in noise(),
        lang in lang(),
    ) {
        prop_assume!(!Regex::new("(?i)aadsts").unwrap().is_match(&before));
        let line = format!("{before}{open}AADSTS{number}{close}{after}");
        prop_assert_eq!(diagnose::explain(&line, lang).id, id, "{:?}", line);
        // The bare number decodes too.
        prop_assert_eq!(diagnose::explain(&format!(" {number} "), lang).id, id);
    }

    #[test]
    fn explain_decodes_an_smtp_reply_by_its_enhanced_code(
        (enhanced, fragment, _) in select(smtp_entries()),
        reply in select(vec!["421", "450", "451", "535", "550", "554"]),
        dash in any::<bool>(),
        text in "[A-Za-z ,.;]{0,30}",
        upper in any::<bool>(),
        lang in lang(),
    ) {
        let fragment = fragment.map(|f| if upper { f.to_uppercase() } else { f.to_string() });
        let line = format!(
            "{reply}{}{enhanced} {text} {}",
            if dash { "-" } else { " " },
            fragment.unwrap_or_default()
        );
        let d = diagnose::explain(&line, lang);
        prop_assert_eq!(&d.code, &format!("{reply} {enhanced}"), "{:?}", line);
        prop_assert!(
            decodes_to_an_entry_of(d.id, enhanced, &line),
            "{line:?} gave {}", d.id
        );
    }
}

/// Whether `id` is an entry for this enhanced code whose text fragment (if any) is in `line`.
fn decodes_to_an_entry_of(id: &str, enhanced: &str, line: &str) -> bool {
    let line = line.to_lowercase();
    smtp_entries().iter().any(|(code, fragment, entry)| {
        *entry == id && *code == enhanced && fragment.is_none_or(|f| line.contains(f))
    })
}

// ---- SMTP replies -------------------------------------------------------------------------

proptest! {
    #![proptest_config(config())]

    #[test]
    fn any_smtp_reply_decodes_without_panicking(
        code in any::<u16>(),
        text in noise(),
        lang in lang(),
    ) {
        let d = MailError::Rejected { code, text: text.clone() }.diagnose(lang);
        prop_assert!(d.code.starts_with(&code.to_string()));
        prop_assert!(d.detail.is_some());
    }

    #[test]
    fn an_exchange_reply_decodes_by_code_and_text(
        (enhanced, fragment, _) in select(smtp_entries()),
        code in select(vec![421u16, 450, 451, 535, 550, 554]),
        before in "[A-Za-z ,.]{0,20}",
        after in "[A-Za-z ,.]{0,20}",
        lang in lang(),
    ) {
        let text = format!("{enhanced} {before} {} {after}", fragment.unwrap_or_default());
        let d = MailError::Rejected { code, text: text.clone() }.diagnose(lang);
        prop_assert_eq!(&d.code, &format!("{code} {enhanced}"));
        // The product's own client always signs in with XOAUTH2, which narrows 5.7.3.
        let seen = format!("XOAUTH2 {text}");
        prop_assert!(decodes_to_an_entry_of(d.id, enhanced, &seen), "{text:?} gave {}", d.id);
    }

    #[test]
    fn a_job_reply_or_code_decodes_without_panicking(
        code in proptest::option::of(noise()),
        reply in proptest::option::of(noise()),
        lang in lang(),
    ) {
        let job = Job {
            id: "1".into(),
            time: String::new(),
            kind: String::new(),
            result: String::new(),
            completed: code.is_none() && reply.is_none(),
            code,
            reply,
        };
        let d = job.diagnosis(lang);
        prop_assert_eq!(d.is_some(), job.code.is_some() || job.reply.is_some());
    }

    #[test]
    fn mail_addresses_parse_without_panicking(text in noise()) {
        let _ = printer_oauth_core::mail::parse_address(&text);
    }
}

// ---- HTML form and text extraction --------------------------------------------------------

/// Text safe in HTML content and attributes.
fn html_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// HTML-ish markup: nested elements with attributes, text, comments and stray syntax.
fn markup() -> impl Strategy<Value = String> {
    let tag = select(vec![
        "html", "head", "body", "form", "input", "select", "option", "textarea", "script", "style",
        "fieldset", "template", "noscript", "div", "p", "table", "tr", "td", "br", "meta",
        "iframe", "b",
    ]);
    let attribute = (
        select(vec![
            "name",
            "value",
            "type",
            "checked",
            "selected",
            "disabled",
            "multiple",
            "id",
            "content",
            "data-token",
            "nonce",
        ]),
        prop_oneof!["[ -~]{0,12}", "\\PC{0,8}"],
    );
    let leaf = prop_oneof![
        "[ -~]{0,20}",
        "\\PC{0,12}",
        select(vec![
            "<",
            "</",
            "<!--",
            "-->",
            "&",
            "&#",
            "&#x40;",
            "&amp",
            "<![CDATA[",
            "<!DOCTYPE html>",
            "\"",
            "'",
            "`",
            "/*",
            "//",
            "</script>",
            "<script>",
        ])
        .prop_map(str::to_string),
    ];
    leaf.prop_recursive(6, 64, 6, move |inner| {
        (
            tag.clone(),
            proptest::collection::vec(attribute.clone(), 0..4),
            proptest::collection::vec(inner, 0..6),
            any::<bool>(),
        )
            .prop_map(|(tag, attributes, children, close)| {
                let mut out = format!("<{tag}");
                for (name, value) in attributes {
                    out.push_str(&format!(" {name}=\"{}\"", value.replace('"', "&quot;")));
                }
                out.push('>');
                out.push_str(&children.concat());
                if close {
                    out.push_str(&format!("</{tag}>"));
                }
                out
            })
    })
}

/// Markup that contributes nothing to a form's submitted fields.
fn inert() -> impl Strategy<Value = String> {
    prop_oneof![
        "[A-Za-z0-9 .:]{0,20}".prop_map(|t| format!("<p>{t}</p>")),
        Just("<br>".to_string()),
        Just("<input type=\"submit\" value=\"OK\">".to_string()),
        Just("<input type=\"text\" value=\"nameless\">".to_string()),
        Just("<input type=\"radio\" name=\"RADIO_OFF\" value=\"1\">".to_string()),
        "[A-Za-z0-9 ]{0,20}".prop_map(|t| format!("<!-- {t} -->")),
        Just("<div><span>label</span></div>".to_string()),
    ]
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn form_and_texts_never_panic(page in markup()) {
        let form = html::form(&page);
        for (name, _) in &form.fields {
            prop_assert!(form.names.contains(name));
        }
        for text in html::texts(&page) {
            prop_assert!(!text.is_empty() && text.trim() == text);
        }
        let _ = html::meta(&page, "token");
    }

    #[test]
    fn a_form_submits_exactly_its_hidden_inputs(
        fields in proptest::collection::btree_map(
            "[A-Za-z_][A-Za-z0-9_\\-]{0,15}",
            "[^\r\0]{0,20}",
            1..8,
        ),
        decor in proptest::collection::vec(inert(), 8),
        order in proptest::collection::vec(any::<Index>(), 8),
        wrapped in any::<bool>(),
    ) {
        prop_assume!(!fields.contains_key("RADIO_OFF"));
        // Distinct names, in a shuffled page order.
        let mut entries: Vec<(String, String)> = fields.into_iter().collect();
        for (i, index) in order.iter().enumerate().take(entries.len()) {
            let j = index.index(entries.len());
            entries.swap(i, j);
        }
        let mut body = String::new();
        for (i, (name, value)) in entries.iter().enumerate() {
            body.push_str(&decor[i]);
            body.push_str(&format!(
                "<input type=\"hidden\" name=\"{}\" value=\"{}\">",
                html_escape(name),
                html_escape(value)
            ));
        }
        let page = if wrapped {
            format!(
                "<html><body><h1>Email</h1>\
                 <form method=\"post\" action=\"SET\">{body}</form></body></html>"
            )
        } else {
            body
        };
        let form = html::form(&page);
        prop_assert_eq!(&form.fields, &entries, "{}", page);
    }

    #[test]
    fn texts_are_the_visible_paragraphs_without_scripts(
        pieces in proptest::collection::vec(
            prop_oneof![
                "[A-Za-z][A-Za-z0-9 .:,]{0,20}[A-Za-z0-9]".prop_map(|t| (true, t)),
                "[a-z]{1,8}".prop_map(|v| (false, format!("<script>var {v} = \"x\";</script>"))),
                "[a-z]{1,8}"
                    .prop_map(|c| (false, format!("<style>.{c} {{ color: red; }}</style>"))),
            ],
            0..12,
        ),
    ) {
        let mut body = String::new();
        let mut visible = Vec::new();
        for (shown, piece) in &pieces {
            if *shown {
                body.push_str(&format!("<div><p>{piece}</p></div>"));
                visible.push(piece.trim().to_string());
            } else {
                body.push_str(piece);
            }
        }
        let page = format!("<html><head><title></title></head><body>{body}</body></html>");
        prop_assert_eq!(html::texts(&page), visible);
    }
}

// ---- capture redaction --------------------------------------------------------------------

/// A secret: letters and digits around a character no label or placeholder has.
fn secret() -> impl Strategy<Value = String> {
    "[A-Za-z0-9]{3,10}[!#$*~][A-Za-z0-9]{3,10}"
}

/// Where a secret goes on a page; the place holds `{}` for it.
fn secret_place() -> impl Strategy<Value = String> {
    let input_type = select(vec![
        "",
        " type=\"text\"",
        " type=\"hidden\"",
        " type=\"password\"",
        " type=\"email\"",
        " type=\"TEXT\"",
        " type=\"number\"",
    ]);
    prop_oneof![
        (input_type, "[A-Z_]{3,12}")
            .prop_map(|(t, name)| format!("<input{t} name=\"{name}\" value=\"{{}}\">")),
        "[A-Z_]{3,12}".prop_map(|name| format!("<textarea name=\"{name}\">\n  {{}}\n</textarea>")),
        ("[a-z]{1,8}", select(vec!["\"", "'", "`"])).prop_map(|(v, q)| {
            format!("<script>var {v} = {q}{{}}{q}; set({{\"{v}\": {v}}});</script>")
        }),
        "[a-z]{1,8}"
            .prop_map(|v| format!("<script>document.f.X.value = \"{{}}\"; // {v}\n</script>")),
    ]
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn redaction_never_panics(
        page in prop_oneof![markup(), noise(), Just("{\"a\": [1, \"b\"]}".to_string())],
        known in proptest::collection::vec(noise(), 0..3),
    ) {
        let _ = capture::redact(&page, &known);
    }

    #[test]
    fn a_secret_in_an_input_textarea_or_script_never_survives(
        secret in secret(),
        place in secret_place(),
        before in proptest::collection::vec(inert(), 0..4),
        after in proptest::collection::vec(inert(), 0..4),
    ) {
        let page = format!(
            "<html><body><form>{}{}{}</form></body></html>",
            before.concat(),
            place.replace("{}", &secret),
            after.concat()
        );
        prop_assume!(!page.replacen(&secret, "", 1).contains(&secret));
        let redacted = capture::redact(&page, &[]);
        prop_assert!(!redacted.contains(&secret), "{}\n->\n{}", page, redacted);
    }

    #[test]
    fn an_email_address_in_text_never_survives(
        local in "[a-z0-9]{1,10}([._+\\-][a-z0-9]{1,8})?",
        domain in "[a-z0-9]{1,10}(\\.[a-z]{2,6}){1,2}",
        before in "([A-Za-z]{1,10} ){0,4}",
        after in "( [A-Za-z]{1,10}){0,4}",
        tag in select(vec!["p", "td", "span", "label", "div", "b"]),
    ) {
        let address = format!("{local}@{domain}");
        let page = format!("<html><body><{tag}>{before}{address}{after}</{tag}></body></html>");
        let redacted = capture::redact(&page, &[]);
        prop_assert!(!redacted.contains(&address), "{}\n->\n{}", page, redacted);
        prop_assert!(!redacted.contains(&format!("{local}@")), "{}", redacted);
    }
}

// ---- profile loading ----------------------------------------------------------------------

/// The shipped profile with one line removed, replaced, duplicated or with a character changed.
fn mutated_profile() -> impl Strategy<Value = String> {
    let lines = EPSON.lines().count();
    (0..lines, 0..4u8, "[ -~]{0,30}", any::<Index>()).prop_map(|(at, how, text, index)| {
        let mut lines: Vec<String> = EPSON.lines().map(str::to_string).collect();
        match how {
            0 => {
                lines.remove(at);
            }
            1 => lines[at] = text,
            2 => {
                let copy = lines[at].clone();
                lines.insert(at, copy);
            }
            _ => {
                let line = &mut lines[at];
                if !line.is_empty() {
                    let chars: Vec<char> = line.chars().collect();
                    let i = index.index(chars.len());
                    let c = text.chars().next().unwrap_or('"');
                    *line = chars[..i]
                        .iter()
                        .chain(std::iter::once(&c))
                        .chain(&chars[i + 1..])
                        .collect();
                }
            }
        }
        lines.join("\n")
    })
}

/// Whether a profile error names the file, and a line inside it when it names one.
fn names_file_and_line(text: &str, file: &str) -> Result<(), TestCaseError> {
    if let Err(e) = Profile::parse(text, file) {
        prop_assert_eq!(&e.file, file);
        prop_assert!(e.to_string().starts_with(file), "{}", e);
        prop_assert!(!e.problem.is_empty(), "{:?}", e);
        if let Some(line) = e.line {
            prop_assert!(line >= 1 && line <= text.lines().count() + 1, "{:?}", e);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn any_text_loads_or_is_refused_with_the_file_name(text in noise()) {
        names_file_and_line(&text, "shared/odd profile.toml")?;
    }

    #[test]
    fn a_damaged_profile_loads_or_is_refused_with_the_file_name(text in mutated_profile()) {
        names_file_and_line(&text, "profiles/epson-copy.toml")?;
    }
}

#[test]
fn the_shipped_profile_loads() {
    Profile::parse(EPSON, "epson.toml").expect("the shipped profile is valid");
}

// ---- job-history CSV ----------------------------------------------------------------------

/// A job row as a printer writes it: id, time, kind, result, error code, destination and the
/// SMTP reply appended to it.
#[derive(Debug, Clone)]
struct Row {
    id: String,
    time: String,
    kind: String,
    result: String,
    code: Option<u16>,
    destination: String,
    reply: Option<String>,
}

/// A cell's text: anything, without the white space the parser trims.
fn cell() -> impl Strategy<Value = String> {
    prop_oneof!["[ -~]{0,16}", "\\PC{0,10}"].prop_map(|t| t.trim().to_string())
}

fn row() -> impl Strategy<Value = Row> {
    let reply = (
        select(vec!["421", "450", "535", "550", "554"]),
        select(vec!["5.7.60", "5.7.139", "4.7.66", "5.2.252", "5.1.8"]),
        "[A-Za-z0-9 .,;:'_\\-]{0,30}",
    )
        .prop_map(|(code, enhanced, text)| format!("{code} {enhanced} {text}").trim().to_string());
    (
        any::<u32>().prop_map(|n| n.to_string()),
        cell(),
        prop_oneof![Just("Scan to Email".to_string()), cell()],
        prop_oneof![
            Just("Completed".to_string()),
            Just("Error".to_string()),
            cell()
        ],
        proptest::option::of(100u16..1000),
        "[a-z]{1,8}@[a-z]{1,8}\\.com",
        proptest::option::of(reply),
    )
        .prop_map(|(id, time, kind, result, code, destination, reply)| Row {
            id,
            time,
            kind,
            result,
            code,
            destination,
            reply,
        })
}

/// The builtin profile's column names, extra columns, and the order they are written in.
fn columns() -> impl Strategy<Value = Vec<String>> {
    let spec = Profile::builtin().jobs;
    let named = vec![
        spec.id_column,
        spec.time_column,
        spec.kind_column,
        spec.result_column,
        spec.code_column,
        spec.reply_column
            .expect("the shipped profile reads replies"),
    ];
    (proptest::collection::vec("X[a-z]{1,6}", 0..3), Just(named))
        .prop_map(|(extra, named)| named.into_iter().chain(extra).collect::<Vec<_>>())
        .prop_shuffle()
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn any_job_history_text_parses_or_is_refused(text in noise(), semicolon in any::<bool>()) {
        let mut spec = Profile::builtin().jobs;
        if semicolon {
            spec.delimiter = ';';
        }
        let header = "\"Job ID\",Date and Time,Job Type,Result,Error Code,Destination";
        let with_header = format!("{header}\n{text}");
        let _ = profile_adapter::parse_jobs(&text, &spec);
        let _ = profile_adapter::parse_jobs(&with_header, &spec);
    }

    #[test]
    fn a_written_job_history_reads_back(
        rows in proptest::collection::vec(row(), 0..8),
        columns in columns(),
        always_quote in any::<bool>(),
        crlf in any::<bool>(),
        semicolon in any::<bool>(),
    ) {
        let mut spec = Profile::builtin().jobs;
        let delimiter = if semicolon { b';' } else { b',' };
        spec.delimiter = delimiter as char;
        let mut writer = csv::WriterBuilder::new()
            .delimiter(delimiter)
            .quote_style(if always_quote {
                csv::QuoteStyle::Always
            } else {
                csv::QuoteStyle::Necessary
            })
            .terminator(if crlf { csv::Terminator::CRLF } else { csv::Terminator::Any(b'\n') })
            .from_writer(Vec::new());
        writer.write_record(&columns).unwrap();
        for row in &rows {
            let destination = match &row.reply {
                Some(reply) => format!("{} (SMTP {reply})", row.destination),
                None => row.destination.clone(),
            };
            let code = row.code.map(|c| c.to_string()).unwrap_or_default();
            let by_name: BTreeMap<&str, &str> = [
                (spec.id_column.as_str(), row.id.as_str()),
                (spec.time_column.as_str(), row.time.as_str()),
                (spec.kind_column.as_str(), row.kind.as_str()),
                (spec.result_column.as_str(), row.result.as_str()),
                (spec.code_column.as_str(), code.as_str()),
                (spec.reply_column.as_deref().unwrap(), destination.as_str()),
            ]
            .into();
            let record: Vec<&str> = columns
                .iter()
                .map(|c| by_name.get(c.as_str()).copied().unwrap_or("extra"))
                .collect();
            writer.write_record(&record).unwrap();
        }
        let text = String::from_utf8(writer.into_inner().unwrap()).unwrap();
        let jobs = profile_adapter::parse_jobs(&text, &spec)
            .map_err(|e| TestCaseError::fail(format!("{e:?}\n{text}")))?;
        prop_assert_eq!(jobs.len(), rows.len(), "{}", text);
        for (job, row) in jobs.iter().zip(&rows) {
            prop_assert_eq!(&job.id, &row.id);
            prop_assert_eq!(&job.time, &row.time);
            prop_assert_eq!(&job.kind, &row.kind);
            prop_assert_eq!(&job.result, &row.result);
            prop_assert_eq!(job.code.clone(), row.code.map(|c| c.to_string()));
            prop_assert_eq!(&job.reply, &row.reply, "{}", text);
            prop_assert_eq!(
                job.completed,
                row.code.is_none()
                    && row.reply.is_none()
                    && row.result.eq_ignore_ascii_case("completed")
            );
        }
    }
}

// ---- CA files -----------------------------------------------------------------------------

proptest! {
    #![proptest_config(config())]

    #[test]
    fn any_ca_file_is_read_or_refused(
        text in prop_oneof![
            noise(),
            "[A-Za-z0-9+/=\n]{0,80}".prop_map(|b| {
                format!("-----BEGIN CERTIFICATE-----\n{b}\n-----END CERTIFICATE-----\n")
            }),
            "[A-Za-z0-9+/=\n]{0,80}".prop_map(|b| format!("-----BEGIN CERTIFICATE-----\n{b}")),
        ],
    ) {
        if let Ok(certs) = tls::ca_certificates(text.as_bytes()) {
            prop_assert!(!certs.is_empty());
        }
        let _ = SystemTrust::new(Some(text.as_bytes()));
    }
}

#[test]
fn a_ca_file_gives_its_certificates_and_nothing_else() {
    let key = rcgen::KeyPair::generate().unwrap();
    let cert = rcgen::CertificateParams::new(vec!["printer.example".to_string()])
        .unwrap()
        .self_signed(&key)
        .unwrap();
    let file = format!(
        "Exported by the admin\n{}{}\n{}",
        key.serialize_pem(),
        cert.pem(),
        cert.pem()
    );
    let certs = tls::ca_certificates(file.as_bytes()).unwrap();
    assert_eq!(certs, [cert.der().clone(), cert.der().clone()]);
    let trust = SystemTrust::new(Some(file.as_bytes())).unwrap();
    assert_eq!(trust.extra_roots(), &certs[..]);

    // Only a key: refused as before, with the same words.
    let only_key = key.serialize_pem();
    let e = tls::ca_certificates(only_key.as_bytes()).unwrap_err();
    assert_eq!(
        e.to_string(),
        "the CA file has no usable certificate: no CERTIFICATE block"
    );
    match SystemTrust::new(Some(only_key.as_bytes())) {
        Err(TrustError::CaFile(reason)) => assert_eq!(reason, "no CERTIFICATE block"),
        other => panic!("{:?}", other.map(|_| ())),
    }

    // A cut-off block is refused, not read as no certificate.
    let pem = cert.pem();
    let cut = &pem[..pem.len() / 2];
    let e = tls::ca_certificates(cut.as_bytes()).unwrap_err();
    assert!(!e.to_string().contains("no CERTIFICATE block"), "{e}");
    assert!(matches!(
        SystemTrust::new(Some(cut.as_bytes())),
        Err(TrustError::CaFile(_))
    ));
}

// ---- address parsing ----------------------------------------------------------------------

/// Something an administrator might type: addresses in every notation, host names with odd
/// labels, ports, schemes, and plain noise.
fn typed_address() -> impl Strategy<Value = String> {
    let label = prop_oneof![
        "[a-z0-9]{1,8}",
        "[a-z][a-z0-9\\-]{0,8}[a-z0-9]",
        "xn--[a-z0-9\\-]{1,8}",
        "0x[0-9a-fA-F]{1,8}",
        "0[0-7]{1,4}",
        "[0-9]{1,4}",
        "[A-Z]{1,4}",
    ];
    let name = proptest::collection::vec(label, 1..5).prop_map(|l| l.join("."));
    let v4 = any::<[u8; 4]>().prop_map(|o| format!("{}.{}.{}.{}", o[0], o[1], o[2], o[3]));
    let v6 = any::<[u16; 8]>().prop_map(|s| std::net::Ipv6Addr::from(s).to_string());
    let host = prop_oneof![
        3 => name,
        1 => v4,
        1 => v6.clone().prop_map(|v| format!("[{v}]")),
        1 => "[0-9a-fx.]{1,20}",
    ];
    let scheme = select(vec!["", "https://", "http://", "HTTPS://"]);
    let port = prop_oneof![
        Just(String::new()),
        (0u32..70000).prop_map(|p| format!(":{p}"))
    ];
    let slash = select(vec!["", "/", ".", "./"]);
    prop_oneof![
        4 => (scheme, host, port, slash).prop_map(|(s, h, p, t)| format!("{s}{h}{p}{t}")),
        1 => v6,
        1 => noise(),
    ]
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn what_the_address_parser_accepts_the_url_library_reads_alike(input in typed_address()) {
        let Ok(parsed) = address::parse_manual_address(&input) else {
            return Ok(());
        };
        let authority = parsed.authority();
        let url = url::Url::parse(&format!("https://{authority}/"))
            .map_err(|e| {
                TestCaseError::fail(format!(
                    "{input:?} was accepted as {authority}, which the URL library refuses: {e}"
                ))
            })?;
        let expected = match &parsed.host {
            Host::Ip(IpAddr::V4(v4)) => url::Host::Ipv4(*v4),
            Host::Ip(IpAddr::V6(v6)) => url::Host::Ipv6(*v6),
            Host::Name(name) => url::Host::Domain(name.clone()),
        };
        prop_assert_eq!(url.host().map(|h| h.to_owned()), Some(expected), "{:?}", input);
        prop_assert_eq!(
            url.port_or_known_default(),
            Some(parsed.port.unwrap_or(parsed.scheme.default_port())),
            "{:?}", input
        );
    }
}

#[test]
fn the_addresses_the_review_found_are_refused_or_read_alike() {
    // The two addresses the review found: each is refused, or read alike by both parsers.
    for input in ["0x7f.1", "w1.9", "0177.0.0.1", "1.0x2.3.4"] {
        if let Ok(parsed) = address::parse_manual_address(input) {
            let url = url::Url::parse(&format!("https://{}/", parsed.authority()));
            let host = url
                .as_ref()
                .ok()
                .and_then(|u| u.host_str().map(str::to_string));
            assert_eq!(
                host,
                Some(parsed.host.to_string()),
                "{input:?} is accepted as {parsed:?}, the URL library reads {url:?}"
            );
        }
    }
}
