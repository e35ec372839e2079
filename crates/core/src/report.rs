//! The help-desk report: the steps done, the errors still unresolved, those resolved since and
//! the codes looked up in the decoder (each decoded, with Microsoft's trace and correlation
//! ids), the printer's model and firmware and what it holds. No secret is in it: passwords and
//! tokens never reach a diagnosis, and the password field is never written.

use crate::cloud::{Cloud, Service};
use crate::i18n::Lang;
use crate::printer::settings::{Field, Values};
use crate::{diagnose::Diagnosis, wizard::Page};
use serde::Serialize;
use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// How many names `save` tries when the first ones are taken.
const MAX_NAMES: u32 = 100;

/// The printer the report is about.
#[derive(Debug, Clone, Serialize)]
pub struct PrinterInfo {
    pub address: String,
    pub model: String,
    pub firmware: Option<String>,
}

/// A report for the help desk.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub tool: String,
    #[serde(with = "time::serde::rfc3339")]
    pub generated_at: time::OffsetDateTime,
    pub service: Service,
    pub cloud: Cloud,
    pub steps_done: Vec<Page>,
    pub printer: Option<PrinterInfo>,
    /// The printer's email settings as read back (choice keys and texts), the password never.
    #[serde(serialize_with = "without_password")]
    pub settings: Option<Values>,
    /// Errors not resolved: from the Exchange Online, printer, sign-in and apply pages.
    pub errors: Vec<Diagnosis>,
    /// Errors older than the printer's last successful email job: resolved since.
    pub resolved: Vec<Diagnosis>,
    /// Codes the admin looked up in the Finish page's decoder (not necessarily met).
    pub lookups: Vec<Diagnosis>,
}

impl Report {
    /// A report made now.
    pub fn new(service: Service, cloud: Cloud, steps_done: Vec<Page>) -> Report {
        Report {
            tool: concat!("printer-oauth ", env!("CARGO_PKG_VERSION")).to_string(),
            generated_at: time::OffsetDateTime::now_utc(),
            service,
            cloud,
            steps_done,
            printer: None,
            settings: None,
            errors: Vec::new(),
            resolved: Vec::new(),
            lookups: Vec::new(),
        }
    }

    /// The report as Markdown, in the admin's language, without anything a printer or a pasted
    /// line could use to drive the terminal the file is read in ([`crate::text::terminal_safe`]).
    pub fn markdown(&self, lang: Lang) -> String {
        crate::text::terminal_safe(&self.markdown_as_given(lang))
    }

    fn markdown_as_given(&self, lang: Lang) -> String {
        let t = |id: &str| lang.text(id);
        let mut md = format!(
            "# {}\n\n{} {}\n\n## {}\n\n",
            t("report-title"),
            self.tool,
            self.generated_at
                .format(&time::format_description::well_known::Rfc3339)
                .unwrap_or_default(),
            t("report-steps")
        );
        for step in &self.steps_done {
            md.push_str(&format!("- {}\n", step.name(lang)));
        }
        if let Some(p) = &self.printer {
            md.push_str(&format!(
                "\n## {}\n\n- {}\n- {}\n- {}\n",
                t("report-printer"),
                p.model,
                p.firmware.clone().unwrap_or_default(),
                p.address
            ));
        }
        if let Some(settings) = &self.settings {
            md.push_str(&format!("\n## {}\n\n", t("ui-apply-block")));
            // The password field is never written, whatever the printer sent back.
            for (field, value) in settings.iter().filter(|(f, _)| **f != Field::Password) {
                md.push_str(&format!(
                    "- {}: {}\n",
                    field.label(lang),
                    field.display_value(value, lang)
                ));
            }
        }
        md.push_str(&format!("\n## {}\n\n", t("report-errors")));
        if self.errors.is_empty() {
            md.push_str(&format!("{}\n\n", t("report-no-errors")));
        }
        push_diagnoses(&mut md, &self.errors, lang);
        for (diagnoses, heading, intro) in [
            (&self.resolved, "report-resolved", "report-resolved-intro"),
            (&self.lookups, "report-lookups", "report-lookups-intro"),
        ] {
            if !diagnoses.is_empty() {
                md.push_str(&format!("## {}\n\n{}\n\n", t(heading), t(intro)));
                push_diagnoses(&mut md, diagnoses, lang);
            }
        }
        md
    }

    /// Writes `printer-oauth-report-<time>.md` and `.json` into `folder` (made if missing),
    /// each a new file that only its owner can read. A name already taken, by a file or a
    /// symbolic link, is never written through: the next free name is used. Returns the
    /// Markdown file.
    pub fn save(&self, folder: &Path, lang: Lang) -> io::Result<PathBuf> {
        crate::paths::create_private_dir_all(folder)?;
        let stem = self.file_stem();
        let markdown = self.markdown(lang);
        let json = serde_json::to_string_pretty(self).map_err(io::Error::other)?;
        let json = crate::text::json_safe(&json);
        for n in 1..=MAX_NAMES {
            let suffix = if n == 1 {
                String::new()
            } else {
                format!("-{n}")
            };
            let md_path = folder.join(format!("{stem}{suffix}.md"));
            let Some(mut md_file) = create_new(&md_path)? else {
                continue;
            };
            let json_path = md_path.with_extension("json");
            let Some(mut json_file) = create_new(&json_path)? else {
                // The pair goes under one name: give this one up, still empty.
                drop(md_file);
                std::fs::remove_file(&md_path)?;
                continue;
            };
            md_file.write_all(markdown.as_bytes())?;
            json_file.write_all(json.as_bytes())?;
            return Ok(md_path);
        }
        Err(io::Error::new(
            io::ErrorKind::AlreadyExists,
            format!("{}: {MAX_NAMES} report names are taken", folder.display()),
        ))
    }

    /// The first name tried for the report's files: the product and the time, in UTC.
    fn file_stem(&self) -> String {
        let stamp = self
            .generated_at
            .format(time::macros::format_description!(
                "[year][month][day]T[hour][minute][second]Z"
            ))
            .unwrap_or_default();
        format!("printer-oauth-report-{stamp}")
    }
}

/// The settings for JSON, the password field left out whatever the printer sent back.
fn without_password<S: serde::Serializer>(
    settings: &Option<Values>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    settings
        .as_ref()
        .map(|values| {
            values
                .iter()
                .filter(|(field, _)| **field != Field::Password)
                .collect::<std::collections::BTreeMap<_, _>>()
        })
        .serialize(serializer)
}

/// Each diagnosis as a subsection: code and title, cause, fix, the wizard page that fixes it,
/// and the facts behind it.
fn push_diagnoses(md: &mut String, diagnoses: &[Diagnosis], lang: Lang) {
    for d in diagnoses {
        md.push_str(&format!(
            "### {}\n\n{}\n\n{}\n\n- {}\n",
            d.heading(),
            d.cause,
            d.fix,
            lang.text_with("fix-page", &[("page", d.step.name(lang))])
        ));
        for (label, value) in [
            ("label-detail", &d.detail),
            ("label-trace-id", &d.trace_id),
            ("label-correlation-id", &d.correlation_id),
        ] {
            if let Some(value) = value {
                md.push_str(&format!("- {}: `{value}`\n", lang.text(label)));
            }
        }
        md.push('\n');
    }
}

/// A new file, readable and writable by its owner only (0600 on Unix; on Windows the file
/// inherits the private ACL of the user's profile folder it is made in, so nothing is set);
/// `None` when the name is taken (a symbolic link counts, even a dangling one: it is never
/// followed).
pub(crate) fn create_new(path: &Path) -> io::Result<Option<File>> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    match options.open(path) {
        Ok(file) => Ok(Some(file)),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Ok(None),
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnose::explain;

    const PASSWORD: &str = "Epson-Admin-5ecret";

    /// A report with one error of each kind and the settings a printer read back.
    fn report(lang: Lang) -> Report {
        let mut report = Report::new(Service::ExchangeOnline, Cloud::Global, vec![Page::Welcome]);
        report.printer = Some(PrinterInfo {
            address: "10.0.0.5:443".into(),
            model: "EPSON WF-C5890 Series".into(),
            firmware: Some("24.35".into()),
        });
        report.settings = Some(Values::from([
            (Field::AuthMethod, "oauth2".to_string()),
            (Field::Secure, "starttls".to_string()),
            (Field::CertValidation, "enable".to_string()),
            (Field::SmtpServer, "smtp.office365.com".to_string()),
            (Field::Password, PASSWORD.to_string()),
        ]));
        let mut unresolved = explain("AADSTS53003", lang);
        unresolved.correlation_id = Some("c0ffee".into());
        report.errors.push(unresolved);
        report.resolved.push(explain("361", lang));
        report.lookups.push(explain("5.7.139", lang));
        report
    }

    /// The text of the Markdown section under `## heading`, up to the next `## `.
    fn section<'a>(md: &'a str, heading: &str) -> &'a str {
        let start = md
            .find(&format!("\n## {heading}\n"))
            .unwrap_or_else(|| panic!("no section {heading} in\n{md}"));
        let body = &md[start + heading.len() + 5..];
        &body[..body.find("\n## ").unwrap_or(body.len())]
    }

    #[test]
    fn unresolved_resolved_and_looked_up_codes_each_have_their_section() {
        for lang in Lang::ALL {
            let md = report(lang).markdown(lang);
            let errors = section(&md, &lang.text("report-errors"));
            let resolved = section(&md, &lang.text("report-resolved"));
            let lookups = section(&md, &lang.text("report-lookups"));
            assert!(errors.contains("AADSTS53003") && errors.contains("`c0ffee`"));
            assert!(!errors.contains("### 361") && !errors.contains("5.7.139"));
            assert!(resolved.contains("### 361 — ") && !resolved.contains("AADSTS53003"));
            assert!(resolved.contains(&lang.text("report-resolved-intro")));
            assert!(lookups.contains("5.7.139") && !lookups.contains("### 361"));
            // Each error names the wizard page that fixes it.
            let page = lang.text_with("fix-page", &[("page", Page::SignIn.name(lang))]);
            assert!(resolved.contains(&format!("- {page}")), "{resolved}");
            assert!(md.contains("EPSON WF-C5890 Series"));
            assert!(md.contains(&Page::Welcome.name(lang)));
        }
        assert_ne!(
            Lang::En.text("report-resolved"),
            Lang::Hr.text("report-resolved")
        );
    }

    #[test]
    fn what_a_printer_or_a_pasted_line_carried_never_drives_the_terminal_it_is_read_in() {
        let mut report = report(Lang::En);
        if let Some(printer) = report.printer.as_mut() {
            printer.model = "EPSON\u{1b}]0;pwned\u{7}\u{1b}[2J WF".into();
        }
        report
            .lookups
            .push(explain("AADSTS53003 \u{9b}2J\u{1b}[10A pasted", Lang::En));
        let md = report.markdown(Lang::En);
        assert!(md.contains("EPSON WF"), "{md}");
        assert!(
            !md.chars()
                .any(|c| c == '\u{1b}' || c == '\u{7}' || c == '\u{9b}'),
            "{md:?}"
        );
    }

    #[test]
    fn no_error_at_all_says_so_and_empty_sections_are_left_out() {
        let report = Report::new(Service::ExchangeOnline, Cloud::Global, vec![]);
        let md = report.markdown(Lang::En);
        assert!(section(&md, "Errors").contains(&Lang::En.text("report-no-errors")));
        assert!(!md.contains(&Lang::En.text("report-resolved")));
        assert!(!md.contains(&Lang::En.text("report-lookups")));
        // Resolved errors only: none is left under Errors.
        let mut only_resolved = report;
        only_resolved.resolved.push(explain("361", Lang::En));
        let md = only_resolved.markdown(Lang::En);
        assert!(section(&md, "Errors").contains(&Lang::En.text("report-no-errors")));
    }

    #[test]
    fn settings_show_as_web_config_labels() {
        for lang in Lang::ALL {
            let md = report(lang).markdown(lang);
            let settings = section(&md, &lang.text("ui-apply-block"));
            for (field, shown) in [
                (Field::Secure, "STARTTLS"),
                (Field::AuthMethod, "OAuth2"),
                (Field::CertValidation, "Enable"),
                (Field::SmtpServer, "smtp.office365.com"),
            ] {
                let line = format!("- {}: {shown}\n", field.label(lang));
                assert!(settings.contains(&line), "{line} in {settings}");
            }
            assert!(!settings.contains("starttls") && !settings.contains("oauth2"));
        }
    }

    #[test]
    fn no_password_reaches_the_markdown_or_the_json() {
        let dir = tempfile::tempdir().unwrap();
        let md_path = report(Lang::En).save(dir.path(), Lang::En).unwrap();
        let md = std::fs::read_to_string(&md_path).unwrap();
        let json = std::fs::read_to_string(md_path.with_extension("json")).unwrap();
        assert!(md.contains("smtp.office365.com") && json.contains("smtp.office365.com"));
        assert!(!md.contains(PASSWORD), "{md}");
        assert!(!json.contains(PASSWORD), "{json}");
        assert!(!md.contains(&Field::Password.label(Lang::En)));
    }

    #[test]
    fn the_json_has_the_three_lists_apart() {
        let dir = tempfile::tempdir().unwrap();
        let md_path = report(Lang::Hr).save(dir.path(), Lang::Hr).unwrap();
        let json: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(md_path.with_extension("json")).unwrap())
                .unwrap();
        let codes = |key: &str| -> Vec<String> {
            json[key]
                .as_array()
                .unwrap_or_else(|| panic!("{key} in {json}"))
                .iter()
                .map(|d| d["code"].as_str().unwrap().to_string())
                .collect()
        };
        assert_eq!(codes("errors"), ["AADSTS53003"]);
        assert_eq!(codes("resolved"), ["361"]);
        assert_eq!(codes("lookups").len(), 1);
        assert_ne!(codes("lookups"), codes("resolved"));
    }

    #[test]
    fn each_export_is_a_new_private_file() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("Documents");
        let report = report(Lang::En);
        let first = report.save(&folder, Lang::En).unwrap();
        assert_eq!(first.parent(), Some(folder.as_path()));
        let first_text = std::fs::read_to_string(&first).unwrap();
        // The same report again (same second): a second pair of files, the first untouched.
        let mut again = report.clone();
        again.lookups.clear();
        let second = again.save(&folder, Lang::En).unwrap();
        assert_ne!(first, second);
        assert_eq!(std::fs::read_to_string(&first).unwrap(), first_text);
        assert!(second.with_extension("json").exists());
        #[cfg(unix)]
        for file in [&first, &first.with_extension("json"), &second] {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(file).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600, "{}", file.display());
        }
    }

    #[cfg(unix)]
    #[test]
    fn a_symbolic_link_in_the_way_is_never_written_through() {
        let dir = tempfile::tempdir().unwrap();
        let report = report(Lang::En);
        let target = dir.path().join("elsewhere.txt");
        std::fs::write(&target, "keep me").unwrap();
        // Where the first report would go (its Markdown, then its JSON) is a link to `target`.
        let stem = report.file_stem();
        let folder = dir.path().join("reports");
        std::fs::create_dir(&folder).unwrap();
        let md_link = folder.join(format!("{stem}.md"));
        std::os::unix::fs::symlink(&target, &md_link).unwrap();
        std::os::unix::fs::symlink(&target, folder.join(format!("{stem}-2.json"))).unwrap();
        let saved = report.save(&folder, Lang::En).unwrap();
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "keep me");
        assert_eq!(
            saved.file_name().unwrap().to_string_lossy(),
            format!("{stem}-3.md")
        );
        assert!(!folder.join(format!("{stem}-2.md")).exists());
    }
}
