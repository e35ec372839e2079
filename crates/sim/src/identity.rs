//! Identity simulator: the Microsoft identity platform's device code and token endpoints, with
//! Microsoft's field names, codes and error bodies, and a sign-in page a person can use.

use super::directory::{self, DeviceGrant, Grant, IssuedToken};
use super::knobs::Fault;
use super::{Shared, random_token};
use axum::extract::{Form, Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use base64::Engine;
use printer_oauth_core::exchange::{AccountPath, Plan};
use serde::Deserialize;
use serde_json::json;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// The identity simulator's routes (device flow, token, sign-in page, demo controls).
pub fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route("/{tenant}/oauth2/v2.0/devicecode", post(device_code))
        .route("/{tenant}/oauth2/v2.0/token", post(token))
        .route(
            "/devicelogin",
            get(super::verify_page::code_form).post(super::verify_page::code_entered),
        )
        .route("/devicelogin/consent", post(super::verify_page::decided))
        .route(
            "/{tenant}/adminconsent",
            get(super::admin_consent::form).post(super::admin_consent::decided),
        )
        .route("/sim/approve", post(approve))
        .route("/sim/powershell", post(powershell))
        .route("/sim/mailbox", get(mailbox))
        .with_state(shared)
}

/// A Microsoft error answer: `error`, `error_description` with trace and correlation ids,
/// `error_codes`, `timestamp`, `trace_id`, `correlation_id`, `error_uri`.
pub(super) fn ms_error(status: StatusCode, error: &str, code: Option<u32>, text: &str) -> Response {
    let trace_id = uuid::Uuid::new_v4().to_string();
    let correlation_id = uuid::Uuid::new_v4().to_string();
    let timestamp = directory::timestamp();
    let prefix = code.map(|c| format!("AADSTS{c}: ")).unwrap_or_default();
    let description = format!(
        "{prefix}{text}\r\nTrace ID: {trace_id}\r\nCorrelation ID: {correlation_id}\r\nTimestamp: {timestamp}"
    );
    let mut body = json!({
        "error": error,
        "error_description": description,
        "error_codes": code.map(|c| vec![c]).unwrap_or_default(),
        "timestamp": timestamp,
        "trace_id": trace_id,
        "correlation_id": correlation_id,
    });
    if let Some(c) = code {
        body["error_uri"] = json!(format!("https://login.microsoftonline.com/error?code={c}"));
    }
    (status, Json(body)).into_response()
}

/// The faults that break an endpoint before it does anything.
async fn broken(shared: &Shared) -> Option<Response> {
    let knobs = shared.knobs();
    if knobs.has(Fault::Hang) {
        std::future::pending::<()>().await;
    }
    if knobs.has(Fault::ServerError) {
        return Some(ms_error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "server_error",
            Some(90033),
            "A transient error has occurred. Please try again.",
        ));
    }
    if knobs.has(Fault::MalformedJson) {
        return Some(
            (
                StatusCode::OK,
                [("content-type", "application/json")],
                "{\"device_code\": \"DAQAB",
            )
                .into_response(),
        );
    }
    None
}

#[derive(Deserialize)]
struct DeviceCodeForm {
    client_id: Option<String>,
    scope: Option<String>,
}

async fn device_code(
    State(shared): State<Arc<Shared>>,
    Path(tenant): Path<String>,
    Form(form): Form<DeviceCodeForm>,
) -> Response {
    if let Some(response) = broken(&shared).await {
        return response;
    }
    let Some(client_id) = form.client_id.filter(|c| !c.is_empty()) else {
        return ms_error(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            Some(900144),
            "The request body must contain the following parameter: 'client_id'.",
        );
    };
    let Some(scope) = form.scope.filter(|s| !s.trim().is_empty()) else {
        return ms_error(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            Some(900144),
            "The request body must contain the following parameter: 'scope'.",
        );
    };
    let mut dir = shared.dir();
    if tenant == "consumers"
        && let Some(app) = dir.app(&client_id)
        && !app.personal_accounts
    {
        let text = format!(
            "Application '{}'({}) is configured for use by Azure Active Directory users only. Please do not use the /consumers endpoint to serve this request.",
            app.client_id, app.name
        );
        return ms_error(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            Some(9002332),
            &text,
        );
    }
    // Apps open to personal accounts may also use the `consumers` tenant.
    let personal =
        tenant == "consumers" && dir.app(&client_id).is_some_and(|a| a.personal_accounts);
    if !personal && !directory::Directory::knows_tenant(&tenant) {
        return ms_error(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            Some(90002),
            &directory::tenant_not_found(&tenant),
        );
    }
    if dir.app(&client_id).is_none() {
        return ms_error(
            StatusCode::BAD_REQUEST,
            "unauthorized_client",
            Some(700016),
            &directory::app_not_found(&client_id),
        );
    }
    let knobs = shared.knobs();
    let device_code = random_token("DAQABIQEAAAD", 180);
    let user_code = user_code();
    let verification_uri = format!("{}/devicelogin", shared.base_url);
    dir.issued_secrets.push(device_code.clone());
    dir.grants.insert(
        device_code.clone(),
        DeviceGrant {
            client_id: client_id.clone(),
            user_code: user_code.clone(),
            scope,
            issued: Instant::now(),
            expires_in: knobs.expires_in,
            interval: knobs.interval,
            state: Grant::Pending,
            polls: Vec::new(),
            answers: Vec::new(),
        },
    );
    drop(dir);
    if let Some(delay) = knobs.auto_approve {
        let shared = shared.clone();
        let code = user_code.clone();
        let decline = knobs.has(Fault::Decline);
        tokio::spawn(async move {
            tokio::time::sleep(delay).await;
            let decision = if decline {
                Decision::Decline
            } else {
                Decision::Approve
            };
            let _ = shared.decide(&code, None, true, decision);
        });
    }
    Json(json!({
        "user_code": user_code,
        "device_code": device_code,
        "verification_uri": verification_uri,
        "expires_in": knobs.expires_in.as_secs(),
        "interval": knobs.interval.as_secs(),
        "message": format!("To sign in, use a web browser to open the page {verification_uri} and enter the code {user_code} to authenticate."),
    }))
    .into_response()
}

/// Nine upper-case letters and digits, as Microsoft issues them.
fn user_code() -> String {
    use rand::Rng;
    const ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut rng = rand::rng();
    (0..9)
        .map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char)
        .collect()
}

/// What a person (or the demo admin) decided on the sign-in page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Approve,
    Decline,
}

impl Shared {
    /// Records a decision for a user code. `account` defaults to the directory's
    /// `default_approver` (the account the demo wizard's plan names), else to the mailbox for
    /// the pre-flight app; for any other app (the printer's), to the mailbox once the
    /// organisation consented to the app (the least-privilege path), else to the Global
    /// Administrator, who consents for the organisation (the guide's path). Only a Global Administrator can consent for the
    /// organisation: `consent_for_org` from anyone else consents for that account alone.
    pub fn decide(
        &self,
        user_code: &str,
        account: Option<&str>,
        consent_for_org: bool,
        decision: Decision,
    ) -> Result<(), &'static str> {
        let mut dir = self.dir();
        let org_consents = dir.org_consents.clone();
        let approver = dir.default_approver.clone();
        let grant = dir.grant_by_user_code(user_code).ok_or("unknown-code")?;
        if grant.issued.elapsed() > grant.expires_in {
            return Err("expired");
        }
        if grant.state != Grant::Pending {
            return Err("used");
        }
        let client_id = grant.client_id.clone();
        let consented = org_consents.contains(&client_id.to_ascii_lowercase());
        let default = if client_id == directory::APP_CLIENT_ID || consented {
            directory::MAILBOX
        } else {
            directory::ADMIN
        };
        let account = account.or(approver.as_deref()).unwrap_or(default);
        let Some(known) = directory::ACCOUNTS.iter().find(|a| a.username == account) else {
            return Err("unknown-account");
        };
        let consent_for_org = consent_for_org && known.global_admin;
        grant.state = match decision {
            Decision::Approve => Grant::Approved {
                account: account.to_string(),
                consent_for_org,
            },
            Decision::Decline => Grant::Declined,
        };
        if decision == Decision::Approve && consent_for_org {
            // "Consent on behalf of your organization" grants the app for the whole tenant.
            dir.consent_for_org(&client_id);
        }
        Ok(())
    }
}

#[derive(Deserialize)]
struct TokenForm {
    grant_type: Option<String>,
    client_id: Option<String>,
    device_code: Option<String>,
    refresh_token: Option<String>,
    scope: Option<String>,
    client_secret: Option<String>,
}

async fn token(
    State(shared): State<Arc<Shared>>,
    Path(_tenant): Path<String>,
    Form(form): Form<TokenForm>,
) -> Response {
    if let Some(response) = broken(&shared).await {
        return response;
    }
    if form.client_secret.is_some() {
        return ms_error(
            StatusCode::UNAUTHORIZED,
            "invalid_client",
            Some(700025),
            "Client is public so neither 'client_assertion' nor 'client_secret' should be presented.",
        );
    }
    let client_id = form.client_id.unwrap_or_default();
    match form.grant_type.as_deref() {
        Some("urn:ietf:params:oauth:grant-type:device_code") => device_token(
            &shared,
            &client_id,
            form.device_code.as_deref().unwrap_or_default(),
        ),
        Some("refresh_token") => refresh(
            &shared,
            &client_id,
            form.refresh_token.as_deref().unwrap_or_default(),
            form.scope,
        ),
        _ => ms_error(
            StatusCode::BAD_REQUEST,
            "unsupported_grant_type",
            Some(70003),
            "The app requested an unsupported grant type.",
        ),
    }
}

fn device_token(shared: &Shared, client_id: &str, device_code: &str) -> Response {
    let knobs = shared.knobs();
    let mut dir = shared.dir();
    let org_consented = dir.org_consented(client_id);
    let Some(grant) = dir.grants.get_mut(device_code) else {
        return ms_error(
            StatusCode::BAD_REQUEST,
            "invalid_grant",
            Some(9002313),
            "Invalid request. Request is malformed or invalid.",
        );
    };
    let now = Instant::now();
    let since_last = now - grant.polls.last().copied().unwrap_or(grant.issued);
    grant.polls.push(now);
    let (answer, response) = poll_answer(grant, client_id, org_consented, since_last, &knobs);
    grant.answers.push(answer.clone());
    if answer == "tokens" {
        let Grant::Approved { account, .. } = grant.state.clone() else {
            unreachable!("tokens only after approval")
        };
        let scope = grant.scope.clone();
        grant.state = Grant::Redeemed;
        return issue_tokens(&mut dir, &account, client_id, &scope);
    }
    response
}

/// The token endpoint's answer to one device-code poll, and its short name for tests.
/// `org_consented`: an administrator already consented to the app for the organisation.
fn poll_answer(
    grant: &mut DeviceGrant,
    client_id: &str,
    org_consented: bool,
    since_last: Duration,
    knobs: &super::Knobs,
) -> (String, Response) {
    let reply = |error: &str, code: Option<u32>, text: &str| {
        (
            error.to_string(),
            ms_error(StatusCode::BAD_REQUEST, error, code, text),
        )
    };
    if !grant.client_id.eq_ignore_ascii_case(client_id) {
        return reply(
            "invalid_grant",
            Some(70000),
            "The provided value for the 'device_code' is not valid for this client.",
        );
    }
    if knobs.has(Fault::PublicClientOff) {
        return (
            "invalid_client".into(),
            ms_error(
                StatusCode::UNAUTHORIZED,
                "invalid_client",
                Some(7000218),
                "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
            ),
        );
    }
    if grant.issued.elapsed() > grant.expires_in {
        return reply("expired_token", Some(70019), "Verification code expired.");
    }
    if knobs.has(Fault::FlakyPolls) && grant.polls.len() <= 2 {
        return (
            "503".into(),
            (StatusCode::SERVICE_UNAVAILABLE, "Service Unavailable").into_response(),
        );
    }
    let storm = knobs.has(Fault::SlowDownStorm) && grant.polls.len() <= 1;
    if storm || since_last < grant.interval {
        // RFC 8628 section 3.5: polled too fast, or the storm knob; raise the interval.
        grant.interval += Duration::from_secs(5);
        return reply(
            "slow_down",
            None,
            "The client is polling too quickly and should back off.",
        );
    }
    match &grant.state {
        Grant::Pending => reply(
            "authorization_pending",
            Some(70016),
            "OAuth 2.0 device flow error. Authorization is pending. Continue polling.",
        ),
        Grant::Declined => reply(
            "authorization_declined",
            None,
            "The end user denied the authorization request.",
        ),
        Grant::Redeemed => reply(
            "invalid_grant",
            Some(54005),
            "OAuth2 Authorization code was already redeemed, please retry with a new valid code or use an existing refresh token.",
        ),
        Grant::Approved {
            consent_for_org, ..
        } => {
            if knobs.has(Fault::ConditionalAccess) {
                return reply(
                    "invalid_grant",
                    Some(53003),
                    "Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.",
                );
            }
            if knobs.has(Fault::ConsentRequired) && !consent_for_org && !org_consented {
                let text = format!(
                    "The user or administrator has not consented to use the application with ID '{client_id}'. Send an interactive authorization request for this user and resource."
                );
                return reply("invalid_grant", Some(65001), &text);
            }
            ("tokens".into(), StatusCode::OK.into_response())
        }
    }
}

fn issue_tokens(
    dir: &mut directory::Directory,
    account: &str,
    client_id: &str,
    scope: &str,
) -> Response {
    let access = random_token("eyJ0eXAiOiJKV1QiLCJub25jZSI6Ik", 320);
    let refresh = random_token("1.AQcA", 240);
    let granted: Vec<&str> = scope
        .split(' ')
        .filter(|s| s.contains("SMTP.Send"))
        .collect();
    let granted = granted.join(" ");
    dir.access_tokens.insert(
        access.clone(),
        IssuedToken {
            account: account.to_string(),
            client_id: client_id.to_string(),
            scope: granted.clone(),
            expires: Instant::now() + Duration::from_secs(3599),
        },
    );
    dir.refresh_tokens.insert(
        refresh.clone(),
        (account.to_string(), client_id.to_string()),
    );
    let id_token = id_token(account, client_id);
    dir.issued_secrets
        .extend([access.clone(), refresh.clone(), id_token.clone()]);
    Json(json!({
        "token_type": "Bearer",
        "scope": granted,
        "expires_in": 3599,
        "ext_expires_in": 3599,
        "access_token": access,
        "refresh_token": refresh,
        "id_token": id_token,
    }))
    .into_response()
}

/// An id token with Microsoft's claims. Its signature is random: the simulator has no key.
fn id_token(account: &str, client_id: &str) -> String {
    let b64 = |v: &serde_json::Value| {
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(v.to_string())
    };
    let name = directory::ACCOUNTS
        .iter()
        .find(|a| a.username == account)
        .map(|a| a.display_name)
        .unwrap_or(account);
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    let header = json!({"typ": "JWT", "alg": "RS256", "kid": "printer-oauth-sim"});
    let claims = json!({
        "aud": client_id, "iss": format!("https://login.microsoftonline.com/{}/v2.0", directory::TENANT_ID),
        "iat": now, "nbf": now, "exp": now + 3600, "name": name, "oid": uuid::Uuid::new_v4(),
        "preferred_username": account, "tid": directory::TENANT_ID, "ver": "2.0",
    });
    format!("{}.{}.{}", b64(&header), b64(&claims), random_token("", 86))
}

fn refresh(
    shared: &Shared,
    client_id: &str,
    refresh_token: &str,
    scope: Option<String>,
) -> Response {
    let knobs = shared.knobs();
    let mut dir = shared.dir();
    if knobs.has(Fault::RevokedRefresh) {
        return ms_error(
            StatusCode::BAD_REQUEST,
            "invalid_grant",
            Some(50173),
            "The provided grant has expired due to it being revoked, a fresh auth token is needed. The user might have changed or reset their password.",
        );
    }
    if dir.revoked_refresh_tokens.contains(refresh_token) {
        return ms_error(
            StatusCode::BAD_REQUEST,
            "invalid_grant",
            Some(50173),
            "The provided grant has expired due to it being revoked, a fresh auth token is needed. The user might have changed or reset their password.",
        );
    }
    if dir.expired_refresh_tokens.contains(refresh_token) {
        let issued = time::OffsetDateTime::now_utc() - time::Duration::days(120);
        let issued = issued
            .format(time::macros::format_description!(
                "[year]-[month]-[day]T[hour]:[minute]:[second].0000000Z"
            ))
            .unwrap_or_default();
        let text = format!(
            "The refresh token has expired due to inactivity. The token was issued on {issued} and was inactive for 90.00:00:00."
        );
        return ms_error(
            StatusCode::BAD_REQUEST,
            "invalid_grant",
            Some(700082),
            &text,
        );
    }
    match dir.refresh_tokens.get(refresh_token).cloned() {
        Some((account, issued_to)) if issued_to.eq_ignore_ascii_case(client_id) => {
            let scope = scope.unwrap_or_else(|| "https://outlook.office.com/SMTP.Send".into());
            issue_tokens(&mut dir, &account, client_id, &scope)
        }
        _ => ms_error(
            StatusCode::BAD_REQUEST,
            "invalid_grant",
            Some(9002313),
            "Invalid request. Request is malformed or invalid.",
        ),
    }
}

#[derive(Deserialize)]
struct ApproveForm {
    user_code: String,
    account: Option<String>,
    decision: Option<String>,
}

async fn approve(State(shared): State<Arc<Shared>>, Form(form): Form<ApproveForm>) -> Response {
    let decision = if form.decision.as_deref() == Some("decline") {
        Decision::Decline
    } else {
        Decision::Approve
    };
    match shared.decide(&form.user_code, form.account.as_deref(), true, decision) {
        Ok(()) => {
            Json(json!({"approved": decision == Decision::Approve, "user_code": form.user_code}))
                .into_response()
        }
        Err(reason) => (StatusCode::BAD_REQUEST, Json(json!({"error": reason}))).into_response(),
    }
}

#[derive(Deserialize)]
struct PowershellForm {
    /// The account that signs the printer in.
    signer: String,
    /// The printer's mailbox; the signer itself when not given.
    sender: Option<String>,
}

/// Runs the wizard's PowerShell for an account plan in the demo tenant: SMTP AUTH for the
/// signer, and Send As on the sender when it is another mailbox.
async fn powershell(
    State(shared): State<Arc<Shared>>,
    Form(form): Form<PowershellForm>,
) -> Response {
    let sender = form.sender.unwrap_or_else(|| form.signer.clone());
    let known = |a: &str| {
        directory::ACCOUNTS
            .iter()
            .any(|k| k.username.eq_ignore_ascii_case(a.trim()))
    };
    if !known(&form.signer) || !known(&sender) {
        return (
            StatusCode::BAD_REQUEST,
            Json(json!({"error": "unknown-account"})),
        )
            .into_response();
    }
    let own = form.signer.trim().eq_ignore_ascii_case(sender.trim());
    let plan = Plan {
        path: if own {
            AccountPath::LeastPrivilege
        } else {
            AccountPath::GlobalAdmin
        },
        signer: form.signer.trim().to_string(),
        sender: sender.trim().to_string(),
    };
    shared.dir().carry_out(&plan);
    Json(json!({"powershell": plan.script(printer_oauth_core::cloud::Cloud::Global, "")}))
        .into_response()
}

async fn mailbox(State(shared): State<Arc<Shared>>) -> Response {
    Json(shared.dir().mailbox.clone()).into_response()
}
