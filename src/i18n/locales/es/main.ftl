# mailpasswd: every text a person reads, in Spanish.
# Register: a careful company IT page, "usted", neutral Spanish for Spain
# and Latin America; buttons and headings in the infinitive.
# Variables are { $name }, the same as in the German reference.
# Wording of the provider's FAQ: "El cambio se aplica de inmediato."

## Frame of every page

# The site's name when the operator names no provider.
title = Cambio de contraseña del correo electrónico
language-name = Idioma
# Before an error, for screen readers.
error-prefix = Error:
# The browser tab's title of a page that shows an error.
error-title = Error: { $title }
support-intro = ¿Tiene preguntas? Póngase en contacto con el soporte técnico:
back-to-start = Volver al inicio de sesión

## Login

login-intro = Inicie sesión con su dirección de correo electrónico y su contraseña actual. A continuación podrá establecer una nueva contraseña.
email-label = Dirección de correo electrónico
email-hint = Su dirección completa, por ejemplo, ana.garcia@{ $domain }
current-password-label = Contraseña actual
show-current-password = Mostrar contraseña
login-button = Iniciar sesión
login-busy = Iniciando sesión…
login-failed = Error al iniciar sesión. Verifique la dirección de correo electrónico y la contraseña.
# After a few failed logins for one address from this browser.
attempts-left =
    { $left ->
        [one] Le queda un intento; después, el inicio de sesión en esta página quedará bloqueado (hora de desbloqueo: { $clock }).
       *[other] Le quedan { $left } intentos; después, el inicio de sesión en esta página quedará bloqueado (hora de desbloqueo: { $clock }).
    } Esto no afecta a su buzón.
session-expired = Su sesión ha expirado. Vuelva a iniciar sesión.
logged-out = Su sesión se ha cerrado.

## The new password

password-title = Establecer una nueva contraseña
logged-in-as = Sesión iniciada como
session-valid = Dispone de { $minutes } minutos desde el inicio de sesión para guardar la nueva contraseña.
new-password-label = Nueva contraseña
new-password-hint = Como mínimo { $min } caracteres
show-new-password = Mostrar nueva contraseña
confirm-password-label = Confirmar nueva contraseña
show-confirm-password = Mostrar confirmación
show-password = Mostrar
hide-password = Ocultar
rules-heading = Su nueva contraseña
rule-length = tiene como mínimo { $min } y como máximo { $max } caracteres,
rule-differs = es distinta de la contraseña actual,
rule-not-name = no contiene ni el nombre del buzón ni el dominio,
rule-not-provider = no contiene el nombre «{ $provider }»,
rule-not-guessable = no es fácil de adivinar ni aparece en filtraciones de datos conocidas.
# Said beside a rule the typed password already meets.
rule-met = cumplido
rule-tip = Consejo: varias palabras elegidas al azar forman una contraseña larga y fácil de recordar, por ejemplo, «{ $example }». Elija sus propias palabras: el ejemplo en sí no se acepta.
change-button = Cambiar contraseña
change-busy = Cambiando…
logout-button = Cerrar sesión
new-password-empty = Escriba una nueva contraseña.
confirm-password-empty = Repita la nueva contraseña.
passwords-differ = Las contraseñas no coinciden.
violations-heading = La nueva contraseña no se ha guardado.
error-summary-heading = Hay un problema
quota = Espacio ocupado: { $used } de { $limit }
quota-full = Su buzón está casi lleno. Cuando esté lleno, ya no podrá recibir correos nuevos. Elimine los mensajes antiguos o vacíe la papelera.

## Success

success-heading = Contraseña cambiada
success-for = Se ha cambiado la contraseña de { $mailbox }.
success-text = El cambio se aplica de inmediato. A partir de ahora solo es válida la nueva contraseña, tanto en el programa de correo como en el webmail.
success-sessions = Se han cerrado las demás sesiones abiertas en esta página. Los programas de correo de sus otros dispositivos le pedirán la nueva contraseña: escríbala allí.
success-mail = Hemos enviado una confirmación a { $mailbox }.
to-webmail = Ir al webmail
close-window = Ya puede cerrar esta ventana.

## Error pages

unavailable-heading = No es posible en este momento
forbidden-heading = Formulario expirado
not-found-heading = Página no encontrada
rate-limited-heading = Demasiados intentos
error-heading = No se pudo completar la operación
unavailable = En este momento no es posible conectar con el servidor de correo. Su contraseña no se ha cambiado. Vuelva a intentarlo dentro de unos minutos.
not-confirmed = El servidor de correo no ha confirmado la nueva contraseña. Su contraseña actual sigue siendo válida. Vuelva a intentarlo dentro de unos minutos.
forbidden = El formulario ha expirado. Vuelva a iniciar sesión.
bad-request = No se pudieron procesar los datos enviados.
too-large = Los datos enviados son demasiado largos.
not-found = Esta página no existe.
internal = Se ha producido un error interno. Su contraseña no se ha cambiado.

## Failures of a change or a request

not-saved = En este momento no se puede guardar la contraseña; se mantiene la actual. Vuelva a intentarlo más tarde.
uncertain = No hemos podido determinar si se ha guardado su nueva contraseña. Inicie sesión en su programa de correo con la nueva contraseña; si no funciona, su contraseña anterior sigue siendo válida. En caso de duda, póngase en contacto con el soporte técnico.
not-in-store = La contraseña de este buzón no se puede cambiar aquí. Póngase en contacto con el soporte técnico.
overloaded = En este momento hay muchos cambios de contraseña en curso. Su contraseña no se ha cambiado. Vuelva a intentarlo dentro de unos segundos.
superseded = Entretanto, se ha cambiado la contraseña de este buzón. Vuelva a iniciar sesión con la contraseña actual.
check-unavailable = En este momento no es posible comprobar si la nueva contraseña aparece en filtraciones de datos. Su contraseña no se ha cambiado. Vuelva a intentarlo dentro de unos minutos.
request-timeout = La solicitud tardó demasiado en llegar. Vuelva a intentarlo.

## Too many attempts

too-many-attempts = Demasiados intentos.
try-again-in =
    { $minutes ->
        [0]
            { $seconds ->
                [one] Vuelva a intentarlo dentro de un segundo.
               *[other] Vuelva a intentarlo dentro de { $seconds } segundos.
            }
        [one] Vuelva a intentarlo dentro de un minuto.
       *[other] Vuelva a intentarlo dentro de { $minutes } minutos.
    }
try-again-in-until =
    { $minutes ->
        [0]
            { $seconds ->
                [one] Vuelva a intentarlo dentro de un segundo (hora de desbloqueo: { $clock }).
               *[other] Vuelva a intentarlo dentro de { $seconds } segundos (hora de desbloqueo: { $clock }).
            }
        [one] Vuelva a intentarlo dentro de un minuto (hora de desbloqueo: { $clock }).
       *[other] Vuelva a intentarlo dentro de { $minutes } minutos (hora de desbloqueo: { $clock }).
    }
mailbox-not-blocked = Esto no afecta a su buzón: los programas de correo y el webmail siguen funcionando.

## The address and password fields

address-empty = Escriba su dirección de correo electrónico.
address-too-long = La dirección de correo electrónico es demasiado larga.
address-control-character = La dirección de correo electrónico contiene un salto de línea o un carácter de control.
address-forbidden-character = La dirección de correo electrónico contiene el carácter «{ $character }». Se permiten las letras a–z, las cifras, el punto, el guion y el guion bajo.
address-incomplete = Escriba la dirección de correo electrónico completa (nombre@dominio).
password-empty = Escriba su contraseña actual.
password-too-many-chars = La contraseña tiene más de { $max } caracteres.
password-too-many-bytes = La contraseña tiene más de { $max } bytes.
password-control-character = La contraseña contiene un carácter de control (por ejemplo, un salto de línea) que los programas de correo no pueden enviar.

## The rules a new password breaks

violation-too-short = La nueva contraseña debe tener como mínimo { $min } caracteres.
violation-too-long = La nueva contraseña puede tener como máximo { $max } caracteres.
violation-too-many-bytes = La nueva contraseña es demasiado larga para el formato de almacenamiento del servidor de correo (como máximo { $max } bytes; las letras acentuadas y la ñ cuentan doble).
violation-same-as-current = La nueva contraseña debe ser distinta de la actual.
violation-contains-local-part = La nueva contraseña no debe contener el nombre del buzón.
violation-contains-domain = La nueva contraseña no debe contener el dominio.
violation-contains-context-word = La nueva contraseña no debe contener «{ $word }», el nombre del proveedor o de la empresa.
violation-common = La nueva contraseña figura en una lista de contraseñas muy utilizadas o publicadas y sería fácil de adivinar.
violation-not-normalized = La nueva contraseña contiene caracteres compuestos (por ejemplo, una letra seguida de una tilde aparte) que otros dispositivos escribirían de otra forma. Escriba las letras acentuadas directamente.
violation-breached = La nueva contraseña aparece en filtraciones de datos conocidas. Los atacantes prueban primero este tipo de contraseñas, aunque sean largas. Elija otra.
violation-shown-example = La nueva contraseña es un ejemplo mostrado en esta página: cualquiera que haya visto la página la conoce. Elija sus propias palabras.
guessable-repeat = La nueva contraseña es fácil de adivinar: se repite, como «holahola».
guessable-sequence = La nueva contraseña es fácil de adivinar: contiene una secuencia como «abcd» o «1234».
guessable-keyboard = La nueva contraseña es fácil de adivinar: sigue un patrón del teclado como «qwerty» o «asdf».
guessable-common = La nueva contraseña es fácil de adivinar: se parece a una contraseña muy utilizada.
guessable-words = La nueva contraseña es fácil de adivinar: una sola palabra con cifras o un año se adivina rápidamente, aunque se cambie el orden de las letras.
guessable-date = La nueva contraseña es fácil de adivinar: los años y las fechas se adivinan rápidamente.
guessable-personal = La nueva contraseña es fácil de adivinar: los atacantes prueban primero partes de su dirección de correo electrónico o del nombre del proveedor.
guessable-phrase = La nueva contraseña es fácil de adivinar: es una expresión conocida. Los atacantes prueban primero este tipo de frases (saludos, refranes, títulos de canciones), también con espacios, números o signos de puntuación.
guessable-frequent-words = La nueva contraseña es fácil de adivinar: está formada por unas pocas palabras muy comunes.
guessable-place-or-club = La nueva contraseña es fácil de adivinar: los nombres de clubes y de lugares figuran en las listas de palabras de los atacantes, también con un año.
guessable-name = La nueva contraseña es fácil de adivinar: los atacantes prueban muy pronto nombres y años de nacimiento.
guessable-calendar = La nueva contraseña es fácil de adivinar: los meses, los días de la semana, las estaciones y los días festivos se adivinan rápidamente, también en su orden habitual.
guessable-number-words = La nueva contraseña es fácil de adivinar: los números escritos en letras, como «uno dos tres», se adivinan tan rápido como las cifras.
guessable-other = La nueva contraseña es demasiado fácil de adivinar.
guessable-tip = Mejor: varias palabras elegidas al azar que no tengan nada que ver entre sí.
directory-quality = La nueva contraseña no cumple los requisitos de calidad de su proveedor de correo. Elija otra.
directory-too-short = La nueva contraseña es más corta de lo que permite su proveedor de correo. Elija una más larga.
directory-too-long = La nueva contraseña es más larga de lo que permite su proveedor de correo. Elija una más corta.
directory-too-young = Su contraseña se cambió hace poco. Solo podrá volver a cambiarla después de un periodo de espera; hasta entonces, sigue siendo válida la contraseña actual.
directory-in-history = Ya ha utilizado esta contraseña anteriormente. Elija una que no haya utilizado nunca.
directory-not-allowed = Su proveedor de correo no permite cambiar aquí la contraseña de este buzón. Póngase en contacto con el soporte técnico.
directory-other = Su proveedor de correo no acepta esta contraseña. Elija otra.

## Reset links and the admin API

link-gone-heading = El enlace ya no es válido
link-gone = El enlace ha expirado o ya se ha utilizado: solicite un nuevo enlace a su administrador.
reset-intro = Establezca una nueva contraseña para su buzón. No necesita la contraseña actual.
admin-unauthorized = Clave de API ausente o desconocida.
admin-forbidden = Esta clave de API no está autorizada para esta operación en este buzón.
admin-no-such-mailbox = Este buzón no existe.

## Forgotten password and the recovery address

forgot-link = ¿Olvidó su contraseña?
forgot-title = Contraseña olvidada
forgot-intro = Escriba la dirección de su buzón. Si ha configurado una dirección de recuperación, le enviaremos a esa dirección un enlace para establecer una nueva contraseña.
forgot-button = Solicitar enlace
forgot-busy = Solicitando…
forgot-sent = Si este buzón tiene configurada una dirección de recuperación, le hemos enviado un enlace a esa dirección. El enlace es válido durante { $minutes } minutos.
forgot-no-address = Si no tiene una dirección de recuperación, póngase en contacto con su administrador: puede proporcionarle un enlace para restablecer la contraseña.
recovery-link = Configurar una dirección de recuperación por si olvida la contraseña
recovery-title = Dirección de recuperación
recovery-intro = Si olvida su contraseña, enviaremos a esta dirección un enlace para restablecerla. Utilice una dirección que no pertenezca a este buzón, por ejemplo, una personal.
recovery-current = Dirección configurada: { $address }
recovery-none = Todavía no hay ninguna dirección de recuperación configurada.
recovery-label = Nueva dirección de recuperación
recovery-button = Enviar enlace de confirmación
recovery-busy = Enviando…
recovery-not-writable = La dirección de recuperación no se puede cambiar aquí. Póngase en contacto con su administrador.
recovery-sent = Hemos enviado un enlace a { $address }. La dirección solo se guardará cuando abra ese enlace. El enlace es válido durante { $minutes } minutos.
recovery-saved = Se ha guardado la dirección de recuperación { $address }.
recovery-expired = El enlace de confirmación ha expirado o ya se ha utilizado. Vuelva a configurar la dirección.
recovery-confirm-question = ¿Desea que { $address } sea la dirección de recuperación del buzón { $mailbox }?
recovery-confirm-button = Confirmar dirección
recovery-unfit-not_an_address = Escriba una dirección de correo electrónico completa (nombre@dominio).
recovery-unfit-same_mailbox = La dirección de recuperación debe ser distinta de la de este buzón.
recovery-unfit-same_domain = La dirección de recuperación no puede pertenecer al dominio de este buzón: quien ha olvidado la contraseña a menudo tampoco puede leer esos correos.
recovery-unfit-not_ascii = Use una dirección sin tildes ni otros caracteres especiales antes de la @: muchos servidores de correo no entregan mensajes a esas direcciones.
back-to-password = Volver a la nueva contraseña

## The notification mail

mail-subject = Se ha cambiado la contraseña de su buzón de correo
mail-body =
    Buenos días:

    La contraseña del buzón { $mailbox } se cambió el { $time }.
    Dirección IP de origen: { $ip }.

    ¿Realizó usted este cambio? En ese caso, todo está en orden. Los programas de correo de sus otros dispositivos le pedirán la nueva contraseña; escríbala allí.

    ¿No realizó usted este cambio? En ese caso, póngase en contacto de inmediato con el soporte técnico{ $support }.

    Este mensaje se ha generado automáticamente.
mail-unknown-ip = desconocida
mail-subject-admin = Su administrador ha restablecido la contraseña de su buzón de correo
mail-body-admin =
    Buenos días:

    Su administrador restableció la contraseña del buzón { $mailbox } el { $time }.
    Dirección IP de origen: { $ip }.

    La contraseña anterior ya no es válida. Su administrador le facilitará la nueva; los programas de correo de sus dispositivos se la pedirán.

    ¿No esperaba este cambio? En ese caso, póngase en contacto de inmediato con el soporte técnico{ $support }.

    Este mensaje se ha generado automáticamente.
mail-subject-reset = Se ha restablecido la contraseña de su buzón de correo mediante un enlace
mail-body-reset =
    Buenos días:

    La contraseña del buzón { $mailbox } se restableció el { $time } mediante un enlace de restablecimiento.
    Dirección IP de origen: { $ip }.

    ¿Realizó usted este cambio? En ese caso, todo está en orden. Los programas de correo de sus otros dispositivos le pedirán la nueva contraseña; escríbala allí.

    ¿No realizó usted este cambio? En ese caso, póngase en contacto de inmediato con el soporte técnico{ $support }.

    Este mensaje se ha generado automáticamente.
mail-forgot-subject = Enlace para restablecer la contraseña de su correo electrónico
mail-forgot-body =
    Buenos días:

    El { $time } se solicitó una nueva contraseña para el buzón { $mailbox }.
    Dirección IP de origen: { $ip }.

    Con este enlace puede establecer una nueva contraseña. El enlace es válido durante { $minutes } minutos y solo puede usarse una vez:

    { $link }

    ¿No hizo usted esta solicitud? En ese caso, elimine este mensaje; su contraseña no cambiará. Si tiene preguntas, póngase en contacto con el soporte técnico{ $support }.

    Este mensaje se ha generado automáticamente.
mail-confirm-subject = Confirme su dirección de recuperación
mail-confirm-body =
    Buenos días:

    Se ha solicitado configurar esta dirección como dirección de recuperación del buzón { $mailbox }, por si se olvida su contraseña.
    La solicitud se realizó el { $time }.
    Dirección IP de origen: { $ip }.

    Si está de acuerdo, abra este enlace, válido durante { $minutes } minutos:

    { $link }

    En caso contrario, elimine este mensaje; no se guardará nada. Si tiene preguntas, póngase en contacto con el soporte técnico{ $support }.

    Este mensaje se ha generado automáticamente.
mail-recovery-changed-subject = Se ha cambiado la dirección de recuperación de su buzón de correo
mail-recovery-changed-body =
    Buenos días:

    Desde el { $time }, la dirección de recuperación del buzón { $mailbox } es { $address }. Los enlaces para restablecer la contraseña se envían a esa dirección.
    Dirección IP de origen: { $ip }.

    ¿No realizó usted este cambio? En ese caso, póngase en contacto de inmediato con el soporte técnico{ $support }.

    Este mensaje se ha generado automáticamente.

## Numbers, sizes and times

# The separator of decimal places ("1,2 GB").
decimal-separator = ,
size = { $value } { $unit }
# A date and time in mails, as a strftime pattern; the zone follows.
mail-time-format = %d/%m/%Y (%H:%M, %Z)
