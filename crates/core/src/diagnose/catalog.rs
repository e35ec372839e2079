//! The diagnosis catalog as data: every known code, what matches it, and where it is fixed.

use super::{Matcher, Outcome};
use crate::wizard::Page;

/// One catalog entry. Its texts are the Fluent messages `diag-<id>-title`, `-cause` and `-fix`.
#[derive(Debug)]
pub struct Entry {
    /// Stable identifier, also the Fluent id stem.
    pub id: &'static str,
    /// The code shown to people (`AADSTS53003`, `535 5.7.139`, `361`...).
    pub code: &'static str,
    /// What recognises this entry in a reply, an error or pasted text.
    pub matchers: &'static [Matcher],
    /// The wizard page that applies the fix.
    pub step: Page,
    /// Which side failed, which decides the exit code.
    pub outcome: Outcome,
}

use Matcher::{Aadsts, Foreign, Internal, OAuth, Printer, PrinterText, Smtp, Text};
use Outcome::{Local, Network, Refused, Usage};

macro_rules! entry {
    ($id:literal, $code:literal, [$($m:expr),+ $(,)?], $step:ident, $outcome:ident) => {
        Entry { id: $id, code: $code, matchers: &[$($m),+], step: Page::$step, outcome: $outcome }
    };
}

/// Every diagnosis the product knows. More specific SMTP entries come before general ones.
pub static CATALOG: &[Entry] = &[
    // Printer job-history codes (guide, section 7) and printer status messages.
    entry!("printer-360", "360", [Printer(360)], EmailServer, Network),
    entry!("printer-361", "361", [Printer(361)], SignIn, Refused),
    entry!("printer-370", "370", [Printer(370)], SignIn, Refused),
    entry!(
        "printer-must-sign-in",
        "must-sign-in",
        [
            PrinterText("you must sign in to your email service"),
            PrinterText("registration required")
        ],
        SignIn,
        Refused
    ),
    entry!(
        "printer-token-expired",
        "token-expired",
        [
            PrinterText("authentication has expired"),
            PrinterText("sign in again"),
            PrinterText("token update failed"),
            PrinterText("authorization has expired")
        ],
        SignIn,
        Refused
    ),
    // Microsoft Entra sign-in codes.
    entry!(
        "aadsts-mfa",
        "AADSTS50076",
        [
            Aadsts(50076),
            Aadsts(50079),
            Aadsts(50078),
            Text("you must use multi-factor authentication"),
            Text("must enroll in multi-factor authentication")
        ],
        SignIn,
        Refused
    ),
    entry!(
        "aadsts-conditional-access",
        "AADSTS53003",
        [
            Aadsts(53003),
            Text("does not meet the criteria to access this resource"),
            Text("access has been blocked by conditional access policies")
        ],
        ExchangeOnline,
        Refused
    ),
    entry!(
        "aadsts-security-defaults",
        "AADSTS530035",
        [
            Aadsts(530035),
            Text("access has been blocked by security defaults")
        ],
        ExchangeOnline,
        Refused
    ),
    entry!(
        "aadsts-consent-missing",
        "AADSTS65001",
        [
            Aadsts(65001),
            Text("has not consented to use the application")
        ],
        SignIn,
        Refused
    ),
    entry!(
        "aadsts-consent-declined",
        "AADSTS65004",
        [Aadsts(65004), Text("user declined to consent")],
        SignIn,
        Refused
    ),
    entry!(
        "aadsts-admin-consent",
        "AADSTS90094",
        [
            Aadsts(90094),
            Aadsts(90095),
            Aadsts(90093),
            Aadsts(900941),
            Text("need admin approval"),
            Text("that only an admin can grant"),
            Text("only an administrator can grant")
        ],
        SignIn,
        Refused
    ),
    entry!(
        "aadsts-app-not-found",
        "AADSTS700016",
        [Aadsts(700016), Text("was not found in the directory")],
        ExchangeOnline,
        Refused
    ),
    entry!(
        "aadsts-public-client-off",
        "AADSTS7000218",
        [
            Aadsts(7000218),
            Aadsts(70002),
            OAuth("unauthorized_client"),
            Text("must contain the following parameter: 'client_assertion' or 'client_secret'")
        ],
        ExchangeOnline,
        Refused
    ),
    entry!(
        "aadsts-secret-sent",
        "AADSTS700025",
        [
            Aadsts(700025),
            Text("neither 'client_assertion' nor 'client_secret' should be presented")
        ],
        ExchangeOnline,
        Refused
    ),
    entry!(
        "aadsts-bad-password",
        "AADSTS50126",
        [
            Aadsts(50126),
            Text("your account or password is incorrect"),
            Text("incorrect user name or password")
        ],
        SignIn,
        Refused
    ),
    entry!(
        "aadsts-no-such-user",
        "AADSTS50034",
        [
            Aadsts(50034),
            Text("the account must be added to the directory")
        ],
        SignIn,
        Refused
    ),
    entry!(
        "aadsts-wrong-tenant-user",
        "AADSTS50020",
        [Aadsts(50020), Text("from identity provider")],
        SignIn,
        Refused
    ),
    entry!(
        "aadsts-tenant-not-found",
        "AADSTS90002",
        [Aadsts(90002), Aadsts(900023)],
        Welcome,
        Refused
    ),
    entry!(
        "aadsts-pending",
        "AADSTS70016",
        [
            Aadsts(70016),
            OAuth("authorization_pending"),
            Text("authorization is pending"),
            Text("pending end-user authorization")
        ],
        SignIn,
        Refused
    ),
    entry!(
        "aadsts-bad-code",
        "AADSTS70018",
        [Aadsts(70018), OAuth("bad_verification_code")],
        SignIn,
        Refused
    ),
    entry!(
        "aadsts-code-expired",
        "AADSTS70019",
        [
            Aadsts(70019),
            Aadsts(70020),
            OAuth("expired_token"),
            Text("verification code expired"),
            Text("this device code has expired")
        ],
        SignIn,
        Refused
    ),
    entry!(
        "aadsts-declined",
        "authorization_declined",
        [
            OAuth("authorization_declined"),
            OAuth("access_denied"),
            Text("user has denied access"),
            Text("user declined the request")
        ],
        SignIn,
        Refused
    ),
    entry!(
        "aadsts-grant-revoked",
        "AADSTS50173",
        [
            Aadsts(50173),
            Text("the provided grant has expired due to it being revoked")
        ],
        SignIn,
        Refused
    ),
    entry!(
        "aadsts-refresh-expired",
        "AADSTS700082",
        [
            Aadsts(700082),
            Text("the refresh token has expired due to inactivity")
        ],
        SignIn,
        Refused
    ),
    entry!(
        "aadsts-sign-in-frequency",
        "AADSTS70043",
        [
            Aadsts(70043),
            Text("due to sign-in frequency checks by conditional access")
        ],
        SignIn,
        Refused
    ),
    entry!(
        "aadsts-malformed-request",
        "AADSTS9002313",
        [Aadsts(9002313)],
        Welcome,
        Refused
    ),
    entry!(
        "aadsts-missing-parameter",
        "AADSTS900144",
        [Aadsts(900144)],
        ExchangeOnline,
        Refused
    ),
    entry!(
        "aadsts-work-app-consumers",
        "AADSTS9002332",
        [
            Aadsts(9002332),
            Text("not enabled for consumers"),
            Text("is configured for use by microsoft entra users only"),
            Text("is configured for use by azure active directory users only")
        ],
        Welcome,
        Refused
    ),
    entry!(
        "aadsts-consumer-only-app",
        "AADSTS9002331",
        [
            Aadsts(9002331),
            Text("with 'consumer' as the user audience"),
            Text("is configured for use by microsoft account users only")
        ],
        ExchangeOnline,
        Refused
    ),
    entry!(
        "aadsts-bad-client-secret",
        "AADSTS7000215",
        [
            Aadsts(7000215),
            Aadsts(7000222),
            Aadsts(50012),
            Text("invalid client secret is provided"),
            Text("provided client secret keys for app")
        ],
        ExchangeOnline,
        Refused
    ),
    entry!(
        "aadsts-redirect-uri",
        "AADSTS50011",
        [
            Aadsts(50011),
            Aadsts(900971),
            Text("does not match the redirect uris configured"),
            Aadsts(90102),
            Text("the provided value for the 'redirect_uri' is not valid")
        ],
        ExchangeOnline,
        Refused
    ),
    entry!(
        "aadsts-no-tenant",
        "AADSTS50059",
        [
            Aadsts(50059),
            Text("no tenant-identifying information found")
        ],
        ExchangeOnline,
        Refused
    ),
    // Conditional Access and device state, which a device-code sign-in for a printer cannot
    // satisfy (issue 12).
    entry!(
        "aadsts-device-not-compliant",
        "AADSTS53000",
        [
            Aadsts(53000),
            Aadsts(530003),
            Text("required device state: compliant"),
            Text("requires the device requesting access to be managed")
        ],
        ExchangeOnline,
        Refused
    ),
    entry!(
        "aadsts-device-not-joined",
        "AADSTS53001",
        [
            Aadsts(53001),
            Aadsts(9001011),
            Text("required device state: domain_joined")
        ],
        ExchangeOnline,
        Refused
    ),
    entry!(
        "aadsts-app-not-approved",
        "AADSTS53005",
        [
            Aadsts(53005),
            Aadsts(53002),
            Text("application needs to enforce intune protection policies")
        ],
        ExchangeOnline,
        Refused
    ),
    entry!(
        "aadsts-device-auth-required",
        "AADSTS50097",
        [Aadsts(50097), Text("device authentication is required")],
        ExchangeOnline,
        Refused
    ),
    // Account state.
    entry!(
        "aadsts-account-locked",
        "AADSTS50053",
        [
            Aadsts(50053),
            Text("the account is locked, you've tried to sign in too many times")
        ],
        SignIn,
        Refused
    ),
    entry!(
        "aadsts-password-expired",
        "AADSTS50055",
        [Aadsts(50055), Text("password is expired")],
        SignIn,
        Refused
    ),
    entry!(
        "aadsts-account-disabled",
        "AADSTS50057",
        [
            Aadsts(50057),
            Aadsts(500571),
            Text("the user account is disabled")
        ],
        SignIn,
        Refused
    ),
    entry!(
        "aadsts-no-password",
        "AADSTS50056",
        [Aadsts(50056)],
        SignIn,
        Refused
    ),
    entry!(
        "aadsts-no-session",
        "AADSTS50058",
        [
            Aadsts(50058),
            Text("a silent sign-in request was sent but no user is signed in")
        ],
        SignIn,
        Refused
    ),
    // The app registration and the endpoint.
    entry!(
        "aadsts-app-disabled",
        "AADSTS7000112",
        [Aadsts(7000112)],
        ExchangeOnline,
        Refused
    ),
    entry!(
        "aadsts-resource-not-found",
        "AADSTS500011",
        [Aadsts(500011), Text("the resource principal named")],
        ExchangeOnline,
        Refused
    ),
    entry!(
        "aadsts-user-not-assigned",
        "AADSTS50105",
        [
            Aadsts(50105),
            Text("is not assigned to a role for the application")
        ],
        ExchangeOnline,
        Refused
    ),
    entry!(
        "aadsts-common-endpoint",
        "AADSTS90130",
        [
            Aadsts(90130),
            Aadsts(50194),
            Text("not supported over the /common or /consumers endpoints"),
            Text("is not configured as a multi-tenant application")
        ],
        Welcome,
        Refused
    ),
    entry!(
        "aadsts-scopes-unauthorized",
        "AADSTS70000",
        [
            Aadsts(70000),
            Text("scopes requested are unauthorized or expired")
        ],
        SignIn,
        Refused
    ),
    entry!(
        "oauth-slow-down",
        "slow_down",
        [OAuth("slow_down")],
        SignIn,
        Refused
    ),
    entry!(
        "oauth-interaction-required",
        "interaction_required",
        [
            OAuth("interaction_required"),
            Text("silent authentication was denied"),
            Text("no account or login hint was passed"),
            Text("no account was found in the token cache")
        ],
        SignIn,
        Refused
    ),
    entry!(
        "signin-refused",
        "signin-refused",
        [Internal("signin-refused")],
        ExchangeOnline,
        Refused
    ),
    entry!(
        "oauth-invalid-client",
        "invalid_client",
        [OAuth("invalid_client")],
        ExchangeOnline,
        Refused
    ),
    entry!(
        "oauth-invalid-grant",
        "invalid_grant",
        [OAuth("invalid_grant")],
        SignIn,
        Refused
    ),
    entry!(
        "oauth-invalid-scope",
        "invalid_scope",
        [OAuth("invalid_scope")],
        Welcome,
        Refused
    ),
    entry!(
        "oauth-invalid-request",
        "invalid_request",
        [OAuth("invalid_request")],
        ExchangeOnline,
        Refused
    ),
    // Exchange Online SMTP replies.
    entry!(
        "smtp-auth-disabled-tenant",
        "535 5.7.139",
        [
            Smtp("5.7.139", Some("disabled for the tenant")),
            Text("smtpclientauthentication is disabled for the tenant")
        ],
        ExchangeOnline,
        Refused
    ),
    entry!(
        "smtp-auth-disabled-mailbox",
        "535 5.7.139",
        [
            Smtp("5.7.139", Some("disabled for the mailbox")),
            Text("smtpclientauthentication is disabled for the mailbox")
        ],
        ExchangeOnline,
        Refused
    ),
    entry!(
        "smtp-security-defaults",
        "535 5.7.139",
        [
            Smtp("5.7.139", Some("security defaults")),
            Text("locked by your organization's security defaults")
        ],
        ExchangeOnline,
        Refused
    ),
    entry!(
        "smtp-criteria-not-met",
        "535 5.7.139",
        [
            Smtp("5.7.139", Some("did not meet the criteria")),
            // Exchange Online words its replies in the mailbox's language too (Portuguese here).
            Smtp("5.7.139", Some("não atendeu aos critérios")),
            Text("did not meet the criteria to be authenticated")
        ],
        ExchangeOnline,
        Refused
    ),
    // 5.7.139 texts (issue 12): a password where OAuth is needed, a wrong password, and the
    // bare code, whose diagnosis lists every cause.
    entry!(
        "smtp-basic-auth-disabled",
        "535 5.7.139",
        [
            Smtp("5.7.139", Some("basic authentication is disabled")),
            Smtp("5.7.30", None),
            Text("basic authentication is not supported for client submission")
        ],
        EmailServer,
        Refused
    ),
    entry!(
        "smtp-wrong-credentials",
        "535 5.7.139",
        [Smtp("5.7.139", Some("user credentials were incorrect"))],
        EmailServer,
        Refused
    ),
    entry!(
        "smtp-auth-blocked",
        "535 5.7.139",
        [Smtp("5.7.139", None)],
        ExchangeOnline,
        Refused
    ),
    // 5.7.3 with its own text first: "STARTTLS is required" whatever the mechanism.
    entry!(
        "smtp-starttls-required",
        "530 5.7.3",
        [Smtp("5.7.3", Some("starttls is required"))],
        EmailServer,
        Refused
    ),
    // 535 5.7.3 means a refused token when the client signed in with XOAUTH2 (this product's
    // own client always does), and a refused password otherwise.
    entry!(
        "smtp-auth-unsuccessful",
        "535 5.7.3",
        [
            Smtp("5.7.3", Some("xoauth2")),
            Smtp("5.7.3", Some("oauth")),
            Smtp("5.7.3", Some("access token")),
            Smtp("5.7.3", Some("bearer"))
        ],
        SignIn,
        Refused
    ),
    entry!(
        "smtp-password-rejected",
        "535 5.7.3",
        [Smtp("5.7.3", None)],
        EmailServer,
        Refused
    ),
    entry!(
        "smtp-auth-type",
        "504 5.7.4",
        [
            Smtp("5.7.4", None),
            Text("unrecognized authentication type")
        ],
        ExchangeOnline,
        Refused
    ),
    entry!(
        "smtp-not-authenticated",
        "530 5.7.57",
        [
            Smtp("5.7.57", None),
            Smtp("5.7.1", Some("5.7.1 client was not authenticated")),
            Text("not authenticated to send anonymous mail")
        ],
        EmailServer,
        Refused
    ),
    entry!(
        "smtp-send-as-denied",
        "5.7.60",
        [
            Smtp("5.7.60", None),
            Smtp("5.7.1", Some("send as this sender")),
            Smtp("5.2.0", Some("sendasdenied")),
            Text("sendasdeniedexception"),
            Smtp("5.2.252", None)
        ],
        EmailServer,
        Refused
    ),
    entry!(
        "smtp-relay-denied",
        "550 5.7.1",
        [
            Smtp("5.7.1", Some("unable to relay")),
            Smtp("5.7.64", None),
            Smtp("5.7.367", None),
            Text("couldn't relay your message")
        ],
        EmailServer,
        Refused
    ),
    entry!(
        "smtp-not-permitted",
        "550 5.7.1",
        [Smtp("5.7.1", None)],
        EmailServer,
        Refused
    ),
    entry!(
        "smtp-sender-mailbox-full",
        "554 5.2.2",
        [
            Smtp("5.2.2", Some("storedrv.submission")),
            Text("storedrv.submission.exception:quotaexceededexception")
        ],
        ExchangeOnline,
        Refused
    ),
    entry!(
        "smtp-recipient-mailbox-full",
        "552 5.2.2",
        [Smtp("5.2.2", None)],
        ScanToMyEmail,
        Refused
    ),
    entry!(
        "smtp-quota-exceeded",
        "554 5.2.0",
        [
            Smtp("5.2.0", Some("submissionquotaexceeded")),
            Smtp("5.1.90", None),
            Text("submissionquotaexceededexception"),
            Text("submission quota was exceeded")
        ],
        ExchangeOnline,
        Refused
    ),
    entry!(
        "smtp-recipient-rejected",
        "550 5.4.1",
        [Smtp("5.4.1", None)],
        ScanToMyEmail,
        Refused
    ),
    entry!(
        "smtp-message-too-large",
        "552 5.3.4",
        [
            Smtp("5.3.4", None),
            Smtp("5.2.3", None),
            Smtp("5.2.12", None),
            Text("messagesubmissionexceededexception"),
            Text("message too large"),
            Text("message size exceeds")
        ],
        EmailServer,
        Refused
    ),
    entry!(
        "smtp-ip-banned",
        "550 5.7.606",
        [Smtp("5.7.606", None), Text("banned sending ip")],
        ExchangeOnline,
        Refused
    ),
    entry!(
        "smtp-ip-reputation",
        "550 5.7.708",
        [Smtp("5.7.708", None), Smtp("5.7.705", None)],
        ExchangeOnline,
        Refused
    ),
    entry!(
        "smtp-unregistered-domains",
        "550 5.7.750",
        [Smtp("5.7.750", None)],
        ExchangeOnline,
        Refused
    ),
    entry!(
        "smtp-spam-abuse",
        "550 5.7.501",
        [
            Text("outboundspamexception"),
            Smtp("5.7.501", None),
            Smtp("5.7.502", None),
            Smtp("5.7.503", None)
        ],
        ExchangeOnline,
        Refused
    ),
    entry!(
        "smtp-server-busy",
        "451 4.7.500",
        [Smtp("4.7.500", None)],
        ApplyVerify,
        Refused
    ),
    entry!(
        "smtp-old-tls",
        "421 4.7.66",
        [Smtp("4.7.66", None)],
        EmailServer,
        Refused
    ),
    entry!(
        "smtp-thread-limit",
        "4.3.2",
        [Smtp("4.3.2", Some("thread limit"))],
        ApplyVerify,
        Refused
    ),
    entry!(
        "smtp-service-unavailable",
        "421 4.3.2",
        [
            Smtp("4.3.2", None),
            Text("temporary server error"),
            Text("service not active")
        ],
        ApplyVerify,
        Network
    ),
    entry!(
        "smtp-bad-outbound-sender",
        "550 5.1.8",
        [
            Smtp("5.1.8", None),
            Text("weren't recognized as a valid sender")
        ],
        ExchangeOnline,
        Refused
    ),
    entry!(
        "smtp-invalid-xoauth2",
        "501 5.5.124",
        [Smtp("5.5.124", None)],
        SignIn,
        Refused
    ),
    entry!(
        "smtp-dropped",
        "smtp-dropped",
        [Internal("smtp-dropped")],
        EmailServer,
        Network
    ),
    entry!(
        "smtp-rejected",
        "smtp-rejected",
        [Internal("smtp-rejected")],
        ExchangeOnline,
        Refused
    ),
    // Our own conditions: network, local side and input.
    entry!(
        "net-unreachable",
        "unreachable",
        [Internal("unreachable")],
        Welcome,
        Network
    ),
    entry!(
        "net-timeout",
        "timeout",
        [Internal("timeout")],
        Welcome,
        Network
    ),
    entry!("net-tls", "tls", [Internal("tls")], EmailServer, Network),
    entry!(
        "net-server-error",
        "server-error",
        [Internal("server-error")],
        Welcome,
        Network
    ),
    entry!(
        "net-malformed",
        "malformed-response",
        [Internal("malformed-response")],
        Welcome,
        Network
    ),
    entry!(
        "local-keychain-unavailable",
        "keychain-unavailable",
        [Internal("keychain-unavailable")],
        Welcome,
        Local
    ),
    entry!(
        "local-cancelled",
        "cancelled",
        [Internal("cancelled")],
        Welcome,
        Local
    ),
    entry!(
        "input-invalid-address",
        "invalid-address",
        [Internal("invalid-address")],
        ExchangeOnline,
        Usage
    ),
    entry!(
        "input-invalid-authority",
        "invalid-authority",
        [Internal("invalid-authority")],
        Welcome,
        Usage
    ),
    entry!(
        "input-invalid-tenant",
        "invalid-tenant",
        [Internal("invalid-tenant")],
        ExchangeOnline,
        Usage
    ),
    entry!(
        "input-invalid-smtp",
        "invalid-smtp",
        [Internal("invalid-smtp")],
        EmailServer,
        Usage
    ),
    entry!(
        "local-ca-file",
        "ca-file",
        [Internal("ca-file")],
        Welcome,
        Local
    ),
    // An error from another mail service (Gmail, IMAP), named as such (issue 12).
    entry!(
        "out-of-scope",
        "out-of-scope",
        [
            Foreign("gsmtp"),
            Foreign("smtp.gmail.com"),
            Foreign("username and password not accepted"),
            Foreign("application-specific password required"),
            Foreign("[authenticationfailed]"),
            Foreign("no authenticate failed"),
            Foreign("no login failed"),
            Foreign("(#auth0"),
            Foreign("(#mbr"),
            Foreign("(#5.7.1)"),
            Foreign("550 sc-001"),
            Foreign("24-hour sending limit"),
            Foreign("5.7.0 invalid login or password"),
            Foreign("incorrect authentication data"),
            Foreign("imap server")
        ],
        EmailServer,
        Usage
    ),
    entry!(
        "input-unknown-code",
        "unknown",
        [Internal("unknown")],
        Finish,
        Usage
    ),
    // Talking to the printer: our own conditions (issue 3).
    entry!(
        "printer-unreachable",
        "printer-unreachable",
        [Internal("printer-unreachable")],
        Printer,
        Network
    ),
    entry!(
        "printer-timeout",
        "printer-timeout",
        [Internal("printer-timeout")],
        Printer,
        Network
    ),
    entry!(
        "printer-tls",
        "printer-tls",
        [Internal("printer-tls")],
        Printer,
        Network
    ),
    entry!(
        "printer-http-only",
        "printer-http-only",
        [Internal("printer-http-only")],
        Printer,
        Refused
    ),
    entry!(
        "printer-unpinned",
        "printer-unpinned",
        [Internal("printer-unpinned")],
        Printer,
        Usage
    ),
    entry!(
        "printer-pin-mismatch",
        "printer-pin-mismatch",
        [Internal("printer-pin-mismatch")],
        Printer,
        Refused
    ),
    entry!(
        "printer-not-supported",
        "printer-not-supported",
        [Internal("printer-not-supported")],
        Printer,
        Refused
    ),
    entry!(
        "printer-additional-network",
        "printer-additional-network",
        [Internal("printer-additional-network")],
        Printer,
        Refused
    ),
    entry!(
        "printer-bad-password",
        "printer-bad-password",
        [Internal("printer-bad-password")],
        Printer,
        Refused
    ),
    entry!(
        "printer-locked-out",
        "printer-locked-out",
        [Internal("printer-locked-out")],
        Printer,
        Refused
    ),
    entry!(
        "printer-password-missing",
        "printer-password-missing",
        [Internal("printer-password-missing")],
        Printer,
        Usage
    ),
    entry!(
        "printer-session-lost",
        "printer-session-lost",
        [Internal("printer-session-lost")],
        Printer,
        Refused
    ),
    entry!(
        "printer-unexpected-page",
        "printer-unexpected-page",
        [Internal("printer-unexpected-page")],
        Printer,
        Refused
    ),
    entry!(
        "printer-profile",
        "printer-profile",
        [Internal("printer-profile")],
        Printer,
        Usage
    ),
    entry!(
        "printer-invalid-address",
        "printer-invalid-address",
        [Internal("printer-invalid-address")],
        Printer,
        Usage
    ),
    entry!(
        "printer-invalid-fingerprint",
        "printer-invalid-fingerprint",
        [Internal("printer-invalid-fingerprint")],
        Printer,
        Usage
    ),
    entry!(
        "printer-pins",
        "printer-pins",
        [Internal("printer-pins")],
        Printer,
        Local
    ),
    entry!(
        "printer-discovery",
        "printer-discovery",
        [Internal("printer-discovery")],
        Printer,
        Local
    ),
    entry!(
        "printer-invalid-setting",
        "printer-invalid-setting",
        [Internal("printer-invalid-setting")],
        EmailServer,
        Usage
    ),
    entry!(
        "printer-rejected",
        "printer-rejected",
        [Internal("printer-rejected")],
        EmailServer,
        Refused
    ),
    entry!(
        "printer-others-changed",
        "printer-others-changed",
        [Internal("printer-others-changed")],
        EmailServer,
        Refused
    ),
    entry!(
        "printer-no-fax",
        "printer-no-fax",
        [Internal("printer-no-fax")],
        EmailServer,
        Refused
    ),
    entry!(
        "printer-signin-failed",
        "printer-signin-failed",
        [Internal("printer-signin-failed")],
        SignIn,
        Refused
    ),
    entry!(
        "printer-not-signed-in",
        "printer-not-signed-in",
        [Internal("printer-not-signed-in")],
        SignIn,
        Refused
    ),
    entry!(
        "printer-restart-timeout",
        "printer-restart-timeout",
        [Internal("printer-restart-timeout")],
        ApplyVerify,
        Network
    ),
    entry!(
        "printer-verify-failed",
        "printer-verify-failed",
        [Internal("printer-verify-failed")],
        ApplyVerify,
        Refused
    ),
    entry!(
        "printer-restore-failed",
        "printer-restore-failed",
        [Internal("printer-restore-failed")],
        ApplyVerify,
        Refused
    ),
    entry!(
        "printer-capture",
        "printer-capture",
        [Internal("printer-capture")],
        Printer,
        Local
    ),
    entry!(
        "printer-backup",
        "printer-backup",
        [Internal("printer-backup")],
        ApplyVerify,
        Local
    ),
    // The printer's own connection test (Email Server > Connection Test): its failure
    // messages, which a printer profile maps to these codes.
    entry!(
        "printer-test-network",
        "printer-test-network",
        [
            Internal("printer-test-network"),
            PrinterText("smtp server communication error")
        ],
        Printer,
        Network
    ),
    entry!(
        "printer-test-server",
        "printer-test-server",
        [
            Internal("printer-test-server"),
            PrinterText("an error occurred while connecting to smtp server"),
            PrinterText("unsupported communication method")
        ],
        EmailServer,
        Network
    ),
    entry!(
        "printer-test-auth",
        "printer-test-auth",
        [
            Internal("printer-test-auth"),
            PrinterText("smtp server authentication error"),
            PrinterText("authentication with the destination has failed"),
            PrinterText("authentication to the destination has failed")
        ],
        ExchangeOnline,
        Refused
    ),
    entry!(
        "printer-test-auth-method",
        "printer-test-auth-method",
        [
            Internal("printer-test-auth-method"),
            PrinterText("change authentication method to")
        ],
        EmailServer,
        Refused
    ),
    entry!(
        "printer-test-secure",
        "printer-test-secure",
        [
            Internal("printer-test-secure"),
            PrinterText("change secure connection to")
        ],
        EmailServer,
        Refused
    ),
    entry!(
        "printer-test-untrusted",
        "printer-test-untrusted",
        [
            Internal("printer-test-untrusted"),
            PrinterText("the connection is untrusted"),
            PrinterText("the connection is not secured")
        ],
        Printer,
        Network
    ),
    entry!(
        "printer-test-sender",
        "printer-test-sender",
        [
            Internal("printer-test-sender"),
            PrinterText("sender's email address is incorrect")
        ],
        EmailServer,
        Refused
    ),
    // Microsoft behind a network that inspects TLS with its own certificate authority.
    entry!(
        "net-tls-inspected",
        "tls-inspected",
        [Internal("tls-inspected")],
        Welcome,
        Network
    ),
    // Limits on what is read: a file named on the command line, a printer's answer (issue 11).
    entry!(
        "local-file-too-large",
        "file-too-large",
        [Internal("file-too-large")],
        Welcome,
        Usage
    ),
    entry!(
        "printer-page-too-large",
        "printer-page-too-large",
        [Internal("printer-page-too-large")],
        Printer,
        Refused
    ),
];
