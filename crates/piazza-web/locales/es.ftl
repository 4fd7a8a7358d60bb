# Piazza — español. Cada texto visible para las personas usuarias está aquí y en sus traducciones.
# Marcadores: $n es un número ya escrito según el idioma; $count elige la forma del plural.

site-name = Piazza
skip-to-content = Saltar al contenido principal
nav-label = Menú principal
nav-communities = Comunidades
nav-organisations = Organizaciones
nav-admin = Administración
nav-account = Tu cuenta
nav-sign-in = Iniciar sesión
nav-sign-out = Cerrar sesión
nav-register = Crear una cuenta
language-label = Idioma
language-submit = Cambiar
language-name-en = English
language-name-it = Italiano
language-name-ar = العربية
language-name-es = Español
language-name-fr = Français
language-name-de = Deutsch
language-name-uk = Українська
language-name-ro = Română
language-name-fa = فارسی
footer-text = Piazza: servicios públicos creados junto con la gente que vive aquí. Código abierto, sin rastreo.
# Entre los elementos de una lista escrita en línea.
list-separator = { ", " }
back-to-front-page = Ir a la página de inicio

date-long = { $day } de { $month } de { $year }
date-time-utc = { $date }, { $time } UTC
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre

front-title = Comunidades
front-heading = Decide con tu gente lo que necesita tu lugar
front-intro = Piazza es el lugar donde ciudades, pueblos y aldeas dan forma a sus servicios públicos junto con la gente que vive en ellos. Elige tu comunidad para ver qué se está decidiendo y cómo participar.
front-join = Crea una cuenta para participar
front-other-communities = Otras comunidades
front-no-communities = Todavía no hay comunidades.
region-no-communities = Todavía no hay comunidades en esta región.
region-communities = Comunidades de esta región
population-count = { $count ->
    [one] { $n } habitante
   *[other] { $n } habitantes
}

community-kind-municipality = Municipio
community-kind-neighbourhood = Barrio
community-kind-rural-community = Comunidad rural
community-kind-region = Región
settlement-type-urban = Urbano
settlement-type-peri-urban = Periurbano
settlement-type-rural = Rural
role-administrator = Administrador/a de la comunidad
role-official = Responsable público
role-facilitator = Facilitador/a
role-moderator = Moderador/a
helix-role-public-authority = Administración pública
helix-role-academia = Universidad e investigación
helix-role-business = Empresa
helix-role-civil-society = Sociedad civil

community-facts = Sobre esta comunidad
community-residents = Habitantes en Piazza
community-people = Quién se ocupa de esta comunidad
community-no-roles = Todavía nadie tiene un rol aquí.
community-organisations = Organizaciones con sede aquí
community-no-organisations = Todavía no hay ninguna organización con sede aquí.
community-settings-link = Configuración
community-roles-link = Roles
community-settings-title = Configuración de { $community }
community-new-title = Nueva comunidad
community-create-submit = Crear la comunidad
community-text-legend = Presentación ({ $language })
text-in-language = Idioma de este texto: { $language }.

roles-title = Roles en { $community }
roles-grant-heading = Dar un rol a alguien
roles-grant-submit = Dar el rol
roles-current-heading = Roles actuales
roles-history-heading = Historial de roles
roles-revoke-submit = Quitar
roles-revoke-whom = el rol de { $name }
role-still-held = Todavía activo
column-person = Persona
column-since = Desde
column-granted = Dado
column-revoked = Quitado
column-action = Acciones
by-person = por { $name }

organisations-title = Organizaciones
organisations-intro = Organismos públicos, universidades, empresas y grupos de la sociedad civil: los cuatro socios que crean los servicios públicos junto con la gente que vive aquí.
organisations-none-in-role = Todavía ninguna.
organisation-new-link = Registrar una organización
organisation-new-title = Registrar una organización
organisation-create-submit = Registrar la organización
members-heading = { $count ->
    [one] { $n } miembro
   *[other] { $n } miembros
}
member-manager = gestor/a
member-add-heading = Añadir un miembro
member-add-submit = Añadir el miembro
member-remove-submit = Quitar
member-remove-whom = { $name } de la organización

register-title = Crear una cuenta
register-intro = Solo necesitas un nombre de usuario y una contraseña. Nunca te pediremos tu nombre real.
register-submit = Crear la cuenta
register-have-account = ¿Ya tienes una cuenta?
sign-in-title = Iniciar sesión
sign-in-submit = Entrar
sign-in-forgot = ¿Olvidaste tu contraseña?
sign-in-no-account = ¿Es tu primera vez aquí?
account-title = Tu cuenta
account-username = Tu nombre de usuario es { $username }.
account-profile-heading = Tu perfil
account-change-password-link = Cambiar tu contraseña
account-roles-heading = Tus roles
account-no-roles = No tienes ningún rol en ninguna comunidad.
account-organisations-heading = Tus organizaciones
account-no-organisations = No eres miembro de ninguna organización.
password-title = Cambiar tu contraseña
password-submit = Cambiar la contraseña
password-other-sessions = Al cambiar tu contraseña, se cerrará tu sesión en todos los demás lugares.
reset-request-title = Restablecer tu contraseña
reset-request-intro = Escribe tu nombre de usuario o tu correo electrónico. Si la cuenta tiene un correo electrónico, te enviaremos allí un enlace para elegir una nueva contraseña.
reset-request-submit = Enviar el enlace
reset-request-no-email = Si no tienes correo electrónico, pide ayuda a una persona facilitadora o a quien administra tu comunidad.
reset-requested-notice = Si esa cuenta tiene un correo electrónico, ya se ha enviado un enlace para restablecer la contraseña. El enlace funciona durante una hora.
reset-title = Elige una nueva contraseña
reset-submit = Guardar la nueva contraseña
reset-link-invalid = Este enlace ha caducado o ya se ha usado.
reset-request-again = Pedir un nuevo enlace
reset-mail-subject = Restablece tu contraseña de Piazza
reset-mail-greeting = Hola, { $name }:
reset-mail-body = Alguien ha pedido restablecer la contraseña de tu cuenta de Piazza. Para elegir una nueva contraseña, abre este enlace antes de que pase una hora:
reset-mail-ignore = Si no lo pediste tú, puedes ignorar este mensaje: tu contraseña sigue igual.
welcome-notice = ¡Te damos la bienvenida a Piazza, { $name }!
saved-notice = Se han guardado tus cambios.

admin-title = Administración
admin-accounts = Cuentas
admin-pending-mail = Mensajes pendientes de envío

field-username = Nombre de usuario
field-username-or-email = Nombre de usuario o correo electrónico
field-display-name = Nombre visible
field-display-name-optional = Nombre visible (opcional)
field-email-optional = Correo electrónico (opcional)
field-password = Contraseña
field-new-password = Nueva contraseña
field-current-password = Contraseña actual
field-password-confirmation = Escribe la contraseña otra vez
field-home-community-optional = Tu comunidad (opcional)
field-name = Nombre
field-slug = Nombre corto para la dirección
field-kind = Tipo
field-settlement-type = Tipo de asentamiento
field-population = Población
field-population-optional = Población (opcional)
field-region = Región
field-region-optional = Región (opcional)
field-default-language = Idioma principal
field-offered-languages = Idiomas disponibles
field-languages = Idiomas
field-tagline = Lema
field-description = Descripción
field-description-optional = Descripción (opcional)
field-role = Rol
field-helix-role = Tipo de organización
field-community = Comunidad
field-community-optional = Comunidad (opcional)
field-website = Sitio web
field-website-optional = Sitio web (opcional)
option-none = Ninguno
save-submit = Guardar
hint-username = De 3 a 32 caracteres: letras minúsculas, números, puntos, guiones o guiones bajos. Las demás personas pueden verlo.
hint-display-name = El nombre que aparece junto a lo que escribes. No tiene que ser tu nombre real.
hint-email = Solo para restablecer tu contraseña. Nunca se muestra a nadie.
hint-password = Al menos 10 caracteres. Unas cuantas palabras que puedas recordar son una buena contraseña.
hint-home-community = Donde vives o participas.
hint-slug = Letras minúsculas, números y guiones, como san-vito. Aparece en la dirección de la página.
hint-population = Un número entero, como 8940.
hint-grant-username = El nombre de usuario de la persona, tal como aparece en la página de su cuenta.
hint-member-username = El nombre de usuario de la persona que quieres añadir.
hint-helix-role = Administración pública, universidad, empresa o sociedad civil.

error-summary-title = Hay un problema
error-prefix = Error:
error-title-prefix = Error:
error-control-characters = Quita los caracteres de control invisibles.
error-username-required = Escribe un nombre de usuario.
error-username-length = El nombre de usuario debe tener entre 3 y 32 caracteres.
error-username-characters = Usa solo letras minúsculas, números, puntos, guiones y guiones bajos, y empieza con una letra o un número.
error-username-taken = Este nombre de usuario ya está ocupado. Elige otro.
error-display-name-required = Escribe un nombre visible.
error-display-name-length = El nombre visible debe tener como máximo 60 caracteres.
error-email-invalid = Escribe un correo electrónico como nombre@example.org, o déjalo vacío.
error-password-required = Escribe una contraseña.
error-password-too-short = La contraseña debe tener al menos 10 caracteres.
error-password-too-long = La contraseña debe tener como máximo 256 caracteres.
error-password-mismatch = Las dos contraseñas no son iguales.
error-current-password-wrong = Esta no es tu contraseña actual.
error-sign-in-failed = El nombre de usuario o la contraseña no son correctos.
error-sign-in-throttled = { $minutes ->
    [one] Demasiados intentos fallidos. Vuelve a intentarlo dentro de { $minutes_shown } minuto.
   *[other] Demasiados intentos fallidos. Vuelve a intentarlo dentro de { $minutes_shown } minutos.
}
error-reset-target-required = Escribe tu nombre de usuario o tu correo electrónico.
error-community-unknown = Elige una comunidad de la lista.
error-account-unknown = Nadie tiene este nombre de usuario.
error-role-already-held = Esta persona ya tiene este rol aquí.
error-already-member = Esta persona ya es miembro.
error-last-manager = Una organización necesita al menos una persona gestora.
error-choose-one = Elige una de las opciones.
error-name-required = Escribe un nombre.
error-name-length = El nombre es demasiado largo: escribe uno más corto.
error-slug-required = Escribe un nombre corto para la dirección.
error-slug-invalid = Usa de 2 a 48 letras minúsculas, números y guiones sueltos, sin guion al principio ni al final.
error-slug-taken = Este nombre corto ya está ocupado. Elige otro.
error-population-invalid = Escribe la población como un número entero, o déjala vacía.
error-parent-self = Una comunidad no puede ser su propia región.
error-parent-not-region = Elige una región.
error-description-length = La descripción debe tener como máximo 2000 caracteres.
error-website-invalid = Escribe una dirección que empiece por https:// o http://, o déjala vacía.
error-not-found-title = No se encontró la página
error-not-found-body = No hay ninguna página en esta dirección. Revisa la dirección o vuelve a empezar desde la página de inicio.
error-forbidden-title = No puedes hacer esto
error-forbidden-body = Esta página o acción es para personas con otro rol. Si crees que deberías tener acceso, pregunta a quien administra tu comunidad.
error-too-large-title = Demasiado texto
error-too-large-body = Lo que enviaste es más grande de lo que acepta cualquier formulario de aquí. Vuelve atrás, acorta el texto y envíalo otra vez.
error-bad-request-title = No se pudo leer el formulario
error-bad-request-body = Lo que llegó no es un formulario que esta página entienda. Vuelve atrás y envíalo otra vez.
error-internal-title = Algo salió mal
error-internal-body = Piazza no pudo completar tu solicitud. No se guardó nada de lo que escribiste. Vuelve a intentarlo en un momento, por favor.

## Procesos participativos y propuestas

community-processes-link = Procesos participativos
processes-title = Procesos participativos en { $community }
processes-none = Todavía no se ha abierto ningún proceso participativo aquí.
process-new-title = Abrir un proceso participativo
process-create-submit = Abrir el proceso
process-phases-heading = Fases
phase-number = Fase { $n }
process-now-heading = Participa ahora
process-nothing-now = Ahora mismo no hay nada que hacer en este proceso.
process-see-proposals = { $count ->
    [0] Todavía no hay propuestas
    [one] Ver { $n } propuesta
   *[other] Ver las { $n } propuestas
}
process-timeline-heading = Calendario
process-about-heading = Sobre este proceso
process-decisions-heading = Lo decidido hasta ahora
process-no-decisions = Todavía no se ha tomado ninguna decisión.
easy-read-heading = En palabras sencillas
back-to-process = Volver al proceso
stage-running = Fase actual: { $phase }.
stage-not-started = El proceso se abre el { $date }.
stage-waiting = La siguiente fase se abre el { $date }.
stage-closed = Este proceso está cerrado.
phase-current = ahora
phase-dates = Desde el { $start }
phase-until = hasta el { $end }
phase-allows-nothing = Solo información.
phase-kind-inform = Información
phase-kind-ideate = Ideas
phase-kind-co-design = Codiseño
phase-kind-prioritise = Priorización
phase-kind-implement = Ejecución
phase-kind-evaluate = Evaluación
activity-proposals = Hacer propuestas
activity-supports = Apoyar propuestas
activity-comments = Comentar
activity-amendments = Proponer enmiendas
activity-meetings = Asistir a reuniones

proposals-title = Propuestas: { $process }
proposals-found = { $count ->
    [one] { $n } propuesta
   *[other] { $n } propuestas
}
proposals-none = Ninguna propuesta coincide.
proposal-new-title = Hacer una propuesta
proposal-create-submit = Publicar la propuesta
proposal-authors = Autoría
proposal-published = Publicada
former-participant = una persona que ya no participa
proposal-state-published = Publicada
proposal-state-withdrawn = Retirada por sus autores
proposal-state-evaluating = En evaluación
proposal-state-accepted = Aceptada
proposal-state-rejected = Rechazada
proposal-state-implemented = Realizada
supports-count = { $count ->
    [one] { $n } apoyo
   *[other] { $n } apoyos
}
threshold-explained = { $count ->
    [one] Con { $n } apoyo, una propuesta pasa a los responsables públicos para que la evalúen.
   *[other] Con { $n } apoyos, una propuesta pasa a los responsables públicos para que la evalúen.
}
proposal-state-merged = Unida a otra propuesta
proposal-merged-into = unida a
field-merge-into = Unir a (solo para unir propuestas)
hint-merge-into = La propuesta de este proceso que incorpora a esta. Explica el motivo en la respuesta.
error-merge-target = Elige la propuesta a la que quieres unir esta.
support-submit = Apoyar esta propuesta
unsupport-submit = Retirar mi apoyo
you-support = Apoyas esta propuesta.
sign-in-to-support = Inicia sesión para apoyar esta propuesta
sign-in-to-propose = Inicia sesión para hacer una propuesta
supports-closed = Ahora no se están recogiendo apoyos.
withdraw-submit = Retirar la propuesta
official-answer-heading = La respuesta oficial
decide-heading = Decidir sobre esta propuesta
decide-submit = Publicar la decisión
history-heading = Qué ha pasado con esta propuesta
reason-threshold = alcanzó el número de apoyos necesario
notice-supported = Se ha contado tu apoyo.
notice-threshold = Se ha contado tu apoyo, y la propuesta pasa ahora a los responsables públicos para que la evalúen.
notice-unsupported = Se ha retirado tu apoyo.
notice-answered = Se ha publicado la decisión.
notice-withdrawn = Se ha retirado la propuesta.
not-now-proposals = Solo se pueden hacer propuestas durante una fase que las acepte. Mira el calendario del proceso.
not-now-supports = Solo se pueden dar o retirar apoyos durante una fase que los recoja.
not-now-activity = La fase actual del proceso no permite hacer esto.
not-now-proposal-closed = Esta propuesta está cerrada: ya no se puede apoyar ni retirar.
not-now-overtaken = Alguien cambió esta propuesta mientras la leías. Aquí la tienes tal como está ahora: revísala y vuelve a intentarlo.

field-title = Título
field-summary = Resumen en lenguaje claro
field-easy-read-optional = Resumen en lectura fácil (opcional)
field-support-threshold = Apoyos necesarios para la evaluación
field-phase-kind = Tipo de fase
field-starts-on = Primer día
field-ends-on = Último día
field-phase-allows = Durante esta fase la gente puede
field-proposal-body = Tu propuesta
field-category = Categoría
field-category-optional = Categoría (opcional)
field-address = Dirección
field-address-optional = Dirección (opcional)
field-state = Estado
field-answered = Respuesta oficial
field-sort = Orden
field-new-state = Nuevo estado
field-answer = Respuesta pública
option-any = Cualquiera
option-answered = Respondida
option-not-answered = Todavía sin respuesta
option-no-phase = Sin fase
sort-shuffled = Al azar, para no favorecer a ninguna propuesta
sort-newest = Las más nuevas primero
sort-supported = Las más apoyadas primero
filter-submit = Mostrar
pagination-label = Páginas
pagination-previous = Página anterior
pagination-next = Página siguiente
pagination-position = Página { $position }
hint-summary = Explica en unas pocas frases sencillas qué se va a decidir y cómo puede participar la gente.
hint-easy-read = Frases cortas y palabras comunes, para las personas a las que les cuesta leer.
hint-markdown = Puedes usar Markdown: **negrita**, *cursiva*, listas y enlaces.
hint-support-threshold = Un número entero, como 50.
hint-phases = Rellena una fila por fase, en orden. Deja vacías las filas que no necesites.
hint-proposal-title = Entre 5 y 150 caracteres: di qué propones.
hint-address = Dónde se haría, si se trata de un lugar.
hint-answer = Se muestra en público junto con la decisión. Es obligatoria si se rechaza la propuesta.
error-summary-required = Escribe un resumen breve.
error-summary-length = El resumen es demasiado largo: que tenga menos de 600 caracteres.
error-easy-read-length = El resumen en lectura fácil es demasiado largo: que tenga menos de 1500 caracteres.
error-description-required = Escribe una descripción.
error-long-description-length = La descripción es demasiado larga: que tenga menos de 20 000 caracteres.
error-threshold-invalid = Escribe un número entero de apoyos, como mínimo 1.
error-date-invalid = Escribe una fecha como 2026-03-31.
error-phase-ends-before-start = El último día es anterior al primer día.
error-phase-overlaps = Esta fase empieza antes de que termine la anterior.
error-phases-required = Dale al proceso al menos una fase.
error-title-too-short = El título debe tener al menos 5 caracteres.
error-title-required = Escribe un título.
error-title-length = El título es demasiado largo: que tenga como máximo 150 caracteres.
error-body-required = Escribe tu propuesta.
error-body-length = La propuesta es demasiado larga: que tenga menos de 10 000 caracteres.
error-text-too-long = Esto es demasiado largo.
error-answer-required = Explica los motivos de esta decisión.
error-answer-length = La respuesta es demasiado larga: que tenga menos de 5000 caracteres.

## Comentarios

comments-heading = { $count ->
    [0] Comentarios
    [one] { $n } comentario
   *[other] { $n } comentarios
}
comments-order = Orden:
comments-oldest = los más antiguos primero
comments-newest = los más nuevos primero
comments-supported = los más apoyados primero
comments-closed = Ahora no se están recogiendo comentarios.
comment-new-heading = Añadir un comentario
comment-submit = Publicar el comentario
comment-reply-title = Responder a un comentario
comment-reply-submit = Publicar la respuesta
comment-reply-link = Responder
comment-edit-title = Editar tu comentario
comment-edit-link = Editar
comment-delete-submit = Borrar
comment-support-submit = Apoyar
comment-number = comentario { $n }
comment-edited = editado
comment-deleted = Su autor o autora borró este comentario.
comment-in-reply-to = En respuesta a { $name }
comment-back = Volver a la conversación
sign-in-to-comment = Inicia sesión para comentar
field-stance = Tu postura
field-comment = Tu comentario
stance-in-favour = A favor
stance-against = En contra
stance-neutral = Neutral
error-comment-required = Escribe tu comentario.
error-comment-length = El comentario es demasiado largo: que tenga como máximo 3000 caracteres.
error-reply-too-deep = Las respuestas llegan como máximo a tres niveles: responde a un comentario anterior de esta conversación.

## Versiones de una propuesta

not-now-editing = Cuando una propuesta tiene un apoyo o un comentario, su texto ya no se puede editar directamente.
proposal-edit-title = Editar la propuesta
proposal-edit-intro = Puedes cambiar el texto hasta que la propuesta reciba su primer apoyo o comentario. Todas las versiones quedan a la vista de todo el mundo.
proposal-edit-submit = Guardar la nueva versión
versions-title = Historial del texto: { $proposal }
versions-intro = Todas las versiones de la propuesta, de la más nueva a la más antigua, con lo que cambió respecto a la anterior.
version-number = Versión { $n }
versions-link = { $count ->
    [one] Historial del texto (una versión)
   *[other] Historial del texto ({ $n } versiones)
}
diff-added = añadido
diff-removed = quitado

## Enmiendas

amendments-heading = { $count ->
    [0] Enmiendas
    [one] { $n } enmienda
   *[other] { $n } enmiendas
}
amendment-new-title = Proponer una enmienda
amendment-new-intro = Cambia el texto como crees que debería quedar y explica por qué. Los autores de la propuesta aceptan o rechazan tu enmienda, y todo el mundo puede leer su respuesta.
amendment-submit = Proponer la enmienda
amendment-by = Enmienda de { $name }
amendment-pending = Esperando a los autores
amendment-accepted = Aceptada por los autores
amendment-rejected = Rechazada por los autores
amendment-answer = La respuesta de los autores
amendment-accept-submit = Aceptar esta enmienda
amendment-reject-submit = Rechazar esta enmienda
field-amendment-reason = Motivo
field-rejection-reason = Por qué la rechazas (obligatorio para rechazar)
hint-amendment-reason = Qué mejora tu cambio, en pocas palabras.
version-from-amendment = a partir de una enmienda de { $name }
error-reason-required = Indica un motivo.
error-reason-length = El motivo es demasiado largo: que tenga como máximo 1000 caracteres.
error-amendment-unchanged = La enmienda todavía no cambia nada.

## Coautoría

coauthors-heading = Coautoría
coauthor-invited = invitación enviada, esperando respuesta
coauthor-invite-submit = Invitar
field-invitee-kind = Invitar a
field-invitee = Nombre de usuario o nombre corto de la organización
hint-invitee = Una persona acepta por sí misma; en una organización, acepta una de sus personas gestoras.
option-person = una persona
option-organisation = una organización
invitation-heading = Te invitan a ser coautor o coautora de esta propuesta
invitation-explained = Como coautor o coautora, apareces entre los autores de la propuesta, puedes cambiar su texto mientras esté permitido y respondes a sus enmiendas.
invitation-accept-submit = Aceptar
invitation-decline-submit = Rechazar
invitation-for-organisation = en nombre de { $organisation }
account-invitations-heading = Invitaciones de coautoría
notice-invited = Se ha enviado la invitación.
error-invitee-required = Escribe un nombre de usuario o el nombre corto de una organización.
error-organisation-unknown = Ninguna organización tiene este nombre corto.
error-already-author = Esta persona ya figura entre los autores de la propuesta.
error-already-invited = Ya se le ha invitado.

## Moderación
content-kind-proposal = Propuesta
content-kind-comment = Comentario
content-kind-amendment = Enmienda
proposal-number = propuesta { $n }
amendment-number = enmienda { $n }
report-reason-spam = Spam o publicidad
report-reason-offensive = Ofensivo, de odio o amenazante
report-reason-off-topic = No tiene que ver con el tema
report-reason-personal-data = Comparte datos personales de alguien
report-reason-other = Otra cosa
moderation-state-reported = Denunciado, todavía visible
moderation-state-pending = Oculto tras varias denuncias, esperando revisión
moderation-state-hidden = Ocultado por el equipo de moderación
moderation-state-restored = Restablecido
moderation-action-hidden-by-reports = Oculto tras varias denuncias, hasta que el equipo de moderación lo revise
moderation-action-hide = Ocultado por el equipo de moderación
moderation-action-restore = Restablecido por el equipo de moderación
moderation-action-uphold = Sigue oculto tras la revisión
moderation-action-block = Persona bloqueada en esta comunidad
moderation-action-unblock = Bloqueo quitado
not-now-blocked = El equipo de moderación te ha bloqueado y no puedes participar en esta comunidad. El motivo está en el registro de moderación de la comunidad.
report-link = Denunciar
report-proposal-link = Denunciar esta propuesta
report-title = Denunciar: { $kind }
report-back = Volver a la contribución
report-intro = Cuéntale al equipo de moderación qué está mal. Lo revisarán; la persona que lo escribió nunca sabrá quién lo denunció.
field-report-reason = ¿Por qué lo denuncias?
field-report-details = Más detalles
hint-report-details = Opcional, salvo si elegiste “Otra cosa”. Como máximo 1000 caracteres.
report-submit = Enviar la denuncia
report-recorded = Gracias. Tu denuncia ha llegado al equipo de moderación.
report-already = Ya lo habías denunciado; tu denuncia anterior sigue contando.
report-hidden = Gracias. Tras varias denuncias, ahora está oculto hasta que el equipo de moderación lo revise.
error-report-own = No puedes denunciar tu propia contribución.
error-report-details-required = Explica en pocas palabras qué está mal.
moderation-hide-now-heading = Ocultar ahora (moderación)
field-public-reason = Motivo público
hint-public-reason = Todo el mundo leerá esto en lugar del texto oculto y en el registro de moderación.
moderation-hide-submit = Ocultar
moderation-restore-submit = Restablecer
moderation-uphold-submit = Mantener oculto
hidden-by-moderator = Ocultado por el equipo de moderación: { $reason }
hidden-pending-review = Oculto tras varias denuncias, hasta que el equipo de moderación lo revise.
hidden-proposal-title = Propuesta oculta
appeal-link = Apelar esta decisión
appeal-title = Apelar una decisión de moderación
appeal-intro = Si crees que el equipo de moderación se equivocó, explícale por qué. Puedes apelar una sola vez; alguien del equipo de moderación volverá a revisarlo y restablecerá tu contribución o la mantendrá oculta.
field-appeal = ¿Por qué debería restablecerse?
hint-appeal = Como máximo 2000 caracteres.
appeal-submit = Enviar la apelación
appeal-yours-heading = Tu apelación
appeal-waiting = Alguien del equipo de moderación revisará tu apelación.
appeal-answered = El equipo de moderación ha revisado tu apelación. La decisión y su motivo aparecen más arriba.
appeal-not-possible = Esta contribución no está oculta, o ya se ha apelado.
error-appeal-required = Explica por qué debería restablecerse.
error-appeal-once = Una decisión solo se puede apelar una vez.
moderation-title = Moderación en { $community }
moderation-queue-link = Cola de moderación
moderation-log-link = Registro de moderación
moderation-queue-heading = { $count ->
    [0] Nada pendiente
    [one] { $n } contribución pendiente
   *[other] { $n } contribuciones pendientes
}
moderation-queue-empty = No hay nada pendiente de revisión.
moderation-report-count = { $count ->
    [0] ninguna denuncia
    [one] { $n } denuncia
   *[other] { $n } denuncias
}
moderation-appeal-label = El autor o la autora apela:
moderation-blocks-heading = Personas bloqueadas
moderation-blocks-empty = No hay nadie bloqueado en esta comunidad.
moderation-block-heading = Bloquear a una persona
hint-block-reason = Una persona bloqueada puede seguir leyéndolo todo, pero ya no puede proponer, comentar, enmendar, apoyar ni denunciar aquí. El motivo es público.
moderation-block-submit = Bloquear
moderation-unblock-submit = Quitar el bloqueo
error-block-self = No puedes bloquear tu propia cuenta.
error-already-blocked = Esta persona ya está bloqueada.
moderation-settings-heading = Configuración
field-report-threshold = Denuncias que ocultan una contribución
hint-report-threshold = Una contribución con este número de denuncias queda oculta hasta que el equipo de moderación la revise.
error-report-threshold = Escribe un número entero de { $min_shown } a { $max_shown }.
moderation-done-hidden = Ocultado. El motivo está en el registro público.
moderation-done-restored = Restablecido. Vuelve a estar visible.
moderation-done-upheld = Sigue oculto. Se ha respondido al autor o autora.
moderation-done-blocked = La persona está bloqueada en esta comunidad.
moderation-done-unblocked = Se ha quitado el bloqueo.
moderation-done-threshold = Se ha guardado el número de denuncias.
moderation-log-title = Registro de moderación de { $community }
moderation-log-intro = Cada contribución ocultada o restablecida y cada persona bloqueada aquí, con el motivo del equipo de moderación. Nunca se muestra quién denunció qué.
moderation-log-empty = Todavía no se ha moderado nada.
moderation-no-reason = Sin motivo indicado
column-when = Cuándo
column-concerning = Sobre
column-reason = Motivo

## Notificaciones
nav-notifications = Notificaciones
nav-notifications-unread = { $count ->
    [one] Notificaciones ({ $n } nueva)
   *[other] Notificaciones ({ $n } nuevas)
}
notifications-title = Tus notificaciones
notifications-empty = Todavía nada. Sigue un proceso o una propuesta para saber qué pasa con ellos; sigues automáticamente tus propias propuestas y las conversaciones en las que participas.
notifications-new = Nuevas:
notifications-mark-read = Marcar todas como leídas
notifications-done-read = Todas tus notificaciones están marcadas como leídas.
notifications-email-heading = Notificaciones por correo electrónico
notifications-no-email = Tu cuenta no tiene correo electrónico, así que Piazza no puede escribirte. Puedes añadir uno en la página de tu cuenta.
field-email-frequency = ¿Cada cuánto quieres que Piazza te escriba?
email-frequency-immediate = Enseguida, un correo por cada notificación
email-frequency-daily = Una vez al día, un resumen de todo lo nuevo
email-frequency-never = Nunca; las leo aquí
notification-new-proposal = { $name } hizo una nueva propuesta: “{ $title }”
notification-comment = { $name } comentó en “{ $title }”
notification-reply = { $name } respondió a tu comentario en “{ $title }”
notification-amendment = { $name } propuso una enmienda a “{ $title }”
notification-amendment-answered = Tu enmienda a “{ $title }”: { $detail }
notification-state-changed = “{ $title }” ahora está: { $detail }
notification-invitation = { $name } te invitó a ser coautor o coautora de “{ $title }”
notification-threshold = “{ $title }” tiene los apoyos que necesitaba y pasa a los responsables públicos para que la evalúen.
notification-awaits-evaluation = “{ $title }” alcanzó su umbral y espera tu evaluación y tu respuesta pública.
notification-hidden = Se ocultó tu contribución en “{ $title }”. { $detail }
notification-mail-footer = Recibes esto porque lo sigues o participaste. Elige cada cuánto te escribe Piazza, o deja de recibir estos correos, en { $link }
digest-mail-subject = { $count ->
    [one] Tus novedades de Piazza: { $n } notificación
   *[other] Tus novedades de Piazza: { $n } notificaciones
}
follow-submit = Seguir
unfollow-submit = Dejar de seguir
following-now = Sigues esto y te avisaremos de lo que pase.

## Búsqueda
search-title = Buscar en { $community }
search-results-title = Resultados de la búsqueda de “{ $query }”
search-label = Palabras que buscar
search-kind-label = Mostrar
search-kind-all = Todo
search-kind-process = Procesos
search-kind-proposal = Propuestas
search-kind-comment = Comentarios
search-kind-meeting = Reuniones
search-submit = Buscar
search-count = { $count ->
    [0] Ningún resultado
    [one] { $n } resultado
   *[other] { $n } resultados
}
search-nothing = Nada contiene todas estas palabras. Prueba con menos palabras o con palabras más cortas, o escríbelas de otra forma.

## Reuniones
meeting-format-in-person = Presencial
meeting-format-online = En línea
meeting-format-hybrid = Presencial y en línea
meeting-access-step-free = Acceso sin escalones
meeting-access-hearing-loop = Bucle magnético
meeting-access-sign-language = Interpretación en lengua de signos
meeting-access-interpretation = Interpretación a otros idiomas
meeting-access-childcare = Cuidado de niños y niñas
meeting-access-quiet-room = Sala tranquila
not-now-meeting-over = Esta reunión ya terminó: la inscripción está cerrada.
not-now-meetings = La inscripción en reuniones solo se abre durante una fase con reuniones. Mira el calendario del proceso.
error-web-address = Escribe una dirección que empiece por https:// o http://.
error-address-required = Di dónde se hace la reunión.
error-time-invalid = Escribe una hora con horas y minutos, como 18:30.
error-meeting-ends-before-start = La reunión debe terminar después de empezar.
error-capacity-invalid = Escribe un número entero de plazas de 1 a 100000, o déjalo vacío si no hay límite.
error-minutes-too-early = El acta se puede escribir cuando la reunión ya haya empezado.
error-minutes-required = Escribe el acta.
error-minutes-length = El acta es demasiado larga: que tenga como máximo 20 000 caracteres.
process-see-meetings = { $count ->
    [0] Todavía no hay reuniones
    [one] Ver { $n } reunión
   *[other] Ver las { $n } reuniones
}
meetings-title = Reuniones de { $process }
meeting-new-title = Organizar una reunión
meetings-upcoming = Próximas
meetings-none-upcoming = Todavía no hay ninguna reunión prevista.
meetings-past = Reuniones pasadas
meetings-none-past = Todavía no se ha hecho ninguna reunión.
field-meeting-description = Para qué es la reunión
field-meeting-format = Dónde se hace
field-meeting-address = Dirección
hint-meeting-address = Necesaria para una reunión presencial. Explica cómo encontrar la sala si es difícil de encontrar.
field-meeting-link = Enlace para unirse en línea
hint-meeting-link = Necesario para una reunión en línea. Solo lo ven las personas inscritas.
field-meeting-date = Fecha
hint-meeting-date = Como año-mes-día, por ejemplo 2026-12-03.
field-meeting-starts = Empieza a las
field-meeting-ends = Termina a las
hint-meeting-time = Con horas y minutos en UTC, como 18:30.
field-meeting-capacity = Plazas
hint-meeting-capacity = Déjalo vacío si no hay límite. Cuando se ocupen las plazas, la gente entra en una lista de espera.
field-meeting-access = Accesibilidad
field-meeting-access-notes = Más sobre accesibilidad
hint-meeting-access-notes = Opcional: por ejemplo, a qué idiomas se interpreta o dónde está la sala tranquila.
meeting-create-submit = Organizar la reunión
field-meeting-when = Cuándo
meeting-link-for-registered = Se muestra a las personas inscritas.
meeting-places = { $count ->
    [one] { $n } plaza
   *[other] { $n } plazas
}
meeting-places-left = { $count ->
    [0] no queda ninguna
    [one] queda { $n }
   *[other] quedan { $n }
}
meeting-waiting-count = { $count ->
    [one] { $n } persona en espera
   *[other] { $n } personas en espera
}
meeting-no-limit = Sin límite
meeting-access-none = Todavía no se ha anunciado nada. Pregunta a quienes organizan lo que necesitas.
meeting-registration-heading = Participar
meeting-over = Esta reunión ya terminó.
meeting-you-are-registered = Estás inscrito o inscrita.
meeting-cancel-submit = Cancelar mi inscripción
meeting-you-are-waiting = { $count ->
    [one] Eres la primera persona de la lista de espera.
   *[other] Tienes el número { $n } en la lista de espera.
}
meeting-leave-waiting-submit = Salir de la lista de espera
field-meeting-needs = Lo que necesitas para participar (opcional)
hint-meeting-needs = Solo lo ven quienes organizan: por ejemplo, un espacio para silla de ruedas o interpretación a un idioma.
meeting-register-submit = Inscribirme
meeting-wait-submit = Entrar en la lista de espera
sign-in-to-register = Inicia sesión para inscribirte en esta reunión
meeting-minutes-heading = Acta
meeting-no-minutes = El acta aparecerá aquí después de la reunión.
meeting-outcomes-heading = Propuestas que salieron de esta reunión
meeting-minutes-form-heading = Escribir el acta
field-minutes = Acta
field-meeting-outcomes = Propuestas que salieron de la reunión
meeting-minutes-submit = Guardar el acta
meeting-registrants-heading = { $count ->
    [0] Todavía no se ha inscrito nadie
    [one] { $n } persona inscrita o en espera
   *[other] { $n } personas inscritas o en espera
}
column-place = Plaza
column-needs = Necesidades
meeting-status-registered = Inscrito/a
meeting-status-waiting = Lista de espera
meeting-done-registered = Ya estás inscrito o inscrita. ¡Nos vemos allí!
meeting-done-waiting = La reunión está llena: estás en la lista de espera y te avisaremos si se libera una plaza.
meeting-done-cancelled = Se ha cancelado tu inscripción.
meeting-done-minutes = Se ha guardado el acta.
notification-new-meeting = { $name } organizó una reunión: “{ $title }”
notification-meeting-place = Se liberó una plaza: ya estás inscrito o inscrita en “{ $title }”.

## Categorías y lugares
category-mobility = Movilidad y transporte
category-green-spaces = Parques y zonas verdes
category-public-space = Calles y espacio público
category-education = Escuelas y educación
category-culture = Cultura
category-sport = Deporte
category-health = Salud
category-social-care = Servicios sociales e inclusión
category-housing = Vivienda
category-energy = Energía
category-environment = Medio ambiente y clima
category-economy = Trabajo y economía local
category-safety = Seguridad
category-digital = Servicios digitales
category-other = Otros
sort-commented = Las más comentadas
comments-count = { $count ->
    [0] sin comentarios
    [one] { $n } comentario
   *[other] { $n } comentarios
}
field-neighbourhood = Barrio
field-neighbourhood-optional = Barrio (opcional)
field-map-point = Punto en un mapa
hint-map-point = Opcional. Si las conoces, indica la latitud y la longitud del lugar, como 43.8431 y 10.5061. Con la dirección de arriba es suficiente.
field-latitude = Latitud
field-longitude = Longitud
error-latitude = Escribe una latitud entre -90 y 90, como 43.8431, o deja las dos vacías.
error-longitude = Escribe una longitud entre -180 y 180, como 10.5061, o deja las dos vacías.
community-neighbourhoods-link = Barrios
neighbourhoods-title = Barrios de { $community }
neighbourhoods-intro = Los procesos pueden tratar solo de algunos barrios, y las propuestas pueden indicar a qué barrio se refieren, para que la gente encuentre lo que tiene cerca.
neighbourhoods-none = Todavía no hay barrios.
field-neighbourhood-name = Nombre del barrio
neighbourhood-add-submit = Añadir el barrio
error-neighbourhood-exists = Esta comunidad ya tiene un barrio con ese nombre.
field-process-scope = ¿De qué barrios trata?
hint-process-scope = Deja todos sin marcar si el proceso trata de toda la comunidad.
process-scope = Trata de:
search-count-many = Más de { $n } resultados

## Presupuestos participativos

money = { $amount } { $currency }
process-see-budgets = { $count ->
    [0] Presupuestos
    [one] { $n } presupuesto
   *[other] { $n } presupuestos
}
budgets-title = Presupuestos de “{ $process }”
budgets-intro = La gente que vive aquí decide cómo se gasta una parte del presupuesto público: cada presupuesto tiene una lista de proyectos con su coste, y cada persona puede votar una vez.
budgets-none = Todavía no se ha abierto ningún presupuesto en este proceso.
budget-new-title = Abrir un presupuesto
budget-card-line = { $total } · { $style } · recuento: { $rule }
budget-ballots = { $count ->
    [0] Todavía no hay papeletas
    [one] { $n } papeleta
   *[other] { $n } papeletas
}
budget-see-results = Ver los resultados
budget-status-open = Votación abierta
budget-status-closed = Votación cerrada, todavía sin recuento
budget-status-counted = Recuento hecho
budget-changeable = Puedes cambiar tu papeleta hasta que se cierre la votación.
budget-officials-heading = Para responsables públicos
budget-locked = Ya se han emitido papeletas: los proyectos, la forma de votar y la regla ya no pueden cambiar.
budget-count-explained = Al cerrar, la votación termina para siempre, cada papeleta se separa de la persona que votó y se hace el recuento. Las papeletas anonimizadas se publican para que cualquiera pueda volver a contarlas.
budget-count-submit = Cerrar la votación y contar
budget-projects-heading = { $count ->
    [0] Todavía no hay proyectos en la papeleta
    [one] { $n } proyecto en la papeleta
   *[other] { $n } proyectos en la papeleta
}
budget-off-ballot-heading = Fuera de la papeleta
budget-create-submit = Abrir el presupuesto
field-budget-description = Para qué es el dinero
field-budget-total = Dinero para gastar
hint-budget-total = Un número entero, como 250000.
field-budget-currency = Moneda
hint-budget-currency = Tres letras, como EUR.
field-budget-style = Cómo vota la gente
field-budget-min-choices = Mínimo de proyectos que debe elegir una papeleta
hint-budget-min-choices = Opcional. 0 o vacío significa sin mínimo.
field-budget-max-choices = Máximo de proyectos que puede elegir una papeleta (en una clasificación: cuántos puestos)
hint-budget-max-choices = Opcional, salvo en una clasificación. Vacío significa sin límite.
field-budget-min-share = Parte del dinero que debe usar una papeleta con límite de presupuesto, en porcentaje
hint-budget-min-share = Opcional, solo para papeletas con límite de presupuesto, como 80.
field-budget-points = Puntos que reparte cada votante
hint-budget-points = Obligatorio en las papeletas de reparto de puntos, como 10.
field-budget-rule = Cómo se cuentan las papeletas
hint-budget-rule = El Método de Partes Iguales da a cada grupo de votantes una parte justa del dinero; contar por más votos deja que el grupo más grande lo decida todo.
field-budget-changeable = Quien vota puede cambiar su papeleta hasta que se cierre la votación
ballot-style-approval = Elige todos los proyectos que apoyas
ballot-style-knapsack = Elige proyectos que quepan en el presupuesto
ballot-style-cumulative = Reparte puntos entre proyectos
ballot-style-ranked = Ordena tus proyectos favoritos
counting-rule-mes_cost_add1_eqs = el Método de Partes Iguales (recomendado)
counting-rule-mes_cost_add1_greedy = el Método de Partes Iguales, y después los más votados con lo que sobre
counting-rule-greedy_cost = primero los más votados
counting-rule-greedy_card = primero los más votados por unidad de coste
counting-rule-phragmen = el método de Phragmén
counting-rule-maxwelfare_cost = el conjunto de proyectos con más dinero aprobado
counting-rule-greedy_points = primero los que tienen más puntos
counting-rule-mes_points = el Método de Partes Iguales por puntos
error-whole-number-range = Escribe un número entero de { $min_shown } a { $max_shown }.
error-budget-total-required = Escribe el dinero para gastar.
error-currency = Escribe la moneda con tres letras, como EUR.
error-rule-needs-approvals = Esta regla cuenta apoyos: elige una regla por puntos para las papeletas de reparto de puntos y de clasificación.
error-rule-needs-points = Esta regla cuenta puntos: elígela solo para papeletas de reparto de puntos o de clasificación.
error-max-below-min = El máximo de proyectos no puede ser menor que el mínimo.
error-points-required = Escribe cuántos puntos reparte cada votante.
error-ranks-required = Escribe cuántos puestos tiene una clasificación.
error-budget-locked = Ya se han emitido papeletas, así que los proyectos del presupuesto ya no pueden cambiar.
project-new-title = Añadir un proyecto
field-project-description = Qué hace el proyecto
field-project-cost = Coste
hint-project-cost = Un número entero en la moneda del presupuesto.
error-cost-required = Escribe el coste.
field-project-proposal = De dónde salió
hint-project-proposal = Una propuesta de este proceso, o los responsables públicos.
option-from-officials = Los responsables públicos
field-project-image = Imagen (un enlace)
hint-project-image = Opcional. Una dirección https de una imagen; la página enlaza a ella y nunca la carga.
error-image-address = Escribe una dirección que empiece por https://, sin espacios.
project-create-submit = Añadir el proyecto
project-done-added = Se ha añadido el proyecto. Revisa si es viable para ponerlo en la papeleta.
project-from-proposal = Ver la propuesta de la que salió
project-see-image = Ver una imagen
feasibility-pending = Viabilidad todavía sin revisar
feasibility-feasible = Viable
feasibility-infeasible = No viable
project-review-legend = Revisar “{ $title }”
field-feasibility-reason = Motivo público (obligatorio si no es viable)
error-feasibility-reason-required = Indica el motivo público por el que el proyecto no es viable.
project-review-submit = Guardar la revisión
project-done-reviewed = Se ha guardado la revisión.
ballot-heading = Tu papeleta
ballot-instructions-approval = Elige los proyectos que apoyas.
ballot-instructions-knapsack = Elige proyectos cuyos costes, sumados, quepan en el presupuesto.
ballot-instructions-cumulative = Da puntos a los proyectos que apoyas.
ballot-instructions-ranked = Da un puesto a tus proyectos favoritos; el primero es el que más quieres.
ballot-points-to-spread = { $count ->
    [one] Tienes { $n } punto para repartir.
   *[other] Tienes { $n } puntos para repartir.
}
ballot-min-share = { $count ->
    [one] Tu elección debe usar al menos el { $n } por ciento del dinero.
   *[other] Tu elección debe usar al menos el { $n } por ciento del dinero.
}
ballot-min-choices = { $count ->
    [one] Elige al menos { $n } proyecto.
   *[other] Elige al menos { $n } proyectos.
}
ballot-max-choices = { $count ->
    [one] Elige como máximo { $n } proyecto.
   *[other] Elige como máximo { $n } proyectos.
}
ballot-not-ranked = Sin puesto
ballot-place = Puesto { $n }
ballot-chosen = { $count ->
    [0] Ningún proyecto elegido
    [one] { $n } proyecto elegido
   *[other] { $n } proyectos elegidos
}
ballot-cost-left = cuestan { $cost }, así que quedan { $left }
ballot-points-used = { $used_shown } de { $points_shown } puntos dados
ballot-valid = Tu papeleta es válida.
ballot-nothing-chosen = Elige proyectos y después comprueba el total o vota.
ballot-check-submit = Comprobar el total
ballot-cast-submit = Votar
ballot-change-submit = Cambiar mi voto
ballot-voted-changeable = Ya has votado. Tu papeleta aparece abajo; puedes cambiarla hasta que se cierre la votación, y cuenta la última.
ballot-voted-final = Ya has votado. Tu voto es definitivo.
ballot-no-projects = Todavía no hay ningún proyecto en la papeleta.
ballot-sign-in = Inicia sesión para votar
ballot-not-open = Ahora no se puede votar: la votación se hace mientras el proceso está en su fase de priorización.
ballot-closed = La votación está cerrada.
ballot-done-recorded = Se ha registrado tu voto.
ballot-done-replaced = Se ha cambiado tu voto; solo cuenta el nuevo.
ballot-problem-empty = Elige al menos un proyecto.
ballot-problem-too-few = { $min ->
    [one] Elige al menos { $min_shown } proyecto.
   *[other] Elige al menos { $min_shown } proyectos.
}
ballot-problem-too-many = { $max ->
    [one] Elige como máximo { $max_shown } proyecto.
   *[other] Elige como máximo { $max_shown } proyectos.
}
ballot-problem-over-budget = Tu elección cuesta { $over_shown } más que el presupuesto.
ballot-problem-under-share = Tu elección debe usar al menos el { $share_shown } por ciento del dinero.
ballot-problem-too-many-points = Puedes dar { $points_shown } puntos como máximo.
ballot-problem-points-whole = Los puntos deben ser números enteros, de 0 en adelante.
ballot-problem-place-twice = Dos proyectos tienen el puesto { $place_shown }: da cada puesto una sola vez.
ballot-problem-place-range = Los puestos van del 1 al { $places_shown }.
ballot-problem-unknown-project = Un proyecto elegido no está en la papeleta.
error-ballot-invalid = Todavía no puedes votar con esta papeleta: mira abajo lo que hay que cambiar.
not-now-voting-closed = Ahora no se puede votar en este presupuesto.
not-now-already-voted = Ya has votado en este presupuesto, y sus votos no se pueden cambiar.
results-title = Resultados de “{ $budget }”
results-spent = Dinero gastado
results-left = Dinero que sobra
results-ballots-heading = Papeletas
results-ballots = { $count ->
    [0] Ninguna papeleta
    [one] { $n } papeleta
   *[other] { $n } papeletas
}
results-channel = { $channel }: { $n }
channel-online = En línea
channel-code = Con un código de votación
channel-paper = En papel, registrada por una persona facilitadora
results-counted = Recuento hecho el
results-rule-explained-equal-shares = Recuento por el Método de Partes Iguales: cada votante recibe una parte igual del dinero y solo la gasta en los proyectos que eligió. Un proyecto gana cuando las personas que lo apoyan pueden pagarlo entre todas; va primero el proyecto que menos le cuesta a cada una de ellas.
results-rule-explained-greedy = Recuento por más votos: los proyectos van en orden de votos, y se elige cada uno si todavía cabe en el dinero que sobra.
results-rule-explained-phragmen = Recuento por el método de Phragmén: el coste de cada proyecto se reparte entre las personas que lo apoyan de la forma más igual posible, y el recuento se para en el primer proyecto que no cabe.
results-rule-explained-max-welfare = Recuento como el conjunto de proyectos que cabe en el presupuesto con más dinero aprobado.
results-chart-heading = Votos por proyecto
results-chart-caption = Los proyectos ganadores aparecen en oscuro y los demás en claro; los números también están en la tabla de abajo.
results-bar-label = { $title }: { $votes }
results-table-heading = Todos los proyectos y por qué ganaron o perdieron
results-project = Proyecto
results-cost = Coste
results-votes = Votos
results-outcome = Resultado
results-why = Por qué
results-won = Ganó
results-lost = Perdió
fate-ranked-won = Puesto { $rank }: cuando le llegó el turno quedaban { $left }, suficiente para pagarlo.
fate-ranked-lost = Puesto { $rank }: cuando le llegó el turno solo quedaban { $left }, menos que su coste.
fate-shared = Elegido en el paso { $step }: lo pagaron { $payers } personas que lo apoyaban, { $share } cada una ({ $all } de ellas pagaron todo lo que les quedaba).
fate-supporters-short = A las personas que lo apoyaban solo les quedaban { $held } entre todas, menos que su coste.
fate-completed = Elegido después del reparto en partes iguales, por más votos: puesto { $rank }, y quedaban { $left }.
fate-not-completed = No elegido: puesto { $rank } por votos, cuando solo quedaban { $left }.
fate-loaded = Elegido en el paso { $step }.
fate-stopped-here = No cabía en el dinero que sobraba, y el recuento se paró aquí.
fate-not-reached = El recuento se paró antes de que le llegara el turno.
fate-optimal-won = Forma parte del conjunto con más dinero aprobado.
fate-optimal-lost = No forma parte del conjunto con más dinero aprobado.
fate-free = Gratis y con apoyos, así que se eligió.
fate-unsupported = Nadie lo votó.
results-recount-heading = Haz el recuento por tu cuenta
results-recount-explained = Las papeletas, sin ningún nombre ni hora, se publican en formato Pabulib. Cualquiera puede volver a contarlas con Piazza u otras herramientas y debe obtener los mismos ganadores.
results-download = Descargar las papeletas (Pabulib)
results-sha256 = Huella SHA-256 del archivo:

## Códigos de votación y papeletas en papel

budget-codes-status = { $printed_shown } códigos de votación impresos, { $used_shown } usados.
field-code-count = Cuántos códigos de votación imprimir
hint-code-count = Los códigos se muestran una sola vez, para imprimirlos: Piazza solo guarda una huella de cada uno. De 1 a 1000.
budget-codes-submit = Imprimir códigos de votación
codes-title = Códigos de votación para “{ $budget }”
codes-print-now = Imprime esta página ahora: estos códigos no se volverán a mostrar. Cada código permite votar una vez.
codes-how = Para votar, abre esta dirección, escribe el código y elige tus proyectos. El código funciona una sola vez.
ballot-code-heading = Votar con un código
ballot-paper-heading = Registrar una papeleta en papel
field-voting-code = Código de votación
hint-voting-code = Las doce letras y números impresos en tu papel, como ABCD-EFGH-JKLM.
field-paper-reference = Número escrito en la papeleta en papel
hint-paper-reference = No se puede registrar dos veces el mismo papel con el mismo número.
ballot-code-submit = Votar con este código
ballot-paper-submit = Registrar esta papeleta en papel
ballot-vote-with-code = Votar con un código impreso
ballot-enter-paper = Registrar papeletas en papel
ballot-back-to-budget = Volver al presupuesto
ballot-recorded-heading = Esto es exactamente lo que se registró:
ballot-recorded-points = { $title }: { $points }
ballot-done-code = Se ha registrado el voto. El código ya no se puede volver a usar.
paper-done-entered = Se ha registrado la papeleta en papel.
error-code-required = Escribe el código de votación.
error-code-unknown = Este código no existe para este presupuesto. Revisa las letras y los números.
error-paper-reference = Escribe el número que aparece en el papel, de hasta 40 caracteres.
not-now-code-used = Este código ya se ha usado: cada código permite votar una vez.
not-now-paper-entered = Ya se ha registrado una papeleta en papel con este número.

## Quién puede votar, censos y votaciones importadas

not-now-needs-voter-details = Este presupuesto te pide tu fecha de nacimiento o tu distrito antes de votar.
not-now-needs-census = Este presupuesto te pide que te verifiques con el censo antes de votar.
not-now-too-young = No tienes la edad mínima para este presupuesto.
not-now-outside-districts = Este presupuesto es para la gente que vive en otros distritos.
not-now-group-full = Ya has votado en tantos presupuestos de este grupo como puede votar una persona.
budget-who-may-vote = Quién puede votar
field-budget-min-age = Edad mínima (opcional)
hint-budget-min-age = En años. Déjalo vacío si pueden votar personas de cualquier edad.
field-budget-census-only = Quien vota debe verificarse con el censo
hint-budget-census-only = Entonces, las personas con sesión iniciada se verifican una vez con su número de documento y su fecha de nacimiento; los códigos y las papeletas en papel se comprueban en persona.
field-budget-districts = ¿Quién puede votar, según su distrito?
hint-budget-districts = Deja todos sin marcar si puede votar toda la gente que vive aquí.
field-budget-group = Grupo de presupuestos (opcional)
hint-budget-group = Los presupuestos de este proceso con el mismo nombre de grupo comparten un límite: por ejemplo “distritos”, para que cada persona vote en un presupuesto de distrito de su elección.
field-budget-group-limit = En cuántos presupuestos del grupo puede votar una persona
hint-budget-group-limit = Un número entero; 1 si se deja vacío.
error-group-name = Escribe un nombre de grupo de hasta 80 caracteres.
error-group-name-required = Pon nombre al grupo al que se aplica el límite.
budget-edit-title = Cambiar “{ $title }”
budget-edit-submit = Guardar el presupuesto
budget-edit-link = Cambiar el presupuesto
budget-edit-locked = Ya se han emitido papeletas: ahora solo se pueden cambiar el título y la descripción, para que ninguna regla cambie mientras la gente vota.
budget-done-changed = Se ha guardado el presupuesto.
field-project-district = Distrito (opcional)
option-whole-community = Toda la comunidad
eligibility-min-age = Personas de { $age } años o más que viven aquí.
eligibility-districts = Personas que viven en: { $districts }.
eligibility-census = Personas que se han verificado con el censo.
eligibility-group = Este presupuesto es parte del grupo “{ $group }”: cada persona puede votar en { $limit } de sus presupuestos.
ballot-give-details = Indica tus datos
results-districts-heading = Resultados por distrito
results-district = Distrito
results-district-projects = Proyectos financiados
results-district-spent = Dinero gastado
results-whole-community = Toda la comunidad
results-district-funded = { $won } de { $of }
channel-imported = importada
budget-import-title = Importar una votación pasada
budget-import-intro = Vuelve a reproducir un presupuesto participativo hecho en otro lugar: un archivo Pabulib (el formato abierto de las votaciones de presupuestos participativos) se convierte en un presupuesto de este proceso con sus proyectos y papeletas, listo para hacer el recuento aquí.
field-pabulib-file = Archivo Pabulib
hint-pabulib-file = Un archivo .pb con las secciones META, PROJECTS y VOTES. Las cantidades deben ser unidades enteras de la moneda.
budget-import-submit = Importar la votación
budget-done-imported = Se ha importado la votación. Haz el recuento para ver sus resultados.
error-pabulib-line = No se puede leer el archivo en la línea { $line }. Compara esa línea con el formato Pabulib.
error-pabulib-file = El archivo no es un archivo Pabulib con proyectos y un presupuesto.
error-pabulib-decimals = El archivo tiene cantidades con decimales; aquí los presupuestos usan unidades enteras de su moneda.
error-pabulib-too-many = El archivo tiene más de { $most } papeletas.
census-title = Censo
census-intro = Sube la lista de personas que pueden votar, en CSV: una persona por línea con un número de documento, una fecha de nacimiento (AAAA-MM-DD) y, si quieres, el nombre de su distrito. Piazza solo guarda una huella con clave de cada número de documento y fecha de nacimiento, nunca los números en sí. Una lista nueva sustituye a la anterior; las personas que ya se han verificado siguen verificadas.
census-status = La lista tiene { $entries } entradas; { $claimed } se han usado para verificar.
census-none = Todavía no se ha subido ningún censo.
field-census-file = Censo (CSV)
hint-census-file = Por ejemplo: AB1234567,1990-04-21,Centro
census-submit = Subir la lista
census-done-loaded = Se ha cargado el censo con { $entries } entradas.
error-census-line = La línea { $line } necesita un número de documento y una fecha de nacimiento escrita AAAA-MM-DD.
error-census-district = La línea { $line } nombra un distrito que esta comunidad no tiene.
error-census-too-long = La lista es demasiado larga.
error-census-empty = El archivo no contiene a nadie. Elige el archivo CSV del censo.
voter-details-title = Tus datos para votar
voter-details-intro = Algunos presupuestos son para personas que viven en ciertos distritos o que tienen cierta edad. Lo que indiques aquí solo se usa para comprobar que puedes votar; nunca se muestra a nadie.
voter-details-verified = El censo ha confirmado tus datos.
voter-details-declared = Has declarado estos datos.
field-birth-date = Fecha de nacimiento
hint-birth-date = Escrita AAAA-MM-DD, por ejemplo 1990-04-21.
field-voter-district = Tu distrito
voter-census-heading = Verificarte con el censo
voter-census-intro = Escribe tu número de documento y tu fecha de nacimiento tal como los tiene el ayuntamiento. Cada entrada de la lista solo puede verificar una cuenta.
field-identity = Número de documento de identidad
hint-identity = Los espacios, los guiones y las mayúsculas no importan.
voter-census-submit = Verificar
voter-declare-heading = Declarar tus datos
voter-declare-intro = En los presupuestos que no piden el censo, basta con declarar tu fecha de nacimiento y tu distrito.
voter-declare-submit = Guardar mis datos
error-identity-required = Escribe tu número de documento.
error-birth-date = Escribe una fecha de nacimiento real como AAAA-MM-DD.
error-census-none = Esta comunidad no tiene censo con el que verificarte.
error-census-unknown = Ninguna entrada del censo tiene este número de documento y esta fecha de nacimiento. Revisa los dos, o pregunta al ayuntamiento.
error-census-used = Esta entrada del censo ya ha verificado otra cuenta. Si no fuiste tú, pregunta al ayuntamiento.
error-details-verified = El censo ha confirmado tus datos; no se pueden cambiar aquí.
community-census-link = Censo

## Eliminar la propia cuenta

account-erase-link = Eliminar mi cuenta
erase-title = Eliminar mi cuenta
erase-intro = Eliminar tu cuenta no se puede deshacer. Esto es lo que pasa:
erase-goes = Tu nombre, tu nombre de usuario, tu correo electrónico, tus sesiones, tus roles, lo que sigues, tus apoyos y tus datos para votar se eliminan en el momento.
erase-stays = Tus propuestas y comentarios se pueden seguir leyendo, pero aparecen como escritos por “una persona que ya no participa”.
erase-ballots = Tus papeletas en los presupuestos participativos siguen contando, y ya nadie puede saber que eran tuyas.
erase-meetings = Tus plazas en reuniones que todavía no se han hecho pasan a las siguientes personas de la lista de espera.
erase-final = Si quieres una copia de tus datos, descárgala antes.
hint-erase-password = Escribe tu contraseña para confirmar que eres tú.
erase-submit = Eliminar mi cuenta para siempre
erase-done-title = Se ha eliminado tu cuenta
erase-done = Se han eliminado tu cuenta y todo lo que te identificaba. Gracias por participar.
erase-done-home = Volver a la página de inicio
account-data-link = Ver y descargar tus datos
data-title = Tus datos
data-intro = Esto es todo lo que Piazza guarda sobre ti. La descarga lo contiene todo, como un archivo JSON y un archivo CSV por cada tipo de registro, en un zip.
data-download = Descargar mis datos (zip)
data-joined = Fecha de alta
data-everything = Qué se guarda y cuánto
data-what = Qué
data-how-many = Cuántos
data-records = { $count ->
    [one] { $n } registro
   *[other] { $n } registros
}
data-not-kept = No se guarda: tu contraseña (solo una huella que no permite recuperarla) ni cuál fue tu papeleta una vez cerrada la votación.
data-profile = Tu perfil
data-sign-ins = Sesiones iniciadas
data-password-resets = Solicitudes para restablecer la contraseña
data-roles = Roles en comunidades
data-organisations = Organizaciones a las que perteneces
data-proposals = Propuestas que escribiste
data-proposal-versions = Versiones de propuestas que escribiste
data-co-authorships = Propuestas de las que te invitaron a ser coautor o coautora
data-amendments = Enmiendas que propusiste
data-comments = Comentarios que escribiste
data-proposal-supports = Propuestas que apoyas
data-comment-supports = Comentarios que apoyas
data-meeting-registrations = Reuniones en las que te inscribiste
data-follows = Lo que sigues
data-notifications = Notificaciones para ti
data-reports = Contribuciones que denunciaste
data-blocks = Bloqueos del equipo de moderación
data-budget-votes = Presupuestos en los que votaste
data-voting-details = Tus datos para votar
data-email = Correo electrónico

## Consentimiento

account-consents-link = Tus consentimientos
consents-title = Tus consentimientos
consents-intro = Piazza te pregunta antes de usar tus datos para algo más allá de lo que haces tú. Cada respuesta se guarda con la fecha y la versión del aviso que leíste. Retirar el consentimiento es un clic, igual que darlo.
consent-purpose-taking-part = Participar
consent-purpose-contact = Recibir mensajes
consent-purpose-demographics = Estadísticas sobre quién participa
consent-purpose-research = Investigación sobre las contribuciones
consent-notice-taking-part = Piazza guarda lo que escribes, apoyas y votas, con tu nombre visible, para que tu comunidad pueda verlo y responder. Puedes eliminar tu cuenta en cualquier momento.
consent-notice-contact = Piazza puede escribirte por correo electrónico sobre lo que sigues y sobre los procesos de tu comunidad. Tú decides con qué frecuencia, en tu cuenta.
consent-notice-demographics = Si respondes a preguntas opcionales sobre ti (franja de edad, género, barrio y cosas similares), Piazza guarda las respuestas separadas de tu nombre y solo las usa para contar, en grupos de al menos cinco personas, quién participa y quién falta.
consent-notice-research = Personas investigadoras pueden estudiar tus contribuciones, sin tu nombre, para entender cómo funciona la participación. No se publica nada que pueda identificarte.
consent-state-not-given = No has dado este consentimiento.
consent-state-granted = Diste este consentimiento el { $date }.
consent-state-withdrawn = Retiraste este consentimiento el { $date }.
consent-state-asked-again = El aviso ha cambiado desde que diste tu consentimiento: vuelve a leerlo y responde, por favor. Hasta entonces, no cuenta.
consent-grant = Acepto
consent-withdraw = Retirar mi consentimiento
consent-done-saved = Se ha registrado tu respuesta.
consents-ledger-heading = Todo lo que has respondido
consents-ledger-empty = Todavía no has respondido nada.
consents-when = Cuándo
consents-purpose = Sobre
consents-answer = Respuesta
consents-how = Cómo
consents-version = Versión del aviso
consents-basis = Base jurídica
consent-granted = aceptado
consent-withdrawn = retirado
consent-channel-online = en línea
consent-channel-paper = en papel
consent-channel-phone = por teléfono
consent-channel-by = { $channel }, registrado por { $name }
legal-basis-consent = consentimiento (RGPD art. 6.1.a)
legal-basis-explicit-consent = consentimiento explícito (RGPD art. 9.2.a)
data-consents = Tus consentimientos

## Registro de actividades de tratamiento

community-privacy-link = Cómo se usan tus datos
processing-title = Cómo usa { $community } los datos personales
processing-intro = Este registro de actividades de tratamiento se genera a partir de lo que Piazza guarda realmente y de los plazos de conservación de esta instancia, así que siempre está al día.
processing-caption = Qué se guarda, para qué y durante cuánto tiempo
processing-what = Qué
processing-why = Para qué
processing-basis = Base jurídica
processing-kept = Se guarda durante
processing-who = Quién puede verlo
processing-kept-days = { $count ->
    [one] { $n } día
   *[other] { $n } días
}
processing-account = Tu cuenta: nombre de usuario, nombre visible, correo electrónico, idioma y una huella de tu contraseña
processing-account-why = Para que puedas iniciar sesión y participar con un nombre que tú eliges
processing-contributions = Propuestas, comentarios, enmiendas y actas de reuniones
processing-contributions-why = Participación pública: para que todo el mundo pueda leerlos, debatirlos y responderlos
processing-votes = Apoyos y papeletas de presupuestos
processing-votes-why = Para contarlos
processing-meetings = Inscripciones en reuniones y lo que dijiste que necesitas para asistir
processing-meetings-why = Para organizar reuniones a las que todo el mundo pueda asistir
processing-notifications = Tus notificaciones
processing-notifications-why = Para contarte qué ha pasado con lo que sigues
processing-mail = Correos que se te envían
processing-mail-why = Para entregar notificaciones, resúmenes y cambios de contraseña, y para volver a intentarlo cuando la entrega falla
processing-security = Sesiones e intentos fallidos de inicio de sesión
processing-security-why = Para proteger las cuentas de quienes intentan adivinar contraseñas
processing-eligibility = El censo y tus datos para votar (fecha de nacimiento, distrito)
processing-eligibility-why = Para comprobar quién puede votar en un presupuesto participativo
processing-consents = Tus consentimientos y su historial
processing-consents-why = Para demostrar a qué diste tu consentimiento, y cuándo
processing-moderation = Denuncias y decisiones de moderación
processing-moderation-why = Para mantener el respeto en las conversaciones, de forma abierta
processing-kept-until-erased = Hasta que elimines tu cuenta
processing-kept-contributions = Mientras el proceso sea público; si eliminas tu cuenta, se quedan, sin tu nombre
processing-kept-votes = Cuentan para siempre; quién votó se olvida cuando eliminas tu cuenta, y cuál fue tu papeleta se olvida cuando se cierra la votación
processing-kept-meeting-needs = Tus necesidades: { $days } después de la reunión; la inscripción en sí: hasta que elimines tu cuenta
processing-kept-security = Las sesiones, hasta que caducan; los intentos fallidos de inicio de sesión, un día
processing-kept-eligibility = El censo, hasta que se sustituye, guardado solo como huellas con clave; tus datos, hasta que elimines tu cuenta
processing-kept-moderation = Mientras exista el contenido al que se refieren; el registro público guarda las decisiones, nunca quién denunció
processing-who-you-and-operators = Tú y las personas que gestionan esta instancia
processing-who-everyone = Todo el mundo
processing-who-totals = Nadie de forma individual: solo se publican totales
processing-who-organisers = Quienes organizan la reunión en { $community }
processing-who-you = Solo tú
processing-who-operators = Las personas que gestionan esta instancia, para resolver problemas de entrega
processing-who-nobody = Nadie: se comprueba de forma automática
processing-who-moderators = El equipo de moderación de { $community }
legal-basis-public-task = una misión realizada en interés público (RGPD art. 6.1.e)
legal-basis-legitimate-interest = interés legítimo en la seguridad (RGPD art. 6.1.f)
legal-basis-legal-obligation = una obligación legal (RGPD art. 6.1.c y 7.1)
processing-rights = Puedes ver y descargar tus datos, dar y retirar tu consentimiento y eliminar tu cuenta en cualquier momento.

## Declaración de accesibilidad y barreras

footer-accessibility = Declaración de accesibilidad y aviso de barreras
community-barriers-link = Barreras de accesibilidad avisadas
accessibility-title = Declaración de accesibilidad
accessibility-commitment = Piazza está hecha para que todo el mundo pueda participar: con un teléfono barato y una conexión lenta, sin JavaScript, con teclado o con lector de pantalla, y en un idioma que se escribe de derecha a izquierda. Esta declaración sigue la Directiva de la UE sobre accesibilidad de los sitios web (2016/2102).
accessibility-status-heading = Cuál es su nivel de accesibilidad
accessibility-status = Piazza intenta cumplir las Pautas de Accesibilidad para el Contenido Web (WCAG) 2.2 en el nivel AA. Las páginas de la lista de abajo se comprueban de forma automática; algunas barreras solo las pueden encontrar las personas, así que avísanos de cualquiera que encuentres.
accessibility-how-heading = Cómo se comprueba
accessibility-how-axe = Cada página se comprueba con axe-core en un navegador real según las WCAG 2.2 AA, sin sesión iniciada y con sesión iniciada con cada rol, en un idioma que se escribe de izquierda a derecha y en uno que se escribe de derecha a izquierda.
accessibility-how-no-script = Todas las páginas funcionan con JavaScript desactivado, también las papeletas y los formularios.
accessibility-how-keyboard = El registro y el inicio de sesión se prueban solo con el teclado; el foco siempre está visible.
accessibility-how-languages = Las páginas están traducidas por completo; el texto que escribe la gente mantiene su propio idioma y su dirección.
accessibility-limits-heading = Límites conocidos
accessibility-limit-maps = Los lugares se indican con direcciones y coordenadas; no se dibuja ningún mapa.
accessibility-limit-content = Lo que escribe la gente (propuestas, comentarios, imágenes enlazadas) es suyo: puede que le falten descripciones de imágenes o lenguaje claro. Hay resúmenes en lectura fácil cuando sus autores los escribieron.
accessibility-enforcement-heading = Si no quedas satisfecho o satisfecha
accessibility-enforcement = Si la respuesta a un aviso no te satisface, puedes dirigirte al organismo de tu país encargado de hacer cumplir la Directiva de accesibilidad web (en Italia, AgID).
barrier-heading = Avisar de una barrera
barrier-intro = Cuéntanos qué te impidió avanzar o te puso las cosas difíciles. Tu aviso llega a las personas que administran la comunidad que elijas, o esta instancia.
field-barrier-page = Página (opcional)
hint-barrier-page = Su dirección, o cómo se llamaba.
field-barrier-description = ¿Qué salió mal?
hint-barrier-description = Qué intentaste hacer y qué pasó. Si quieres, menciona tu dispositivo o tu tecnología de apoyo.
field-barrier-community = ¿A qué comunidad afecta?
option-barrier-instance = A ninguna en concreto
field-barrier-contact = ¿Cómo podemos responderte? (opcional)
hint-barrier-contact = Un correo electrónico o un número de teléfono. Déjalo vacío para avisar de forma anónima.
barrier-submit = Enviar el aviso
barrier-done-reported = Gracias: tu aviso se ha enviado al equipo de administración.
error-barrier-page = Escribe la dirección o el nombre de la página en 500 caracteres como máximo.
error-barrier-description-required = Describe qué salió mal.
error-barrier-contact = Escribe una dirección o un número en 200 caracteres como máximo.
barrier-reports-title = Barreras de accesibilidad avisadas
barrier-reports-none = Nadie ha avisado de ninguna barrera en esta comunidad.
barrier-reports-contact = Responder a:

## Preferencias de visualización

footer-display = Preferencias de visualización
display-heading = Preferencias de visualización
display-intro = Elige cómo se muestran las páginas. Con la sesión iniciada, tu elección se guarda con tu cuenta; si no, la recuerda este navegador.
display-legend = Mostrar las páginas con
display-preference-large-text = texto más grande
display-preference-high-contrast = más contraste
display-preference-reduced-motion = sin movimiento
display-submit = Guardar las preferencias de visualización

## Representatividad: lo que las personas cuentan de sí mismas y quién participa.
age-band-under-16 = Menos de 16 años
age-band-16-24 = De 16 a 24 años
age-band-25-44 = De 25 a 44 años
age-band-45-64 = De 45 a 64 años
age-band-65-plus = 65 años o más
gender-woman = Mujer
gender-man = Hombre
gender-another = Otro género
about-you-title = Sobre ti
about-you-link = Cuéntanos sobre ti
about-you-intro = Estas preguntas ayudan a tu comunidad a ver quién participa y quién falta, para que pueda ir a preguntarles también a esas personas. Todas las preguntas son opcionales.
about-you-age-band = Tu edad
about-you-gender = Tu género
about-you-neighbourhood = Dónde vives
about-you-prefer-not-to-say = Prefiero no decirlo
about-you-no-answer = Sin respuesta
about-you-submit = Guardar mis respuestas
about-you-done-saved = Se han guardado tus respuestas.
about-you-withdraw = Retira tu consentimiento: tus respuestas se eliminarán en ese mismo momento.
about-you-needs-consent = No has dado tu consentimiento para estas preguntas, así que no se te hace ninguna.
about-you-give-consent = Dar o retirar tu consentimiento
error-demographics-consent = Estas respuestas solo se pueden guardar con el consentimiento para las preguntas sobre la propia persona.
representation-link = Quién participa
representation-process-link = Quién participa en este proceso
representation-title = Quién participa en { $community }
representation-title-process = Quién participa en { $process }
representation-intro = Las personas que participaron, grupo por grupo, frente a las personas que viven aquí. Solo responden a las preguntas las personas que dieron su consentimiento; los grupos de menos de cinco personas nunca se muestran.
representation-participants = Personas que participaron: { $people }.
representation-too-few = Hasta ahora han participado menos de cinco personas: todavía no se puede mostrar nada.
representation-no-reference = La comunidad todavía no ha indicado su población, así que no se pueden calcular las tasas de participación.
representation-caption = Participación por grupo: { $question }
representation-group = Grupo
representation-people = Personas que participaron
representation-reference-share = Porcentaje de la población
representation-rate = Por cada 10 000 habitantes
representation-relative = En comparación con el grupo que más participa
representation-hidden = menos de 5
representation-not-answered = No respondieron
representation-under-represented = infrarrepresentado
representation-percent = { $n } %
representation-score = Índice de representatividad: { $score } (la tasa del grupo que menos participa dividida por la del grupo que más participa; 100 % significa que todos los grupos participan por igual).
representation-score-partial = No se tienen en cuenta los grupos demasiado pequeños para mostrarse.
representation-furthest-behind = El grupo que menos participa es “{ $group }”: { $rate } por cada 10 000 habitantes, frente a { $best } del grupo que más participa.
representation-outreach-age-band = Sugerencia: ve a los lugares donde ya están las personas de la franja de edad “{ $group }” (escuelas, clubes, centros de día, mercados) y ofrece papel y teléfono además de la web.
representation-outreach-gender = Sugerencia: pregunta a las personas del grupo “{ $group }” qué las mantiene alejadas; organiza reuniones en otros horarios, con cuidado de niños y niñas, y registra sus opiniones en papel o por teléfono.
representation-outreach-neighbourhood = Sugerencia: pon un punto informativo en la calle o haz un taller en { $group } y registra lo que diga allí la gente con el formulario de las personas facilitadoras.
representation-outreach-community = Sugerencia: colabora con las organizaciones en las que confían las personas del grupo “{ $group }” y deja que las personas facilitadoras recojan sus opiniones allí donde se reúnen.
representation-method = Cómo se cuenta: una persona participa cuando hace propuestas, comenta, apoya, se inscribe en una reunión o vota. Cuando se oculta un grupo, también se oculta una segunda casilla, para que la oculta no se pueda deducir del total.
representation-csv = Descargar en CSV
representation-setup-link = Población y preguntas
representation-setup-title = Población y preguntas
representation-setup-done = Guardado.
reference-heading = La población
reference-intro = Indica cuántos habitantes pertenecen a cada grupo, según el censo o el registro de población. Deja un grupo vacío si no lo sabes.
reference-submit = Guardar la población
error-reference-people = Escribe un número entero de personas, o déjalo vacío.
question-heading = Una pregunta propia
question-intro = Pregunta por algo en lo que tu comunidad quiere llegar mejor a la gente, como el origen migrante o una discapacidad. Las personas siempre pueden preferir no decirlo.
field-question-label = La pregunta
hint-question-label = Por ejemplo: ¿Naciste en otro país?
field-question-options = Las respuestas, una por línea
hint-question-options = Entre 2 y 12 respuestas.
question-submit = Añadir la pregunta
error-question-options = Escribe entre 2 y 12 respuestas distintas, una por línea, cada una de menos de 100 caracteres.
channels-heading = Cómo llegaron las contribuciones
channels-caption = Contribuciones por canal
channels-channel = Canal
channels-proposals = Propuestas
channels-comments = Comentarios
channels-supports = Apoyos
channels-total = Total
contribution-channel-online = En línea
contribution-channel-paper = En papel
contribution-channel-phone = Por teléfono
contribution-channel-workshop = En un taller
contribution-channel-street-stand = En un punto informativo en la calle

## Modo de facilitación: contribuciones registradas en nombre de otra persona.
assisted-link = Registrar en nombre de otra persona
assisted-title = Registrar una contribución en nombre de otra persona
assisted-intro = Anota lo que dijo una persona en un taller, en un punto informativo en la calle, en papel o por teléfono. Recibirá un comprobante con un código para encontrarlo más tarde en su propia cuenta, si quiere tener una.
assisted-person-heading = La persona
assisted-adding-for = Se añade al comprobante de { $name }.
field-assisted-name = Nombre o iniciales
hint-assisted-name = Como la persona quiera aparecer junto a lo que dijo. Con las iniciales basta.
field-assisted-channel = Cómo se recogió
field-assisted-event = Dónde y cuándo
hint-assisted-event = Por ejemplo: punto informativo en la calle, mercado del sábado, Piazza Grande
field-assisted-consents = Qué aceptó la persona
hint-assisted-consents = Marca solo lo que la persona marcó en el formulario en papel, o a lo que dijo que sí por teléfono después de escuchar el aviso. Para guardar lo que dijo hace falta el consentimiento para participar.
error-assisted-taking-part = La persona tiene que aceptar participar para que se pueda guardar lo que dijo.
error-event-required = Escribe dónde y cuándo se recogió.
error-event-length = Que tenga menos de 150 caracteres.
assisted-about-heading = Preguntas sobre la persona (opcional)
assisted-contribution-heading = Lo que dijo la persona
field-assisted-kind = Tipo de contribución
assisted-kind-proposal = Una propuesta nueva
assisted-kind-comment = Un comentario sobre una propuesta
assisted-kind-support = Un apoyo a una propuesta
field-assisted-proposal = Qué propuesta
hint-assisted-proposal = Para un comentario o un apoyo.
assisted-proposal-option = N.º { $number }:
field-assisted-stance = Para un comentario: la postura de la persona
hint-assisted-title = Para una propuesta nueva.
field-assisted-body = Con las palabras de la persona
hint-assisted-body = Para una propuesta nueva o un comentario.
assisted-submit = Registrar
receipt-title = Comprobante
receipt-recorded = Se ha registrado. Da este comprobante a la persona, impreso o copiado a mano.
receipt-for = Comprobante para { $name }
receipt-process = Proceso
receipt-date = Fecha
receipt-about = Sobre
receipt-code-label = Tu código:
receipt-how-to-claim = Para encontrar lo que dijiste en tu propia cuenta: inicia sesión en Piazza (o crea una cuenta), abre “Recuperar lo que se registró en tu nombre” y escribe este código.
receipt-code-once = Este código solo se muestra ahora. Guárdalo bien: cualquier persona que lo tenga puede pasar estas contribuciones a su cuenta.
receipt-same-code = Esta contribución se añadió al comprobante anterior de la persona: se recupera con el mismo código.
receipt-another-same = Registrar otra cosa para la misma persona
receipt-another-person = Registrar para otra persona
paper-form-link = Formulario en papel para imprimir
paper-form-title = Formulario en papel: { $process }
paper-form-intro = Rellena este formulario y entrégaselo a una persona facilitadora de { $community }. Lo introducirá exactamente como lo escribiste y te dará un comprobante.
paper-form-print = Imprime esta página con la opción de imprimir de tu navegador.
paper-form-you = Sobre ti
paper-form-consents = Marca lo que aceptas. Para guardar lo que escribas hace falta el consentimiento para participar.
paper-form-say = Lo que quieres decir
paper-form-support-numbers = Los números de las propuestas que apoyas
paper-form-comment-number = El número de la propuesta que comentas
paper-form-proposals = Las propuestas hasta ahora
paper-form-receipt = Recibirás un comprobante con un código: con él podrás encontrar más tarde lo que dijiste en tu propia cuenta.
claim-title = Recuperar lo que se registró en tu nombre
claim-link = Recuperar lo que se registró en tu nombre
claim-intro = Si una persona facilitadora registró tus propuestas, comentarios o apoyos y te dio un comprobante, escribe aquí su código: todo pasa a ser tuyo, con tus consentimientos.
field-claim-code = El código de tu comprobante
hint-claim-code = Doce letras y números, como ABCD-EFGH-JKLM.
claim-submit = Recuperar
error-claim-code-required = Escribe el código de tu comprobante.
error-claim-code-unknown = Ningún comprobante tiene este código, o ya se ha usado. Revisa las letras y los números.

## Representatividad y modo de facilitación en los propios datos y en el registro de actividades de tratamiento.
data-about-you = Tus respuestas sobre ti
processing-demographics = Tus respuestas sobre ti (franja de edad, género, barrio y las preguntas propias de la comunidad)
processing-demographics-why = Para contar quién participa y quién falta, de modo que la comunidad pueda llegar a esas personas
processing-kept-demographics = Hasta que retires tu consentimiento o elimines tu cuenta; en ambos casos se eliminan en ese mismo momento
processing-assisted = Contribuciones y consentimientos que una persona facilitadora registró para alguien que participó en papel, por teléfono, en un taller o en un punto informativo en la calle
processing-assisted-why = Para que las personas sin cuenta puedan participar y encontrar más tarde lo que dijeron
processing-kept-assisted = Hasta que se recuperan con el código del comprobante; después, como contribuciones tuyas; el código en sí solo se guarda como huella
processing-who-facilitators = Las personas facilitadoras de { $community } y, en lo que es público, todo el mundo
representation-share-of-all = Porcentaje del total de participantes

## Canales en la página del proceso, consentimientos al registrarse, lectura fácil como elección de quien lee.
channels-count = { $channel }: { $count }
register-consents = Lo que aceptas (puedes cambiarlo en cualquier momento en tu cuenta)
display-preference-easy-read = las versiones en lectura fácil primero, cuando existan
easy-read-full-text = El texto completo
easy-read-choose = Mostrar siempre primero las versiones en lectura fácil
easy-read-write = Escribir la versión en lectura fácil
easy-read-save = Guardar la versión en lectura fácil
notice-easy-read = Se ha guardado la versión en lectura fácil.
consents-asked-again-account = Ha cambiado un aviso que aceptaste: vuelve a leerlo y da tu respuesta.

## Modo de facilitación: cuando no se puede registrar nada, y después de recuperar lo registrado.
assisted-nothing-now = Ahora no se puede registrar nada en este proceso: su fase actual no acepta propuestas, comentarios ni apoyos.
claim-done-all = Todo lo que se registró en tu nombre ya está en tu cuenta: tus propuestas, comentarios, apoyos y consentimientos.

## Seguimiento de resultados: lo que se decidió, seguido hasta que se cumple.
result-status-planned = Previsto
result-status-in-progress = En curso
result-status-done = Completado
result-status-cancelled = Cancelado
process-see-results = { $count ->
    [0] Lo que dijisteis, lo que hicimos
    [one] Lo que dijisteis, lo que hicimos: { $n } resultado
   *[other] Lo que dijisteis, lo que hicimos: { $n } resultados
}
accountability-title = Lo que dijisteis, lo que hicimos: { $process }
results-intro = Lo que la administración se comprometió a hacer tras este proceso, y en qué punto está cada cosa. Cada resultado enlaza con las propuestas y los proyectos de los que sale.
results-none = Todavía no se ha registrado ningún resultado.
result-new-title = Registrar un resultado
result-new-submit = Registrar el resultado
result-progress = Avance
result-progress-derived = la media de sus partes
result-parts = Sus partes
result-comes-from = Sale de
result-timeline = Qué ha pasado
result-no-updates = Todavía no hay actualizaciones.
result-update-heading = Añadir una actualización
result-update-submit = Añadir la actualización
result-done-updated = Se ha añadido la actualización.
result-fate-heading = Qué ha sido de él
field-result-description = Qué se va a hacer
field-result-parent = Parte de
hint-result-parent = Un resultado puede ser parte de otro más grande, cuyo avance es entonces la media de sus partes.
field-result-status = Estado
field-result-progress = Avance, en porcentaje
hint-result-progress = Un número entero de 0 a 100. Un resultado completado cuenta como 100.
field-result-starts = Empieza el
field-result-ends = Termina el
hint-date = Por ejemplo 2027-03-31.
field-result-planned = Dinero previsto
field-result-spent = Dinero gastado
hint-result-money = Una cantidad entera, sin la moneda.
field-result-proposals = Las propuestas de las que sale
field-result-projects = Los proyectos del presupuesto de los que sale
field-result-update = Qué ha pasado
field-cancel-reason = Por qué se canceló
hint-cancel-reason = Obligatorio cuando el estado es “Cancelado”: la gente lo lee junto al resultado.
error-result-number = Escribe un número entero dentro del rango indicado, o déjalo vacío.
error-cancel-reason = Explica por qué se canceló.
error-update-required = Escribe qué ha pasado.

## Datos abiertos: descargas y API de lectura.
footer-open-data = Datos abiertos
open-data-link = Datos abiertos: descarga los datos de esta comunidad
open-data-title = Datos abiertos
open-data-title-community = Datos abiertos de { $community }
open-data-intro = Todo lo que es público aquí se puede descargar y reutilizar: en CSV para hojas de cálculo, en JSON, y en GeoJSON para mapas, cuando las cosas tienen un lugar. Cada archivo contiene siempre los datos más recientes.
open-data-licence = Licencia: { $licence }. Cuando reutilices los datos, di de dónde proceden.
open-data-caption = Los archivos, uno por cada tipo de cosa
open-data-what = Qué
open-data-files = Archivos
open-data-datapackage = Descripción de cada archivo y de cada campo (datapackage.json)
open-data-api = La API de lectura, descrita en OpenAPI
open-data-privacy = No se publica ningún dato personal: ni direcciones de correo electrónico, ni respuestas sobre la propia persona salvo recuentos de cinco o más, ni nada que haya ocultado el equipo de moderación; y las personas que eliminaron su cuenta aparecen como nadie.

## Datos abiertos: los nombres de los conjuntos de datos y el catálogo DCAT

open-data-resource-communities = Comunidades
open-data-about-communities = Ciudades, pueblos, aldeas, barrios y regiones que llevan a cabo procesos participativos.
open-data-resource-organisations = Organizaciones
open-data-about-organisations = Organismos públicos, universidades, empresas y sociedad civil que participan.
open-data-resource-processes = Procesos
open-data-about-processes = Procesos participativos: una pregunta planteada a los habitantes, por fases.
open-data-resource-proposals = Propuestas
open-data-about-proposals = Propuestas que hicieron los habitantes en los procesos, con su estado y la respuesta oficial.
open-data-resource-comments = Comentarios
open-data-about-comments = Comentarios sobre procesos y propuestas, con su postura.
open-data-resource-meetings = Reuniones
open-data-about-meetings = Reuniones presenciales, en línea o híbridas, con su acta una vez celebradas.
open-data-resource-budgets = Presupuestos participativos
open-data-about-budgets = Presupuestos participativos: dinero cuyo destino deciden los habitantes con su voto.
open-data-resource-projects = Proyectos de presupuestos participativos
open-data-about-projects = Proyectos de los presupuestos participativos, con su revisión y, una vez hecho el recuento, sus votos.
open-data-resource-results = Resultados
open-data-about-results = Lo que la administración se comprometió a hacer, y en qué punto está.
open-data-resource-moderation-log = Registro de moderación
open-data-about-moderation-log = Cada decisión de moderación, tal como la muestra el registro público, sin indicar quién denunció.
open-data-catalog = Catálogo de estos conjuntos de datos, en DCAT-AP 3:
catalog-title = Datos abiertos de Piazza
catalog-description = Todo lo que es público en las comunidades de esta instancia de Piazza, desde lo que la gente propuso y debatió hasta lo que se decidió y se hizo, en archivos para descargar y a través de una API de lectura.
catalog-publisher = Piazza en { $host }
catalog-everywhere = todas las comunidades
catalog-dataset-title = { $what }: { $place }
catalog-distribution-csv = Una tabla para hojas de cálculo, con una fila por elemento. Las celdas que una hoja de cálculo leería como fórmula están protegidas.
catalog-distribution-json = Una lista de objetos, uno por elemento, con los mismos campos que la tabla.
catalog-distribution-geojson = Los elementos que tienen un lugar, como puntos para un mapa.
catalog-api-title = API de lectura de Piazza
catalog-api-description = Todo lo que es público en cada comunidad, página a página, con filtros por comunidad y por fecha. Descrita en OpenAPI 3.1.
catalog-keyword-participation = participación
catalog-keyword-open-government = gobierno abierto

## Avisos a los servicios: problemas comunicados, solicitudes, valoraciones e indicadores

request-status-open = Comunicado
request-status-acknowledged = Visto por los responsables públicos
request-status-in-progress = En tramitación
request-status-closed = Cerrado
attribute-type-text = Texto largo
attribute-type-string = Texto corto
attribute-type-number = Número
attribute-type-datetime = Fecha
attribute-type-singlevaluelist = Una opción de una lista
attribute-type-multivaluelist = Varias opciones de una lista
report-channel-web = en este sitio web
report-channel-open311 = desde otra aplicación (Open311)
notification-request-updated = Tu aviso “{ $title }” ahora está: { $detail }
data-service-requests = Problemas que comunicaste
data-ratings = Tus valoraciones
problem-report-link = Avisar de un problema
problem-report-title = Avisar de un problema en { $community }
problem-report-intro = ¿Algo roto, sucio o que estorba? Díselo a quienes se ocupan de ello. Podrás seguir qué pasa con tu aviso y valorar el resultado cuando se haya resuelto.
problem-report-sign-in-first = Inicia sesión para avisar de un problema aquí.
problem-report-no-services = Aquí todavía no se puede avisar de ningún tipo de problema.
problem-report-choose = ¿Qué tipo de problema es?
problem-report-form-title = Aviso: { $service }
problem-report-public-notice = Tu aviso y el lugar son públicos, para que los demás vean que el problema ya se conoce. Tu nombre y tus datos de contacto nunca se muestran.
problem-report-submit = Enviar el aviso
field-request-description = ¿Cuál es el problema?
hint-request-description = Di qué ves y dónde exactamente. Como máximo 4000 caracteres.
field-request-address = ¿Dónde está?
hint-request-location = Una dirección o una descripción del lugar. Indica una dirección, un punto en un mapa o ambas cosas.
field-request-email = Tu correo electrónico (opcional)
hint-request-email = Solo para contarte una vez lo que se hizo; se olvida cuando se cierra tu aviso y nunca se muestra.
field-optional-mark = (opcional)
hint-attribute-number = Un número, como 3 o 2,5.
error-request-location = Di dónde está el problema: indica una dirección o un punto en un mapa.
error-request-description-length = La descripción debe tener como máximo 4000 caracteres.
error-attribute-required = Responde a esta pregunta.
error-attribute-number = Escribe un número, como 3 o 2,5.
error-attribute-datetime = Escribe una fecha como 2026-03-31.
requests-link = Problemas comunicados
requests-title = Problemas comunicados en { $community }
requests-intro = Todos los problemas comunicados aquí, del más reciente al más antiguo, con lo que hicieron al respecto los responsables públicos. Nunca se muestra quién avisó.
requests-none = No hay ningún problema comunicado que coincida.
option-all = Todos
field-request-status = Estado
field-request-service = Tipo de problema
request-title = Problema comunicado: { $service }
request-done-reported = Gracias: tu aviso se ha enviado. Puedes seguirlo en esta página.
request-done-updated = Se ha actualizado el estado y se ha informado a la persona que avisó.
request-reported-on = Comunicado
field-request-expected = Resolución prevista para
request-expected-by = resolución prevista para el { $date }
request-no-updates = Los responsables públicos todavía no han escrito nada al respecto.
request-update-heading = Actualizar el estado
field-request-note = Nota pública
hint-request-note = Lo que se hizo o se hará. La persona que avisó recibe esta nota.
error-request-note-required = Escribe una nota para la persona que avisó.
field-request-expected-optional = Resolución prevista para (opcional)
request-update-submit = Actualizar e informar a quien avisó
request-mail-subject = Tu aviso sobre { $service }: { $status }
request-mail-body = Tu aviso ahora está: { $status }.

    { $note }

    Puedes verlo aquí: { $link }
rating-heading = ¿Cómo ha ido?
rating-summary = Valoración media: { $average } de 5. Valoraciones: { $count }.
rating-none = Todavía no hay valoraciones.
rating-comments-heading = Lo que escribieron los habitantes
rating-question = ¿Cómo valoras lo que se hizo?
rating-change = Cambiar tu valoración
rating-score-1 = 1: muy insatisfactorio
rating-score-2 = 2: insatisfactorio
rating-score-3 = 3: ni satisfactorio ni insatisfactorio
rating-score-4 = 4: satisfactorio
rating-score-5 = 5: muy satisfactorio
field-rating-comment = Comentario (opcional)
hint-rating-comment = Lo leen los responsables públicos que rinden cuentas de ello; no se muestra a nadie más. Como máximo 1000 caracteres.
rating-submit = Enviar tu valoración
rating-sign-in = Inicia sesión para valorarlo
rating-done = Gracias por tu valoración.
error-rating-score = Elige una puntuación del 1 al 5.
error-rating-not-yet = Se podrá valorar cuando esté cerrado o completado.
indicators-link = ¿Cómo se resuelven los problemas?
indicators-title = Indicadores de servicio de { $community }
indicators-intro = Con qué rapidez se resuelven los problemas comunicados y qué grado de satisfacción tienen los habitantes, por tipo de problema, por barrio y mes a mes. Las cifras se vuelven a calcular a partir de todos los avisos y valoraciones, así que se conserva el historial.
indicators-contents = En esta página
indicators-by-service = Por tipo de problema
indicators-by-neighbourhood = Por barrio
indicators-by-month = Mes a mes
indicators-chart-rating = Las barras muestran la valoración media, del 1 al 5. La tabla de abajo tiene todas las cifras.
indicators-chart-days = Las barras muestran la mediana de días que se tardó en cerrar los problemas cerrados ese mes. La tabla de abajo tiene todas las cifras.
indicators-table-caption = Cifras: { $what }
indicators-name = Concepto
indicators-requests = Comunicados
indicators-closed = Cerrados
indicators-median-days = Mediana de días hasta el cierre
indicators-average-rating = Valoración media
indicators-ratings = Valoraciones
indicators-no-neighbourhood = Sin barrio indicado
indicators-month = { $month } de { $year }
indicators-results = Valoraciones de lo realizado
indicators-method = La mediana es el valor central: la mitad de los problemas tardó menos y la otra mitad, más. Cada mes cuenta los problemas comunicados, cerrados y valorados en él.
services-admin-link = Tipos de problema
services-admin-title = Tipos de problema que los habitantes pueden comunicar en { $community }
services-admin-intro = Cada tipo de problema puede hacer sus propias preguntas. Otras aplicaciones las ven a través de la API Open311.
services-anonymous-heading = Avisos sin cuenta
services-anonymous-on = Aquí pueden avisar de problemas las personas sin cuenta, en este sitio web y desde otras aplicaciones.
services-anonymous-off = Aquí solo pueden avisar de problemas las personas con sesión iniciada; otras aplicaciones no pueden enviar avisos.
services-anonymous-allow = Permitir avisos sin cuenta
services-anonymous-stop = Pedir que se inicie sesión
services-list-heading = Tipos de problema
services-questions = Preguntas
services-offered = Disponible
services-offered-yes = Disponible
services-offered-no = Retirado
services-retire = Retirar
services-offer-again = Volver a ofrecer
services-new-heading = Añadir un tipo de problema
field-service-name = Nombre
field-service-code = Código
hint-service-code = Letras minúsculas, números y guiones, como baches. Se publica después de la dirección de la comunidad, como código de servicio Open311.
field-service-description = Descripción
field-service-group = Grupo (opcional)
hint-service-group = Los tipos de problema del mismo grupo se muestran juntos, como Vía pública.
field-service-keywords = Palabras clave (opcional)
hint-service-keywords = Palabras que la gente podría buscar, separadas por comas.
services-create-submit = Añadirlo
error-service-code = Usa letras minúsculas, números y guiones, 40 como máximo.
error-service-code-taken = Este código ya se usa.
services-no-questions = No hace ninguna pregunta aparte de la descripción y el lugar.
services-required = obligatoria
services-new-question = Añadir una pregunta
field-attribute-question = Pregunta
field-attribute-code = Código
hint-attribute-code = Letras minúsculas, números y guiones bajos, como medida. Otras aplicaciones envían las respuestas con este nombre.
field-attribute-type = Tipo de respuesta
field-attribute-values = Opciones (para una lista)
hint-attribute-values = Una opción por línea, al menos dos.
field-attribute-required = La respuesta es obligatoria
services-add-question = Añadir la pregunta
error-attribute-code = Usa letras minúsculas, números y guiones bajos, 40 como máximo.
error-attribute-code-taken = Este código de pregunta ya se usa en este tipo de problema.
error-attribute-values = Indica al menos dos opciones diferentes, una por línea.

## Datos abiertos: avisos de problemas y valoraciones

open-data-resource-service-requests = Problemas comunicados
open-data-about-service-requests = Problemas que los habitantes comunicaron a los servicios de una comunidad, y qué fue de ellos; nunca quién los comunicó.
open-data-resource-ratings = Valoraciones
open-data-about-ratings = Valoraciones de los habitantes sobre avisos cerrados y resultados completados, del 1 al 5; nunca quién valoró ni qué escribió.
catalog-open311-title = API Open311 GeoReport v2 de Piazza
catalog-open311-description = Comunicar un problema a los servicios de una comunidad y seguir qué pasa con él, desde cualquier aplicación compatible con Open311 GeoReport v2.

indicators-download = Descarga todas las cifras en CSV

## Intercambio de prácticas: casos

footer-cases = Prácticas de las que aprender
cases-title = Prácticas de las que aprender
cases-intro = Prácticas que han llevado a cabo las comunidades, descritas para que otras puedan valorarlas y ponerlas en marcha también: qué se hizo, para quién, con qué coste y qué se consiguió.
case-new-in = Describir una práctica de { $community }
cases-filter-heading = Buscar una práctica
cases-words = Palabras
cases-population = Población
cases-cost = Coste (puesta en marcha y funcionamiento)
cases-with-evidence = Solo prácticas con resultados medidos
cases-found = { $count ->
    [0] No se ha encontrado ninguna práctica
    [one] { $n } práctica
   *[other] { $n } prácticas
}
cases-none = Ninguna práctica coincide. Prueba con menos filtros.
case-where = Dónde
case-source-process = Realizada en Piazza
case-source-process-link = Ver el proceso
case-who = Quién
case-how = Cómo
case-what = Qué
case-outcomes = Resultados
case-no-outcomes = No se midió ningún resultado.
case-outcomes-caption = Resultados medidos
case-learned = Lo que se aprendió
case-steps = Pasos para replicarla
case-contact-and-licence = Contacto y licencia
case-written = Descrita el
case-new-intro = Describe la práctica para que otra comunidad pueda decidir si le conviene y ponerla en marcha: quién participó, cómo, cuánto costó y qué logró. Todos los campos salvo el título, el resumen, el ámbito de actuación y el contacto pueden quedar vacíos.
case-prefilled-from = Rellenado a partir del proceso “{ $process }”: revisa cada campo antes de guardar.
case-from-process = Describir este proceso como práctica
case-partner-row = Socio { $n }
case-outcome-row = Resultado { $n }
case-create-submit = Publicar la práctica
case-prefill-phase = { $phase }: del { $from } al { $to }
case-prefill-channels = Contribuciones por canal: { $channels }.
case-prefill-measured = Avance registrado por los responsables públicos en el seguimiento de resultados.
field-case-summary = Resumen en lenguaje claro
hint-case-summary = Dos o tres frases que cualquiera pueda entender. Como máximo 2000 caracteres.
field-case-problem = El problema al que respondió
field-case-policy-area = Ámbito de actuación
field-case-target-group = Personas a las que quería llegar
field-case-inclusion = Cómo se incluyó a las personas a las que más cuesta llegar
hint-case-inclusion = Canales, lugares, idiomas, ayuda prestada.
field-case-participants = Número de participantes
field-case-lead = Organización responsable
field-case-partner = Organización
field-case-partner-role = Su papel
field-case-method = Método
hint-case-method = Los pasos o las fases, uno por línea.
field-case-technology = Tecnología utilizada
field-case-setup-cost = Coste de puesta en marcha
field-case-running-cost = Coste de funcionamiento
hint-case-money = En unidades enteras de la moneda, como 12000.
field-case-currency = Moneda
hint-case-currency = Tres letras, como EUR.
field-case-staff = Personal implicado
field-case-volunteers = Voluntariado implicado
field-case-funding = Fuentes de financiación
hint-case-outcomes = Cada resultado con su indicador: qué se midió, en qué unidad, de dónde se partía, la meta y qué se logró.
field-outcome-name = Indicador
field-outcome-unit = Unidad
field-outcome-baseline = Valor de partida
field-outcome-target = Meta
field-outcome-achieved = Logrado
field-outcome-period = Periodo
field-outcome-measured = Cómo se midió
field-case-conditions = Condiciones para el éxito
field-case-legal = Requisitos legales
field-case-risks = Riesgos y fracasos
field-case-lessons = Lecciones aprendidas
hint-case-steps = Un paso por línea, en orden.
field-case-contact = Contacto (un cargo, no una persona)
hint-case-contact = Por ejemplo: Oficina de Participación, Ayuntamiento de Lorenza.
field-case-licence = Licencia de esta descripción
hint-case-licence = Un identificador SPDX, como CC-BY-4.0.
error-case-number = Escribe un número entero igual o mayor que cero, como 120.
error-case-summary-required = Escribe un resumen.
target-group-everyone = Todo el mundo
target-group-children = Niños y niñas
target-group-young-people = Jóvenes
target-group-older-people = Personas mayores
target-group-people-with-disabilities = Personas con discapacidad
target-group-migrants = Personas migrantes y refugiadas
target-group-low-income = Personas con bajos ingresos
target-group-women = Mujeres
target-group-rural-residents = Habitantes de zonas rurales
population-band-under-1000 = Menos de 1000 habitantes
population-band-1000-10000 = De 1000 a 10 000 habitantes
population-band-10000-100000 = De 10 000 a 100 000 habitantes
population-band-over-100000 = Más de 100 000 habitantes
cost-band-under-10000 = Menos de 10 000
cost-band-10000-100000 = De 10 000 a 100 000
cost-band-over-100000 = Más de 100 000
open-data-resource-cases = Prácticas
open-data-about-cases = Prácticas que han llevado a cabo las comunidades: dónde, para quién, con qué coste y qué se aprendió.

## Intercambio de prácticas: réplica

case-replicate-link = Replicar en mi comunidad
case-replicate-title = Replicar “{ $case }”
case-replicate-intro = En tu comunidad se pone en marcha un nuevo proceso con la misma estructura: las fases con su duración y lo que permite cada una, el umbral de apoyos y las reglas de los presupuestos. No se copia ninguna contribución. Se abre el día que elijas, así que hay tiempo para adaptarlo antes.
field-replicate-starts = Se abre el
hint-replicate-starts = El primer día de la primera fase: hoy o más adelante.
case-replicate-submit = Crear el proceso
error-replicate-past = Elige hoy o un día posterior.
case-replica-of = Esta práctica se replicó a partir de
case-replicas = Dónde se ha replicado
case-no-replicas = Aún no se ha replicado.
case-replica-of-replica = Réplica de la réplica anterior:
case-replica-case = su propia descripción
case-comparison-caption = Resultados comparados, según los indicadores de la práctica original
process-replicates = Este proceso se puso en marcha a partir de la práctica

field-case-language = Idioma de esta descripción

community-cases = Prácticas descritas aquí
community-no-cases = Aquí todavía no se ha descrito ninguna práctica.

## Vínculos entre comunidades: hermanamientos, cofacilitación, agrupaciones regionales, aprendizaje entre pares

twinning-title = Hermanamientos de { $community }
twinning-intro = Un hermanamiento es una colaboración que declaran dos comunidades, normalmente una grande y otra pequeña o rural, con un propósito que ambas comparten. Cada una muestra en su página los procesos abiertos y las prácticas de la otra, y los responsables públicos de una pueden invitar a las personas facilitadoras de la otra a cofacilitar un proceso.
twinning-link = Hermanamientos
twinning-active-heading = Hermanada con
twinning-none = Esta comunidad todavía no está hermanada con ninguna otra.
twinning-since = Hermanamiento desde el { $date }
twinning-end-submit = Poner fin al hermanamiento
twinning-received-heading = Propuestas por responder
twinning-proposed-on = Propuesto el { $date }
twinning-accept-submit = Aceptar
twinning-decline-submit = Rechazar
twinning-sent-heading = Propuestas a la espera de respuesta
twinning-withdraw-submit = Retirar
twinning-propose-heading = Proponer un hermanamiento
twinning-no-candidates = Todas las demás comunidades ya están hermanadas con esta o tienen con ella una propuesta pendiente de respuesta.
field-twin-partner = Comunidad con la que hermanarse
option-choose = Elige…
field-twin-purpose = Propósito del hermanamiento
hint-twin-purpose = Qué quieren hacer juntas las dos comunidades y qué quieren aprender la una de la otra, en unas pocas frases. Aparece en las páginas de ambas comunidades.
twinning-propose-submit = Proponer el hermanamiento
twinning-done-proposed = Se ha enviado la propuesta. Los responsables públicos de la otra comunidad la responderán.
twinning-done-accepted = El hermanamiento está en vigor.
twinning-done-ended = Hecho: se ha puesto fin al hermanamiento o a la propuesta.
error-twin-itself = Una comunidad no puede hermanarse consigo misma.
error-twinning-purpose-required = Explica para qué es el hermanamiento.
error-twinning-exists = Estas dos comunidades ya están hermanadas, o hay entre ellas una propuesta pendiente de respuesta.
community-twins = Comunidades hermanadas
twin-open-processes = Sus procesos abiertos:
twin-no-open-processes = Ahora mismo no tiene ningún proceso abierto.
twin-cases = Prácticas que ha descrito:
community-nearby-processes = Procesos abiertos cerca
community-nearby-intro = Procesos de la región y de las demás comunidades que forman parte de ella. Sigue uno para enterarte cuando pase algo, aunque vivas en otro lugar.
region-open-processes = Procesos abiertos en la región
region-participation = Participación en la región
region-participation-processes = Procesos
region-participation-proposals = Propuestas
region-participation-comments = Comentarios
region-participation-supports = Apoyos
region-participation-people = Personas que participan
region-participation-total = Toda la región
region-participation-note = No se cuentan las contribuciones ocultas ni las eliminadas. Una persona que participó en varias comunidades cuenta una sola vez en el total de la región.

co-run-title = Cofacilitación
co-run-intro = Las personas facilitadoras de una comunidad hermanada pueden ayudar a facilitar este proceso: cuando aceptan, registran lo que dice la gente con la que se encuentran en los puntos informativos y los talleres, organizan reuniones y registran papeletas en papel, igual que las personas facilitadoras de la propia comunidad.
co-run-none = Todavía ninguna persona facilitadora de una comunidad hermanada cofacilita este proceso.
co-run-table-caption = Personas facilitadoras invitadas a cofacilitar el proceso
co-run-person = Persona facilitadora
co-run-status = Estado
co-run-actions = Acciones
co-run-since = Cofacilita desde el { $date }
co-run-invited-on = Invitación enviada el { $date }, todavía sin respuesta
co-run-accept-submit = Aceptar
co-run-decline-submit = Rechazar
co-run-leave-submit = Dejar de cofacilitar
co-run-withdraw-submit = Retirar
co-run-invite-heading = Invitar a una persona facilitadora de una comunidad hermanada
co-run-no-twins = Ninguna comunidad hermanada tiene todavía personas facilitadoras a las que invitar.
field-co-runner = Persona facilitadora
hint-co-runner = Las personas facilitadoras de las comunidades hermanadas con esta.
co-run-invite-submit = Enviar la invitación
co-run-done-invited = Se ha enviado la invitación.
co-run-done-accepted = Ahora cofacilitas este proceso.
co-run-done-removed = Hecho: la persona facilitadora ya no cofacilita este proceso.
co-run-with = Cofacilitado con personas facilitadoras de comunidades hermanadas:
error-co-runner-invited = Ya se ha invitado a esta persona facilitadora a cofacilitar este proceso.

peer-title = Aprendizaje entre pares
peer-intro = Preguntas que los responsables públicos, las personas que administran y las personas facilitadoras hacen a las comunidades de su región, o a la comunidad que llevó a cabo una práctica, con las respuestas que recibieron. Solo las leen las personas que participan en nombre de las comunidades implicadas.
peer-ask-link = Hacer una pregunta
peer-none = Todavía no hay ninguna pregunta que implique a tus comunidades.
peer-answers-count = { $count ->
    [one] { $n } respuesta
   *[other] { $n } respuestas
}
peer-helped = una respuesta fue útil
peer-asked-cluster = { $community } preguntó a las comunidades de { $region }
peer-asked-case = { $community } preguntó a { $other } sobre “{ $case }”
peer-new-title = Preguntar a tus colegas
peer-new-intro = Pregunta lo que necesitas saber antes de probar algo: cómo llegaron a la gente, cuánto costó, qué salió mal. Los responsables públicos y las personas facilitadoras de las comunidades a las que preguntes la leerán y podrán responder.
field-peer-community = En nombre de
field-peer-about = A quién preguntar
peer-about-cluster = Las comunidades de nuestra región
peer-about-case = { $community }, sobre “{ $case }”
field-peer-title = Tu pregunta, en una línea
field-peer-body = Detalles
hint-peer-body = Lo que tienes en mente y lo que te gustaría saber. Deja una línea en blanco entre los párrafos.
peer-ask-submit = Preguntar
peer-case-link = La práctica sobre la que se pregunta
peer-no-answers = Todavía no hay respuestas.
peer-helped-this = Esta respuesta fue útil.
peer-mark-helpful = Esta respuesta fue útil
peer-answer-heading = Respuesta
field-peer-answer = Tu respuesta
peer-answer-submit = Enviar la respuesta
error-peer-no-region = Esta comunidad no pertenece a ninguna región; pregunta en su lugar a la comunidad que llevó a cabo una práctica.
error-peer-own-case = Esta práctica es de tu propia comunidad; pregunta a otra comunidad o a tu región.
case-ask-link = Preguntar a { $community } sobre esta práctica

notification-twinning-proposed = { $name } propuso, en nombre de { $title }, un hermanamiento con tu comunidad.
notification-twinning-accepted = { $title } aceptó el hermanamiento con tu comunidad.
notification-co-run-invitation = { $name } te invitó a cofacilitar “{ $title }”.
notification-peer-question = { $name } hizo una pregunta a tu comunidad: “{ $title }”
notification-peer-answer = { $name } respondió a “{ $title }”

data-co-running = Procesos que te invitaron a cofacilitar
data-peer-questions = Preguntas que hiciste a tus colegas
data-peer-answers = Respuestas que diste a tus colegas

## Intercambio de prácticas: corrección, traducción y exportación de casos

case-edit-link = Corregir esta descripción
case-edit-title = Corregir “{ $case }”
case-edit-back = La práctica
case-edit-submit = Guardar las correcciones
case-done-updated = Se ha corregido la descripción.
case-translate-link = Traducir
case-translate-title = Traducir “{ $case }”
case-translate-intro = Escribe en otro idioma el texto de esta práctica, para que las comunidades que lo lean puedan aprender de ella. El original, en { $language }, aparece encima de cada campo; las cifras, los resultados y los socios se quedan como están.
field-case-translate-into = Traducir a
case-translation-exists = ya traducida, puedes corregirla
case-translate-choose = Elegir
case-translate-into = En { $language }
case-translate-original = Original
case-translate-submit = Guardar la traducción
case-done-translated = Se ha guardado la traducción.
case-translated-from = Traducción a { $language } del original en { $original }.
case-versions = Léela en
error-case-translation-same = Elige un idioma distinto de aquel en el que está escrita la práctica.
case-participedia-download = Descargar esta práctica en el formato de casos de Participedia (JSON)
cases-participedia-download = Descargar todas las prácticas en el formato de casos de Participedia (JSON)

open-data-resource-twinnings = Hermanamientos
open-data-about-twinnings = Las colaboraciones que han declarado dos comunidades, con su propósito: las que la comunidad socia aceptó, y cuándo terminaron.

meetings-formats-heading = Formatos de reunión de la práctica
meetings-formats-intro = El proceso del que partió este celebró estas reuniones. Organiza una parecida: el formulario empieza con su formato, duración, plazas y accesibilidad, y tú eliges el día y el lugar.
meetings-plan-like = Organizar una parecida
meeting-duration-minutes = { $count ->
    [one] { $n } minuto
   *[other] { $n } minutos
}
co-run-all-invited = Ya se ha invitado a todas las personas facilitadoras de las comunidades hermanadas.

case-prefill-groups = { $question } (participación por grupo): { $groups }.
case-prefill-group = { $group } ({ $count })

case-replicate-also = A las preguntas de tu comunidad sobre quién participa se suman las que hace la comunidad de la práctica, si la tuya aún no las hace, para poder comparar ambas; y las reuniones que celebró se te ofrecen como modelos para organizar las tuyas.

case-translation-outdated = Se escribió antes de la última corrección de la práctica: el original puede decir más.
error-case-translation-taken = Otra persona tradujo esta práctica a este idioma; solo esa persona y la comunidad de la práctica pueden cambiar su traducción.
notification-twinning-ended = { $title } puso fin al hermanamiento con tu comunidad, o retiró o rechazó la propuesta.
