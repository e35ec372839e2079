//! The help-desk report: the steps done, every error met (decoded, with Microsoft's trace and
//! correlation ids), the printer's model and firmware and what it holds. No secret is in it:
//! passwords and tokens never reach a diagnosis or the settings read back.

use crate::cloud::{Cloud, Service};
use crate::diagnose::{Diagnosis, Step};
use crate::i18n::Lang;
use crate::printer::settings::{Field, Values};
use serde::Serialize;
use std::path::{Path, PathBuf};

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
    pub steps_done: Vec<Step>,
    pub printer: Option<PrinterInfo>,
    /// The printer's email settings as read back (choice keys and texts).
    pub settings: Option<Values>,
    pub errors: Vec<Diagnosis>,
}

impl Report {
    /// A report made now.
    pub fn new(service: Service, cloud: Cloud, steps_done: Vec<Step>) -> Report {
        Report {
            tool: concat!("printer-oauth ", env!("CARGO_PKG_VERSION")).to_string(),
            generated_at: time::OffsetDateTime::now_utc(),
            service,
            cloud,
            steps_done,
            printer: None,
            settings: None,
            errors: Vec::new(),
        }
    }

    /// The report as Markdown, in the admin's language.
    pub fn markdown(&self, lang: Lang) -> String {
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
            for (field, value) in settings {
                md.push_str(&format!("- {}: {value}\n", Field::label(*field, lang)));
            }
        }
        md.push_str(&format!("\n## {}\n\n", t("report-errors")));
        if self.errors.is_empty() {
            md.push_str(&format!("{}\n", t("report-no-errors")));
        }
        for d in &self.errors {
            md.push_str(&format!(
                "### {} — {}\n\n{}\n\n{}\n\n",
                d.code, d.title, d.cause, d.fix
            ));
            for (label, value) in [
                ("label-detail", &d.detail),
                ("label-trace-id", &d.trace_id),
                ("label-correlation-id", &d.correlation_id),
            ] {
                if let Some(value) = value {
                    md.push_str(&format!("- {}: `{value}`\n", t(label)));
                }
            }
            md.push('\n');
        }
        md
    }

    /// Writes `report-<time>.md` and `.json` into `dir/reports`; returns the Markdown file.
    pub fn save(&self, dir: &Path, lang: Lang) -> std::io::Result<PathBuf> {
        let folder = dir.join("reports");
        std::fs::create_dir_all(&folder)?;
        let stamp = self
            .generated_at
            .format(time::macros::format_description!(
                "[year][month][day]T[hour][minute][second]Z"
            ))
            .unwrap_or_default();
        let md = folder.join(format!("report-{stamp}.md"));
        std::fs::write(&md, self.markdown(lang))?;
        std::fs::write(
            md.with_extension("json"),
            serde_json::to_string_pretty(self).map_err(std::io::Error::other)?,
        )?;
        Ok(md)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_report_names_steps_printer_and_decoded_errors() {
        let mut report = Report::new(Service::ExchangeOnline, Cloud::Global, vec![Step::Welcome]);
        report.printer = Some(PrinterInfo {
            address: "10.0.0.5:443".into(),
            model: "EPSON WF-C5890 Series".into(),
            firmware: Some("24.35".into()),
        });
        let mut d = crate::diagnose::explain("AADSTS53003", Lang::Hr);
        d.correlation_id = Some("c0ffee".into());
        report.errors.push(d);
        let dir = tempfile::tempdir().unwrap();
        let path = report.save(dir.path(), Lang::Hr).unwrap();
        let md = std::fs::read_to_string(&path).unwrap();
        assert!(md.contains("EPSON WF-C5890 Series") && md.contains("AADSTS53003"));
        assert!(md.contains("`c0ffee`"));
        assert!(md.contains(&Step::Welcome.name(Lang::Hr)));
        let json = std::fs::read_to_string(path.with_extension("json")).unwrap();
        assert!(json.contains("\"errors\""));
    }
}
