//! The job history's email errors, decoded and split into those that still hold and those a
//! later successful job of the same kind has resolved.

use super::adapter::Job;
use crate::diagnose::Diagnosis;
use crate::i18n::Lang;

/// A failed job and what its error code or SMTP reply means.
#[derive(Debug, Clone)]
pub struct FailedJob {
    pub job: Job,
    pub diagnosis: Diagnosis,
}

/// The failed jobs of a job history.
#[derive(Debug, Clone, Default)]
pub struct Review {
    /// Errors no later job of the same kind went out after: they still hold.
    pub current: Vec<FailedJob>,
    /// Errors older than the last job of the same kind that went out.
    pub resolved: Vec<FailedJob>,
}

/// Decodes every job with an error code or SMTP reply. A job that went out resolves the
/// older errors of its kind (a fax to email, sent with the fax server's settings, says
/// nothing about a scan's). Jobs are ordered by their number when every id is one (the
/// printer numbers jobs as they come), else as the history lists them, oldest first.
pub fn review(jobs: &[Job], lang: Lang) -> Review {
    let mut ordered: Vec<&Job> = jobs.iter().collect();
    let numbers: Option<Vec<u64>> = jobs.iter().map(|j| j.id.trim().parse().ok()).collect();
    if let Some(numbers) = numbers {
        let mut keyed: Vec<(u64, &Job)> = numbers.into_iter().zip(jobs).collect();
        keyed.sort_by_key(|(n, _)| *n);
        ordered = keyed.into_iter().map(|(_, j)| j).collect();
    }
    let mut review = Review::default();
    for (i, job) in ordered.iter().enumerate() {
        let Some(diagnosis) = job.diagnosis(lang) else {
            continue;
        };
        let failed = FailedJob {
            job: (*job).clone(),
            diagnosis,
        };
        let resolved = ordered[i + 1..]
            .iter()
            .any(|later| later.completed && later.kind == job.kind);
        if resolved {
            review.resolved.push(failed);
        } else {
            review.current.push(failed);
        }
    }
    review
}

#[cfg(test)]
mod tests {
    use super::*;

    fn job(id: &str, kind: &str, code: Option<&str>, reply: Option<&str>) -> Job {
        let failed = code.is_some() || reply.is_some();
        Job {
            id: id.into(),
            time: format!("2026-03-14 09:{id}"),
            kind: kind.into(),
            result: if failed { "Error" } else { "Completed" }.into(),
            code: code.map(str::to_string),
            reply: reply.map(str::to_string),
            completed: !failed,
        }
    }

    const SEND_AS: &str =
        "550 5.7.60 SMTP; Client does not have permissions to send as this sender";

    #[test]
    fn a_refused_job_decodes_its_reply_and_a_coded_job_its_code() {
        let jobs = [
            job("1021", "Scan to Email", None, None),
            job("1022", "Scan to Email", None, Some(SEND_AS)),
            job("1023", "Scan to Email", Some("361"), None),
        ];
        let r = review(&jobs, Lang::En);
        let codes: Vec<_> = r
            .current
            .iter()
            .map(|f| f.diagnosis.code.as_str())
            .collect();
        assert_eq!(codes, ["550 5.7.60", "361"]);
        assert_eq!(r.current[0].diagnosis.id, "smtp-send-as-denied");
        assert_eq!(r.current[0].diagnosis.detail.as_deref(), Some(SEND_AS));
        assert!(r.resolved.is_empty());
    }

    #[test]
    fn a_later_success_of_the_same_kind_resolves_older_errors() {
        // Listed newest first: the job numbers give the order.
        let jobs = [
            job("1026", "Scan to Email", Some("370"), None),
            job("1025", "Fax to Email", None, None),
            job("1024", "Scan to Email", None, None),
            job("1023", "Fax to Email", Some("360"), None),
            job("1022", "Scan to Email", None, Some(SEND_AS)),
            job("1021", "Scan to Email", Some("361"), None),
        ];
        let r = review(&jobs, Lang::Hr);
        let ids = |list: &[FailedJob]| list.iter().map(|f| f.job.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&r.current), ["1026"]);
        assert_eq!(ids(&r.resolved), ["1021", "1022", "1023"]);
    }

    #[test]
    fn without_job_numbers_the_listed_order_counts() {
        let jobs = [
            job("a", "Scan to Email", Some("370"), None),
            job("b", "Scan to Email", None, None),
            job("c", "Scan to Email", Some("361"), None),
        ];
        let r = review(&jobs, Lang::En);
        assert_eq!(r.resolved[0].job.id, "a");
        assert_eq!(r.current[0].job.id, "c");
    }

    #[test]
    fn an_error_row_without_code_or_reply_resolves_nothing() {
        let mut silent = job("1022", "Scan to Email", None, None);
        silent.result = "Error".into();
        silent.completed = false;
        let jobs = [job("1021", "Scan to Email", Some("370"), None), silent];
        let r = review(&jobs, Lang::En);
        assert_eq!(r.current.len(), 1);
        assert!(r.resolved.is_empty());
    }
}
