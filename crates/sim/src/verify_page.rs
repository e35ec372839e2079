//! The identity simulator's `verification_uri` page: enter the code, pick a demo account,
//! consent on behalf of the organisation, accept or decline. In the browser's language.

use super::Shared;
use super::directory::ACCOUNTS;
use super::identity::Decision;
use axum::extract::{Form, State};
use axum::http::HeaderMap;
use axum::response::Html;
use printer_oauth_core::i18n::Lang;
use serde::Deserialize;
use std::sync::Arc;

pub(super) fn lang(headers: &HeaderMap) -> Lang {
    let accepted = headers
        .get(axum::http::header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    if accepted.trim_start().to_lowercase().starts_with("hr") {
        Lang::Hr
    } else {
        Lang::En
    }
}

pub(super) fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

pub(super) fn page(lang: Lang, body: &str) -> Html<String> {
    Html(format!(
        "<!DOCTYPE html><html lang=\"{tag}\"><head><meta charset=\"utf-8\"><title>{title}</title>\
         <meta name=\"viewport\" content=\"width=device-width\"><style>body{{font-family:system-ui,sans-serif;\
         max-width:28rem;margin:3rem auto;padding:0 1rem}}input[type=text]{{font-size:1.4rem;letter-spacing:.2rem}}\
         button{{margin:.5rem .5rem 0 0;padding:.4rem 1rem}}.note{{color:#555;font-size:.9rem}}</style></head>\
         <body><h1>{title}</h1>{body}<p class=\"note\">{note}</p></body></html>",
        tag = lang.tag(),
        title = escape(&lang.text("sim-page-title")),
        note = escape(&lang.text("sim-page-note")),
    ))
}

fn code_form_html(lang: Lang, error: Option<&str>) -> Html<String> {
    let error = error
        .map(|e| format!("<p role=\"alert\"><strong>{}</strong></p>", escape(e)))
        .unwrap_or_default();
    page(
        lang,
        &format!(
            "<p>{prompt}</p>{error}<form method=\"post\" action=\"/devicelogin\"><input type=\"text\" name=\"otc\" \
         autofocus autocomplete=\"off\" aria-label=\"{label}\"><br><button type=\"submit\">{next}</button></form>",
            prompt = escape(&lang.text("sim-page-enter-code")),
            label = escape(&lang.text("sim-page-code-label")),
            next = escape(&lang.text("sim-page-next")),
        ),
    )
}

/// GET: the code entry form.
pub async fn code_form(headers: HeaderMap) -> Html<String> {
    code_form_html(lang(&headers), None)
}

#[derive(Deserialize)]
pub struct CodeForm {
    otc: String,
}

/// POST: the code was entered; offer the accounts and the consent.
pub async fn code_entered(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    Form(form): Form<CodeForm>,
) -> Html<String> {
    let lang = lang(&headers);
    let app_name = {
        let mut dir = shared.dir();
        let valid = dir
            .grant_by_user_code(&form.otc)
            .filter(|g| {
                g.issued.elapsed() <= g.expires_in && g.state == super::directory::Grant::Pending
            })
            .map(|g| g.client_id.clone());
        valid.map(|client_id| {
            dir.app(&client_id)
                .map(|a| a.name.to_string())
                .unwrap_or(client_id)
        })
    };
    let Some(app_name) = app_name else {
        return code_form_html(lang, Some(&lang.text("sim-page-bad-code")));
    };
    let accounts: String = ACCOUNTS
        .iter()
        .enumerate()
        .map(|(i, a)| format!(
            "<label><input type=\"radio\" name=\"account\" value=\"{user}\"{checked}> {name} &lt;{user}&gt;</label><br>",
            user = escape(a.username),
            name = escape(a.display_name),
            checked = if i == 0 { " checked" } else { "" },
        ))
        .collect();
    page(
        lang,
        &format!(
            "<p>{asks}</p><form method=\"post\" action=\"/devicelogin/consent\">\
         <input type=\"hidden\" name=\"user_code\" value=\"{code}\"><fieldset><legend>{pick}</legend>{accounts}</fieldset>\
         <p>{perms}</p><label><input type=\"checkbox\" name=\"consent_for_org\" value=\"on\"> {consent}</label><br>\
         <button type=\"submit\" name=\"decision\" value=\"accept\">{accept}</button>\
         <button type=\"submit\" name=\"decision\" value=\"decline\">{decline}</button></form>",
            asks = escape(&lang.text_with("sim-page-app-asks", &[("app", app_name)])),
            code = escape(&form.otc),
            pick = escape(&lang.text("sim-page-pick-account")),
            perms = escape(&lang.text("sim-page-permissions")),
            consent = escape(&lang.text("sim-page-consent-org")),
            accept = escape(&lang.text("sim-page-accept")),
            decline = escape(&lang.text("sim-page-decline")),
        ),
    )
}

#[derive(Deserialize)]
pub struct DecisionForm {
    user_code: String,
    account: String,
    consent_for_org: Option<String>,
    decision: String,
}

/// POST: accepted or declined.
pub async fn decided(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    Form(form): Form<DecisionForm>,
) -> Html<String> {
    let lang = lang(&headers);
    let decision = if form.decision == "accept" {
        Decision::Approve
    } else {
        Decision::Decline
    };
    let consent = form.consent_for_org.as_deref() == Some("on");
    let message = match shared.decide(&form.user_code, Some(&form.account), consent, decision) {
        Ok(()) if decision == Decision::Approve => lang.text("sim-page-approved"),
        Ok(()) => lang.text("sim-page-declined"),
        Err(_) => return code_form_html(lang, Some(&lang.text("sim-page-bad-code"))),
    };
    page(
        lang,
        &format!("<p><strong>{}</strong></p>", escape(&message)),
    )
}
