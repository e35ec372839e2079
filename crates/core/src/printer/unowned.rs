//! The fields of a settings form that the profile does not map (a location, a page id, a
//! vendor's own options): the product never means to change them. They go back exactly as
//! the printer served them just before the write; the read-back checks they are unchanged,
//! and the write that restores puts back what they held before. Fields the firmware changes
//! by itself (a profile's `volatile_fields`) count as owned: posted as served, never compared.

use super::adapter::Target;
use super::html::Form;
use std::collections::BTreeSet;

/// The unmapped fields of the forms this connection wrote.
#[derive(Default)]
pub struct Unowned {
    /// Each target's unmapped fields as the printer served them just before the last write
    /// that was not a restore, in page order.
    before: Vec<(Target, Vec<(String, String)>)>,
    /// Targets written since their last read.
    written: Vec<Target>,
    /// Targets whose read-back showed changed unmapped fields: the next write puts back
    /// what they held before.
    to_restore: Vec<Target>,
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
    fn before(&self, target: Target) -> Option<&Vec<(String, String)>> {
        self.before
            .iter()
            .find(|(t, _)| *t == target)
            .map(|(_, f)| f)
    }

    /// Before a write of `form` (the form as served, mapped fields already filled in): its
    /// unmapped fields go as served and are what the read-back expects, unless the last
    /// read-back found them changed; then this write puts back what they held before.
    pub fn before_write(&mut self, target: Target, form: &mut Form, owned: &BTreeSet<&str>) {
        self.written.retain(|t| *t != target);
        self.written.push(target);
        let restore = self.to_restore.contains(&target);
        self.to_restore.retain(|t| *t != target);
        match self.before(target).cloned() {
            Some(before) if restore => {
                form.fields
                    .retain(|(name, _)| owned.contains(name.as_str()));
                form.fields.extend(before);
            }
            _ => {
                self.before.retain(|(t, _)| *t != target);
                self.before.push((target, of(form, owned)));
            }
        }
    }

    /// After a write, on the read-back: the names of unmapped fields whose values changed
    /// (the next write of the target restores them).
    pub fn changed(&mut self, target: Target, form: &Form, owned: &BTreeSet<&str>) -> Vec<String> {
        if !self.written.contains(&target) {
            return Vec::new();
        }
        self.written.retain(|t| *t != target);
        let Some(before) = self.before(target) else {
            return Vec::new();
        };
        let now = of(form, owned);
        let names: BTreeSet<&String> = before.iter().chain(&now).map(|(n, _)| n).collect();
        let values = |fields: &Vec<(String, String)>, name: &String| -> Vec<String> {
            fields
                .iter()
                .filter(|(n, _)| n == name)
                .map(|(_, v)| v.clone())
                .collect()
        };
        let changed: Vec<String> = names
            .into_iter()
            .filter(|name| values(before, name) != values(&now, name))
            .cloned()
            .collect();
        if !changed.is_empty() {
            self.to_restore.push(target);
        }
        changed
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
            ..Form::default()
        }
    }

    #[test]
    fn a_changed_unmapped_field_is_found_after_a_write_and_put_back_by_the_next() {
        let owned = BTreeSet::from(["SMTP", "TOKEN"]);
        let mut unowned = Unowned::default();
        let garbled = form(&[
            ("TOKEN", "t2"),
            ("SMTP", "new"),
            ("LOCATION", "BÃ¼ro 3.OG & Empfang"),
            ("OPT", "a"),
        ]);
        // A read that follows no write compares nothing.
        assert!(unowned.changed(Target::Email, &garbled, &owned).is_empty());

        // A write goes exactly as served; what it held then is what the read-back expects.
        let served = form(&[
            ("TOKEN", "t1"),
            ("SMTP", "old"),
            ("LOCATION", "Büro 3.OG & Empfang"),
            ("OPT", "a"),
            ("OPT", "b"),
        ]);
        let mut post = served.clone();
        unowned.before_write(Target::Email, &mut post, &owned);
        assert_eq!(post, served);
        // Its read-back: a new token and a new owned value are no change; the rest is.
        assert_eq!(
            unowned.changed(Target::Email, &garbled, &owned),
            ["LOCATION", "OPT"]
        );
        // Only once per write.
        assert!(unowned.changed(Target::Email, &garbled, &owned).is_empty());

        // The restoring write puts the earlier values back, the owned ones untouched.
        let mut restore = garbled.clone();
        unowned.before_write(Target::Email, &mut restore, &owned);
        assert_eq!(restore.get("TOKEN"), Some("t2"));
        assert_eq!(restore.get("SMTP"), Some("new"));
        assert_eq!(restore.get("LOCATION"), Some("Büro 3.OG & Empfang"));
        let opts: Vec<_> = restore.fields.iter().filter(|(n, _)| n == "OPT").collect();
        assert_eq!(opts.len(), 2);
        assert!(unowned.changed(Target::Email, &served, &owned).is_empty());
        // The fax form is another form.
        assert!(unowned.changed(Target::Fax, &garbled, &owned).is_empty());
    }

    #[test]
    fn a_change_made_before_a_write_by_the_printer_or_another_admin_is_kept() {
        let owned = BTreeSet::from(["SMTP"]);
        let mut unowned = Unowned::default();
        let mut first = form(&[("SMTP", "a"), ("LOCATION", "1st floor")]);
        unowned.before_write(Target::Email, &mut first, &owned);
        assert!(unowned.changed(Target::Email, &first, &owned).is_empty());
        // Someone moved the printer between two writes: the next write sends what it holds.
        let moved = form(&[("SMTP", "a"), ("LOCATION", "2nd floor")]);
        let mut post = moved.clone();
        unowned.before_write(Target::Email, &mut post, &owned);
        assert_eq!(post, moved);
        assert!(unowned.changed(Target::Email, &moved, &owned).is_empty());
    }
}
