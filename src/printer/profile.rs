//! Printer profiles: the pages, field names and values, sign-in endpoints and page texts of
//! a printer's web configuration, as data (TOML, `assets/printers/`, `--profile FILE`).
//! The format is documented in `docs/printer-profiles.md`.

use super::settings::Field;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

/// The shipped Epson Web Config profile.
const EPSON: &str = include_str!("../../assets/printers/epson-webconfig.toml");

/// A printer profile.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    pub profile: About,
    pub login: Vec<Login>,
    pub markers: Markers,
    pub probe: Probe,
    pub status_sheet: StatusSheet,
    pub jobs: Jobs,
    pub email: FormSpec,
    /// The fax server's email settings, on models that have them.
    pub fax: Option<FormSpec>,
    /// The printer's own test of its email settings, on models that have one.
    pub connection_test: Option<ConnectionTest>,
}

/// What the profile is for, and the web configuration's conventions.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct About {
    pub name: String,
    pub vendor: String,
    /// Where the profile's facts come from ("modelled on documentation", "capture of ...").
    pub source: String,
    /// Cookies sent with every request (`NAME=VALUE`).
    #[serde(default)]
    pub cookies: Vec<String>,
    /// The cookie that carries the admin session.
    pub session_cookie: String,
    /// The folder of the configuration pages.
    pub pages: String,
    /// The hidden anti-forgery field every form carries.
    pub token_field: String,
}

/// One way to log in; variants are tried in order while the device has no such page.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Login {
    pub variant: String,
    pub path: String,
    pub user_field: Option<String>,
    pub password_field: String,
    pub default_user: Option<String>,
    #[serde(default)]
    pub fields: BTreeMap<String, String>,
    /// Refused logins after which the printer locks its administrator login, when known.
    pub lockout_attempts: Option<u32>,
    /// How long that lockout lasts, in minutes, when known.
    pub lockout_minutes: Option<u32>,
}

/// Texts that identify an answer page, in every language the firmware may use.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Markers {
    pub success: Vec<String>,
    pub bad_password: Vec<String>,
    pub locked_out: Vec<String>,
    pub restarting: Vec<String>,
    pub login_required: Vec<String>,
    pub stale_form: Vec<String>,
    pub rejected: Vec<String>,
}

/// The public product and network information pages.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Probe {
    pub path: String,
    pub vendor_marker: String,
    pub model_label: String,
    pub firmware_label: String,
    pub serial_label: String,
    pub network_path: String,
    pub standard_label: String,
    pub additional_label: String,
}

/// The network status sheet.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusSheet {
    pub path: String,
    pub email_status_label: String,
    pub fax_status_label: String,
}

/// The job history CSV and its column headers.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Jobs {
    pub path: String,
    pub id_column: String,
    pub time_column: String,
    pub kind_column: String,
    pub result_column: String,
    pub code_column: String,
    /// The column where the printer writes the SMTP server's reply to a refused job
    /// (`550 5.7.60 ...`, anywhere in the cell); none when the printer records no reply.
    pub reply_column: Option<String>,
    /// Result texts of a job that went out. When empty, a job with no error code and no
    /// reply went out.
    #[serde(default)]
    pub completed: Vec<String>,
}

/// The printer's own connection test of its email settings (Epson: Network Settings >
/// Email Server > Connection Test): a form page whose POST runs the test and answers one
/// message.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConnectionTest {
    /// The page name: the form is read from `{pages}/{page}/TOP` and posted to
    /// `{pages}/{page}/SET`.
    pub page: String,
    /// The field, posted with the form's own fields, that starts the test, and its value.
    pub trigger_field: String,
    pub trigger_value: String,
    /// Texts of a good connection, in every language the firmware may answer in.
    pub success: Vec<String>,
    /// The failure messages, each with the diagnosis catalog code it means.
    pub results: Vec<TestResult>,
}

/// Failure messages of the connection test that mean one diagnosis.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TestResult {
    /// A catalog code (`printer-test-auth`...) that names exactly one diagnosis.
    pub code: String,
    /// The message's texts (its start is enough), in every language the firmware may use.
    pub texts: Vec<String>,
}

/// An email settings form (Email Server > Basic, or the fax server's).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormSpec {
    /// The page name: read from `{pages}/{page}/TOP`, written to `{pages}/{page}/SET`.
    pub page: String,
    pub fields: BTreeMap<Field, FieldSpec>,
    pub oauth: OAuthSpec,
}

/// One form field: the printer's name for it and, for choices, its values.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldSpec {
    pub name: String,
    /// Choice key (`oauth2`, `starttls`...) to the printer's value.
    #[serde(default)]
    pub values: BTreeMap<String, String>,
    /// A write-only field (a password) that is never read, copied or captured.
    #[serde(default)]
    pub secret: bool,
}

/// The printer's own Microsoft sign-in: its endpoints and the keys of its JSON answers.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OAuthSpec {
    pub start: String,
    pub status: String,
    pub sign_out: String,
    pub user_code_key: String,
    pub verification_uri_key: String,
    pub expires_in_key: String,
    pub interval_key: String,
    pub status_key: String,
    pub account_key: String,
    pub error_key: String,
    pub signed_in: String,
    pub waiting: String,
    pub failed: String,
    pub signed_out: String,
}

/// A profile that cannot be used: where and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}{}: {field}: {problem}", line.map(|l| format!(":{l}")).unwrap_or_default())]
pub struct ProfileError {
    pub file: String,
    pub line: Option<usize>,
    pub field: String,
    pub problem: String,
}

impl Profile {
    /// The shipped Epson Web Config profile.
    pub fn builtin() -> Profile {
        Profile::parse(EPSON, "assets/printers/epson-webconfig.toml")
            .expect("the shipped profile is valid (tested)")
    }

    /// Reads a profile file.
    pub fn load(path: &Path) -> Result<Profile, ProfileError> {
        let file = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| ProfileError {
            file: file.clone(),
            line: None,
            field: String::new(),
            problem: e.to_string(),
        })?;
        Profile::parse(&text, &file)
    }

    /// Parses and checks a profile; `file` names it in errors.
    pub fn parse(text: &str, file: &str) -> Result<Profile, ProfileError> {
        let profile: Profile = toml::from_str(text).map_err(|e| ProfileError {
            file: file.to_string(),
            line: e.span().map(|s| line_at(text, s.start)),
            field: e.span().map(|s| key_at(text, s.start)).unwrap_or_default(),
            problem: e.message().trim().to_string(),
        })?;
        profile
            .check()
            .map_err(|(section, key, problem)| ProfileError {
                file: file.to_string(),
                line: line_of(text, &section, &key),
                field: if key.is_empty() {
                    section
                } else {
                    format!("{section}.{key}")
                },
                problem,
            })?;
        Ok(profile)
    }

    /// The URL path of a form page (`TOP` to read, `SET` to write).
    pub fn page_path(&self, page: &str, action: &str) -> String {
        format!(
            "{}/{page}/{action}",
            self.profile.pages.trim_end_matches('/')
        )
    }

    /// Rules TOML cannot express: every field mapped, choices complete, paths absolute.
    fn check(&self) -> Result<(), (String, String, String)> {
        let fail = |section: &str, key: &str, problem: String| {
            Err((section.to_string(), key.to_string(), problem))
        };
        if self.login.is_empty() {
            return fail("login", "", "at least one [[login]] is needed".into());
        }
        let mut paths = vec![
            ("profile", "pages", &self.profile.pages),
            ("probe", "path", &self.probe.path),
            ("probe", "network_path", &self.probe.network_path),
            ("status_sheet", "path", &self.status_sheet.path),
            ("jobs", "path", &self.jobs.path),
        ];
        paths.extend(self.login.iter().map(|l| ("login", "path", &l.path)));
        for (name, form) in self.forms() {
            if let Some(section) = ["start", "status", "sign_out"]
                .into_iter()
                .zip([&form.oauth.start, &form.oauth.status, &form.oauth.sign_out])
                .find(|(_, p)| !p.starts_with('/'))
            {
                return fail(
                    &format!("{name}.oauth"),
                    section.0,
                    "must start with /".into(),
                );
            }
            let section = format!("{name}.fields");
            for field in Field::ALL {
                let Some(spec) = form.fields.get(&field) else {
                    return fail(&section, "", format!("{} is missing", field.key()));
                };
                let choices = field.choices();
                if let Some(missing) = choices.iter().find(|c| !spec.values.contains_key(**c)) {
                    return fail(
                        &section,
                        field.key(),
                        format!("values has no `{missing}` (needs {})", choices.join(", ")),
                    );
                }
                if let Some(extra) = spec.values.keys().find(|k| !choices.contains(&k.as_str())) {
                    return fail(
                        &section,
                        field.key(),
                        format!("unknown value key `{extra}`"),
                    );
                }
                if spec.name.trim().is_empty() {
                    return fail(&section, field.key(), "name is empty".into());
                }
            }
        }
        if let Some((section, key, _)) = paths.iter().find(|(_, _, p)| !p.starts_with('/')) {
            return fail(section, key, "must start with /".into());
        }
        match &self.connection_test {
            Some(test) => test.check(),
            None => Ok(()),
        }
    }

    /// The email form, and the fax form when the model has one.
    fn forms(&self) -> Vec<(&'static str, &FormSpec)> {
        let mut forms = vec![("email", &self.email)];
        forms.extend(self.fax.as_ref().map(|f| ("fax", f)));
        forms
    }
}

impl ConnectionTest {
    /// Names and texts present, every code a catalog entry of its own.
    fn check(&self) -> Result<(), (String, String, String)> {
        let fail = |section: &str, key: &str, problem: String| {
            Err((section.to_string(), key.to_string(), problem))
        };
        let section = "connection_test";
        if self.page.trim().is_empty() || self.page.contains('/') {
            return fail(section, "page", "must be a page name without /".into());
        }
        if self.trigger_field.trim().is_empty() {
            return fail(section, "trigger_field", "is empty".into());
        }
        if !has_texts(&self.success) {
            return fail(
                section,
                "success",
                "needs at least one text, none empty".into(),
            );
        }
        if self.results.is_empty() {
            return fail(
                section,
                "results",
                "at least one [[connection_test.results]] is needed".into(),
            );
        }
        for (i, result) in self.results.iter().enumerate() {
            let results = &format!("connection_test.results[{i}]");
            if crate::diagnose::by_code(&result.code).is_none() {
                return fail(
                    results,
                    "code",
                    format!(
                        "`{}` names no single entry of the diagnosis catalog",
                        result.code
                    ),
                );
            }
            if !has_texts(&result.texts) {
                return fail(
                    results,
                    "texts",
                    format!("`{}` needs at least one text, none empty", result.code),
                );
            }
        }
        Ok(())
    }
}

/// At least one text, and no empty one (an empty marker would match every page).
fn has_texts(texts: &[String]) -> bool {
    !texts.is_empty() && texts.iter().all(|t| !t.trim().is_empty())
}

/// The 1-based line of a byte offset.
fn line_at(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// The dotted name (`section.key`) of the line holding a byte offset.
fn key_at(text: &str, offset: usize) -> String {
    let before = &text[..offset.min(text.len())];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line = text[line_start..].lines().next().unwrap_or_default();
    let key = line.split('=').next().unwrap_or_default().trim();
    let section = before[..line_start]
        .lines()
        .rev()
        .find_map(|l| {
            let l = l.trim();
            l.starts_with('[')
                .then(|| l.trim_matches(['[', ']']).to_string())
        })
        .unwrap_or_default();
    match (section.is_empty(), key.starts_with('[')) {
        (_, true) => key.trim_matches(['[', ']']).to_string(),
        (true, false) => key.to_string(),
        (false, false) => format!("{section}.{key}"),
    }
}

/// The line of `key` inside `[section]` (or of the section header when `key` is empty);
/// `section[n]` is the n-th (from 0) `[[section]]` of an array of tables.
fn line_of(text: &str, section: &str, key: &str) -> Option<usize> {
    let (section, nth) = match section.strip_suffix(']').and_then(|s| s.rsplit_once('[')) {
        Some((name, n)) => (name, n.parse().ok()?),
        None => (section, 0),
    };
    let header =
        |l: &str| l.trim() == format!("[{section}]") || l.trim() == format!("[[{section}]]");
    let lines: Vec<&str> = text.lines().collect();
    let start = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| header(l))
        .nth(nth)
        .map(|(i, _)| i)?;
    if key.is_empty() {
        return Some(start + 1);
    }
    lines[start + 1..]
        .iter()
        .take_while(|l| !l.trim_start().starts_with('['))
        .position(|l| {
            l.trim_start()
                .strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map(|i| start + i + 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_profile_is_complete_and_says_where_it_comes_from() {
        let p = Profile::builtin();
        assert_eq!(p.profile.source, "modelled on documentation");
        assert!(EPSON.contains("MODELLED ON DOCUMENTATION"));
        assert_eq!(p.login.len(), 2);
        assert_eq!(
            p.email.fields[&Field::AuthMethod].values["oauth2"],
            "OAUTH2"
        );
        assert!(p.email.fields[&Field::Password].secret);
        assert!(p.fax.is_some());
        assert_eq!(
            p.page_path(&p.email.page, "TOP"),
            "/PRESENTATION/ADVANCED/NWS_EMAIL_BASIC/TOP"
        );
    }

    #[test]
    fn mistakes_name_line_and_field() {
        let typo = EPSON.replace("smtp_port = {", "smtp_prot = {");
        let e = Profile::parse(&typo, "my.toml").unwrap_err();
        assert_eq!(e.file, "my.toml");
        assert_eq!(
            e.line,
            Some(line_at(EPSON, EPSON.find("smtp_port = {").unwrap()))
        );
        assert!(e.problem.contains("smtp_prot"), "{e}");
        assert_eq!(e.field, "email.fields.smtp_prot");

        let missing = EPSON.replace("starttls = \"STARTTLS\", ", "");
        let e = Profile::parse(&missing, "my.toml").unwrap_err();
        assert_eq!(e.field, "email.fields.secure");
        assert!(e.problem.contains("starttls"), "{e}");
        assert_eq!(
            e.line,
            Some(line_at(EPSON, EPSON.find("secure = {").unwrap()))
        );

        let relative = EPSON.replace("path = \"/PRESENTATION/PSWD\"", "path = \"PSWD\"");
        let e = Profile::parse(&relative, "my.toml").unwrap_err();
        assert_eq!(
            (e.field.as_str(), e.problem.as_str()),
            ("login.path", "must start with /")
        );

        let unknown = format!("{EPSON}\n[extra]\nx = 1\n");
        let e = Profile::parse(&unknown, "my.toml").unwrap_err();
        assert!(e.problem.contains("extra"), "{e}");
        assert!(e.to_string().starts_with("my.toml:"), "{e}");
    }

    /// The shipped profile without its `[connection_test]` section.
    fn without_connection_test() -> String {
        let start = EPSON.find("[connection_test]").unwrap();
        let end = EPSON.find("[email]").unwrap();
        format!("{}{}", &EPSON[..start], &EPSON[end..])
    }

    #[test]
    fn the_connection_test_and_the_reply_column_are_read() {
        let p = Profile::builtin();
        assert_eq!(p.jobs.reply_column.as_deref(), Some("Destination"));
        assert_eq!(p.jobs.completed, ["Completed"]);
        let test = p
            .connection_test
            .expect("the Epson profile has a connection test");
        assert_eq!(
            p.profile.pages.clone() + "/" + &test.page,
            "/PRESENTATION/ADVANCED/NWS_EMAIL_CONNECTTEST"
        );
        assert_eq!(
            (test.trigger_field.as_str(), test.trigger_value.as_str()),
            ("INPUTT_CONNECTTEST", "START")
        );
        assert!(
            test.success
                .contains(&"Connection test was successful.".to_string())
        );
        let auth = test
            .results
            .iter()
            .find(|r| r.code == "printer-test-auth")
            .unwrap();
        assert!(
            auth.texts
                .contains(&"SMTP server authentication error.".to_string())
        );
        for result in &test.results {
            assert!(
                crate::diagnose::by_code(&result.code).is_some(),
                "{}",
                result.code
            );
        }
    }

    #[test]
    fn the_connection_test_is_optional() {
        let p = Profile::parse(&without_connection_test(), "no-test.toml").unwrap();
        assert!(p.connection_test.is_none());
        let old_jobs = without_connection_test()
            .replace("reply_column = \"Destination\"\n", "")
            .replace("completed = [\"Completed\"]\n", "");
        let p = Profile::parse(&old_jobs, "old.toml").unwrap();
        assert_eq!(p.jobs.reply_column, None);
        assert!(p.jobs.completed.is_empty());
    }

    #[test]
    fn a_bad_connection_test_is_refused_with_its_field_named() {
        let unknown = EPSON.replace(
            "code = \"printer-test-auth\"",
            "code = \"printer-test-oops\"",
        );
        let e = Profile::parse(&unknown, "my.toml").unwrap_err();
        assert_eq!(e.field, "connection_test.results[2].code");
        let at = EPSON.find("code = \"printer-test-auth\"").unwrap();
        assert_eq!(e.line, Some(line_at(EPSON, at)));
        assert!(e.problem.contains("printer-test-oops"), "{e}");
        assert!(e.problem.contains("diagnosis catalog"), "{e}");

        // A code several entries show does not say which diagnosis it means.
        let ambiguous = EPSON.replace("code = \"printer-test-auth\"", "code = \"535 5.7.139\"");
        let e = Profile::parse(&ambiguous, "my.toml").unwrap_err();
        assert!(e.problem.contains("535 5.7.139"), "{e}");

        let empty = EPSON.replace(
            "success = [\"Connection test was successful.\", ",
            "success = [\"\", ",
        );
        let e = Profile::parse(&empty, "my.toml").unwrap_err();
        assert_eq!(e.field, "connection_test.success");
        assert_eq!(
            e.line,
            Some(line_at(
                EPSON,
                EPSON.find("success = [\"Connection").unwrap()
            ))
        );

        let path = EPSON.replace(
            "page = \"NWS_EMAIL_CONNECTTEST\"",
            "page = \"/PRESENTATION/ADVANCED/NWS_EMAIL_CONNECTTEST\"",
        );
        let e = Profile::parse(&path, "my.toml").unwrap_err();
        assert_eq!(e.field, "connection_test.page");

        let missing = EPSON.replace("trigger_value = \"START\"\n", "");
        let e = Profile::parse(&missing, "my.toml").unwrap_err();
        assert!(e.problem.contains("trigger_value"), "{e}");

        let typo = EPSON.replace("trigger_field =", "trigger_feld =");
        let e = Profile::parse(&typo, "my.toml").unwrap_err();
        assert!(e.problem.contains("trigger_feld"), "{e}");
        assert_eq!(e.field, "connection_test.trigger_feld");
    }
}
