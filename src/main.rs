//! The `printer-oauth` command: argument parsing and the help-desk subcommands.

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    cli::main()
}
