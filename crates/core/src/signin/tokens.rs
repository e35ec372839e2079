//! Token responses: the access token, the rotating refresh token and the account from the id token.

use super::error::SignInError;
use crate::secrets::Secret;
use base64::Engine;
use serde::Deserialize;
use std::time::Duration;

/// The token endpoint's success answer. Not `Debug`: it holds the tokens.
#[derive(Deserialize)]
pub(crate) struct TokenResponse {
    access_token: String,
    /// `Bearer`: the only kind SMTP's XOAUTH2 takes.
    token_type: String,
    #[serde(default)]
    refresh_token: Option<String>,
    #[serde(default)]
    expires_in: Option<u64>,
    /// The OpenID Connect id token, which names the account.
    #[serde(default)]
    id_token: Option<String>,
}

/// What a successful sign-in yields. Tokens are secrets; the account is not.
#[derive(Debug, Clone)]
pub struct Tokens {
    pub access_token: Secret,
    pub refresh_token: Option<Secret>,
    /// The id token's `preferred_username`: the SMTP user.
    pub account: Option<String>,
    pub expires_in: Option<Duration>,
}

impl TryFrom<TokenResponse> for Tokens {
    type Error = SignInError;

    /// The tokens of a bearer answer; any other kind of token is refused as malformed.
    fn try_from(response: TokenResponse) -> Result<Self, SignInError> {
        if !response.token_type.eq_ignore_ascii_case("bearer") {
            let kind = response.token_type;
            return Err(SignInError::Malformed(format!(
                "token_type {kind:?}, not Bearer"
            )));
        }
        Ok(Tokens {
            account: response.id_token.as_deref().and_then(preferred_username),
            access_token: Secret::new(response.access_token),
            refresh_token: response.refresh_token.map(Secret::new),
            expires_in: response.expires_in.map(Duration::from_secs),
        })
    }
}

/// Reads `preferred_username` from an id token's claims. The token came straight from the
/// token endpoint over TLS, so (OpenID Connect Core 3.1.3.7) its signature need not be checked
/// to name the account; nothing is authorised on the strength of it.
pub fn preferred_username(id_token: &str) -> Option<String> {
    let payload = id_token.split('.').nth(1)?;
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload.trim_end_matches('='))
        .ok()?;
    let claims: serde_json::Value = serde_json::from_slice(&bytes).ok()?;
    claims
        .get("preferred_username")
        .and_then(|v| v.as_str())
        .map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Only a bearer token is taken (SMTP's XOAUTH2 sends nothing else); an answer without a
    /// token type is not a token answer.
    #[test]
    fn only_bearer_tokens_are_taken() {
        let answer = |kind: &str| {
            let body =
                format!(r#"{{"access_token":"at","token_type":"{kind}","expires_in":3599}}"#);
            serde_json::from_str::<TokenResponse>(&body).unwrap()
        };
        let tokens = Tokens::try_from(answer("Bearer")).unwrap();
        assert_eq!(tokens.access_token.expose(), "at");
        assert_eq!(tokens.expires_in, Some(Duration::from_secs(3599)));
        assert!(matches!(
            Tokens::try_from(answer("mac")),
            Err(SignInError::Malformed(_))
        ));
        let untyped =
            super::super::error::decode::<TokenResponse>(200, br#"{"access_token":"at"}"#);
        assert!(matches!(untyped, Err(SignInError::Malformed(_))));
    }

    #[test]
    fn account_comes_from_the_id_token() {
        let claims = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .encode(r#"{"preferred_username":"scanner@contoso.com","tid":"x"}"#);
        assert_eq!(
            preferred_username(&format!("eyJhbGciOiJSUzI1NiJ9.{claims}.c2ln")).as_deref(),
            Some("scanner@contoso.com")
        );
        assert_eq!(preferred_username("not-a-jwt"), None);
    }
}
