//! Issue 12 §4: real error lines, pasted by people into public trackers and forums or quoted
//! word for word by Microsoft and the printer vendors, each decode to the diagnosis an expert
//! gives, in English and in Croatian. The corpus is `tests/fixtures/real-errors.tsv`.

use printer_oauth_core::diagnose::{CATALOG, explain};
use printer_oauth_core::i18n::Lang;
use std::collections::BTreeSet;

/// One line of the corpus.
struct Case {
    source: String,
    line: String,
    expected: String,
}

fn corpus() -> Vec<Case> {
    let text = include_str!("fixtures/real-errors.tsv");
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(n, l)| {
            let columns: Vec<&str> = l.split('\t').collect();
            assert_eq!(columns.len(), 3, "line {}: three columns, not {l:?}", n + 1);
            Case {
                source: columns[0].to_string(),
                line: columns[1].to_string(),
                expected: columns[2].to_string(),
            }
        })
        .collect()
}

#[test]
fn every_real_line_decodes_to_its_diagnosis_in_both_languages() {
    let cases = corpus();
    let mut misses = Vec::new();
    for case in &cases {
        for lang in [Lang::En, Lang::Hr] {
            let d = explain(&case.line, lang);
            if d.id != case.expected {
                misses.push(format!(
                    "{lang:?}: got {} for {:?} (expected {}, from {})",
                    d.id, case.line, case.expected, case.source
                ));
            } else if let Some(code) = d.shown_code()
                && !shows_a_code_of_the_line(code, &case.line)
            {
                misses.push(format!(
                    "{lang:?}: shows code {} for {:?}, which is not in it",
                    d.code, case.line
                ));
            }
        }
    }
    let correct = cases.len() * 2 - misses.len();
    println!(
        "{correct} of {} decodings correct ({} lines, both languages)",
        cases.len() * 2,
        cases.len()
    );
    assert!(
        misses.is_empty(),
        "{} misses:\n{}",
        misses.len(),
        misses.join("\n")
    );
}

/// Whether the code shown is one written in the line (its number, enhanced status code or OAuth
/// name), or the line has no code at all and the code shown is the one its text is known by.
fn shows_a_code_of_the_line(code: &str, line: &str) -> bool {
    let line = line.to_lowercase();
    let core = code
        .rsplit(' ')
        .next()
        .unwrap_or(code)
        .trim_start_matches("AADSTS")
        .to_lowercase();
    let any_code = regex::Regex::new(r"aadsts\s*\d|\b[245]\.\d{1,3}\.\d{1,3}\b|error.?codes?\W+\d")
        .expect("a valid pattern");
    line.contains(&core) || !any_code.is_match(&line)
}

#[test]
fn the_corpus_is_large_varied_and_sourced() {
    let cases = corpus();
    assert!(cases.len() >= 120, "only {} lines", cases.len());
    let sources: BTreeSet<&str> = cases.iter().map(|c| c.source.as_str()).collect();
    assert!(sources.len() >= 30, "only {} sources", sources.len());
    for case in &cases {
        assert!(
            case.source.starts_with("https://") || case.source.starts_with("http://"),
            "not a public address: {}",
            case.source
        );
        assert!(
            CATALOG.iter().any(|e| e.id == case.expected),
            "{} is not a catalog entry",
            case.expected
        );
        assert_ne!(case.expected, "input-unknown-code", "{}", case.line);
    }
    // Every family of the issue is there: Entra sign-in, Exchange Online SMTP, other services
    // and printers.
    for prefix in ["aadsts-", "oauth-", "smtp-", "out-of-scope", "printer-"] {
        assert!(
            cases.iter().any(|c| c.expected.starts_with(prefix)),
            "no line for {prefix}"
        );
    }
}
