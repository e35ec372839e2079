//! Printer profiles: the pages, field names and values, sign-in endpoints and page texts of
//! a printer's web configuration, as data (TOML, `assets/printers/`, `--profile FILE`).
//! The format is documented in `docs/printer-profiles.md`.

use super::error::bad_profile;
use super::settings::Field;
use crate::diagnose::Diagnosis;
use crate::files;
use crate::i18n::Lang;
use serde::{Deserialize, Deserializer};
use std::collections::BTreeMap;
use std::path::Path;

/// The shipped Epson Web Config profile.
const EPSON: &str = include_str!("../../../../assets/printers/epson-webconfig.toml");

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
    /// The hidden anti-forgery field every form carries (or, when the token travels in a
    /// header or a cookie, the hidden field or `<meta name>` the form page shows it in).
    pub token_field: String,
    /// How the form token goes back with a POST (default: as the form field).
    #[serde(default)]
    pub token_in: TokenIn,
    /// The header or cookie the token goes back in (`token_in = "header"` or `"cookie"`).
    pub token_name: Option<String>,
    /// Form fields the firmware changes by itself (a second nonce, a timestamp): posted as
    /// served and never compared after a write.
    #[serde(default)]
    pub volatile_fields: Vec<String>,
}

/// How the form token goes back to the printer with a POST.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TokenIn {
    /// In the form's own hidden field (Epson).
    #[default]
    Field,
    /// In an HTTP request header named `token_name`.
    Header,
    /// In a cookie named `token_name`.
    Cookie,
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
    /// A hidden field of the login form whose value (read from a GET of the form) the login
    /// must post back.
    pub token_field: Option<String>,
    /// Where the login form is read for its token (default: `path`).
    pub form_path: Option<String>,
}

impl Login {
    /// Where the login form is read for its token.
    pub fn form_path(&self) -> &str {
        self.form_path.as_deref().unwrap_or(&self.path)
    }
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
    /// The CSV's field delimiter, one ASCII character (default `,`).
    #[serde(default = "comma")]
    pub delimiter: char,
}

fn comma() -> char {
    ','
}

fn top() -> String {
    "TOP".into()
}

fn set() -> String {
    "SET".into()
}

/// The printer's own connection test of its email settings (Epson: Network Settings >
/// Email Server > Connection Test): a form page whose POST runs the test and answers one
/// message.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConnectionTest {
    /// The page name: the form is read from `{pages}/{page}/{read_suffix}` and posted to
    /// `{pages}/{page}/{write_suffix}`.
    pub page: String,
    /// The last part of the path the form is read from (default `TOP`).
    #[serde(default = "top")]
    pub read_suffix: String,
    /// The last part of the path the form is posted to (default `SET`).
    #[serde(default = "set")]
    pub write_suffix: String,
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
    /// The page name: read from `{pages}/{page}/{read_suffix}`, written to
    /// `{pages}/{page}/{write_suffix}`.
    pub page: String,
    /// The last part of the path the form is read from (default `TOP`).
    #[serde(default = "top")]
    pub read_suffix: String,
    /// The last part of the path the form is posted to (default `SET`).
    #[serde(default = "set")]
    pub write_suffix: String,
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
    /// A choice shown as a checkbox: one choice is the ticked box's value, the other `""`
    /// (unticked: the name is left out of the post, as a browser does).
    #[serde(default)]
    pub checkbox: bool,
}

/// The printer's own Microsoft sign-in: its endpoints and the keys of its JSON answers. A
/// key may be a dotted path into nested objects (`result.user_code`).
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
    /// Values of `error_key` that mean no error (besides an absent or empty one).
    #[serde(default)]
    pub no_error: Vec<String>,
    /// Values of `status_key` for each state: one text or a list.
    #[serde(deserialize_with = "one_or_many")]
    pub signed_in: Vec<String>,
    #[serde(deserialize_with = "one_or_many")]
    pub waiting: Vec<String>,
    #[serde(deserialize_with = "one_or_many")]
    pub failed: Vec<String>,
    #[serde(deserialize_with = "one_or_many")]
    pub signed_out: Vec<String>,
}

/// A text or a list of texts, as a list.
fn one_or_many<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    struct Texts;
    impl<'de> serde::de::Visitor<'de> for Texts {
        type Value = Vec<String>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a text or a list of texts")
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Vec<String>, E> {
            Ok(vec![v.to_string()])
        }
        fn visit_seq<A: serde::de::SeqAccess<'de>>(
            self,
            mut seq: A,
        ) -> Result<Vec<String>, A::Error> {
            let mut texts = Vec::new();
            while let Some(text) = seq.next_element()? {
                texts.push(text);
            }
            Ok(texts)
        }
    }
    d.deserialize_any(Texts)
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

    /// Reads and checks a profile file of at most 1 MiB; a device, a folder or a larger file
    /// is refused before it is read.
    pub fn load(path: &Path, lang: Lang) -> Result<Profile, Diagnosis> {
        let file = path.display().to_string();
        let text = files::read_capped_text(path, files::SMALL_FILE_LIMIT).map_err(|e| {
            e.refused(path, lang).unwrap_or_else(|| {
                let problem = e.to_string();
                bad_profile(
                    &ProfileError {
                        file: file.clone(),
                        line: None,
                        field: String::new(),
                        problem,
                    },
                    lang,
                )
            })
        })?;
        Profile::parse(&text, &file).map_err(|e| bad_profile(&e, lang))
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

    /// The URL path of a form page and action (its read or write suffix).
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
        paths.extend(
            self.login
                .iter()
                .filter_map(|l| l.form_path.as_ref().map(|p| ("login", "form_path", p))),
        );
        self.check_new_keys()?;
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
                if spec.secret && field != Field::Password {
                    return fail(
                        &section,
                        field.key(),
                        "only the password may be secret (a secret field is never read back)"
                            .into(),
                    );
                }
                if let Some((a, b)) = same_value(spec) {
                    return fail(
                        &section,
                        field.key(),
                        format!(
                            "values `{a}` and `{b}` are the same printer value: each choice needs its own"
                        ),
                    );
                }
            }
            if !form.fields[&Field::Password].secret {
                return fail(
                    &section,
                    Field::Password.key(),
                    "must be secret = true: the SMTP password is never read, copied or captured"
                        .into(),
                );
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

    /// The keys a capture may call for: token carriers, the login token, the CSV delimiter,
    /// page suffixes, checkboxes, JSON paths and status values.
    fn check_new_keys(&self) -> Result<(), (String, String, String)> {
        let fail = |section: &str, key: &str, problem: &str| {
            Err((section.to_string(), key.to_string(), problem.to_string()))
        };
        let about = &self.profile;
        match (about.token_in, about.token_name.as_deref().map(str::trim)) {
            (TokenIn::Field, Some(_)) => {
                return fail(
                    "profile",
                    "token_name",
                    "is only for token_in = \"header\" or \"cookie\"",
                );
            }
            (TokenIn::Header | TokenIn::Cookie, None | Some("")) => {
                return fail(
                    "profile",
                    "token_in",
                    "needs token_name (the header or cookie)",
                );
            }
            (_, Some(name)) if !is_token_name(name) => {
                return fail(
                    "profile",
                    "token_name",
                    "must be a header or cookie name (letters, digits, - and _)",
                );
            }
            (TokenIn::Header, Some(name))
                if RESERVED_HEADERS.contains(&name.to_ascii_lowercase().as_str()) =>
            {
                return fail(
                    "profile",
                    "token_name",
                    "names a header the HTTP client writes itself",
                );
            }
            (TokenIn::Cookie, Some(name)) if name == about.session_cookie.trim() => {
                return fail(
                    "profile",
                    "token_name",
                    "is the session cookie, which the token would overwrite",
                );
            }
            _ => {}
        }
        for (i, login) in self.login.iter().enumerate() {
            let section = format!("login[{i}]");
            if login
                .token_field
                .as_ref()
                .is_some_and(|t| t.trim().is_empty())
            {
                return fail(&section, "token_field", "is empty");
            }
            if login.form_path.is_some() && login.token_field.is_none() {
                return fail(&section, "form_path", "is only read for a token_field");
            }
        }
        let d = self.jobs.delimiter;
        if !d.is_ascii() || d.is_ascii_control() || d == '"' {
            return fail(
                "jobs",
                "delimiter",
                "must be one ASCII character, not a quote",
            );
        }
        let mut pages: Vec<(String, &str, &str)> = self
            .forms()
            .into_iter()
            .map(|(name, f)| {
                (
                    name.to_string(),
                    f.read_suffix.as_str(),
                    f.write_suffix.as_str(),
                )
            })
            .collect();
        if let Some(test) = &self.connection_test {
            pages.push((
                "connection_test".into(),
                &test.read_suffix,
                &test.write_suffix,
            ));
        }
        for (section, read, write) in &pages {
            for (key, suffix) in [("read_suffix", read), ("write_suffix", write)] {
                if suffix.trim().is_empty() || suffix.starts_with('/') {
                    return fail(
                        section,
                        key,
                        "must be a path part, not empty, not starting with /",
                    );
                }
            }
        }
        for (name, form) in self.forms() {
            let section = format!("{name}.fields");
            for (field, spec) in form.fields.iter().filter(|(_, s)| s.checkbox) {
                let ticked = spec.values.values().filter(|v| !v.is_empty()).count();
                let off = spec.values.values().filter(|v| v.is_empty()).count();
                if field.choices().len() != 2 || ticked != 1 || off != 1 {
                    return fail(
                        &section,
                        field.key(),
                        "a checkbox needs two choices: one ticked value and one \"\" (unticked)",
                    );
                }
                if spec.secret {
                    return fail(&section, field.key(), "a checkbox cannot be secret");
                }
            }
            form.oauth.check(&format!("{name}.oauth"))?;
        }
        Ok(())
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

impl OAuthSpec {
    /// JSON paths without empty parts; each state with values of its own.
    fn check(&self, section: &str) -> Result<(), (String, String, String)> {
        let fail =
            |key: &str, problem: String| Err((section.to_string(), key.to_string(), problem));
        let keys = [
            ("user_code_key", &self.user_code_key),
            ("verification_uri_key", &self.verification_uri_key),
            ("expires_in_key", &self.expires_in_key),
            ("interval_key", &self.interval_key),
            ("status_key", &self.status_key),
            ("account_key", &self.account_key),
            ("error_key", &self.error_key),
        ];
        if let Some((key, path)) = keys
            .iter()
            .find(|(_, p)| p.split('.').any(|k| k.trim().is_empty()))
        {
            return fail(
                key,
                format!(
                    "`{path}` has an empty part (a JSON key or a dotted path: result.user_code)"
                ),
            );
        }
        let states = [
            ("signed_in", &self.signed_in),
            ("waiting", &self.waiting),
            ("failed", &self.failed),
            ("signed_out", &self.signed_out),
        ];
        for (i, (key, values)) in states.iter().enumerate() {
            if !has_texts(values) {
                return fail(key, "needs at least one value, none empty".into());
            }
            if let Some((other, value)) = states[i + 1..]
                .iter()
                .find_map(|(other, o)| values.iter().find(|v| o.contains(v)).map(|v| (other, v)))
            {
                return fail(key, format!("`{value}` is also a value of {other}"));
            }
        }
        Ok(())
    }
}

/// Two choice keys of a field that map to the same printer value (the printer could not
/// tell them apart, and reading back could not either).
fn same_value(spec: &FieldSpec) -> Option<(&str, &str)> {
    let values: Vec<(&String, &String)> = spec.values.iter().collect();
    values.iter().enumerate().find_map(|(i, (a, va))| {
        values[i + 1..]
            .iter()
            .find(|(_, vb)| vb.trim() == va.trim())
            .map(|(b, _)| (a.as_str(), b.as_str()))
    })
}

/// A header or cookie name: letters, digits, `-` and `_`.
/// Headers a form token may not be sent in: the HTTP client writes them itself.
const RESERVED_HEADERS: &[&str] = &[
    "host",
    "cookie",
    "content-length",
    "content-type",
    "transfer-encoding",
    "connection",
    "user-agent",
];

fn is_token_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
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

    #[test]
    fn a_profile_that_would_weaken_the_printer_is_refused_with_line_and_reason() {
        let refused = |from: &str, to: &str| {
            let text = EPSON.replacen(from, to, 1);
            let e = Profile::parse(&text, "shared.toml").unwrap_err();
            (e.clone(), Some(line_at(&text, text.find(to).unwrap())))
        };
        // A password field that is not secret would be read and written into the backup.
        let (e, line) = refused(
            "password = { name = \"INPUTT_AUTHPASSWORD\", secret = true }",
            "password = { name = \"INPUTT_AUTHPASSWORD\" }",
        );
        assert_eq!(e.field, "email.fields.password");
        assert_eq!(e.line, line);
        assert!(e.problem.contains("secret = true"), "{e}");
        assert!(e.to_string().starts_with("shared.toml:"), "{e}");
        // Two choices with one printer value: the printer and the read-back cannot tell them
        // apart.
        let (e, line) = refused(
            "values = { enable = \"ENABLE\", disable = \"DISABLE\" }",
            "values = { enable = \"ENABLE\", disable = \"ENABLE\" }",
        );
        assert_eq!(e.field, "email.fields.cert_validation");
        assert_eq!(e.line, line);
        assert!(e.problem.contains("`disable` and `enable`"), "{e}");
        // A secret field is never read back: certificate validation could hide there.
        let (e, line) = refused(
            "cert_validation = { name = \"INPUTR_CERTVALIDATION\", values",
            "cert_validation = { name = \"INPUTR_CERTVALIDATION\", secret = true, values",
        );
        assert_eq!(e.field, "email.fields.cert_validation");
        assert_eq!(e.line, line);
        assert!(e.problem.contains("only the password"), "{e}");
        // The fax form is held to the same rules.
        let (e, _) = refused(
            "password = { name = \"INPUTT_FAXAUTHPASSWORD\", secret = true }",
            "password = { name = \"INPUTT_FAXAUTHPASSWORD\", secret = false }",
        );
        assert_eq!(e.field, "fax.fields.password");
    }

    #[test]
    fn a_profile_file_is_read_up_to_one_mib() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.toml");
        let padding = "#".repeat(files::SMALL_FILE_LIMIT as usize);
        std::fs::write(&path, format!("{EPSON}\n{padding}\n")).unwrap();
        let d = Profile::load(&path, Lang::En).unwrap_err();
        assert_eq!(d.id, "local-file-too-large");
        assert!(d.detail.unwrap().contains("1 MiB"));
        std::fs::write(&path, EPSON).unwrap();
        assert!(Profile::load(&path, Lang::En).is_ok());
        let d = Profile::load(&dir.path().join("missing.toml"), Lang::En).unwrap_err();
        assert_eq!(d.id, "printer-profile");
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

    /// The profile of the simulator's `printer-other-firmware` variant.
    const OTHER: &str = include_str!("../../../../tests/fixtures/profiles/other-firmware.toml");

    #[test]
    fn every_new_key_is_optional_and_defaults_to_the_epson_behaviour() {
        let p = Profile::builtin();
        assert_eq!(p.profile.token_in, TokenIn::Field);
        assert_eq!(p.profile.token_name, None);
        assert!(p.profile.volatile_fields.is_empty());
        for login in &p.login {
            assert_eq!(login.token_field, None);
            assert_eq!(login.form_path(), login.path);
        }
        assert_eq!(p.jobs.delimiter, ',');
        for form in [&p.email, p.fax.as_ref().unwrap()] {
            assert_eq!(
                (form.read_suffix.as_str(), form.write_suffix.as_str()),
                ("TOP", "SET")
            );
            assert!(form.fields.values().all(|f| !f.checkbox));
            assert!(form.oauth.no_error.is_empty());
            assert_eq!(form.oauth.signed_in, ["SIGNEDIN"]);
            assert_eq!(form.oauth.signed_out, ["SIGNEDOUT"]);
        }
        let test = p.connection_test.unwrap();
        assert_eq!(
            (test.read_suffix.as_str(), test.write_suffix.as_str()),
            ("TOP", "SET")
        );
    }

    #[test]
    fn a_profile_corrected_from_a_capture_uses_the_new_keys() {
        let p = Profile::parse(OTHER, "other-firmware.toml").unwrap();
        assert_eq!(p.profile.token_in, TokenIn::Header);
        assert_eq!(p.profile.token_name.as_deref(), Some("X-CSRF-Token"));
        let login = &p.login[0];
        assert_eq!(login.token_field.as_deref(), Some("INPUTT_LOGINTOKEN"));
        assert_eq!(login.form_path(), "/PRESENTATION/LOGIN");
        assert_eq!(p.jobs.delimiter, ';');
        assert_eq!(
            p.page_path(&p.email.page, &p.email.write_suffix),
            "/PRESENTATION/ADVANCED/NWS_EMAIL_BASIC/write"
        );
        let box_ = &p.email.fields[&Field::CertValidation];
        assert!(box_.checkbox);
        assert_eq!(box_.values["disable"], "");
        let o = &p.email.oauth;
        assert_eq!(o.user_code_key, "result.user_code");
        assert_eq!(o.no_error, ["0", "", "none"]);
        assert_eq!(o.signed_in, ["signed_in", "authorized"]);
        assert_eq!(o.failed, ["failed"]);
        assert_eq!(p.connection_test.unwrap().read_suffix, "read");
        let with_form_path = OTHER.replace(
            "token_field = \"INPUTT_LOGINTOKEN\"\n",
            "token_field = \"INPUTT_LOGINTOKEN\"\nform_path = \"/PRESENTATION/LOGIN/FORM\"\n",
        );
        let p = Profile::parse(&with_form_path, "x.toml").unwrap();
        assert_eq!(p.login[0].form_path(), "/PRESENTATION/LOGIN/FORM");
    }

    #[test]
    fn mistakes_in_the_new_keys_name_line_and_field() {
        let refused = |text: &str| Profile::parse(text, "my.toml").unwrap_err();
        let line = |text: &str, at: &str| Some(line_at(text, text.find(at).unwrap()));
        // (replace, with, field, a word of the problem, the text on the line named)
        let cases: &[(&str, &str, &str, &str, &str)] = &[
            (
                "disable = \"\" } }",
                "disable = \"OFF\" } }",
                "email.fields.cert_validation",
                "checkbox",
                "cert_validation = {",
            ),
            (
                "delimiter = \";\"",
                "delimiter = \"é\"",
                "jobs.delimiter",
                "ASCII",
                "delimiter =",
            ),
            (
                "delimiter = \";\"",
                "delimiter = \"\\\"\"",
                "jobs.delimiter",
                "quote",
                "delimiter =",
            ),
            (
                "token_name = \"X-CSRF-Token\"\n",
                "",
                "profile.token_in",
                "token_name",
                "token_in =",
            ),
            (
                "token_name = \"X-CSRF-Token\"",
                "token_name = \"X CSRF\"",
                "profile.token_name",
                "header",
                "token_name =",
            ),
            (
                "token_name = \"X-CSRF-Token\"",
                "token_name = \"Content-Length\"",
                "profile.token_name",
                "writes itself",
                "token_name =",
            ),
            (
                "read_suffix = \"read\"",
                "read_suffix = \"/read\"",
                "connection_test.read_suffix",
                "/",
                "read_suffix = \"/read",
            ),
            (
                "error_key = \"error.code\"",
                "error_key = \"error..code\"",
                "email.oauth.error_key",
                "empty part",
                "error_key =",
            ),
            (
                "waiting = [\"pending\", \"waiting\"]",
                "waiting = [\"pending\", \"authorized\"]",
                "email.oauth.signed_in",
                "authorized",
                "signed_in =",
            ),
            (
                "failed = \"failed\"",
                "failed = []",
                "email.oauth.failed",
                "at least one",
                "failed = []",
            ),
        ];
        for (from, to, field, word, at) in cases {
            let text = OTHER.replacen(from, to, 1);
            let e = refused(&text);
            assert_eq!(e.field, *field, "{e}");
            assert!(e.problem.contains(word), "{e}");
            assert_eq!(e.line, line(&text, at), "{e}");
            assert!(e.to_string().starts_with("my.toml:"), "{e}");
        }
        // Two letters are no delimiter; a status value must be a text or a list of texts.
        let e = refused(&OTHER.replace("delimiter = \";\"", "delimiter = \";;\""));
        assert_eq!(e.field, "jobs.delimiter");
        assert_eq!(e.line, line(OTHER, "delimiter = "));
        let e = refused(&OTHER.replacen("failed = \"failed\"", "failed = 3", 1));
        assert!(e.problem.contains("a text or a list of texts"), "{e}");
        let e = refused(&OTHER.replace("token_in = \"header\"", "token_in = \"body\""));
        assert!(e.problem.contains("body"), "{e}");
        // A token name only with a header or cookie; a form path only with a login token.
        let e = refused(&EPSON.replace(
            "token_field = \"INPUTT_SETUPTOKEN\"\n",
            "token_field = \"INPUTT_SETUPTOKEN\"\ntoken_name = \"X\"\n",
        ));
        assert_eq!(e.field, "profile.token_name");
        let e = refused(&EPSON.replace(
            "variant = \"consumer\"\n",
            "variant = \"consumer\"\nform_path = \"/PRESENTATION/PSWD\"\n",
        ));
        assert_eq!(e.field, "login[1].form_path");
        assert_eq!(
            e.line,
            Some(line_at(
                EPSON,
                EPSON.find("path = \"/PRESENTATION/PSWD\"").unwrap()
            ))
        );
    }
}
