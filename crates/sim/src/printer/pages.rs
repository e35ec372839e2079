//! Web Config's HTML: the page frame, the public information pages (product, network, network
//! status sheet), the login page and the one-line answers (success, failures, restart).

use super::settings::Page;
use super::texts::{Lang, Text};
use super::{FIRMWARE, MODEL, Printer, SERIAL};
use crate::Fault;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

/// HTML-escapes text for an element or an attribute value.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A 200 HTML answer.
pub fn html(body: String) -> Response {
    (
        StatusCode::OK,
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        body,
    )
        .into_response()
}

/// A whole page in Web Config's frame: the EPSON header, the menu, the title and `body`.
pub fn frame(lang: Lang, title: &str, logged_in: bool, body: &str) -> String {
    let menu = if logged_in {
        format!(
            "<li><a href=\"/PRESENTATION/ADVANCED/{email}/TOP\">{email_t}</a></li>\
             <li><a href=\"/PRESENTATION/ADVANCED/{fax}/TOP\">{fax_t}</a></li>\
             <li><a href=\"/PRESENTATION/ADVANCED/INFO_JOBHISTORY/OUTPUT.CSV\">{jobs}</a></li>",
            email = Page::Email.name(),
            fax = Page::Fax.name(),
            email_t = escape(lang.t(Text::EmailServerBasic)),
            fax_t = escape(lang.t(Text::FaxEmailServer)),
            jobs = escape(lang.t(Text::JobHistory)),
        )
    } else {
        String::new()
    };
    format!(
        "<!DOCTYPE html>\n<html lang=\"{tag}\"><head><meta charset=\"utf-8\">\
         <title>{model} - {title}</title><style>\
         body{{font-family:Arial,Helvetica,sans-serif;margin:0;color:#222}}\
         #header{{background:#003399;color:#fff;padding:.6rem 1rem}}#header b{{font-size:1.4rem;letter-spacing:.1rem}}\
         #menu{{float:left;width:15rem;padding:0 1rem}}#menu ul{{padding-left:1rem}}\
         #content{{margin-left:17rem;padding:0 1rem 2rem}}th{{text-align:left;padding-right:2rem;font-weight:normal;color:#555}}\
         .message{{font-weight:bold}}</style></head>\n<body>\
         <div id=\"header\"><b>EPSON</b> &nbsp; {model} &nbsp; Web Config</div>\n\
         <div id=\"menu\"><ul>\
         <li><a href=\"/PRESENTATION/ADVANCED/INFO_PRTINFO/TOP\">{status}</a></li>\
         <li><a href=\"/PRESENTATION/ADVANCED/INFO_NWINFO/TOP\">{network}</a></li>\
         <li><a href=\"/PRESENTATION/ADVANCED/INFO_NWSTATUS/TOP\">{sheet}</a></li>{menu}</ul></div>\n\
         <div id=\"content\"><h1>{title}</h1>\n{body}\n</div></body></html>\n",
        tag = lang.tag(),
        model = escape(MODEL),
        title = escape(title),
        status = escape(lang.t(Text::ProductStatus)),
        network = escape(lang.t(Text::NetworkInfo)),
        sheet = escape(lang.t(Text::NetworkStatus)),
    )
}

/// Label and value rows, `<tr><th>Label</th><td>Value</td></tr>`.
pub fn rows(rows: &[(&str, String)]) -> String {
    let rows: String = rows
        .iter()
        .map(|(label, value)| {
            format!(
                "<tr><th>{}</th><td>{}</td></tr>\n",
                escape(label),
                escape(value)
            )
        })
        .collect();
    format!("<table>\n{rows}</table>")
}

/// How much filler a runaway page streams after its HTML: past what the product reads.
const RUNAWAY_BYTES: u64 = 16 << 20;

/// A page as served; with `printer-huge-page`, it runs away: streamed without a length, the
/// HTML followed by 16 MiB of filler, as a broken or hostile web server may send it.
fn runaway(knobs: &crate::Knobs, page: String) -> Response {
    use tokio::io::AsyncReadExt;
    if !knobs.has(Fault::PrinterHugePage) {
        return html(page);
    }
    let filler = tokio::io::repeat(b' ').take(RUNAWAY_BYTES);
    let reader = std::io::Cursor::new(page.into_bytes()).chain(filler);
    (
        StatusCode::OK,
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        axum::body::Body::from_stream(tokio_util::io::ReaderStream::new(reader)),
    )
        .into_response()
}

/// A page that says one thing, with a way back.
pub fn message(lang: Lang, title: &str, text: &str, detail: &str, back: &str) -> Response {
    let detail = if detail.is_empty() {
        String::new()
    } else {
        format!("<p>{}</p>", escape(detail))
    };
    html(frame(
        lang,
        title,
        false,
        &format!(
            "<p class=\"message\">{}</p>{detail}<p><a href=\"{}\">{}</a></p>",
            escape(text),
            escape(back),
            escape(lang.t(Text::Back)),
        ),
    ))
}

/// The login form of this model (business with user name, or consumer with the password only).
pub fn login_form(lang: Lang, consumer: bool) -> String {
    if consumer {
        format!(
            "<form method=\"post\" action=\"/PRESENTATION/PSWD\">\
             <input type=\"hidden\" name=\"dummy\" value=\"\"><input type=\"hidden\" name=\"from\" value=\"top\">\
             <input type=\"hidden\" name=\"trigger\" value=\"set\"><input type=\"hidden\" name=\"access\" value=\"https\">\
             <p><label>{pw} <input type=\"password\" name=\"session\" value=\"\"></label></p>\
             <p><input type=\"submit\" value=\"{ok}\"></p></form>",
            pw = escape(lang.t(Text::CurrentPassword)),
            ok = escape(lang.t(Text::Ok)),
        )
    } else {
        format!(
            "<form method=\"post\" action=\"/PRESENTATION/ADVANCED/PASSWORD/SET\">\
             <input type=\"hidden\" name=\"access\" value=\"https\">\
             <input type=\"hidden\" name=\"INPUTT_ACCSESSMETHOD\" value=\"0\">\
             <input type=\"hidden\" name=\"INPUTT_DUMMY\" value=\"\">\
             <p><label>{user} <input type=\"text\" name=\"INPUTT_USERNAME\" value=\"\"></label></p>\
             <p><label>{pw} <input type=\"password\" name=\"INPUTT_PASSWORD\" value=\"\"></label></p>\
             <p><input type=\"submit\" value=\"{ok}\"></p></form>",
            user = escape(lang.t(Text::UserName)),
            pw = escape(lang.t(Text::CurrentPassword)),
            ok = escape(lang.t(Text::Ok)),
        )
    }
}

impl Printer {
    /// The answer to a protected page without a valid session: the Administrator Login page.
    pub fn login_page(&self) -> Response {
        let knobs = self.shared.knobs();
        let lang = Lang::of(&knobs);
        let consumer = knobs.has(Fault::PrinterConsumerModel);
        html(frame(
            lang,
            lang.t(Text::AdministratorLogin),
            false,
            &login_form(lang, consumer),
        ))
    }

    /// `GET /PRESENTATION/ADVANCED/INFO_PRTINFO/TOP`.
    pub fn product_page(&self) -> Response {
        let knobs = self.shared.knobs();
        let lang = Lang::of(&knobs);
        let (model, firmware) = if knobs.has(Fault::PrinterHostileTexts) {
            (
                format!("{MODEL}\u{1b}]0;pwned\u{7}\u{1b}[2J\u{1b}[H"),
                format!("{FIRMWARE}\u{1b}[10A\u{9b}2J"),
            )
        } else {
            (MODEL.to_string(), FIRMWARE.to_string())
        };
        let page = frame(
            lang,
            lang.t(Text::ProductStatus),
            false,
            &rows(&[
                ("Printer Name", model),
                ("Firmware", firmware),
                ("Serial Number", SERIAL.to_string()),
                ("MAC Address", "64:C6:D2:1A:2B:3C".to_string()),
            ]),
        );
        runaway(&knobs, page)
    }

    /// `GET /PRESENTATION/ADVANCED/INFO_NWINFO/TOP`.
    pub fn network_page(&self) -> Response {
        let knobs = self.shared.knobs();
        let lang = Lang::of(&knobs);
        let (standard, additional) = if knobs.has(Fault::PrinterAdditionalNetwork) {
            ("192.168.100.1", "127.0.0.1")
        } else {
            ("127.0.0.1", "192.168.100.1")
        };
        html(frame(
            lang,
            lang.t(Text::NetworkInfo),
            false,
            &rows(&[
                ("Standard Network IP Address", standard.to_string()),
                ("Additional Network IP Address", additional.to_string()),
            ]),
        ))
    }

    /// `GET /PRESENTATION/ADVANCED/INFO_NWSTATUS/TOP`: the network status sheet.
    pub fn status_sheet(&self) -> Response {
        let lang = Lang::of(&self.shared.knobs());
        let state = self.state();
        let email = &state.pages[Page::Email.index()];
        let fax = &state.pages[Page::Fax.index()];
        html(frame(
            lang,
            lang.t(Text::NetworkStatus),
            false,
            &rows(&[
                ("Email Server Status", email.server_status()),
                ("SMTP Server Address", email.settings.smtp_server.clone()),
                (
                    "SMTP Server Port Number",
                    email.settings.smtp_port.to_string(),
                ),
                ("Fax Email Server Status", fax.server_status()),
                ("Fax SMTP Server Address", fax.settings.smtp_server.clone()),
                (
                    "Fax SMTP Server Port Number",
                    fax.settings.smtp_port.to_string(),
                ),
            ]),
        ))
    }

    /// The page after a successful login.
    pub fn welcome_page(&self) -> String {
        let lang = Lang::of(&self.shared.knobs());
        frame(
            lang,
            "Web Config",
            true,
            &format!("<p>{}</p>", escape(lang.t(Text::LoggedIn))),
        )
    }

    /// An unknown page.
    pub fn not_found(&self) -> Response {
        let lang = Lang::of(&self.shared.knobs());
        let page = frame(
            lang,
            "404 Not Found",
            false,
            &escape(lang.t(Text::NotFound)),
        );
        (
            StatusCode::NOT_FOUND,
            [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
            page,
        )
            .into_response()
    }
}
