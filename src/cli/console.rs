//! Windows: the executable is a GUI program (no console window opens behind the wizard), so
//! the command line attaches to the console it was started from to print there.

use windows_sys::Win32::System::Console::{
    ATTACH_PARENT_PROCESS, AttachConsole, GetStdHandle, STD_OUTPUT_HANDLE,
};

/// Attaches to the parent's console when output is not already going somewhere (a pipe, a
/// file): what a console program does by itself.
pub fn attach_to_parent() {
    // SAFETY: plain Win32 calls without pointers; a failure (no parent console, as from the
    // Start menu) leaves the process as it was.
    unsafe {
        let out = GetStdHandle(STD_OUTPUT_HANDLE);
        if out.is_null() || out == windows_sys::Win32::Foundation::INVALID_HANDLE_VALUE {
            AttachConsole(ATTACH_PARENT_PROCESS);
        }
    }
}
