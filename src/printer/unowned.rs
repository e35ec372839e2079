//! The fields of a settings form that the profile does not map (a location, a page id, a
//! vendor's own options): the product never means to change them. They go back exactly as
//! the printer served them; after a write the read-back checks they are unchanged, and a
//! write that restores puts back the values first seen on this connection.

use super::adapter::Target;
use super::html::Form;
use std::collections::BTreeSet;

/// The unmapped fields of the forms this connection has read.
#[derive(Debug, Default)]
pub struct Unowned {
    /// Each target's unmapped fields as first seen, in page order.
    first: Vec<(Target, Vec<(String, String)>)>,
    /// Targets written since their last read.
    written: Vec<Target>,
}

/// The submitted fields of `form` whose names are not in `owned`.
fn of(form: &Form, owned: &BTreeSet<&str>) -> Vec<(String, String)> {
    form.fields
        .iter()
        .filter(|(name, _)| !owned.contains(name.as_str()))
        .cloned()
        .collect()
}

impl Unowned {
    fn first(&self, target: Target) -> Option<&Vec<(String, String)>> {
        self.first
            .iter()
            .find(|(t, _)| *t == target)
            .map(|(_, f)| f)
    }

    /// Remembers a form's unmapped fields the first time its target is seen.
    pub fn remember(&mut self, target: Target, form: &Form, owned: &BTreeSet<&str>) {
        if self.first(target).is_none() {
            self.first.push((target, of(form, owned)));
        }
    }

    /// Before a write: when the printer now shows other unmapped values than first seen
    /// (an earlier write changed them), the first values go back instead; otherwise the form
    /// is left exactly as served.
    pub fn put_back(&mut self, target: Target, form: &mut Form, owned: &BTreeSet<&str>) {
        self.written.retain(|t| *t != target);
        self.written.push(target);
        let Some(first) = self.first(target) else {
            return;
        };
        if of(form, owned) == *first {
            return;
        }
        form.fields
            .retain(|(name, _)| owned.contains(name.as_str()));
        form.fields.extend(first.iter().cloned());
    }

    /// After a write, on the read-back: the names of unmapped fields whose values changed.
    pub fn changed(&mut self, target: Target, form: &Form, owned: &BTreeSet<&str>) -> Vec<String> {
        if !self.written.contains(&target) {
            return Vec::new();
        }
        self.written.retain(|t| *t != target);
        let Some(first) = self.first(target) else {
            return Vec::new();
        };
        let now = of(form, owned);
        let names: BTreeSet<&String> = first.iter().chain(&now).map(|(n, _)| n).collect();
        let values = |fields: &Vec<(String, String)>, name: &String| -> Vec<String> {
            fields
                .iter()
                .filter(|(n, _)| n == name)
                .map(|(_, v)| v.clone())
                .collect()
        };
        names
            .into_iter()
            .filter(|name| values(first, name) != values(&now, name))
            .cloned()
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(fields: &[(&str, &str)]) -> Form {
        Form {
            fields: fields
                .iter()
                .map(|(n, v)| (n.to_string(), v.to_string()))
                .collect(),
            names: fields.iter().map(|(n, _)| n.to_string()).collect(),
        }
    }

    #[test]
    fn a_changed_unmapped_field_is_found_after_a_write_and_put_back_by_the_next() {
        let owned = BTreeSet::from(["SMTP", "TOKEN"]);
        let mut unowned = Unowned::default();
        let served = form(&[
            ("TOKEN", "t1"),
            ("SMTP", "old"),
            ("LOCATION", "Büro 3.OG & Empfang"),
            ("OPT", "a"),
            ("OPT", "b"),
        ]);
        unowned.remember(Target::Email, &served, &owned);
        // A read that follows no write compares nothing.
        let garbled = form(&[
            ("TOKEN", "t2"),
            ("SMTP", "new"),
            ("LOCATION", "BÃ¼ro 3.OG & Empfang"),
            ("OPT", "a"),
        ]);
        assert!(unowned.changed(Target::Email, &garbled, &owned).is_empty());

        // A write of a form as served leaves it exactly as it was.
        let mut post = served.clone();
        unowned.put_back(Target::Email, &mut post, &owned);
        assert_eq!(post, served);
        // Its read-back: a new token and a new owned value are no change; the rest is.
        assert_eq!(
            unowned.changed(Target::Email, &garbled, &owned),
            ["LOCATION", "OPT"]
        );
        // Only once per write.
        assert!(unowned.changed(Target::Email, &garbled, &owned).is_empty());

        // The restoring write puts the first values back, the owned ones untouched.
        let mut restore = garbled.clone();
        unowned.put_back(Target::Email, &mut restore, &owned);
        assert_eq!(restore.get("TOKEN"), Some("t2"));
        assert_eq!(restore.get("SMTP"), Some("new"));
        assert_eq!(restore.get("LOCATION"), Some("Büro 3.OG & Empfang"));
        let opts: Vec<_> = restore.fields.iter().filter(|(n, _)| n == "OPT").collect();
        assert_eq!(opts.len(), 2);
        assert!(unowned.changed(Target::Email, &served, &owned).is_empty());
        // The fax form is another form.
        assert!(unowned.changed(Target::Fax, &garbled, &owned).is_empty());
    }
}
