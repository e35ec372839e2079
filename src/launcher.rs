//! `printer-oauth-wizard`: what the Windows Start menu opens. It is a GUI program, so no console
//! window opens for it; it starts `printer-oauth` from its own folder, with the same arguments
//! and without a console window, and ends. `printer-oauth` itself stays a console program: typed
//! in cmd or PowerShell, its output, exit codes and password prompt stay in that console.

#![cfg_attr(windows, windows_subsystem = "windows")]

use std::process::{Command, ExitCode};

/// Windows' `CREATE_NO_WINDOW`: a console program runs without a console window.
#[cfg(windows)]
const CREATE_NO_WINDOW: u32 = 0x0800_0000;

fn main() -> ExitCode {
    let Ok(me) = std::env::current_exe() else {
        return ExitCode::from(5);
    };
    let mut wizard = Command::new(me.with_file_name(if cfg!(windows) {
        "printer-oauth.exe"
    } else {
        "printer-oauth"
    }));
    wizard.args(std::env::args_os().skip(1));
    #[cfg(windows)]
    std::os::windows::process::CommandExt::creation_flags(&mut wizard, CREATE_NO_WINDOW);
    match wizard.spawn() {
        Ok(_) => ExitCode::SUCCESS,
        Err(_) => ExitCode::from(5),
    }
}
