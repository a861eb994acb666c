//! The REST API's error array (`[{"message", "errorCode", "fields"}]`) and what it means.

use serde::Deserialize;

#[derive(Debug, Clone, Deserialize, Default, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct RestError {
    #[serde(default)]
    pub message: String,
    #[serde(default)]
    pub error_code: String,
}

/// The first error of an error array (or a lone error object), if the body is one.
pub fn first_error(body: &[u8]) -> Option<RestError> {
    if let Ok(list) = serde_json::from_slice::<Vec<RestError>>(body) {
        return list.into_iter().next();
    }
    serde_json::from_slice::<RestError>(body).ok()
}

/// A token without the `api` scope gets `INVALID_SESSION_ID` too, but with this message;
/// refreshing will not help.
pub fn is_missing_api_scope(error: &RestError) -> bool {
    let message = error.message.to_ascii_lowercase();
    message.contains("scopes is required")
        || message.contains("not valid for use with the specified rest api")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn session_and_scope_errors_are_told_apart() {
        let expired = first_error(
            br#"[{"message":"Session expired or invalid","errorCode":"INVALID_SESSION_ID"}]"#,
        );
        assert!(
            expired
                .as_ref()
                .is_some_and(|e| e.error_code == "INVALID_SESSION_ID" && !is_missing_api_scope(e))
        );
        let scope = first_error(
            br#"[{"message":"This session is not valid for use with the specified REST API endpoint. One of the following scopes is required: Manage user data via APIs, Full access","errorCode":"INVALID_SESSION_ID"}]"#,
        );
        assert!(scope.as_ref().is_some_and(is_missing_api_scope));
        assert_eq!(first_error(b"<html>"), None);
    }
}
