//! The identity simulator's tenant-wide admin-consent page,
//! `/{tenant}/adminconsent?client_id=...`: a Global Administrator accepts an app's permissions
//! for everyone in the organisation. In the browser's language; failures carry Microsoft's codes.

use super::Shared;
use super::directory::{self, ACCOUNTS};
use super::verify_page::{escape, lang, page};
use axum::extract::{Form, Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use printer_oauth_core::i18n::Lang;
use serde::Deserialize;
use std::sync::Arc;

/// The query Microsoft's admin-consent URL carries.
#[derive(Deserialize)]
pub struct ConsentQuery {
    client_id: Option<String>,
    redirect_uri: Option<String>,
}

/// GET: the app's permissions, an account to consent with, Accept and Cancel.
pub async fn form(
    State(shared): State<Arc<Shared>>,
    Path(tenant): Path<String>,
    headers: HeaderMap,
    Query(query): Query<ConsentQuery>,
) -> Response {
    let lang = lang(&headers);
    let client_id = query.client_id.unwrap_or_default();
    let app_name = match checked(&shared, &tenant, &client_id, query.redirect_uri) {
        Ok(name) => name,
        Err(failure) => return failure.page(lang),
    };
    let accounts: String = ACCOUNTS
        .iter()
        .map(|a| {
            format!(
                "<label><input type=\"radio\" name=\"account\" value=\"{user}\"{checked}> {name} &lt;{user}&gt;</label><br>",
                user = escape(a.username),
                name = escape(a.display_name),
                checked = if a.global_admin { " checked" } else { "" },
            )
        })
        .collect();
    let permissions: String = [
        "sim-consent-send",
        "sim-consent-offline",
        "sim-consent-profile",
    ]
    .iter()
    .map(|key| format!("<li>{}</li>", escape(&lang.text(key))))
    .collect();
    let org = directory::TENANT_NAME.to_string();
    page(
        lang,
        &format!(
            "<h2>{heading}</h2><p>{asks}</p><ul>{permissions}</ul><p>{note}</p>\
             <form method=\"post\"><input type=\"hidden\" name=\"client_id\" value=\"{client_id}\">\
             <fieldset><legend>{pick}</legend>{accounts}</fieldset>\
             <button type=\"submit\" name=\"decision\" value=\"accept\">{accept}</button>\
             <button type=\"submit\" name=\"decision\" value=\"decline\">{decline}</button></form>",
            heading = escape(&lang.text("sim-consent-heading")),
            asks = escape(&lang.text_with(
                "sim-consent-asks",
                &[("app", app_name), ("org", org.clone())]
            )),
            note = escape(&lang.text_with("sim-consent-note", &[("org", org)])),
            client_id = escape(&client_id),
            pick = escape(&lang.text("sim-page-pick-account")),
            accept = escape(&lang.text("sim-page-accept")),
            decline = escape(&lang.text("sim-page-decline")),
        ),
    )
    .into_response()
}

/// The consent form's answer.
#[derive(Deserialize)]
pub struct DecisionForm {
    client_id: String,
    account: String,
    decision: String,
}

/// POST: a Global Administrator's Accept consents for the organisation; anyone else is refused.
pub async fn decided(
    State(shared): State<Arc<Shared>>,
    Path(tenant): Path<String>,
    headers: HeaderMap,
    Form(form): Form<DecisionForm>,
) -> Response {
    let lang = lang(&headers);
    if let Err(failure) = checked(&shared, &tenant, &form.client_id, None) {
        return failure.page(lang);
    }
    if form.decision != "accept" {
        return Failure::new(65004, "User declined to consent to access the app.").page(lang);
    }
    let admin = ACCOUNTS
        .iter()
        .any(|a| a.username.eq_ignore_ascii_case(&form.account) && a.global_admin);
    if !admin {
        return Failure::new(90094, "The grant requires admin permission.").page(lang);
    }
    shared.dir().consent_for_org(&form.client_id);
    let granted = lang.text_with(
        "sim-consent-granted",
        &[("org", directory::TENANT_NAME.to_string())],
    );
    page(
        lang,
        &format!("<p><strong>{}</strong></p>", escape(&granted)),
    )
    .into_response()
}

/// The tenant is this cloud's, the app exists, no reply address the app lacks; the app's name.
fn checked(
    shared: &Shared,
    tenant: &str,
    client_id: &str,
    redirect_uri: Option<String>,
) -> Result<String, Failure> {
    // Tenant-wide consent needs the organisation: the multi-tenant aliases are not enough.
    if !directory::Directory::knows_tenant(tenant) || matches!(tenant, "organizations" | "common") {
        return Err(Failure::new(90002, &directory::tenant_not_found(tenant)));
    }
    let dir = shared.dir();
    let Some(app) = dir.app(client_id) else {
        return Err(Failure::new(700016, &directory::app_not_found(client_id)));
    };
    // The demo's apps are public clients with no web reply address registered.
    if let Some(uri) = redirect_uri {
        let text = format!(
            "The redirect URI '{uri}' specified in the request does not match the redirect URIs configured for the application '{client_id}'. Make sure the redirect URI sent in the request matches one added to your application in the Azure portal."
        );
        return Err(Failure::new(50011, &text));
    }
    Ok(app.name.to_string())
}

/// Microsoft's error page: the AADSTS code and text, with trace and correlation ids.
struct Failure {
    text: String,
}

impl Failure {
    fn new(code: u32, text: &str) -> Failure {
        Failure {
            text: format!(
                "AADSTS{code}: {text}\nTrace ID: {}\nCorrelation ID: {}\nTimestamp: {}",
                uuid::Uuid::new_v4(),
                uuid::Uuid::new_v4(),
                directory::timestamp()
            ),
        }
    }

    fn page(self, lang: Lang) -> Response {
        let body = format!(
            "<h2>{}</h2><pre role=\"alert\">{}</pre>",
            escape(&lang.text("sim-consent-failed")),
            escape(&self.text)
        );
        (StatusCode::BAD_REQUEST, page(lang, &body)).into_response()
    }
}
