//! The Epson Web Config printer simulator, spoken to over HTTPS as a client would: login and
//! lockout, sessions, setup tokens, settings writes, the printer's own sign-in, scan to email
//! and the job codes 360/361/370, restarts and the device variants.

use printer_oauth_core::exchange::Command;
use printer_oauth_core::i18n::Lang;
use printer_oauth_core::printer::adapter::{PrinterAdapter, TestOutcome};
use printer_oauth_core::printer::address::parse_manual_address;
use printer_oauth_core::printer::history;
use printer_oauth_core::printer::profile::Profile;
use printer_oauth_core::printer::profile_adapter::ProfileAdapter;
use printer_oauth_core::printer::tls::{self, Trust};
use printer_oauth_core::secrets::Secret;
use printer_oauth_sim::directory::{ADMIN, MAILBOX};
use printer_oauth_sim::{Demo, Fault, Knobs, PrinterServer};
use reqwest::StatusCode;
use serde_json::Value;
use std::time::{Duration, Instant};

const EMAIL: &str = "/PRESENTATION/ADVANCED/NWS_EMAIL_BASIC";
const FAX: &str = "/PRESENTATION/ADVANCED/FAX_SERVER_EMAIL";
const LOGIN: &str = "/PRESENTATION/ADVANCED/PASSWORD/SET";
const JOBS_CSV: &str = "/PRESENTATION/ADVANCED/INFO_JOBHISTORY/OUTPUT.CSV";
const CONNECTION_TEST: &str = "/PRESENTATION/ADVANCED/NWS_EMAIL_CONNECTTEST";
const STATUS_SHEET: &str = "/PRESENTATION/ADVANCED/INFO_NWSTATUS/TOP";
const MUST_SIGN_IN: &str =
    "You must sign in to your email service to use this feature. Contact your administrator.";

fn knobs(faults: &[Fault]) -> Knobs {
    Knobs {
        interval: Duration::from_secs(1),
        auto_approve: Some(Duration::ZERO),
        faults: faults.iter().copied().collect(),
        printer_lockout: Duration::from_secs(1),
        printer_restart: Duration::from_millis(500),
        ..Knobs::default()
    }
}

async fn demo(faults: &[Fault]) -> Demo {
    Demo::start(knobs(faults)).await.expect("simulators start")
}

/// An HTTPS client that accepts exactly the printer's certificate (the product's own pinning).
fn pinned_client(fingerprint: &str) -> reqwest::Client {
    let trust = Trust::Pin(Some(fingerprint.to_string()));
    reqwest::Client::builder()
        .use_preconfigured_tls(tls::client_config(&trust).expect("TLS set-up").config)
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(20))
        .build()
        .expect("client")
}

/// A Web Config client: the pinned HTTPS client, the language cookie and the session cookie.
struct Web {
    http: reqwest::Client,
    base: String,
    session: Option<String>,
}

impl Web {
    fn new(demo: &Demo) -> Web {
        Web {
            http: pinned_client(&demo.printer_fingerprint),
            base: format!("https://{}", demo.printer),
            session: None,
        }
    }

    fn cookies(&self) -> String {
        let mut cookies = "EPSON_COOKIE_LANG=lang_b&1/lang_a&1".to_string();
        if let Some(s) = &self.session {
            cookies.push_str(&format!("; EPSON_COOKIE_SESSION={s}"));
        }
        cookies
    }

    async fn get(&self, path: &str) -> (StatusCode, String) {
        let response = self
            .http
            .get(format!("{}{path}", self.base))
            .header("cookie", self.cookies())
            .send()
            .await
            .expect("printer answers");
        (response.status(), response.text().await.unwrap_or_default())
    }

    async fn post(&mut self, path: &str, form: &[(String, String)]) -> (StatusCode, String) {
        let response = self
            .http
            .post(format!("{}{path}", self.base))
            .header("cookie", self.cookies())
            .form(form)
            .send()
            .await
            .expect("printer answers");
        if let Some(session) = response
            .headers()
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find_map(|v| v.strip_prefix("EPSON_COOKIE_SESSION="))
        {
            assert!(session.contains("Secure") && session.contains("HttpOnly"));
            self.session = Some(session.split(';').next().unwrap_or_default().to_string());
        }
        (response.status(), response.text().await.unwrap_or_default())
    }

    async fn login_with(&mut self, user: &str, password: &str) -> String {
        let form = pairs(&[
            ("INPUTT_USERNAME", user),
            ("INPUTT_PASSWORD", password),
            ("access", "https"),
            ("INPUTT_ACCSESSMETHOD", "0"),
            ("INPUTT_DUMMY", ""),
        ]);
        self.post(LOGIN, &form).await.1
    }

    async fn login(&mut self) {
        let page = self.login_with("administrator", "X5DL012345").await;
        assert!(self.session.is_some(), "no session cookie: {page}");
        for marker in ["Incorrect", "Try again later.", "Administrator Login"] {
            assert!(!page.contains(marker), "{marker} on the welcome page");
        }
    }

    /// GETs a settings form and returns its fields as a client copies them.
    async fn form(&self, page: &str) -> Vec<(String, String)> {
        let (status, html) = self.get(&format!("{page}/TOP")).await;
        assert_eq!(status, StatusCode::OK);
        assert!(html.contains("INPUTT_SETUPTOKEN"), "not the form: {html}");
        form_fields(&html)
    }

    async fn json(&self, path: &str) -> Value {
        let (_, body) = self.get(path).await;
        serde_json::from_str(&body).unwrap_or_else(|_| panic!("not JSON: {body}"))
    }
}

fn pairs(items: &[(&str, &str)]) -> Vec<(String, String)> {
    items
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

/// The fields a browser would post: every named input (checked radios only) and the selected
/// option of every select.
fn form_fields(html: &str) -> Vec<(String, String)> {
    let doc = scraper::Html::parse_document(html);
    let inputs = scraper::Selector::parse("form input[name]").unwrap();
    let selects = scraper::Selector::parse("form select[name]").unwrap();
    let selected = scraper::Selector::parse("option[selected]").unwrap();
    let mut out = Vec::new();
    for input in doc.select(&inputs) {
        let el = input.value();
        if el.attr("type") == Some("radio") && el.attr("checked").is_none() {
            continue;
        }
        out.push((
            el.attr("name").unwrap().to_string(),
            el.attr("value").unwrap_or_default().to_string(),
        ));
    }
    for select in doc.select(&selects) {
        let value = select
            .select(&selected)
            .next()
            .and_then(|o| o.value().attr("value"))
            .unwrap_or_default();
        out.push((
            select.value().attr("name").unwrap().to_string(),
            value.to_string(),
        ));
    }
    out
}

fn value<'a>(form: &'a [(String, String)], name: &str) -> &'a str {
    form.iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
        .unwrap_or_else(|| panic!("no field {name}"))
}

fn set(form: &mut [(String, String)], name: &str, new: &str) {
    let field = form
        .iter_mut()
        .find(|(k, _)| k == name)
        .unwrap_or_else(|| panic!("no field {name}"));
    field.1 = new.to_string();
}

fn control(demo: &Demo) -> (reqwest::Client, String) {
    (
        pinned_client(&demo.printer_fingerprint),
        format!("https://{}/sim", demo.printer),
    )
}

async fn sim_state(demo: &Demo) -> Value {
    let (http, base) = control(demo);
    http.get(format!("{base}/state"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

/// Waits, up to 10 s, until the printer's web server is as `wanted` says (down, or back from
/// its restarts).
async fn until_server(demo: &Demo, wanted: impl FnMut(&PrinterServer) -> bool) {
    let mut server = demo.printer_server.clone();
    tokio::time::timeout(Duration::from_secs(10), server.wait_for(wanted))
        .await
        .expect("the printer's web server gets there within 10 s")
        .expect("the simulators run");
}

async fn scan(demo: &Demo, to: &str) -> Value {
    let (http, base) = control(demo);
    http.post(format!("{base}/scan"))
        .form(&[("to", to)])
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

/// Signs the printer in through Web Config and waits until its status is SIGNEDIN.
async fn sign_in(web: &mut Web, page: &str, service_field: &str, service: &str) -> Value {
    let form = web.form(page).await;
    let start = pairs(&[
        ("INPUTT_SETUPTOKEN", value(&form, "INPUTT_SETUPTOKEN")),
        (service_field, service),
    ]);
    let (_, body) = web.post(&format!("{page}/OAUTH_SIGNIN"), &start).await;
    let started: Value = serde_json::from_str(&body).expect("sign-in answer is JSON");
    assert_eq!(started["RESULT"], "OK", "{started}");
    assert_eq!(started["USERCODE"].as_str().unwrap().len(), 9);
    assert!(
        started["VERIFICATIONURI"]
            .as_str()
            .unwrap()
            .ends_with("/devicelogin")
    );
    assert_eq!(started["INTERVAL"], 1);
    wait_for_status(web, page, "WAITING").await
}

async fn wait_for_status(web: &Web, page: &str, not: &str) -> Value {
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let status = web.json(&format!("{page}/OAUTH_STATUS")).await;
        if status["STATUS"] != not {
            return status;
        }
        assert!(Instant::now() < deadline, "still {not}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// Sends the OAuth 2.0 settings with the form's OK button.
async fn send_oauth_settings(web: &mut Web) {
    let mut form = web.form(EMAIL).await;
    set(&mut form, "SEL_AUTHMETHOD", "OAUTH2");
    set(&mut form, "SEL_EMAILSERVICE", "EXCHANGEONLINE");
    let (_, page) = web.post(&format!("{EMAIL}/SET"), &form).await;
    assert!(page.contains("Setup complete."), "{page}");
}

/// A printer signed in as the Global Administrator with OAuth 2.0 settings sent.
async fn configured(demo: &Demo) -> Web {
    let mut web = Web::new(demo);
    web.login().await;
    let status = sign_in(&mut web, EMAIL, "SEL_EMAILSERVICE", "EXCHANGEONLINE").await;
    assert_eq!(status["STATUS"], "SIGNEDIN", "{status}");
    send_oauth_settings(&mut web).await;
    web
}

async fn job_csv(web: &Web) -> String {
    let (status, csv) = web.get(JOBS_CSV).await;
    assert_eq!(status, StatusCode::OK);
    csv
}

#[tokio::test]
async fn public_pages_name_the_device() {
    let demo = demo(&[]).await;
    let web = Web::new(&demo);
    let (_, info) = web.get("/PRESENTATION/ADVANCED/INFO_PRTINFO/TOP").await;
    assert!(info.contains("<tr><th>Printer Name</th><td>EPSON WF-C5890 Series</td></tr>"));
    assert!(info.contains("<tr><th>Firmware</th><td>24.35.NF21P3</td></tr>"));
    assert!(info.contains("<tr><th>Serial Number</th><td>X5DL012345</td></tr>"));
    let (_, net) = web.get("/PRESENTATION/ADVANCED/INFO_NWINFO/TOP").await;
    assert!(net.contains("<th>Standard Network IP Address</th><td>127.0.0.1</td>"));
    let (_, sheet) = web.get(STATUS_SHEET).await;
    assert!(sheet.contains("<th>Email Server Status</th><td>Not configured</td>"));
    let (status, _) = web.get("/").await;
    assert_eq!(status, StatusCode::FOUND);
    let ready = demo.ready();
    assert_eq!(ready.printer, demo.printer.to_string());
    assert_eq!(ready.printer_password, "X5DL012345");
    assert_eq!(ready.printer_fingerprint.len(), 32 * 3 - 1);

    demo.shared
        .set_knobs(knobs(&[Fault::PrinterAdditionalNetwork]));
    let (_, net) = web.get("/PRESENTATION/ADVANCED/INFO_NWINFO/TOP").await;
    assert!(net.contains("<th>Additional Network IP Address</th><td>127.0.0.1</td>"));
}

#[tokio::test]
async fn login_fails_locks_out_and_recovers() {
    let demo = demo(&[]).await;
    let mut web = Web::new(&demo);
    let (_, page) = web.get(&format!("{EMAIL}/TOP")).await;
    assert!(page.contains("Administrator Login") && page.contains("INPUTT_USERNAME"));
    for _ in 0..3 {
        let page = web.login_with("administrator", "wrong").await;
        assert!(page.contains("Incorrect user name or password"), "{page}");
    }
    let page = web.login_with("administrator", "X5DL012345").await;
    assert!(page.contains("Try again later."), "{page}");
    assert!(web.session.is_none());
    let state = sim_state(&demo).await;
    assert_eq!(state["locked"], true);
    assert_eq!(state["logins"]["failed"], 3);
    assert_eq!(state["logins"]["locked_out"], 1);

    tokio::time::sleep(Duration::from_millis(1100)).await;
    web.login().await;
    let state = sim_state(&demo).await;
    assert_eq!(state["locked"], false);
    assert_eq!(state["logins"]["ok"], 1);

    // The consumer form logs in with the password alone.
    let mut consumer = Web::new(&demo);
    let form = pairs(&[
        ("session", "X5DL012345"),
        ("dummy", ""),
        ("from", "top"),
        ("trigger", "set"),
        ("access", "https"),
    ]);
    consumer.post("/PRESENTATION/PSWD", &form).await;
    assert!(consumer.session.is_some());
}

#[tokio::test]
async fn consumer_models_have_no_business_login_and_german_firmware_answers_in_german() {
    let demo = demo(&[Fault::PrinterConsumerModel, Fault::PrinterGermanPages]).await;
    let mut web = Web::new(&demo);
    let form = pairs(&[
        ("INPUTT_USERNAME", "administrator"),
        ("INPUTT_PASSWORD", "x"),
    ]);
    let (status, _) = web.post(LOGIN, &form).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (_, page) = web
        .post("/PRESENTATION/PSWD", &pairs(&[("session", "wrong")]))
        .await;
    assert!(page.contains("Falsches Kennwort"), "{page}");
    let (_, page) = web.get(&format!("{EMAIL}/TOP")).await;
    assert!(page.contains("Administratoranmeldung") && page.contains("name=\"session\""));
}

#[tokio::test]
async fn settings_are_written_checked_and_shown() {
    let demo = demo(&[]).await;
    let mut web = Web::new(&demo);
    web.login().await;
    let mut form = web.form(EMAIL).await;
    assert_eq!(value(&form, "SEL_AUTHMETHOD"), "SMTPAUTH");
    assert_eq!(value(&form, "INPUTT_SMTPSERVER"), "smtp.office365.com");
    assert_eq!(value(&form, "INPUTT_AUTHPASSWORD"), "");
    assert_eq!(value(&form, "INPUTR_CERTVALIDATION"), "ENABLE");
    assert_eq!(value(&form, "INPUTT_PAGEID"), "NWS_EMAIL_BASIC");
    set(&mut form, "SEL_AUTHMETHOD", "OAUTH2");
    set(&mut form, "INPUTT_SENDERADDRESS", "printer@contoso.com");
    let (_, page) = web.post(&format!("{EMAIL}/SET"), &form).await;
    assert!(page.contains("Setup complete."), "{page}");

    // The same token again: expired.
    let (_, page) = web.post(&format!("{EMAIL}/SET"), &form).await;
    assert!(page.contains("The page has expired."), "{page}");

    // The device's limits, named by the field's label.
    let mut bad = web.form(EMAIL).await;
    set(
        &mut bad,
        "INPUTT_SENDERADDRESS",
        "Scanner <scanner@contoso.com>",
    );
    let (_, page) = web.post(&format!("{EMAIL}/SET"), &bad).await;
    assert!(page.contains("Invalid value") && page.contains("Sender's Email Address"));
    let mut bad = web.form(EMAIL).await;
    bad.retain(|(k, _)| k != "INPUTT_FORMVER");
    let (_, page) = web.post(&format!("{EMAIL}/SET"), &bad).await;
    assert!(page.contains("Invalid value"), "{page}");

    let state = sim_state(&demo).await;
    let email = &state["email"];
    assert_eq!(email["auth_method"], "OAUTH2");
    assert_eq!(email["sender"], "printer@contoso.com");
    assert_eq!(email["smtp_port"], 587);
    assert_eq!(email["password_set"], true);
    assert!(email.get("password").is_none());
    assert_eq!(state["fax"]["auth_method"], "OFF");
    let writes = state["writes"].as_array().unwrap();
    assert_eq!(writes.len(), 1);
    assert_eq!(writes[0]["page"], "NWS_EMAIL_BASIC");
    assert_eq!(writes[0]["fields"]["SEL_AUTHMETHOD"], "OAUTH2");
    assert!(writes[0]["fields"].get("INPUTT_SETUPTOKEN").is_none());

    // The fax page has its own field names.
    let mut fax = web.form(FAX).await;
    set(&mut fax, "SEL_FAXAUTHMETHOD", "OAUTH2");
    set(&mut fax, "INPUTT_FAXSMTPSERVER", "smtp.office365.com");
    set(&mut fax, "INPUTT_FAXSMTPPORT", "587");
    set(&mut fax, "SEL_FAXSECURECONNECTION", "STARTTLS");
    let (_, page) = web.post(&format!("{FAX}/SET"), &fax).await;
    assert!(page.contains("Setup complete."), "{page}");
    assert_eq!(sim_state(&demo).await["fax"]["smtp_port"], 587);
}

#[tokio::test]
async fn a_rotating_token_is_good_only_from_the_latest_form() {
    let demo = demo(&[Fault::PrinterTokenRotation]).await;
    let mut web = Web::new(&demo);
    web.login().await;
    let stale = web.form(EMAIL).await;
    let fresh = web.form(EMAIL).await;
    let (_, page) = web.post(&format!("{EMAIL}/SET"), &stale).await;
    assert!(page.contains("The page has expired."), "{page}");
    // That request rotated the token again: the once-fresh one is stale now too.
    let (_, page) = web.post(&format!("{EMAIL}/SET"), &fresh).await;
    assert!(page.contains("The page has expired."), "{page}");
    let latest = web.form(EMAIL).await;
    let (_, page) = web.post(&format!("{EMAIL}/SET"), &latest).await;
    assert!(page.contains("Setup complete."), "{page}");
}

#[tokio::test]
async fn sessions_die_after_three_requests_with_the_expiry_knob() {
    let demo = demo(&[Fault::PrinterSessionExpiry]).await;
    let mut web = Web::new(&demo);
    web.login().await;
    for _ in 0..3 {
        web.form(EMAIL).await;
    }
    let (_, page) = web.get(&format!("{EMAIL}/TOP")).await;
    assert!(page.contains("Administrator Login"));
    web.login().await;
    web.form(EMAIL).await;
}

#[tokio::test]
async fn the_printer_signs_in_and_scans_to_email() {
    let demo = demo(&[]).await;
    guide_tenant(&demo);
    let web = configured(&demo).await;
    let status = web.json(&format!("{EMAIL}/OAUTH_STATUS")).await;
    assert_eq!(status["ACCOUNT"], "admin@contoso.com");
    let form = web.form(EMAIL).await;
    assert_eq!(value(&form, "INPUTT_AUTHACCOUNT"), "admin@contoso.com");
    let (_, page) = web.get(&format!("{EMAIL}/TOP")).await;
    assert!(page.contains("Current Status : Signed in"));
    {
        let dir = demo.shared.dir();
        assert!(
            dir.org_consented(printer_oauth_sim::directory::EPSON_CLIENT_ID),
            "consent on behalf of the organisation"
        );
    }

    let job = scan(&demo, "ana@contoso.com").await;
    assert_eq!(job["result"], "Completed", "{job}");
    assert_eq!(job["job_type"], "Scan to Email");
    {
        let dir = demo.shared.dir();
        let message = dir.mailbox.last().expect("a message arrived");
        assert_eq!(message.smtp_user, "admin@contoso.com");
        assert_eq!(message.from, "scanner@contoso.com");
        assert_eq!(message.to, vec!["ana@contoso.com".to_string()]);
        assert_eq!(message.subject, "Scanned from EPSON WF-C5890 Series");
    }
    let csv = job_csv(&web).await;
    assert!(csv.starts_with(
        "\"Job ID\",\"Date and Time\",\"Job Type\",\"Result\",\"Error Code\",\"Destination\""
    ));
    assert_eq!(csv.lines().count(), 4, "{csv}");
    assert!(csv.contains("\"Scan to Email\",\"Completed\",\"\",\"ana@contoso.com\""));
    let (_, sheet) = web.get(STATUS_SHEET).await;
    assert!(sheet.contains("<th>Email Server Status</th><td>Signed in (admin@contoso.com)</td>"));
    let state = sim_state(&demo).await;
    assert_eq!(state["signed_in"], "admin@contoso.com");
    let jobs: Value = control(&demo)
        .0
        .get(format!("https://{}/sim/jobs", demo.printer))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(jobs.as_array().unwrap().len(), 3);
}

#[tokio::test]
async fn the_fax_page_signs_in_on_its_own_to_outlook_com() {
    let demo = demo(&[]).await;
    guide_tenant(&demo);
    let mut web = Web::new(&demo);
    web.login().await;
    let status = sign_in(&mut web, FAX, "SEL_FAXEMAILSERVICE", "OUTLOOKCOM").await;
    assert_eq!(status["STATUS"], "SIGNEDIN", "{status}");
    let state = sim_state(&demo).await;
    assert_eq!(state["fax"]["signed_in"], "admin@contoso.com");
    assert_eq!(
        state["signed_in"],
        Value::Null,
        "the email page is not signed in"
    );
    let clients: Vec<_> = demo
        .shared
        .dir()
        .grants
        .values()
        .map(|g| g.client_id.clone())
        .collect();
    assert_eq!(clients, [printer_oauth_sim::directory::EPSON_CLIENT_ID]);

    let mut fax = web.form(FAX).await;
    for (name, new) in [
        ("SEL_FAXAUTHMETHOD", "OAUTH2"),
        ("SEL_FAXEMAILSERVICE", "OUTLOOKCOM"),
        ("INPUTT_FAXSENDERADDRESS", "scanner@contoso.com"),
        ("INPUTT_FAXSMTPSERVER", "smtp-mail.outlook.com"),
        ("INPUTT_FAXSMTPPORT", "587"),
        ("SEL_FAXSECURECONNECTION", "STARTTLS"),
    ] {
        set(&mut fax, name, new);
    }
    let (_, page) = web.post(&format!("{FAX}/SET"), &fax).await;
    assert!(page.contains("Setup complete."), "{page}");
    let (http, base) = control(&demo);
    let job: Value = http
        .post(format!("{base}/scan"))
        .form(&[("to", "ana@contoso.com"), ("fax", "1")])
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(job["job_type"], "Fax to Email");
    assert_eq!(job["result"], "Completed", "{job}");
}

#[tokio::test]
async fn sign_out_forgets_the_token() {
    let demo = demo(&[]).await;
    let mut web = configured(&demo).await;
    let form = web.form(EMAIL).await;
    let token = pairs(&[("INPUTT_SETUPTOKEN", value(&form, "INPUTT_SETUPTOKEN"))]);
    let (_, body) = web.post(&format!("{EMAIL}/OAUTH_SIGNOUT"), &token).await;
    assert!(body.contains("\"OK\""), "{body}");
    let status = web.json(&format!("{EMAIL}/OAUTH_STATUS")).await;
    assert_eq!(status["STATUS"], "SIGNEDOUT");
    assert_eq!(scan(&demo, "ana@contoso.com").await["error_code"], 370);
}

#[tokio::test]
async fn a_declined_or_blocked_sign_in_fails_with_its_code() {
    for (fault, code) in [
        (Fault::Decline, "authorization_declined"),
        (Fault::ConditionalAccess, "AADSTS53003"),
    ] {
        let demo = demo(&[fault]).await;
        let mut web = Web::new(&demo);
        web.login().await;
        let status = sign_in(&mut web, EMAIL, "SEL_EMAILSERVICE", "EXCHANGEONLINE").await;
        assert_eq!(status["STATUS"], "FAILED", "{status}");
        assert_eq!(status["ERRORCODE"], code);
    }
}

/// A token that breaks after the sign-in fails the next scan with the printer's job code, in
/// the history and its CSV; each case also shows where else the printer says why.
#[tokio::test]
async fn a_broken_token_fails_the_next_scan_with_its_job_code() {
    enum AlsoShown {
        /// A new sign-in fails too: the cloud cannot be reached.
        SignInRefused(&'static str),
        /// The sign-in status names Microsoft's code.
        Status(&'static str),
        /// The status sheet says this.
        Sheet(&'static str),
    }
    let cases = [
        (
            Fault::PrinterCloudUnreachable,
            360,
            AlsoShown::SignInRefused("NETWORK"),
        ),
        (
            Fault::PrinterTokenExpired,
            361,
            AlsoShown::Status("AADSTS700082"),
        ),
        (
            Fault::PrinterTokenRevoked,
            370,
            AlsoShown::Sheet(MUST_SIGN_IN),
        ),
    ];
    for (fault, code, also) in cases {
        let demo = demo(&[]).await;
        let web = configured(&demo).await;
        demo.shared.set_knobs(knobs(&[fault]));
        let job = scan(&demo, "ana@contoso.com").await;
        assert_eq!(job["error_code"], code, "{fault:?}: {job}");
        let row = format!("\"Error\",\"{code}\"");
        assert!(job_csv(&web).await.contains(&row), "{fault:?}");
        match also {
            AlsoShown::SignInRefused(error) => {
                let mut web = Web::new(&demo);
                web.login().await;
                let form = web.form(EMAIL).await;
                let start = pairs(&[("INPUTT_SETUPTOKEN", value(&form, "INPUTT_SETUPTOKEN"))]);
                let (_, body) = web.post(&format!("{EMAIL}/OAUTH_SIGNIN"), &start).await;
                let answer: Value = serde_json::from_str(&body).unwrap();
                assert_eq!(answer["RESULT"], "NG");
                assert_eq!(answer["ERRORCODE"], error);
            }
            AlsoShown::Status(error) => {
                let status = web.json(&format!("{EMAIL}/OAUTH_STATUS")).await;
                assert_eq!(status["ERRORCODE"], error);
            }
            AlsoShown::Sheet(text) => {
                let (_, sheet) = web.get(STATUS_SHEET).await;
                assert!(sheet.contains(text), "{sheet}");
            }
        }
    }
}

#[tokio::test]
async fn a_printer_that_never_signed_in_gives_370() {
    let demo = demo(&[]).await;
    let job = scan(&demo, "ana@contoso.com").await;
    assert_eq!(job["result"], "Error");
    assert_eq!(job["error_code"], 370, "{job}");
}

#[tokio::test]
async fn an_smtp_refusal_is_an_error_row_with_the_reply() {
    let demo = demo(&[]).await;
    let web = configured(&demo).await;
    demo.shared
        .set_knobs(knobs(&[Fault::SmtpAuthDisabledTenant]));
    let job = scan(&demo, "ana@contoso.com").await;
    assert_eq!(job["result"], "Error");
    assert_eq!(job["error_code"], Value::Null);
    let destination = job["destination"].as_str().unwrap();
    assert!(
        destination.starts_with("ana@contoso.com (SMTP 535 5.7.139"),
        "{destination}"
    );
    assert!(
        job_csv(&web)
            .await
            .contains("\"Error\",\"\",\"ana@contoso.com (SMTP 535")
    );
}

#[tokio::test]
async fn a_restart_answers_shutting_down_refuses_connections_and_drops_sessions() {
    let demo = Demo::start(Knobs {
        printer_restart: Duration::from_millis(1500),
        ..knobs(&[Fault::PrinterRestart])
    })
    .await
    .unwrap();
    let mut web = Web::new(&demo);
    web.login().await;
    let mut form = web.form(EMAIL).await;
    set(&mut form, "INPUTT_SMTPPORT", "25");
    let (_, page) = web.post(&format!("{EMAIL}/SET"), &form).await;
    assert!(page.contains("Shutting down"), "{page}");
    until_server(&demo, |s| !s.up).await;
    let refused = web
        .http
        .get(format!(
            "{}/PRESENTATION/ADVANCED/INFO_PRTINFO/TOP",
            web.base
        ))
        .send()
        .await;
    assert!(refused.is_err(), "the server should be down");
    until_server(&demo, |s| s.up && s.restarts == 1).await;
    let (_, page) = web.get(&format!("{EMAIL}/TOP")).await;
    assert!(page.contains("Administrator Login"), "the session survived");
    let state = sim_state(&demo).await;
    assert_eq!(state["restarts"], 1);
    assert_eq!(state["email"]["smtp_port"], 25);
    // Only the first write restarts.
    web.login().await;
    let form = web.form(EMAIL).await;
    let (_, page) = web.post(&format!("{EMAIL}/SET"), &form).await;
    assert!(page.contains("Setup complete."), "{page}");
}

#[tokio::test]
async fn a_write_cut_by_a_restart_stores_half_the_fields() {
    let demo = demo(&[Fault::PrinterRestartMidWrite]).await;
    let mut web = Web::new(&demo);
    web.login().await;
    let mut form = web.form(EMAIL).await;
    set(&mut form, "SEL_AUTHMETHOD", "OAUTH2");
    set(&mut form, "INPUTT_SMTPSERVER", "smtp-mail.outlook.com");
    let cut = web
        .http
        .post(format!("{}{EMAIL}/SET", web.base))
        .header("cookie", web.cookies())
        .form(&form)
        .send()
        .await;
    assert!(
        cut.is_err(),
        "the connection breaks before any answer: {cut:?}"
    );
    until_server(&demo, |s| s.up && s.restarts == 1).await;
    let state = sim_state(&demo).await;
    assert_eq!(state["restarts"], 1);
    assert_eq!(state["email"]["auth_method"], "OAUTH2");
    assert_eq!(state["email"]["smtp_server"], "smtp.office365.com");
    assert_eq!(state["writes"][0]["partial"], true);
}

#[tokio::test]
async fn firmware_bugs_change_the_port_or_reject_the_server() {
    let demo = demo(&[Fault::PrinterReadbackMismatch]).await;
    let mut web = Web::new(&demo);
    web.login().await;
    let mut form = web.form(EMAIL).await;
    set(&mut form, "INPUTT_SMTPPORT", "2525");
    let (_, page) = web.post(&format!("{EMAIL}/SET"), &form).await;
    assert!(page.contains("Setup complete."));
    assert_eq!(sim_state(&demo).await["email"]["smtp_port"], 25);

    demo.shared
        .set_knobs(knobs(&[Fault::PrinterRejectsSettings]));
    let mut form = web.form(EMAIL).await;
    set(&mut form, "SEL_AUTHMETHOD", "OAUTH2");
    let (_, page) = web.post(&format!("{EMAIL}/SET"), &form).await;
    assert!(page.contains("Invalid value") && page.contains("SMTP Server Address"));
}

#[tokio::test]
async fn other_devices_answer_otherwise() {
    let demo = demo(&[Fault::PrinterHttpOnly]).await;
    let plain = reqwest::Client::new();
    let page = plain
        .get(format!(
            "http://{}/PRESENTATION/ADVANCED/INFO_PRTINFO/TOP",
            demo.printer
        ))
        .send()
        .await
        .expect("plain HTTP")
        .text()
        .await
        .unwrap();
    assert!(page.contains("EPSON"));

    demo.shared.set_knobs(knobs(&[Fault::PrinterNotEpson]));
    let web = Web::new(&demo);
    let (_, home) = web.get("/").await;
    assert!(home.contains("HP Embedded Web Server") && !home.contains("EPSON"));
    let (status, _) = web.get("/PRESENTATION/ADVANCED/INFO_PRTINFO/TOP").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

/// The product's Web Config adapter for the demo printer, logged in, with `profile`.
async fn adapter(demo: &Demo, profile: Profile) -> ProfileAdapter {
    let address = parse_manual_address(&demo.printer.to_string()).unwrap();
    let trust = Trust::Pin(Some(demo.printer_fingerprint.clone()));
    let web = printer_oauth_core::printer::http_client::PrinterHttp::new(
        &address,
        &trust,
        &profile.profile.cookies,
        Duration::from_secs(20),
    )
    .unwrap();
    let mut adapter = ProfileAdapter::new(web, profile, address);
    adapter
        .log_in(None, &Secret::new(demo.ready().printer_password))
        .await
        .expect("the administrator logs in");
    adapter
}

/// Changes the email settings at the printer's control panel (`/sim/settings`).
async fn panel(demo: &Demo, settings: &[(&str, &str)]) -> Value {
    let (http, base) = control(demo);
    let response = http
        .post(format!("{base}/settings"))
        .form(settings)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    response.json().await.unwrap()
}

/// The printer's connection test through the adapter: its outcome.
async fn connection_test(adapter: &mut ProfileAdapter) -> TestOutcome {
    adapter
        .connection_test()
        .await
        .expect("the printer answers")
        .expect("the profile names a connection test")
}

/// Runs one of the wizard's Exchange Online changes in the demo tenant.
fn exchange(demo: &Demo, command: Command) {
    demo.shared.dir().run(&command);
}

fn enable_smtp_auth(mailbox: &str) -> Command {
    Command::EnableSmtpAuth {
        mailbox: mailbox.into(),
    }
}

fn grant_send_as() -> Command {
    Command::GrantSendAs {
        sender: MAILBOX.into(),
        trustee: ADMIN.into(),
    }
}

/// The tenant as the wizard's Exchange Online page leaves it for the administrator's sign-in:
/// SMTP AUTH on for the administrator's mailbox, which may send as the printer's mailbox.
fn guide_tenant(demo: &Demo) {
    exchange(demo, enable_smtp_auth(ADMIN));
    exchange(demo, grant_send_as());
}

fn failed(code: &str, message: &str) -> TestOutcome {
    TestOutcome::Failed {
        code: code.into(),
        message: message.into(),
    }
}

#[tokio::test]
async fn a_send_as_refusal_is_recorded_decoded_and_resolved_by_a_later_success() {
    let demo = demo(&[]).await;
    // The administrator signs the printer in and may use SMTP AUTH, but has no Send As on the
    // printer's mailbox, the sender.
    exchange(&demo, enable_smtp_auth(ADMIN));
    demo.shared.dir().send_as.clear();
    let web = configured(&demo).await;
    let mut adapter = adapter(&demo, Profile::builtin()).await;
    let job = scan(&demo, "ana@contoso.com").await;
    assert_eq!(job["result"], "Error", "{job}");
    assert_eq!(job["error_code"], Value::Null);
    let csv = job_csv(&web).await;
    assert!(csv.contains("(SMTP 550 5.7.60 "), "{csv}");

    let jobs = adapter.jobs().await.unwrap();
    let refused = jobs.last().unwrap();
    assert_eq!(refused.code, None);
    assert!(!refused.completed);
    let reply = refused.reply.as_deref().unwrap();
    assert!(
        reply.starts_with(
            "550 5.7.60 SMTP; Client does not have permissions to send as this sender"
        ),
        "{reply}"
    );
    assert!(!reply.ends_with(')'), "{reply}");
    let review = history::review(&jobs, Lang::En);
    assert_eq!(review.current.len(), 1);
    let d = &review.current[0].diagnosis;
    assert_eq!(
        (d.id, d.code.as_str()),
        ("smtp-send-as-denied", "550 5.7.60")
    );
    assert!(review.resolved.is_empty());

    exchange(&demo, grant_send_as());
    assert_eq!(scan(&demo, "ana@contoso.com").await["result"], "Completed");
    let jobs = adapter.jobs().await.unwrap();
    assert!(jobs.last().unwrap().completed);
    let review = history::review(&jobs, Lang::Hr);
    assert!(review.current.is_empty(), "{:?}", review.current);
    assert_eq!(review.resolved.len(), 1);
    assert_eq!(review.resolved[0].diagnosis.code, "550 5.7.60");
    assert_eq!(review.resolved[0].job.id, refused.id);
}

#[tokio::test]
async fn the_printers_connection_test_reaches_the_smtp_server_with_its_own_settings() {
    let demo = demo(&[]).await;
    // As shipped, the printer still uses a password (basic authentication), which Exchange
    // Online refuses.
    let mut before = adapter(&demo, Profile::builtin()).await;
    assert!(before.has_connection_test());
    assert_eq!(
        connection_test(&mut before).await,
        failed("printer-test-auth", "SMTP server authentication error.")
    );

    // Signed in with OAuth 2.0 by the administrator, whose mailbox has SMTP AUTH off.
    demo.shared.dir().send_as.clear();
    configured(&demo).await;
    let mut adapter = adapter(&demo, Profile::builtin()).await;
    assert_eq!(
        connection_test(&mut adapter).await,
        failed("printer-test-auth", "SMTP server authentication error.")
    );
    // SMTP AUTH on: now the sender is refused (no Send As on the printer's mailbox).
    exchange(&demo, enable_smtp_auth(ADMIN));
    assert_eq!(
        connection_test(&mut adapter).await,
        failed(
            "printer-test-sender",
            "Sender's Email Address is incorrect."
        )
    );
    exchange(&demo, grant_send_as());
    let delivered = demo.shared.dir().mailbox.len();
    assert_eq!(
        connection_test(&mut adapter).await,
        TestOutcome::Passed {
            message: "Connection test was successful.".into()
        }
    );
    assert_eq!(
        demo.shared.dir().mailbox.len(),
        delivered,
        "no message is sent"
    );

    // The SMTP server refuses: the printer's message, decoded through the catalog.
    demo.shared
        .set_knobs(knobs(&[Fault::SmtpAuthDisabledTenant]));
    let outcome = connection_test(&mut adapter).await;
    assert_eq!(
        outcome,
        failed("printer-test-auth", "SMTP server authentication error.")
    );
    let d = outcome.diagnosis(Lang::Hr).unwrap();
    assert_eq!(d.id, "printer-test-auth");
    assert_eq!(
        d.detail.as_deref(),
        Some("SMTP server authentication error.")
    );
    assert_ne!(d.title, outcome.diagnosis(Lang::En).unwrap().title);

    // German firmware answers in German; the profile knows those texts too.
    demo.shared.set_knobs(knobs(&[
        Fault::SmtpAuthDisabledTenant,
        Fault::PrinterGermanPages,
    ]));
    assert_eq!(
        connection_test(&mut adapter).await,
        failed("printer-test-auth", "SMTP-Server-Authentifizierungsfehler.")
    );

    for (fault, code, message) in [
        (
            Fault::UntrustedCertificate,
            "printer-test-untrusted",
            "The connection is untrusted.",
        ),
        (
            Fault::PrinterCloudUnreachable,
            "printer-test-network",
            "SMTP server communication error.",
        ),
    ] {
        demo.shared.set_knobs(knobs(&[fault]));
        assert_eq!(
            connection_test(&mut adapter).await,
            failed(code, message),
            "{fault:?}"
        );
    }
    // Send As is refused only after the message, beyond the test: it passes.
    demo.shared.set_knobs(knobs(&[Fault::SendAsDenied]));
    assert!(matches!(
        connection_test(&mut adapter).await,
        TestOutcome::Passed { .. }
    ));

    demo.shared.set_knobs(knobs(&[]));
    for (settings, code, message) in [
        (
            [("secure", "NONE"), ("sender", "scanner@contoso.com")],
            "printer-test-secure",
            "Connection to SMTP server failed.",
        ),
        (
            [("secure", "STARTTLS"), ("sender", "ceo@contoso.com")],
            "printer-test-sender",
            "Sender's Email Address is incorrect.",
        ),
        (
            [
                ("sender", "scanner@contoso.com"),
                ("smtp_server", "smtp.contoso.example"),
            ],
            "printer-test-server",
            "An error occurred while connecting to SMTP server.",
        ),
        (
            [
                ("smtp_server", "smtp.office365.com"),
                ("auth_method", "OFF"),
            ],
            "printer-test-auth-method",
            "SMTP server authentication failed.",
        ),
    ] {
        panel(&demo, &settings).await;
        assert_eq!(
            connection_test(&mut adapter).await,
            failed(code, message),
            "{settings:?}"
        );
    }
    panel(&demo, &[("auth_method", "OAUTH2")]).await;
    assert!(matches!(
        connection_test(&mut adapter).await,
        TestOutcome::Passed { .. }
    ));
}

#[tokio::test]
async fn the_connection_test_page_needs_a_session_a_token_and_its_start_button() {
    let demo = demo(&[]).await;
    let mut web = Web::new(&demo);
    let (_, page) = web.get(&format!("{CONNECTION_TEST}/TOP")).await;
    assert!(page.contains("Administrator Login"), "{page}");
    web.login().await;
    let form = web.form(CONNECTION_TEST).await;
    assert!(
        !form.iter().any(|(k, _)| k == "INPUTT_CONNECTTEST"),
        "a button, not a field"
    );
    let (_, page) = web.post(&format!("{CONNECTION_TEST}/SET"), &form).await;
    assert!(
        page.contains("Invalid value : INPUTT_CONNECTTEST"),
        "{page}"
    );
    let (_, page) = web.post(&format!("{CONNECTION_TEST}/SET"), &form).await;
    assert!(
        page.contains("The page has expired."),
        "a used token: {page}"
    );
    let mut form = web.form(CONNECTION_TEST).await;
    form.push(("INPUTT_CONNECTTEST".into(), "START".into()));
    let (_, page) = web.post(&format!("{CONNECTION_TEST}/SET"), &form).await;
    assert!(page.contains("SMTP server authentication error."), "{page}");

    let (http, base) = control(&demo);
    let refused = http
        .post(format!("{base}/settings"))
        .form(&[("smtp_port", "70000")])
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn a_profile_without_a_connection_test_has_none() {
    let shipped = include_str!("../assets/printers/epson-webconfig.toml");
    let start = shipped.find("[connection_test]").unwrap();
    let end = shipped.find("[email]").unwrap();
    let text = format!("{}{}", &shipped[..start], &shipped[end..]);
    let profile = Profile::parse(&text, "no-test.toml").unwrap();
    let demo = demo(&[]).await;
    configured(&demo).await;
    let mut adapter = adapter(&demo, profile).await;
    assert!(!adapter.has_connection_test());
    assert_eq!(adapter.connection_test().await.unwrap(), None);
}

/// First contact: the device identifies itself over a connection that accepted its certificate
/// for those requests only; no password is sent and nothing is pinned before the admin
/// confirms. A device that is not the profile's printer is not offered for trust at all.
#[tokio::test]
async fn first_contact_identifies_the_printer_before_its_certificate_is_trusted() {
    use printer_oauth_core::printer::connect::{self, ConnectOptions, Reached};
    let demo = demo(&[]).await;
    let data = tempfile::tempdir().unwrap();
    let options = |dir: &std::path::Path, trust: Option<String>| ConnectOptions {
        address: demo.printer.to_string(),
        profile: None,
        trust_fingerprint: trust,
        ca_file: None,
        data_dir: Some(dir.to_path_buf()),
        timeout: Duration::from_secs(20),
    };
    let first = match connect::reach(&options(data.path(), None), Lang::En).await {
        Ok(Reached::FirstContact(first)) => first,
        Ok(Reached::Connected(_)) => panic!("trusted without confirmation"),
        Err(d) => panic!("{d:?}"),
    };
    assert_eq!(first.fingerprint, demo.printer_fingerprint);
    assert_eq!(first.address, demo.printer.to_string());
    assert_eq!(first.info.vendor, "EPSON");
    assert_eq!(first.info.model, "EPSON WF-C5890 Series");
    assert!(!data.path().join("pins.json").exists());
    let logins = &sim_state(&demo).await["logins"];
    assert_eq!(
        (&logins["ok"], &logins["failed"]),
        (&Value::from(0), &Value::from(0))
    );
    // The command line still stops there, with the fingerprint to confirm.
    match connect::connect(&options(data.path(), None), Lang::En).await {
        Err(d) => assert_eq!(
            (d.id, d.detail.as_deref()),
            ("printer-unpinned", Some(demo.printer_fingerprint.as_str()))
        ),
        Ok(_) => panic!("trusted without confirmation"),
    }
    // Confirmed: reached, and pinned from now on.
    let confirmed = options(data.path(), Some(first.fingerprint.clone()));
    assert!(matches!(
        connect::reach(&confirmed, Lang::En).await,
        Ok(Reached::Connected(_))
    ));
    assert!(data.path().join("pins.json").exists());

    demo.shared.set_knobs(knobs(&[Fault::PrinterNotEpson]));
    let fresh = tempfile::tempdir().unwrap();
    match connect::reach(&options(fresh.path(), None), Lang::En).await {
        Err(d) => assert_eq!(d.id, "printer-not-supported"),
        Ok(_) => panic!("another device was offered for trust"),
    }
    assert!(!fresh.path().join("pins.json").exists());
}

/// Each refused password says how many attempts are left before the printer locks its
/// administrator login (as the profile states the lockout); the lockout says when it ends.
#[tokio::test]
async fn refusals_count_down_to_the_printer_s_lockout() {
    use printer_oauth_core::printer::error::PrinterError;
    use printer_oauth_core::printer::login::{self, Lockout, PasswordSource, Refusals};
    let demo = Demo::start(Knobs {
        printer_lockout: Duration::from_secs(300),
        ..knobs(&[])
    })
    .await
    .expect("simulators start");
    let profile = Profile::builtin();
    let lockout = Lockout::of(&profile);
    assert_eq!(lockout.map(|l| (l.attempts, l.minutes)), Some((3, 5)));
    let address = parse_manual_address(&demo.printer.to_string()).unwrap();
    let trust = Trust::Pin(Some(demo.printer_fingerprint.clone()));
    let cookies = profile.profile.cookies.clone();
    let web = printer_oauth_core::printer::http_client::PrinterHttp::new(
        &address,
        &trust,
        &cookies,
        Duration::from_secs(20),
    )
    .unwrap();
    let mut adapter = ProfileAdapter::new(web, profile, address);
    let typed = PasswordSource {
        remembered: false,
        remember: false,
    };
    let printer = demo.printer.to_string();
    let mut refusals = Refusals::default();
    let mut fixes = Vec::new();
    for _ in 0..3 {
        let done = login::log_in(&mut adapter, &printer, None, &Secret::new("wrong"), typed).await;
        assert_eq!(done.result, Err(PrinterError::BadPassword));
        let d = refusals.diagnose(&printer, &done, typed, lockout, Lang::En);
        fixes.push(d.expect("a refusal").fix);
    }
    assert!(fixes[0].contains(
        "At most 2 attempts are left before the printer locks administrator login for 5 minutes."
    ));
    assert!(fixes[1].contains("At most 1 attempt is left"));
    assert!(fixes[2].contains("it now locks administrator login for 5 minutes. Try again after "));
    assert_eq!(sim_state(&demo).await["locked"], true);
    let until = fixes[2]
        .rsplit("after ")
        .next()
        .unwrap()
        .trim_end_matches('.')
        .to_string();
    assert!(
        until.len() == 5 && until.as_bytes()[2] == b':',
        "a local time HH:MM, not {until}"
    );
    // The right password now meets "Try again later.", and is told when.
    let right = Secret::new(demo.ready().printer_password);
    let done = login::log_in(&mut adapter, &printer, None, &right, typed).await;
    assert!(
        matches!(done.result, Err(PrinterError::LockedOut(_))),
        "{:?}",
        done.result
    );
    let d = refusals
        .diagnose(&printer, &done, typed, lockout, Lang::Hr)
        .unwrap();
    assert_eq!(d.id, "printer-locked-out");
    assert!(
        d.fix
            .ends_with(&format!("Pokušajte ponovno nakon {until}.")),
        "{}",
        d.fix
    );
}

/// With `printer-session-storm` every session serves one page after the login, then ends.
/// The adapter logs in again once; when the fresh session ends too, every request that
/// needs one (a settings write, the sign-in, the connection test) says the session keeps
/// ending, never "unexpected page" or "not JSON".
#[tokio::test]
async fn a_session_storm_ends_every_session_after_one_page() {
    use printer_oauth_core::printer::adapter::{SignInState, Target};
    use printer_oauth_core::printer::error::PrinterError;
    let demo = demo(&[Fault::PrinterSessionStorm]).await;
    let mut web = Web::new(&demo);
    web.login().await;
    web.form(EMAIL).await;
    let (_, page) = web.get(&format!("{EMAIL}/TOP")).await;
    assert!(page.contains("Administrator Login"), "{page}");
    web.login().await;
    web.form(EMAIL).await;

    let mut adapter = adapter(&demo, Profile::builtin()).await;
    // A single page after a new login still works.
    let raw = adapter
        .read(Target::Email)
        .await
        .expect("one page per login");
    assert_eq!(
        adapter.sign_in_state(Target::Email).await,
        Ok(SignInState::SignedOut)
    );
    assert_eq!(
        adapter.write(Target::Email, &raw).await,
        Err(PrinterError::SessionLost)
    );
    assert_eq!(
        adapter
            .start_sign_in(Target::Email, "exchange-online")
            .await,
        Err(PrinterError::SessionLost)
    );
    assert_eq!(
        adapter.connection_test().await,
        Err(PrinterError::SessionLost)
    );
    assert!(
        sim_state(&demo).await["writes"]
            .as_array()
            .unwrap()
            .is_empty()
    );
}
