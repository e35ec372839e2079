//! Command-line values for the core's and the simulators' enums (language, service, cloud,
//! fault): the names their JSON and saved files use, so the core needs no command-line crate.

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use printer_oauth_core::i18n::Lang;
use serde::Serialize;

/// The name `value` has in JSON (and so on the command line): `exchange-online`, `usgov-dod`.
pub fn name_of<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// A parser that takes one of the names of `all` and gives that value. With `described`, each
/// value carries its English description, the Fluent message `{described}-{name}` (for the
/// shell completions; the help shows it in the person's language).
pub fn one_of<T>(all: &'static [T], described: Option<&str>) -> impl TypedValueParser<Value = T>
where
    T: Serialize + Copy + Send + Sync + 'static,
{
    let values = all.iter().map(|v| {
        let name = name_of(v);
        let help = described.map(|id| Lang::En.text(&format!("{id}-{name}")));
        let value = PossibleValue::new(name);
        match help {
            Some(help) => value.help(help),
            None => value,
        }
    });
    PossibleValuesParser::new(values).map(move |name| {
        *all.iter()
            .find(|v| name_of(*v) == name)
            .expect("clap passes only the names it was given")
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use printer_oauth_core::cloud::{Cloud, Service};
    use printer_oauth_sim::Fault;

    /// Every value has a name of its own, and the names are the ones saved files and JSON use.
    #[test]
    fn every_value_has_its_own_name() {
        fn distinct<T: Serialize>(all: &[T]) -> usize {
            let names: std::collections::HashSet<String> = all.iter().map(name_of).collect();
            assert!(names.iter().all(|n| !n.is_empty()));
            names.len()
        }
        assert_eq!(distinct(&Lang::ALL), Lang::ALL.len());
        assert_eq!(distinct(&Service::ALL), Service::ALL.len());
        assert_eq!(distinct(&Cloud::ALL), Cloud::ALL.len());
        assert_eq!(distinct(Fault::ALL), Fault::ALL.len());
        assert_eq!(name_of(&Cloud::UsgovDod), "usgov-dod");
        for cloud in Cloud::ALL {
            assert_eq!(name_of(&cloud), cloud.name());
        }
    }

    #[test]
    fn a_name_gives_its_value_and_anything_else_is_refused() {
        let cmd = clap::Command::new("t").arg(
            clap::Arg::new("cloud")
                .long("cloud")
                .value_parser(one_of(&Cloud::ALL, Some("cli-cloud"))),
        );
        let m = cmd
            .clone()
            .try_get_matches_from(["t", "--cloud", "usgov-dod"])
            .unwrap();
        assert_eq!(m.get_one::<Cloud>("cloud"), Some(&Cloud::UsgovDod));
        assert!(
            cmd.clone()
                .try_get_matches_from(["t", "--cloud", "mars"])
                .is_err()
        );
        // Each value carries its description, for the shell completions.
        let cloud = cmd.get_arguments().next().unwrap();
        let values = cloud.get_value_parser().possible_values().unwrap();
        let described: Vec<_> = values
            .map(|v| v.get_help().map(|h| h.to_string()))
            .collect();
        assert_eq!(described[0].as_deref(), Some("The worldwide cloud"));
        assert!(described.iter().all(Option::is_some));
    }
}
