# Wallboard, English (United States). Every string a person sees.
# Numbers in { $placeables } are formatted for the reader's locale by Wallboard; $time, $when
# and $ago arrive already formatted ("2:05 PM", "in 12 seconds", "3 minutes ago").

# This language's name in itself, as the settings screen lists it.
language-name = English (US)

## Sign-in screen
sign-in-title = Sign in to Salesforce
sign-in-step-scan = Scan the QR code with your phone, or go to
sign-in-step-enter = and enter this code:
sign-in-expires-in = Code expires in { $time }
sign-in-status-waiting = Waiting for you to approve on your phone…
sign-in-status-slow-down = Salesforce asked us to slow down. Checking every { $seconds ->
        [one] second
       *[other] { $seconds } seconds
    }…
sign-in-status-reconnecting = Connection lost. Retrying in { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    }…
sign-in-phishing = Only approve if this TV is in front of you.
sign-in-starting = Getting a sign-in code…
sign-in-connecting = Approved. Getting your details…

## When no code is shown
idle-expired-title = The sign-in code expired
idle-cancelled-title = Sign-in cancelled
idle-denied-title = Sign-in was denied on the phone
idle-body = Press OK for a new code.
error-title = Sign-in is not working
error-hint = Press OK to try again.
error-hint-config = Ask whoever set up this screen to correct its configuration, then restart Wallboard.

## After approval
signed-in-title = Connected
signed-in-as = Signed in as { $name }
signed-in-org = Organization: { $org }
signed-in-username = Username: { $username }
signed-in-next = Your dashboards will appear here.
boot-connecting = Connecting to Salesforce…
boot-retrying = Wallboard keeps trying by itself.
notice-sign-in-again = Please sign in again

## Remote control
keys-hint = ← → choose   ·   OK select   ·   Back cancel
keys-hint-no-back = ← → choose   ·   OK select
action-new-code = New code
action-cancel = Cancel
action-try-again = Try again
action-settings = Settings

## Settings (language and contrast, chosen with the remote)
settings-title = Settings
settings-language = Language
settings-language-automatic = { $source ->
        [config] Automatic: { $language } (from the configuration)
        [salesforce] Automatic: { $language } (your Salesforce language)
       *[system] Automatic: { $language } (the system language)
    }
settings-contrast = Contrast
settings-contrast-standard = Standard
settings-contrast-high = High contrast
settings-palette = Chart colors
settings-palette-dashboard = As set in Salesforce
settings-palette-accessible = Salesforce accessible palette
settings-saved = Changes apply at once and are kept on this screen.
keys-settings = ↑ ↓ choose   ·   ← → change   ·   Back done

## Dashboards
dashboards-title = Dashboards
dashboards-empty = No dashboards found in this org.
picker-sign-out = Sign out
confirm-sign-out-title = Sign out of Salesforce on this screen?
confirm-sign-out-hint = The sign-in is revoked at Salesforce and the screen shows a new sign-in code.
signed-out-title = Signed out
signed-out-revoked = The sign-in was revoked at Salesforce and deleted from this screen.
signed-out-offline = Salesforce could not be reached, so the sign-in was only deleted from this screen.
action-sign-out = Sign out
dashboard-loading = Loading { $title }…
dashboard-as-of = As of { $time }
dashboard-stale = Offline · showing data from { $time } ({ $ago })
dashboard-position = { $index } of { $count }
dashboard-paused = Paused · resumes { $when }
keys-picker = ← → ↑ ↓ choose   ·   OK open
keys-dashboard = ← → dashboards   ·   ↑ ↓ tiles   ·   OK zoom   ·   Back list
tile-no-data = No data yet
tile-updating = Updating…
tile-error = Error: { $message }
tile-unsupported = This component type ({ $kind }) cannot be shown on a TV yet.
legend-other = Other
scatter-x = Across: { $name }
scatter-y = Up: { $name }

## Errors
error-login-host-invalid = “{ $host }” is not a valid login host. Use production, sandbox, or your My Domain address.
error-login-host-insecure = { $host } must be reached over https. Plain http is only allowed on this device itself.
error-unreachable = Cannot reach { $host }. Check the network connection.
error-not-json = { $host } answered with a web page instead of Salesforce's sign-in service (HTTP { $status }). Check the login host.
error-bad-response = { $host } sent an answer Wallboard cannot read.
error-invalid-client = { $host } does not know this app's client ID. Ask your Salesforce admin for the consumer key of the External Client App.
error-oauth = { $host } refused the sign-in: { $description } ({ $error })
error-http-status = { $host } answered with error { $status }.
error-missing-client-id = No client ID is configured. Set client_id in the config file or WALLBOARD_CLIENT_ID.
error-config = Configuration problem: { $detail }
error-storage = Could not save the sign-in in { $path }.
error-session-rejected = Salesforce no longer accepts this screen's sign-in. Please sign in again.
error-not-signed-in = This screen is not signed in yet. Run “wallboard login” first.
error-missing-api-scope = This app is not allowed to read Salesforce data. Add the scope “Manage user data via APIs (api)” to the External Client App, then sign in again.
error-rest = { $host } reported a problem: { $message }

## Terminal sign-in (wallboard login)
cli-instructions = To sign in, open this address on your phone or computer:
cli-enter-code = and enter the code:
cli-scan = Or scan this QR code:
cli-expires = The code expires in { $minutes ->
        [one] one minute
       *[other] { $minutes } minutes
    }.
cli-waiting = Waiting for approval…
cli-slow-down = Salesforce asked us to slow down; now checking every { $seconds ->
        [one] second
       *[other] { $seconds } seconds
    }.
cli-reconnecting = Connection lost; retrying in { $seconds ->
        [one] one second
       *[other] { $seconds } seconds
    }.
cli-signed-in = Signed in as { $name } ({ $username }) to { $org }.
cli-saved = Sign-in saved in { $path }.
cli-denied = Sign-in was denied.
cli-expired = The sign-in code expired before it was approved. Run the command again for a new code.
cli-cancelled = Sign-in cancelled.
cli-failed = Sign-in failed: { $reason }
cli-signed-out = Signed out: the sign-in was revoked at Salesforce and deleted from this screen.
cli-signed-out-offline = Salesforce could not be reached to revoke the sign-in; it was deleted from this screen. Revoke it in Salesforce (Connected Apps OAuth Usage) if the screen is lost.
cli-not-signed-in = This screen was not signed in.
