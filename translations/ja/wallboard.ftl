# Wallboard、日本語。
# 日本語には単数・複数の区別がないため、数の選択肢は使いません。

language-name = 日本語

## サインイン画面
sign-in-title = Salesforce にサインイン
sign-in-step-scan = スマートフォンで QR コードを読み取るか、次のアドレスを開いて
sign-in-step-enter = このコードを入力してください：
sign-in-expires-in = コードの有効期限まで { $time }
sign-in-status-waiting = スマートフォンでの承認を待っています…
sign-in-status-slow-down = Salesforce から間隔を空けるよう求められました。{ $seconds } 秒ごとに確認しています…
sign-in-status-reconnecting = 接続が切れました。{ $seconds } 秒後に再試行します…
sign-in-phishing = このテレビが目の前にある場合にのみ承認してください。
sign-in-starting = サインインコードを取得しています…
sign-in-connecting = 承認されました。ユーザー情報を取得しています…

## コードを表示していないとき
idle-expired-title = サインインコードの有効期限が切れました
idle-cancelled-title = サインインをキャンセルしました
idle-denied-title = スマートフォンでサインインが拒否されました
idle-body = OK を押すと新しいコードを表示します。
error-title = サインインできません
error-hint = OK を押してもう一度お試しください。
error-hint-config = この画面を設置した担当者に設定の修正を依頼し、Wallboard を再起動してください。

## 承認後
signed-in-title = 接続しました
signed-in-as = { $name } としてサインインしています
signed-in-org = 組織：{ $org }
signed-in-username = ユーザー名：{ $username }
signed-in-next = ここにダッシュボードが表示されます。
boot-connecting = Salesforce に接続しています…
boot-retrying = Wallboard が自動的に再試行を続けます。
notice-sign-in-again = もう一度サインインしてください

## リモコン
keys-hint = ← → 選択   ·   OK 決定   ·   戻る キャンセル
keys-hint-no-back = ← → 選択   ·   OK 決定
action-new-code = 新しいコード
action-cancel = キャンセル
action-try-again = 再試行
action-settings = 設定

## 設定（言語とコントラスト、リモコンで操作）
settings-title = 設定
settings-language = 言語
settings-language-automatic = { $source ->
        [config] 自動：{ $language }（設定ファイルより）
        [salesforce] 自動：{ $language }（Salesforce の言語）
       *[system] 自動：{ $language }（システムの言語）
    }
settings-contrast = コントラスト
settings-contrast-standard = 標準
settings-contrast-high = ハイコントラスト
settings-palette = グラフの色
settings-palette-dashboard = Salesforce の設定どおり
settings-palette-accessible = Salesforce のアクセシブルなパレット
settings-saved = 変更はすぐに反映され、この画面に保存されます。
keys-settings = ↑ ↓ 選択   ·   ← → 変更   ·   戻る 完了

## ダッシュボード
dashboards-title = ダッシュボード
dashboards-empty = この組織にはダッシュボードがありません。
picker-sign-out = サインアウト
confirm-sign-out-title = この画面を Salesforce からサインアウトしますか？
confirm-sign-out-hint = Salesforce でアクセスが取り消され、画面に新しいサインインコードが表示されます。
signed-out-title = サインアウトしました
signed-out-revoked = Salesforce でアクセスを取り消し、この画面から削除しました。
signed-out-offline = Salesforce に接続できなかったため、この画面からのみアクセスを削除しました。
action-sign-out = サインアウト
dashboard-loading = { $title } を読み込んでいます…
dashboard-as-of = { $time } 時点
dashboard-stale = オフライン · { $time } 時点のデータ（{ $ago }）
dashboard-position = { $index } / { $count }
dashboard-paused = 一時停止中 · { $when }に再開
keys-picker = ← → ↑ ↓ 選択   ·   OK 開く
keys-dashboard = ← → ダッシュボード   ·   ↑ ↓ タイル   ·   OK 拡大   ·   戻る 一覧
tile-no-data = まだデータがありません
tile-updating = 更新しています…
tile-error = エラー：{ $message }
tile-unsupported = この種類のコンポーネント（{ $kind }）はまだテレビに表示できません。
legend-other = その他
scatter-x = 横軸：{ $name }
scatter-y = 縦軸：{ $name }

## エラー
error-login-host-invalid = 「{ $host }」は有効なログインホストではありません。production、sandbox、または My Domain のアドレスを指定してください。
error-login-host-insecure = { $host } には https で接続する必要があります。暗号化されていない http はこの端末自身に対してのみ使えます。
error-unreachable = { $host } に接続できません。ネットワーク接続を確認してください。
error-not-json = { $host } が Salesforce のサインインサービスではなく Web ページを返しました（HTTP { $status }）。ログインホストを確認してください。
error-bad-response = { $host } から Wallboard が読み取れない応答が返りました。
error-invalid-client = { $host } はこのアプリのクライアント ID を認識していません。Salesforce 管理者に External Client App のコンシューマー鍵を確認してください。
error-oauth = { $host } がサインインを拒否しました：{ $description }（{ $error }）
error-http-status = { $host } がエラー { $status } を返しました。
error-missing-client-id = クライアント ID が設定されていません。設定ファイルの client_id または WALLBOARD_CLIENT_ID を設定してください。
error-config = 設定の問題：{ $detail }
error-storage = サインイン情報を { $path } に保存できませんでした。
error-session-rejected = Salesforce はこの画面のサインインを受け付けなくなりました。もう一度サインインしてください。
error-not-signed-in = この画面はまだサインインしていません。先に「wallboard login」を実行してください。
error-missing-api-scope = このアプリには Salesforce のデータを読み取る権限がありません。External Client App にスコープ「Manage user data via APIs (api)」を追加してから、もう一度サインインしてください。
error-rest = { $host } から問題が報告されました：{ $message }

## 端末でのサインイン (wallboard login)
cli-instructions = サインインするには、スマートフォンかパソコンで次のアドレスを開いてください：
cli-enter-code = 次のコードを入力します：
cli-scan = または、この QR コードを読み取ってください：
cli-expires = コードは { $minutes } 分後に無効になります。
cli-waiting = 承認を待っています…
cli-slow-down = Salesforce から間隔を空けるよう求められました。今後は { $seconds } 秒ごとに確認します。
cli-reconnecting = 接続が切れました。{ $seconds } 秒後に再試行します。
cli-signed-in = { $name }（{ $username }）として { $org } にサインインしました。
cli-saved = サインイン情報を { $path } に保存しました。
cli-denied = サインインが拒否されました。
cli-expired = 承認される前にサインインコードの有効期限が切れました。もう一度コマンドを実行して新しいコードを取得してください。
cli-cancelled = サインインをキャンセルしました。
cli-failed = サインインに失敗しました：{ $reason }
cli-signed-out = サインアウトしました。Salesforce でアクセスを取り消し、この画面から削除しました。
cli-signed-out-offline = Salesforce に接続できずアクセスを取り消せませんでしたが、この画面からは削除しました。画面を紛失した場合は Salesforce（接続アプリケーションの OAuth 利用状況）で取り消してください。
cli-not-signed-in = この画面はサインインしていませんでした。
