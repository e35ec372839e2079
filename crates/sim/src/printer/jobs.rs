//! The job history: every scan or fax sent by email adds a row; Web Config offers it as a CSV
//! file (`INFO_JOBHISTORY/OUTPUT.CSV`, login required).

use super::Printer;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

/// The CSV's columns, in order.
const HEADER: [&str; 6] = [
    "Job ID",
    "Date and Time",
    "Job Type",
    "Result",
    "Error Code",
    "Destination",
];

/// A row a fake printer served with [`crate::Fault::PrinterHostileTexts`]: a title
/// change, a screen clear and cursor moves in its time, type and result.
const HOSTILE_ROW: &str = "\"1099\",\"2026-03-14 09:41:07\u{1b}]0;pwned\u{7}\",\"Scan to Email\u{1b}[2J\u{1b}[H\",\"Completed\u{1b}[10A\u{9b}2J\",\"\",\"ana@contoso.com\"\r\n";

/// One row of the job history.
#[derive(Debug, Clone, Serialize)]
pub struct Job {
    pub job_id: u32,
    /// `2026-03-14 09:41:07` (UTC).
    pub date_time: String,
    /// "Scan to Email" or "Fax to Email".
    pub job_type: &'static str,
    /// "Completed" or "Error".
    pub result: &'static str,
    /// 360, 361, 370, or none. An SMTP refusal has none: its reply is in `destination`.
    pub error_code: Option<u16>,
    /// The recipient; after an SMTP refusal followed by ` (SMTP <reply>)`.
    pub destination: String,
    /// What happened, in words (not in the CSV).
    pub detail: String,
}

/// The rows, oldest first.
pub struct History {
    pub jobs: Vec<Job>,
    next_id: u32,
}

/// A time as the job history writes it.
pub fn date_time(at: time::OffsetDateTime) -> String {
    at.format(time::macros::format_description!(
        "[year]-[month]-[day] [hour]:[minute]:[second]"
    ))
    .unwrap_or_default()
}

impl History {
    /// Two old completed scans, so the file is never empty.
    pub fn seeded() -> History {
        let now = time::OffsetDateTime::now_utc();
        let old = |id: u32, days: i64, to: &str| Job {
            job_id: id,
            date_time: date_time(now - time::Duration::days(days)),
            job_type: "Scan to Email",
            result: "Completed",
            error_code: None,
            destination: to.to_string(),
            detail: "sent with SMTP AUTH (basic authentication)".into(),
        };
        History {
            jobs: vec![
                old(1021, 9, "accounting@contoso.com"),
                old(1022, 8, "ana@contoso.com"),
            ],
            next_id: 1023,
        }
    }

    /// Adds a row; returns it.
    pub fn add(
        &mut self,
        job_type: &'static str,
        outcome: Result<(), (Option<u16>, String)>,
        destination: String,
    ) -> Job {
        let (result, error_code, detail) = match outcome {
            Ok(()) => ("Completed", None, String::new()),
            Err((code, detail)) => ("Error", code, detail),
        };
        let job = Job {
            job_id: self.next_id,
            date_time: date_time(time::OffsetDateTime::now_utc()),
            job_type,
            result,
            error_code,
            destination,
            detail,
        };
        self.next_id += 1;
        self.jobs.push(job.clone());
        job
    }

    /// The CSV file, every field quoted.
    pub fn csv(&self) -> String {
        let mut out = csv::WriterBuilder::new()
            .quote_style(csv::QuoteStyle::Always)
            .terminator(csv::Terminator::CRLF)
            .from_writer(Vec::new());
        let _ = out.write_record(HEADER);
        for job in &self.jobs {
            let code = job.error_code.map(|c| c.to_string()).unwrap_or_default();
            let _ = out.write_record([
                job.job_id.to_string().as_str(),
                &job.date_time,
                job.job_type,
                job.result,
                &code,
                &job.destination,
            ]);
        }
        String::from_utf8(out.into_inner().unwrap_or_default()).unwrap_or_default()
    }
}

impl Printer {
    /// `GET /PRESENTATION/ADVANCED/INFO_JOBHISTORY/OUTPUT.CSV`.
    pub fn job_history(&self, headers: &HeaderMap) -> Response {
        if self.enter(headers).is_none() {
            return self.login_page();
        }
        let mut csv = self.state().jobs.csv();
        if self.shared.knobs().has(crate::Fault::PrinterHostileTexts) {
            csv.push_str(HOSTILE_ROW);
        }
        (
            StatusCode::OK,
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
                (
                    header::CONTENT_DISPOSITION,
                    "attachment; filename=\"OUTPUT.CSV\"",
                ),
            ],
            csv,
        )
            .into_response()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_csv_starts_with_the_header_and_quotes_everything() {
        let mut history = History::seeded();
        history.add(
            "Scan to Email",
            Err((Some(370), "not signed in".into())),
            "x@contoso.com".into(),
        );
        let csv = history.csv();
        let mut lines = csv.lines();
        assert_eq!(
            lines.next(),
            Some(
                "\"Job ID\",\"Date and Time\",\"Job Type\",\"Result\",\"Error Code\",\"Destination\""
            )
        );
        assert!(
            lines
                .nth(2)
                .unwrap()
                .contains("\"Error\",\"370\",\"x@contoso.com\"")
        );
    }
}
