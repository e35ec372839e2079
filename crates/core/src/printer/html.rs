//! Reading a web configuration's pages: the values of a form as a browser would submit
//! them, the visible text, and "label → value" pairs of information pages.

use scraper::{Html, Selector};
use std::collections::BTreeSet;

/// A form as a browser would submit it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Form {
    /// Every submitted name and value, in page order: hidden and text inputs, the checked
    /// radio buttons and boxes, the selected option of each select.
    pub fields: Vec<(String, String)>,
    /// Every field name on the page, including unchecked radios.
    pub names: BTreeSet<String>,
    /// The names of password inputs (`type="password"`): their values are never read, copied
    /// or captured, whatever a profile says.
    pub passwords: BTreeSet<String>,
}

impl Form {
    /// The value submitted for a name.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// Leaves out the values the page put in its password inputs: the form as this product
    /// reads and copies it.
    pub fn forget_passwords(&mut self) {
        let passwords = &self.passwords;
        self.fields.retain(|(name, _)| !passwords.contains(name));
    }

    /// Sets a name's value, replacing what the page had (a radio group has one value).
    pub fn set(&mut self, name: &str, value: &str) {
        match self.fields.iter_mut().find(|(n, _)| n == name) {
            Some(field) => field.1 = value.to_string(),
            None => self.fields.push((name.to_string(), value.to_string())),
        }
    }
}

fn selector(css: &str) -> Selector {
    Selector::parse(css).expect("static selector")
}

/// The form fields of a page, as a browser submits its form: the page's form with the most
/// named controls (the whole page when it has no `<form>`), without disabled controls (or
/// those in a disabled `<fieldset>`) and nameless ones, every selected option of a
/// `<select multiple>`.
pub fn form(page: &str) -> Form {
    let doc = Html::parse_document(page);
    let mut form = Form::default();
    let inputs = selector("input[name], select[name], textarea[name]");
    let option = selector("option");
    let scope = doc
        .select(&selector("form"))
        .max_by_key(|f| f.select(&inputs).count())
        .unwrap_or(doc.root_element());
    // Everything inside a disabled fieldset, found once (not by walking up from each control,
    // which a deep page would make quadratic); a fieldset already inside one is not walked.
    let mut fenced = std::collections::HashSet::new();
    for fieldset in scope.select(&selector("fieldset[disabled]")) {
        if !fenced.contains(&fieldset.id()) {
            fenced.extend(fieldset.descendants().map(|d| d.id()));
        }
    }
    for element in scope.select(&inputs) {
        let el = element.value();
        let name = el.attr("name").unwrap_or_default().to_string();
        if name.is_empty() {
            continue;
        }
        form.names.insert(name.clone());
        if el.name() == "input"
            && el
                .attr("type")
                .is_some_and(|t| t.trim().eq_ignore_ascii_case("password"))
        {
            form.passwords.insert(name.clone());
        }
        if element.value().attr("disabled").is_some() || fenced.contains(&element.id()) {
            continue;
        }
        match el.name() {
            "select" => {
                let options: Vec<_> = element
                    .select(&option)
                    .filter(|o| o.value().attr("disabled").is_none())
                    .collect();
                let mut selected = options
                    .iter()
                    .filter(|o| o.value().attr("selected").is_some());
                let chosen: Vec<_> = if el.attr("multiple").is_some() {
                    selected.collect()
                } else {
                    selected
                        .next_back()
                        .or(options.first())
                        .into_iter()
                        .collect()
                };
                for o in chosen {
                    let value = o
                        .value()
                        .attr("value")
                        .map(str::to_string)
                        .unwrap_or_else(|| o.text().collect::<String>().trim().to_string());
                    form.fields.push((name.clone(), value));
                }
            }
            "textarea" => form.fields.push((name, element.text().collect())),
            _ => {
                let kind = el.attr("type").unwrap_or("text").to_ascii_lowercase();
                let value = el.attr("value").unwrap_or_default().to_string();
                match kind.as_str() {
                    "radio" | "checkbox" if el.attr("checked").is_some() => {
                        let value = if value.is_empty() { "on".into() } else { value };
                        form.fields.push((name, value));
                    }
                    "radio" | "checkbox" | "submit" | "button" | "image" | "reset" | "file" => {}
                    _ => form.fields.push((name, value)),
                }
            }
        }
    }
    form
}

/// The page's visible text pieces, trimmed, without scripts and styles: one pass over the
/// body's tree, in document order (a script's subtree is never entered).
pub fn texts(page: &str) -> Vec<String> {
    let doc = Html::parse_document(page);
    let body = selector("body");
    let root = doc.select(&body).next().unwrap_or(doc.root_element());
    let mut texts = Vec::new();
    // Nodes still to visit, the next on top (children pushed last first).
    let mut stack = vec![*root];
    while let Some(node) = stack.pop() {
        match node.value() {
            scraper::Node::Element(e) if matches!(e.name(), "script" | "style") => continue,
            scraper::Node::Text(text) => {
                let text = text.trim();
                if !text.is_empty() {
                    texts.push(text.to_string());
                }
            }
            _ => {}
        }
        stack.extend(node.children().rev());
    }
    texts
}

/// The value that follows a label: the next text piece after the one that is the label
/// (with or without a trailing colon), or the rest of a "Label : Value" piece.
pub fn value_after(texts: &[String], label: &str) -> Option<String> {
    let label = label.trim();
    texts.iter().enumerate().find_map(|(i, t)| {
        let t = t.trim();
        let rest = t.strip_prefix(label)?.trim_start();
        let rest = rest.strip_prefix(':').unwrap_or(rest).trim();
        if !rest.is_empty()
            && t.len() > label.len()
            && t[label.len()..].trim_start().starts_with(':')
        {
            return Some(rest.to_string());
        }
        if !rest.is_empty() {
            return None;
        }
        texts[i + 1..]
            .iter()
            .map(|n| n.trim().trim_start_matches(':').trim())
            .find(|n| !n.is_empty())
            .map(str::to_string)
    })
}

/// Whether a page shows any of these texts (case-insensitive).
pub fn shows_any(page: &str, markers: &[String]) -> bool {
    let text = texts(page).join(" ").to_lowercase();
    markers.iter().any(|m| text.contains(&m.to_lowercase()))
}

/// The first text of the page that contains one of the markers, to quote it.
pub fn quote(page: &str, markers: &[String]) -> Option<String> {
    texts(page).into_iter().find(|t| {
        let t = t.to_lowercase();
        markers.iter().any(|m| t.contains(&m.to_lowercase()))
    })
}

/// The `content` of a page's `<meta name="NAME">` (a form token some firmware shows there).
pub fn meta(page: &str, name: &str) -> Option<String> {
    let doc = Html::parse_document(page);
    doc.select(&selector("meta[name][content]"))
        .find(|m| m.value().attr("name") == Some(name))
        .and_then(|m| m.value().attr("content"))
        .map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<html><head><script>var x = "Setup complete.";</script></head><body>
        <h1>Email Server &gt; Basic</h1>
        <form method="post" action="SET">
          <input type="hidden" name="INPUTT_SETUPTOKEN" value="tok123">
          <select name="SEL_AUTHMETHOD"><option value="OFF">Off</option>
            <option value="OAUTH2" selected>OAuth2</option></select>
          <select name="SEL_EMPTY"><option>Only</option></select>
          <input type="text" name="INPUTT_SMTPPORT" value="587">
          <input type="password" name="INPUTT_AUTHPASSWORD" value="">
          <input type="radio" name="INPUTR_CERT" value="ENABLE" checked>
          <input type="radio" name="INPUTR_CERT" value="DISABLE">
          <input type="checkbox" name="INPUTC_X" value="1">
          <input type="submit" name="ok" value="OK">
        </form>
        <table><tr><th>Printer Name</th><td>EPSON WF-C5890 Series</td></tr>
        <tr><td>Firmware : 24.35.NF21P3</td></tr></table></body></html>"#;

    #[test]
    fn a_password_input_s_value_is_forgotten_whatever_its_name() {
        let page = r#"<form><input type="hidden" name="T" value="t">
            <input type="PASSWORD" name="INPUTT_POP3SERVER" value="Scanner-2019!">
            <input type="password" name="OFF" value="x" disabled>
            <input type="text" name="INPUTT_SMTPSERVER" value="smtp.office365.com"></form>"#;
        let mut f = form(page);
        assert_eq!(
            f.get("INPUTT_POP3SERVER"),
            Some("Scanner-2019!"),
            "as submitted"
        );
        assert!(f.passwords.contains("INPUTT_POP3SERVER") && f.passwords.contains("OFF"));
        f.forget_passwords();
        assert_eq!(f.get("INPUTT_POP3SERVER"), None);
        assert_eq!(f.get("INPUTT_SMTPSERVER"), Some("smtp.office365.com"));
        assert!(
            f.names.contains("INPUTT_POP3SERVER"),
            "the field is still on the page"
        );
    }

    #[test]
    fn only_what_a_browser_submits_is_sent_back() {
        let page = r#"<form action="/lang"><input type="hidden" name="LANG" value="en"></form>
            <form method="post" action="SET">
            <input type="hidden" name="TOKEN" value="t">
            <input type="text" name="" value="nameless">
            <input type="text" name="OFF" value="x" disabled>
            <fieldset disabled><input type="text" name="INSIDE" value="y"></fieldset>
            <select name="MULTI" multiple><option value="a" selected>A</option>
              <option value="b">B</option><option value="c" selected>C</option></select>
            <select name="NONE" multiple><option value="a">A</option></select>
            <select name="ONE"><option value="x" disabled>X</option><option value="y">Y</option></select>
            <input type="text" name="SMTP" value="smtp.office365.com">
            </form>"#;
        let form = form(page);
        assert_eq!(
            form.fields,
            [
                ("TOKEN", "t"),
                ("MULTI", "a"),
                ("MULTI", "c"),
                ("ONE", "y"),
                ("SMTP", "smtp.office365.com"),
            ]
            .map(|(n, v)| (n.to_string(), v.to_string()))
        );
        assert!(!form.names.contains("LANG"), "another form's field");
        assert!(form.names.contains("OFF") && form.names.contains("NONE"));
    }

    #[test]
    fn a_form_is_read_as_a_browser_submits_it() {
        let f = form(PAGE);
        assert_eq!(
            f.fields,
            vec![
                ("INPUTT_SETUPTOKEN".into(), "tok123".into()),
                ("SEL_AUTHMETHOD".into(), "OAUTH2".into()),
                ("SEL_EMPTY".into(), "Only".into()),
                ("INPUTT_SMTPPORT".into(), "587".into()),
                ("INPUTT_AUTHPASSWORD".into(), "".into()),
                ("INPUTR_CERT".into(), "ENABLE".into()),
            ]
        );
        assert!(f.names.contains("INPUTC_X"));
        assert_eq!(
            f.passwords,
            BTreeSet::from(["INPUTT_AUTHPASSWORD".to_string()])
        );
        let mut f = f;
        f.set("INPUTR_CERT", "DISABLE");
        assert_eq!(f.get("INPUTR_CERT"), Some("DISABLE"));
    }

    /// The earlier, quadratic `texts`: every text piece, less those equal to a script's or
    /// a style's text. The one-pass walk must give the same on pages as printers serve them.
    fn texts_by_subtraction(page: &str) -> Vec<String> {
        let doc = Html::parse_document(page);
        let body = selector("body");
        let root = doc.select(&body).next().unwrap_or(doc.root_element());
        let hidden = selector("script, style");
        let skip: Vec<String> = root
            .select(&hidden)
            .flat_map(|e| e.text().map(str::to_string).collect::<Vec<_>>())
            .collect();
        root.text()
            .map(str::trim)
            .filter(|t| !t.is_empty() && !skip.iter().any(|s| s.trim() == *t))
            .map(str::to_string)
            .collect()
    }

    #[test]
    fn the_one_pass_texts_are_the_earlier_texts_on_sample_pages() {
        let frame = |body: &str| {
            format!(
                "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
                 <title>WF-C5890 - Email Server</title><style>body{{margin:0}}</style></head>\n\
                 <body><div id=\"header\"><b>EPSON</b> &nbsp; WF-C5890 &nbsp; Web Config</div>\n\
                 <div id=\"menu\"><ul><li><a href=\"/A\">Product Status</a></li></ul></div>\n\
                 <div id=\"content\"><h1>Title</h1>\n{body}\n</div></body></html>\n"
            )
        };
        let table: String = (0..200)
            .map(|i| format!("<tr><th>Label {i}</th><td>Value &amp; {i}</td></tr>\n"))
            .collect();
        let pages = [
            PAGE.to_string(),
            frame(
                "<table>\n<tr><th>Printer Name</th><td>EPSON WF-C5890 Series</td></tr>\n</table>",
            ),
            frame("<p class=\"message\">Setup complete.</p><p><a href=\"/TOP\">Back</a></p>"),
            frame(&format!(
                "<script>var t = \"hidden\"; if (a < b) {{ go(); }}</script>\
                 <noscript>Enable JavaScript</noscript><!-- a comment -->\
                 <style>.x{{color:red}}</style><form><select><option>Off</option>\
                 <option selected>OAuth2</option></select><textarea>Some\ntext</textarea></form>\
                 <table>{table}</table><p>  spaced   out  </p><p>&nbsp;</p>"
            )),
            "plain text, no markup at all".to_string(),
            "<frameset><frame src=\"a\"></frameset>".to_string(),
            "<p>unclosed <b>bold <i>both</p> after".to_string(),
            String::new(),
        ];
        for page in &pages {
            assert_eq!(texts(page), texts_by_subtraction(page), "{page}");
        }
    }

    #[test]
    fn labels_and_markers_are_found_in_the_visible_text() {
        let t = texts(PAGE);
        assert_eq!(
            value_after(&t, "Printer Name").as_deref(),
            Some("EPSON WF-C5890 Series")
        );
        assert_eq!(value_after(&t, "Firmware").as_deref(), Some("24.35.NF21P3"));
        assert_eq!(value_after(&t, "Serial Number"), None);
        assert!(
            !shows_any(PAGE, &["setup complete.".into()]),
            "scripts are not text"
        );
        assert!(shows_any(PAGE, &["EMAIL SERVER".into()]));
    }
}
