//! The command line's help in the person's language, and the man pages and shell completions
//! made from it.
//!
//! Every text clap shows comes from Fluent (i18n/*/printer_oauth.ftl), with ids that follow the
//! command path: `cli` for `printer-oauth`, `cli-printer-setup` for `printer-oauth printer
//! setup`.
//! - A command's summary is `<path>-about`; the root's `--help` adds `cli-long-about`.
//! - An argument's help is `<path>-<argument>` (the clap id in kebab case), the most specific
//!   path first: `cli-printer-setup-host`, else `cli-printer-host`, else `cli-host`. An argument
//!   shared by several commands has one message at their common level; a global one (`--lang`)
//!   is `cli-lang`.
//! - A described value of an argument is `<the argument's message id>-<value>`
//!   (`cli-faults-decline`, `cli-cloud-usgov`).
//! - clap's own parts: `cli-help-flag*`, `cli-version-flag`, `cli-help-about` (the `help`
//!   command), `cli-heading-*`, `cli-default`, `cli-possible-values*`;
//!   the man pages' section headings are `cli-man-*`.
//!
//! A missing message is noted; a test walks the whole tree in both languages.

use super::args::{Args, VERSION};
use clap::builder::PossibleValue;
use clap::{Arg, ArgAction, Command, CommandFactory};
use clap_complete::Shell;
use printer_oauth_core::i18n::{Lang, message_ids};
use std::collections::HashSet;
use std::ffi::OsString;
use std::path::Path;

/// The name the command is installed under.
const BIN: &str = "printer-oauth";

/// The language of the help and of parse errors: `--lang L` or `--lang=L` anywhere before a
/// `--` (help is shown while parsing, before the arguments are known), else the system's.
pub fn lang_of(args: &[OsString]) -> Lang {
    let mut lang = None;
    let mut words = args.iter().skip(1).map(|a| a.to_str());
    while let Some(word) = words.next() {
        let value = match word {
            Some("--") => break,
            Some("--lang") => words.next().flatten(),
            Some(word) => word.strip_prefix("--lang="),
            None => None,
        };
        if let Some(found) = value.and_then(|v| Lang::ALL.into_iter().find(|l| l.tag() == v)) {
            lang = Some(found);
        }
    }
    lang.unwrap_or_else(Lang::from_system)
}

/// The command line in `lang`, built, for parsing and `--help`.
pub fn command(lang: Lang) -> Command {
    localized(Args::command(), Texts::new(lang)).0
}

/// Fluent texts of one language, noting the ids that have no message.
struct Texts {
    lang: Lang,
    ids: HashSet<String>,
    missing: Vec<String>,
    /// Whether an argument's help says its default and values (not in completions, which
    /// offer the values themselves).
    annotate: bool,
}

impl Texts {
    fn new(lang: Lang) -> Self {
        Texts {
            lang,
            ids: message_ids(lang).into_iter().collect(),
            missing: Vec::new(),
            annotate: true,
        }
    }

    /// The first of `ids` this language has, and its text.
    fn first(&mut self, ids: &[String]) -> (String, String) {
        match ids.iter().find(|id| self.ids.contains(*id)) {
            Some(id) => (id.clone(), self.lang.text(id)),
            None => {
                self.missing.push(ids[0].clone());
                (ids[0].clone(), self.lang.text(&ids[0]))
            }
        }
    }

    fn text(&mut self, id: &str) -> String {
        self.first(&[id.to_string()]).1
    }

    fn text_with(&mut self, id: &str, args: &[(&str, String)]) -> String {
        if !self.ids.contains(id) {
            self.missing.push(id.to_string());
        }
        self.lang.text_with(id, args)
    }
}

/// `cmd` with every text in `texts`' language, built; and the message ids it lacked.
fn localized(cmd: Command, mut texts: Texts) -> (Command, Vec<String>) {
    let long_about = texts.text("cli-long-about");
    let mut cmd = localize(cmd, &["cli".to_string()], &mut texts).long_about(long_about);
    // clap adds `--help`, `--version` and the `help` command while building.
    cmd.build();
    localize_built(&mut cmd, &mut texts);
    (cmd, texts.missing)
}

/// The summary of `cmd` and of its commands, and the help of their arguments.
fn localize(cmd: Command, path: &[String], texts: &mut Texts) -> Command {
    let about = texts.text(&format!("{}-about", path.join("-")));
    cmd.about(about)
        .long_about(None)
        // Usage lines are syntax, in English like `[OPTIONS]` and `<HOST>`: `[COMMAND]` in the
        // help, `[command]` in the man pages (rather than clap_mangen's `[subcommands]`).
        .subcommand_value_name("COMMAND")
        .mut_args(|arg| localize_arg(arg, path, texts))
        .mut_subcommands(|sub| {
            let mut path = path.to_vec();
            path.push(sub.get_name().to_string());
            localize(sub, &path, texts)
        })
}

/// One argument's help, with its default and its values said in the same language (clap
/// would add them in English).
fn localize_arg(arg: Arg, path: &[String], texts: &mut Texts) -> Arg {
    let name = arg.get_id().as_str().replace('_', "-");
    let ids: Vec<String> = (1..=path.len())
        .rev()
        .map(|n| format!("{}-{name}", path[..n].join("-")))
        .collect();
    let (id, mut help) = texts.first(&ids);
    let takes_value = arg.get_action().takes_values();
    if !texts.annotate {
        return arg.help(help);
    }
    let mut arg = arg;
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    let default = (takes_value && !defaults.is_empty() && !arg.is_hide_default_value_set())
        .then(|| texts.text_with("cli-default", &[("value", defaults.join(", "))]));
    if default.is_some() {
        arg = arg.hide_default_value(true);
    }
    let values: Vec<PossibleValue> = if takes_value && !arg.is_hide_possible_values_set() {
        arg.get_value_parser()
            .possible_values()
            .map(|values| values.filter(|v| !v.is_hide_set()).collect())
            .unwrap_or_default()
    } else {
        Vec::new()
    };
    let mut long_help = None;
    if !values.is_empty() {
        arg = arg.hide_possible_values(true);
        let names: Vec<&str> = values.iter().map(PossibleValue::get_name).collect();
        let list = texts.text_with("cli-possible-values", &[("values", names.join(", "))]);
        if values.iter().any(|v| v.get_help().is_some()) {
            long_help = Some(described_values(
                &help,
                &id,
                &values,
                default.as_deref(),
                texts,
            ));
        }
        help = format!("{help} {list}");
    }
    if let Some(default) = &default {
        help = format!("{help} {default}");
    }
    let arg = arg.help(help);
    match long_help {
        Some(text) => arg.long_help(text),
        None => arg,
    }
}

/// The long help of an argument whose values are described: each value on its own line.
fn described_values(
    help: &str,
    id: &str,
    values: &[PossibleValue],
    default: Option<&str>,
    texts: &mut Texts,
) -> String {
    let width = values.iter().map(|v| v.get_name().len()).max().unwrap_or(0);
    let mut text = format!("{help}\n\n{}", texts.text("cli-possible-values-heading"));
    for value in values {
        let name = value.get_name();
        let about = texts.text(&format!("{id}-{name}"));
        text.push_str(&format!(
            "\n- {:<width$} {about}",
            format!("{name}:"),
            width = width + 1
        ));
    }
    if let Some(default) = default {
        text.push_str(&format!("\n\n{default}"));
    }
    text
}

/// What clap added while building: the `--help` and `--version` flags, the `help` command,
/// and the help layout with its headings.
fn localize_built(cmd: &mut Command, texts: &mut Texts) {
    let long = cmd.get_long_about().is_some()
        || cmd
            .get_arguments()
            .any(|a| !a.is_hide_set() && a.get_long_help().is_some());
    let (help, long_help) = if long {
        (
            texts.text("cli-help-flag-summary"),
            Some(texts.text("cli-help-flag-long")),
        )
    } else {
        (texts.text("cli-help-flag"), None)
    };
    let version = texts.text("cli-version-flag");
    let template = template(cmd, texts);
    *cmd = std::mem::take(cmd)
        .help_template(template)
        .mut_args(|arg| match arg.get_action() {
            ArgAction::Help => match &long_help {
                Some(text) => arg.help(help.clone()).long_help(text.clone()),
                None => arg.help(help.clone()).long_help(None),
            },
            ArgAction::Version => arg.help(version.clone()),
            _ => arg,
        });
    for sub in cmd.get_subcommands_mut() {
        if sub.get_name() == "help" {
            *sub = std::mem::take(sub).about(texts.text("cli-help-about"));
        }
        localize_built(sub, texts);
    }
}

/// clap's help layout with the headings in the person's language, for the sections `cmd` has.
fn template(cmd: &Command, texts: &mut Texts) -> String {
    let mut template = format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}",
        texts.text("cli-heading-usage")
    );
    let sections = [
        (
            cmd.get_subcommands().any(|s| !s.is_hide_set()),
            "cli-heading-commands",
            "{subcommands}",
        ),
        (
            cmd.get_positionals().any(|a| !a.is_hide_set()),
            "cli-heading-arguments",
            "{positionals}",
        ),
        (
            cmd.get_arguments()
                .any(|a| !a.is_positional() && !a.is_hide_set()),
            "cli-heading-options",
            "{options}",
        ),
    ];
    for (shown, heading, tag) in sections {
        if shown {
            template.push_str(&format!("\n\n{}\n{tag}", texts.text(heading)));
        }
    }
    template.push_str("{after-help}");
    template
}

/// Writes the man pages (`dir/man/`, Croatian in `dir/man/hr/`) and the completions for bash,
/// zsh, fish and PowerShell (`dir/completions/`), for packages.
pub fn write_package_files(dir: &Path) -> std::io::Result<()> {
    for (lang, folder) in [(Lang::En, dir.join("man")), (Lang::Hr, dir.join("man/hr"))] {
        std::fs::create_dir_all(&folder)?;
        // The man pages describe each command on a page of its own, not through `help`.
        let (cmd, _) = localized(without_help_commands(Args::command()), Texts::new(lang));
        write_man_pages(&cmd, &mut Texts::new(lang), &folder)?;
    }
    let folder = dir.join("completions");
    std::fs::create_dir_all(&folder)?;
    let texts = Texts {
        annotate: false,
        ..Texts::new(Lang::En)
    };
    let mut cmd = localized(without_hidden_commands(Args::command()), texts).0;
    for shell in [Shell::Bash, Shell::Zsh, Shell::Fish, Shell::PowerShell] {
        clap_complete::generate_to(shell, &mut cmd, BIN, &folder)?;
    }
    Ok(())
}

/// The command line without its hidden commands, which clap_complete would offer too.
fn without_hidden_commands(cmd: Command) -> Command {
    let shown: Vec<Command> = cmd
        .get_subcommands()
        .filter(|s| !s.is_hide_set())
        .cloned()
        .collect();
    Command::new(BIN)
        .version(VERSION)
        .args(cmd.get_arguments().cloned())
        .subcommands(shown)
}

fn without_help_commands(cmd: Command) -> Command {
    cmd.disable_help_subcommand(true)
        .mut_subcommands(without_help_commands)
}

/// `printer-oauth.1` and a page for each visible command (`printer-oauth-printer-setup.1`),
/// which the pages above them refer to.
fn write_man_pages(cmd: &Command, texts: &mut Texts, folder: &Path) -> std::io::Result<()> {
    let man = clap_mangen::Man::new(cmd.clone());
    let mut page = Vec::new();
    man.render(&mut page)?;
    let page = man_headings(&String::from_utf8_lossy(&page), texts);
    std::fs::write(folder.join(man.get_filename()), page)?;
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        write_man_pages(sub, texts, folder)?;
    }
    Ok(())
}

/// The section headings clap_mangen writes in English, and their messages.
const MAN_HEADINGS: [(&str, &str); 6] = [
    ("NAME", "cli-man-name"),
    ("SYNOPSIS", "cli-man-synopsis"),
    ("DESCRIPTION", "cli-man-description"),
    ("OPTIONS", "cli-man-options"),
    ("SUBCOMMANDS", "cli-man-commands"),
    ("VERSION", "cli-man-version"),
];

/// A man page with its section headings in `texts`' language, marked as UTF-8 for `man`.
fn man_headings(page: &str, texts: &mut Texts) -> String {
    let mut out = String::from(".\\\" -*- coding: UTF-8 -*-\n");
    for line in page.lines() {
        let heading = line
            .strip_prefix(".SH ")
            .and_then(|h| MAN_HEADINGS.iter().find(|(english, _)| *english == h));
        match heading {
            Some((_, id)) => out.push_str(
                &clap_mangen::roff::Roff::new()
                    .control("SH", [texts.text(id).as_str()])
                    .to_roff(),
            ),
            None => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    /// Every command's summary and every argument's help, walking the whole tree.
    fn texts_of(cmd: &Command, path: &str, out: &mut Vec<(String, String)>) {
        let about = cmd.get_about().map(ToString::to_string).unwrap_or_default();
        out.push((format!("{path} (about)"), about));
        for arg in cmd.get_arguments() {
            let help = arg.get_help().map(ToString::to_string).unwrap_or_default();
            out.push((format!("{path} {}", arg.get_id()), help));
        }
        for sub in cmd.get_subcommands() {
            texts_of(sub, &format!("{path} {}", sub.get_name()), out);
        }
    }

    #[test]
    fn every_help_text_is_a_message_in_both_languages() {
        let mut english = Vec::new();
        for lang in Lang::ALL {
            let (cmd, missing) = localized(Args::command(), Texts::new(lang));
            assert!(missing.is_empty(), "{lang:?} has no message {missing:?}");
            let mut texts = Vec::new();
            texts_of(&cmd, BIN, &mut texts);
            // The walk reached the nested commands, the flags clap adds and the `help` command.
            let names: Vec<&str> = texts.iter().map(|(name, _)| name.as_str()).collect();
            for expected in [
                "printer-oauth printer setup host",
                "printer-oauth generate-package-files (about)",
                "printer-oauth help (about)",
                "printer-oauth printer help (about)",
                "printer-oauth version",
                "printer-oauth explain help",
            ] {
                assert!(names.contains(&expected), "{expected} not walked");
            }
            for (name, text) in &texts {
                assert!(!text.trim().is_empty(), "{lang:?}: {name} has no text");
            }
            if lang == Lang::En {
                english = texts;
            } else {
                // Croatian is not English left over: the arguments' texts differ.
                let same = texts.iter().zip(&english).filter(|(hr, en)| hr.1 == en.1);
                let same: Vec<_> = same.map(|(hr, _)| &hr.0).collect();
                assert!(
                    same.is_empty(),
                    "the same in English and Croatian: {same:?}"
                );
            }
        }
    }

    #[test]
    fn an_argument_without_a_message_is_noted() {
        let cmd = Args::command().arg(Arg::new("brand_new").long("brand-new"));
        let (_, missing) = localized(cmd, Texts::new(Lang::En));
        assert_eq!(missing, ["cli-brand-new"]);
        let cmd = Args::command().subcommand(Command::new("fresh"));
        let (_, missing) = localized(cmd, Texts::new(Lang::Hr));
        assert_eq!(missing, ["cli-fresh-about"]);
    }

    #[test]
    fn shared_arguments_take_the_most_specific_message() {
        let cmd = command(Lang::En);
        let help = |path: &[&str], arg: &str| {
            let mut cmd = &cmd;
            for name in path {
                cmd = cmd.find_subcommand(name).unwrap();
            }
            let arg = cmd.get_arguments().find(|a| a.get_id() == arg).unwrap();
            arg.get_help().unwrap().to_string()
        };
        assert_eq!(
            help(&["printer", "jobs"], "host"),
            Lang::En.text("cli-printer-host")
        );
        assert!(help(&["demo"], "interval").contains("[default: 5]"));
        assert!(help(&[], "interval").contains("[default: 2]"));
        assert_ne!(
            help(&["preflight"], "ca_file"),
            help(&["printer", "status"], "ca_file")
        );
        // A propagated global argument keeps its one message.
        assert_eq!(help(&["printer", "setup"], "lang"), help(&[], "lang"),);
    }

    #[test]
    fn defaults_and_values_are_said_in_the_language() {
        let cmd = command(Lang::Hr);
        let setup = cmd
            .find_subcommand("printer")
            .and_then(|p| p.find_subcommand("setup"))
            .unwrap();
        let cloud = setup
            .get_arguments()
            .find(|a| a.get_id() == "cloud")
            .unwrap();
        let short = cloud.get_help().unwrap().to_string();
        assert!(short.contains("[zadano: global]"), "{short}");
        assert!(short.contains("[moguće vrijednosti: global, usgov, usgov-dod, china]"));
        let long = cloud.get_long_help().unwrap().to_string();
        assert!(long.contains("Moguće vrijednosti:"), "{long}");
        assert!(long.contains(&Lang::Hr.text("cli-cloud-china")), "{long}");
        let help = setup.clone().render_help().to_string();
        assert!(
            !help.contains("default:") && !help.contains("possible values"),
            "{help}"
        );
    }

    #[test]
    fn the_language_is_found_before_parsing() {
        for list in [
            &["printer-oauth", "--lang", "hr", "--help"][..],
            &["printer-oauth", "printer", "setup", "--help", "--lang=hr"],
        ] {
            assert_eq!(lang_of(&words(list)), Lang::Hr, "{list:?}");
        }
        assert_eq!(
            lang_of(&words(&["printer-oauth", "--lang", "en", "--help"])),
            Lang::En
        );
        // After `--` it is the text to explain.
        let explained = words(&[
            "printer-oauth",
            "--lang",
            "en",
            "explain",
            "--",
            "--lang",
            "hr",
        ]);
        assert_eq!(lang_of(&explained), Lang::En);
    }

    #[test]
    fn headings_are_localized() {
        let help = command(Lang::Hr).render_long_help().to_string();
        for heading in ["Upotreba: ", "Naredbe:", "Opcije:"] {
            assert!(help.contains(heading), "{help}");
        }
        assert!(
            !help.contains("Usage:") && !help.contains("Options:"),
            "{help}"
        );
        let explain = command(Lang::Hr)
            .find_subcommand("explain")
            .unwrap()
            .clone();
        let help = explain.clone().render_help().to_string();
        assert!(
            help.contains("Argumenti:") && !help.contains("Naredbe:"),
            "{help}"
        );
    }

    #[test]
    fn man_headings_are_translated() {
        let page = ".TH x 1\n.SH NAME\nx\n.SH SUBCOMMANDS\n.SH OTHER\n";
        let hr = man_headings(page, &mut Texts::new(Lang::Hr));
        assert!(
            hr.contains(".SH NAZIV\n") && hr.contains(".SH NAREDBE\n"),
            "{hr}"
        );
        assert!(hr.contains(".SH OTHER\n") && hr.starts_with(".\\\" -*- coding: UTF-8"));
    }
}
