## Diagnosis catalog: printer job-history codes and printer status messages

diag-printer-360-title = Printer error 360: no connection to email service
diag-printer-360-cause = The printer has no connection to the cloud service or email service (job history code 360). The SMTP server address, port or secure connection setting may be wrong, or the printer's network cannot reach Microsoft.
diag-printer-360-fix = Connect to the cloud service or email service: on Network > Email Server > Basic check SMTP Server Address (smtp.office365.com for Exchange Online), SMTP Server Port Number 587 and Secure Connection STARTTLS. Check the printer's network under Settings > General Settings > Network Settings > Network Status, then send the email again.
diag-printer-361-title = Printer error 361: email service connection expired
diag-printer-361-cause = The printer's connection to the cloud service or email service has expired (job history code 361): the token the printer holds is no longer valid, usually after long disuse or a password change.
diag-printer-361-fix = Connect to the email service again: in Web Config open Network > Email Server > Basic, click Sign In, enter the code shown at the URL shown and sign in with a Global Administrator account. Then click OK to send the settings to the printer.
diag-printer-370-title = Printer error 370: sign in again
diag-printer-370-cause = You must sign in to the cloud service again (job history code 370): the printer has no valid sign-in for the email service.
diag-printer-370-fix = Sign in to the cloud service: in Web Config open Network > Email Server > Basic, click Sign In and sign in with a Global Administrator account, then click OK to send the settings to the printer.
diag-printer-must-sign-in-title = Printer not signed in to email service
diag-printer-must-sign-in-cause = The printer shows "You must sign in to your email service to use this function. Contact your administrator." No sign-in is stored on the printer, or the sign-in was completed but the settings were never sent to the printer.
diag-printer-must-sign-in-fix = Check the current status in Web Config on Network > Email Server > Basic. If Current Status shows Signed in, click OK to send the settings to the printer; if there is no Current Status and a Sign In button is shown, sign in.
diag-printer-token-expired-title = Printer sign-in has expired
diag-printer-token-expired-cause = The printer shows an expiry message: it has not sent email for a long time, so its access token and refresh token have become invalid.
diag-printer-token-expired-fix = An administrator must sign in again: on Network > Email Server > Basic click Sign In, sign in with a Global Administrator account, then click OK.

## Microsoft Entra sign-in codes

diag-aadsts-mfa-title = Multi-factor authentication required
diag-aadsts-mfa-cause = Microsoft Entra requires multi-factor authentication for this account (50076), or the account must first register an MFA method (50079), and the sign-in did not complete it.
diag-aadsts-mfa-fix = Start the sign-in again and complete the multi-factor authentication prompt in the browser; if the account has no verification method yet, register one first at https://aka.ms/mfasetup.
diag-aadsts-conditional-access-title = Sign-in blocked by Conditional Access
diag-aadsts-conditional-access-cause = A Microsoft Entra ID Conditional Access policy blocked this sign-in, for example a policy that allows only compliant devices or certain locations, or one that blocks device code sign-in.
diag-aadsts-conditional-access-fix = Check your Conditional Access policies in the Microsoft Entra admin center: in the Sign-in logs find this sign-in by the correlation ID shown and the policy that blocked it, exclude the printer's mailbox or allow device code sign-in for it, then sign in again.
diag-aadsts-security-defaults-title = Sign-in blocked by security defaults
diag-aadsts-security-defaults-cause = The tenant's security defaults blocked this sign-in; they also block the SMTP AUTH that printers need.
diag-aadsts-security-defaults-fix = Turn off security defaults for the whole organisation in the Microsoft Entra admin center (Overview > Properties > Manage security defaults), as the Epson guide requires, and protect accounts with Conditional Access instead. Then sign in again.
diag-aadsts-consent-missing-title = Consent for the app is missing
diag-aadsts-consent-missing-cause = Nobody in this tenant has consented to the permissions the app asks for (SMTP.Send, offline_access), so Microsoft will not issue a token.
diag-aadsts-consent-missing-fix = Sign in again with a Global Administrator account and tick "Consent on behalf of your organization" before clicking Accept. For the wizard's own app registration you can also grant admin consent under API permissions in the Microsoft Entra admin center.
diag-aadsts-consent-declined-title = Consent was declined
diag-aadsts-consent-declined-cause = The person signing in declined the permission request, so the app has no consent to send email.
diag-aadsts-consent-declined-fix = Start the sign-in again; on the permissions screen tick "Consent on behalf of your organization" and click Accept instead of Cancel.
diag-aadsts-admin-consent-title = Administrator consent required
diag-aadsts-admin-consent-cause = The tenant does not let users consent to this app themselves; an administrator must consent for the whole organisation.
diag-aadsts-admin-consent-fix = Sign in with a Global Administrator account, as the guide requires, tick "Consent on behalf of your organization" and click Accept; or grant admin consent for the app in the Microsoft Entra admin center (Enterprise applications > Permissions).
diag-aadsts-app-not-found-title = App not found in this tenant
diag-aadsts-app-not-found-cause = No application with this client ID exists in the chosen tenant: the client ID is mistyped, or the app was registered in another tenant.
diag-aadsts-app-not-found-fix = In the Microsoft Entra admin center open App registrations and your app, copy its Application (client) ID and Directory (tenant) ID exactly, and enter both on the Exchange Online page.
diag-aadsts-public-client-off-title = Public client flows are not allowed
diag-aadsts-public-client-off-cause = The app registration does not allow public client flows, so Microsoft refuses the device code sign-in that the pre-flight check uses.
diag-aadsts-public-client-off-fix = In the Microsoft Entra admin center open App registrations > your app > Authentication, set "Allow public client flows" to Yes and save, then start the sign-in again.
diag-aadsts-secret-sent-title = Public client sent a client secret
diag-aadsts-secret-sent-cause = The app is registered as a public client, but the request contained a client secret or certificate, which a public client must not send.
diag-aadsts-secret-sent-fix = Do not supply a client secret: the pre-flight check needs only the tenant and the client ID of an app registration with "Allow public client flows" set to Yes.
diag-aadsts-bad-password-title = Wrong user name or password
diag-aadsts-bad-password-cause = Microsoft rejected the sign-in details: the password is wrong or the user name is mistyped.
diag-aadsts-bad-password-fix = Start the sign-in again and enter the account and password carefully; if the password was changed recently or forgotten, reset it in the Microsoft 365 admin center.
diag-aadsts-no-such-user-title = Account does not exist in this directory
diag-aadsts-no-such-user-cause = The user name entered does not exist in the tenant's directory: it is mistyped, or the account belongs to another tenant.
diag-aadsts-no-such-user-fix = Check the address in the Microsoft 365 admin center (Users > Active users) and sign in with exactly that address; for the printer, use a Global Administrator account of the tenant that holds the mailbox.
diag-aadsts-wrong-tenant-user-title = Account belongs to another tenant
diag-aadsts-wrong-tenant-user-cause = The account used to sign in is not a member of the tenant the request is for, for example a personal Microsoft account or a user of another organisation.
diag-aadsts-wrong-tenant-user-fix = Sign in with a work account of the tenant that holds the printer's mailbox, or correct the tenant on the Exchange Online page to match that account.
diag-aadsts-tenant-not-found-title = Tenant not found
diag-aadsts-tenant-not-found-cause = Microsoft found no tenant with this ID or domain in the chosen cloud: the tenant is mistyped, or it lives in another cloud (for example US Government or China).
diag-aadsts-tenant-not-found-fix = On the first page choose the cloud your tenant lives in, then enter the directory GUID or a verified domain exactly as shown in the Microsoft Entra admin center (Overview).
diag-aadsts-pending-title = Waiting for the code to be entered
diag-aadsts-pending-cause = This is not an error: the code has not been entered on the sign-in page yet, so Microsoft keeps answering that authorization is pending.
diag-aadsts-pending-fix = Nothing to fix: open the URL shown, enter the code and finish signing in. The wizard keeps waiting until the code expires; the countdown shows the time left.
diag-aadsts-bad-code-title = Invalid sign-in code
diag-aadsts-bad-code-cause = The code was not recognised, usually because it was mistyped or only part of it was copied.
diag-aadsts-bad-code-fix = Copy the code again with the copy button and enter it whole at https://microsoft.com/devicelogin; if it still fails, start a new sign-in to get a new code.
diag-aadsts-code-expired-title = Sign-in code expired
diag-aadsts-code-expired-cause = The code was not used before it expired, so it can no longer be used.
diag-aadsts-code-expired-fix = Start the sign-in again to get a new code and enter it at the URL shown straight away.
diag-aadsts-declined-title = Sign-in cancelled
diag-aadsts-declined-cause = Cancel (or No) was chosen on Microsoft's sign-in page, so no token was issued.
diag-aadsts-declined-fix = Start the sign-in again and confirm the request on the Microsoft pages: for the printer, sign in as a Global Administrator, tick "Consent on behalf of your organization" and click Accept.
diag-aadsts-grant-revoked-title = Sign-in revoked, e.g. after a password change
diag-aadsts-grant-revoked-cause = The stored grant is no longer valid because the password was changed, an administrator revoked the sessions, or the account was reset.
diag-aadsts-grant-revoked-fix = Sign in again: for the printer click Sign In on Network > Email Server > Basic and then OK; for the pre-flight check repeat the sign-in step.
diag-aadsts-refresh-expired-title = Sign-in expired after 90 days unused
diag-aadsts-refresh-expired-cause = The refresh token was not used for 90 days, so it expired; this happens when the printer does not send email for a long time.
diag-aadsts-refresh-expired-fix = An administrator must sign in again (Sign In on Network > Email Server > Basic, then OK). Sending email from the printer regularly keeps the sign-in valid.
diag-aadsts-sign-in-frequency-title = Sign-in frequency policy requires new sign-in
diag-aadsts-sign-in-frequency-cause = A Conditional Access policy with a sign-in frequency setting ended the existing sign-in, so the token can no longer be refreshed.
diag-aadsts-sign-in-frequency-fix = Sign in again; to stop the printer losing its sign-in, exclude its mailbox from the sign-in frequency policy in the Microsoft Entra admin center (Conditional Access).
diag-aadsts-malformed-request-title = Invalid request to Microsoft
diag-aadsts-malformed-request-cause = Microsoft could not read the sign-in request: it is malformed or has an invalid parameter, often because of a wrong authority URL or a proxy that alters traffic.
diag-aadsts-malformed-request-fix = On the first page check the chosen cloud and keep the default authority URL for that cloud; if a proxy alters traffic, bypass it for the sign-in address (for example login.microsoftonline.com).
diag-aadsts-missing-parameter-title = Required parameter missing
diag-aadsts-missing-parameter-cause = The request lacks a required parameter, usually the client ID or the tenant because the field was left empty.
diag-aadsts-missing-parameter-fix = On the Exchange Online page enter the Application (client) ID and the tenant of your app registration, then try again.
diag-aadsts-work-app-consumers-title = Work app used with Outlook.com sign-in
diag-aadsts-work-app-consumers-cause = The app is registered for work or school accounts in Microsoft Entra ID, but the request went to the /consumers endpoint, which is for personal Outlook.com accounts.
diag-aadsts-work-app-consumers-fix = On the first page choose Exchange Online instead of Outlook.com, or enter the right tenant (directory GUID, domain or "organizations") instead of "consumers".
diag-aadsts-no-tenant-title = No tenant given for the sign-in
diag-aadsts-no-tenant-cause = Microsoft could not tell which tenant to use because the request contains nothing that identifies it, for example because the tenant field is empty.
diag-aadsts-no-tenant-fix = On the Exchange Online page enter your tenant's directory GUID or domain (Microsoft Entra admin center > Overview).

## OAuth errors

diag-oauth-invalid-client-title = Client ID rejected
diag-oauth-invalid-client-cause = Microsoft did not accept the client: the client ID is wrong, or the app registration is not set up as a public client.
diag-oauth-invalid-client-fix = In the Microsoft Entra admin center under App registrations check the Application (client) ID and, under Authentication, set "Allow public client flows" to Yes; then enter the ID again on the Exchange Online page.
diag-oauth-invalid-grant-title = Sign-in no longer valid
diag-oauth-invalid-grant-cause = The stored refresh token or the device code was rejected as invalid, expired or revoked.
diag-oauth-invalid-grant-fix = Sign in again: for the printer with Sign In on Network > Email Server > Basic and then OK; for the pre-flight check by repeating the sign-in step.
diag-oauth-invalid-scope-title = Requested permission not valid
diag-oauth-invalid-scope-cause = The requested scope is not valid for this service or cloud, for example an Exchange Online scope requested in the wrong cloud.
diag-oauth-invalid-scope-fix = On the first page choose the right service (Exchange Online or Outlook.com) and cloud; the wizard then asks for SMTP.Send with the right host for that cloud.
diag-oauth-invalid-request-title = Request rejected as invalid
diag-oauth-invalid-request-cause = Microsoft rejected the request as malformed or incomplete, usually because the client ID or tenant is wrong or missing.
diag-oauth-invalid-request-fix = On the Exchange Online page check the tenant and the Application (client) ID of your app registration and try again; the error text shown with this diagnosis usually names the parameter.

## Exchange Online SMTP replies

diag-smtp-auth-disabled-tenant-title = SMTP AUTH disabled for the organisation
diag-smtp-auth-disabled-tenant-cause = Exchange Online refused the sign-in because SMTP AUTH is disabled for the whole tenant, which is the default.
diag-smtp-auth-disabled-tenant-fix = Enable SMTP AUTH for the printer's mailbox only: in Exchange Online PowerShell run Set-CASMailbox -Identity <mailbox> -SmtpClientAuthenticationDisabled $false (the mailbox's setting wins over the organisation's) and check it with Get-CASMailbox -Identity <mailbox> | Format-List SmtpClientAuthenticationDisabled. Only as a fallback, when many devices need it, enable it for the whole organisation with Set-TransportConfig -SmtpClientAuthenticationDisabled $false. The change may take a while to take effect.
diag-smtp-auth-disabled-mailbox-title = SMTP AUTH disabled for the mailbox
diag-smtp-auth-disabled-mailbox-cause = SMTP AUTH is disabled for the printer's mailbox, so Exchange Online does not let it send mail over SMTP.
diag-smtp-auth-disabled-mailbox-fix = In Exchange Online PowerShell run Set-CASMailbox -Identity <mailbox> -SmtpClientAuthenticationDisabled $false (or enable SMTP AUTH for the mailbox in the Microsoft 365 admin center) and check it with Get-CASMailbox -Identity <mailbox> | Format-List SmtpClientAuthenticationDisabled.
diag-smtp-security-defaults-title = SMTP blocked by security defaults
diag-smtp-security-defaults-cause = The organisation's security defaults policy refused the SMTP sign-in. It blocks sign-ins with a password (basic authentication), even when SMTP AUTH is enabled in Exchange Online.
diag-smtp-security-defaults-fix = Make sure the device signs in with OAuth 2.0, not a password: set Authentication Method to OAuth2 and sign the printer in (the Sign in step), then send the test message again; security defaults allow that. Turning security defaults off would also work, but it removes multifactor authentication and the blocking of legacy sign-ins for every account in the organisation: do it only if the device cannot use OAuth 2.0, and protect the accounts with Conditional Access instead.
diag-smtp-criteria-not-met-title = SMTP sign-in did not meet the criteria
diag-smtp-criteria-not-met-cause = Exchange Online refused the sign-in with 535 5.7.139 "the request did not meet the criteria to be authenticated successfully": usually a Conditional Access or MFA policy applies to SMTP for this account, or the token lacks the SMTP.Send permission.
diag-smtp-criteria-not-met-fix = In the Microsoft Entra admin center check the Sign-in logs and the Conditional Access policies for the printer's mailbox and exclude it where needed; make sure the app registration has the delegated permission SMTP.Send (under Microsoft Graph) with consent granted.
diag-smtp-auth-unsuccessful-title = SMTP authentication unsuccessful
diag-smtp-auth-unsuccessful-cause = Exchange Online did not accept the token: it was issued for a different account than the SMTP user, or it does not contain the SMTP.Send permission.
diag-smtp-auth-unsuccessful-fix = Make sure the app has the SMTP.Send permission, then sign in again with the same mailbox the printer sends as (Authenticated Account) to get a new token.
diag-smtp-not-authenticated-title = Printer does not authenticate to SMTP
diag-smtp-not-authenticated-cause = The SMTP server received mail from a client that did not sign in: the printer's authentication method is not set to OAuth2.
diag-smtp-not-authenticated-fix = In Web Config open Network > Email Server > Basic, choose OAuth2 as Authentication Method, sign in, and click OK to send the settings to the printer.
diag-smtp-send-as-denied-title = Not allowed to send as this sender
diag-smtp-send-as-denied-cause = The Sender's Email Address is not the address of the signed-in mailbox, and that mailbox has no Send As permission for it.
diag-smtp-send-as-denied-fix = On Network > Email Server > Basic set Sender's Email Address to the address of the signed-in account (Authenticated Account), or give the mailbox Send As permission for the sender address in the Exchange admin center (Recipients > Mailboxes > Delegation).
diag-smtp-old-tls-title = Printer uses TLS 1.0 or 1.1
diag-smtp-old-tls-cause = Exchange Online accepts only TLS 1.2 or later, and the printer offered an older TLS version.
diag-smtp-old-tls-fix = Update the printer firmware to the latest version, as the guide recommends before you start, then test again with Secure Connection STARTTLS on port 587.
diag-smtp-thread-limit-title = Too many simultaneous connections
diag-smtp-thread-limit-cause = Exchange Online temporarily refused the message because the mailbox has too many parallel SMTP connections (sender thread limit exceeded).
diag-smtp-thread-limit-fix = Wait a few minutes and send again; if several devices share this mailbox, move them to separate mailboxes or stagger their sending.
diag-smtp-bad-outbound-sender-title = Mailbox blocked from sending
diag-smtp-bad-outbound-sender-cause = Microsoft blocked the mailbox from sending email because it was detected sending spam, often after its sign-in details were compromised.
diag-smtp-bad-outbound-sender-fix = In the Microsoft Defender portal under Email & collaboration > Review > Restricted entities find the mailbox, secure the account (change the password, review its sign-ins), and only then remove it from the list.
diag-smtp-invalid-xoauth2-title = Invalid XOAUTH2 data
diag-smtp-invalid-xoauth2-cause = The server could not read the XOAUTH2 sign-in data: the user name or the token in it is malformed or empty.
diag-smtp-invalid-xoauth2-fix = Sign in again to get a new token and check that the account name contains only the mailbox address with no spaces, then test again.
diag-smtp-dropped-title = SMTP server closed the connection
diag-smtp-dropped-cause = The SMTP server closed the connection unexpectedly before the exchange finished; a firewall, proxy or TLS inspection device in between often causes this.
diag-smtp-dropped-fix = On Network > Email Server > Basic check SMTP Server Address, port 587 and Secure Connection STARTTLS, make sure outbound port 587 is allowed and not inspected, then try again.
diag-smtp-rejected-title = SMTP server refused the message
diag-smtp-rejected-cause = The SMTP server refused with a reply that is not in this catalog; the server's own reply text is shown next to this diagnosis.
diag-smtp-rejected-fix = Read the reply text shown and look up its code in Microsoft's Exchange Online documentation (Microsoft Learn); check the Exchange Online settings of the printer's mailbox and send the test message again.

## Network conditions

diag-net-unreachable-title = Server cannot be reached
diag-net-unreachable-cause = No connection could be made to the server: there is no network, the name cannot be resolved (DNS), or a firewall or proxy blocks the address.
diag-net-unreachable-fix = Check that this computer is online and can reach login.microsoftonline.com and the SMTP server on port 587 (a proxy may need to let them through), and that the right cloud is chosen on the first page.
diag-net-timeout-title = Server did not answer in time
diag-net-timeout-cause = The server did not answer within the time allowed; the network is slow or a firewall silently drops the traffic.
diag-net-timeout-fix = Try again; if it keeps happening, check that the firewall or proxy lets through the Microsoft sign-in and SMTP addresses of the chosen cloud.
diag-net-tls-title = Secure connection failed
diag-net-tls-cause = The TLS handshake failed or the server's certificate is not trusted, for example a printer's self-signed certificate or a proxy that inspects TLS traffic.
diag-net-tls-fix = Never turn certificate validation off: add the issuing CA with --ca-file, or check and confirm the certificate fingerprint when the wizard shows it. On the printer keep Certificate Validation at Enable and, if needed, update its root certificates with Root Certificate Update.
diag-net-server-error-title = Microsoft server error
diag-net-server-error-cause = Microsoft's server answered with an internal error (HTTP 5xx); the problem is on Microsoft's side and usually temporary.
diag-net-server-error-fix = Wait a few minutes and try again; if the error persists, check Service health in the Microsoft 365 admin center.
diag-net-malformed-title = Answer could not be read
diag-net-malformed-cause = The answer received could not be read as a Microsoft response; usually a proxy or a network login portal answered instead, or the authority URL points to the wrong place.
diag-net-malformed-fix = On the first page check the cloud and the authority URL (keep the default for your cloud), and make sure no proxy or network login portal intercepts the traffic.

## Local conditions

diag-local-keychain-unavailable-title = No system keychain available
diag-local-keychain-unavailable-cause = No keychain of the operating system could be reached, so the command completes but nothing is remembered (you will have to sign in again next time).
diag-local-keychain-unavailable-fix = On Linux start a Secret Service such as gnome-keyring and unlock it; on Windows and macOS run the tool in a normal desktop session so that Credential Manager or Keychain is available.
diag-local-cancelled-title = Cancelled
diag-local-cancelled-cause = The operation was cancelled (by you, or by closing the window) before it finished.
diag-local-cancelled-fix = Start the step again when you are ready.

## Input errors

diag-input-invalid-address-title = Invalid email address
diag-input-invalid-address-cause = The email address entered is not valid.
diag-input-invalid-address-fix = Write it as name@domain, for example scanner@contoso.com, with no spaces or extra characters.
diag-input-invalid-authority-title = Invalid authority URL
diag-input-invalid-authority-cause = The authority URL is not acceptable: it must use https; plain http is allowed only for loopback addresses (for example 127.0.0.1).
diag-input-invalid-authority-fix = Enter an https address, for example https://login.microsoftonline.com, or keep the default for the chosen cloud.
diag-input-invalid-tenant-title = Invalid tenant
diag-input-invalid-tenant-cause = The tenant must be a directory GUID, a domain, "organizations" or "consumers".
diag-input-invalid-tenant-fix = Copy the Directory (tenant) ID or a verified domain from the Microsoft Entra admin center (Overview), or use "organizations" for work accounts; "consumers" is only for Outlook.com.
diag-input-unknown-code-title = Unknown code or text
diag-input-unknown-code-cause = The code or text given is not in the diagnosis catalog.
diag-input-unknown-code-fix = Check that it was copied whole (for example the full AADSTS number or the full SMTP reply line) and try again; if it is still unknown, follow the troubleshooting steps on the last page.

## Wizard steps (the page that applies a fix)

step-welcome = Welcome
step-exchange-online = Exchange Online
step-printer = Printer
step-email-server = Email server
step-sign-in = Sign in
step-apply-verify = Apply and verify
step-scan-to-my-email = Scan to My Email
step-finish = Finish and troubleshoot

## Labels of a diagnosis

label-cause = Cause
label-fix = Fix
fix-page = Fixed in the wizard on the page "{ $page }"
fix-command = Fixed on the command line with: { $command }
label-detail = Details
label-trace-id = Trace ID
label-correlation-id = Correlation ID

## Sign-in and the test message

signin-code = To sign in, open { $uri } and enter the code { $code }. The code expires in { $minutes } minutes.
signin-no-browser = Could not open a browser: open the address above yourself.
signin-waiting = Waiting for the sign-in… ({ $seconds } s left)
signin-done = Signed in as { $account }.
mail-sent = Test message sent to { $to } through { $server }.
mail-subject = printer-oauth check: this mailbox can send with OAuth 2.0
mail-body = This is a test message from the printer-oauth pre-flight check.
    The account { $account } signed in with OAuth 2.0 and sent it through SMTP with XOAUTH2 at { $time }.
    SMTP AUTH works for the tenant and this mailbox, so the printer can send with these settings.

## Warnings that do not stop a command

warning-keychain-unavailable = No keychain is reachable ({ $error }): the sign-in was not remembered, and nothing was saved anywhere else. Next time you will sign in with a code again.
warning-refresh-failed = The remembered sign-in no longer works ({ $code }); signing in again with a code.
warning-account-mismatch = Signed in as { $signed }, not as the mailbox { $expected }: the test message is sent as { $signed }.

## Command line and demo

demo-ready = Demo simulators are running. Identity platform: { $authority }; SMTP: { $smtp }; demo mailbox: { $mailbox }. Press Ctrl+C to stop. To try the pre-flight:
demo-printer = Demo Epson printer: https://{ $printer } (Web Config; admin password { $password }, which is its serial number). To move it to OAuth 2.0:
demo-failed = The demo simulators could not start: { $error }
error-runtime = Could not start: { $error }

## The identity simulator's sign-in page

sim-page-title = Sign in to your account (demo)
sim-page-note = This is the printer-oauth demo's stand-in for Microsoft's sign-in page. No real account is used.
sim-page-enter-code = Enter the code displayed on your app or device.
sim-page-code-label = Code
sim-page-next = Next
sim-page-bad-code = That code didn't work. Check the code and try again.
sim-page-app-asks = { $app } is asking for permission to send email as you (SMTP.Send) and to keep that access.
sim-page-pick-account = Pick an account
sim-page-permissions = Accept only if you started this sign-in on your app or device.
sim-page-consent-org = Consent on behalf of your organization
sim-page-accept = Accept
sim-page-decline = Cancel
sim-page-approved = You have signed in on your device. You may now close this window.
sim-page-declined = Sign-in was cancelled. You may now close this window.
sim-consent-heading = Permissions requested: accept for your organization
sim-consent-asks = { $app } asks for these permissions for everyone in { $org }:
sim-consent-send = Send email as the signed-in user (SMTP.Send)
sim-consent-offline = Maintain access to data you have given it access to
sim-consent-profile = Sign you in and read your profile
sim-consent-note = If you accept, this app gets these permissions for all users in { $org }. No one else will be asked to review them. Only a Global Administrator can accept.
sim-consent-granted = Permissions granted for { $org }. You may now close this window.
sim-consent-failed = Sorry, but we're having trouble with this request.

## Diagnoses added with the command line

diag-signin-refused-title = Microsoft refused the sign-in
diag-signin-refused-cause = Microsoft's identity platform answered with an error that is not in this catalog.
diag-signin-refused-fix = Read the reply shown with this message and look up its AADSTS code; give the trace and correlation ids to your help desk or to Microsoft support.
diag-input-invalid-smtp-title = SMTP server not understood
diag-input-invalid-smtp-cause = The SMTP server must be written as host and port, such as smtp.office365.com:587.
diag-input-invalid-smtp-fix = Write the server as HOST:PORT (an IPv6 address in brackets, such as [::1]:587) and try again.
diag-local-ca-file-title = The CA certificate file cannot be read
diag-local-ca-file-cause = The file given with --ca-file does not exist, cannot be read or is not a PEM certificate.
diag-local-ca-file-fix = Check the path and that the file holds a PEM certificate (it starts with -----BEGIN CERTIFICATE-----), then try again.

## The printer (issue 3)

diag-printer-unreachable-title = The printer does not answer
diag-printer-unreachable-cause = Nothing answered at this address and port: the printer may be off or asleep, on another network, or the address may be wrong.
diag-printer-unreachable-fix = Check the printer's address on its control panel under Settings > General Settings > Network Settings > Network Status > Wired LAN/Wi-Fi Status, make sure this computer is on the same network as the printer, and try again.
diag-printer-timeout-title = The printer did not answer in time
diag-printer-timeout-cause = The printer accepted the connection but did not answer within the time limit. It may be busy printing, restarting, or waking from sleep.
diag-printer-timeout-fix = Wait a minute and try again. If it keeps happening, raise the limit with --timeout.
diag-printer-tls-title = Secure connection to the printer failed
diag-printer-tls-cause = The HTTPS connection to the printer's Web Config could not be set up, or its certificate was not accepted by the CA file given.
diag-printer-tls-fix = Check that the printer's certificate chains to the CA file given with --ca-file, or leave --ca-file out to pin the printer's own certificate after comparing its fingerprint.
diag-printer-http-only-title = The printer offers only plain HTTP
diag-printer-http-only-cause = The printer's Web Config answers without encryption. The admin password would cross the network in clear text, so this tool does not send it.
diag-printer-http-only-fix = Turn on HTTPS for Web Config (Network Security > SSL/TLS > Basic in Web Config, or on the control panel), then connect again. Plain http:// is only accepted for a simulator on this computer.
diag-printer-unpinned-title = Confirm the printer's certificate
diag-printer-unpinned-cause = This is the first connection to this printer. It presents its own (self-signed) certificate with the fingerprint shown below, which no authority vouches for.
diag-printer-unpinned-fix = Compare the fingerprint with the one the printer shows (Web Config > Network Security > SSL/TLS > Certificate, or the network status sheet). If they match, run the command again with --trust-fingerprint followed by the fingerprint; it is remembered from then on.
diag-printer-pin-mismatch-title = The printer's certificate has changed
diag-printer-pin-mismatch-cause = The printer presents a different certificate from the one confirmed for this address. The printer may have made a new certificate (after a reset or firmware update), or another device may be answering in its place.
diag-printer-pin-mismatch-fix = Do not continue until you know why. Check the fingerprint on the printer itself; if the printer really has a new certificate, confirm it with --trust-fingerprint and the new fingerprint.
diag-printer-not-supported-title = Not a supported printer
diag-printer-not-supported-cause = The device at this address answers, but not like the web configuration the printer profile describes: it may be another make of device, or a model or firmware the profile does not cover.
diag-printer-not-supported-fix = Check the address. For another model or firmware, make a redacted capture of its pages with "printer capture" and write a profile for it (docs/printer-profiles.md), then pass it with --profile.
diag-printer-additional-network-title = Reached on the additional network
diag-printer-additional-network-cause = This address belongs to the printer's additional network interface. OAuth 2.0 authentication is not supported on the additional network.
diag-printer-additional-network-fix = Connect to the printer's address on the standard network (Settings > General Settings > Network Settings > Network Status) and set it up there.
diag-printer-bad-password-title = The printer rejected the admin password
diag-printer-bad-password-cause = The printer answered "Incorrect user name or password". The password was not tried again: repeated failures lock the admin login for a while.
diag-printer-bad-password-fix = Enter the printer's administrator password (on many Epson printers the initial password is the serial number on the label at the back).
diag-printer-locked-out-title = The printer locked the admin login
diag-printer-locked-out-cause = After several failed logins the printer refuses every login for a while ("Try again later.").
diag-printer-locked-out-fix = Wait a few minutes without trying, then log in once with the correct password.
diag-printer-password-missing-title = The printer's admin password is needed
diag-printer-password-missing-cause = No password was given: none is remembered in the keychain for this printer, and there is no terminal to ask on.
diag-printer-password-missing-fix = Pass the password on standard input with --password-stdin (never as an argument), or run the command in a terminal to be asked for it. Add --remember-password to keep it in the keychain.
diag-printer-session-lost-title = The printer keeps ending the session
diag-printer-session-lost-cause = The printer asked for a login again right after each successful login, so its settings could not be read or written and its sign-in could not be started. The printer ends a session when another administrator logs in to Web Config or when it has reached its limit of sessions.
diag-printer-session-lost-fix = Close other Web Config windows and sessions (another administrator may be logged in: Web Config allows one administrator session at a time), wait a few minutes for the printer's session to time out or restart the printer, then try again.
diag-printer-unexpected-page-title = The printer answered unexpectedly
diag-printer-unexpected-page-cause = The printer answered with a page the printer profile does not describe. Nothing was changed because of it.
diag-printer-unexpected-page-fix = Try again. If it persists, make a redacted capture with "printer capture" and report it with the text below.
diag-printer-profile-title = The printer profile has a mistake
diag-printer-profile-cause = The printer profile cannot be used as it is: the line and field named below are wrong or missing, or the printer's page lacks a field the profile names.
diag-printer-profile-fix = Correct the profile at the line and field named below (the format is described in docs/printer-profiles.md), or leave out --profile to use the shipped profile.
diag-printer-invalid-address-title = Not a printer address
diag-printer-invalid-address-cause = The printer address given cannot be used.
diag-printer-invalid-address-fix = Enter the printer's IPv4 or IPv6 address or host name, optionally with :port, for example 192.168.1.20 or [fe80::1]:443. The address is on the control panel under Settings > General Settings > Network Settings > Network Status.
diag-printer-invalid-fingerprint-title = Not a certificate fingerprint
diag-printer-invalid-fingerprint-cause = A SHA-256 fingerprint is 64 hexadecimal digits, usually written in pairs separated by colons.
diag-printer-invalid-fingerprint-fix = Copy the fingerprint exactly as this tool or the printer shows it, for example AB:CD:…, and pass it with --trust-fingerprint.
diag-printer-pins-title = The confirmed certificates could not be read or saved
diag-printer-pins-cause = The file of confirmed printer certificates (pins.json in this tool's data folder) could not be read or written.
diag-printer-pins-fix = Check that your user can write to the data folder named below and that the file is not damaged; remove a damaged file and confirm the printer's fingerprint again.
diag-printer-discovery-title = The network search could not start
diag-printer-discovery-cause = Searching for printers uses multicast DNS (mDNS), which could not be started on this computer.
diag-printer-discovery-fix = Allow mDNS (UDP port 5353) in the firewall, or enter the printer's address yourself.
diag-printer-invalid-setting-title = A setting breaks the printer's rules
diag-printer-invalid-setting-cause = The printer would refuse these settings, so nothing was sent to it.
diag-printer-invalid-setting-fix = Correct the fields named below, then try again.
diag-printer-rejected-title = The printer refused the settings
diag-printer-rejected-cause = The printer answered that a value is invalid. The previous settings were checked and are in place.
diag-printer-rejected-fix = Check the field the printer names below on Network > Email Server > Basic. Updating the printer's firmware may be needed for OAuth2.
diag-printer-no-fax-title = No fax server email settings
diag-printer-no-fax-cause = This printer (or its profile) has no Fax > Fax Server > Email Server Settings. Fax server OAuth 2.0 is only on compatible models.
diag-printer-no-fax-fix = Leave out --fax to set up Email Server > Basic, or use a profile for a compatible model.
diag-printer-signin-failed-title = The printer's Microsoft sign-in failed
diag-printer-signin-failed-cause = The printer reported an error from its sign-in with Microsoft that this tool does not know.
diag-printer-signin-failed-fix = Start the sign-in again. If it fails again, look up the code below with "printer-oauth explain" or at Microsoft Learn.
diag-printer-not-signed-in-title = The printer is not signed in
diag-printer-not-signed-in-cause = The settings were sent, but afterwards the printer's Current Status is not Signed in.
diag-printer-not-signed-in-fix = Click Sign In on Network > Email Server > Basic and sign in again (or run the setup again), then click OK to send the settings to the printer.
diag-printer-restart-timeout-title = The printer did not come back after restarting
diag-printer-restart-timeout-cause = The printer answered "Shutting down" to restart its web server and has not answered since.
diag-printer-restart-timeout-fix = Wait until the printer's control panel is ready, then run the setup again: it reads the settings back and shows exactly what the printer holds.
diag-printer-verify-failed-title = The printer did not keep the settings
diag-printer-verify-failed-cause = After writing, the printer's settings were read back and these fields differ from what was sent. The previous settings have been written back and checked.
diag-printer-verify-failed-fix = Update the printer's firmware and try again. The backup file named below holds the previous settings.
diag-printer-restore-failed-title = The previous settings could not be put back
diag-printer-restore-failed-cause = Writing the new settings failed, and writing the previous ones back failed too: the printer may now hold a mix.
diag-printer-restore-failed-fix = Open Web Config, Network > Email Server > Basic, and enter the values from the backup file named below by hand, then click OK.
diag-printer-backup-title = The backup could not be saved
diag-printer-backup-cause = Before changing anything the printer's current settings are saved to a backup file, and that failed, so nothing was changed.
diag-printer-backup-fix = Check that your user can write to this tool's data folder, then try again.
diag-printer-capture-title = The capture could not be written
diag-printer-capture-cause = The redacted pages could not be written to the folder given with --out.
diag-printer-capture-fix = Choose a folder your user can write to and that holds no earlier capture: a capture never replaces a file.

field-auth-method = Authentication Method
field-service = Email service
field-account = Authenticated Account
field-password = Authenticated Password
field-sender = Sender's Email Address
field-smtp-server = SMTP Server Address
field-smtp-port = SMTP Server Port Number
field-secure = Secure Connection
field-cert-validation = Certificate Validation
field-pop3-server = POP3 Server Address
field-pop3-port = POP3 Server Port Number

violation-empty = { $field }: enter a value.
violation-too-long = { $field }: the printer takes at most { $max } characters.
violation-not-ascii = { $field }: the printer takes only ASCII characters (no letters with accents such as č, ć, š or ž).
violation-forbidden = { $field }: the printer does not accept the character “{ $character }”.
violation-leading-dot = { $field }: must not start with a dot.
violation-not-address = { $field }: enter an email address such as scanner@contoso.com.
violation-not-host = { $field }: enter an IPv4 address or a fully qualified host name such as smtp.office365.com.
violation-port = { $field }: enter a port from 1 to 65535.
violation-needs-tls = { $field }: Microsoft accepts OAuth2 only over an encrypted connection; choose STARTTLS.

address-empty = nothing was entered
address-whitespace = the address contains spaces
address-scheme = only https:// is accepted in front of the address
address-no-host = the address has no host
address-user-info = a user name or password does not belong in the address
address-path = enter the printer's address only, without a path
address-port = the port must be a number from 1 to 65535
address-ipv6 = not a valid IPv6 address (write it in brackets when adding a port: [fe80::1]:443)
address-ipv4 = not a valid IPv4 address: write it as four numbers from 0 to 255 without leading zeros, such as 192.168.1.20
address-name = not a valid host name
address-character = a host name cannot contain “{ $character }”

printer-http-refused = Plain http:// is accepted only for a simulator on this computer; use the printer's address without http://.
label-pinned = Confirmed
label-shown = Shown now
printer-restore-detail = { $cause }. Writing the previous settings back failed too: { $why }. Backup file: { $file }
printer-discovering = Searching the network for printers ({ $seconds } s)…
printer-none-found = No printer answered. Enter the printer's address yourself (Settings > General Settings > Network Settings > Network Status on its control panel).
printer-reached = Printer: { $model }, firmware { $firmware }, at { $address }.
printer-pinned-now = Certificate { $fingerprint } confirmed and remembered for this printer.
printer-password-prompt = Admin password of the printer { $printer }: 
printer-logged-in = Logged in to Web Config as administrator.
printer-status = Email Server Status: { $email }. Fax Email Server Status: { $fax }.
printer-status-unknown = not shown
printer-backup-saved = The printer's current settings were saved to { $file }.
printer-verified = The settings were sent to the printer and read back unchanged.
printer-restored = The previous settings were written back and checked (backup: { $file }).
printer-ready = Done. The printer is signed in as { $account }; its Email Server Status reads: { $status }.
printer-captured = { $count } pages written, redacted, to { $dir }.
warning-password-keychain = No keychain is reachable ({ $error }): the admin password is not remembered.
printer-signin-replaced = The printer's earlier sign-in ({ $account }) was replaced by the new one and cannot be brought back: sign in again on Network > Email Server > Basic, or run the setup again.
printer-signout-failed = The printer's new sign-in could not be undone ({ $error }): click Sign Out on Network > Email Server > Basic.
warning-password-not-forgotten = The printer refused the remembered admin password, and it could not be removed from the keychain ({ $error }). Remove the entry "printer-password/{ $printer }" of "printer-oauth" yourself so that it is not tried again.
mismatch-no-page = the page { $path } does not exist on this printer
mismatch-no-field = { $path } has no field { $name }
mismatch-no-value = the profile has no printer value for { $name } = { $value }
mismatch-not-json = { $path } did not answer JSON
mismatch-no-code = the answer of { $path } has no sign-in code or address
mismatch-status = { $path } answered the unknown status { $value }
detail-no-data-dir = this system names no data folder for the user (is HOME set?)
printer-pin-replaced = Certificate { $fingerprint } confirmed for this printer; it replaces the certificate confirmed before ({ $old }).

## The wizard (issue 4)

ui-app-title = Printer OAuth setup
ui-back = Back
ui-next = Next
ui-copy = Copy
ui-cancel = Cancel
ui-open-signin = Open sign-in page
ui-signin-enter-code = Open { $uri } and enter this code:
ui-signin-countdown = The code expires in { $minutes }:{ $seconds }.
ui-welcome-title = Move your printer's email to OAuth 2.0
ui-welcome-intro = For better security, Microsoft Exchange Online has retired basic authentication, and SMTP authentication (SMTP AUTH) is off by default. Printers and scanners that send email (scan to email, email notifications, fax to email) must now sign in with OAuth 2.0. This assistant walks you through the whole job: it prepares Exchange Online, finds the printer, sets its email server, relays the printer's Microsoft sign-in, and checks the result.
ui-welcome-need = What you need
ui-welcome-need-admin = An account with Global Administrator rights in your Microsoft 365 tenant.
ui-welcome-need-password = The printer's administrator password.
ui-welcome-need-mailbox = The mailbox the printer sends from (for example scanner@contoso.com).
ui-welcome-need-firmware = The latest firmware on the printer or scanner.
ui-language = Language
ui-service = Email service
ui-service-exchange-online = Microsoft Exchange Online (work or school)
ui-service-outlook = Outlook.com (personal use)
ui-service-outlook-note = Choose Outlook.com only for a personal mailbox.
ui-cloud = Microsoft cloud
ui-cloud-global = Worldwide
ui-cloud-usgov = US Government (GCC High)
ui-cloud-usgov-dod = US Government (DoD)
ui-cloud-china = China (21Vianet)
ui-exchange-title = Enable SMTP AUTH in Exchange Online
ui-exchange-intro = Printers and scanners send email with the SMTP protocol, so SMTP AUTH must be enabled in Exchange Online: for the organisation, and for the account that signs the printer in.
ui-exchange-defaults = Security defaults
ui-exchange-defaults-text = In the Microsoft Entra admin center, turn off security defaults for the organisation (they block SMTP AUTH), then enable SMTP AUTH in the Exchange admin center. In the Microsoft 365 admin center, enable SMTP AUTH for the account that signs the printer in (Active users > the account > Mail > Manage email apps > Authenticated SMTP). Or run the PowerShell below.
ui-exchange-mailbox = The printer's mailbox
ui-exchange-admin = Your admin account (optional, for Connect-ExchangeOnline)
ui-exchange-tenant-script = PowerShell: SMTP AUTH for the organisation
ui-exchange-needs-mailbox = Enter the printer's mailbox to continue.
exchange-centre-exchange = Exchange admin center
exchange-centre-m365 = Microsoft 365 admin center
exchange-centre-entra = Microsoft Entra admin center
ui-preflight-title = Check before touching the printer (optional)
ui-preflight-intro = The assistant can sign in as the account that will sign the printer in and send a real test message from the printer's mailbox. This proves that SMTP AUTH is on for the organisation and for that account and that it may send from the mailbox; any failure is explained with its fix.
ui-preflight-app-howto = It needs an app registration of your own: in the Microsoft Entra admin center open App registrations > New registration, then under Authentication turn on "Allow public client flows", and under API permissions add Microsoft Graph > Delegated permissions > SMTP.Send. Copy its Application (client) ID here.
ui-preflight-tenant = Tenant (directory ID or domain; empty for "organizations")
ui-preflight-client-id = Application (client) ID
ui-preflight-to = Send the test message to
ui-preflight-run = Sign in and send a test message
ui-preflight-starting = Asking Microsoft for a sign-in code…
ui-failed = The window could not open: { $error }. The command line works without a display: see printer-oauth --help.
ui-printer-title = The printer
ui-printer-intro = Choose the printer found on the network, or enter its IP address. You can check the printer's IP address on its control panel: Settings > General Settings > Network Settings > Network Status > Wired LAN/Wi-Fi Status. This computer must be on the same network as the printer.
ui-printer-standard-network = For models that support an additional network, use the standard network: the additional network does not support OAuth 2.0 authentication.
ui-printer-found = Printers on the network
ui-printer-searching = Searching the network…
ui-printer-search = Search again
ui-printer-address = Or enter the printer's address
ui-printer-connect = Connect
ui-printer-confirm-title = Confirm the printer's certificate
ui-printer-confirm-text = This is the first connection to this printer. It presents its own certificate with the fingerprint below. Compare it with the one the printer shows (Web Config > Network Security > SSL/TLS > Certificate, or the network status sheet); trust it only if they match. It is remembered from then on.
ui-printer-trust = The fingerprints match: trust this printer
ui-printer-password = The printer's administrator password
ui-printer-remember = Remember the password in this computer's keychain
ui-printer-remembered = A password remembered in the keychain is used unless you type another.
ui-printer-log-in = Log in
ui-printer-change = Choose another printer
ui-printer-needs-login = Connect to the printer and log in as administrator to continue.
ui-email-title = Email server
ui-email-intro = These are the settings of Network > Email Server > Basic in Web Config. They are filled in for the service you chose; the printer's own limits are checked as you type.
ui-email-validation-off = It is recommended to enable the Certificate Validation. It will be connected without confirming the safety of the email server when the Certificate Validation is disabled.
ui-email-fax = Also set up the fax server's email settings (Fax > Fax Server > Email Server Settings, compatible models only)
ui-signin-title = Sign in
ui-signin-intro = The printer now asks Microsoft for a sign-in code. Open the sign-in page, enter the code and sign in with the account chosen on the Exchange Online page, as shown below the code. The printer keeps its own token; the settings are then sent to the printer and checked.
ui-signin-start = Start the printer's sign-in ({ $target })
ui-signin-asking = The printer is asking Microsoft for a code…
ui-signin-as-admin = Sign in with a Global Administrator account and choose "Consent on behalf of your organization".
ui-signin-sending = Signed in. Sending the settings to the printer and reading them back…
ui-signin-done = { $target }: signed in as { $account }, settings sent and verified.
ui-signin-retry = Try again
ui-signin-needs-done = Finish the printer's sign-in to continue.
ui-target-email = Email Server
ui-target-fax = Fax Server
ui-apply-title = Apply and verify
ui-apply-intro = The settings were sent to the printer and read back unchanged. This is what the printer now holds, as Network > Email Server > Basic shows it.
ui-apply-reading = Reading the printer's settings…
ui-apply-block = Email Server > Basic
ui-apply-current-status = Current Status
ui-apply-signed-in = Signed in
ui-apply-not-signed-in = Not signed in
ui-apply-jobs-clean = The job history shows no current email errors.
ui-apply-jobs-failed = Email errors in the job history
ui-apply-read-again = Read again
choice-off = Off
choice-smtp-auth = SMTP AUTH
choice-pop-before-smtp = POP before SMTP
choice-oauth2 = OAuth2
choice-exchange-online = Microsoft Exchange Online
choice-outlook = Outlook.com
choice-none = None
choice-starttls = STARTTLS
choice-ssl-tls = SSL/TLS
choice-enable = Enable
choice-disable = Disable
ui-scan-title = Scan to My Email
ui-scan-intro = On compatible models with Epson Print Admin Serverless, "Scan to My Email" sends scans from each user's own address. If User's email address is chosen as the Sender's Email Address in its authentication settings, then besides the OAuth 2.0 settings of the email server, every user signs in with their own email address.
ui-scan-admin = First, the administrator
ui-scan-step-1 = On the Epson Print Admin Serverless screen, sign in as a user with administrator rights for the printer.
ui-scan-step-2 = Select Scan to My Email. The sign-in screen appears.
ui-scan-step-3 = Enter the email address of an account with the Global Administrator role and select Next.
ui-scan-step-4 = Enter the password and select Sign In.
ui-scan-step-5 = On the permissions screen tick "Consent on behalf of your organization" and select Accept; then select OK to close the screen.
ui-scan-menu-note = Menu item names may differ by device.
ui-scan-users = Then, each user
ui-scan-users-text = After the administrator has signed in, every user registered in Epson Print Admin Serverless can send email by signing in: the first time they choose Scan to My Email, they sign in with their work or school Microsoft account (email address and password). The consent given for the organisation can be checked in the Microsoft Entra admin center under Enterprise applications.
ui-scan-open-entra = Open the Microsoft Entra admin center
ui-scan-consent-heading = Or consent from this computer
ui-scan-consent-text = The same consent can be given in a browser: Microsoft's admin-consent page for the Epson app accepts its permissions for everyone in the organisation, as ticking "Consent on behalf of your organization" does. Sign in there with an account that has the Global Administrator role.
ui-scan-tenant = Your organisation's domain or directory (tenant) ID
ui-scan-app-id = Application (client) ID of the Epson app
ui-scan-app-id-help = Find it in the Microsoft Entra admin center under Enterprise applications > All applications: open the Epson app the printer signed in with (it is listed there after the sign-in on the "Sign in" page) and copy its Application ID.
ui-scan-open-consent = Open the admin-consent page
ui-scan-need-tenant = Type your organisation's domain (for example contoso.onmicrosoft.com) or its directory ID; "organizations" and "common" cannot be consented for.
ui-scan-need-app-id = Type the Epson app's Application (client) ID: 32 hexadecimal digits in the form 00000000-0000-0000-0000-000000000000.
ui-scan-outlook = Scan to My Email and the organisation's consent are for work or school accounts (Exchange Online); with Outlook.com there is nothing to consent to.
ui-finish-title = Finish and troubleshoot
ui-finish-check = Check the status on the printer
ui-finish-check-panel = On the control panel: Settings > General Settings > Network Settings > Network Status > Email Server Status.
ui-finish-check-sheet = On paper: Settings > General Settings > Network Settings > Network Status > Print Status Sheet; the network status sheet includes the email server settings.
ui-finish-decoder = Decode an error
ui-finish-decoder-hint = A code (361, AADSTS53003, 5.7.139) or a pasted message
ui-finish-decode = Explain
ui-finish-symptoms = Common problems
ui-finish-cannot-sign-in = You or your users cannot sign in
ui-finish-cannot-send = "You must sign in to your email service to use this feature. Contact your administrator." is shown
ui-finish-expired = An expiry message is shown
ui-finish-go-to = Go to: { $page }
ui-finish-another = Set up another printer
ui-resume = An earlier setup stopped at "{ $page }" (printer: { $printer }). Resume it?
ui-resume-yes = Resume
ui-resume-no = Start over
ui-demo-mailbox = Demo mailbox: { $count ->
        [one] 1 message
       *[other] { $count } messages
    }
ui-demo-consented = Epson app: consented for { $org }
ui-demo-not-consented = Epson app: not yet consented for the organisation
ui-demo-scan = Scan to email on the demo printer
report-title = Printer OAuth setup: report for the help desk
report-steps = Steps done
report-printer = Printer
report-errors = Errors
report-no-errors = No error is left unresolved.
ui-finish-export = Export a report for the help desk
ui-finish-exported = Report saved: { $file }
ui-printer-connecting = Connecting to the printer…
ui-finish-browse = Browse every known code

## What the form says versus what the printer holds (lead)
ui-unsent-title = Changes not yet sent to the printer
ui-unsent-field = { $field }: the printer holds “{ $printer }”, the form says “{ $form }”
ui-unsent-needs-sign-in = The email service or the authentication method changed: the printer must sign in again (Sign in again).
ui-unsent-send = Send settings
ui-unsent-sending = Sending the settings to the printer…
ui-unsent-blocker = Send the changed settings to the printer first (or sign in again).
ui-signin-again = Sign in again

## Help-desk report, Finish page and command line (issue 9)

report-resolved = Resolved errors
report-resolved-intro = These errors came before the printer's last successful email job: they have been resolved since.
report-lookups = Codes looked up in the decoder
report-lookups-intro = The administrator looked these codes up in the error decoder; they were not necessarily met during this setup.
ui-finish-export-failed = The report could not be saved: { $error }
ui-finish-open-folder = Open folder
signin-retrying = The sign-in server did not answer ({ $error }); trying again in { $seconds } s.
# Apply and verify: job history in full and the printer's connection test (issue 9 section 4)
diag-printer-test-network-title = Connection test: the printer cannot reach the SMTP server
diag-printer-test-network-cause = The printer's connection test reported a communication error with the SMTP server: the printer's network does not let it reach the server (no gateway or DNS server, or a firewall blocks outgoing port 587), or the server did not answer.
diag-printer-test-network-fix = On the printer check Settings > General Settings > Network Settings > Network Status (IP address, gateway, DNS server), make sure the network allows outgoing connections to smtp.office365.com on port 587, then run the connection test again.
diag-printer-test-server-title = Connection test: wrong SMTP server address or port
diag-printer-test-server-cause = The printer's connection test could not find or talk to an SMTP server at the address and port the printer holds: the name did not resolve, or that port does not offer SMTP.
diag-printer-test-server-fix = On Network > Email Server > Basic set SMTP Server Address to smtp.office365.com (smtp-mail.outlook.com for Outlook.com) and SMTP Server Port Number to 587, check the printer's DNS server, then run the connection test again.
diag-printer-test-auth-title = Connection test: the SMTP server refused the printer's sign-in
diag-printer-test-auth-cause = The SMTP server refused the printer's authentication during the connection test. With OAuth2 this happens when SMTP AUTH is disabled for the organisation or for the mailbox that signed the printer in, when security defaults block it, or when the printer's sign-in is no longer valid.
diag-printer-test-auth-fix = On the Exchange Online page check that SMTP AUTH is enabled for the organisation and for the mailbox that signed the printer in, sign the printer in again (Network > Email Server > Basic > Sign In), then run the connection test again.
diag-printer-test-auth-method-title = Connection test: the authentication method does not fit the server
diag-printer-test-auth-method-cause = The printer's connection test says its Authentication Method does not fit what the SMTP server asks for. Exchange Online and Outlook.com need OAuth2.
diag-printer-test-auth-method-fix = On Network > Email Server > Basic set Authentication Method to OAuth2, sign the printer in and click OK, then run the connection test again.
diag-printer-test-secure-title = Connection test: the secure connection does not fit the server
diag-printer-test-secure-cause = The printer could not connect because its Secure Connection setting does not fit the server. Exchange Online and Outlook.com use STARTTLS on port 587.
diag-printer-test-secure-fix = On Network > Email Server > Basic set Secure Connection to STARTTLS and SMTP Server Port Number to 587, click OK, then run the connection test again.
diag-printer-test-untrusted-title = Connection test: the printer does not trust the server's certificate
diag-printer-test-untrusted-cause = The printer could not verify the SMTP server's certificate: its date and time are wrong, or it lacks the root certificate the server's certificate chains to (on a network that inspects TLS, the company's own root).
diag-printer-test-untrusted-fix = Set the printer's date and time (or a time server), update its firmware or root certificates, or import the needed CA certificate in Web Config (Network Security > CA Certificate), then run the connection test again. Leave Certificate Validation on Enable.
diag-printer-test-sender-title = Connection test: the server refused the sender address
diag-printer-test-sender-cause = The SMTP server refused the printer's Sender's Email Address: the mailbox that signed the printer in may not send as that address (Exchange Online answers 5.7.60).
diag-printer-test-sender-fix = On Network > Email Server > Basic set Sender's Email Address to the signed-in mailbox's address, or give that mailbox Send As permission for the sender in the Exchange admin center (Recipients > Mailboxes > Delegation), then run the connection test again.
ui-apply-resolved-show = Show errors resolved earlier ({ $count })
ui-apply-resolved-hide = Hide errors resolved earlier
ui-apply-resolved-note = A later email job of the same kind succeeded, so these errors no longer hold.
ui-apply-test-title = Connection test from the printer
ui-apply-test-intro = The printer connects to its SMTP server with its own settings and sign-in, as it does for a scan (Network Settings > Email Server > Connection Test). No message is sent.
ui-apply-test-run = Run the printer's connection test
ui-apply-test-running = The printer is testing its connection…
ui-apply-test-passed = The printer says: { $message }
ui-apply-test-none = This printer's profile names no connection test, so the printer cannot be asked to test its connection from here. Send a scan to email to check it.
# Exchange Online: which account signs the printer in (accounts, admin consent, warnings)
ui-exchange-accounts = Which account signs the printer in
ui-exchange-accounts-text = Exchange Online checks the account that signs the printer in, not the sender's address: SMTP AUTH must be on for that account, and when the printer sends from another mailbox, that account needs Send As on it.
ui-exchange-path-least-privilege = The printer's own mailbox (recommended: least privilege)
ui-exchange-path-least-privilege-why = A Global Administrator first grants admin consent to the printer vendor's app for the organisation. Then the printer's own mailbox, a dedicated account without admin rights, signs the printer in and sends as itself. The printer keeps the refresh token of the account that signed it in; this way no Global Administrator's token is left on a device that anyone on the network can reach, and the printer's token opens only the printer's mailbox.
ui-exchange-path-guide = A Global Administrator (as in Epson's guide)
ui-exchange-path-guide-why = As in Epson's guide: a Global Administrator signs the printer in and chooses "Consent on behalf of your organization". The printer then sends as that administrator, from the printer's mailbox: SMTP AUTH must be on for the administrator's mailbox, and the administrator needs Send As on the printer's mailbox. The printer keeps the administrator's refresh token.
ui-exchange-admin-signer = The Global Administrator account that signs the printer in
ui-exchange-plan = Signs the printer in: { $signer }. Sends from: { $sender }.
ui-exchange-needs-admin = Enter the Global Administrator account that signs the printer in, or choose the printer's own mailbox.
ui-exchange-consent-heading = First: admin consent for the printer's app
ui-exchange-consent-text = Before the printer's mailbox signs in, a Global Administrator opens Microsoft's admin-consent page for the printer vendor's app and accepts its permissions for the whole organisation. The mailbox then signs in without a consent prompt and without admin rights.
ui-exchange-vendor-app-id = Application (client) ID of the printer vendor's app
ui-exchange-vendor-app-help = The vendor's documentation or support gives it; once any account has signed a printer in, the app is also listed in the Microsoft Entra admin center under Enterprise applications.
ui-exchange-account-script = PowerShell: SMTP AUTH for { $account }
ui-exchange-account-script-send-as = PowerShell: SMTP AUTH for { $account } and Send As on { $sender }
ui-exchange-demo-run = Run it in the demo tenant
ui-exchange-demo-ran = Done in the demo tenant.
ui-preflight-sign-in-as = Sign in as { $account }, the account that will sign the printer in; the test message is sent from { $sender }.
ui-signin-as-mailbox = Sign in as { $account }, the printer's own mailbox. The organisation has already consented to the app, so no consent is asked.
ui-signin-as-global-admin = Sign in as { $account } (Global Administrator) and choose "Consent on behalf of your organization".
account-warning-not-planned = { $signed } signed in, but the PowerShell turns SMTP AUTH on for { $planned }: unless SMTP AUTH is on for { $signed } too, Exchange Online refuses it (535 5.7.139). Sign in as { $planned }, or choose the matching account on the Exchange Online page.
account-warning-no-send-as = { $signed } signed in and sends from { $sender } without Send As on it: Exchange Online refuses the message (5.7.60). Grant Send As (Add-RecipientPermission), or sign in as { $sender }.
ui-printer-demo-found = { $printer } (the demo's simulated printer)
ui-printer-demo-password = The demo printer's administrator password: { $password }
# Messages an admin reads: attempts before a lockout, cancels, the certificate panel, the email server's port and sender
note-attempts-left = At most { $left ->
        [one] 1 attempt is
       *[other] { $left } attempts are
    } left before the printer locks administrator login for { $minutes ->
        [one] 1 minute
       *[other] { $minutes } minutes
    }.
note-locked-now = That was the last attempt the printer allows: it now locks administrator login for { $minutes ->
        [one] 1 minute
       *[other] { $minutes } minutes
    }. Try again after { $time }.
note-try-after = Try again after { $time }.
note-password-forgotten = The refused password was the one remembered in the keychain: it has been forgotten, so it is not tried again.
note-code-lifetime-minutes = The code was valid for { $minutes ->
        [one] 1 minute
       *[other] { $minutes } minutes
    }.
note-code-lifetime-seconds = The code was valid for { $seconds ->
        [one] 1 second
       *[other] { $seconds } seconds
    }.
ui-cancelled-printer-unchanged = Nothing was changed on the printer.
ui-cancelled-settings-unchanged = The printer's email settings were not changed.
ui-printer-identified = { $printer } at { $address }
ui-printer-fingerprint = The SHA-256 fingerprint of its certificate:
ui-printer-no-keychain = No keychain is reachable on this computer ({ $error }), so the password cannot be remembered: it has to be typed again next time.
ui-printer-not-remembered = The printer accepted the password, but the keychain did not keep it ({ $error }): it has to be typed again next time.
ui-email-port-465 = Port 465 is for implicit TLS (SSL/TLS), which { $service } does not support for sending from devices: "a device that defaults to 465 does not support SMTP AUTH client submission". Use 587 with STARTTLS.
ui-email-port-25 = Port 25 with STARTTLS works with Exchange Online, but 587 is the recommended port for sending from devices.
ui-email-port-other-exchange = Exchange Online takes mail from devices on port 587 (recommended) or 25, both with STARTTLS; port { $port } is neither, so the printer will most likely not connect. Use 587.
ui-email-port-other-outlook = Outlook.com takes mail from devices on port 587 with STARTTLS; on port { $port } the printer will most likely not connect. Use 587.
ui-email-sender-typo = The sender { $sender } differs from { $mailbox }, the mailbox named on the page "{ $page }", by { $edits ->
        [one] one character
       *[other] { $edits } characters
    }. Check it for a typo before anything is sent.
ui-notice-browser = The browser did not open ({ $error }). Open this address yourself: { $address }
ui-notice-folder = The folder did not open ({ $error }). It is { $folder }
ui-notice-progress = The progress could not be saved ({ $error }): after a restart this setup starts from the beginning.
ui-notice-language = The language could not be remembered ({ $error }): the next launch uses the system's.
ui-signin-done-earlier = { $target }: signed in as { $account }; the settings sent then were verified, but the form has changed since.
ui-apply-intro-unsent = This is what the printer holds, read back from it, as Network > Email Server > Basic shows it. The form has changes the printer does not hold yet (above).
ui-notice-demo-keychain = The demo could not keep its secrets in memory: it uses this computer's keychain.
ui-signin-confirm = The printer signed in as { $account }. Its settings are not sent yet: Exchange Online was not prepared for this account.
ui-signin-send-anyway = Send the settings anyway
# Microsoft behind TLS inspection (issue 10 section 7)
diag-net-tls-inspected-title = Your network inspects encrypted traffic
diag-net-tls-inspected-cause = Your network inspects encrypted traffic: a firewall or proxy between this computer and Microsoft decrypts the connection and presents its own certificate in place of Microsoft's, so nothing was sent.
diag-net-tls-inspected-fix = Install your organisation's root certificate on this computer (your IT department has it; on Windows under Trusted Root Certification Authorities, on macOS in the System keychain, on Linux in the system's CA certificates), or give it to printer-oauth with --ca-file, and try again. Never turn certificate checking off. The printer's own connections to Microsoft pass the same inspection: ask IT to exempt Microsoft's sign-in and SMTP addresses from it, or import the same root certificate on the printer (Network Security > CA Certificate).
note-certificate-issuer = Its certificate, issued by { $issuer }, is not trusted by this computer.

# Fields of the printer's form that the product does not own (issue 10)
diag-printer-others-changed-title = The printer changed settings this tool does not touch
diag-printer-others-changed-cause = After the settings were written, the printer showed other values in fields of the same page that this tool never changes (named below). Its firmware reset or re-read them. The previous settings, those fields included, were written back and checked.
diag-printer-others-changed-fix = Open that settings page in the printer's web configuration and check the fields named below. Update the printer's firmware, or set the email server there by hand, then continue from Apply and verify. If the firmware changes such a field by itself every time, name it in the profile's volatile_fields.

# Profiles that cannot weaken a printer, and limits on what is read (issue 11 sections 3 and 5)
diag-local-file-too-large-title = The file is too large or is not a file
diag-local-file-too-large-cause = The file given with --ca-file or --profile is larger than this tool reads, or it is not a regular file (a device such as /dev/zero, or a folder). A certificate file or a printer profile is a small text file, so nothing was read from it.
diag-local-file-too-large-fix = Check the path: give the PEM certificate file or the printer profile (TOML) itself, as it was saved, and try again.
file-too-large = { $file } is larger than { $limit }, the most this tool reads from such a file.
file-not-regular = { $file } is not a regular file (it is a device or a folder).
diag-printer-page-too-large-title = The printer's answer is too large
diag-printer-page-too-large-cause = A page the printer sent is larger than this tool reads from a printer (4 MiB a page, 10,000 jobs of job history), so it stopped reading. A printer's configuration pages are far smaller: the device may not be the printer, or its web server misbehaves.
diag-printer-page-too-large-fix = Check that the address is the printer's, restart the printer, and try again. If the printer's pages really are this large, make a redacted capture with "printer capture" and report it.
printer-page-too-large = { $path }: more than { $limit }
printer-jobs-too-many = { $path }: more than { $count } jobs
warning-printer-cert-validation-off = WARNING: the printer ends with Certificate Validation off ({ $target }). It will not check the SMTP server's certificate, so anyone on its network path can read its mail and the account's sign-in. Turn Certificate Validation to Enable in Web Config, and check the printer profile: its values for cert_validation may be swapped.
ui-apply-validation-off = Certificate Validation is off on the printer: it does not check the SMTP server's certificate, so anyone on its network path can read its mail and the account's sign-in. Turn it to Enable in Web Config, and check the printer profile if one was given: its values for cert_validation may be swapped.

# Addresses the product opens (issue 11, section 1)
signin-unexpected-address = WARNING: the sign-in address given, { $uri }, is not one of Microsoft's sign-in pages for the chosen cloud, so it was not opened. Do not open it: enter the code { $code } only on Microsoft's own sign-in page (it expires in { $minutes } minutes).
ui-signin-unexpected-printer = The printer gave an unexpected sign-in address, which is not one of Microsoft's sign-in pages for the chosen cloud, so it is not opened: { $uri } Do not open it yourself: enter this code only on Microsoft's own sign-in page.
ui-signin-unexpected-service = The sign-in service gave an unexpected sign-in address, which is not one of Microsoft's sign-in pages for the chosen cloud, so it is not opened: { $uri } Do not open it yourself: enter this code only on Microsoft's own sign-in page.
ui-notice-not-opened = Not opened: { $address } is not one of Microsoft's pages for the chosen cloud.

# One truth about addresses (issue 11 section 7)
address-read-as-ipv4 = network software reads this as the IPv4 address { $ip }: write an IPv4 address as four decimal numbers, such as 192.168.1.20
address-numeric-label = the last part of a host name cannot be a number: write an IPv4 address as four decimal numbers (192.168.1.20), or the printer's full host name
authority-extra = the authority URL cannot contain a user name, a password, a query (?) or a fragment (#): give https://, the host, and the port or path if there is one
smtp-host-port = write the SMTP server as HOST:PORT only, without a scheme (smtp://), a path or a user name

# issue 12: reading pasted lines (5.7.139 texts, other services, what else the line said)
diag-smtp-basic-auth-disabled-title = Printer signs in with a password (basic authentication)
diag-smtp-basic-auth-disabled-cause = Exchange Online refused the sign-in with 535 5.7.139 "basic authentication is disabled": the device sends SMTP AUTH with a user name and password, and basic authentication is turned off for this tenant or account. This is not a Conditional Access problem.
diag-smtp-basic-auth-disabled-fix = Move the printer to OAuth 2.0: in Web Config open Network > Email Server > Basic, choose OAuth2 as Authentication Method, sign in with Microsoft and click OK to send the settings to the printer. A password will not be accepted again.
diag-smtp-wrong-credentials-title = SMTP user name or password rejected
diag-smtp-wrong-credentials-cause = Exchange Online refused the sign-in with 535 5.7.139 "the user credentials were incorrect": the device signs in to SMTP with a user name and password, and the password is wrong or has expired, or the account needs multi-factor authentication, which a password cannot satisfy.
diag-smtp-wrong-credentials-fix = Move the printer to OAuth 2.0 rather than typing the password again: in Web Config open Network > Email Server > Basic, choose OAuth2 as Authentication Method, sign in with Microsoft and click OK to send the settings to the printer.
diag-smtp-auth-blocked-title = SMTP sign-in refused
diag-smtp-auth-blocked-cause = Exchange Online refused the SMTP sign-in with 535 5.7.139. The text after the code tells which of its causes applies: SMTP AUTH disabled for the tenant; SMTP AUTH disabled for the mailbox; the account locked by security defaults; basic authentication disabled (the device signs in with a password instead of OAuth 2.0); the user credentials incorrect; or the request not meeting the criteria (Conditional Access, multi-factor authentication or a missing SMTP.Send permission).
diag-smtp-auth-blocked-fix = Paste the whole reply line, with the text after 5.7.139, to get the fix for its cause. Meanwhile check that the printer's Authentication Method is OAuth2 and that it is signed in, and that SMTP AUTH is enabled for the printer's mailbox (Get-CASMailbox -Identity <mailbox> | Format-List SmtpClientAuthenticationDisabled).
diag-out-of-scope-title = Error from another mail service
diag-out-of-scope-cause = This error comes from another service (for example Gmail, or an IMAP server), not from Microsoft Entra ID or Exchange Online SMTP, which this tool covers.
diag-out-of-scope-fix = Look the error up in that service's documentation. If the printer should send through Exchange Online, check on the Email Server page that the SMTP server address is smtp.office365.com and that Authentication Method is OAuth2.
label-timestamp = Timestamp
label-context = Also in the line
note-missing-parameter = The missing parameter is "{ $name }".
# Issue 12: the codes that come up in the field.
diag-aadsts-device-not-compliant-title = Conditional Access requires a compliant device
diag-aadsts-device-not-compliant-cause = A Conditional Access policy lets only devices that Intune marks as compliant sign in. A printer signs in with a device code and is never an enrolled device, so it can never meet this requirement.
diag-aadsts-device-not-compliant-fix = In the Microsoft Entra admin center open Protection > Conditional Access, find the policy that requires a compliant device (the Sign-in logs show it for this correlation ID), and exclude only the printer's mailbox from it, or give the printer's mailbox its own policy limited to trusted locations. Then sign in again.
diag-aadsts-device-not-joined-title = Conditional Access requires a domain-joined device
diag-aadsts-device-not-joined-cause = A Conditional Access policy lets only Microsoft Entra hybrid joined devices sign in. A printer signs in with a device code and is never a joined device, so it can never meet this requirement.
diag-aadsts-device-not-joined-fix = In the Microsoft Entra admin center open Protection > Conditional Access, find the policy that requires a hybrid joined device (the Sign-in logs show it for this correlation ID), and exclude only the printer's mailbox from it, or give the printer's mailbox its own policy limited to trusted locations. Then sign in again.
diag-aadsts-app-not-approved-title = Conditional Access requires an approved app
diag-aadsts-app-not-approved-cause = A Conditional Access policy allows only approved client apps or apps with an Intune app protection policy. The printer's sign-in is not such an app, so it can never meet this requirement.
diag-aadsts-app-not-approved-fix = In the Microsoft Entra admin center open Protection > Conditional Access, find the policy that requires an approved app or app protection policy (the Sign-in logs show it for this correlation ID), and exclude only the printer's mailbox from it. Then sign in again.
diag-aadsts-device-auth-required-title = Device authentication required
diag-aadsts-device-auth-required-cause = A Conditional Access policy requires the signing-in device to prove its identity (a registered or joined device). A device code sign-in for a printer cannot do that, whichever browser the code is entered in.
diag-aadsts-device-auth-required-fix = In the Microsoft Entra admin center open Protection > Conditional Access, find the policy with the device requirement (the Sign-in logs show it for this correlation ID), and exclude only the printer's mailbox or the printer's app from it. Then sign in again.
diag-aadsts-account-locked-title = Account locked
diag-aadsts-account-locked-cause = Microsoft Entra ID locked the account after too many failed sign-ins, or because sign-ins came from an address known to be malicious.
diag-aadsts-account-locked-fix = Wait for the lockout to end (usually a few minutes) and sign in again with the correct password. If it keeps happening, look in the Sign-in logs for failed sign-ins from unknown places: someone may be guessing the password; change it.
diag-aadsts-password-expired-title = Password expired
diag-aadsts-password-expired-cause = The password of the account that signs in has expired.
diag-aadsts-password-expired-fix = Sign in to https://portal.office.com as that mailbox in a browser and set a new password (or have an administrator reset it in the Microsoft 365 admin center), then start the sign-in again. For a printer's mailbox consider a password that does not expire.
diag-aadsts-account-disabled-title = Account disabled
diag-aadsts-account-disabled-cause = The account that signs in is disabled (sign-in blocked) in Microsoft Entra ID.
diag-aadsts-account-disabled-fix = In the Microsoft 365 admin center open Users > Active users, select the printer's mailbox and choose Unblock sign-in; then sign in again. Shared mailboxes have sign-in blocked by default, and one that signs in needs its own licence: the printer is best served by a licensed user mailbox.
diag-aadsts-no-session-title = No signed-in session to reuse
diag-aadsts-no-session-cause = The app tried to sign in silently with an existing browser session, but there was none (or it expired), so the user must sign in again.
diag-aadsts-no-session-fix = Start the sign-in again and sign in with the account in the browser. If it keeps happening, allow the browser's cookies for login.microsoftonline.com.
diag-aadsts-app-disabled-title = App disabled in this tenant
diag-aadsts-app-disabled-cause = The app's enterprise application (service principal) is disabled in this tenant, so nobody can sign in to it.
diag-aadsts-app-disabled-fix = In the Microsoft Entra admin center open Enterprise applications, find the app, and under Properties set "Enabled for users to sign in?" to Yes. Then sign in again.
diag-aadsts-resource-not-found-title = Exchange Online not found in this tenant
diag-aadsts-resource-not-found-cause = The permission asked for belongs to a service (here Exchange Online) that does not exist in this tenant: the tenant has no Exchange Online subscription, or the sign-in went to another tenant than the mailbox's.
diag-aadsts-resource-not-found-fix = Check on the first page that the tenant and the cloud are the ones of the printer's mailbox, and that the tenant has Exchange Online (the mailbox needs a licence with Exchange Online). Then sign in again.
diag-aadsts-user-not-assigned-title = Account not assigned to the app
diag-aadsts-user-not-assigned-cause = The app requires users to be assigned to it ("Assignment required"), and the account that signs in is not.
diag-aadsts-user-not-assigned-fix = In the Microsoft Entra admin center open Enterprise applications > the app > Users and groups and add the printer's mailbox. Then sign in again.
diag-aadsts-common-endpoint-title = The sign-in needs your tenant
diag-aadsts-common-endpoint-cause = The app cannot sign in through the shared "common" or "consumers" address: it is registered for one organisation only, or Microsoft does not support it there.
diag-aadsts-common-endpoint-fix = On the first page enter your tenant (directory GUID or domain, for example contoso.onmicrosoft.com) instead of "common". Then sign in again.
diag-aadsts-scopes-unauthorized-title = Permission not granted or expired
diag-aadsts-scopes-unauthorized-cause = One or more of the permissions asked for (here SMTP.Send) are not granted to the app for this account, or the grant has expired.
diag-aadsts-scopes-unauthorized-fix = Sign in again and accept the permissions, or have an administrator grant consent for the app in Enterprise applications > Permissions. Check that the app registration lists the delegated permission SMTP.Send (API permissions > Microsoft Graph > Delegated permissions).
diag-oauth-slow-down-title = Sign-in checked too often
diag-oauth-slow-down-cause = The device checked for the finished sign-in more often than Microsoft allows, so Microsoft asked it to wait longer between checks. The sign-in itself is not refused.
diag-oauth-slow-down-fix = Nothing to change: finish the sign-in in the browser and wait; the check continues at a slower pace. If the printer reports this as a failure, start its sign-in again.
diag-oauth-interaction-required-title = The account must sign in again in a browser
diag-oauth-interaction-required-cause = Microsoft needs the account to sign in interactively: multi-factor authentication, consent, a password change or a Conditional Access policy requires it. The AADSTS code, when given, tells which.
diag-oauth-interaction-required-fix = Start the sign-in again and complete every prompt in the browser. If it is refused again, paste the whole error with its AADSTS code here, or look it up in the Sign-in logs by the correlation ID.
diag-smtp-password-rejected-title = SMTP sign-in with a password refused
diag-smtp-password-rejected-cause = The device signed in to Exchange Online with a user name and password (basic authentication), and Exchange Online refused it: the password is wrong, or the account may no longer sign in with a password (multi-factor authentication, security defaults, SMTP AUTH basic authentication retired). If the device uses OAuth 2.0, the token was refused: it is for another account than the sender or lacks SMTP.Send.
diag-smtp-password-rejected-fix = Move the device to OAuth 2.0 (this wizard): on the Email Server page choose OAuth2 as Authentication Method and sign in as the mailbox. Until then, check the user name and password in the printer's Email Server settings.
diag-smtp-auth-type-title = SMTP sign-in method not offered
diag-smtp-auth-type-cause = The server did not accept the sign-in the device asked for: the device sent AUTH before switching the connection to encryption with STARTTLS (Exchange Online offers sign-in only after it), asked for a method Exchange Online does not offer (such as CRAM-MD5 or NTLM), or talked to a server that takes no sign-ins (the MX host <domain>.mail.protection.outlook.com).
diag-smtp-auth-type-fix = On the Email Server page set the SMTP server to smtp.office365.com, port 587, Secure Connection STARTTLS, and Authentication Method OAuth2. OAuth 2.0 also needs SMTP AUTH for the printer's mailbox: Set-CASMailbox -Identity <mailbox> -SmtpClientAuthenticationDisabled $false.
diag-smtp-relay-denied-title = Relaying refused
diag-smtp-relay-denied-cause = The server refused to pass the message on because the device did not sign in: it sent through a server or port that relays only for signed-in senders or for connectors set up for this office's IP address.
diag-smtp-relay-denied-fix = On the Email Server page set the SMTP server to smtp.office365.com, port 587, STARTTLS, and Authentication Method to OAuth2, and sign in as the mailbox.
diag-smtp-quota-exceeded-title = Daily sending limit reached
diag-smtp-quota-exceeded-cause = The mailbox has sent more messages or recipients in the last 24 hours than Exchange Online allows (10,000 recipients a day for most plans), so it may not send for now.
diag-smtp-quota-exceeded-fix = Wait up to 24 hours for the limit to reset. If the printer could not have sent that much, look at the mailbox's sent items and sign-ins: the account may be compromised; change its password and sign the printer in again.
diag-smtp-ip-reputation-title = Tenant blocked from sending
diag-smtp-ip-reputation-cause = Microsoft found most of this tenant's mail suspicious and blocked the tenant from sending. This is common for new tenants and after a compromised account sent spam.
diag-smtp-ip-reputation-fix = Make sure no account is compromised and no open relay sends through the tenant, then open a support request in the Microsoft 365 admin center to have the block lifted. The printer's settings are not the cause.
diag-smtp-unregistered-domains-title = Sending from a domain the tenant does not own
diag-smtp-unregistered-domains-cause = The tenant sent many messages from domains that are not added and verified in it, so Microsoft blocks sending from unregistered domains.
diag-smtp-unregistered-domains-fix = Use a sender address in a domain the tenant owns (Microsoft 365 admin center > Settings > Domains), set it as Sender's Email Address on the Email Server page, and contact Microsoft support if the block stays.
diag-smtp-spam-abuse-title = Account banned for spam
diag-smtp-spam-abuse-cause = Exchange Online found spam from this account and banned it from sending.
diag-smtp-spam-abuse-fix = Secure the account (change the password, check its sign-ins), then release it from Restricted entities in the Microsoft Defender portal (Email & collaboration > Review > Restricted entities). Sign the printer in again afterwards.
diag-smtp-server-busy-title = Exchange Online is busy
diag-smtp-server-busy-cause = Exchange Online asked the device to try again later (451 4.7.500): the server is throttling connections, often from an address with a poor reputation.
diag-smtp-server-busy-fix = Wait and send again; devices retry by themselves. If it continues for hours, check that the office's public IP address is not on a block list and that nothing else on the network sends mail in bulk.
diag-aadsts-consumer-only-app-title = App registered for personal accounts only
diag-aadsts-consumer-only-app-cause = The app registration accepts only personal Microsoft accounts (Outlook.com), but the sign-in is for a work or school account in Microsoft Entra ID.
diag-aadsts-consumer-only-app-fix = Use an app registered for work or school accounts: in App registrations > your app > Authentication, supported account types must include "Accounts in this organizational directory". Or, for an Outlook.com mailbox, choose Outlook.com on the first page.
diag-aadsts-bad-client-secret-title = Client secret rejected
diag-aadsts-bad-client-secret-cause = The device or app sent a client secret that Microsoft Entra ID does not accept: it is wrong, expired, or the secret's ID was entered instead of its value.
diag-aadsts-bad-client-secret-fix = In App registrations > your app > Certificates & secrets create a new client secret and enter its Value (shown only once) in the device. The sign-in this wizard uses needs no secret: for it, set "Allow public client flows" to Yes instead.
diag-smtp-not-permitted-title = Message refused by policy
diag-smtp-not-permitted-cause = Exchange Online refused the message (550 5.7.1): the sender may not send as this address, the message would be relayed without sign-in, or a rule or the recipient's settings prohibit it. The text after the code tells which.
diag-smtp-not-permitted-fix = Paste the whole reply line to get its fix. Check that Sender's Email Address on the Email Server page is the signed-in mailbox's address, that the printer signs in (OAuth2), and the mail flow rules in the Exchange admin center.
diag-smtp-service-unavailable-title = Exchange Online not available for a moment
diag-smtp-service-unavailable-cause = The server that took the connection could not serve it just then ("Service not active", "Temporary server error"): a temporary condition on Microsoft's side, often during maintenance or a failover.
diag-smtp-service-unavailable-fix = Send again in a few minutes; devices retry by themselves. If it lasts longer than an hour, check the Service health page in the Microsoft 365 admin center for Exchange Online.
diag-smtp-starttls-required-title = Encryption (STARTTLS) required
diag-smtp-starttls-required-cause = The device sent its sign-in or message without first switching the connection to encryption with STARTTLS, which Exchange Online requires.
diag-smtp-starttls-required-fix = On the Email Server page set Secure Connection to STARTTLS and the port to 587, with smtp.office365.com as the server, then send again.

# Command-line help (issue 13).
# Ids follow the command path (src/cli/help.rs): <path>-about, <path>-<argument>, the most
# specific path first; <argument message>-<value> for a described value.
cli-about = Moves office printers and scanners that send email to OAuth 2.0 for Exchange Online
cli-long-about = Moves office printers and scanners that send email to OAuth 2.0 for Exchange Online.

    Without a command it opens the setup assistant's window (with --demo, against the embedded simulators). The commands do the same steps from a terminal, for help desks and scripts; with --json they print one JSON object per line.
cli-lang = Language of messages (default: the system language, else English)
cli-json = One JSON object per line on stdout; human text goes to stderr
cli-verbose = Timestamped log lines on stderr, for troubleshooting: -v this product's details and the libraries' warnings, -vv more (RUST_LOG overrides)
cli-demo = Open the window against the embedded simulators instead of Microsoft and a real printer
cli-auto-approve = Approve every sign-in code one second after it is shown (for rehearsals and scripted walks without a browser)
cli-interval = With --demo: the poll interval the identity simulator hands out, in seconds [default: 2]
cli-expires-in = Lifetime of the sign-in codes, in seconds [default: 900]
cli-faults = A failure for the simulators to produce, to rehearse it (repeatable)
cli-faults-conditional-access = Token requests after approval get AADSTS53003
cli-faults-consent-required = Users may not consent in this tenant: AADSTS65001 unless an administrator consents for the organisation (now, or earlier on the admin-consent page)
cli-faults-public-client-off = The app registration has "Allow public client flows" off: AADSTS7000218
cli-faults-slow-down-storm = The first token requests get `slow_down`
cli-faults-server-error = The identity endpoints answer HTTP 500
cli-faults-flaky-polls = The first two token requests answer HTTP 503, then service resumes
cli-faults-hang = The identity endpoints never answer
cli-faults-malformed-json = The identity endpoints answer with broken JSON
cli-faults-decline = Auto-approval declines instead
cli-faults-revoked-refresh = Refresh tokens were revoked: AADSTS50173
cli-faults-smtp-auth-disabled-tenant = SMTP AUTH is disabled for the tenant
cli-faults-smtp-auth-disabled-mailbox = SMTP AUTH is disabled for the mailbox
cli-faults-security-defaults = Security defaults block SMTP AUTH
cli-faults-criteria-not-met = A policy blocks the SMTP sign-in ("did not meet the criteria")
cli-faults-send-as-denied = The mailbox may not send as the sender
cli-faults-old-tls = The server refuses the TLS version (421 4.7.66)
cli-faults-untrusted-certificate = The SMTP server presents a certificate nobody vouches for
cli-faults-drop-connection = The SMTP server drops the line after AUTH
cli-faults-thread-limit = Sender thread limit exceeded (4.3.2)
cli-faults-bad-outbound-sender = The mailbox is blocked as a bad outbound sender (5.1.8)
cli-faults-printer-german-pages = The printer's pages are German whatever the language cookie says
cli-faults-printer-additional-network = The printer's address is its additional network interface (no OAuth 2.0 there)
cli-faults-printer-consumer-model = The printer is a consumer model: only the password login page exists
cli-faults-printer-session-expiry = Every printer session dies after its third protected request
cli-faults-printer-session-storm = Every printer session ends right after the first page it serves, as when another administrator logs in after each login (Web Config allows one at a time)
cli-faults-printer-token-rotation = The printer's setup token rotates on every request of the session
cli-faults-printer-restart = The printer's first applied settings write answers "Shutting down" and restarts it
cli-faults-printer-restart-mid-write = The printer's first settings write stores half the fields, then the web server restarts and the connection breaks before any answer
cli-faults-printer-readback-mismatch = The printer's first settings write stores a different SMTP port than the one written
cli-faults-printer-rejects-settings = The printer rejects the SMTP server address whenever OAuth 2.0 is chosen
cli-faults-printer-cloud-unreachable = The printer's network cannot reach the identity platform or the SMTP server (job 360)
cli-faults-printer-token-expired = The printer's tokens expired from disuse: refresh answers AADSTS700082 (job 361)
cli-faults-printer-token-revoked = The printer's refresh token was revoked: refresh answers AADSTS50173 (job 370)
cli-faults-printer-http-only = The printer serves plain HTTP instead of HTTPS
cli-faults-printer-not-epson = The device is another vendor's web server, not Epson Web Config
cli-faults-printer-other-firmware = The printer runs another firmware: its own page suffixes, a login form with a token, the form token in a header, a checkbox, nested JSON answers and a `;` job history
cli-faults-printer-latin1 = The printer's firmware works in Latin-1 (ISO-8859-1, declared in `Content-Type`)
cli-faults-printer-shift-jis = The printer's firmware works in Shift_JIS (declared only in the pages' `<meta>`)
cli-faults-printer-redirects = The printer answers every form post with `303 See Other` to a result page
cli-faults-printer-token-in-cookie = With `printer-other-firmware`: the setup token comes back in the `XSRF-TOKEN` cookie, not in a header
cli-faults-printer-resets-location = The printer's first settings write empties the form's location field, which it was sent unchanged (a firmware bug)
cli-faults-printer-huge-page = The printer's product page runs away: streamed without a length, 16 MiB, past what the product reads from a printer
cli-faults-printer-echoes-password = The email forms' password inputs show the stored SMTP password in their value, as some firmware does
cli-faults-printer-hostile-verification-uri = The printer hands over a hostile sign-in address instead of Microsoft's: a local file followed by terminal escape codes (`file:///etc/passwd`, then an OSC title and BEL)
cli-faults-printer-hostile-texts = The printer's model, firmware and a job-history row carry terminal escape sequences (a title change, a screen clear, cursor moves), as a fake printer's did
cli-demo-about = Start the simulators on loopback, print one "demo-ready" JSON line, run until interrupted
cli-demo-interval = The poll interval the identity simulator hands out, in seconds [default: 5]
cli-preflight-about = Sign in as the printer's mailbox and send a test message
cli-preflight-tenant = Directory (tenant) id or domain; default "organizations" (Outlook.com: "consumers")
cli-preflight-client-id = Application (client) id of your app registration with public client flows allowed
cli-preflight-account = The printer's mailbox (user principal name)
cli-preflight-to = Recipient of the test message
cli-preflight-authority = Replaces https://login.microsoftonline.com (plain http only for loopback)
cli-preflight-smtp = SMTP server as HOST:PORT (default: the cloud's submission server, port 587)
cli-preflight-ca-file = Extra trusted CA certificate (PEM) for SMTP
cli-preflight-sign-in-again = Forget a remembered sign-in and ask for a new code
cli-service = The mail service the printer sends through
cli-service-exchange-online = Microsoft 365 work or school mailboxes
cli-service-outlook = Personal Outlook.com mailboxes
cli-cloud = The Microsoft cloud the tenant lives in
cli-cloud-global = The worldwide cloud
cli-cloud-usgov = US Government GCC High
cli-cloud-usgov-dod = US Government DoD
cli-cloud-china = China, operated by 21Vianet
cli-no-browser = Do not open the sign-in page in a browser
cli-timeout = Network time limit per request, in seconds
cli-explain-about = Decode a printer code, an AADSTS number or a pasted reply line
cli-explain-text = A code (361, AADSTS53003, 5.7.139) or a whole pasted reply line, in quotes. A line that starts with "-" is read as text too; put "--" before it to be sure
cli-explain-more = The rest of a line given without quotes
cli-printer-about = Find, inspect and set up printers
cli-printer-discover-about = Find printers on the local network (mDNS)
cli-printer-discover-seconds = How long to listen, in seconds
cli-printer-status-about = Model, firmware, interface and Email Server status; no login needed
cli-printer-setup-about = Move the printer's email to OAuth 2.0: sign-in relayed, settings sent and verified
cli-printer-jobs-about = The job history, each error code decoded
cli-printer-capture-about = A redacted copy of the email-settings pages, to write a profile for a new model
cli-printer-host = The printer's address: IPv4, IPv6 or host name, optionally with :port
cli-printer-profile = A printer profile file instead of the shipped Epson profile
cli-printer-trust-fingerprint = The SHA-256 fingerprint of the printer's certificate, after you compared it
cli-printer-ca-file = A CA certificate (PEM) the printer's certificate chains to, instead of pinning
cli-printer-user = The administrator's user name (default: the profile's)
cli-printer-password-stdin = Read the admin password from the first line of standard input
cli-printer-remember-password = Remember the admin password in the OS keychain after a successful login
cli-printer-setup-sender = The Sender's Email Address the printer sends from
cli-printer-setup-fax = Set up the fax server's email settings instead of Email Server > Basic
cli-printer-capture-out = The folder to write the redacted pages to
cli-generate-package-files-about = Write the man pages and the shell completions, for packages
cli-generate-package-files-dir = The folder to write man/ and completions/ into
cli-help-flag = Print help
cli-help-flag-summary = Print help (see more with --help)
cli-help-flag-long = Print help (see a summary with -h)
cli-version-flag = Print version
cli-help-about = Print this message or the help of the given command
cli-heading-usage = Usage:
cli-heading-commands = Commands:
cli-heading-arguments = Arguments:
cli-heading-options = Options:
cli-default = [default: { $value }]
cli-possible-values = [possible values: { $values }]
cli-possible-values-heading = Possible values:
cli-error-needs-demo = --auto-approve, --interval, --expires-in and --fault need --demo
cli-package-files-failed = The man pages and shell completions could not be written to { $dir }: { $error }
cli-man-name = NAME
cli-man-synopsis = SYNOPSIS
cli-man-description = DESCRIPTION
cli-man-options = OPTIONS
cli-man-commands = COMMANDS
cli-man-version = VERSION
diag-smtp-sender-mailbox-full-title = The sending mailbox is full
diag-smtp-sender-mailbox-full-cause = The mailbox the printer sends from has reached its storage quota, so Exchange Online no longer lets it send. Every message the printer sends is also kept in the mailbox's Sent Items, which fill it over time.
diag-smtp-sender-mailbox-full-fix = Empty the mailbox's Sent Items and Deleted Items (for example with a retention policy that deletes old sent scans), or raise its quota, then send again.
diag-smtp-recipient-mailbox-full-title = The recipient's mailbox is full
diag-smtp-recipient-mailbox-full-cause = The message reached the recipient's mail server, but the recipient's mailbox has reached its storage quota. The printer and its sign-in are not the cause.
diag-smtp-recipient-mailbox-full-fix = Ask the recipient to free space in their mailbox (or their administrator to raise its quota), or scan to another address. Then send again.
diag-aadsts-no-password-title = The account has no password in Microsoft Entra ID
diag-aadsts-no-password-cause = The account signs in somewhere else (a federated identity provider) or without a password, so Microsoft Entra ID has no password to check: a sign-in with a user name and password cannot work for it.
diag-aadsts-no-password-fix = Sign the device in through the browser with a code (OAuth 2.0 device code sign-in, as this wizard does), where the account's own sign-in page applies, or give the printer a cloud-only mailbox account.
diag-smtp-message-too-large-title = Message too large
diag-smtp-message-too-large-cause = The message is larger than Exchange Online accepts from this mailbox (35 MB by default, less for some mailboxes); large scans at high resolution reach that quickly.
diag-smtp-message-too-large-fix = On the printer lower the scan resolution or choose a compressed file type, or set its maximum attachment size so large scans are split; an administrator can also raise the mailbox's MaxSendSize (Set-Mailbox -Identity <mailbox> -MaxSendSize 50MB).
diag-smtp-ip-banned-title = The office's IP address is on Microsoft's block list
diag-smtp-ip-banned-cause = Microsoft refuses mail from this public IP address because it is on its list of banned senders, usually after spam was sent from the network.
diag-smtp-ip-banned-fix = Find and stop what sent spam from the network, then ask Microsoft to remove the address at https://sender.office.com. Sending through smtp.office365.com with OAuth 2.0, as this wizard sets up, does not depend on that list.
cli-error-prefix = error:
cli-error-unknown-argument = unexpected argument "{ $arg }"
cli-error-unknown-command = unknown command "{ $command }"
cli-error-invalid-value = invalid value "{ $value }" for { $arg }
cli-error-allowed = Allowed: { $range }.
cli-error-missing = missing: { $args }
cli-error-missing-command = a command is missing
cli-error-conflict = { $arg } cannot be used with { $other }
cli-error-misused = { $arg } is not used that way
cli-error-did-you-mean = did you mean "{ $suggestion }"?
cli-error-try-help = For more information, try "--help".
diag-aadsts-redirect-uri-title = Reply address not registered for the app
diag-aadsts-redirect-uri-cause = The device or app asked Microsoft to send the sign-in back to a reply address (redirect URI) that its app registration does not list, or it gave none.
diag-aadsts-redirect-uri-fix = In App registrations > the app > Authentication, add the reply address exactly as the error or the device's manual gives it (same scheme, host, port and path), then sign in again. The device code sign-in this wizard uses needs no reply address.
diag-smtp-recipient-rejected-title = Recipient's address refused
diag-smtp-recipient-rejected-cause = The recipient's mail system refused the address: the mailbox does not exist there (Exchange Online refuses unknown recipients at the door), or it does not accept mail from this sender.
diag-smtp-recipient-rejected-fix = Check the recipient's address on the printer (address book or Scan to My Email). If it is in your own domain, check in the Microsoft 365 admin center that the mailbox exists and the domain is an accepted domain.
