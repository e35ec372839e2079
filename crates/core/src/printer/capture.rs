//! `printer capture`: the email-settings pages of a device, with every secret, address and
//! token replaced, so that a user with a new model or firmware can share them and a correct
//! profile can be written from them. Field names, option values and page texts are kept.

mod classes;
mod script;

use super::adapter::CapturedPage;
use super::html;
use crate::report;
use classes::{REDACTED, Secrets};
use scraper::{ElementRef, Html, Node, Selector};
use serde::Serialize;
use serde_json::Value;
use std::collections::BTreeSet;
use std::fs::File;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Input types whose values are choices, not data: kept, as a profile needs them.
const CHOICE_TYPES: &[&str] = &["radio", "checkbox", "submit", "button", "reset", "image"];
/// Attributes that name or place things (field names, ids, classes): kept as written.
const STRUCTURAL: &[&str] = &[
    "name",
    "id",
    "class",
    "for",
    "type",
    "method",
    "enctype",
    "lang",
    "charset",
    "http-equiv",
    "rel",
    "autocomplete",
    "form",
    "list",
    "headers",
];
/// Elements without content or end tag.
const VOID: &[&str] = &[
    "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input",
    "keygen", "link", "meta", "param", "source", "track", "wbr",
];
/// How deep elements may nest; a deeper subtree is replaced by [`TOO_DEEP`], so a hostile
/// page cannot overflow the stack.
const MAX_DEPTH: usize = 256;
/// What replaces a subtree nested deeper than [`MAX_DEPTH`].
const TOO_DEEP: &str = "<!--[redacted: nested too deep]-->";
/// Elements whose text is written as it is, not escaped (besides `script` and `noscript`).
const RAW_TEXT: &[&str] = &["style", "xmp", "iframe", "noembed", "noframes", "plaintext"];

/// A page after redaction.
#[derive(Debug, Clone, Serialize)]
pub struct Redacted {
    /// The page's name in the capture (`email`, `network`).
    pub name: String,
    /// Where the printer serves it.
    pub path: String,
    /// The file it was written to, in the capture folder.
    pub file: String,
}

/// The page with every value that could identify or unlock anything replaced, by structure:
/// input values (except choices), text areas and script string literals by their role, and
/// in all text the secret kinds (addresses, serial numbers, MACs, tokens, ...) in any
/// encoding. Tags, attribute names, field names, ids, choices, labels and other texts are
/// kept. `known` are values read elsewhere that must go wherever they appear (a serial
/// number, which is also many printers' password). A JSON page keeps its keys.
pub fn redact(body: &str, known: &[String]) -> String {
    let secrets = Secrets::new(known);
    match json(body) {
        Some(mut value) => {
            redact_json(&mut value, false, &secrets);
            format!("{value:#}")
        }
        None => Writer::page(&secrets, body),
    }
}

/// The page as JSON, when it is a JSON object or array.
fn json(body: &str) -> Option<Value> {
    serde_json::from_str::<Value>(body)
        .ok()
        .filter(|v| v.is_object() || v.is_array())
}

/// Replaces the secrets in a JSON value: all of a value whose key names a secret
/// (`PASSWORD`, `TOKEN`), the secret kinds in other strings and in keys.
fn redact_json(value: &mut Value, secret: bool, secrets: &Secrets) {
    match value {
        Value::String(text) if secret && !text.is_empty() => *text = REDACTED.to_string(),
        Value::String(text) => *text = secrets.redact(text),
        Value::Number(_) if secret => *value = Value::String(REDACTED.to_string()),
        Value::Array(items) => {
            for item in items {
                redact_json(item, secret, secrets);
            }
        }
        Value::Object(map) => {
            *map = std::mem::take(map)
                .into_iter()
                .map(|(key, mut item)| {
                    redact_json(&mut item, secret || classes::is_secret_name(&key), secrets);
                    (secrets.redact(&key), item)
                })
                .collect();
        }
        _ => {}
    }
}

/// Writes an HTML page back from its parsed tree, the secrets replaced.
struct Writer<'a> {
    secrets: &'a Secrets,
    /// The page's field names and element ids: kept where a script quotes them.
    names: &'a BTreeSet<String>,
    /// How many elements the one being written is in.
    depth: usize,
    out: String,
}

impl Writer<'_> {
    /// The redacted page.
    fn page(secrets: &Secrets, body: &str) -> String {
        let doc = Html::parse_document(body);
        let named = Selector::parse("[name], [id]").expect("static selector");
        let names: BTreeSet<String> = doc
            .select(&named)
            .flat_map(|e| [e.attr("name"), e.attr("id")])
            .flatten()
            .map(str::to_string)
            .collect();
        let mut writer = Writer {
            secrets,
            names: &names,
            depth: 0,
            out: String::with_capacity(body.len()),
        };
        for node in doc.tree.root().children() {
            match ElementRef::wrap(node) {
                Some(element) => writer.element(element),
                None => writer.leaf(node.value(), ""),
            }
        }
        writer.out
    }

    /// Markup that the parser kept as text (a comment, `noscript`), parsed and redacted.
    fn markup(&self, text: &str) -> String {
        let fragment = Html::parse_fragment(text);
        let mut writer = Writer {
            secrets: self.secrets,
            names: self.names,
            depth: self.depth,
            out: String::with_capacity(text.len()),
        };
        writer.content(fragment.root_element(), "");
        writer.out
    }

    fn element(&mut self, element: ElementRef) {
        if self.depth >= MAX_DEPTH {
            self.out.push_str(TOO_DEEP);
            return;
        }
        let el = element.value();
        let name = el.name();
        self.out.push('<');
        self.out.push_str(name);
        for (attribute, value) in &el.attrs {
            let value = self.attribute(el, &attribute.local, value);
            self.out.push(' ');
            if let Some(prefix) = &attribute.prefix {
                self.out.push_str(prefix);
                self.out.push(':');
            }
            self.out.push_str(&attribute.local);
            self.out.push_str("=\"");
            self.out.push_str(&escape(&value, true));
            self.out.push('"');
        }
        self.out.push('>');
        if VOID.contains(&name) {
            return;
        }
        self.depth += 1;
        self.content(element, name);
        self.depth -= 1;
        self.out.push_str("</");
        self.out.push_str(name);
        self.out.push('>');
    }

    /// The children of an element (a template's contents in place); a text area's text is
    /// data, and goes whole.
    fn content(&mut self, element: ElementRef, name: &str) {
        if name == "textarea" {
            let text: String = element.text().collect();
            if text.trim().is_empty() {
                self.out.push_str(&escape(&text, false));
            } else {
                self.out.push_str(REDACTED);
            }
            return;
        }
        let nodes = element.children().flat_map(|child| {
            if child.value().is_fragment() {
                child.children().collect()
            } else {
                vec![child]
            }
        });
        for node in nodes {
            match ElementRef::wrap(node) {
                Some(child) => self.element(child),
                None => self.leaf(node.value(), name),
            }
        }
    }

    /// Text, a comment or the doctype, in an element named `parent`.
    fn leaf(&mut self, node: &Node, parent: &str) {
        let written = match node {
            Node::Text(text) if parent == "script" => self
                .secrets
                .redact(&script::redact_strings(text, |s| self.names.contains(s))),
            Node::Text(text) if RAW_TEXT.contains(&parent) => self.secrets.redact(text),
            // With scripting on, as browsers have it, the parser keeps noscript as text.
            Node::Text(text) if parent == "noscript" => self.markup(text),
            Node::Text(text) => escape(&self.secrets.redact(text), false),
            Node::Comment(comment) => {
                format!("<!--{}-->", self.markup(comment).replace("-->", "--&gt;"))
            }
            Node::Doctype(doctype) => format!("<!DOCTYPE {}>", doctype.name()),
            _ => return,
        };
        self.out.push_str(&written);
    }

    /// An attribute's value: kept when it names or places things, replaced whole when it is
    /// an input's data (not a choice) or a secret by its name (`nonce`, a CSRF `meta`),
    /// otherwise with the secret kinds in it replaced.
    fn attribute(&self, element: &scraper::node::Element, name: &str, value: &str) -> String {
        if STRUCTURAL.contains(&name) {
            return value.to_string();
        }
        let secret = match element.name() {
            "input" => {
                let kind = element.attr("type").map(str::to_ascii_lowercase);
                let choice = kind.is_some_and(|k| CHOICE_TYPES.contains(&k.as_str()));
                !choice && (name.contains("value") || name.contains("default"))
            }
            "meta" => {
                name == "content"
                    && ["name", "property", "http-equiv"]
                        .iter()
                        .filter_map(|a| element.attr(a))
                        .any(classes::is_secret_name)
            }
            _ => false,
        } || name == "nonce"
            || (name.starts_with("data-") && classes::is_secret_name(name));
        if secret && !value.is_empty() {
            REDACTED.to_string()
        } else {
            self.secrets.redact(value)
        }
    }
}

/// Text or an attribute value (`attribute`) escaped for HTML.
fn escape(text: &str, attribute: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '\u{a0}' => out.push_str("&nbsp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attribute => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// The values on the pages that identify the device (its serial number), found by label.
pub fn identifying_values(pages: &[CapturedPage], labels: &[&str]) -> Vec<String> {
    pages
        .iter()
        .flat_map(|p| {
            let texts = html::texts(&p.body);
            labels
                .iter()
                .filter_map(|l| html::value_after(&texts, l))
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Redacts the pages and writes them, with a `capture.json` index, into `dir` (made if
/// missing). Every file is new and readable by its owner only: a name already taken, by a
/// file or a symbolic link, fails the capture before anything is written.
pub fn write(
    dir: &Path,
    pages: &[CapturedPage],
    known: &[String],
    profile_name: &str,
) -> io::Result<Vec<Redacted>> {
    crate::paths::create_private_dir_all(dir)?;
    let mut written = Vec::new();
    let mut bodies = Vec::new();
    for page in pages {
        let extension = if json(&page.body).is_some() {
            "json"
        } else {
            "html"
        };
        let file = format!("{}.{extension}", page.name);
        bodies.push((file.clone(), redact(&page.body, known)));
        written.push(Redacted {
            name: page.name.clone(),
            path: page.path.clone(),
            file,
        });
    }
    let index = serde_json::json!({
        "tool": concat!("printer-oauth ", env!("CARGO_PKG_VERSION")),
        "profile": profile_name,
        "redacted": "input values (except choices), text areas, string literals in scripts, email addresses (also encoded), user names and passwords in URLs, secret URL parameters, IPv4 and IPv6 addresses, MAC addresses, host names, serial numbers, UUIDs, tokens and long hexadecimal ids, the serial number and password read from the printer",
        "pages": written,
    });
    bodies.push(("capture.json".to_string(), format!("{index:#}")));
    let paths: Vec<PathBuf> = bodies.iter().map(|(file, _)| dir.join(file)).collect();
    for (mut file, (_, body)) in claim(&paths)?.into_iter().zip(&bodies) {
        file.write_all(body.as_bytes())?;
    }
    Ok(written)
}

/// Creates every file, new and private; if one name is taken (or cannot be created), the
/// ones already made are removed again and nothing is written.
fn claim(paths: &[PathBuf]) -> io::Result<Vec<File>> {
    let mut files = Vec::new();
    for (made, path) in paths.iter().enumerate() {
        let failure = match report::create_new(path) {
            Ok(Some(file)) => {
                files.push(file);
                continue;
            }
            Ok(None) => io::Error::new(
                io::ErrorKind::AlreadyExists,
                format!(
                    "{} already exists: a capture is written only to new files, never over a file or through a link",
                    path.display()
                ),
            ),
            Err(e) => e,
        };
        drop(files);
        for path in &paths[..made] {
            std::fs::remove_file(path)?;
        }
        return Err(failure);
    }
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_goes_and_structure_stays() {
        let page = r#"<form><input type="hidden" name="INPUTT_SETUPTOKEN" value="a8F3kQ9zLm2Xp7Rt">
            <input name="INPUTT_SENDERADDRESS" value='scanner@contoso.com'>
            <input type="password" name="INPUTT_AUTHPASSWORD" value=hunter2>
            <input type="radio" name="INPUTR_CERTVALIDATION" value="ENABLE" checked>
            <select name="SEL_AUTHMETHOD"><option value="OAUTH2" selected>OAuth2</option></select>
            <textarea name="NOTE">call 10.1.2.3</textarea></form>
            <p>Signed in (admin@contoso.com) from 192.168.1.20, MAC 00:26:AB:12:34:56,
            serial X5DL012345, path /PRESENTATION/ADVANCED/NWS_EMAIL_BASIC/TOP, v 1.2.3.400</p>
            {"USERCODE":"AB12CD34EF56GH78ij"}
            <input name="X" value="a>b c@d.com"> fe80::21a:2bff:fe3c:4d5e 2001:db8:0:1:2:3:4:5
            EPSON1A2B3C.local EPSON1A2B3C 0026AB123456 9f86d081884c7d659a2feaa0c55ad015
            0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9 x5dl012345 Bearer abcDEF123/ghiJKL456mno/PQR789stuVWX"#;
        let out = redact(page, &["X5DL012345".into()]);
        for gone in [
            "a8F3kQ9zLm2Xp7Rt",
            "scanner@",
            "contoso.com",
            "hunter2",
            "10.1.2.3",
            "192.168.1.20",
            "00:26:AB",
            "X5DL012345",
            "AB12CD34EF56GH78ij",
            "c@d.com",
            "fe80::",
            "2001:db8",
            "EPSON1A2B3C",
            "0026AB123456",
            "9f86d081884c",
            "0a1b2c3d",
            "x5dl012345",
            "ghiJKL456mno",
            "PQR789stuVWX",
        ] {
            assert!(!out.contains(gone), "{gone} left in {out}");
        }
        for kept in [
            "INPUTT_SETUPTOKEN",
            "INPUTT_SENDERADDRESS",
            "value=\"ENABLE\"",
            "value=\"OAUTH2\"",
            "/PRESENTATION/ADVANCED/NWS_EMAIL_BASIC/TOP",
            "Signed in",
        ] {
            assert!(out.contains(kept), "{kept} lost in {out}");
        }
    }

    /// A page piece with a secret, what of the secret must not be left, and what around it
    /// must be kept (so that a piece the parser dropped cannot pass).
    const SECRETS: &[(&str, &str, &str)] = &[
        (
            r#"<input data-type="radio" type="password" name="P" value="hunter2">"#,
            "hunter2",
            r#"data-type="radio" name="P" type="password" value="[redacted]""#,
        ),
        (
            r#"<input type="password" name="P" value="ENABLE">"#,
            "ENABLE",
            r#"value="[redacted]""#,
        ),
        (
            r#"<input type="radio " name="P" value="hunter2">"#,
            "hunter2",
            r#"value="[redacted]""#,
        ),
        (
            r#"<input name="P" data-value="hunter2">"#,
            "hunter2",
            r#"data-value="[redacted]""#,
        ),
        (
            r#"<input type="hidden" name="INPUTT_SETUPTOKEN" value="a8F3kQ9zLm2Xp7Rt">"#,
            "a8F3kQ9zLm2Xp7Rt",
            r#"name="INPUTT_SETUPTOKEN" type="hidden" value="[redacted]""#,
        ),
        (
            r#"<input name="A" value='scanner@contoso.com'>"#,
            "scanner",
            r#"value="[redacted]""#,
        ),
        (
            r#"<meta name="csrf-token" content="xyz987">"#,
            "xyz987",
            r#"content="[redacted]""#,
        ),
        (
            r#"<script nonce="n0nce4711"></script>"#,
            "n0nce4711",
            r#"nonce="[redacted]""#,
        ),
        (
            r#"<script>var pw = "hunter2";</script>"#,
            "hunter2",
            r#"var pw = "[redacted]";"#,
        ),
        (
            "<script>login('admin', 'Sc4nner!');</script>",
            "Sc4nner!",
            "login('[redacted]', '[redacted]');",
        ),
        (
            r#"<script>var s = {"PASSWORD": "hunter2"};</script>"#,
            "hunter2",
            r#"{"PASSWORD": "[redacted]"}"#,
        ),
        (
            "<p>Code k3j9x0qp2m7z5w8r4t6y</p>",
            "k3j9x0qp2m7z5w8r4t6y",
            "<p>Code [token]</p>",
        ),
        (
            "<p>scanner&#64;contoso.com</p>",
            "scanner",
            "<p>[email]</p>",
        ),
        ("<p>scanner%40contoso.com</p>", "scanner", "<p>[email]</p>"),
        (
            r"<p>scanner\u0040contoso.com</p>",
            "scanner",
            "<p>[email]</p>",
        ),
        (
            "<script>// scanner\\u0040contoso.com\n</script>",
            "scanner",
            "// [redacted]",
        ),
        (
            "<script>// admin pw: hunter2\nf(1);</script>",
            "hunter2",
            "<script>// [redacted]\nf(1);</script>",
        ),
        (
            "<script>/* token=abc */ f(1);</script>",
            "token=abc",
            "<script>/* [redacted] */ f(1);</script>",
        ),
        (
            "<p>Bearer xQzWmRtKpLbNvCyHjDfGaSeT</p>",
            "xQzWmRtKpLbNvCyHjDfGaSeT",
            "<p>Bearer [token]</p>",
        ),
        (
            "<p>Code abcDEFghiJKLmnoPQRstuVWX</p>",
            "abcDEFghiJKLmnoPQRstuVWX",
            "<p>Code [token]</p>",
        ),
        (
            "<p>scanner (at) contoso (dot) com</p>",
            "scanner",
            "<p>[email]</p>",
        ),
        (
            r#"<a href="http://admin:pw@host/">x</a>"#,
            "admin:pw",
            r#"<a href="http://host/">x</a>"#,
        ),
        (
            "<p>See http://admin:pw@host/</p>",
            "admin:pw",
            "<p>See http://host/</p>",
        ),
        (
            r#"<a href="/TOP?sid=4711abc&amp;x=1">x</a>"#,
            "4711abc",
            r#"href="/TOP?sid=[redacted]&amp;x=1""#,
        ),
        ("<p>X5DL012345</p>", "X5DL012345", "<p>[serial]</p>"),
        (
            "<p>Seriennummer: EPSON1A2B3C</p>",
            "1A2B3C",
            "<p>Seriennummer: [serial]</p>",
        ),
        (
            r#"<textarea name="NOTE">call me</textarea ><p>b</p>"#,
            "call me",
            r#"<textarea name="NOTE">[redacted]</textarea><p>b</p>"#,
        ),
        (
            "<p>from 192.168.1.20:25</p>",
            "192.168.1.20",
            "<p>from [ip]:25</p>",
        ),
        (
            "<p>fe80::21a:2bff:fe3c:4d5e%eth0 up</p>",
            "fe80::",
            "<p>[ip] up</p>",
        ),
        ("<p>[2001:db8::5]:443</p>", "2001:db8", "<p>[[ip]]:443</p>"),
        (
            "<p>MAC 00:26:AB:12:34:56</p>",
            "00:26:AB",
            "<p>MAC [mac]</p>",
        ),
        (
            "<p>MAC 0026AB123456</p>",
            "0026AB123456",
            "<p>MAC [mac]</p>",
        ),
        (
            "<p>0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9</p>",
            "0a1b2c3d",
            "<p>[uuid]</p>",
        ),
        (
            "<p>at EPSON1A2B3C.local</p>",
            "EPSON1A2B3C",
            "<p>at [host]</p>",
        ),
        (
            "<p>9f86d081884c7d659a2feaa0c55ad015</p>",
            "9f86d081884c",
            "<p>[token]</p>",
        ),
        (
            "<p>Bearer abcDEF123/ghiJKL456mno/PQR789stuVWX</p>",
            "ghiJKL456mno",
            "<p>Bearer [token]</p>",
        ),
        (
            r#"<p>{"USERCODE":"AB12CD34EF56GH78ij"}</p>"#,
            "AB12CD34EF56GH78ij",
            r#"<p>{"USERCODE":"[token]"}</p>"#,
        ),
        (
            "<!-- <input type=password value=hunter2> -->",
            "hunter2",
            r#"<!-- <input type="password" value="[redacted]"> -->"#,
        ),
        (
            "<noscript><input type=password value=hunter2></noscript>",
            "hunter2",
            r#"<noscript><input type="password" value="[redacted]"></noscript>"#,
        ),
    ];

    /// A page piece and what of it must be written back verbatim.
    const KEPT: &[(&str, &str)] = &[
        (
            "<label>POP3-Serveradresse</label>",
            "<label>POP3-Serveradresse</label>",
        ),
        (
            "<span>POP3-Serverportnummer</span>",
            "<span>POP3-Serverportnummer</span>",
        ),
        (
            "<label>IPv6-Adresseinstellungen</label>",
            "IPv6-Adresseinstellungen",
        ),
        ("<span>SHA256-Fingerabdruck</span>", "SHA256-Fingerabdruck"),
        ("<span>Microsoft365-Konto</span>", "Microsoft365-Konto"),
        ("<span>Verbindungstest</span>", "Verbindungstest"),
        (
            "<span>Zertifikatsvalidierung</span>",
            "Zertifikatsvalidierung",
        ),
        (
            "<span>AuthentifizierungsMethode</span>",
            "AuthentifizierungsMethode",
        ),
        (
            "<span>HTTPSZertifikatsvalidierung</span>",
            "HTTPSZertifikatsvalidierung",
        ),
        (
            "<span>IPv6Adresseinstellungen</span>",
            "IPv6Adresseinstellungen",
        ),
        (
            "<script>document.getElementsByClassName(x);</script>",
            "document.getElementsByClassName(x);",
        ),
        (
            "<span>INPUTT_POP3SERVERADDRESS</span>",
            "INPUTT_POP3SERVERADDRESS",
        ),
        (
            "<style>a::before{content:\"\"}</style>",
            "a::before{content:\"\"}",
        ),
        (
            "<p>Opens at 10:30, closes 18:45:00</p>",
            "Opens at 10:30, closes 18:45:00",
        ),
        ("<p>Version 1.2.3.400</p>", "Version 1.2.3.400"),
        ("<p>OID 1.3.6.1.4.1.1248</p>", "OID 1.3.6.1.4.1.1248"),
        ("<p>Error AADSTS53003</p>", "Error AADSTS53003"),
        ("<p>Firmware 24.35.NF21P3</p>", "Firmware 24.35.NF21P3"),
        (
            "<h1>EPSON WF-C5890 Series</h1>",
            "<h1>EPSON WF-C5890 Series</h1>",
        ),
        (
            "<label>Sender's Email Address</label>",
            "<label>Sender's Email Address</label>",
        ),
        (
            "<p>Fish &amp; chips &lt;3</p>",
            "<p>Fish &amp; chips &lt;3</p>",
        ),
        (
            r#"<input checked="" data-type="x" id="c1" name="INPUTR_CERT" type="radio" value="ENABLE">"#,
            r#"<input checked="" data-type="x" id="c1" name="INPUTR_CERT" type="radio" value="ENABLE">"#,
        ),
        (
            r#"<input name="INPUTT_SMTPPORT" type="text" value="">"#,
            r#"<input name="INPUTT_SMTPPORT" type="text" value="">"#,
        ),
        (
            r#"<select name="SEL_AUTH"><option selected="" value="OAUTH2">OAuth 2.0 (Microsoft 365)</option></select>"#,
            r#"<select name="SEL_AUTH"><option selected="" value="OAUTH2">OAuth 2.0 (Microsoft 365)</option></select>"#,
        ),
        (
            r#"<a class="menu" href="/PRESENTATION/ADVANCED/NWS_EMAIL_BASIC/TOP">E-Mail</a>"#,
            r#"<a class="menu" href="/PRESENTATION/ADVANCED/NWS_EMAIL_BASIC/TOP">E-Mail</a>"#,
        ),
        (
            r#"<input id="INPUTT_PORT"><script>f("INPUTT_PORT", 25 / 5);</script>"#,
            r#"<script>f("INPUTT_PORT", 25 / 5);</script>"#,
        ),
        (
            "<!-- Email server settings -->",
            "<!-- Email server settings -->",
        ),
    ];

    #[test]
    fn every_secret_case_is_removed() {
        for (page, secret, kept) in SECRETS {
            let out = redact(page, &[]);
            assert!(!out.contains(secret), "{secret} left in {out}");
            assert!(out.contains(kept), "{kept} lost in {out}");
        }
    }

    #[test]
    fn every_label_and_text_case_is_kept_verbatim() {
        for (page, kept) in KEPT {
            let out = redact(page, &[]);
            assert!(out.contains(kept), "{kept} lost in {out}");
            assert!(!out.contains("[redacted]"), "{page}: {out}");
        }
    }

    #[test]
    fn known_values_go_wherever_they_appear() {
        let page = r#"<title>WF-C5890 X5DL012345</title><p>x5dl012345</p>
            <a href="/login?user=admin&amp;p=Pa%24%24%20w0rd">in</a><p>Pa$$ w0rd</p>"#;
        let out = redact(page, &["X5DL012345".into(), "Pa$$ w0rd".into()]);
        for gone in ["X5DL012345", "x5dl012345", "Pa%24%24%20w0rd", "Pa$$ w0rd"] {
            assert!(!out.contains(gone), "{gone} left in {out}");
        }
        assert!(out.contains("<title>WF-C5890 [redacted]</title>"), "{out}");
    }

    #[test]
    fn a_very_long_known_value_is_ignored_not_a_panic() {
        // `s` and `k` have three case forms each (`ſ`, `K`): past the regex size limit.
        let long = "sk".repeat(50_000);
        let out = redact("<p>X5DL012345 ok</p>", &[long, "X5DL012345".into()]);
        assert!(out.contains("<p>[redacted] ok</p>"), "{out}");
    }

    /// Redacts `page` on a thread with a 2 MB stack, as small as a worker thread's.
    fn redact_on_small_stack(page: String) -> String {
        std::thread::Builder::new()
            .stack_size(2 << 20)
            .spawn(move || redact(&page, &[]))
            .unwrap()
            .join()
            .expect("no stack overflow")
    }

    #[test]
    fn deep_nesting_is_cut_not_a_stack_overflow() {
        let n = 20_000;
        let page = format!(
            "<p>top</p>{}<input value=hunter2>{}",
            "<div>".repeat(n),
            "</div>".repeat(n)
        );
        let out = redact_on_small_stack(page);
        assert!(out.contains("<p>top</p>"), "top lost");
        assert!(out.contains(TOO_DEEP), "no placeholder");
        assert!(!out.contains("hunter2"), "secret left");
        assert!(out.matches("<div>").count() < MAX_DEPTH, "not cut");

        let out = redact_on_small_stack("<noscript>".repeat(600));
        assert!(out.contains(TOO_DEEP), "no placeholder in noscript");
    }

    #[test]
    fn the_page_is_still_a_form_a_profile_can_be_written_from() {
        let page = r#"<html><head><title>Email</title></head><body><form action="SET">
            <input type="hidden" name="INPUTT_SETUPTOKEN" value="tok123">
            <select name="SEL_AUTHMETHOD"><option value="OFF">Off</option>
              <option value="OAUTH2" selected>OAuth2</option></select>
            <input type="text" name="INPUTT_SMTPPORT" value="587">
            <input type="radio" name="INPUTR_CERT" value="ENABLE" checked>
            <input type="radio" name="INPUTR_CERT" value="DISABLE">
            <textarea name="NOTE">hello</textarea></form></body></html>"#;
        let before = html::form(page);
        let after = html::form(&redact(page, &[]));
        assert_eq!(after.names, before.names);
        for (name, value) in [
            ("SEL_AUTHMETHOD", "OAUTH2"),
            ("INPUTR_CERT", "ENABLE"),
            ("INPUTT_SETUPTOKEN", "[redacted]"),
            ("INPUTT_SMTPPORT", "[redacted]"),
            ("NOTE", "[redacted]"),
        ] {
            assert_eq!(after.get(name), Some(value), "{name}");
        }
    }

    #[test]
    fn a_json_page_keeps_its_keys_and_loses_its_secrets() {
        let page = r#"{"STATUS":"SIGNEDIN","ACCOUNT":"scanner@contoso.com",
            "ERRORCODE":"AADSTS53003","PASSWORD":"hunter2","TOKEN":12345}"#;
        let out: Value = serde_json::from_str(&redact(page, &[])).unwrap();
        assert_eq!(
            out,
            serde_json::json!({"STATUS": "SIGNEDIN", "ACCOUNT": "[email]",
                "ERRORCODE": "AADSTS53003", "PASSWORD": "[redacted]", "TOKEN": "[redacted]"})
        );
    }

    fn pages() -> Vec<CapturedPage> {
        ["email", "status"]
            .into_iter()
            .map(|name| CapturedPage {
                name: name.to_string(),
                path: format!("/{name}"),
                body: format!("<p>{name} of scanner@contoso.com</p>"),
            })
            .collect()
    }

    #[cfg(unix)]
    #[test]
    fn each_capture_file_is_new_and_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let written = write(dir.path(), &pages(), &[], "epson").unwrap();
        assert_eq!(written.len(), 2);
        let mut names = Vec::new();
        for entry in std::fs::read_dir(dir.path()).unwrap() {
            let entry = entry.unwrap();
            let mode = entry.metadata().unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600, "{}", entry.path().display());
            names.push(entry.file_name().into_string().unwrap());
        }
        names.sort();
        assert_eq!(names, ["capture.json", "email.html", "status.html"]);
        let first = std::fs::read_to_string(dir.path().join("email.html")).unwrap();
        assert!(first.contains("email of [email]"), "{first}");

        let again = write(dir.path(), &pages(), &[], "epson").unwrap_err();
        assert_eq!(again.kind(), io::ErrorKind::AlreadyExists);
        assert!(
            again.to_string().contains("email.html already exists"),
            "{again}"
        );
        let now = std::fs::read_to_string(dir.path().join("email.html")).unwrap();
        assert_eq!(now, first);
    }

    #[cfg(unix)]
    #[test]
    fn a_symbolic_link_in_the_way_is_never_written_through() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("elsewhere");
        std::fs::write(&target, "mine").unwrap();
        let capture = dir.path().join("capture");
        std::fs::create_dir(&capture).unwrap();
        std::os::unix::fs::symlink(&target, capture.join("status.html")).unwrap();
        let refused = write(&capture, &pages(), &[], "epson").unwrap_err();
        assert_eq!(refused.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "mine");
        let left: Vec<_> = std::fs::read_dir(&capture)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(left, ["status.html"], "nothing else is written");
    }
}
