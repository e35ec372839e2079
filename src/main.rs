//! The `printer-oauth` command: argument parsing and the help-desk subcommands.

// On Windows the wizard, started from the Start menu, opens with no console window behind it;
// run from a console, the command line attaches to that console to print there (cli::console).
#![cfg_attr(windows, windows_subsystem = "windows")]

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    cli::main()
}
