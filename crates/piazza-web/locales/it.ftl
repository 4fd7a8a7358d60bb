# Piazza — italiano. Ogni testo visibile all'utente si trova qui e nelle sue traduzioni.
# Segnaposto: $n è un numero già scritto per la lingua; $count sceglie la forma plurale.

site-name = Piazza
skip-to-content = Vai al contenuto principale
nav-label = Menu principale
nav-communities = Comunità
nav-organisations = Organizzazioni
nav-admin = Amministrazione
nav-account = Il tuo account
nav-sign-in = Accedi
nav-sign-out = Esci
nav-register = Crea un account
language-label = Lingua
language-submit = Cambia
language-name-en = English
language-name-it = Italiano
language-name-ar = العربية
language-name-es = Español
language-name-fr = Français
language-name-de = Deutsch
language-name-uk = Українська
language-name-ro = Română
language-name-fa = فارسی
footer-text = Piazza: servizi pubblici progettati insieme a chi vive qui. Open source, nessun tracciamento.
# Between the items of a list written inline.
list-separator = { ", " }
back-to-front-page = Vai alla pagina iniziale

date-long = { $day } { $month } { $year }
date-time-utc = { $date }, ore { $time } UTC
month-1 = gennaio
month-2 = febbraio
month-3 = marzo
month-4 = aprile
month-5 = maggio
month-6 = giugno
month-7 = luglio
month-8 = agosto
month-9 = settembre
month-10 = ottobre
month-11 = novembre
month-12 = dicembre

front-title = Comunità
front-heading = Cosa serve al tuo territorio? Decidiamolo insieme
front-intro = Piazza è il luogo in cui città, paesi e borghi progettano i propri servizi pubblici insieme a chi ci vive. Scegli la tua comunità per scoprire cosa si sta decidendo e come partecipare.
front-join = Crea un account per partecipare
front-other-communities = Altre comunità
front-no-communities = Non ci sono ancora comunità.
region-no-communities = Questa regione non comprende ancora nessuna comunità.
region-communities = Comunità di questa regione
population-count = { $count ->
    [one] { $n } abitante
   *[other] { $n } abitanti
}

community-kind-municipality = Comune
community-kind-neighbourhood = Quartiere
community-kind-rural-community = Comunità rurale
community-kind-region = Regione
settlement-type-urban = Area urbana
settlement-type-peri-urban = Area periurbana
settlement-type-rural = Area rurale
role-administrator = Amministratore della comunità
role-official = Funzionario
role-facilitator = Facilitatore
role-moderator = Moderatore
helix-role-public-authority = Pubblica amministrazione
helix-role-academia = Università e ricerca
helix-role-business = Imprese
helix-role-civil-society = Società civile

community-facts = Informazioni sulla comunità
community-residents = Residenti iscritti a Piazza
community-people = Chi si occupa di questa comunità
community-no-roles = Nessuno ha ancora un ruolo qui.
community-organisations = Organizzazioni con sede qui
community-no-organisations = Nessuna organizzazione ha ancora sede qui.
community-settings-link = Impostazioni
community-roles-link = Ruoli
community-settings-title = Impostazioni della comunità { $community }
community-new-title = Nuova comunità
community-create-submit = Crea la comunità
community-text-legend = Presentazione ({ $language })
text-in-language = Lingua di questo testo: { $language }.

roles-title = Ruoli nella comunità { $community }
roles-grant-heading = Assegna un ruolo a una persona
roles-grant-submit = Assegna il ruolo
roles-current-heading = Ruoli attuali
roles-history-heading = Storico dei ruoli
roles-revoke-submit = Rimuovi
roles-revoke-whom = il ruolo di { $name }
role-still-held = Ancora attivo
column-person = Persona
column-since = In carica dal
column-granted = Assegnato
column-revoked = Rimosso
column-action = Azioni
by-person = da { $name }

organisations-title = Organizzazioni
organisations-intro = Enti pubblici, università, imprese e realtà della società civile: i quattro partner che progettano i servizi pubblici insieme ai residenti.
organisations-none-in-role = Nessuna per ora.
organisation-new-link = Registra un'organizzazione
organisation-new-title = Registra un'organizzazione
organisation-create-submit = Registra l'organizzazione
members-heading = { $count ->
    [one] { $n } membro
   *[other] { $n } membri
}
member-manager = responsabile
member-add-heading = Aggiungi un membro
member-add-submit = Aggiungi il membro
member-remove-submit = Rimuovi
member-remove-whom = { $name } dall'organizzazione

register-title = Crea un account
register-intro = Bastano un nome utente e una password. Il tuo vero nome non è mai richiesto.
register-submit = Crea l'account
register-have-account = Hai già un account?
sign-in-title = Accedi
sign-in-submit = Accedi
sign-in-forgot = Hai dimenticato la password?
sign-in-no-account = Prima volta qui?
account-title = Il tuo account
account-username = Il tuo nome utente è { $username }.
account-profile-heading = Il tuo profilo
account-change-password-link = Cambia la password
account-roles-heading = I tuoi ruoli
account-no-roles = Non hai ruoli in nessuna comunità.
account-organisations-heading = Le tue organizzazioni
account-no-organisations = Non fai parte di nessuna organizzazione.
password-title = Cambia la password
password-submit = Cambia la password
password-other-sessions = Se cambi la password, l'accesso verrà chiuso su tutti gli altri dispositivi.
reset-request-title = Reimposta la password
reset-request-intro = Inserisci il tuo nome utente o indirizzo email. Se all'account è collegato un indirizzo email, lì riceverai un link per scegliere una nuova password.
reset-request-submit = Invia il link
reset-request-no-email = Se non hai un indirizzo email, chiedi aiuto a un facilitatore o all'amministratore della tua comunità.
reset-requested-notice = Se quell'account ha un indirizzo email, un link per reimpostare la password è in arrivo. Il link è valido per un'ora.
reset-title = Scegli una nuova password
reset-submit = Salva la nuova password
reset-link-invalid = Questo link è scaduto o è già stato usato.
reset-request-again = Richiedi un nuovo link
reset-mail-subject = Reimposta la tua password di Piazza
reset-mail-greeting = Ciao { $name },
reset-mail-body = Qualcuno ha chiesto di reimpostare la password del tuo account Piazza. Per scegliere una nuova password, apri questo link entro un'ora:
reset-mail-ignore = Se non l'hai chiesto tu, puoi ignorare questo messaggio: la tua password resta invariata.
welcome-notice = Ti diamo il benvenuto su Piazza, { $name }!
saved-notice = Le modifiche sono state salvate.

admin-title = Amministrazione
admin-accounts = Account
admin-pending-mail = Messaggi in attesa di invio

field-username = Nome utente
field-username-or-email = Nome utente o indirizzo email
field-display-name = Nome visualizzato
field-display-name-optional = Nome visualizzato (facoltativo)
field-email-optional = Indirizzo email (facoltativo)
field-password = Password
field-new-password = Nuova password
field-current-password = Password attuale
field-password-confirmation = Ripeti la password
field-home-community-optional = La tua comunità (facoltativo)
field-name = Nome
field-slug = Nome breve per l'indirizzo
field-kind = Tipo
field-settlement-type = Tipo di insediamento
field-population = Popolazione
field-population-optional = Popolazione (facoltativo)
field-region = Regione
field-region-optional = Regione (facoltativo)
field-default-language = Lingua principale
field-offered-languages = Lingue disponibili
field-languages = Lingue
field-tagline = Frase di presentazione
field-description = Descrizione
field-description-optional = Descrizione (facoltativo)
field-role = Ruolo
field-helix-role = Tipo di organizzazione
field-community = Comunità
field-community-optional = Comunità (facoltativo)
field-website = Sito web
field-website-optional = Sito web (facoltativo)
option-none = Nessuna
save-submit = Salva
hint-username = Da 3 a 32 caratteri: lettere minuscole senza accenti, cifre, punti, trattini o trattini bassi. È visibile agli altri.
hint-display-name = Il nome che compare accanto a ciò che scrivi. Non deve essere per forza il tuo vero nome.
hint-email = Serve solo per reimpostare la password. Non viene mai mostrato a nessuno.
hint-password = Almeno 10 caratteri. Alcune parole facili da ricordare formano una buona password.
hint-home-community = Dove vivi o partecipi.
hint-slug = Lettere minuscole senza accenti, cifre e trattini, ad esempio san-vito. Compare nell'indirizzo della pagina.
hint-population = Un numero intero, ad esempio 8940.
hint-grant-username = Il nome utente della persona, come appare nella pagina del suo account.
hint-member-username = Il nome utente della persona da aggiungere.
hint-helix-role = Pubblica amministrazione, università e ricerca, imprese o società civile.

error-summary-title = C'è un problema
error-prefix = Errore:
error-title-prefix = Errore:
error-control-characters = Rimuovi i caratteri di controllo invisibili.
error-username-required = Inserisci un nome utente.
error-username-length = Il nome utente deve avere da 3 a 32 caratteri.
error-username-characters = Usa solo lettere minuscole senza accenti, cifre, punti, trattini e trattini bassi, e inizia con una lettera o una cifra.
error-username-taken = Questo nome utente è già in uso. Scegline un altro.
error-display-name-required = Inserisci un nome visualizzato.
error-display-name-length = Il nome visualizzato può avere al massimo 60 caratteri.
error-email-invalid = Inserisci un indirizzo email come name@example.org, oppure lascia il campo vuoto.
error-password-required = Inserisci una password.
error-password-too-short = La password deve avere almeno 10 caratteri.
error-password-too-long = La password può avere al massimo 256 caratteri.
error-password-mismatch = Le due password non coincidono.
error-current-password-wrong = Questa non è la tua password attuale.
error-sign-in-failed = Il nome utente o la password non sono corretti.
error-sign-in-throttled = { $minutes ->
    [one] Troppi tentativi non riusciti. Riprova tra { $minutes_shown } minuto.
   *[other] Troppi tentativi non riusciti. Riprova tra { $minutes_shown } minuti.
}
error-reset-target-required = Inserisci il tuo nome utente o indirizzo email.
error-community-unknown = Scegli una comunità dall'elenco.
error-account-unknown = Nessun account ha questo nome utente.
error-role-already-held = Questa persona ha già questo ruolo qui.
error-already-member = Questa persona fa già parte dell'organizzazione.
error-last-manager = Un'organizzazione deve avere almeno un responsabile.
error-choose-one = Scegli una delle opzioni.
error-name-required = Inserisci un nome.
error-name-length = Il nome è troppo lungo. Scrivine uno più breve.
error-slug-required = Inserisci un nome breve per l'indirizzo.
error-slug-invalid = Usa da 2 a 48 caratteri tra lettere minuscole senza accenti, cifre e trattini singoli, senza trattini all'inizio o alla fine.
error-slug-taken = Questo nome breve è già in uso. Scegline un altro.
error-population-invalid = Inserisci la popolazione come numero intero, oppure lascia il campo vuoto.
error-parent-self = Una comunità non può essere la propria regione.
error-parent-not-region = Scegli una regione.
error-description-length = La descrizione può avere al massimo 2000 caratteri.
error-website-invalid = Inserisci un indirizzo che inizi con https:// o http://, oppure lascia il campo vuoto.
error-not-found-title = Pagina non trovata
error-not-found-body = A questo indirizzo non c'è nessuna pagina. Controlla l'indirizzo oppure ricomincia dalla pagina iniziale.
error-forbidden-title = Non puoi eseguire questa operazione
error-forbidden-body = Questa pagina o azione è riservata a persone con un altro ruolo. Se pensi di dover avere accesso, chiedi all'amministratore della tua comunità.
error-too-large-title = Troppo testo
error-too-large-body = Quello che hai inviato è più grande di quanto un modulo qui accetti. Torna indietro, accorcia il testo e invialo di nuovo.
error-bad-request-title = Non è stato possibile leggere il modulo
error-bad-request-body = Quello che è arrivato non è un modulo che questa pagina capisce. Torna indietro e invialo di nuovo.
error-internal-title = Qualcosa è andato storto
error-internal-body = Piazza non è riuscita a completare la richiesta. Nulla di ciò che hai scritto è stato salvato. Riprova tra qualche istante.

## Processi partecipativi e proposte

community-processes-link = Processi partecipativi
processes-title = Processi partecipativi della comunità { $community }
processes-none = Qui non è stato ancora avviato nessun processo partecipativo.
process-new-title = Avvia un processo partecipativo
process-create-submit = Avvia il processo
process-phases-heading = Fasi
phase-number = Fase { $n }
process-now-heading = Partecipa ora
process-nothing-now = Al momento in questo processo non c'è niente da fare.
process-see-proposals = { $count ->
    [0] Ancora nessuna proposta
    [one] Vedi { $n } proposta
   *[other] Vedi le { $n } proposte
}
process-timeline-heading = Calendario
process-about-heading = Informazioni sul processo
process-decisions-heading = Decisioni prese finora
process-no-decisions = Non è stata ancora presa nessuna decisione.
easy-read-heading = In parole semplici
back-to-process = Torna al processo
stage-running = Fase in corso: { $phase }.
stage-not-started = Apertura del processo: { $date }.
stage-waiting = Apertura della prossima fase: { $date }.
stage-closed = Questo processo è chiuso.
phase-current = in corso
phase-dates = Dal { $start }
phase-until = al { $end }
phase-allows-nothing = Solo informazioni.
phase-kind-inform = Informazione
phase-kind-ideate = Idee
phase-kind-co-design = Co-progettazione
phase-kind-prioritise = Scelta delle priorità
phase-kind-implement = Realizzazione
phase-kind-evaluate = Valutazione
activity-proposals = Presentare proposte
activity-supports = Sostenere proposte
activity-comments = Commentare
activity-amendments = Proporre emendamenti
activity-meetings = Partecipare agli incontri

proposals-title = Proposte: { $process }
proposals-found = { $count ->
    [one] { $n } proposta
   *[other] { $n } proposte
}
proposals-none = Nessuna proposta corrisponde alla ricerca.
proposal-new-title = Presenta una proposta
proposal-create-submit = Pubblica la proposta
proposal-authors = Proposta da
proposal-published = Data di pubblicazione
former-participant = un ex partecipante
proposal-state-published = Pubblicata
proposal-state-withdrawn = Ritirata dagli autori
proposal-state-evaluating = In valutazione
proposal-state-accepted = Accolta
proposal-state-rejected = Respinta
proposal-state-implemented = Realizzata
supports-count = { $count ->
    [one] { $n } sostegno
   *[other] { $n } sostegni
}
threshold-explained = { $count ->
    [one] Con { $n } sostegno, una proposta passa alla valutazione dei funzionari.
   *[other] Con { $n } sostegni, una proposta passa alla valutazione dei funzionari.
}
proposal-state-merged = Unita a un'altra proposta
proposal-merged-into = unita a
field-merge-into = Unisci a (solo per un'unione)
hint-merge-into = La proposta di questo processo che accoglie questa. Spiega perché nella risposta.
error-merge-target = Scegli la proposta a cui unire questa.
support-submit = Sostieni questa proposta
unsupport-submit = Ritira il mio sostegno
you-support = Hai dato il tuo sostegno a questa proposta.
sign-in-to-support = Accedi per sostenere questa proposta
sign-in-to-propose = Accedi per fare una proposta
supports-closed = Al momento non si raccolgono sostegni.
withdraw-submit = Ritira la proposta
official-answer-heading = La risposta ufficiale
decide-heading = Decidi su questa proposta
decide-submit = Pubblica la decisione
history-heading = Cosa è successo a questa proposta
reason-threshold = ha raggiunto il numero di sostegni necessario
notice-supported = Il tuo sostegno è stato registrato.
notice-threshold = Il tuo sostegno è stato registrato e ora la proposta passa alla valutazione dei funzionari.
notice-unsupported = Il tuo sostegno è stato ritirato.
notice-answered = La decisione è stata pubblicata.
notice-withdrawn = La proposta è stata ritirata.
not-now-proposals = Puoi presentare proposte solo durante una fase che le prevede. Controlla il calendario del processo.
not-now-supports = Puoi dare o ritirare il tuo sostegno solo durante una fase in cui si raccolgono sostegni.
not-now-activity = La fase attuale del processo non lo consente.
not-now-proposal-closed = Questa proposta è chiusa: non è più possibile sostenerla né ritirarla.
not-now-overtaken = Qualcuno ha modificato questa proposta mentre la stavi leggendo. Ecco la versione attuale: controllala e riprova.

field-title = Titolo
field-summary = Sintesi in parole semplici
field-easy-read-optional = Sintesi facile da leggere (facoltativo)
field-support-threshold = Sostegni necessari per la valutazione
field-phase-kind = Tipo di fase
field-starts-on = Primo giorno
field-ends-on = Ultimo giorno
field-phase-allows = In questa fase le persone possono
field-proposal-body = La tua proposta
field-category = Categoria
field-category-optional = Categoria (facoltativo)
field-address = Indirizzo
field-address-optional = Indirizzo (facoltativo)
field-state = Stato
field-answered = Risposta ufficiale
field-sort = Ordine
field-new-state = Nuovo stato
field-answer = Risposta pubblica
option-any = Qualsiasi
option-answered = Con risposta
option-not-answered = Ancora senza risposta
option-no-phase = Nessuna fase
sort-shuffled = In ordine casuale, per non favorire nessuna proposta
sort-newest = Prima le più recenti
sort-supported = Prima le più sostenute
filter-submit = Mostra
pagination-label = Pagine
pagination-previous = Pagina precedente
pagination-next = Pagina successiva
pagination-position = Pagina { $position }
hint-summary = Spiega in poche frasi semplici cosa si decide e come si può partecipare.
hint-easy-read = Frasi brevi e parole comuni, per chi fa fatica a leggere.
hint-markdown = Puoi usare Markdown: **grassetto**, *corsivo*, elenchi e link.
hint-support-threshold = Un numero intero, ad esempio 50.
hint-phases = Compila una riga per ogni fase, in ordine. Lascia vuote le righe che non ti servono.
hint-proposal-title = Da 5 a 150 caratteri: scrivi cosa proponi.
hint-address = Dove si realizzerebbe, se riguarda un luogo.
hint-answer = Viene pubblicata insieme alla decisione. È obbligatoria se la proposta viene respinta.
error-summary-required = Scrivi una breve sintesi.
error-summary-length = La sintesi è troppo lunga: può avere al massimo 600 caratteri.
error-easy-read-length = La sintesi facile da leggere è troppo lunga: può avere al massimo 1500 caratteri.
error-description-required = Scrivi una descrizione.
error-long-description-length = La descrizione è troppo lunga: può avere al massimo 20.000 caratteri.
error-threshold-invalid = Inserisci il numero di sostegni come numero intero, almeno 1.
error-date-invalid = Inserisci una data come 2026-03-31 (anno-mese-giorno).
error-phase-ends-before-start = L'ultimo giorno non può venire prima del primo.
error-phase-overlaps = Questa fase deve iniziare dopo la fine di quella precedente.
error-phases-required = Indica almeno una fase per il processo.
error-title-too-short = Il titolo deve avere almeno 5 caratteri.
error-title-required = Inserisci un titolo.
error-title-length = Il titolo è troppo lungo: al massimo 150 caratteri.
error-body-required = Scrivi la tua proposta.
error-body-length = La proposta è troppo lunga: può avere al massimo 10.000 caratteri.
error-text-too-long = Questo testo è troppo lungo: accorcialo.
error-answer-required = Spiega le ragioni di questa decisione.
error-answer-length = La risposta è troppo lunga: può avere al massimo 5000 caratteri.

## Comments

comments-heading = { $count ->
    [0] Commenti
    [one] { $n } commento
   *[other] { $n } commenti
}
comments-order = Ordine:
comments-oldest = prima i meno recenti
comments-newest = prima i più recenti
comments-supported = prima i più sostenuti
comments-closed = Al momento non si raccolgono commenti.
comment-new-heading = Aggiungi un commento
comment-submit = Pubblica il commento
comment-reply-title = Rispondi a un commento
comment-reply-submit = Pubblica la risposta
comment-reply-link = Rispondi
comment-edit-title = Modifica il tuo commento
comment-edit-link = Modifica
comment-delete-submit = Elimina
comment-support-submit = Sostieni
comment-number = commento { $n }
comment-edited = modificato
comment-deleted = Questo commento è stato eliminato dall'autore.
comment-in-reply-to = In risposta a { $name }
comment-back = Torna alla discussione
sign-in-to-comment = Accedi per commentare
field-stance = La tua posizione
field-comment = Il tuo commento
stance-in-favour = A favore
stance-against = Contro
stance-neutral = Neutrale
error-comment-required = Scrivi il tuo commento.
error-comment-length = Il commento è troppo lungo: può avere al massimo 3000 caratteri.
error-reply-too-deep = Le risposte possono arrivare al massimo a tre livelli: rispondi a un commento precedente di questa discussione.

## Versioni di una proposta

not-now-editing = Quando una proposta ha ricevuto un sostegno o un commento, il suo testo non si può più modificare direttamente.
proposal-edit-title = Modifica la proposta
proposal-edit-intro = Puoi cambiare il testo finché la proposta non riceve il primo sostegno o commento. Ogni versione resta visibile a tutti.
proposal-edit-submit = Salva la nuova versione
versions-title = Storia del testo: { $proposal }
versions-intro = Tutte le versioni della proposta, dalla più recente, con ciò che è cambiato rispetto alla precedente.
version-number = Versione { $n }
versions-link = { $count ->
    [one] Storia del testo (una versione)
   *[other] Storia del testo ({ $n } versioni)
}
diff-added = aggiunto
diff-removed = tolto

## Emendamenti

amendments-heading = { $count ->
    [0] Emendamenti
    [one] { $n } emendamento
   *[other] { $n } emendamenti
}
amendment-new-title = Proponi un emendamento
amendment-new-intro = Cambia il testo come pensi che dovrebbe essere e spiega perché. Gli autori della proposta accettano o respingono il tuo emendamento, e tutti possono leggere la loro risposta.
amendment-submit = Proponi l'emendamento
amendment-by = Emendamento di { $name }
amendment-pending = In attesa degli autori
amendment-accepted = Accettato dagli autori
amendment-rejected = Respinto dagli autori
amendment-answer = La risposta degli autori
amendment-accept-submit = Accetta questo emendamento
amendment-reject-submit = Respingi questo emendamento
field-amendment-reason = Motivo
field-rejection-reason = Perché lo respingi (obbligatorio per respingere)
hint-amendment-reason = Che cosa migliora la tua modifica, in poche parole.
version-from-amendment = da un emendamento di { $name }
error-reason-required = Indica un motivo.
error-reason-length = Il motivo è troppo lungo: al massimo 1000 caratteri.
error-amendment-unchanged = L'emendamento non cambia ancora nulla.

## Coautori

coauthors-heading = Coautori
coauthor-invited = invitato, in attesa di risposta
coauthor-invite-submit = Invita
field-invitee-kind = Invita
field-invitee = Nome utente o nome breve dell'organizzazione
hint-invitee = Una persona accetta per sé; per un'organizzazione accetta uno dei suoi gestori.
option-person = una persona
option-organisation = un'organizzazione
invitation-heading = Sei invitato a essere coautore di questa proposta
invitation-explained = Come coautore compari tra gli autori, puoi cambiare il testo finché è possibile e rispondere agli emendamenti.
invitation-accept-submit = Accetta
invitation-decline-submit = Rifiuta
invitation-for-organisation = per { $organisation }
account-invitations-heading = Inviti come coautore
notice-invited = L'invito è stato inviato.
error-invitee-required = Inserisci un nome utente o il nome breve di un'organizzazione.
error-organisation-unknown = Nessuna organizzazione ha questo nome breve.
error-already-author = Questa persona è già autrice della proposta.
error-already-invited = È già stato inviato un invito.

## Moderation
content-kind-proposal = Proposta
content-kind-comment = Commento
content-kind-amendment = Emendamento
proposal-number = proposta { $n }
amendment-number = emendamento { $n }
report-reason-spam = Spam o pubblicità
report-reason-offensive = Offensivo, di incitamento all'odio o minaccioso
report-reason-off-topic = Fuori tema
report-reason-personal-data = Rivela i dati personali di qualcuno
report-reason-other = Altro motivo
moderation-state-reported = Segnalato, ancora visibile
moderation-state-pending = Nascosto dopo alcune segnalazioni, in attesa di revisione
moderation-state-hidden = Nascosto da un moderatore
moderation-state-restored = Ripristinato
moderation-action-hidden-by-reports = Nascosto dopo varie segnalazioni, finché un moderatore non lo esamina
moderation-action-hide = Nascosto da un moderatore
moderation-action-restore = Ripristinato da un moderatore
moderation-action-uphold = Lasciato nascosto dopo la revisione
moderation-action-block = Persona bloccata in questa comunità
moderation-action-unblock = Blocco rimosso
not-now-blocked = Un moderatore ti ha bloccato: non puoi più partecipare in questa comunità. Il motivo si trova nel registro di moderazione della comunità.
report-link = Segnala
report-proposal-link = Segnala questa proposta
report-title = Segnalazione: { $kind }
report-back = Torna al contributo
report-intro = Spiega ai moderatori che cosa non va. Lo esamineranno; chi l'ha scritto non saprà mai chi l'ha segnalato.
field-report-reason = Perché lo segnali?
field-report-details = Altri dettagli
hint-report-details = Facoltativo, a meno che tu non abbia scelto “Altro motivo”. Al massimo 1000 caratteri.
report-submit = Invia la segnalazione
report-recorded = Grazie. La tua segnalazione è arrivata ai moderatori.
report-already = L'hai già segnalato: la tua segnalazione precedente resta valida.
report-hidden = Grazie. Dopo varie segnalazioni ora è nascosto, finché un moderatore non lo esamina.
error-report-own = Non puoi segnalare un tuo contributo.
error-report-details-required = Spiega in poche parole che cosa non va.
moderation-hide-now-heading = Nascondi subito (moderatori)
field-public-reason = Motivo pubblico
hint-public-reason = Tutti lo leggeranno al posto del testo nascosto e nel registro di moderazione.
moderation-hide-submit = Nascondi
moderation-restore-submit = Ripristina
moderation-uphold-submit = Lascia nascosto
hidden-by-moderator = Nascosto dai moderatori: { $reason }
hidden-pending-review = Nascosto dopo varie segnalazioni, finché un moderatore non lo esamina.
hidden-proposal-title = Proposta nascosta
appeal-link = Contesta questa decisione
appeal-title = Contesta una decisione di moderazione
appeal-intro = Se pensi che i moderatori abbiano sbagliato, spiega loro perché. Puoi fare ricorso una sola volta: un moderatore esaminerà di nuovo il caso e ripristinerà il tuo contributo oppure lo lascerà nascosto.
field-appeal = Perché dovrebbe essere ripristinato?
hint-appeal = Al massimo 2000 caratteri.
appeal-submit = Invia il ricorso
appeal-yours-heading = Il tuo ricorso
appeal-waiting = Un moderatore esaminerà il tuo ricorso.
appeal-answered = Un moderatore ha esaminato il tuo ricorso. La decisione e il suo motivo sono indicati qui sopra.
appeal-not-possible = Questo contributo non è nascosto, oppure è già stato presentato un ricorso.
error-appeal-required = Spiega perché dovrebbe essere ripristinato.
error-appeal-once = Contro una decisione si può fare ricorso una sola volta.
moderation-title = Moderazione nella comunità { $community }
moderation-queue-link = Contributi da esaminare
moderation-log-link = Registro di moderazione
moderation-queue-heading = { $count ->
    [0] Niente in attesa
    [one] { $n } contributo in attesa
   *[other] { $n } contributi in attesa
}
moderation-queue-empty = Non c'è niente da esaminare.
moderation-report-count = { $count ->
    [0] nessuna segnalazione
    [one] { $n } segnalazione
   *[other] { $n } segnalazioni
}
moderation-appeal-label = Ricorso dell'autore:
moderation-blocks-heading = Persone bloccate
moderation-blocks-empty = Nessuno è bloccato in questa comunità.
moderation-block-heading = Blocca una persona
hint-block-reason = Una persona bloccata può ancora leggere tutto, ma qui non può più presentare proposte, commentare, proporre emendamenti, dare il proprio sostegno o fare segnalazioni. Il motivo è pubblico.
moderation-block-submit = Blocca
moderation-unblock-submit = Rimuovi il blocco
error-block-self = Non puoi bloccare te stesso.
error-already-blocked = Questa persona è già bloccata.
moderation-settings-heading = Impostazioni
field-report-threshold = Segnalazioni necessarie per nascondere un contributo
hint-report-threshold = Un contributo che riceve questo numero di segnalazioni viene nascosto finché un moderatore non lo esamina.
error-report-threshold = Inserisci un numero intero da { $min_shown } a { $max_shown }.
moderation-done-hidden = Nascosto. Il motivo è nel registro pubblico.
moderation-done-restored = Ripristinato. Ora è di nuovo visibile.
moderation-done-upheld = Lasciato nascosto. L'autore ha ricevuto una risposta.
moderation-done-blocked = La persona è stata bloccata in questa comunità.
moderation-done-unblocked = Il blocco è stato rimosso.
moderation-done-threshold = Il numero di segnalazioni è stato salvato.
moderation-log-title = Registro di moderazione della comunità { $community }
moderation-log-intro = Ogni contributo nascosto o ripristinato e ogni persona bloccata qui, con il motivo indicato dai moderatori. Chi ha segnalato cosa non viene mai mostrato.
moderation-log-empty = Non è stato ancora moderato nulla.
moderation-no-reason = Nessun motivo indicato
column-when = Quando
column-concerning = Riguarda
column-reason = Motivo

## Notifiche
nav-notifications = Notifiche
nav-notifications-unread = { $count ->
    [one] Notifiche ({ $n } nuova)
   *[other] Notifiche ({ $n } nuove)
}
notifications-title = Le tue notifiche
notifications-empty = Per ora non c'è niente. Segui un processo o una proposta per sapere cosa succede. Le tue proposte e le discussioni a cui partecipi le segui già in automatico.
notifications-new = Novità:
notifications-mark-read = Segna tutte come lette
notifications-done-read = Tutte le tue notifiche sono state segnate come lette.
notifications-email-heading = Notifiche via email
notifications-no-email = Il tuo account non ha un indirizzo email, quindi Piazza non può scriverti. Puoi aggiungerne uno nella pagina del tuo account.
field-email-frequency = Ogni quanto vuoi che Piazza ti scriva?
email-frequency-immediate = Subito, un'email per ogni notifica
email-frequency-daily = Una volta al giorno, un riepilogo di tutte le novità
email-frequency-never = Mai: le leggo qui
notification-new-proposal = { $name } ha presentato una nuova proposta: “{ $title }”
notification-comment = { $name } ha commentato “{ $title }”
notification-reply = { $name } ha risposto al tuo commento su “{ $title }”
notification-amendment = { $name } ha proposto un emendamento a “{ $title }”
notification-amendment-answered = Il tuo emendamento a “{ $title }”: { $detail }
notification-state-changed = “{ $title }” ora è: { $detail }
notification-invitation = { $name } ti ha invitato a essere coautore di “{ $title }”
notification-threshold = “{ $title }” ha raggiunto i sostegni necessari e passa alla valutazione dei funzionari.
notification-awaits-evaluation = “{ $title }” ha raggiunto il numero di sostegni necessario e attende la tua valutazione e una risposta pubblica.
notification-hidden = Il tuo contributo su “{ $title }” è stato nascosto. { $detail }
notification-mail-footer = Ricevi questa email perché segui questi contenuti o vi hai partecipato. Per scegliere ogni quanto Piazza ti scrive, o per non ricevere più queste email, vai qui: { $link }
digest-mail-subject = { $count ->
    [one] Le tue novità da Piazza: { $n } notifica
   *[other] Le tue novità da Piazza: { $n } notifiche
}
follow-submit = Segui
unfollow-submit = Smetti di seguire
following-now = Lo stai seguendo: ti avvisiamo quando succede qualcosa.

## Ricerca
search-title = Cerca nella comunità { $community }
search-results-title = Risultati della ricerca per “{ $query }”
search-label = Parole da cercare
search-kind-label = Mostra
search-kind-all = Tutto
search-kind-process = Processi
search-kind-proposal = Proposte
search-kind-comment = Commenti
search-kind-meeting = Incontri
search-submit = Cerca
search-count = { $count ->
    [0] Nessun risultato
    [one] { $n } risultato
   *[other] { $n } risultati
}
search-nothing = Nessun risultato contiene tutte queste parole. Prova con meno parole o con parole più brevi, oppure con un'altra grafia.

## Incontri
meeting-format-in-person = In presenza
meeting-format-online = Online
meeting-format-hybrid = In presenza e online
meeting-access-step-free = Accesso senza gradini
meeting-access-hearing-loop = Anello a induzione magnetica
meeting-access-sign-language = Interpretariato in lingua dei segni (LIS)
meeting-access-interpretation = Interpretariato linguistico
meeting-access-childcare = Servizio di custodia bambini
meeting-access-quiet-room = Stanza silenziosa
not-now-meeting-over = Questo incontro si è concluso: le iscrizioni sono chiuse.
not-now-meetings = Ci si può iscrivere agli incontri solo durante una fase che prevede incontri. Controlla il calendario del processo.
error-web-address = Inserisci un indirizzo che inizi con https:// o http://.
error-address-required = Indica dove si svolge l'incontro.
error-time-invalid = Inserisci un orario in ore e minuti, ad esempio 18:30.
error-meeting-ends-before-start = L'incontro deve finire dopo l'orario di inizio.
error-capacity-invalid = Inserisci un numero intero di posti da 1 a 100.000, oppure lascia il campo vuoto se non c'è un limite.
error-minutes-too-early = Il verbale si può scrivere solo dopo l'inizio dell'incontro.
error-minutes-required = Scrivi il verbale.
error-minutes-length = Il verbale è troppo lungo: può avere al massimo 20.000 caratteri.
process-see-meetings = { $count ->
    [0] Ancora nessun incontro
    [one] Vedi { $n } incontro
   *[other] Vedi { $n } incontri
}
meetings-title = Incontri: { $process }
meeting-new-title = Organizza un incontro
meetings-upcoming = Prossimi incontri
meetings-none-upcoming = Non è ancora previsto nessun incontro.
meetings-past = Incontri passati
meetings-none-past = Non si è ancora svolto nessun incontro.
field-meeting-description = A cosa serve l'incontro
field-meeting-format = Dove si svolge
field-meeting-address = Indirizzo
hint-meeting-address = Obbligatorio per un incontro in presenza. Se la sala è difficile da trovare, spiega come arrivarci.
field-meeting-link = Link per partecipare online
hint-meeting-link = Obbligatorio per un incontro online. Lo vedono solo le persone iscritte.
field-meeting-date = Data
hint-meeting-date = Nel formato anno-mese-giorno, ad esempio 2026-12-03.
field-meeting-starts = Ora di inizio
field-meeting-ends = Ora di fine
hint-meeting-time = In ore e minuti, nel fuso orario UTC, ad esempio 18:30.
field-meeting-capacity = Posti
hint-meeting-capacity = Lascia il campo vuoto se non c'è un limite. Quando i posti sono esauriti, chi si iscrive entra in lista d'attesa.
field-meeting-access = Accessibilità
field-meeting-access-notes = Altre informazioni sull'accessibilità
hint-meeting-access-notes = Facoltativo: ad esempio per quali lingue c'è l'interpretariato, o dove si trova la stanza silenziosa.
meeting-create-submit = Organizza l'incontro
field-meeting-when = Quando
meeting-link-for-registered = Visibile solo alle persone iscritte.
meeting-places = { $count ->
    [one] { $n } posto
   *[other] { $n } posti
}
meeting-places-left = { $count ->
    [0] nessuno libero
    [one] { $n } libero
   *[other] { $n } liberi
}
meeting-waiting-count = { $count ->
    [one] { $n } persona in lista d'attesa
   *[other] { $n } persone in lista d'attesa
}
meeting-no-limit = Nessun limite
meeting-access-none = Ancora nessuna informazione. Chiedi agli organizzatori ciò di cui hai bisogno.
meeting-registration-heading = Partecipazione
meeting-over = Questo incontro si è concluso.
meeting-you-are-registered = La tua iscrizione è confermata.
meeting-cancel-submit = Annulla la mia iscrizione
meeting-you-are-waiting = { $count ->
    [one] Sei al primo posto della lista d'attesa.
   *[other] Sei al posto numero { $n } della lista d'attesa.
}
meeting-leave-waiting-submit = Esci dalla lista d'attesa
field-meeting-needs = Di cosa hai bisogno per partecipare (facoltativo)
hint-meeting-needs = Lo vedono solo gli organizzatori: ad esempio uno spazio per la sedia a rotelle o l'interpretariato in una lingua.
meeting-register-submit = Iscriviti
meeting-wait-submit = Mettiti in lista d'attesa
sign-in-to-register = Accedi per iscriverti a questo incontro
meeting-minutes-heading = Verbale
meeting-no-minutes = Il verbale comparirà qui dopo l'incontro.
meeting-outcomes-heading = Proposte nate da questo incontro
meeting-minutes-form-heading = Scrivi il verbale
field-minutes = Verbale
field-meeting-outcomes = Proposte nate dall'incontro
meeting-minutes-submit = Salva il verbale
meeting-registrants-heading = { $count ->
    [0] Non si è ancora iscritto nessuno
    [one] { $n } persona iscritta o in lista d'attesa
   *[other] { $n } persone iscritte o in lista d'attesa
}
column-place = Posto
column-needs = Esigenze
meeting-status-registered = Iscrizione confermata
meeting-status-waiting = In lista d'attesa
meeting-done-registered = La tua iscrizione è confermata. Ci vediamo all'incontro!
meeting-done-waiting = L'incontro è al completo: sei in lista d'attesa e ti avviseremo se si libera un posto.
meeting-done-cancelled = La tua iscrizione è stata annullata.
meeting-done-minutes = Il verbale è stato salvato.
notification-new-meeting = { $name } ha organizzato un incontro: “{ $title }”
notification-meeting-place = Si è liberato un posto: ora la tua iscrizione a “{ $title }” è confermata.

## Categorie e luoghi
category-mobility = Mobilità e trasporti
category-green-spaces = Parchi e verde pubblico
category-public-space = Strade e spazio pubblico
category-education = Scuola e istruzione
category-culture = Cultura
category-sport = Sport
category-health = Salute
category-social-care = Servizi sociali e inclusione
category-housing = Casa
category-energy = Energia
category-environment = Ambiente e clima
category-economy = Lavoro ed economia locale
category-safety = Sicurezza
category-digital = Servizi digitali
category-other = Altro
sort-commented = Prima le più commentate
comments-count = { $count ->
    [0] nessun commento
    [one] { $n } commento
   *[other] { $n } commenti
}
field-neighbourhood = Quartiere
field-neighbourhood-optional = Quartiere (facoltativo)
field-map-point = Punto sulla mappa
hint-map-point = Facoltativo. Se le conosci, indica la latitudine e la longitudine del luogo, ad esempio 43,8431 e 10,5061. Basta l'indirizzo qui sopra.
field-latitude = Latitudine
field-longitude = Longitudine
error-latitude = Inserisci una latitudine tra -90 e 90, ad esempio 43,8431, oppure lascia vuoti entrambi i campi.
error-longitude = Inserisci una longitudine tra -180 e 180, ad esempio 10,5061, oppure lascia vuoti entrambi i campi.
community-neighbourhoods-link = Quartieri
neighbourhoods-title = Quartieri della comunità { $community }
neighbourhoods-intro = I processi partecipativi possono riguardare solo alcuni quartieri e le proposte possono indicare il quartiere che riguardano, così i residenti trovano ciò che è vicino a loro.
neighbourhoods-none = Non ci sono ancora quartieri.
field-neighbourhood-name = Nome del quartiere
neighbourhood-add-submit = Aggiungi il quartiere
error-neighbourhood-exists = Questa comunità ha già un quartiere con questo nome.
field-process-scope = Quali quartieri riguarda?
hint-process-scope = Non selezionarne nessuno se il processo riguarda tutta la comunità.
process-scope = Riguarda:
search-count-many = Più di { $n } risultati

## Bilanci partecipativi

money = { $amount } { $currency }
process-see-budgets = { $count ->
    [0] Bilanci partecipativi
    [one] { $n } bilancio partecipativo
   *[other] { $n } bilanci partecipativi
}
budgets-title = Bilanci partecipativi di “{ $process }”
budgets-intro = I residenti decidono come spendere una parte del bilancio pubblico: ogni bilancio partecipativo elenca dei progetti con il loro costo, e ogni residente può votare una sola volta.
budgets-none = In questo processo non è stato ancora aperto nessun bilancio partecipativo.
budget-new-title = Apri un bilancio partecipativo
budget-card-line = { $total } · { $style } · conteggio con { $rule }
budget-ballots = { $count ->
    [0] Ancora nessuna scheda
    [one] { $n } scheda
   *[other] { $n } schede
}
budget-see-results = Vedi i risultati
budget-status-open = Votazione aperta
budget-status-closed = Votazione chiusa, voti non ancora contati
budget-status-counted = Voti contati
budget-changeable = Puoi modificare la tua scheda fino alla chiusura della votazione.
budget-officials-heading = Per i funzionari
budget-locked = Sono già stati espressi dei voti: i progetti, la modalità di voto e il criterio di conteggio non possono più cambiare.
budget-count-explained = La chiusura ferma definitivamente la votazione, separa ogni scheda da chi l'ha votata e conta i voti. Le schede rese anonime vengono pubblicate perché chiunque possa ricontarle.
budget-count-submit = Chiudi la votazione e conta i voti
budget-projects-heading = { $count ->
    [0] Ancora nessun progetto sulla scheda
    [one] { $n } progetto sulla scheda
   *[other] { $n } progetti sulla scheda
}
budget-off-ballot-heading = Progetti non presenti sulla scheda
budget-create-submit = Apri il bilancio partecipativo
field-budget-description = A cosa servono i fondi
field-budget-total = Somma da spendere
hint-budget-total = Un numero intero, ad esempio 250000.
field-budget-currency = Valuta
hint-budget-currency = Tre lettere, ad esempio EUR.
field-budget-style = Come si vota
field-budget-min-choices = Numero minimo di progetti da scegliere su una scheda
hint-budget-min-choices = Facoltativo. 0 o campo vuoto significa nessun minimo.
field-budget-max-choices = Numero massimo di progetti da scegliere su una scheda (per una classifica: quante posizioni)
hint-budget-max-choices = Facoltativo, tranne che per una classifica. Campo vuoto significa nessun limite.
field-budget-min-share = Percentuale della somma che una scheda a zaino deve usare
hint-budget-min-share = Facoltativo, solo per le schede a zaino (progetti da scegliere entro la somma disponibile), ad esempio 80.
field-budget-points = Punti che ogni votante distribuisce
hint-budget-points = Obbligatorio per le schede a punti, ad esempio 10.
field-budget-rule = Come si contano i voti
hint-budget-rule = Il metodo delle quote uguali dà a ogni gruppo di votanti una giusta parte della somma; il conteggio per maggior numero di voti lascia decidere tutto al gruppo più numeroso.
field-budget-changeable = Chi vota può modificare la propria scheda fino alla chiusura della votazione
ballot-style-approval = Scegli tutti i progetti che sostieni
ballot-style-knapsack = Scegli progetti che rientrano nella somma disponibile
ballot-style-cumulative = Distribuisci punti tra i progetti
ballot-style-ranked = Metti in ordine i tuoi progetti preferiti
counting-rule-mes_cost_add1_eqs = il metodo delle quote uguali (consigliato)
counting-rule-mes_cost_add1_greedy = il metodo delle quote uguali, poi il maggior numero di voti per la somma rimasta
counting-rule-greedy_cost = il criterio del maggior numero di voti
counting-rule-greedy_card = il criterio del maggior numero di voti per unità di costo
counting-rule-phragmen = il metodo di Phragmén
counting-rule-maxwelfare_cost = il criterio dell'insieme di progetti con la maggiore somma approvata
counting-rule-greedy_points = il criterio del maggior numero di punti
counting-rule-mes_points = il metodo delle quote uguali per punti
error-whole-number-range = Inserisci un numero intero da { $min_shown } a { $max_shown }.
error-budget-total-required = Inserisci la somma da spendere.
error-currency = Inserisci la valuta con tre lettere, ad esempio EUR.
error-rule-needs-approvals = Questo criterio conta le approvazioni: per le schede a punti e con classifica scegli un criterio a punti.
error-rule-needs-points = Questo criterio conta i punti: sceglilo solo per le schede a punti o con classifica.
error-max-below-min = Il numero massimo di progetti non può essere inferiore al minimo.
error-points-required = Indica quanti punti distribuisce ogni votante.
error-ranks-required = Indica quante posizioni ha una classifica.
error-budget-locked = Sono già stati espressi dei voti, quindi i progetti di questo bilancio partecipativo non possono più cambiare.
project-new-title = Aggiungi un progetto
field-project-description = Cosa fa il progetto
field-project-cost = Costo
hint-project-cost = Un numero intero, nella valuta del bilancio partecipativo.
error-cost-required = Inserisci il costo.
field-project-proposal = Da dove nasce
hint-project-proposal = Una proposta di questo processo, oppure i funzionari.
option-from-officials = I funzionari
field-project-image = Immagine (un link)
hint-project-image = Facoltativo. L'indirizzo https di un'immagine; la pagina rimanda all'immagine con un link e non la carica mai.
error-image-address = Inserisci un indirizzo che inizi con https://, senza spazi.
project-create-submit = Aggiungi il progetto
project-done-added = Il progetto è stato aggiunto. Valutane la fattibilità per inserirlo nella scheda.
project-from-proposal = Vedi la proposta da cui nasce
project-see-image = Vedi un'immagine
feasibility-pending = Fattibilità non ancora valutata
feasibility-feasible = Fattibile
feasibility-infeasible = Non fattibile
project-review-legend = Valuta “{ $title }”
field-feasibility-reason = Motivo pubblico (obbligatorio se non è fattibile)
error-feasibility-reason-required = Indica il motivo pubblico per cui il progetto non è fattibile.
project-review-submit = Salva la valutazione
project-done-reviewed = La valutazione è stata salvata.
ballot-heading = La tua scheda
ballot-instructions-approval = Scegli i progetti che sostieni.
ballot-instructions-knapsack = Scegli progetti il cui costo complessivo rientri nella somma disponibile.
ballot-instructions-cumulative = Dai punti ai progetti che sostieni.
ballot-instructions-ranked = Assegna una posizione ai tuoi progetti preferiti: al primo posto metti quello che vuoi di più.
ballot-points-to-spread = { $count ->
    [one] Hai { $n } punto da distribuire.
   *[other] Hai { $n } punti da distribuire.
}
ballot-min-share = { $count ->
    [one] La tua scelta deve usare almeno questa percentuale della somma: { $n }%.
   *[other] La tua scelta deve usare almeno questa percentuale della somma: { $n }%.
}
ballot-min-choices = { $count ->
    [one] Scegli almeno { $n } progetto.
   *[other] Scegli almeno { $n } progetti.
}
ballot-max-choices = { $count ->
    [one] Scegli al massimo { $n } progetto.
   *[other] Scegli al massimo { $n } progetti.
}
ballot-not-ranked = Nessuna posizione
ballot-place = Posizione { $n }
ballot-chosen = { $count ->
    [0] Nessun progetto scelto
    [one] { $n } progetto scelto
   *[other] { $n } progetti scelti
}
ballot-cost-left = costo totale { $cost }, restano { $left }
ballot-points-used = punti assegnati: { $used_shown } su { $points_shown }
ballot-valid = La tua scheda è valida.
ballot-nothing-chosen = Scegli i progetti, poi controlla il totale o invia il tuo voto.
ballot-check-submit = Controlla il totale
ballot-cast-submit = Invia il mio voto
ballot-change-submit = Modifica il mio voto
ballot-voted-changeable = Hai votato. La tua scheda è qui sotto: puoi modificarla fino alla chiusura della votazione, e vale l'ultima.
ballot-voted-final = Hai votato. Il tuo voto è definitivo.
ballot-no-projects = Sulla scheda non c'è ancora nessun progetto.
ballot-sign-in = Accedi per votare
ballot-not-open = La votazione ora non è aperta: si svolge durante la fase di scelta delle priorità del processo.
ballot-closed = La votazione è chiusa.
ballot-done-recorded = Il tuo voto è stato registrato.
ballot-done-replaced = Il tuo voto è stato modificato: conta solo quello nuovo.
ballot-problem-empty = Scegli almeno un progetto.
ballot-problem-too-few = { $min ->
    [one] Scegli almeno { $min_shown } progetto.
   *[other] Scegli almeno { $min_shown } progetti.
}
ballot-problem-too-many = { $max ->
    [one] Scegli al massimo { $max_shown } progetto.
   *[other] Scegli al massimo { $max_shown } progetti.
}
ballot-problem-over-budget = La tua scelta supera di { $over_shown } la somma disponibile.
ballot-problem-under-share = La tua scelta deve usare almeno questa percentuale della somma: { $share_shown }%.
ballot-problem-too-many-points = Puoi dare al massimo { $points_shown } punti.
ballot-problem-points-whole = I punti devono essere numeri interi, da 0 in su.
ballot-problem-place-twice = Due progetti hanno la posizione { $place_shown }: usa ogni posizione una sola volta.
ballot-problem-place-range = Le posizioni vanno da 1 a { $places_shown }.
ballot-problem-unknown-project = Uno dei progetti scelti non è sulla scheda.
error-ballot-invalid = Non puoi ancora inviare la tua scheda: qui sotto trovi cosa cambiare.
not-now-voting-closed = La votazione per questo bilancio partecipativo ora non è aperta.
not-now-already-voted = Hai già votato per questo bilancio partecipativo e qui il voto non si può modificare.
results-title = Risultati di “{ $budget }”
results-spent = Somma spesa
results-left = Somma rimasta
results-ballots-heading = Schede
results-ballots = { $count ->
    [0] Nessuna scheda
    [one] { $n } scheda
   *[other] { $n } schede
}
results-channel = { $channel }: { $n }
channel-online = Online
channel-code = Con un codice di voto
channel-paper = Su carta, registrate da un facilitatore
results-counted = Data del conteggio
results-rule-explained-equal-shares = Conteggio con il metodo delle quote uguali: ogni votante riceve una parte uguale della somma e la spende solo per i progetti che ha scelto. Un progetto vince quando chi lo sostiene può pagarlo insieme; viene prima il progetto che costa meno a ciascuno di loro.
results-rule-explained-greedy = Conteggio per maggior numero di voti: i progetti vengono presi in ordine di voti, e ciascuno è scelto se rientra ancora nella somma rimasta.
results-rule-explained-phragmen = Conteggio con il metodo di Phragmén: il costo di ogni progetto viene ripartito tra chi lo sostiene nel modo più uniforme possibile, e il conteggio si ferma al primo progetto che non rientra nella somma.
results-rule-explained-max-welfare = Conteggio che sceglie l'insieme di progetti che rientra nella somma disponibile e ha la maggiore somma approvata.
results-chart-heading = Voti per progetto
results-chart-caption = I progetti vincitori sono in colore scuro, gli altri in colore chiaro; i numeri sono anche nella tabella qui sotto.
results-bar-label = { $title }: { $votes }
results-table-heading = Tutti i progetti e perché hanno vinto o perso
results-project = Progetto
results-cost = Costo
results-votes = Voti
results-outcome = Esito
results-why = Perché
results-won = Vinto
results-lost = Perso
fate-ranked-won = Posizione { $rank }: al suo turno restavano { $left }, abbastanza per pagarlo.
fate-ranked-lost = Posizione { $rank }: al suo turno restavano solo { $left }, meno del suo costo.
fate-shared = Scelto al passo { $step }: lo hanno pagato { $payers } sostenitori, { $share } ciascuno ({ $all } di loro hanno speso tutto ciò che restava loro).
fate-supporters-short = A chi lo sosteneva restavano in tutto solo { $held }, meno del suo costo.
fate-completed = Scelto dopo le quote uguali, per maggior numero di voti: posizione { $rank }, con { $left } ancora disponibili.
fate-not-completed = Non scelto: posizione { $rank } per numero di voti, quando restavano solo { $left }.
fate-loaded = Scelto al passo { $step }.
fate-stopped-here = Non rientrava nella somma rimasta, e il conteggio si è fermato qui.
fate-not-reached = Il conteggio si è fermato prima del suo turno.
fate-optimal-won = Fa parte dell'insieme di progetti con la maggiore somma approvata.
fate-optimal-lost = Non fa parte dell'insieme di progetti con la maggiore somma approvata.
fate-free = Gratuito e sostenuto, quindi scelto.
fate-unsupported = Nessuno l'ha votato.
results-recount-heading = Ricontali tu
results-recount-explained = Le schede, senza nomi né orari, sono pubblicate nel formato Pabulib. Chiunque può contarle di nuovo con Piazza o con altri strumenti, e deve trovare gli stessi vincitori.
results-download = Scarica le schede (Pabulib)
results-sha256 = Impronta SHA-256 del file:

## Codici di voto e schede cartacee

budget-codes-status = Codici di voto stampati: { $printed_shown }, usati: { $used_shown }.
field-code-count = Quanti codici di voto stampare
hint-code-count = I codici vengono mostrati una sola volta, per stamparli: Piazza conserva solo un'impronta di ciascuno. Da 1 a 1000.
budget-codes-submit = Stampa i codici di voto
codes-title = Codici di voto per “{ $budget }”
codes-print-now = Stampa subito questa pagina: questi codici non verranno più mostrati. Ogni codice vale per una sola scheda.
codes-how = Per votare, apri questo indirizzo, inserisci il codice e scegli i tuoi progetti. Il codice funziona una sola volta.
ballot-code-heading = Vota con un codice
ballot-paper-heading = Registra una scheda cartacea
field-voting-code = Codice di voto
hint-voting-code = Le dodici lettere e cifre stampate sul tuo foglietto, ad esempio ABCD-EFGH-JKLM.
field-paper-reference = Numero scritto sulla scheda cartacea
hint-paper-reference = La stessa scheda cartacea non può essere registrata due volte con lo stesso numero.
ballot-code-submit = Invia la scheda con questo codice
ballot-paper-submit = Registra questa scheda cartacea
ballot-vote-with-code = Vota con un codice stampato
ballot-enter-paper = Registra le schede cartacee
ballot-back-to-budget = Torna al bilancio partecipativo
ballot-recorded-heading = Ecco esattamente cosa è stato registrato:
ballot-recorded-points = { $title }: { $points }
ballot-done-code = La scheda è stata registrata. Il codice non può essere usato di nuovo.
paper-done-entered = La scheda cartacea è stata registrata.
error-code-required = Inserisci il codice di voto.
error-code-unknown = Questo codice non esiste per questo bilancio partecipativo. Controlla le lettere e le cifre.
error-paper-reference = Inserisci il numero scritto sulla scheda cartacea, al massimo 40 caratteri.
not-now-code-used = Questo codice è già stato usato: ogni codice vale per una sola scheda.
not-now-paper-entered = Una scheda cartacea con questo numero è già stata registrata.

## Chi può votare, elenchi anagrafici e votazioni importate

not-now-needs-voter-details = Per votare in questo bilancio partecipativo devi prima indicare la tua data di nascita o il tuo quartiere.
not-now-needs-census = Per votare in questo bilancio partecipativo devi prima fare la verifica con l'elenco anagrafico.
not-now-too-young = Non hai ancora l'età minima per questo bilancio partecipativo.
not-now-outside-districts = Questo bilancio partecipativo è riservato ai residenti di altri quartieri.
not-now-group-full = Hai già votato nel numero massimo di bilanci partecipativi di questo gruppo consentito a una persona.
budget-who-may-vote = Chi può votare
field-budget-min-age = Età minima (facoltativo)
hint-budget-min-age = In anni. Lascia il campo vuoto se possono votare persone di ogni età.
field-budget-census-only = Chi vota deve fare la verifica con l'elenco anagrafico
hint-budget-census-only = I residenti che hanno effettuato l'accesso fanno la verifica una sola volta, con il numero del documento d'identità e la data di nascita; i codici e le schede cartacee vengono controllati di persona.
field-budget-districts = I residenti di quali quartieri possono votare?
hint-budget-districts = Non selezionarne nessuno se possono votare tutti i residenti.
field-budget-group = Gruppo di bilanci partecipativi (facoltativo)
hint-budget-group = I bilanci partecipativi di questo processo con lo stesso nome di gruppo condividono un limite: ad esempio “quartieri”, così ogni persona vota nel bilancio di un solo quartiere, a sua scelta.
field-budget-group-limit = In quanti bilanci partecipativi del gruppo può votare una persona
hint-budget-group-limit = Un numero intero; 1 se lasci il campo vuoto.
error-group-name = Scrivi un nome di gruppo di al massimo 80 caratteri.
error-group-name-required = Indica il nome del gruppo a cui si applica il limite.
budget-edit-title = Modifica “{ $title }”
budget-edit-submit = Salva il bilancio partecipativo
budget-edit-link = Modifica il bilancio partecipativo
budget-edit-locked = Sono già stati espressi dei voti: ora si possono modificare solo il titolo e la descrizione, così nessuna regola cambia a votazione in corso.
budget-done-changed = Il bilancio partecipativo è stato salvato.
field-project-district = Quartiere (facoltativo)
option-whole-community = Tutta la comunità
eligibility-min-age = Residenti dai { $age } anni in su.
eligibility-districts = Residenti di: { $districts }.
eligibility-census = Residenti che hanno fatto la verifica con l'elenco anagrafico.
eligibility-group = Questo bilancio partecipativo fa parte del gruppo “{ $group }”: ogni persona può votare in { $limit } dei suoi bilanci.
ballot-give-details = Indica i tuoi dati
results-districts-heading = Risultati per quartiere
results-district = Quartiere
results-district-projects = Progetti finanziati
results-district-spent = Somma spesa
results-whole-community = Tutta la comunità
results-district-funded = { $won } su { $of }
channel-imported = Importate
budget-import-title = Importa una votazione passata
budget-import-intro = Riproponi qui un bilancio partecipativo svolto altrove: un file Pabulib (il formato aperto delle votazioni di bilancio partecipativo) diventa un bilancio di questo processo, con i suoi progetti e le sue schede, pronto per essere contato qui.
field-pabulib-file = File Pabulib
hint-pabulib-file = Un file .pb con le sezioni META, PROJECTS e VOTES. Gli importi devono essere in unità intere della valuta.
budget-import-submit = Importa la votazione
budget-done-imported = La votazione è stata importata. Conta i voti per vederne i risultati.
error-pabulib-line = Il file non si può leggere alla riga { $line }. Controlla quella riga rispetto al formato Pabulib.
error-pabulib-file = Il file non è un file Pabulib con dei progetti e un bilancio.
error-pabulib-decimals = Il file contiene importi con decimali; qui i bilanci partecipativi usano unità intere della loro valuta.
error-pabulib-too-many = Il file contiene più di { $most } schede.
census-title = Elenco anagrafico
census-intro = Carica l'elenco delle persone che possono votare, in formato CSV: una persona per riga, con il numero del documento d'identità, la data di nascita (YYYY-MM-DD) e, se vuoi, il nome del suo quartiere. Piazza conserva solo un'impronta, protetta da una chiave segreta, di ogni numero di documento e data di nascita, mai i dati stessi. Un nuovo elenco sostituisce quello precedente; chi ha già fatto la verifica resta verificato.
census-status = Voci nell'elenco: { $entries }; usate per la verifica: { $claimed }.
census-none = Non è stato ancora caricato nessun elenco anagrafico.
field-census-file = Elenco anagrafico (CSV)
hint-census-file = Ad esempio: AB1234567,1990-04-21,Centro
census-submit = Carica l'elenco
census-done-loaded = L'elenco anagrafico è stato caricato. Voci: { $entries }.
error-census-line = Alla riga { $line } servono un numero di documento d'identità e una data di nascita scritta come YYYY-MM-DD.
error-census-district = La riga { $line } indica un quartiere che non esiste in questa comunità.
error-census-too-long = L'elenco è troppo lungo.
error-census-empty = Il file non contiene nessuna persona. Scegli il file CSV dell'elenco anagrafico.
voter-details-title = I tuoi dati per votare
voter-details-intro = Alcuni bilanci partecipativi sono riservati ai residenti di certi quartieri o di una certa età. Ciò che indichi qui serve solo a controllare che tu possa votare; non viene mai mostrato a nessuno.
voter-details-verified = L'elenco anagrafico ha confermato i tuoi dati.
voter-details-declared = Hai dichiarato questi dati.
field-birth-date = Data di nascita
hint-birth-date = Nel formato YYYY-MM-DD, ad esempio 1990-04-21.
field-voter-district = Il tuo quartiere
voter-census-heading = Fai la verifica con l'elenco anagrafico
voter-census-intro = Scrivi il numero del tuo documento d'identità e la tua data di nascita come risultano al Comune. Ogni voce dell'elenco può verificare un solo account.
field-identity = Numero del documento d'identità
hint-identity = Spazi, trattini e maiuscole non contano.
voter-census-submit = Verifica
voter-declare-heading = Dichiara i tuoi dati
voter-declare-intro = Per i bilanci partecipativi che non richiedono l'elenco anagrafico basta dichiarare la tua data di nascita e il tuo quartiere.
voter-declare-submit = Salva i miei dati
error-identity-required = Inserisci il numero del tuo documento d'identità.
error-birth-date = Inserisci una data di nascita valida nel formato YYYY-MM-DD.
error-census-none = Questa comunità non ha un elenco anagrafico con cui fare la verifica.
error-census-unknown = Nessuna voce dell'elenco anagrafico ha questo numero di documento e questa data di nascita. Controlla entrambi, oppure chiedi al Comune.
error-census-used = Questa voce dell'elenco anagrafico ha già verificato un altro account. Se non eri tu, chiedi al Comune.
error-details-verified = L'elenco anagrafico ha confermato i tuoi dati: qui non si possono modificare.
community-census-link = Elenco anagrafico

## Eliminazione del proprio account

account-erase-link = Elimina il mio account
erase-title = Elimina il mio account
erase-intro = L'eliminazione dell'account non si può annullare. Ecco cosa succede:
erase-goes = Il tuo nome, il nome utente, l'indirizzo email, le sessioni di accesso, i ruoli, ciò che segui, i tuoi sostegni e i tuoi dati per il voto vengono eliminati subito.
erase-stays = Le tue proposte e i tuoi commenti restano leggibili, ma risultano scritti da “un ex partecipante”.
erase-ballots = Le tue schede nei bilanci partecipativi restano conteggiate, e nessuno potrà più sapere che erano tue.
erase-meetings = I tuoi posti negli incontri futuri passano alle prossime persone in lista d'attesa.
erase-final = Se vuoi una copia dei tuoi dati, scaricala prima.
hint-erase-password = Inserisci la tua password per confermare che sei proprio tu.
erase-submit = Elimina definitivamente il mio account
erase-done-title = Il tuo account è stato eliminato
erase-done = Il tuo account e tutto ciò che permetteva di identificarti sono stati eliminati. Grazie per aver partecipato.
erase-done-home = Torna alla pagina iniziale
account-data-link = Vedi e scarica i tuoi dati
data-title = I tuoi dati
data-intro = Ecco tutto ciò che Piazza conserva su di te. Il download contiene tutto: un unico file JSON e un file CSV per ogni tipo di dato, in un archivio zip.
data-download = Scarica i miei dati (zip)
data-joined = Data di iscrizione
data-everything = Cosa viene conservato, e in che quantità
data-what = Cosa
data-how-many = Quanti
data-records = { $count ->
    [one] { $n } elemento
   *[other] { $n } elementi
}
data-not-kept = Cosa non viene conservato: la tua password (solo un'impronta da cui non è possibile ricavarla) e, una volta chiusa la votazione, quale scheda era la tua.
data-profile = Il tuo profilo
data-sign-ins = Sessioni di accesso
data-password-resets = Richieste di reimpostazione della password
data-roles = Ruoli nelle comunità
data-organisations = Organizzazioni di cui fai parte
data-proposals = Proposte che hai scritto
data-proposal-versions = Versioni delle proposte che hai scritto
data-co-authorships = Proposte a cui sei stato invitato come coautore
data-amendments = Emendamenti che hai proposto
data-comments = Commenti che hai scritto
data-proposal-supports = Proposte che sostieni
data-comment-supports = Commenti che sostieni
data-meeting-registrations = Incontri a cui ti sei iscritto
data-follows = Cosa segui
data-notifications = Notifiche per te
data-reports = Contributi che hai segnalato
data-blocks = Blocchi da parte dei moderatori
data-budget-votes = Bilanci partecipativi in cui hai votato
data-voting-details = I tuoi dati per il voto
data-email = Indirizzo email

## Consensi

account-consents-link = I tuoi consensi
consents-title = I tuoi consensi
consents-intro = Piazza ti chiede il permesso prima di usare i tuoi dati per qualcosa che va oltre ciò che fai tu stesso. Ogni risposta viene conservata insieme alla data e alla versione dell'informativa che hai letto. Revocare un consenso richiede un clic, proprio come darlo.
consent-purpose-taking-part = Partecipazione
consent-purpose-contact = Ricevere comunicazioni
consent-purpose-demographics = Statistiche su chi partecipa
consent-purpose-research = Ricerca sui contributi
consent-notice-taking-part = Piazza conserva ciò che scrivi, sostieni e voti, insieme al tuo nome visualizzato, perché la tua comunità possa vederlo e risponderti. Puoi eliminare il tuo account in qualsiasi momento.
consent-notice-contact = Piazza può scriverti via email su ciò che segui e sui processi della tua comunità. Sei tu a decidere ogni quanto, nel tuo account.
consent-notice-demographics = Se rispondi a domande facoltative su di te (fascia d'età, genere, quartiere e simili), Piazza conserva le risposte separate dal tuo nome e le usa solo per contare, in gruppi di almeno cinque persone, chi partecipa e chi manca.
consent-notice-research = Alcuni ricercatori possono studiare i tuoi contributi, senza il tuo nome, per capire come funziona la partecipazione. Non viene pubblicato nulla che possa identificarti.
consent-state-not-given = Non hai dato questo consenso.
consent-state-granted = Hai dato questo consenso in data { $date }.
consent-state-withdrawn = Hai revocato questo consenso in data { $date }.
consent-state-asked-again = L'informativa è cambiata da quando hai dato il consenso: rileggila e rispondi di nuovo, per favore. Fino ad allora il consenso non vale.
consent-grant = Acconsento
consent-withdraw = Revoca il mio consenso
consent-done-saved = La tua risposta è stata registrata.
consents-ledger-heading = Tutte le tue risposte
consents-ledger-empty = Non hai ancora risposto a nulla.
consents-when = Quando
consents-purpose = Oggetto
consents-answer = Risposta
consents-how = Come
consents-version = Versione dell'informativa
consents-basis = Base giuridica
consent-granted = acconsentito
consent-withdrawn = revocato
consent-channel-online = online
consent-channel-paper = su carta
consent-channel-phone = per telefono
consent-channel-by = { $channel }, registrato da { $name }
legal-basis-consent = consenso (GDPR art. 6.1.a)
legal-basis-explicit-consent = consenso esplicito (GDPR art. 9.2.a)
data-consents = I tuoi consensi

## Registro dei trattamenti

community-privacy-link = Come vengono usati i tuoi dati
processing-title = Come la comunità { $community } usa i dati personali
processing-intro = Questo registro dei trattamenti è generato a partire da ciò che Piazza conserva davvero e dai tempi di conservazione di questa istanza, quindi è sempre aggiornato.
processing-caption = Cosa viene conservato, perché e per quanto tempo
processing-what = Cosa
processing-why = Perché
processing-basis = Base giuridica
processing-kept = Per quanto tempo
processing-who = Chi può vederlo
processing-kept-days = { $count ->
    [one] { $n } giorno
   *[other] { $n } giorni
}
processing-account = Il tuo account: nome utente, nome visualizzato, indirizzo email, lingua e un'impronta della tua password
processing-account-why = Per permetterti di accedere e di partecipare con un nome scelto da te
processing-contributions = Proposte, commenti, emendamenti e verbali degli incontri
processing-contributions-why = Partecipazione pubblica: perché tutti possano leggerli, discuterli e rispondere
processing-votes = Sostegni e schede dei bilanci partecipativi
processing-votes-why = Per conteggiarli
processing-meetings = Iscrizioni agli incontri e ciò di cui hai detto di aver bisogno per partecipare
processing-meetings-why = Per organizzare incontri a cui tutti possano partecipare
processing-notifications = Le tue notifiche
processing-notifications-why = Per avvisarti di ciò che succede a quello che segui
processing-mail = Email inviate a te
processing-mail-why = Per recapitare notifiche, riepiloghi e reimpostazioni della password, e per riprovare quando il recapito non riesce
processing-security = Sessioni e tentativi di accesso non riusciti
processing-security-why = Per proteggere gli account da chi prova a indovinare le password
processing-eligibility = L'elenco anagrafico e i tuoi dati per il voto (data di nascita, quartiere)
processing-eligibility-why = Per verificare chi può votare in un bilancio partecipativo
processing-consents = I tuoi consensi e la loro cronologia
processing-consents-why = Per dimostrare a cosa hai acconsentito, e quando
processing-moderation = Segnalazioni e decisioni di moderazione
processing-moderation-why = Per mantenere le discussioni rispettose, in modo trasparente
processing-kept-until-erased = Finché non elimini il tuo account
processing-kept-contributions = Finché il processo è pubblico; se elimini il tuo account restano, senza il tuo nome
processing-kept-votes = Restano conteggiati per sempre; chi ha votato viene dimenticato quando elimini il tuo account, e quale scheda era la tua viene dimenticato alla chiusura della votazione
processing-kept-meeting-needs = Le tue esigenze: { $days } dopo l'incontro; l'iscrizione stessa: finché non elimini il tuo account
processing-kept-security = Le sessioni fino alla loro scadenza; i tentativi di accesso non riusciti per un giorno
processing-kept-eligibility = L'elenco anagrafico finché non viene sostituito, conservato solo come impronte protette da una chiave segreta; i tuoi dati finché non elimini il tuo account
processing-kept-moderation = Finché esiste il contenuto a cui si riferiscono; il registro pubblico conserva le decisioni, mai chi ha segnalato
processing-who-you-and-operators = Tu e chi gestisce questa istanza
processing-who-everyone = Tutti
processing-who-totals = Nessuno singolarmente: vengono pubblicati solo i totali
processing-who-organisers = Gli organizzatori dell'incontro nella comunità { $community }
processing-who-you = Solo tu
processing-who-operators = Chi gestisce questa istanza, per risolvere problemi di recapito
processing-who-nobody = Nessuno: il controllo è automatico
processing-who-moderators = I moderatori della comunità { $community }
legal-basis-public-task = esecuzione di un compito di interesse pubblico (GDPR art. 6.1.e)
legal-basis-legitimate-interest = legittimo interesse alla sicurezza (GDPR art. 6.1.f)
legal-basis-legal-obligation = obbligo di legge (GDPR artt. 6.1.c e 7.1)
processing-rights = Puoi vedere e scaricare i tuoi dati, dare e revocare il consenso ed eliminare il tuo account in qualsiasi momento.

## Dichiarazione di accessibilità e barriere

footer-accessibility = Dichiarazione di accessibilità e segnalazione di una barriera
community-barriers-link = Barriere all'accessibilità segnalate
accessibility-title = Dichiarazione di accessibilità
accessibility-commitment = Piazza è fatta perché tutti possano partecipare: con un telefono economico e una connessione lenta, senza JavaScript, con la tastiera o con un lettore di schermo, e in una lingua che si scrive da destra a sinistra. Questa dichiarazione segue la Direttiva (UE) 2016/2102 sull'accessibilità del web.
accessibility-status-heading = Quanto è accessibile
accessibility-status = Piazza punta a rispettare le Linee guida per l'accessibilità dei contenuti web (WCAG) 2.2 al livello AA. Le pagine elencate qui sotto vengono controllate automaticamente; alcune barriere però possono essere scoperte solo dalle persone, quindi segnalaci quelle che incontri.
accessibility-how-heading = Come viene controllata
accessibility-how-axe = Ogni pagina viene controllata con axe-core in un browser vero rispetto alle WCAG 2.2 AA, sia senza aver effettuato l'accesso sia dopo averlo effettuato con ciascun ruolo, in una lingua che si scrive da sinistra a destra e in una che si scrive da destra a sinistra.
accessibility-how-no-script = Ogni pagina funziona con JavaScript disattivato, comprese le schede di voto e i moduli.
accessibility-how-keyboard = La registrazione e l'accesso vengono provati usando solo la tastiera; il focus è sempre visibile.
accessibility-how-languages = Le pagine sono tradotte per intero; i testi scritti dalle persone mantengono la propria lingua e la propria direzione di scrittura.
accessibility-limits-heading = Limiti noti
accessibility-limit-maps = I luoghi sono indicati con indirizzo e coordinate; non viene disegnata alcuna mappa.
accessibility-limit-content = Ciò che scrivono le persone (proposte, commenti, immagini tramite link) appartiene a loro: può mancare di descrizioni delle immagini o di un linguaggio semplice. Le sintesi facili da leggere ci sono dove gli autori le hanno scritte.
accessibility-enforcement-heading = Se la risposta non ti soddisfa
accessibility-enforcement = Se la risposta a una segnalazione non ti soddisfa, puoi rivolgerti all'organismo del tuo Paese incaricato di far rispettare la direttiva sull'accessibilità del web (in Italia, AgID).
barrier-heading = Segnala una barriera
barrier-intro = Raccontaci cosa ti ha bloccato o ti ha reso le cose difficili. La tua segnalazione arriva agli amministratori della comunità che scegli, oppure di questa istanza.
field-barrier-page = Pagina (facoltativo)
hint-barrier-page = Il suo indirizzo, o come si chiamava.
field-barrier-description = Cosa non ha funzionato?
hint-barrier-description = Cosa hai provato a fare e cosa è successo. Se vuoi, indica il tuo dispositivo o la tecnologia assistiva che usi.
field-barrier-community = Quale comunità riguarda?
option-barrier-instance = Nessuna in particolare
field-barrier-contact = Come possiamo risponderti? (facoltativo)
hint-barrier-contact = Un indirizzo email o un numero di telefono. Lascia il campo vuoto per segnalare in forma anonima.
barrier-submit = Invia la segnalazione
barrier-done-reported = Grazie: la tua segnalazione è stata inviata agli amministratori.
error-barrier-page = Scrivi l'indirizzo o il nome della pagina in massimo 500 caratteri.
error-barrier-description-required = Descrivi cosa non ha funzionato.
error-barrier-contact = Scrivi un indirizzo o un numero in massimo 200 caratteri.
barrier-reports-title = Barriere all'accessibilità segnalate
barrier-reports-none = Nessuno ha segnalato barriere in questa comunità.
barrier-reports-contact = Rispondere a:

## Preferenze di visualizzazione

footer-display = Preferenze di visualizzazione
display-heading = Preferenze di visualizzazione
display-intro = Scegli come vengono mostrate le pagine. Se hai effettuato l'accesso, la tua scelta viene ricordata nel tuo account; altrimenti la ricorda questo browser.
display-legend = Mostra le pagine
display-preference-large-text = con il testo più grande
display-preference-high-contrast = con un contrasto più alto
display-preference-reduced-motion = senza movimento
display-submit = Salva le preferenze di visualizzazione

## Rappresentatività: cosa le persone raccontano di sé e chi partecipa.
age-band-under-16 = Meno di 16 anni
age-band-16-24 = 16–24 anni
age-band-25-44 = 25–44 anni
age-band-45-64 = 45–64 anni
age-band-65-plus = 65 anni e oltre
gender-woman = Donna
gender-man = Uomo
gender-another = Altro genere
about-you-title = Su di te
about-you-link = Parlaci di te
about-you-intro = Queste domande aiutano la tua comunità a vedere chi partecipa e chi manca, così può andare a chiedere anche a loro. Ogni domanda è facoltativa.
about-you-age-band = La tua età
about-you-gender = Il tuo genere
about-you-neighbourhood = Dove vivi
about-you-prefer-not-to-say = Preferisco non rispondere
about-you-no-answer = Nessuna risposta
about-you-submit = Salva le mie risposte
about-you-done-saved = Le tue risposte sono state salvate.
about-you-withdraw = Revoca il tuo consenso: le tue risposte verranno eliminate subito.
about-you-needs-consent = Non hai dato il consenso a queste domande, quindi non te ne viene posta nessuna.
about-you-give-consent = Dai o revoca il tuo consenso
error-demographics-consent = Queste risposte possono essere conservate solo con il consenso alle domande su di sé.
representation-link = Chi partecipa
representation-process-link = Chi partecipa a questo processo
representation-title = Chi partecipa nella comunità { $community }
representation-title-process = Chi partecipa a “{ $process }”
representation-intro = Le persone che hanno partecipato, gruppo per gruppo, a confronto con le persone che vivono qui. Rispondono alle domande solo le persone che hanno dato il consenso; i gruppi con meno di cinque persone non vengono mai mostrati.
representation-participants = Persone che hanno partecipato: { $people }.
representation-too-few = Finora hanno partecipato meno di cinque persone: non si può ancora mostrare nulla.
representation-no-reference = La comunità non ha ancora inserito la sua popolazione, quindi non è possibile calcolare i tassi di partecipazione.
representation-caption = Partecipazione per gruppo: { $question }
representation-group = Gruppo
representation-people = Persone che hanno partecipato
representation-reference-share = Percentuale sulla popolazione
representation-rate = Ogni 10.000 residenti
representation-relative = Rispetto al gruppo che partecipa di più
representation-hidden = meno di 5
representation-not-answered = Non hanno risposto
representation-under-represented = sottorappresentato
representation-percent = { $n }%
representation-score = Indice di rappresentatività: { $score } (il tasso del gruppo che partecipa meno diviso per quello del gruppo che partecipa di più; 100% significa che tutti i gruppi partecipano allo stesso modo).
representation-score-partial = I gruppi troppo piccoli per essere mostrati non sono considerati.
representation-furthest-behind = Il gruppo che partecipa meno è “{ $group }”: { $rate } ogni 10.000 residenti, contro { $best } del gruppo che partecipa di più.
representation-outreach-age-band = Suggerimento: vai dove si trovano già le persone della fascia d'età “{ $group }” (scuole, associazioni, centri diurni, mercati) e offri, oltre al sito, anche la carta e il telefono.
representation-outreach-gender = Suggerimento: chiedi alle persone del gruppo “{ $group }” cosa le tiene lontane; organizza incontri in altri orari, con un servizio di custodia bambini, e registra le loro opinioni su carta o per telefono.
representation-outreach-neighbourhood = Suggerimento: organizza un banchetto in strada o un laboratorio nel quartiere { $group } e registra ciò che dicono le persone con il modulo per i facilitatori.
representation-outreach-community = Suggerimento: collabora con le organizzazioni di cui si fidano le persone del gruppo “{ $group }” e lascia che i facilitatori raccolgano le loro opinioni nei luoghi in cui si incontrano.
representation-method = Come si conta: una persona partecipa se presenta proposte, commenta, sostiene, si iscrive a un incontro o vota. Quando un gruppo viene nascosto, viene nascosta anche una seconda cella, in modo che quella nascosta non si possa ricavare dal totale.
representation-csv = Scarica in formato CSV
representation-setup-link = Popolazione e domande
representation-setup-title = Popolazione e domande
representation-setup-done = Salvato.
reference-heading = La popolazione
reference-intro = Indica quanti residenti appartengono a ciascun gruppo, in base al censimento o all'anagrafe. Lascia vuoto un gruppo se non lo sai.
reference-submit = Salva la popolazione
error-reference-people = Scrivi un numero intero di persone, oppure lascia il campo vuoto.
question-heading = Una domanda personalizzata
question-intro = Fai una domanda su un aspetto per cui la tua comunità vuole raggiungere meglio le persone, come un background migratorio o una disabilità. Si può sempre scegliere di non rispondere.
field-question-label = La domanda
hint-question-label = Ad esempio: Sei nato o nata in un altro Paese?
field-question-options = Le risposte, una per riga
hint-question-options = Da 2 a 12 risposte.
question-submit = Aggiungi la domanda
error-question-options = Scrivi da 2 a 12 risposte diverse, una per riga, ciascuna con meno di 100 caratteri.
channels-heading = Come sono arrivati i contributi
channels-caption = Contributi per canale
channels-channel = Canale
channels-proposals = Proposte
channels-comments = Commenti
channels-supports = Sostegni
channels-total = Totale
contribution-channel-online = Online
contribution-channel-paper = Su carta
contribution-channel-phone = Per telefono
contribution-channel-workshop = In un laboratorio
contribution-channel-street-stand = A un banchetto in strada

## Modalità facilitatore: contributi registrati per conto di qualcuno.
assisted-link = Registra per conto di qualcuno
assisted-title = Registra un contributo per conto di qualcuno
assisted-intro = Trascrivi ciò che una persona ha detto in un laboratorio, a un banchetto in strada, su carta o per telefono. Riceverà una ricevuta con un codice per ritrovarlo più tardi nel proprio account, se ne vorrà uno.
assisted-person-heading = La persona
assisted-adding-for = Aggiunta alla ricevuta di { $name }.
field-assisted-name = Nome o iniziali
hint-assisted-name = Come la persona vuole comparire accanto a ciò che ha detto. Bastano le iniziali.
field-assisted-channel = Come è stato raccolto
field-assisted-event = Dove e quando
hint-assisted-event = Ad esempio: banchetto in strada, mercato del sabato, Piazza Grande
field-assisted-consents = A cosa ha acconsentito la persona
hint-assisted-consents = Seleziona solo ciò che la persona ha spuntato sul modulo cartaceo, o ciò a cui ha detto sì al telefono dopo aver ascoltato l'informativa. Per conservare ciò che ha detto serve il consenso alla partecipazione.
error-assisted-taking-part = La persona deve acconsentire alla partecipazione prima che ciò che ha detto possa essere conservato.
error-event-required = Scrivi dove e quando è stato raccolto.
error-event-length = Usa meno di 150 caratteri.
assisted-about-heading = Domande sulla persona (facoltativo)
assisted-contribution-heading = Cosa ha detto la persona
field-assisted-kind = Tipo di contributo
assisted-kind-proposal = Una nuova proposta
assisted-kind-comment = Un commento a una proposta
assisted-kind-support = Il sostegno a una proposta
field-assisted-proposal = Quale proposta
hint-assisted-proposal = Per un commento o un sostegno.
assisted-proposal-option = N. { $number }:
field-assisted-stance = Per un commento: la persona è
hint-assisted-title = Per una nuova proposta.
field-assisted-body = Con le parole della persona
hint-assisted-body = Per una nuova proposta o un commento.
assisted-submit = Registra
receipt-title = Ricevuta
receipt-recorded = Registrato. Consegna questa ricevuta alla persona, stampata o ricopiata a mano.
receipt-for = Ricevuta per { $name }
receipt-process = Processo
receipt-date = Data
receipt-about = Riguarda
receipt-code-label = Il tuo codice:
receipt-how-to-claim = Per ritrovare ciò che hai detto nel tuo account: accedi a Piazza (o crea un account), apri “Recupera ciò che è stato registrato per conto tuo” e scrivi questo codice.
receipt-code-once = Questo codice viene mostrato solo ora. Conservalo con cura: chiunque lo abbia può recuperare questi contributi nel proprio account.
receipt-same-code = Questo contributo è stato aggiunto alla ricevuta precedente della persona: si recupera con lo stesso codice.
receipt-another-same = Registra qualcos'altro per la stessa persona
receipt-another-person = Registra per un'altra persona
paper-form-link = Modulo cartaceo da stampare
paper-form-title = Modulo cartaceo: { $process }
paper-form-intro = Compila questo modulo e consegnalo a un facilitatore della comunità { $community }. Lo trascriverà esattamente come l'hai scritto e ti darà una ricevuta.
paper-form-print = Stampa questa pagina con il comando di stampa del tuo browser.
paper-form-you = Su di te
paper-form-consents = Spunta ciò a cui acconsenti. Per conservare ciò che scrivi serve il consenso alla partecipazione.
paper-form-say = Cosa vuoi dire
paper-form-support-numbers = I numeri delle proposte che sostieni
paper-form-comment-number = Il numero della proposta che commenti
paper-form-proposals = Le proposte presentate finora
paper-form-receipt = Riceverai una ricevuta con un codice: con quel codice potrai poi ritrovare ciò che hai detto nel tuo account.
claim-title = Recupera ciò che è stato registrato per conto tuo
claim-link = Recupera ciò che è stato registrato per conto tuo
claim-intro = Se un facilitatore ha registrato le tue proposte, i tuoi commenti o i tuoi sostegni e ti ha dato una ricevuta, scrivi qui il suo codice: tutto diventa tuo, con i tuoi consensi.
field-claim-code = Il codice sulla tua ricevuta
hint-claim-code = Dodici lettere e cifre, ad esempio ABCD-EFGH-JKLM.
claim-submit = Recupera
error-claim-code-required = Scrivi il codice che trovi sulla tua ricevuta.
error-claim-code-unknown = Nessuna ricevuta ha questo codice, oppure è già stato usato. Controlla le lettere e le cifre.

## Rappresentatività e modalità facilitatore nei propri dati e nel registro dei trattamenti.
data-about-you = Le tue risposte su di te
processing-demographics = Le tue risposte su di te (fascia d'età, genere, quartiere e le domande proprie della comunità)
processing-demographics-why = Per contare chi partecipa e chi manca, così che la comunità possa raggiungere anche loro
processing-kept-demographics = Finché non revochi il consenso o non elimini il tuo account; in entrambi i casi vengono eliminate subito
processing-assisted = Contributi e consensi che un facilitatore ha registrato per una persona raggiunta su carta, per telefono, in un laboratorio o a un banchetto in strada
processing-assisted-why = Per permettere anche a chi non ha un account di partecipare, e di ritrovare più tardi ciò che ha detto
processing-kept-assisted = Finché non vengono recuperati con il codice della ricevuta, poi come contributi tuoi; il codice stesso viene conservato solo come impronta
processing-who-facilitators = I facilitatori della comunità { $community } e, per ciò che è pubblico, tutti
representation-share-of-all = Percentuale sul totale dei partecipanti

## Canali nella pagina del processo, consensi alla registrazione, lettura facile come scelta di chi legge.
channels-count = { $channel }: { $count }
register-consents = Ciò a cui acconsenti (puoi cambiarlo in qualsiasi momento nel tuo account)
display-preference-easy-read = con le versioni facili da leggere per prime, dove ci sono
easy-read-full-text = Il testo completo
easy-read-choose = Mostra sempre per prime le versioni facili da leggere
easy-read-write = Scrivi la versione facile da leggere
easy-read-save = Salva la versione facile da leggere
notice-easy-read = La versione facile da leggere è stata salvata.
consents-asked-again-account = Un'informativa a cui avevi acconsentito è cambiata: rileggila e dai la tua risposta.

## Modalità facilitatore: quando non si può registrare nulla, e dopo il recupero.
assisted-nothing-now = Al momento in questo processo non si può registrare nulla: la fase attuale non prevede proposte, commenti né sostegni.
claim-done-all = Tutto ciò che è stato registrato per conto tuo ora è nel tuo account: le tue proposte, i tuoi commenti, i tuoi sostegni e i tuoi consensi.

## Monitoraggio dei risultati: ciò che è stato deciso, seguito fino alla realizzazione.
result-status-planned = Previsto
result-status-in-progress = In corso
result-status-done = Completato
result-status-cancelled = Annullato
process-see-results = { $count ->
    [0] Avete detto, abbiamo fatto
    [one] Avete detto, abbiamo fatto: { $n } risultato
   *[other] Avete detto, abbiamo fatto: { $n } risultati
}
accountability-title = Avete detto, abbiamo fatto: { $process }
results-intro = Ciò che l'amministrazione si è impegnata a realizzare dopo questo processo, e a che punto è ciascuna cosa. Ogni risultato rimanda alle proposte e ai progetti da cui nasce.
results-none = Non è ancora stato registrato nessun risultato.
result-new-title = Registra un risultato
result-new-submit = Registra il risultato
result-progress = Avanzamento
result-progress-derived = la media delle sue parti
result-parts = Le sue parti
result-comes-from = Nasce da
result-timeline = Cosa è successo
result-no-updates = Ancora nessun aggiornamento.
result-update-heading = Aggiungi un aggiornamento
result-update-submit = Aggiungi l'aggiornamento
result-done-updated = L'aggiornamento è stato aggiunto.
result-fate-heading = Che fine ha fatto
field-result-description = Cosa verrà realizzato
field-result-parent = Fa parte di
hint-result-parent = Un risultato può essere parte di uno più grande, il cui avanzamento è allora la media delle sue parti.
field-result-status = Stato
field-result-progress = Avanzamento, in percentuale
hint-result-progress = Un numero intero da 0 a 100. Un risultato completato conta come 100.
field-result-starts = Inizia il
field-result-ends = Finisce il
hint-date = Ad esempio 2027-03-31.
field-result-planned = Somma prevista
field-result-spent = Somma spesa
hint-result-money = Un importo intero, senza la valuta.
field-result-proposals = Le proposte da cui nasce
field-result-projects = I progetti del bilancio partecipativo da cui nasce
field-result-update = Cosa è successo
field-cancel-reason = Perché è stato annullato
hint-cancel-reason = Obbligatorio quando lo stato è “Annullato”: le persone lo leggono accanto al risultato.
error-result-number = Scrivi un numero intero nell'intervallo indicato, oppure lascia il campo vuoto.
error-cancel-reason = Spiega perché è stato annullato.
error-update-required = Scrivi cosa è successo.

## Dati aperti: download e API di lettura.
footer-open-data = Dati aperti
open-data-link = Dati aperti: scarica i dati di questa comunità
open-data-title = Dati aperti
open-data-title-community = Dati aperti della comunità { $community }
open-data-intro = Tutto ciò che qui è pubblico si può scaricare e riutilizzare: in CSV per i fogli di calcolo, in JSON, e in GeoJSON per le mappe, dove le cose hanno un luogo. Ogni file contiene sempre i dati più recenti.
open-data-licence = Licenza: { $licence }. Quando riutilizzi i dati, indica da dove provengono.
open-data-caption = I file, uno per ogni tipo di contenuto
open-data-what = Cosa
open-data-files = File
open-data-datapackage = Descrizione di ogni file e di ogni campo (datapackage.json)
open-data-api = L'API di lettura, descritta in OpenAPI
open-data-privacy = Non viene pubblicato nessun dato personale: nessun indirizzo email, nessuna risposta alle domande su di sé se non come conteggi di cinque o più, niente di ciò che è stato nascosto dalla moderazione, e chi ha eliminato il proprio account compare come nessuno.

## Dati aperti: i nomi dei dataset e il catalogo DCAT

open-data-resource-communities = Comunità
open-data-about-communities = Città, paesi, borghi, quartieri e regioni che svolgono processi partecipativi.
open-data-resource-organisations = Organizzazioni
open-data-about-organisations = Enti pubblici, università, imprese e realtà della società civile che partecipano.
open-data-resource-processes = Processi
open-data-about-processes = Processi partecipativi: una domanda posta ai residenti, in più fasi.
open-data-resource-proposals = Proposte
open-data-about-proposals = Le proposte presentate dai residenti nei processi, con il loro stato e la risposta ufficiale.
open-data-resource-comments = Commenti
open-data-about-comments = I commenti ai processi e alle proposte, con la posizione espressa.
open-data-resource-meetings = Incontri
open-data-about-meetings = Incontri in presenza, online o in forma mista, con il loro verbale dopo che si sono svolti.
open-data-resource-budgets = Bilanci partecipativi
open-data-about-budgets = Bilanci partecipativi: fondi sui quali i residenti decidono con il voto.
open-data-resource-projects = Progetti dei bilanci partecipativi
open-data-about-projects = I progetti dei bilanci partecipativi, con la loro valutazione e, a conteggio avvenuto, i loro voti.
open-data-resource-results = Risultati
open-data-about-results = Ciò che l'amministrazione si è impegnata a realizzare, e a che punto è.
open-data-resource-moderation-log = Registro di moderazione
open-data-about-moderation-log = Ogni decisione di moderazione, così come la mostra il registro pubblico, senza indicare chi ha segnalato.
open-data-catalog = Catalogo di questi dataset, in DCAT-AP 3:
catalog-title = Dati aperti di Piazza
catalog-description = Tutto ciò che è pubblico nelle comunità di questa istanza di Piazza, da ciò che i residenti hanno proposto e discusso a ciò che è stato deciso e realizzato, come file da scaricare e tramite un'API di lettura.
catalog-publisher = Piazza su { $host }
catalog-everywhere = tutte le comunità
catalog-dataset-title = { $what }: { $place }
catalog-distribution-csv = Una tabella per i fogli di calcolo, con una riga per ogni elemento. Le celle che un foglio di calcolo leggerebbe come formula sono protette.
catalog-distribution-json = Un elenco di oggetti, uno per ogni elemento, con gli stessi campi della tabella.
catalog-distribution-geojson = Gli elementi che hanno un luogo, come punti su una mappa.
catalog-api-title = API di lettura di Piazza
catalog-api-description = Tutto ciò che è pubblico in ogni comunità, pagina per pagina, filtrabile per comunità e per data. Descritta in OpenAPI 3.1.
catalog-keyword-participation = partecipazione
catalog-keyword-open-government = governo aperto

## Segnalazioni ai servizi: problemi segnalati, richieste, valutazioni e indicatori

request-status-open = Segnalato
request-status-acknowledged = Visto dai funzionari
request-status-in-progress = In lavorazione
request-status-closed = Chiuso
attribute-type-text = Testo lungo
attribute-type-string = Testo breve
attribute-type-number = Numero
attribute-type-datetime = Data
attribute-type-singlevaluelist = Una scelta da un elenco
attribute-type-multivaluelist = Più scelte da un elenco
report-channel-web = su questo sito
report-channel-open311 = tramite un'altra applicazione (Open311)
notification-request-updated = La tua segnalazione “{ $title }” ora è: { $detail }
data-service-requests = Problemi che hai segnalato
data-ratings = Le tue valutazioni
problem-report-link = Segnala un problema
problem-report-title = Segnala un problema nella comunità { $community }
problem-report-intro = Qualcosa di rotto, sporco o d'intralcio? Dillo a chi se ne occupa. Potrai seguire cosa succede alla tua segnalazione e valutare il risultato una volta risolto il problema.
problem-report-sign-in-first = Accedi per segnalare un problema qui.
problem-report-no-services = Qui non è ancora possibile segnalare alcun tipo di problema.
problem-report-choose = Che tipo di problema è?
problem-report-form-title = Segnalazione: { $service }
problem-report-public-notice = La tua segnalazione e il luogo sono pubblici, così gli altri vedono che il problema è già noto. Il tuo nome e i tuoi recapiti non vengono mai mostrati.
problem-report-submit = Invia la segnalazione
field-request-description = Qual è il problema?
hint-request-description = Descrivi cosa vedi e dove si trova esattamente. Al massimo 4000 caratteri.
field-request-address = Dove si trova?
hint-request-location = Un indirizzo o una descrizione del luogo. Indica un indirizzo, un punto sulla mappa o entrambi.
field-request-email = La tua email (facoltativa)
hint-request-email = Serve solo per dirti una volta cosa è stato fatto; viene cancellata quando la segnalazione è chiusa e non viene mai mostrata.
field-optional-mark = (facoltativo)
hint-attribute-number = Un numero, ad esempio 3 o 2,5.
error-request-location = Indica dove si trova il problema: un indirizzo o un punto sulla mappa.
error-request-description-length = La descrizione può avere al massimo 4000 caratteri.
error-attribute-required = Rispondi a questa domanda.
error-attribute-number = Inserisci un numero, ad esempio 3 o 2,5.
error-attribute-datetime = Inserisci una data come 2026-03-31.
requests-link = Problemi segnalati
requests-title = Problemi segnalati nella comunità { $community }
requests-intro = Tutti i problemi segnalati qui, dal più recente, con ciò che i funzionari hanno fatto per risolverli. Chi li ha segnalati non viene mai mostrato.
requests-none = Nessun problema segnalato corrisponde alla ricerca.
option-all = Tutti
field-request-status = Stato
field-request-service = Tipo di problema
request-title = Problema segnalato: { $service }
request-done-reported = Grazie: la tua segnalazione è stata inviata. Puoi seguirla da questa pagina.
request-done-updated = Lo stato è stato aggiornato e la persona che ha fatto la segnalazione è stata avvisata.
request-reported-on = Segnalato
field-request-expected = Risoluzione prevista entro
request-expected-by = risoluzione prevista entro il { $date }
request-no-updates = I funzionari non hanno ancora scritto nulla in merito.
request-update-heading = Aggiorna lo stato
field-request-note = Nota pubblica
hint-request-note = Cosa è stato fatto o si farà. La persona che ha fatto la segnalazione riceve questa nota.
error-request-note-required = Scrivi una nota per la persona che ha fatto la segnalazione.
field-request-expected-optional = Risoluzione prevista entro (facoltativo)
request-update-submit = Aggiorna e avvisa chi ha segnalato
request-mail-subject = La tua segnalazione su { $service }: { $status }
request-mail-body = La tua segnalazione ora è: { $status }.

    { $note }

    Puoi vederla qui: { $link }
rating-heading = Com'è andata?
rating-summary = Valutazione media: { $average } su 5. Valutazioni: { $count }.
rating-none = Nessuno ha ancora dato una valutazione.
rating-comments-heading = Cosa hanno scritto i residenti
rating-question = Quanto ti soddisfa ciò che è stato fatto?
rating-change = Cambia la tua valutazione
rating-score-1 = 1: molto insoddisfacente
rating-score-2 = 2: insoddisfacente
rating-score-3 = 3: né soddisfacente né insoddisfacente
rating-score-4 = 4: soddisfacente
rating-score-5 = 5: molto soddisfacente
field-rating-comment = Commento (facoltativo)
hint-rating-comment = Lo leggono i funzionari che ne rispondono; non viene mostrato ad altri. Al massimo 1000 caratteri.
rating-submit = Invia la tua valutazione
rating-sign-in = Accedi per dare una valutazione
rating-done = Grazie per la tua valutazione.
error-rating-score = Scegli un punteggio da 1 a 5.
error-rating-not-yet = La valutazione sarà possibile a chiusura o a completamento.
indicators-link = Come vengono risolti i problemi?
indicators-title = Indicatori dei servizi della comunità { $community }
indicators-intro = Quanto velocemente vengono risolti i problemi segnalati e quanto sono soddisfatti i residenti, per tipo di problema, per quartiere e mese per mese. I dati vengono ricalcolati ogni volta da tutte le segnalazioni e le valutazioni, così lo storico si conserva.
indicators-contents = In questa pagina
indicators-by-service = Per tipo di problema
indicators-by-neighbourhood = Per quartiere
indicators-by-month = Mese per mese
indicators-chart-rating = Le barre mostrano la valutazione media, da 1 a 5. La tabella qui sotto riporta tutti i dati.
indicators-chart-days = Le barre mostrano il numero mediano di giorni impiegati per chiudere i problemi chiusi in quel mese. La tabella qui sotto riporta tutti i dati.
indicators-table-caption = Dati: { $what }
indicators-name = Voce
indicators-requests = Segnalati
indicators-closed = Chiusi
indicators-median-days = Giorni mediani per la chiusura
indicators-average-rating = Valutazione media
indicators-ratings = Valutazioni
indicators-no-neighbourhood = Quartiere non indicato
indicators-month = { $month } { $year }
indicators-results = Valutazioni dei risultati realizzati
indicators-method = La mediana è il valore centrale: metà dei problemi ha richiesto meno tempo, metà di più. Ogni mese conta i problemi segnalati, chiusi e valutati in quel mese.
services-admin-link = Tipi di problema
services-admin-title = Tipi di problema che i residenti possono segnalare nella comunità { $community }
services-admin-intro = Ogni tipo di problema può porre le sue domande. Le altre applicazioni le vedono tramite l'API Open311.
services-anonymous-heading = Segnalazioni senza account
services-anonymous-on = Qui anche chi non ha un account può segnalare problemi, su questo sito e tramite altre applicazioni.
services-anonymous-off = Qui possono segnalare problemi solo le persone che hanno effettuato l'accesso; le altre applicazioni non possono inviare segnalazioni.
services-anonymous-allow = Consenti le segnalazioni senza account
services-anonymous-stop = Chiedi di accedere
services-list-heading = Tipi di problema
services-questions = Domande
services-offered = Disponibile
services-offered-yes = Disponibile
services-offered-no = Ritirato
services-retire = Ritira
services-offer-again = Rendi di nuovo disponibile
services-new-heading = Aggiungi un tipo di problema
field-service-name = Nome
field-service-code = Codice
hint-service-code = Lettere minuscole senza accenti, cifre e trattini, ad esempio buche. Viene pubblicato dopo l'indirizzo della comunità, come codice di servizio Open311.
field-service-description = Descrizione
field-service-group = Gruppo (facoltativo)
hint-service-group = I tipi di problema dello stesso gruppo vengono mostrati insieme, ad esempio Strade.
field-service-keywords = Parole chiave (facoltative)
hint-service-keywords = Parole che le persone potrebbero cercare, separate da virgole.
services-create-submit = Aggiungi
error-service-code = Usa lettere minuscole senza accenti, cifre e trattini, al massimo 40.
error-service-code-taken = Questo codice è già usato.
services-no-questions = Non pone domande oltre alla descrizione e al luogo.
services-required = obbligatoria
services-new-question = Aggiungi una domanda
field-attribute-question = Domanda
field-attribute-code = Codice
hint-attribute-code = Lettere minuscole senza accenti, cifre e trattini bassi, ad esempio dimensione. Le altre applicazioni inviano le risposte con questo nome.
field-attribute-type = Tipo di risposta
field-attribute-values = Scelte (per un elenco)
hint-attribute-values = Una scelta per riga, almeno due.
field-attribute-required = La risposta è obbligatoria
services-add-question = Aggiungi la domanda
error-attribute-code = Usa lettere minuscole senza accenti, cifre e trattini bassi, al massimo 40.
error-attribute-code-taken = Questo codice di domanda è già usato per questo tipo di problema.
error-attribute-values = Indica almeno due scelte diverse, una per riga.

## Dati aperti: segnalazioni di problemi e valutazioni

open-data-resource-service-requests = Problemi segnalati
open-data-about-service-requests = I problemi che i residenti hanno segnalato ai servizi di una comunità, e l'esito che hanno avuto; mai chi li ha segnalati.
open-data-resource-ratings = Valutazioni
open-data-about-ratings = Le valutazioni dei residenti sulle segnalazioni chiuse e sui risultati realizzati, da 1 a 5; mai chi ha valutato né cosa ha scritto.
catalog-open311-title = API Open311 GeoReport v2 di Piazza
catalog-open311-description = Segnalare un problema ai servizi di una comunità e seguirne l'esito, da qualsiasi applicazione che supporti Open311 GeoReport v2.

indicators-download = Scarica tutte le cifre in CSV

## Scambio di pratiche: casi

footer-cases = Pratiche da cui imparare
cases-title = Pratiche da cui imparare
cases-intro = Pratiche realizzate dalle comunità, descritte in modo che altri possano valutarle e metterle in atto a loro volta: cosa è stato fatto, per chi, con quali costi e con quali esiti.
case-new-in = Descrivi una pratica di { $community }
cases-filter-heading = Trova una pratica
cases-words = Parole
cases-population = Popolazione
cases-cost = Costo (avvio e gestione)
cases-with-evidence = Solo pratiche con esiti misurati
cases-found = { $count ->
    [0] Nessuna pratica trovata
    [one] { $n } pratica
   *[other] { $n } pratiche
}
cases-none = Nessuna pratica corrisponde. Prova con meno filtri.
case-where = Dove
case-source-process = Svolta su Piazza
case-source-process-link = Vedi il processo
case-who = Chi
case-how = Come
case-what = Cosa
case-outcomes = Esiti
case-no-outcomes = Non è stato misurato nessun esito.
case-outcomes-caption = Esiti misurati
case-learned = Cosa si è imparato
case-steps = I passi per replicarla
case-contact-and-licence = Contatto e licenza
case-written = Descritta il
case-new-intro = Descrivi la pratica in modo che un'altra comunità possa decidere se fa al caso suo e metterla in atto: chi ha partecipato, come, quanto è costata e cosa ha ottenuto. Tutti i campi tranne il titolo, la sintesi, l'ambito di intervento e il contatto possono restare vuoti.
case-prefilled-from = Compilato a partire dal processo “{ $process }”: controlla ogni campo prima di salvare.
case-from-process = Descrivi questo processo come pratica
case-partner-row = Partner { $n }
case-outcome-row = Esito { $n }
case-create-submit = Pubblica la pratica
case-prefill-phase = { $phase }: dal { $from } al { $to }
case-prefill-channels = Contributi per canale: { $channels }.
case-prefill-measured = Avanzamento registrato dai funzionari nel monitoraggio dei risultati.
field-case-summary = Sintesi in parole semplici
hint-case-summary = Due o tre frasi che chiunque possa capire. Al massimo 2000 caratteri.
field-case-problem = Il problema a cui ha risposto
field-case-policy-area = Ambito di intervento
field-case-target-group = Le persone che voleva raggiungere
field-case-inclusion = Come sono state coinvolte le persone più difficili da raggiungere
hint-case-inclusion = Canali, luoghi, lingue, aiuto offerto.
field-case-participants = Numero di partecipanti
field-case-lead = Organizzazione capofila
field-case-partner = Organizzazione
field-case-partner-role = Il suo ruolo
field-case-method = Metodo
hint-case-method = I passi o le fasi, uno per riga.
field-case-technology = Tecnologia usata
field-case-setup-cost = Costo di avvio
field-case-running-cost = Costo di gestione
hint-case-money = In unità intere della valuta, ad esempio 12000.
field-case-currency = Valuta
hint-case-currency = Tre lettere, ad esempio EUR.
field-case-staff = Personale coinvolto
field-case-volunteers = Volontari coinvolti
field-case-funding = Fonti di finanziamento
hint-case-outcomes = Ogni esito con il suo indicatore: cosa è stato misurato, in quale unità, da dove si partiva, l'obiettivo e cosa è stato raggiunto.
field-outcome-name = Indicatore
field-outcome-unit = Unità
field-outcome-baseline = Valore di partenza
field-outcome-target = Obiettivo
field-outcome-achieved = Raggiunto
field-outcome-period = Periodo
field-outcome-measured = Come è stato misurato
field-case-conditions = Condizioni per il successo
field-case-legal = Requisiti di legge
field-case-risks = Rischi e insuccessi
field-case-lessons = Lezioni apprese
hint-case-steps = Un passo per riga, in ordine.
field-case-contact = Contatto (un ruolo, non una persona)
hint-case-contact = Ad esempio: Ufficio partecipazione, Comune di Lorenza.
field-case-licence = Licenza di questa descrizione
hint-case-licence = Un identificativo SPDX, ad esempio CC-BY-4.0.
error-case-number = Inserisci un numero intero, zero o più, ad esempio 120.
error-case-summary-required = Scrivi una sintesi.
target-group-everyone = Tutti
target-group-children = Bambini
target-group-young-people = Giovani
target-group-older-people = Persone anziane
target-group-people-with-disabilities = Persone con disabilità
target-group-migrants = Migranti e rifugiati
target-group-low-income = Persone a basso reddito
target-group-women = Donne
target-group-rural-residents = Abitanti delle aree rurali
population-band-under-1000 = Meno di 1000 abitanti
population-band-1000-10000 = Da 1000 a 10.000 abitanti
population-band-10000-100000 = Da 10.000 a 100.000 abitanti
population-band-over-100000 = Oltre 100.000 abitanti
cost-band-under-10000 = Meno di 10.000
cost-band-10000-100000 = Da 10.000 a 100.000
cost-band-over-100000 = Oltre 100.000
open-data-resource-cases = Pratiche
open-data-about-cases = Pratiche realizzate dalle comunità: dove, per chi, con quali costi e cosa si è imparato.

## Scambio di pratiche: replica

case-replicate-link = Replica nella mia comunità
case-replicate-title = Replica “{ $case }”
case-replicate-intro = Nella tua comunità viene avviato un nuovo processo con la stessa struttura: le fasi con la loro durata e ciò che ciascuna consente, il numero di sostegni necessario e le regole dei bilanci partecipativi. Nessun contributo viene copiato. Si apre nel giorno che scegli, così c'è il tempo di adattarlo prima.
field-replicate-starts = Si apre il
hint-replicate-starts = Il primo giorno della prima fase, oggi o più avanti.
case-replicate-submit = Crea il processo
error-replicate-past = Scegli oggi o un giorno successivo.
case-replica-of = Questa pratica è stata replicata da
case-replicas = Dove è stata replicata
case-no-replicas = Non è ancora stata replicata.
case-replica-of-replica = Replica della replica qui sopra:
case-replica-case = la sua descrizione
case-comparison-caption = Esiti a confronto, sugli indicatori della pratica originale
process-replicates = Questo processo è stato avviato a partire dalla pratica

field-case-language = Lingua di questa descrizione

community-cases = Pratiche descritte qui
community-no-cases = Qui non è ancora stata descritta nessuna pratica.

## Legami tra comunità: gemellaggi, co-conduzione, raggruppamenti regionali, apprendimento tra pari

twinning-title = Gemellaggi della comunità { $community }
twinning-intro = Un gemellaggio è una collaborazione che due comunità dichiarano, di solito una grande e una piccola o rurale, con uno scopo condiviso da entrambe. Ciascuna mostra nella propria pagina i processi aperti e le pratiche dell'altra, e i funzionari dell'una possono invitare i facilitatori dell'altra a co-condurre un processo.
twinning-link = Gemellaggi
twinning-active-heading = Gemellata con
twinning-none = Questa comunità non è ancora gemellata con nessun'altra.
twinning-since = Gemellaggio dal { $date }
twinning-end-submit = Termina il gemellaggio
twinning-received-heading = Proposte a cui rispondere
twinning-proposed-on = Proposto il { $date }
twinning-accept-submit = Accetta
twinning-decline-submit = Rifiuta
twinning-sent-heading = Proposte in attesa di risposta
twinning-withdraw-submit = Ritira
twinning-propose-heading = Proponi un gemellaggio
twinning-no-candidates = Tutte le altre comunità sono già gemellate con questa, oppure hanno con questa una proposta in attesa di risposta.
field-twin-partner = Comunità con cui gemellarsi
option-choose = Scegli…
field-twin-purpose = Scopo del gemellaggio
hint-twin-purpose = Cosa vogliono fare insieme le due comunità e cosa vogliono imparare l'una dall'altra, in poche frasi. Compare nelle pagine di entrambe le comunità.
twinning-propose-submit = Proponi il gemellaggio
twinning-done-proposed = La proposta è stata inviata. Risponderanno i funzionari dell'altra comunità.
twinning-done-accepted = Il gemellaggio è attivo.
twinning-done-ended = Fatto: il gemellaggio o la proposta non sono più attivi.
error-twin-itself = Una comunità non può gemellarsi con sé stessa.
error-twinning-purpose-required = Spiega a cosa serve il gemellaggio.
error-twinning-exists = Queste due comunità sono già gemellate, oppure una proposta tra loro è in attesa di risposta.
community-twins = Comunità gemellate
twin-open-processes = I suoi processi aperti:
twin-no-open-processes = Al momento non ha nessun processo aperto.
twin-cases = Pratiche che ha descritto:
community-nearby-processes = Processi aperti nei dintorni
community-nearby-intro = Processi della regione e delle altre comunità che ne fanno parte. Seguine uno per sapere quando succede qualcosa, anche se vivi altrove.
region-open-processes = Processi aperti nella regione
region-participation = Partecipazione nella regione
region-participation-processes = Processi
region-participation-proposals = Proposte
region-participation-comments = Commenti
region-participation-supports = Sostegni
region-participation-people = Persone che partecipano
region-participation-total = Tutta la regione
region-participation-note = I contributi nascosti ed eliminati non vengono contati. Chi ha partecipato in più comunità viene contato una sola volta nel totale della regione.

co-run-title = Co-conduzione
co-run-intro = I facilitatori di una comunità gemellata possono aiutare a condurre questo processo: una volta accettato l'invito, registrano ciò che dicono le persone incontrate ai banchetti e nei laboratori, organizzano incontri e registrano le schede cartacee, come fanno i facilitatori della comunità stessa.
co-run-none = Nessun facilitatore di una comunità gemellata co-conduce ancora questo processo.
co-run-table-caption = Facilitatori invitati a co-condurre il processo
co-run-person = Facilitatore
co-run-status = Stato
co-run-actions = Azioni
co-run-since = Co-conduce dal { $date }
co-run-invited-on = Invitato il { $date }, non ha ancora risposto
co-run-accept-submit = Accetta
co-run-decline-submit = Rifiuta
co-run-leave-submit = Smetti di co-condurre
co-run-withdraw-submit = Ritira
co-run-invite-heading = Invita un facilitatore di una comunità gemellata
co-run-no-twins = Nessuna comunità gemellata ha ancora facilitatori da invitare.
field-co-runner = Facilitatore
hint-co-runner = I facilitatori delle comunità gemellate con questa.
co-run-invite-submit = Invia l'invito
co-run-done-invited = L'invito è stato inviato.
co-run-done-accepted = Ora co-conduci questo processo.
co-run-done-removed = Fatto: il facilitatore non co-conduce più questo processo.
co-run-with = Co-condotto con i facilitatori delle comunità gemellate:
error-co-runner-invited = Questo facilitatore è già stato invitato a co-condurre questo processo.

peer-title = Apprendimento tra pari
peer-intro = Le domande che funzionari, amministratori e facilitatori fanno alle comunità della loro regione, o alla comunità che ha realizzato una pratica, con le risposte ricevute. Le leggono solo le persone che operano per le comunità coinvolte.
peer-ask-link = Fai una domanda
peer-none = Nessuna domanda riguarda ancora le tue comunità.
peer-answers-count = { $count ->
    [one] { $n } risposta
   *[other] { $n } risposte
}
peer-helped = una risposta è stata utile
peer-asked-cluster = { $community } ha fatto una domanda alle comunità della regione { $region }
peer-asked-case = { $community } ha fatto una domanda a { $other } su “{ $case }”
peer-new-title = Chiedi ai colleghi
peer-new-intro = Chiedi ciò che ti serve sapere prima di provare qualcosa: come hanno raggiunto le persone, quanto è costato, cosa è andato storto. I funzionari e i facilitatori delle comunità a cui chiedi leggeranno la domanda e potranno rispondere.
field-peer-community = A nome di
field-peer-about = A chi chiedere
peer-about-cluster = Le comunità della nostra regione
peer-about-case = { $community }, su “{ $case }”
field-peer-title = La tua domanda, in una riga
field-peer-body = Dettagli
hint-peer-body = Cosa hai in mente e cosa vorresti sapere. Lascia una riga vuota tra un paragrafo e l'altro.
peer-ask-submit = Invia la domanda
peer-case-link = La pratica oggetto della domanda
peer-no-answers = Ancora nessuna risposta.
peer-helped-this = Questa risposta è stata utile.
peer-mark-helpful = Questa risposta è stata utile
peer-answer-heading = Risposta
field-peer-answer = La tua risposta
peer-answer-submit = Invia la risposta
error-peer-no-region = Questa comunità non fa parte di nessuna regione: fai invece una domanda alla comunità che ha realizzato una pratica.
error-peer-own-case = Questa pratica è della tua stessa comunità: chiedi a un'altra comunità o alla tua regione.
case-ask-link = Fai una domanda a { $community } su questa pratica

notification-twinning-proposed = { $name } ha proposto, a nome di { $title }, un gemellaggio con la tua comunità.
notification-twinning-accepted = { $title } ha accettato il gemellaggio con la tua comunità.
notification-co-run-invitation = { $name } ti ha invitato a co-condurre “{ $title }”.
notification-peer-question = { $name } ha fatto una domanda alla tua comunità: “{ $title }”
notification-peer-answer = { $name } ha risposto a “{ $title }”

data-co-running = Processi che sei stato invitato a co-condurre
data-peer-questions = Domande che hai fatto ai colleghi
data-peer-answers = Risposte che hai dato ai colleghi

## Scambio di pratiche: correzione, traduzione ed esportazione dei casi

case-edit-link = Correggi questa descrizione
case-edit-title = Correggi “{ $case }”
case-edit-back = La pratica
case-edit-submit = Salva le correzioni
case-done-updated = La descrizione è stata corretta.
case-translate-link = Traduci
case-translate-title = Traduci “{ $case }”
case-translate-intro = Scrivi in un'altra lingua il testo di questa pratica, così che le comunità che la leggono possano imparare da essa. L'originale, in { $language }, è mostrato sopra ogni campo; cifre, esiti e partner restano come sono.
field-case-translate-into = Traduci in
case-translation-exists = già tradotta, puoi correggerla
case-translate-choose = Scegli
case-translate-into = In { $language }
case-translate-original = Originale
case-translate-submit = Salva la traduzione
case-done-translated = La traduzione è stata salvata.
case-translated-from = Tradotta in { $language } dall'originale in { $original }.
case-versions = Leggila in
error-case-translation-same = Scegli una lingua diversa da quella in cui è scritta la pratica.
case-participedia-download = Scarica questa pratica nel formato dei casi di Participedia (JSON)
cases-participedia-download = Scarica tutte le pratiche nel formato dei casi di Participedia (JSON)

open-data-resource-twinnings = Gemellaggi
open-data-about-twinnings = Le collaborazioni che due comunità hanno dichiarato, con il loro scopo: quelle accettate dalla comunità partner, e quando sono terminate.

meetings-formats-heading = Formati di incontro della pratica
meetings-formats-intro = Il processo da cui è partito questo ha tenuto questi incontri. Organizzane uno simile: il modulo parte dal suo formato, dalla durata, dai posti e dall'accessibilità, e tu scegli il giorno e il luogo.
meetings-plan-like = Organizzane uno simile
meeting-duration-minutes = { $count ->
    [one] { $n } minuto
   *[other] { $n } minuti
}
co-run-all-invited = Tutti i facilitatori delle comunità gemellate sono già stati invitati.

case-prefill-groups = { $question } (partecipazione per gruppo): { $groups }.
case-prefill-group = { $group } ({ $count })

case-replicate-also = Alle domande della tua comunità su chi partecipa si aggiungono quelle che pone la comunità della pratica, se la tua non le pone già, così che le due si possano confrontare; e gli incontri che ha tenuto ti sono proposti come modelli per organizzare i tuoi.

case-translation-outdated = È stata scritta prima dell’ultima correzione della pratica: l’originale potrebbe dire di più.
error-case-translation-taken = Qualcun altro ha tradotto questa pratica in questa lingua; solo chi l’ha tradotta e la comunità della pratica possono modificarne la traduzione.
notification-twinning-ended = { $title } ha concluso il gemellaggio con la tua comunità, oppure ha ritirato o rifiutato la proposta.
