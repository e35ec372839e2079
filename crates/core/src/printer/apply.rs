//! Writing settings with a safety net: write, read back, compare; on a failure or any
//! difference, write the previous settings back and check them too. A printer is never left
//! half-configured without the admin being told exactly what it holds.

use super::adapter::{PrinterAdapter, Raw, Target, WriteOutcome};
use super::error::PrinterError;
use super::settings::Field;

/// Why applying failed, and whether the previous settings are back in place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApplyFailure {
    pub cause: Failure,
    /// `Ok` when the previous settings were written back and read back unchanged.
    pub restore: Result<(), Failure>,
}

/// What went wrong with a write or a restore.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    Printer(PrinterError),
    /// The printer holds other values than were written: these fields differ.
    Differs(Vec<Field>),
}

/// What the form should hold after writing `desired` over `before`. The account is left out:
/// after a sign-in the printer fills it in itself.
fn expected(before: &Raw, desired: &Raw) -> Raw {
    let mut expected = before.clone();
    expected.extend(desired.clone());
    expected.remove(&Field::Account);
    expected
}

/// The fields whose values differ from what was expected.
fn differences(expected: &Raw, actual: &Raw) -> Vec<Field> {
    expected
        .iter()
        .filter(|(field, value)| actual.get(field) != Some(value))
        .map(|(field, _)| *field)
        .collect()
}

/// Writes and verifies; a write interrupted by a restart is tried once more, as the printer
/// may have kept only part of it.
async fn write_verified<A: PrinterAdapter>(
    adapter: &mut A,
    target: Target,
    expected: &Raw,
    desired: &Raw,
) -> Result<(), Failure> {
    let mut last = Failure::Differs(Vec::new());
    for _ in 0..2 {
        let outcome = adapter
            .write(target, desired)
            .await
            .map_err(Failure::Printer)?;
        let after = adapter.read(target).await.map_err(Failure::Printer)?;
        let differ = differences(expected, &after);
        if differ.is_empty() {
            return Ok(());
        }
        last = Failure::Differs(differ);
        if outcome == WriteOutcome::Written {
            break;
        }
    }
    Err(last)
}

/// Writes `desired` over `before` (read just before), verifies, and restores `before` on
/// any failure.
pub async fn apply<A: PrinterAdapter>(
    adapter: &mut A,
    target: Target,
    before: &Raw,
    desired: &Raw,
) -> Result<(), ApplyFailure> {
    let want = expected(before, desired);
    match write_verified(adapter, target, &want, desired).await {
        Ok(()) => Ok(()),
        Err(cause) => {
            let restore = write_verified(adapter, target, before, before).await;
            Err(ApplyFailure { cause, restore })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(pairs: &[(Field, &str)]) -> Raw {
        pairs.iter().map(|(f, v)| (*f, v.to_string())).collect()
    }

    #[test]
    fn the_account_is_the_printers_own_after_sign_in() {
        let before = raw(&[
            (Field::Account, "old@contoso.com"),
            (Field::SmtpPort, "25"),
            (Field::Pop3Port, "110"),
        ]);
        let desired = raw(&[(Field::SmtpPort, "587")]);
        let want = expected(&before, &desired);
        assert_eq!(
            want,
            raw(&[(Field::SmtpPort, "587"), (Field::Pop3Port, "110")])
        );
        let after = raw(&[
            (Field::Account, "admin@contoso.com"),
            (Field::SmtpPort, "587"),
            (Field::Pop3Port, "995"),
        ]);
        assert_eq!(differences(&want, &after), vec![Field::Pop3Port]);
    }
}
