//! Demo and test controls under `/sim/` (not Epson's): the printer's state, a scan job, the
//! job history as JSON, the control panel's email settings. No login.

use super::Printer;
use super::settings::{DeviceField, Field, Page};
use axum::Json;
use axum::extract::{Form, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::{Value, json};
use std::sync::Arc;

/// `GET /sim/state`.
pub async fn state(State(printer): State<Arc<Printer>>) -> Json<Value> {
    let state = printer.state();
    let page = |p: Page| {
        let s = &state.pages[p.index()];
        let mut settings = s.settings.to_json();
        settings["signed_in"] = match s.oauth.tokens {
            Some(_) => json!(s.oauth.account),
            None => Value::Null,
        };
        settings["oauth"] = s.oauth.to_json();
        settings["server_status"] = json!(s.server_status());
        settings
    };
    let email = page(Page::Email);
    Json(json!({
        "signed_in": email["signed_in"].clone(),
        "email": email,
        "fax": page(Page::Fax),
        "logins": state.sessions.logins,
        "locked": state.sessions.locked(),
        "sessions": state.sessions.live(),
        "restarts": state.restarts,
        "writes": state.writes,
        "location": state.location,
    }))
}

#[derive(Deserialize)]
pub struct ScanForm {
    to: String,
    fax: Option<String>,
}

/// `POST /sim/scan` with `to=ADDR` (and `fax=1` for the fax page's settings): the job record.
pub async fn scan(State(printer): State<Arc<Printer>>, Form(form): Form<ScanForm>) -> Response {
    if form.to.trim().is_empty() {
        return (
            StatusCode::BAD_REQUEST,
            Json(json!({"error": "to is required"})),
        )
            .into_response();
    }
    let page = if form
        .fax
        .as_deref()
        .is_some_and(|f| !f.is_empty() && f != "0")
    {
        Page::Fax
    } else {
        Page::Email
    };
    Json(printer.scan(page, form.to.trim()).await).into_response()
}

/// `GET /sim/jobs`: every row of the job history.
pub async fn jobs(State(printer): State<Arc<Printer>>) -> Response {
    Json(printer.state().jobs.jobs.clone()).into_response()
}

/// `POST /sim/settings` with `KEY=VALUE` pairs (`sender=ceo@contoso.com`, `secure=NONE`...;
/// the profile's field keys and the printer's own values) and `fax=1` for the fax page: the
/// settings changed as on the printer's control panel (Settings > General Settings > Network
/// Settings > Advanced > Email Server), each value within the device's limits. Answers the
/// page's settings.
pub async fn settings(
    State(printer): State<Arc<Printer>>,
    Form(form): Form<Vec<(String, String)>>,
) -> Response {
    let bad =
        |error: String| (StatusCode::BAD_REQUEST, Json(json!({ "error": error }))).into_response();
    let mut page = Page::Email;
    let mut changes = Vec::new();
    for (key, value) in &form {
        if key == "fax" {
            if !value.is_empty() && value != "0" {
                page = Page::Fax;
            }
            continue;
        }
        let Some(field) = Field::ALL.into_iter().find(|f| f.key() == key) else {
            return bad(format!("unknown setting {key}"));
        };
        if !field.accepts(value) {
            return bad(format!("{key}: not a value the printer accepts: {value}"));
        }
        changes.push((field, value.as_str()));
    }
    let mut state = printer.state();
    let settings = &mut state.pages[page.index()].settings;
    for (field, value) in changes {
        settings.set(field, value);
    }
    Json(settings.to_json()).into_response()
}
