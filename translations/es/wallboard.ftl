# Wallboard, español.

language-name = Español

## Pantalla de inicio de sesión
sign-in-title = Iniciar sesión en Salesforce
sign-in-step-scan = Escanee el código QR con su teléfono o vaya a
sign-in-step-enter = e introduzca este código:
sign-in-expires-in = El código caduca en { $time }
sign-in-status-waiting = Esperando su aprobación en el teléfono…
sign-in-status-slow-down = Salesforce pidió ir más despacio. Comprobando { $seconds ->
        [one] cada segundo
       *[other] cada { $seconds } segundos
    }…
sign-in-status-reconnecting = Se perdió la conexión. Reintentando en { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    }…
sign-in-phishing = Apruebe solo si este televisor está delante de usted.
sign-in-starting = Obteniendo un código de inicio de sesión…
sign-in-connecting = Aprobado. Obteniendo sus datos…

## Cuando no hay código en pantalla
idle-expired-title = El código de inicio de sesión caducó
idle-cancelled-title = Inicio de sesión cancelado
idle-denied-title = El inicio de sesión se rechazó en el teléfono
idle-body = Pulse OK para obtener un código nuevo.
error-title = El inicio de sesión no funciona
error-hint = Pulse OK para volver a intentarlo.
error-hint-config = Pida a quien instaló esta pantalla que corrija la configuración y luego reinicie Wallboard.

## Tras la aprobación
signed-in-title = Conectado
signed-in-as = Sesión iniciada como { $name }
signed-in-org = Organización: { $org }
signed-in-username = Nombre de usuario: { $username }
signed-in-next = Sus paneles aparecerán aquí.
boot-connecting = Conectando con Salesforce…
boot-retrying = Wallboard sigue intentándolo por sí solo.
notice-sign-in-again = Vuelva a iniciar sesión

## Mando a distancia
keys-hint = ← → elegir   ·   OK aceptar   ·   Atrás cancelar
keys-hint-no-back = ← → elegir   ·   OK aceptar
action-new-code = Código nuevo
action-cancel = Cancelar
action-try-again = Reintentar
action-settings = Ajustes

## Ajustes (idioma y contraste, con el mando)
settings-title = Ajustes
settings-language = Idioma
settings-language-automatic = { $source ->
        [config] Automático: { $language } (según la configuración)
        [salesforce] Automático: { $language } (su idioma de Salesforce)
       *[system] Automático: { $language } (idioma del sistema)
    }
settings-contrast = Contraste
settings-contrast-standard = Estándar
settings-contrast-high = Contraste alto
settings-palette = Colores de los gráficos
settings-palette-dashboard = Como en Salesforce
settings-palette-accessible = Paleta accesible de Salesforce
settings-saved = Los cambios se aplican al instante y se guardan en esta pantalla.
keys-settings = ↑ ↓ elegir   ·   ← → cambiar   ·   Atrás terminar

## Paneles
dashboards-title = Paneles
dashboards-empty = No hay paneles en esta organización.
picker-sign-out = Cerrar sesión
confirm-sign-out-title = ¿Cerrar la sesión de Salesforce en esta pantalla?
confirm-sign-out-hint = El acceso se revoca en Salesforce y la pantalla muestra un código de inicio de sesión nuevo.
signed-out-title = Sesión cerrada
signed-out-revoked = El acceso se revocó en Salesforce y se eliminó de esta pantalla.
signed-out-offline = No se pudo contactar con Salesforce, así que el acceso solo se eliminó de esta pantalla.
action-sign-out = Cerrar sesión
dashboard-loading = Cargando { $title }…
dashboard-as-of = Actualizado: { $time }
dashboard-stale = Sin conexión · última actualización: { $time } ({ $ago })
dashboard-position = { $index } de { $count }
dashboard-paused = En pausa · se reanuda { $when }
keys-picker = ← → ↑ ↓ elegir   ·   OK abrir
keys-dashboard = ← → paneles   ·   ↑ ↓ mosaicos   ·   OK ampliar   ·   Atrás lista
tile-no-data = Aún no hay datos
tile-updating = Actualizando…
tile-error = Error: { $message }
tile-unsupported = Este tipo de componente ({ $kind }) todavía no se puede mostrar en un televisor.
legend-other = Otros
scatter-x = Horizontal: { $name }
scatter-y = Vertical: { $name }

## Errores
error-login-host-invalid = «{ $host }» no es un host de inicio de sesión válido. Use production, sandbox o la dirección de su My Domain.
error-login-host-insecure = { $host } debe usarse con https. El http sin cifrar solo se permite en este mismo dispositivo.
error-unreachable = No se puede contactar con { $host }. Compruebe la conexión de red.
error-not-json = { $host } respondió con una página web en lugar del servicio de inicio de sesión de Salesforce (HTTP { $status }). Compruebe el host de inicio de sesión.
error-bad-response = { $host } envió una respuesta que Wallboard no puede leer.
error-invalid-client = { $host } no reconoce el ID de cliente de esta aplicación. Pida a su administrador de Salesforce la clave de consumidor de la External Client App.
error-oauth = { $host } rechazó el inicio de sesión: { $description } ({ $error })
error-http-status = { $host } respondió con el error { $status }.
error-missing-client-id = No hay ningún ID de cliente configurado. Defina client_id en el archivo de configuración o WALLBOARD_CLIENT_ID.
error-config = Problema de configuración: { $detail }
error-storage = No se pudo guardar el inicio de sesión en { $path }.
error-session-rejected = Salesforce ya no acepta el inicio de sesión de esta pantalla. Vuelva a iniciar sesión.
error-not-signed-in = Esta pantalla aún no ha iniciado sesión. Ejecute primero «wallboard login».
error-missing-api-scope = Esta aplicación no tiene permiso para leer datos de Salesforce. Añada el ámbito «Manage user data via APIs (api)» a la External Client App y vuelva a iniciar sesión.
error-rest = { $host } informó de un problema: { $message }

## Inicio de sesión en el terminal (wallboard login)
cli-instructions = Para iniciar sesión, abra esta dirección en su teléfono u ordenador:
cli-enter-code = e introduzca el código:
cli-scan = O escanee este código QR:
cli-expires = El código caduca en { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }.
cli-waiting = Esperando la aprobación…
cli-slow-down = Salesforce pidió ir más despacio; ahora se comprueba { $seconds ->
        [one] cada segundo
       *[other] cada { $seconds } segundos
    }.
cli-reconnecting = Se perdió la conexión; reintentando en { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    }.
cli-signed-in = Sesión iniciada como { $name } ({ $username }) en { $org }.
cli-saved = Inicio de sesión guardado en { $path }.
cli-denied = Se rechazó el inicio de sesión.
cli-expired = El código caducó antes de ser aprobado. Vuelva a ejecutar el comando para obtener un código nuevo.
cli-cancelled = Inicio de sesión cancelado.
cli-failed = Error al iniciar sesión: { $reason }
cli-signed-out = Sesión cerrada: el acceso se revocó en Salesforce y se eliminó de esta pantalla.
cli-signed-out-offline = No se pudo contactar con Salesforce para revocar el acceso; se eliminó de esta pantalla. Revóquelo en Salesforce (uso de OAuth de aplicaciones conectadas) si pierde la pantalla.
cli-not-signed-in = Esta pantalla no tenía la sesión iniciada.
