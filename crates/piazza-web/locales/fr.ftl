# Piazza — français. Chaque texte visible par l’utilisateur se trouve ici et dans ses traductions.
# Variables : $n est un nombre déjà écrit pour la langue ; $count choisit la forme du pluriel.

site-name = Piazza
skip-to-content = Aller au contenu principal
nav-label = Menu principal
nav-communities = Collectivités
nav-organisations = Organisations
nav-admin = Administration
nav-account = Votre compte
nav-sign-in = Se connecter
nav-sign-out = Se déconnecter
nav-register = Créer un compte
language-label = Langue
language-submit = Changer
language-name-en = English
language-name-it = Italiano
language-name-ar = العربية
language-name-es = Español
language-name-fr = Français
language-name-de = Deutsch
language-name-uk = Українська
language-name-ro = Română
language-name-fa = فارسی
footer-text = Piazza : des services publics construits avec les personnes qui vivent ici. Logiciel libre, sans pistage.
# Entre les éléments d’une liste écrite sur une ligne.
list-separator = { ", " }
back-to-front-page = Aller à la page d’accueil

date-long = { $day } { $month } { $year }
date-time-utc = { $date } à { $time } UTC
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre

front-title = Collectivités
front-heading = Décidons ensemble de ce dont notre territoire a besoin
front-intro = Sur Piazza, les villes, les bourgs et les villages construisent leurs services publics avec les personnes qui y vivent. Choisissez votre collectivité pour voir ce qui se décide et comment participer.
front-join = Créer un compte pour participer
front-other-communities = Autres collectivités
front-no-communities = Il n’y a encore aucune collectivité.
region-no-communities = Aucune collectivité ne fait encore partie de cette région.
region-communities = Collectivités de cette région
population-count = { $count ->
    [one] { $n } habitant
   *[other] { $n } habitants
}

community-kind-municipality = Commune
community-kind-neighbourhood = Quartier
community-kind-rural-community = Commune rurale
community-kind-region = Région
settlement-type-urban = Urbain
settlement-type-peri-urban = Périurbain
settlement-type-rural = Rural
role-administrator = Administrateur de la collectivité
role-official = Responsable public
role-facilitator = Animateur
role-moderator = Modérateur
helix-role-public-authority = Pouvoirs publics
helix-role-academia = Universités et recherche
helix-role-business = Entreprises
helix-role-civil-society = Société civile

community-facts = À propos de cette collectivité
community-residents = Habitants inscrits sur Piazza
community-people = Qui s’occupe de cette collectivité
community-no-roles = Personne n’a encore de rôle ici.
community-organisations = Organisations présentes ici
community-no-organisations = Aucune organisation n’est encore présente ici.
community-settings-link = Paramètres
community-roles-link = Rôles
community-settings-title = Paramètres : { $community }
community-new-title = Nouvelle collectivité
community-create-submit = Créer la collectivité
community-text-legend = Présentation ({ $language })
text-in-language = Langue de ce texte : { $language }.

roles-title = Rôles : { $community }
roles-grant-heading = Donner un rôle à quelqu’un
roles-grant-submit = Donner le rôle
roles-current-heading = Rôles actuels
roles-history-heading = Historique des rôles
roles-revoke-submit = Retirer
roles-revoke-whom = le rôle de { $name }
role-still-held = Toujours en cours
column-person = Personne
column-since = Depuis
column-granted = Donné
column-revoked = Retiré
column-action = Actions
by-person = par { $name }

organisations-title = Organisations
organisations-intro = Organismes publics, universités, entreprises et associations : les quatre partenaires qui construisent les services publics avec les habitants.
organisations-none-in-role = Aucune pour l’instant.
organisation-new-link = Inscrire une organisation
organisation-new-title = Inscrire une organisation
organisation-create-submit = Inscrire l’organisation
members-heading = { $count ->
    [one] { $n } membre
   *[other] { $n } membres
}
member-manager = responsable
member-add-heading = Ajouter un membre
member-add-submit = Ajouter le membre
member-remove-submit = Retirer
member-remove-whom = { $name } de l’organisation

register-title = Créer un compte
register-intro = Il vous faut seulement un nom d’utilisateur et un mot de passe. Votre vrai nom n’est jamais demandé.
register-submit = Créer le compte
register-have-account = Vous avez déjà un compte ?
sign-in-title = Se connecter
sign-in-submit = Se connecter
sign-in-forgot = Mot de passe oublié ?
sign-in-no-account = Pas encore de compte ?
account-title = Votre compte
account-username = Votre nom d’utilisateur est { $username }.
account-profile-heading = Votre profil
account-change-password-link = Changer votre mot de passe
account-roles-heading = Vos rôles
account-no-roles = Vous n’avez aucun rôle dans aucune collectivité.
account-organisations-heading = Vos organisations
account-no-organisations = Vous ne faites partie d’aucune organisation.
password-title = Changer votre mot de passe
password-submit = Changer le mot de passe
password-other-sessions = Changer votre mot de passe ferme toutes vos autres sessions, partout ailleurs.
reset-request-title = Réinitialiser votre mot de passe
reset-request-intro = Saisissez votre nom d’utilisateur ou votre adresse e-mail. Si le compte a une adresse e-mail, un lien pour choisir un nouveau mot de passe y sera envoyé.
reset-request-submit = Envoyer le lien
reset-request-no-email = Sans adresse e-mail, demandez de l’aide à un animateur ou à l’administrateur de votre collectivité.
reset-requested-notice = Si ce compte a une adresse e-mail, un lien pour réinitialiser le mot de passe est en route. Le lien fonctionne pendant une heure.
reset-title = Choisir un nouveau mot de passe
reset-submit = Enregistrer le nouveau mot de passe
reset-link-invalid = Ce lien a expiré ou a déjà été utilisé.
reset-request-again = Demander un nouveau lien
reset-mail-subject = Réinitialisez votre mot de passe Piazza
reset-mail-greeting = Bonjour { $name },
reset-mail-body = Quelqu’un a demandé à réinitialiser le mot de passe de votre compte Piazza. Pour choisir un nouveau mot de passe, ouvrez ce lien dans l’heure qui vient :
reset-mail-ignore = Si vous n’avez rien demandé, vous pouvez ignorer ce message : votre mot de passe ne change pas.
welcome-notice = Bienvenue sur Piazza, { $name } !
saved-notice = Vos modifications ont été enregistrées.

admin-title = Administration
admin-accounts = Comptes
admin-pending-mail = Messages en attente d’envoi

field-username = Nom d’utilisateur
field-username-or-email = Nom d’utilisateur ou adresse e-mail
field-display-name = Nom affiché
field-display-name-optional = Nom affiché (facultatif)
field-email-optional = Adresse e-mail (facultatif)
field-password = Mot de passe
field-new-password = Nouveau mot de passe
field-current-password = Mot de passe actuel
field-password-confirmation = Retapez le mot de passe
field-home-community-optional = Votre collectivité (facultatif)
field-name = Nom
field-slug = Nom court pour l’adresse
field-kind = Type
field-settlement-type = Type de territoire
field-population = Population
field-population-optional = Population (facultatif)
field-region = Région
field-region-optional = Région (facultatif)
field-default-language = Langue principale
field-offered-languages = Langues proposées
field-languages = Langues
field-tagline = Phrase d’accroche
field-description = Description
field-description-optional = Description (facultatif)
field-role = Rôle
field-helix-role = Type d’organisation
field-community = Collectivité
field-community-optional = Collectivité (facultatif)
field-website = Site web
field-website-optional = Site web (facultatif)
option-none = Aucune
save-submit = Enregistrer
hint-username = De 3 à 32 caractères : lettres minuscules, chiffres, points, tirets ou tirets bas. Les autres peuvent le voir.
hint-display-name = Le nom affiché à côté de ce que vous écrivez. Ce n’est pas forcément votre vrai nom.
hint-email = Uniquement pour réinitialiser votre mot de passe. Jamais montrée à personne.
hint-password = Au moins 10 caractères. Quelques mots dont vous vous souvenez font un bon mot de passe.
hint-home-community = Là où vous vivez ou participez.
hint-slug = Lettres minuscules, chiffres et tirets, par exemple san-vito. Il apparaît dans l’adresse de la page.
hint-population = Un nombre entier, par exemple 8940.
hint-grant-username = Le nom d’utilisateur de la personne, tel qu’il apparaît sur la page de son compte.
hint-member-username = Le nom d’utilisateur de la personne à ajouter.
hint-helix-role = Pouvoirs publics, universités et recherche, entreprises ou société civile.

error-summary-title = Il y a un problème
error-prefix = Erreur :
error-title-prefix = Erreur :
error-control-characters = Supprimez les caractères de contrôle invisibles.
error-username-required = Saisissez un nom d’utilisateur.
error-username-length = Le nom d’utilisateur doit compter de 3 à 32 caractères.
error-username-characters = Utilisez seulement des lettres minuscules, des chiffres, des points, des tirets et des tirets bas, en commençant par une lettre ou un chiffre.
error-username-taken = Ce nom d’utilisateur est déjà pris. Choisissez-en un autre.
error-display-name-required = Saisissez un nom affiché.
error-display-name-length = Le nom affiché doit compter 60 caractères au maximum.
error-email-invalid = Saisissez une adresse e-mail comme nom@example.org, ou laissez le champ vide.
error-password-required = Saisissez un mot de passe.
error-password-too-short = Le mot de passe doit compter au moins 10 caractères.
error-password-too-long = Le mot de passe doit compter 256 caractères au maximum.
error-password-mismatch = Les deux mots de passe sont différents.
error-current-password-wrong = Ce n’est pas votre mot de passe actuel.
error-sign-in-failed = Le nom d’utilisateur ou le mot de passe est incorrect.
error-sign-in-throttled = { $minutes ->
    [one] Trop de tentatives échouées. Réessayez dans { $minutes_shown } minute.
   *[other] Trop de tentatives échouées. Réessayez dans { $minutes_shown } minutes.
}
error-reset-target-required = Saisissez votre nom d’utilisateur ou votre adresse e-mail.
error-community-unknown = Choisissez une collectivité dans la liste.
error-account-unknown = Personne n’a ce nom d’utilisateur.
error-role-already-held = Cette personne a déjà ce rôle ici.
error-already-member = Cette personne est déjà membre.
error-last-manager = Une organisation doit avoir au moins un responsable.
error-choose-one = Choisissez l’une des options.
error-name-required = Saisissez un nom.
error-name-length = Le nom est trop long : écrivez-en un plus court.
error-slug-required = Saisissez un nom court pour l’adresse.
error-slug-invalid = Utilisez de 2 à 48 lettres minuscules, chiffres et tirets simples, sans tiret au début ni à la fin.
error-slug-taken = Ce nom court est déjà pris. Choisissez-en un autre.
error-population-invalid = Saisissez la population en nombre entier, ou laissez le champ vide.
error-parent-self = Une collectivité ne peut pas être sa propre région.
error-parent-not-region = Choisissez une région.
error-description-length = La description doit compter 2 000 caractères au maximum.
error-website-invalid = Saisissez une adresse commençant par https:// ou http://, ou laissez le champ vide.
error-not-found-title = Page introuvable
error-not-found-body = Il n’y a pas de page à cette adresse. Vérifiez l’adresse, ou repartez de la page d’accueil.
error-forbidden-title = Vous n’avez pas le droit de faire cela
error-forbidden-body = Cette page ou cette action est réservée aux personnes qui ont un autre rôle. Si vous pensez devoir y avoir accès, demandez à l’administrateur de votre collectivité.
error-too-large-title = Trop de texte
error-too-large-body = Ce que vous avez envoyé dépasse ce qu’accepte n’importe quel formulaire d’ici. Revenez en arrière, raccourcissez le texte et envoyez-le à nouveau.
error-bad-request-title = Le formulaire n’a pas pu être lu
error-bad-request-body = Ce qui est arrivé n’est pas un formulaire que cette page comprend. Revenez en arrière et envoyez-le à nouveau.
error-internal-title = Quelque chose n’a pas fonctionné
error-internal-body = Piazza n’a pas pu traiter votre demande. Rien de ce que vous avez tapé n’a été enregistré. Veuillez réessayer dans un instant.

## Démarches participatives et propositions

community-processes-link = Démarches participatives
processes-title = Démarches participatives : { $community }
processes-none = Aucune démarche participative n’a encore été lancée ici.
process-new-title = Lancer une démarche participative
process-create-submit = Lancer la démarche
process-phases-heading = Étapes
phase-number = Étape { $n }
process-now-heading = Participer maintenant
process-nothing-now = Il n’y a rien à faire dans cette démarche pour le moment.
process-see-proposals = { $count ->
    [0] Aucune proposition pour l’instant
    [one] Voir { $n } proposition
   *[other] Voir les { $n } propositions
}
process-timeline-heading = Calendrier
process-about-heading = À propos de cette démarche
process-decisions-heading = Décisions prises jusqu’ici
process-no-decisions = Aucune décision n’a encore été prise.
easy-read-heading = En mots simples
back-to-process = Retour à la démarche
stage-running = Étape en cours : { $phase }.
stage-not-started = La démarche commence le { $date }.
stage-waiting = La prochaine étape commence le { $date }.
stage-closed = Cette démarche est terminée.
phase-current = en cours
phase-dates = Du { $start }
phase-until = au { $end }
phase-allows-nothing = Information seulement.
phase-kind-inform = Information
phase-kind-ideate = Idées
phase-kind-co-design = Co-construction
phase-kind-prioritise = Choix des priorités
phase-kind-implement = Mise en œuvre
phase-kind-evaluate = Évaluation
activity-proposals = Faire des propositions
activity-supports = Soutenir des propositions
activity-comments = Commenter
activity-amendments = Proposer des amendements
activity-meetings = Venir aux réunions

proposals-title = Propositions : { $process }
proposals-found = { $count ->
    [one] { $n } proposition
   *[other] { $n } propositions
}
proposals-none = Aucune proposition ne correspond.
proposal-new-title = Faire une proposition
proposal-create-submit = Publier la proposition
proposal-authors = Proposée par
proposal-published = Date de publication
former-participant = un ancien participant
proposal-state-published = Publiée
proposal-state-withdrawn = Retirée par ses auteurs
proposal-state-evaluating = En cours d’évaluation
proposal-state-accepted = Acceptée
proposal-state-rejected = Refusée
proposal-state-implemented = Réalisée
supports-count = { $count ->
    [one] { $n } soutien
   *[other] { $n } soutiens
}
threshold-explained = { $count ->
    [one] Avec { $n } soutien, une proposition est transmise aux responsables pour être évaluée.
   *[other] Avec { $n } soutiens, une proposition est transmise aux responsables pour être évaluée.
}
proposal-state-merged = Fusionnée avec une autre proposition
proposal-merged-into = fusionnée avec
field-merge-into = Fusionner avec (seulement pour une fusion)
hint-merge-into = La proposition de cette démarche qui reprend celle-ci. Expliquez pourquoi dans la réponse.
error-merge-target = Choisissez la proposition avec laquelle fusionner celle-ci.
support-submit = Soutenir cette proposition
unsupport-submit = Retirer mon soutien
you-support = Vous soutenez cette proposition.
sign-in-to-support = Connectez-vous pour soutenir cette proposition
sign-in-to-propose = Connectez-vous pour faire une proposition
supports-closed = Les soutiens ne sont pas recueillis en ce moment.
withdraw-submit = Retirer la proposition
official-answer-heading = La réponse officielle
decide-heading = Décider de cette proposition
decide-submit = Publier la décision
history-heading = Ce qui est arrivé à cette proposition
reason-threshold = elle a atteint le nombre de soutiens nécessaire
notice-supported = Votre soutien a été compté.
notice-threshold = Votre soutien a été compté, et la proposition est maintenant transmise aux responsables pour être évaluée.
notice-unsupported = Votre soutien a été retiré.
notice-answered = La décision a été publiée.
notice-withdrawn = La proposition a été retirée.
not-now-proposals = On ne peut faire des propositions que pendant une étape qui les accepte. Consultez le calendrier de la démarche.
not-now-supports = On ne peut donner ou retirer son soutien que pendant une étape qui recueille les soutiens.
not-now-activity = L’étape actuelle de la démarche ne le permet pas.
not-now-proposal-closed = Cette proposition est close : on ne peut plus la soutenir ni la retirer.
not-now-overtaken = Quelqu’un a modifié cette proposition pendant que vous la lisiez. La voici telle qu’elle est maintenant : vérifiez-la et réessayez.

field-title = Titre
field-summary = Résumé en langage clair
field-easy-read-optional = Résumé facile à lire (facultatif)
field-support-threshold = Soutiens nécessaires pour l’évaluation
field-phase-kind = Type d’étape
field-starts-on = Premier jour
field-ends-on = Dernier jour
field-phase-allows = Pendant cette étape, on peut
field-proposal-body = Votre proposition
field-category = Thème
field-category-optional = Thème (facultatif)
field-address = Adresse
field-address-optional = Adresse (facultatif)
field-state = État
field-answered = Réponse officielle
field-sort = Ordre
field-new-state = Nouvel état
field-answer = Réponse publique
option-any = Tous
option-answered = Avec réponse
option-not-answered = Pas encore de réponse
option-no-phase = Aucune étape
sort-shuffled = Au hasard, pour ne favoriser aucune proposition
sort-newest = Les plus récentes d’abord
sort-supported = Les plus soutenues d’abord
filter-submit = Afficher
pagination-label = Pages
pagination-previous = Page précédente
pagination-next = Page suivante
pagination-position = Page { $position }
hint-summary = Dites en quelques phrases simples ce qui sera décidé et comment les gens peuvent participer.
hint-easy-read = Des phrases courtes et des mots courants, pour les personnes qui ont du mal à lire.
hint-markdown = Vous pouvez utiliser Markdown : **gras**, *italique*, listes et liens.
hint-support-threshold = Un nombre entier, par exemple 50.
hint-phases = Remplissez une ligne par étape, dans l’ordre. Laissez vides les lignes dont vous n’avez pas besoin.
hint-proposal-title = Entre 5 et 150 caractères : dites ce que vous proposez.
hint-address = L’endroit où cela se ferait, s’il s’agit d’un lieu.
hint-answer = Publiée avec la décision. Obligatoire quand la proposition est refusée.
error-summary-required = Écrivez un court résumé.
error-summary-length = Le résumé est trop long : restez sous les 600 caractères.
error-easy-read-length = Le résumé facile à lire est trop long : restez sous les 1 500 caractères.
error-description-required = Écrivez une description.
error-long-description-length = La description est trop longue : restez sous les 20 000 caractères.
error-threshold-invalid = Saisissez un nombre entier de soutiens, au moins 1.
error-date-invalid = Saisissez une date comme 2026-03-31.
error-phase-ends-before-start = Le dernier jour est avant le premier jour.
error-phase-overlaps = Cette étape commence avant la fin de la précédente.
error-phases-required = Donnez au moins une étape à la démarche.
error-title-too-short = Le titre doit compter au moins 5 caractères.
error-title-required = Saisissez un titre.
error-title-length = Le titre est trop long : 150 caractères au maximum.
error-body-required = Écrivez votre proposition.
error-body-length = La proposition est trop longue : restez sous les 10 000 caractères.
error-text-too-long = C’est trop long.
error-answer-required = Donnez les raisons de cette décision.
error-answer-length = La réponse est trop longue : restez sous les 5 000 caractères.

## Commentaires

comments-heading = { $count ->
    [0] Commentaires
    [one] { $n } commentaire
   *[other] { $n } commentaires
}
comments-order = Ordre :
comments-oldest = les plus anciens d’abord
comments-newest = les plus récents d’abord
comments-supported = les plus soutenus d’abord
comments-closed = Les commentaires ne sont pas recueillis en ce moment.
comment-new-heading = Ajouter un commentaire
comment-submit = Publier le commentaire
comment-reply-title = Répondre à un commentaire
comment-reply-submit = Publier la réponse
comment-reply-link = Répondre
comment-edit-title = Modifier votre commentaire
comment-edit-link = Modifier
comment-delete-submit = Supprimer
comment-support-submit = Soutenir
comment-number = commentaire { $n }
comment-edited = modifié
comment-deleted = Ce commentaire a été supprimé par son auteur.
comment-in-reply-to = En réponse à { $name }
comment-back = Retour à la discussion
sign-in-to-comment = Connectez-vous pour commenter
field-stance = Votre position
field-comment = Votre commentaire
stance-in-favour = Pour
stance-against = Contre
stance-neutral = Neutre
error-comment-required = Écrivez votre commentaire.
error-comment-length = Le commentaire est trop long : 3 000 caractères au maximum.
error-reply-too-deep = Les réponses vont au plus sur trois niveaux : répondez à un commentaire plus haut dans cette discussion.

## Versions d’une proposition

not-now-editing = Dès qu’une proposition a reçu un soutien ou un commentaire, son texte ne peut plus être modifié directement.
proposal-edit-title = Modifier la proposition
proposal-edit-intro = Vous pouvez changer le texte jusqu’à ce que la proposition reçoive son premier soutien ou commentaire. Chaque version reste visible par tout le monde.
proposal-edit-submit = Enregistrer la nouvelle version
versions-title = Historique du texte : { $proposal }
versions-intro = Toutes les versions de la proposition, de la plus récente à la plus ancienne, avec ce qui a changé par rapport à la précédente.
version-number = Version { $n }
versions-link = { $count ->
    [one] Historique du texte ({ $n } version)
   *[other] Historique du texte ({ $n } versions)
}
diff-added = ajouté
diff-removed = supprimé

## Amendements

amendments-heading = { $count ->
    [0] Amendements
    [one] { $n } amendement
   *[other] { $n } amendements
}
amendment-new-title = Proposer un amendement
amendment-new-intro = Modifiez le texte comme vous pensez qu’il devrait être et expliquez pourquoi. Les auteurs de la proposition acceptent ou refusent votre amendement, et tout le monde peut lire leur réponse.
amendment-submit = Proposer l’amendement
amendment-by = Amendement de { $name }
amendment-pending = En attente des auteurs
amendment-accepted = Accepté par les auteurs
amendment-rejected = Refusé par les auteurs
amendment-answer = La réponse des auteurs
amendment-accept-submit = Accepter cet amendement
amendment-reject-submit = Refuser cet amendement
field-amendment-reason = Raison
field-rejection-reason = Pourquoi vous le refusez (obligatoire pour refuser)
hint-amendment-reason = Ce que votre modification améliore, en quelques mots.
version-from-amendment = à partir d’un amendement de { $name }
error-reason-required = Donnez une raison.
error-reason-length = La raison est trop longue : 1 000 caractères au maximum.
error-amendment-unchanged = L’amendement ne change encore rien.

## Coauteurs

coauthors-heading = Coauteurs
coauthor-invited = invitation envoyée, en attente de réponse
coauthor-invite-submit = Inviter
field-invitee-kind = Inviter
field-invitee = Nom d’utilisateur ou nom court de l’organisation
hint-invitee = Une personne accepte pour elle-même ; pour une organisation, c’est l’un de ses responsables qui accepte.
option-person = une personne
option-organisation = une organisation
invitation-heading = On vous invite à devenir coauteur de cette proposition
invitation-explained = En tant que coauteur, vous apparaissez parmi ses auteurs, vous pouvez modifier son texte tant que c’est permis, et vous répondez à ses amendements.
invitation-accept-submit = Accepter
invitation-decline-submit = Refuser
invitation-for-organisation = pour { $organisation }
account-invitations-heading = Invitations à devenir coauteur
notice-invited = L’invitation a été envoyée.
error-invitee-required = Saisissez un nom d’utilisateur ou le nom court d’une organisation.
error-organisation-unknown = Aucune organisation n’a ce nom court.
error-already-author = Cette personne est déjà auteur de la proposition.
error-already-invited = Cette invitation a déjà été envoyée.

## Modération
content-kind-proposal = Proposition
content-kind-comment = Commentaire
content-kind-amendment = Amendement
proposal-number = proposition { $n }
amendment-number = amendement { $n }
report-reason-spam = Spam ou publicité
report-reason-offensive = Injurieux, haineux ou menaçant
report-reason-off-topic = Hors sujet
report-reason-personal-data = Révèle des données personnelles de quelqu’un
report-reason-other = Autre chose
moderation-state-reported = Signalé, toujours visible
moderation-state-pending = Masqué après des signalements, en attente d’examen
moderation-state-hidden = Masqué par un modérateur
moderation-state-restored = Rétabli
moderation-action-hidden-by-reports = Masqué après plusieurs signalements, jusqu’à ce qu’un modérateur l’examine
moderation-action-hide = Masqué par un modérateur
moderation-action-restore = Rétabli par un modérateur
moderation-action-uphold = Laissé masqué après examen
moderation-action-block = Personne bloquée dans cette collectivité
moderation-action-unblock = Blocage levé
not-now-blocked = Un modérateur a bloqué votre participation dans cette collectivité. La raison figure dans le journal de modération de la collectivité.
report-link = Signaler
report-proposal-link = Signaler cette proposition
report-title = Signaler : { $kind }
report-back = Retour à la contribution
report-intro = Dites aux modérateurs ce qui ne va pas. Ils vont l’examiner ; la personne qui l’a écrit ne saura jamais qui l’a signalé.
field-report-reason = Pourquoi le signalez-vous ?
field-report-details = Plus de détails
hint-report-details = Facultatif, sauf si vous avez choisi « Autre chose ». 1 000 caractères au maximum.
report-submit = Envoyer le signalement
report-recorded = Merci. Votre signalement est bien parvenu aux modérateurs.
report-already = Vous l’avez déjà signalé ; votre signalement précédent compte toujours.
report-hidden = Merci. Après plusieurs signalements, ce contenu est maintenant masqué jusqu’à ce qu’un modérateur l’examine.
error-report-own = Vous ne pouvez pas signaler votre propre contribution.
error-report-details-required = Dites en quelques mots ce qui ne va pas.
moderation-hide-now-heading = Masquer tout de suite (modérateurs)
field-public-reason = Raison publique
hint-public-reason = Tout le monde lira ce texte à la place du texte masqué et dans le journal de modération.
moderation-hide-submit = Masquer
moderation-restore-submit = Rétablir
moderation-uphold-submit = Laisser masqué
hidden-by-moderator = Masqué par les modérateurs : { $reason }
hidden-pending-review = Masqué après plusieurs signalements, jusqu’à ce qu’un modérateur l’examine.
hidden-proposal-title = Proposition masquée
appeal-link = Contester cette décision
appeal-title = Contester une décision de modération
appeal-intro = Si vous pensez que les modérateurs se sont trompés, expliquez-leur pourquoi. Vous pouvez contester une seule fois ; un modérateur examinera à nouveau et soit rétablira votre contribution, soit la laissera masquée.
field-appeal = Pourquoi devrait-elle être rétablie ?
hint-appeal = 2 000 caractères au maximum.
appeal-submit = Envoyer la contestation
appeal-yours-heading = Votre contestation
appeal-waiting = Un modérateur va examiner votre contestation.
appeal-answered = Un modérateur a examiné votre contestation. La décision et sa raison sont indiquées plus haut.
appeal-not-possible = Cette contribution n’est pas masquée, ou elle a déjà été contestée.
error-appeal-required = Dites pourquoi elle devrait être rétablie.
error-appeal-once = Une décision ne peut être contestée qu’une seule fois.
moderation-title = Modération : { $community }
moderation-queue-link = Contributions à examiner
moderation-log-link = Journal de modération
moderation-queue-heading = { $count ->
    [0] Rien en attente
    [one] { $n } contribution en attente
   *[other] { $n } contributions en attente
}
moderation-queue-empty = Rien n’attend d’examen.
moderation-report-count = { $count ->
    [0] aucun signalement
    [one] { $n } signalement
   *[other] { $n } signalements
}
moderation-appeal-label = L’auteur conteste :
moderation-blocks-heading = Personnes bloquées
moderation-blocks-empty = Personne n’est bloqué dans cette collectivité.
moderation-block-heading = Bloquer une personne
hint-block-reason = Une personne bloquée peut toujours tout lire, mais ne peut plus proposer, commenter, amender, soutenir ni signaler ici. La raison est publique.
moderation-block-submit = Bloquer
moderation-unblock-submit = Lever le blocage
error-block-self = Vous ne pouvez pas vous bloquer vous-même.
error-already-blocked = Cette personne est déjà bloquée.
moderation-settings-heading = Paramètres
field-report-threshold = Nombre de signalements qui masque une contribution
hint-report-threshold = Une contribution qui reçoit ce nombre de signalements est masquée jusqu’à ce qu’un modérateur l’examine.
error-report-threshold = Saisissez un nombre entier de { $min_shown } à { $max_shown }.
moderation-done-hidden = Masqué. La raison figure dans le journal public.
moderation-done-restored = Rétabli. Le contenu est de nouveau visible.
moderation-done-upheld = Laissé masqué. L’auteur a reçu une réponse.
moderation-done-blocked = La personne est bloquée dans cette collectivité.
moderation-done-unblocked = Le blocage a été levé.
moderation-done-threshold = Le nombre de signalements a été enregistré.
moderation-log-title = Journal de modération : { $community }
moderation-log-intro = Chaque contribution masquée ou rétablie et chaque personne bloquée ici, avec la raison donnée par les modérateurs. Qui a signalé quoi n’est jamais montré.
moderation-log-empty = Rien n’a encore été modéré.
moderation-no-reason = Aucune raison donnée
column-when = Quand
column-concerning = Concerne
column-reason = Raison

## Notifications
nav-notifications = Notifications
nav-notifications-unread = { $count ->
    [one] Notifications ({ $n } nouvelle)
   *[other] Notifications ({ $n } nouvelles)
}
notifications-title = Vos notifications
notifications-empty = Rien pour l’instant. Suivez une démarche ou une proposition pour savoir ce qui lui arrive ; vous suivez automatiquement vos propres propositions et les discussions auxquelles vous participez.
notifications-new = Nouveau :
notifications-mark-read = Tout marquer comme lu
notifications-done-read = Toutes vos notifications sont marquées comme lues.
notifications-email-heading = Notifications par e-mail
notifications-no-email = Votre compte n’a pas d’adresse e-mail, donc Piazza ne peut pas vous écrire. Vous pouvez en ajouter une sur la page de votre compte.
field-email-frequency = À quelle fréquence voulez-vous que Piazza vous écrive ?
email-frequency-immediate = Tout de suite, un e-mail pour chaque notification
email-frequency-daily = Une fois par jour, un récapitulatif de toutes les nouveautés
email-frequency-never = Jamais ; je les lis ici
notification-new-proposal = { $name } a fait une nouvelle proposition : « { $title } »
notification-comment = { $name } a commenté « { $title } »
notification-reply = { $name } a répondu à votre commentaire sur « { $title } »
notification-amendment = { $name } a proposé un amendement à « { $title } »
notification-amendment-answered = Votre amendement à « { $title } » : { $detail }
notification-state-changed = « { $title } » est maintenant : { $detail }
notification-invitation = { $name } vous invite à devenir coauteur de « { $title } »
notification-threshold = « { $title } » a obtenu les soutiens nécessaires et est transmise aux responsables pour être évaluée.
notification-awaits-evaluation = « { $title } » a atteint son seuil et attend votre évaluation et votre réponse publique.
notification-hidden = Votre contribution sur « { $title } » a été masquée. { $detail }
notification-mail-footer = Vous recevez ce message parce que vous suivez ce contenu ou y avez participé. Pour choisir à quelle fréquence Piazza vous écrit, ou arrêter ces e-mails, allez sur { $link }
digest-mail-subject = { $count ->
    [one] Vos nouvelles de Piazza : { $n } notification
   *[other] Vos nouvelles de Piazza : { $n } notifications
}
follow-submit = Suivre
unfollow-submit = Ne plus suivre
following-now = Vous suivez ce contenu : on vous dira ce qui lui arrive.

## Recherche
search-title = Rechercher : { $community }
search-results-title = Résultats de recherche pour « { $query } »
search-label = Mots à chercher
search-kind-label = Afficher
search-kind-all = Tout
search-kind-process = Démarches
search-kind-proposal = Propositions
search-kind-comment = Commentaires
search-kind-meeting = Réunions
search-submit = Rechercher
search-count = { $count ->
    [0] Aucun résultat
    [one] { $n } résultat
   *[other] { $n } résultats
}
search-nothing = Rien ne correspond à tous ces mots. Essayez avec moins de mots, des mots plus courts ou une autre orthographe.

## Réunions
meeting-format-in-person = Sur place
meeting-format-online = En ligne
meeting-format-hybrid = Sur place et en ligne
meeting-access-step-free = Accès de plain-pied
meeting-access-hearing-loop = Boucle magnétique
meeting-access-sign-language = Interprétation en langue des signes
meeting-access-interpretation = Interprétation orale dans d’autres langues
meeting-access-childcare = Garde d’enfants
meeting-access-quiet-room = Salle calme
not-now-meeting-over = Cette réunion est terminée : les inscriptions sont closes.
not-now-meetings = Les inscriptions aux réunions ne sont ouvertes que pendant une étape qui prévoit des réunions. Consultez le calendrier de la démarche.
error-web-address = Saisissez une adresse commençant par https:// ou http://.
error-address-required = Indiquez où la réunion a lieu.
error-time-invalid = Saisissez une heure en heures et minutes, par exemple 18:30.
error-meeting-ends-before-start = La réunion doit finir après son début.
error-capacity-invalid = Saisissez un nombre entier de places de 1 à 100000, ou laissez vide s’il n’y a pas de limite.
error-minutes-too-early = Le compte rendu ne peut être écrit qu’une fois la réunion commencée.
error-minutes-required = Écrivez le compte rendu.
error-minutes-length = Le compte rendu est trop long : 20 000 caractères au maximum.
process-see-meetings = { $count ->
    [0] Aucune réunion pour l’instant
    [one] Voir { $n } réunion
   *[other] Voir les { $n } réunions
}
meetings-title = Réunions : { $process }
meeting-new-title = Organiser une réunion
meetings-upcoming = À venir
meetings-none-upcoming = Aucune réunion n’est encore prévue.
meetings-past = Réunions passées
meetings-none-past = Aucune réunion n’a encore eu lieu.
field-meeting-description = À quoi sert la réunion
field-meeting-format = Où elle a lieu
field-meeting-address = Adresse
hint-meeting-address = Obligatoire pour une réunion sur place. Expliquez comment trouver la salle si elle est difficile à trouver.
field-meeting-link = Lien pour participer en ligne
hint-meeting-link = Obligatoire pour une réunion en ligne. Seules les personnes inscrites le voient.
field-meeting-date = Date
hint-meeting-date = Sous la forme année-mois-jour, par exemple 2026-12-03.
field-meeting-starts = Début
field-meeting-ends = Fin
hint-meeting-time = En heures et minutes UTC, par exemple 18:30.
field-meeting-capacity = Places
hint-meeting-capacity = Laissez vide s’il n’y a pas de limite. Quand toutes les places sont prises, les gens s’inscrivent sur une liste d’attente.
field-meeting-access = Accessibilité
field-meeting-access-notes = Plus d’informations sur l’accessibilité
hint-meeting-access-notes = Facultatif : par exemple, quelles langues sont interprétées, ou où se trouve la salle calme.
meeting-create-submit = Organiser la réunion
field-meeting-when = Quand
meeting-link-for-registered = Visible par les personnes inscrites.
meeting-places = { $count ->
    [one] { $n } place
   *[other] { $n } places
}
meeting-places-left = { $count ->
    [0] plus aucune place
    [one] { $n } place restante
   *[other] { $n } places restantes
}
meeting-waiting-count = { $count ->
    [one] { $n } personne en attente
   *[other] { $n } personnes en attente
}
meeting-no-limit = Pas de limite
meeting-access-none = Rien n’est encore annoncé. Demandez aux organisateurs ce dont vous avez besoin.
meeting-registration-heading = Participer
meeting-over = Cette réunion est terminée.
meeting-you-are-registered = Votre inscription est enregistrée.
meeting-cancel-submit = Annuler mon inscription
meeting-you-are-waiting = { $count ->
    [one] Vous êtes en tête de la liste d’attente.
   *[other] Vous êtes à la place { $n } sur la liste d’attente.
}
meeting-leave-waiting-submit = Quitter la liste d’attente
field-meeting-needs = Ce dont vous avez besoin pour participer (facultatif)
hint-meeting-needs = Seuls les organisateurs le voient : par exemple une place pour fauteuil roulant, ou une interprétation dans une langue.
meeting-register-submit = S’inscrire
meeting-wait-submit = S’inscrire sur la liste d’attente
sign-in-to-register = Connectez-vous pour vous inscrire à cette réunion
meeting-minutes-heading = Compte rendu
meeting-no-minutes = Le compte rendu sera publié ici après la réunion.
meeting-outcomes-heading = Propositions issues de cette réunion
meeting-minutes-form-heading = Écrire le compte rendu
field-minutes = Compte rendu
field-meeting-outcomes = Propositions issues de la réunion
meeting-minutes-submit = Enregistrer le compte rendu
meeting-registrants-heading = { $count ->
    [0] Personne ne s’est encore inscrit
    [one] { $n } personne inscrite ou en attente
   *[other] { $n } personnes inscrites ou en attente
}
column-place = Place
column-needs = Besoins
meeting-status-registered = Inscrit
meeting-status-waiting = Liste d’attente
meeting-done-registered = Votre inscription est enregistrée. À bientôt !
meeting-done-waiting = La réunion est complète : vous êtes sur la liste d’attente et on vous préviendra si une place se libère.
meeting-done-cancelled = Votre inscription est annulée.
meeting-done-minutes = Le compte rendu a été enregistré.
notification-new-meeting = { $name } a organisé une réunion : « { $title } »
notification-meeting-place = Une place s’est libérée : votre inscription à « { $title } » est maintenant confirmée.

## Thèmes et lieux
category-mobility = Mobilité et transports
category-green-spaces = Parcs et espaces verts
category-public-space = Rues et espace public
category-education = Écoles et éducation
category-culture = Culture
category-sport = Sport
category-health = Santé
category-social-care = Action sociale et inclusion
category-housing = Logement
category-energy = Énergie
category-environment = Environnement et climat
category-economy = Emploi et économie locale
category-safety = Sécurité
category-digital = Services numériques
category-other = Autre
sort-commented = Les plus commentées
comments-count = { $count ->
    [0] aucun commentaire
    [one] { $n } commentaire
   *[other] { $n } commentaires
}
field-neighbourhood = Quartier
field-neighbourhood-optional = Quartier (facultatif)
field-map-point = Point sur une carte
hint-map-point = Facultatif. Si vous les connaissez, indiquez la latitude et la longitude du lieu, par exemple 43.8431 et 10.5061. L’adresse ci-dessus suffit.
field-latitude = Latitude
field-longitude = Longitude
error-latitude = Saisissez une latitude entre -90 et 90, par exemple 43.8431, ou laissez les deux champs vides.
error-longitude = Saisissez une longitude entre -180 et 180, par exemple 10.5061, ou laissez les deux champs vides.
community-neighbourhoods-link = Quartiers
neighbourhoods-title = Quartiers : { $community }
neighbourhoods-intro = Une démarche peut ne concerner que certains quartiers, et une proposition peut indiquer le quartier qu’elle concerne, pour que les habitants trouvent ce qui se passe près de chez eux.
neighbourhoods-none = Aucun quartier pour l’instant.
field-neighbourhood-name = Nom du quartier
neighbourhood-add-submit = Ajouter le quartier
error-neighbourhood-exists = Cette collectivité a déjà un quartier de ce nom.
field-process-scope = Quels quartiers sont concernés ?
hint-process-scope = Ne cochez rien si la démarche concerne toute la collectivité.
process-scope = Concerne :
search-count-many = Plus de { $n } résultats

## Budgets participatifs

money = { $amount } { $currency }
process-see-budgets = { $count ->
    [0] Budgets
    [one] { $n } budget
   *[other] { $n } budgets
}
budgets-title = Budgets de « { $process } »
budgets-intro = Les habitants décident comment une partie du budget public est dépensée : chaque budget présente des projets avec leur coût, et chaque habitant peut voter une fois.
budgets-none = Aucun budget n’a encore été ouvert dans cette démarche.
budget-new-title = Ouvrir un budget
budget-card-line = { $total } · { $style } · compté selon { $rule }
budget-ballots = { $count ->
    [0] Aucun bulletin pour l’instant
    [one] { $n } bulletin
   *[other] { $n } bulletins
}
budget-see-results = Voir les résultats
budget-status-open = Vote ouvert
budget-status-closed = Vote clos, pas encore dépouillé
budget-status-counted = Dépouillé
budget-changeable = Vous pouvez modifier votre bulletin jusqu’à la clôture du vote.
budget-officials-heading = Pour les responsables
budget-locked = Des bulletins ont été déposés : les projets, la façon de voter et la règle de dépouillement ne peuvent plus changer.
budget-count-explained = La clôture arrête le vote définitivement, sépare chaque bulletin de la personne qui a voté, puis lance le dépouillement. Les bulletins anonymisés sont publiés pour que chacun puisse recompter.
budget-count-submit = Clore le vote et dépouiller
budget-projects-heading = { $count ->
    [0] Aucun projet sur le bulletin pour l’instant
    [one] { $n } projet sur le bulletin
   *[other] { $n } projets sur le bulletin
}
budget-off-ballot-heading = Pas sur le bulletin
budget-create-submit = Ouvrir le budget
field-budget-description = À quoi sert l’argent
field-budget-total = Argent à dépenser
hint-budget-total = Un nombre entier, par exemple 250000.
field-budget-currency = Monnaie
hint-budget-currency = Trois lettres, par exemple EUR.
field-budget-style = Comment on vote
field-budget-min-choices = Nombre minimum de projets à choisir sur un bulletin
hint-budget-min-choices = Facultatif. 0 ou vide veut dire pas de minimum.
field-budget-max-choices = Nombre maximum de projets à choisir sur un bulletin (pour un classement : nombre de places)
hint-budget-max-choices = Facultatif, sauf pour un classement. Vide veut dire pas de limite.
field-budget-min-share = Part de l’argent qu’un bulletin « sac à dos » doit utiliser, en pourcentage
hint-budget-min-share = Facultatif, seulement pour les bulletins « sac à dos » (projets qui tiennent dans le budget), par exemple 80.
field-budget-points = Points que chaque votant répartit
hint-budget-points = Obligatoire pour les votes par points, par exemple 10.
field-budget-rule = Comment les bulletins sont comptés
hint-budget-rule = La méthode des parts égales donne à chaque groupe de votants une juste part de l’argent ; compter au plus grand nombre de voix laisse le groupe le plus nombreux tout décider.
field-budget-changeable = Les votants peuvent modifier leur bulletin jusqu’à la clôture du vote
ballot-style-approval = Choisir tous les projets que vous soutenez
ballot-style-knapsack = Choisir des projets qui tiennent dans le budget
ballot-style-cumulative = Répartir des points entre les projets
ballot-style-ranked = Classer vos projets préférés
counting-rule-mes_cost_add1_eqs = la méthode des parts égales (recommandée)
counting-rule-mes_cost_add1_greedy = la méthode des parts égales, puis le plus grand nombre de voix pour ce qui reste
counting-rule-greedy_cost = le plus grand nombre de voix d’abord
counting-rule-greedy_card = le plus grand nombre de voix par unité de coût d’abord
counting-rule-phragmen = la méthode de Phragmén
counting-rule-maxwelfare_cost = l’ensemble de projets qui réunit le plus d’argent approuvé
counting-rule-greedy_points = le plus grand nombre de points d’abord
counting-rule-mes_points = la méthode des parts égales, par points
error-whole-number-range = Saisissez un nombre entier de { $min_shown } à { $max_shown }.
error-budget-total-required = Saisissez l’argent à dépenser.
error-currency = Saisissez la monnaie en trois lettres, par exemple EUR.
error-rule-needs-approvals = Cette règle compte les projets choisis : pour les votes par points et par classement, choisissez une règle par points.
error-rule-needs-points = Cette règle compte des points : choisissez-la seulement pour les votes par points ou par classement.
error-max-below-min = Le nombre maximum de projets ne peut pas être plus petit que le nombre minimum.
error-points-required = Saisissez combien de points chaque votant répartit.
error-ranks-required = Saisissez combien de places compte un classement.
error-budget-locked = Des bulletins ont été déposés, donc les projets du budget ne peuvent plus changer.
project-new-title = Ajouter un projet
field-project-description = Ce que fait le projet
field-project-cost = Coût
hint-project-cost = Un nombre entier, dans la monnaie du budget.
error-cost-required = Saisissez le coût.
field-project-proposal = D’où il vient
hint-project-proposal = Une proposition de cette démarche, ou les responsables.
option-from-officials = Les responsables
field-project-image = Image (un lien)
hint-project-image = Facultatif. Une adresse https d’image ; la page renvoie vers elle et ne la charge jamais.
error-image-address = Saisissez une adresse qui commence par https://, sans espaces.
project-create-submit = Ajouter le projet
project-done-added = Le projet a été ajouté. Examinez sa faisabilité pour le mettre sur le bulletin.
project-from-proposal = Voir la proposition dont il vient
project-see-image = Voir une image
feasibility-pending = Faisabilité pas encore examinée
feasibility-feasible = Faisable
feasibility-infeasible = Pas faisable
project-review-legend = Examiner « { $title } »
field-feasibility-reason = Raison publique (obligatoire si pas faisable)
error-feasibility-reason-required = Donnez la raison publique pour laquelle le projet n’est pas faisable.
project-review-submit = Enregistrer l’examen
project-done-reviewed = L’examen a été enregistré.
ballot-heading = Votre bulletin
ballot-instructions-approval = Choisissez les projets que vous soutenez.
ballot-instructions-knapsack = Choisissez des projets dont le coût total tient dans le budget.
ballot-instructions-cumulative = Donnez des points aux projets que vous soutenez.
ballot-instructions-ranked = Donnez une place à vos projets préférés, la première étant celui que vous voulez le plus.
ballot-points-to-spread = { $count ->
    [one] Vous avez { $n } point à répartir.
   *[other] Vous avez { $n } points à répartir.
}
ballot-min-share = { $count ->
    [one] Votre choix doit utiliser au moins { $n } pour cent de l’argent.
   *[other] Votre choix doit utiliser au moins { $n } pour cent de l’argent.
}
ballot-min-choices = { $count ->
    [one] Choisissez au moins { $n } projet.
   *[other] Choisissez au moins { $n } projets.
}
ballot-max-choices = { $count ->
    [one] Choisissez au plus { $n } projet.
   *[other] Choisissez au plus { $n } projets.
}
ballot-not-ranked = Non classé
ballot-place = Place { $n }
ballot-chosen = { $count ->
    [0] Aucun projet choisi
    [one] { $n } projet choisi
   *[other] { $n } projets choisis
}
ballot-cost-left = ils coûtent { $cost }, il reste donc { $left }
ballot-points-used = { $used_shown } points donnés sur { $points_shown }
ballot-valid = Votre bulletin est valable.
ballot-nothing-chosen = Choisissez des projets, puis vérifiez le total ou déposez votre bulletin.
ballot-check-submit = Vérifier le total
ballot-cast-submit = Déposer mon bulletin
ballot-change-submit = Modifier mon bulletin
ballot-voted-changeable = Vous avez voté. Votre bulletin est affiché ci-dessous ; vous pouvez le modifier jusqu’à la clôture du vote, et c’est le dernier qui compte.
ballot-voted-final = Vous avez voté. Votre bulletin est définitif.
ballot-no-projects = Aucun projet n’est encore sur le bulletin.
ballot-sign-in = Connectez-vous pour voter
ballot-not-open = Le vote n’est pas ouvert en ce moment : il a lieu pendant l’étape de choix des priorités de la démarche.
ballot-closed = Le vote est clos.
ballot-done-recorded = Votre bulletin a été enregistré.
ballot-done-replaced = Votre bulletin a été modifié ; seul le nouveau compte.
ballot-problem-empty = Choisissez au moins un projet.
ballot-problem-too-few = { $min ->
    [one] Choisissez au moins { $min_shown } projet.
   *[other] Choisissez au moins { $min_shown } projets.
}
ballot-problem-too-many = { $max ->
    [one] Choisissez au plus { $max_shown } projet.
   *[other] Choisissez au plus { $max_shown } projets.
}
ballot-problem-over-budget = Votre choix coûte { $over_shown } de plus que le budget.
ballot-problem-under-share = Votre choix doit utiliser au moins { $share_shown } pour cent de l’argent.
ballot-problem-too-many-points = Vous pouvez donner { $points_shown } points au maximum.
ballot-problem-points-whole = Les points doivent être des nombres entiers, 0 ou plus.
ballot-problem-place-twice = Deux projets ont la place { $place_shown } : donnez chaque place une seule fois.
ballot-problem-place-range = Les places vont de 1 à { $places_shown }.
ballot-problem-unknown-project = Un projet choisi n’est pas sur le bulletin.
error-ballot-invalid = Votre bulletin ne peut pas encore être déposé : voyez ci-dessous ce qu’il faut changer.
not-now-voting-closed = Le vote n’est pas ouvert pour ce budget en ce moment.
not-now-already-voted = Vous avez déjà voté pour ce budget, et ses bulletins ne peuvent pas être modifiés.
results-title = Résultats de « { $budget } »
results-spent = Argent dépensé
results-left = Argent restant
results-ballots-heading = Bulletins
results-ballots = { $count ->
    [0] Aucun bulletin
    [one] { $n } bulletin
   *[other] { $n } bulletins
}
results-channel = { $channel } : { $n }
channel-online = En ligne
channel-code = Avec un code de vote
channel-paper = Sur papier, saisi par un animateur
results-counted = Date du dépouillement
results-rule-explained-equal-shares = Compté selon la méthode des parts égales : chaque votant reçoit une part égale de l’argent et ne la dépense que pour des projets qu’il a choisis. Un projet gagne quand les personnes qui le soutiennent peuvent le payer ensemble ; le projet qui coûte le moins à chacune d’elles passe en premier.
results-rule-explained-greedy = Compté au plus grand nombre de voix : les projets sont pris dans l’ordre des voix, et chacun est choisi s’il tient encore dans l’argent qui reste.
results-rule-explained-phragmen = Compté selon la méthode de Phragmén : le coût de chaque projet est réparti le plus également possible entre les personnes qui le soutiennent, et le dépouillement s’arrête au premier projet qui ne tient pas dans le budget.
results-rule-explained-max-welfare = Compté comme l’ensemble de projets qui tient dans le budget et réunit le plus d’argent approuvé.
results-chart-heading = Voix par projet
results-chart-caption = Les projets gagnants sont en foncé, les autres en clair ; les chiffres figurent aussi dans le tableau ci-dessous.
results-bar-label = { $title } : { $votes }
results-table-heading = Tous les projets, et pourquoi ils ont gagné ou perdu
results-project = Projet
results-cost = Coût
results-votes = Voix
results-outcome = Résultat
results-why = Pourquoi
results-won = Gagné
results-lost = Perdu
fate-ranked-won = Place { $rank } : il restait { $left } quand son tour est venu, assez pour le payer.
fate-ranked-lost = Place { $rank } : il ne restait que { $left } quand son tour est venu, moins que son coût.
fate-shared = Choisi à l’étape { $step } : { $payers } personnes qui le soutenaient l’ont payé, { $share } chacune ({ $all } d’entre elles ont payé tout ce qui leur restait).
fate-supporters-short = Les personnes qui le soutenaient n’avaient plus que { $held } à elles toutes, moins que son coût.
fate-completed = Choisi après les parts égales, au plus grand nombre de voix : place { $rank }, alors qu’il restait { $left }.
fate-not-completed = Pas choisi : place { $rank } au nombre de voix, alors qu’il ne restait que { $left }.
fate-loaded = Choisi à l’étape { $step }.
fate-stopped-here = Il ne tenait pas dans l’argent restant, et le dépouillement s’est arrêté ici.
fate-not-reached = Le dépouillement s’est arrêté avant son tour.
fate-optimal-won = Fait partie de l’ensemble qui réunit le plus d’argent approuvé.
fate-optimal-lost = Ne fait pas partie de l’ensemble qui réunit le plus d’argent approuvé.
fate-free = Gratuit et soutenu, donc choisi.
fate-unsupported = Personne n’a voté pour ce projet.
results-recount-heading = Recomptez vous-même
results-recount-explained = Les bulletins, sans aucun nom ni aucune heure, sont publiés au format Pabulib. Tout le monde peut les recompter avec Piazza ou d’autres outils et doit trouver les mêmes gagnants.
results-download = Télécharger les bulletins (Pabulib)
results-sha256 = Empreinte SHA-256 du fichier :

## Codes de vote et bulletins papier

budget-codes-status = { $printed_shown } codes de vote imprimés, { $used_shown } utilisés.
field-code-count = Nombre de codes de vote à imprimer
hint-code-count = Les codes ne sont affichés qu’une fois, pour être imprimés : Piazza ne garde qu’une empreinte de chacun. De 1 à 1 000.
budget-codes-submit = Imprimer des codes de vote
codes-title = Codes de vote pour « { $budget } »
codes-print-now = Imprimez cette page maintenant : ces codes ne seront plus jamais affichés. Chaque code permet de voter une fois.
codes-how = Pour voter, ouvrez cette adresse, tapez le code et choisissez vos projets. Le code ne fonctionne qu’une fois.
ballot-code-heading = Voter avec un code
ballot-paper-heading = Saisir un bulletin papier
field-voting-code = Code de vote
hint-voting-code = Les douze lettres et chiffres imprimés sur votre papier, par exemple ABCD-EFGH-JKLM.
field-paper-reference = Numéro écrit sur le bulletin papier
hint-paper-reference = Un même bulletin papier ne peut pas être saisi deux fois sous le même numéro.
ballot-code-submit = Déposer le bulletin avec ce code
ballot-paper-submit = Saisir ce bulletin papier
ballot-vote-with-code = Voter avec un code imprimé
ballot-enter-paper = Saisir des bulletins papier
ballot-back-to-budget = Retour au budget
ballot-recorded-heading = Voici exactement ce qui a été enregistré :
ballot-recorded-points = { $title } : { $points }
ballot-done-code = Le bulletin a été enregistré. Le code ne peut plus être utilisé.
paper-done-entered = Le bulletin papier a été saisi.
error-code-required = Tapez le code de vote.
error-code-unknown = Ce code n’existe pas pour ce budget. Vérifiez les lettres et les chiffres.
error-paper-reference = Tapez le numéro écrit sur le bulletin papier, 40 caractères au maximum.
not-now-code-used = Ce code a déjà été utilisé : chaque code permet de voter une fois.
not-now-paper-entered = Un bulletin papier portant ce numéro a déjà été saisi.

## Qui peut voter, listes des habitants et votes importés

not-now-needs-voter-details = Pour ce budget, vous devez indiquer votre date de naissance ou votre secteur avant de voter.
not-now-needs-census = Pour ce budget, vous devez faire une vérification avec la liste des habitants avant de voter.
not-now-too-young = Vous n’avez pas l’âge minimum pour ce budget.
not-now-outside-districts = Ce budget est réservé aux habitants d’autres secteurs.
not-now-group-full = Vous avez déjà voté dans autant de budgets de ce groupe qu’une personne le peut.
budget-who-may-vote = Qui peut voter
field-budget-min-age = Âge minimum (facultatif)
hint-budget-min-age = En années. Laissez vide si les personnes de tout âge peuvent voter.
field-budget-census-only = Les votants doivent faire la vérification avec la liste des habitants
hint-budget-census-only = Les habitants connectés font alors une vérification unique avec leur numéro d’identité et leur date de naissance ; les codes et les bulletins papier sont contrôlés sur place.
field-budget-districts = Les habitants de quels secteurs peuvent voter ?
hint-budget-districts = Ne cochez rien si tous les habitants peuvent voter.
field-budget-group = Groupe de budgets (facultatif)
hint-budget-group = Les budgets de cette démarche qui ont le même nom de groupe partagent une limite : par exemple « secteurs », pour que chaque personne vote pour un seul budget de secteur, celui de son choix.
field-budget-group-limit = Nombre de budgets du groupe pour lesquels une personne peut voter
hint-budget-group-limit = Un nombre entier ; 1 si vous laissez vide.
error-group-name = Écrivez un nom de groupe de 80 caractères au maximum.
error-group-name-required = Donnez le nom du groupe concerné par la limite.
budget-edit-title = Modifier « { $title } »
budget-edit-submit = Enregistrer le budget
budget-edit-link = Modifier le budget
budget-edit-locked = Des bulletins ont été déposés : seuls le titre et la description peuvent encore changer, pour qu’aucune règle ne change pendant le vote.
budget-done-changed = Le budget a été enregistré.
field-project-district = Secteur (facultatif)
option-whole-community = Toute la collectivité
eligibility-min-age = Habitants de { $age } ans ou plus.
eligibility-districts = Habitants de : { $districts }.
eligibility-census = Habitants qui ont fait la vérification avec la liste des habitants.
eligibility-group = Ce budget fait partie du groupe « { $group } » : chaque personne peut voter pour { $limit } de ses budgets.
ballot-give-details = Donner vos informations
results-districts-heading = Résultats par secteur
results-district = Secteur
results-district-projects = Projets financés
results-district-spent = Argent dépensé
results-whole-community = Toute la collectivité
results-district-funded = { $won } sur { $of }
channel-imported = importé
budget-import-title = Importer un vote passé
budget-import-intro = Rejouez un budget participatif tenu ailleurs : un fichier Pabulib (le format ouvert des votes de budget participatif) devient un budget de cette démarche, avec ses projets et ses bulletins, prêt à être dépouillé ici.
field-pabulib-file = Fichier Pabulib
hint-pabulib-file = Un fichier .pb avec les sections META, PROJECTS et VOTES. Les montants doivent être des unités entières de la monnaie.
budget-import-submit = Importer le vote
budget-done-imported = Le vote a été importé. Dépouillez-le pour voir ses résultats.
error-pabulib-line = Le fichier ne peut pas être lu à la ligne { $line }. Comparez cette ligne avec le format Pabulib.
error-pabulib-file = Ce fichier n’est pas un fichier Pabulib avec des projets et un budget.
error-pabulib-decimals = Le fichier contient des montants avec décimales ; ici, les budgets sont en unités entières de leur monnaie.
error-pabulib-too-many = Le fichier contient plus de { $most } bulletins.
census-title = Liste des habitants
census-intro = Envoyez la liste des personnes qui peuvent voter, au format CSV : une personne par ligne avec un numéro d’identité, une date de naissance (AAAA-MM-JJ) et, si vous le souhaitez, le nom de son secteur. Piazza ne garde qu’une empreinte à clé de chaque numéro d’identité et de chaque date de naissance, jamais les numéros eux-mêmes. Une nouvelle liste remplace l’ancienne ; les personnes déjà vérifiées le restent.
census-status = La liste compte { $entries } entrées ; { $claimed } ont servi à une vérification.
census-none = Aucune liste des habitants n’a encore été envoyée.
field-census-file = Liste des habitants (CSV)
hint-census-file = Par exemple : AB1234567,1990-04-21,Centro
census-submit = Envoyer la liste
census-done-loaded = La liste des habitants a été chargée avec { $entries } entrées.
error-census-line = La ligne { $line } doit contenir un numéro d’identité et une date de naissance écrite AAAA-MM-JJ.
error-census-district = La ligne { $line } indique un secteur que cette collectivité n’a pas.
error-census-too-long = La liste est trop longue.
error-census-empty = Le fichier ne contient personne. Choisissez le fichier CSV de la liste des habitants.
voter-details-title = Vos informations pour voter
voter-details-intro = Certains budgets sont réservés aux habitants de certains secteurs ou d’un certain âge. Ce que vous indiquez ici sert uniquement à vérifier que vous pouvez voter ; ce n’est jamais montré à personne.
voter-details-verified = La liste des habitants a confirmé vos informations.
voter-details-declared = Vous avez déclaré ces informations.
field-birth-date = Date de naissance
hint-birth-date = Écrite AAAA-MM-JJ, par exemple 1990-04-21.
field-voter-district = Votre secteur
voter-census-heading = Vous vérifier avec la liste des habitants
voter-census-intro = Tapez votre numéro d’identité et votre date de naissance comme la commune les connaît. Chaque entrée de la liste ne peut vérifier qu’un seul compte.
field-identity = Numéro d’identité
hint-identity = Les espaces, les tirets et les majuscules n’ont pas d’importance.
voter-census-submit = Vérifier
voter-declare-heading = Déclarer vos informations
voter-declare-intro = Pour les budgets qui ne demandent pas la liste des habitants, il suffit de déclarer votre date de naissance et votre secteur.
voter-declare-submit = Enregistrer mes informations
error-identity-required = Tapez votre numéro d’identité.
error-birth-date = Écrivez une vraie date de naissance sous la forme AAAA-MM-JJ.
error-census-none = Cette collectivité n’a pas de liste des habitants pour faire la vérification.
error-census-unknown = Aucune entrée de la liste des habitants ne correspond à ce numéro d’identité et à cette date de naissance. Vérifiez les deux, ou adressez-vous à la commune.
error-census-used = Cette entrée de la liste des habitants a déjà servi à vérifier un autre compte. Si ce n’était pas vous, adressez-vous à la commune.
error-details-verified = La liste des habitants a confirmé vos informations ; elles ne peuvent pas être modifiées ici.
community-census-link = Liste des habitants

## Supprimer son compte

account-erase-link = Supprimer mon compte
erase-title = Supprimer mon compte
erase-intro = La suppression de votre compte est définitive. Voici ce qui se passe :
erase-goes = Votre nom, votre nom d’utilisateur, votre adresse e-mail, vos sessions, vos rôles, ce que vous suivez, vos soutiens et vos informations pour voter sont supprimés immédiatement.
erase-stays = Vos propositions et vos commentaires restent lisibles, mais sont affichés comme écrits par « un ancien participant ».
erase-ballots = Vos bulletins dans les budgets participatifs restent comptés, et plus personne ne peut savoir qu’ils étaient les vôtres.
erase-meetings = Vos places aux réunions à venir passent aux personnes suivantes sur la liste d’attente.
erase-final = Si vous voulez une copie de vos données, téléchargez-la d’abord.
hint-erase-password = Tapez votre mot de passe pour confirmer que c’est bien vous.
erase-submit = Supprimer mon compte définitivement
erase-done-title = Votre compte a été supprimé
erase-done = Votre compte et tout ce qui permettait de vous identifier ont été supprimés. Merci d’avoir participé.
erase-done-home = Retour à la page d’accueil
account-data-link = Voir et télécharger vos données
data-title = Vos données
data-intro = Voici tout ce que Piazza détient sur vous. Le téléchargement contient l’ensemble, sous forme d’un fichier JSON et d’un fichier CSV par type d’enregistrement, dans un fichier zip.
data-download = Télécharger mes données (zip)
data-joined = Date d’inscription
data-everything = Ce qui est conservé, et en quelle quantité
data-what = Quoi
data-how-many = Combien
data-records = { $count ->
    [one] { $n } enregistrement
   *[other] { $n } enregistrements
}
data-not-kept = Non conservés : votre mot de passe (seulement une empreinte qui ne permet pas de le retrouver), et quel bulletin était le vôtre une fois le vote clos.
data-profile = Votre profil
data-sign-ins = Sessions de connexion
data-password-resets = Demandes de réinitialisation du mot de passe
data-roles = Rôles dans les collectivités
data-organisations = Organisations dont vous faites partie
data-proposals = Propositions que vous avez écrites
data-proposal-versions = Versions des propositions que vous avez écrites
data-co-authorships = Invitations reçues pour devenir coauteur d’une proposition
data-amendments = Amendements que vous avez proposés
data-comments = Commentaires que vous avez écrits
data-proposal-supports = Propositions que vous soutenez
data-comment-supports = Commentaires que vous soutenez
data-meeting-registrations = Vos inscriptions aux réunions
data-follows = Ce que vous suivez
data-notifications = Notifications qui vous sont adressées
data-reports = Contributions que vous avez signalées
data-blocks = Blocages par les modérateurs
data-budget-votes = Budgets pour lesquels vous avez voté
data-voting-details = Vos informations pour voter
data-email = Adresse e-mail

## Consentement

account-consents-link = Vos consentements
consents-title = Vos consentements
consents-intro = Piazza vous demande votre accord avant d’utiliser vos données pour autre chose que ce que vous faites vous-même. Chaque réponse est conservée avec la date et la version de la notice que vous avez lue. Retirer son accord se fait en un clic, comme le donner.
consent-purpose-taking-part = Participer
consent-purpose-contact = Recevoir des messages
consent-purpose-demographics = Statistiques sur qui participe
consent-purpose-research = Recherche sur les contributions
consent-notice-taking-part = Piazza conserve ce que vous écrivez, soutenez et votez, avec votre nom affiché, pour que votre collectivité puisse le voir et y répondre. Vous pouvez supprimer votre compte à tout moment.
consent-notice-contact = Piazza peut vous écrire par e-mail au sujet de ce que vous suivez et des démarches de votre collectivité. Vous choisissez la fréquence dans votre compte.
consent-notice-demographics = Si vous répondez à des questions facultatives sur vous (tranche d’âge, genre, quartier, etc.), Piazza conserve les réponses séparément de votre nom et les utilise uniquement pour compter, par groupes d’au moins cinq personnes, qui participe et qui manque.
consent-notice-research = Des chercheurs peuvent étudier vos contributions, sans votre nom, pour comprendre comment fonctionne la participation. Rien de ce qui pourrait vous identifier n’est publié.
consent-state-not-given = Vous n’avez pas donné ce consentement.
consent-state-granted = Vous avez donné ce consentement le { $date }.
consent-state-withdrawn = Vous avez retiré ce consentement le { $date }.
consent-state-asked-again = La notice a changé depuis votre consentement : merci de la relire et de répondre. D’ici là, votre consentement ne compte pas.
consent-grant = J’accepte
consent-withdraw = Retirer mon consentement
consent-done-saved = Votre réponse a été enregistrée.
consents-ledger-heading = Tout ce que vous avez répondu
consents-ledger-empty = Vous n’avez encore rien répondu.
consents-when = Quand
consents-purpose = Sujet
consents-answer = Réponse
consents-how = Comment
consents-version = Version de la notice
consents-basis = Base légale
consent-granted = accepté
consent-withdrawn = retiré
consent-channel-online = en ligne
consent-channel-paper = sur papier
consent-channel-phone = par téléphone
consent-channel-by = { $channel }, enregistré par { $name }
legal-basis-consent = consentement (RGPD, art. 6.1.a)
legal-basis-explicit-consent = consentement explicite (RGPD, art. 9.2.a)
data-consents = Vos consentements

## Registre des traitements

community-privacy-link = Comment vos données sont utilisées
processing-title = Comment { $community } utilise les données personnelles
processing-intro = Ce registre des traitements est produit à partir de ce que Piazza conserve réellement et des durées de conservation de ce site ; il est donc toujours à jour.
processing-caption = Ce qui est conservé, pourquoi, et combien de temps
processing-what = Quoi
processing-why = Pourquoi
processing-basis = Base légale
processing-kept = Conservé pendant
processing-who = Qui peut le voir
processing-kept-days = { $count ->
    [one] { $n } jour
   *[other] { $n } jours
}
processing-account = Votre compte : nom d’utilisateur, nom affiché, adresse e-mail, langue, et une empreinte de votre mot de passe
processing-account-why = Pour vous permettre de vous connecter et de participer sous un nom que vous choisissez
processing-contributions = Propositions, commentaires, amendements et comptes rendus de réunion
processing-contributions-why = Participation publique : pour que tout le monde puisse les lire, en discuter et y répondre
processing-votes = Soutiens et bulletins des budgets
processing-votes-why = Pour les compter
processing-meetings = Inscriptions aux réunions et ce dont vous avez dit avoir besoin pour y venir
processing-meetings-why = Pour organiser des réunions où tout le monde peut venir
processing-notifications = Vos notifications
processing-notifications-why = Pour vous dire ce qui est arrivé à ce que vous suivez
processing-mail = E-mails qui vous sont envoyés
processing-mail-why = Pour envoyer les notifications, les récapitulatifs et les réinitialisations de mot de passe, et réessayer quand l’envoi échoue
processing-security = Sessions et tentatives de connexion échouées
processing-security-why = Pour protéger les comptes contre les personnes qui essaient de deviner les mots de passe
processing-eligibility = La liste des habitants et vos informations pour voter (date de naissance, secteur)
processing-eligibility-why = Pour vérifier qui peut voter dans un budget participatif
processing-consents = Vos consentements et leur historique
processing-consents-why = Pour prouver ce que vous avez accepté, et quand
processing-moderation = Signalements et décisions de modération
processing-moderation-why = Pour garder des discussions respectueuses, en toute transparence
processing-kept-until-erased = Jusqu’à ce que vous supprimiez votre compte
processing-kept-contributions = Tant que la démarche est publique ; si vous supprimez votre compte, elles restent, sans votre nom
processing-kept-votes = Comptés définitivement ; qui a voté est oublié quand vous supprimez votre compte, et quel bulletin était le vôtre est oublié à la clôture du vote
processing-kept-meeting-needs = Vos besoins : { $days } après la réunion ; l’inscription elle-même : jusqu’à ce que vous supprimiez votre compte
processing-kept-security = Les sessions jusqu’à leur expiration ; les tentatives de connexion échouées pendant un jour
processing-kept-eligibility = La liste des habitants jusqu’à son remplacement, conservée uniquement sous forme d’empreintes à clé ; vos informations jusqu’à ce que vous supprimiez votre compte
processing-kept-moderation = Aussi longtemps que le contenu concerné ; le journal public garde les décisions, jamais qui a signalé
processing-who-you-and-operators = Vous, et les personnes qui gèrent ce site
processing-who-everyone = Tout le monde
processing-who-totals = Personne individuellement : seuls des totaux sont publiés
processing-who-organisers = Les organisateurs de la réunion ({ $community })
processing-who-you = Vous uniquement
processing-who-operators = Les personnes qui gèrent ce site, pour régler les problèmes d’envoi
processing-who-nobody = Personne : la vérification est automatique
processing-who-moderators = Les modérateurs de la collectivité { $community }
legal-basis-public-task = une mission d’intérêt public (RGPD, art. 6.1.e)
legal-basis-legitimate-interest = l’intérêt légitime en matière de sécurité (RGPD, art. 6.1.f)
legal-basis-legal-obligation = une obligation légale (RGPD, art. 6.1.c et 7.1)
processing-rights = Vous pouvez voir et télécharger vos données, donner et retirer votre consentement, et supprimer votre compte à tout moment.

## Déclaration d’accessibilité et obstacles

footer-accessibility = Déclaration d’accessibilité et signalement d’un obstacle
community-barriers-link = Obstacles à l’accessibilité signalés
accessibility-title = Déclaration d’accessibilité
accessibility-commitment = Piazza est conçu pour que tout le monde puisse participer : sur un téléphone bon marché et avec une connexion lente, sans JavaScript, au clavier ou avec un lecteur d’écran, et dans une langue qui s’écrit de droite à gauche. Cette déclaration suit la directive européenne sur l’accessibilité du web (2016/2102).
accessibility-status-heading = Niveau d’accessibilité
accessibility-status = Piazza vise à respecter les règles pour l’accessibilité des contenus web (WCAG) 2.2 au niveau AA. Les pages listées ci-dessous sont vérifiées automatiquement ; certains obstacles ne peuvent être trouvés que par des personnes, alors merci de nous signaler ceux que vous rencontrez.
accessibility-how-heading = Comment c’est vérifié
accessibility-how-axe = Chaque page est vérifiée avec axe-core dans un vrai navigateur selon les WCAG 2.2 AA, sans connexion puis avec une connexion pour chaque rôle, dans une langue qui s’écrit de gauche à droite et dans une langue qui s’écrit de droite à gauche.
accessibility-how-no-script = Chaque page fonctionne avec JavaScript désactivé, y compris les bulletins de vote et les formulaires.
accessibility-how-keyboard = L’inscription et la connexion sont testées avec le clavier seul ; l’élément actif est toujours visible.
accessibility-how-languages = Les pages sont entièrement traduites ; les textes écrits par les personnes gardent leur propre langue et leur propre sens d’écriture.
accessibility-limits-heading = Limites connues
accessibility-limit-maps = Les lieux sont indiqués par des adresses et des coordonnées ; aucune carte n’est affichée.
accessibility-limit-content = Ce que les gens écrivent (propositions, commentaires, images par lien) leur appartient : il peut manquer des descriptions d’images ou un langage clair. Des résumés faciles à lire existent quand les auteurs en ont écrit.
accessibility-enforcement-heading = Si la réponse ne vous satisfait pas
accessibility-enforcement = Si la réponse à un signalement ne vous satisfait pas, vous pouvez vous adresser à l’organisme de contrôle de votre pays pour la directive sur l’accessibilité du web (en Italie, l’AgID).
barrier-heading = Signaler un obstacle
barrier-intro = Dites-nous ce qui a fait obstacle ou ce qui a été difficile. Votre signalement parvient aux administrateurs de la collectivité que vous choisissez, ou de ce site.
field-barrier-page = Page (facultatif)
hint-barrier-page = Son adresse, ou son nom.
field-barrier-description = Qu’est-ce qui n’a pas fonctionné ?
hint-barrier-description = Ce que vous avez essayé de faire, et ce qui s’est passé. Indiquez votre appareil ou votre aide technique si vous le souhaitez.
field-barrier-community = Quelle collectivité est concernée ?
option-barrier-instance = Aucune en particulier
field-barrier-contact = Comment pouvons-nous vous répondre ? (facultatif)
hint-barrier-contact = Une adresse e-mail ou un numéro de téléphone. Laissez vide pour signaler de façon anonyme.
barrier-submit = Envoyer le signalement
barrier-done-reported = Merci : votre signalement a été envoyé aux administrateurs.
error-barrier-page = Écrivez l’adresse ou le nom de la page en 500 caractères au maximum.
error-barrier-description-required = Décrivez ce qui n’a pas fonctionné.
error-barrier-contact = Écrivez une adresse ou un numéro en 200 caractères au maximum.
barrier-reports-title = Obstacles à l’accessibilité signalés
barrier-reports-none = Personne n’a signalé d’obstacle dans cette collectivité.
barrier-reports-contact = Répondre à :

## Préférences d’affichage

footer-display = Préférences d’affichage
display-heading = Préférences d’affichage
display-intro = Choisissez comment les pages s’affichent. Si vous avez ouvert une session, votre choix est gardé avec votre compte ; sinon, ce navigateur s’en souvient.
display-legend = Afficher les pages avec
display-preference-large-text = un texte plus grand
display-preference-high-contrast = un contraste plus fort
display-preference-reduced-motion = aucune animation
display-submit = Enregistrer les préférences d’affichage

## Représentation : ce que les personnes disent d’elles-mêmes, et qui participe.
age-band-under-16 = Moins de 16 ans
age-band-16-24 = 16 à 24 ans
age-band-25-44 = 25 à 44 ans
age-band-45-64 = 45 à 64 ans
age-band-65-plus = 65 ans et plus
gender-woman = Femme
gender-man = Homme
gender-another = Autre genre
about-you-title = À propos de vous
about-you-link = Parlez-nous de vous
about-you-intro = Ces questions aident votre collectivité à voir qui participe et qui manque, pour qu’elle puisse aller à la rencontre de ces personnes et leur demander leur avis. Chaque question est facultative.
about-you-age-band = Votre âge
about-you-gender = Votre genre
about-you-neighbourhood = Où vous habitez
about-you-prefer-not-to-say = Je préfère ne pas répondre
about-you-no-answer = Pas de réponse
about-you-submit = Enregistrer mes réponses
about-you-done-saved = Vos réponses ont été enregistrées.
about-you-withdraw = Retirer votre consentement : vos réponses sont alors supprimées immédiatement.
about-you-needs-consent = Vous n’avez pas donné votre consentement pour ces questions, elles ne vous sont donc pas posées.
about-you-give-consent = Donner ou retirer votre consentement
error-demographics-consent = Ces réponses ne peuvent être conservées qu’avec un consentement aux questions sur soi.
representation-link = Qui participe
representation-process-link = Qui participe à cette démarche
representation-title = Qui participe : { $community }
representation-title-process = Qui participe : { $process }
representation-intro = Les personnes qui ont participé, groupe par groupe, comparées aux personnes qui vivent ici. Seules les personnes qui ont donné leur consentement répondent aux questions ; les groupes de moins de cinq personnes ne sont jamais affichés.
representation-participants = Personnes qui ont participé : { $people }.
representation-too-few = Moins de cinq personnes ont participé jusqu’ici : rien ne peut encore être affiché.
representation-no-reference = La collectivité n’a pas encore saisi sa population, donc les taux de participation ne peuvent pas être calculés.
representation-caption = Participation par groupe : { $question }
representation-group = Groupe
representation-people = Personnes qui ont participé
representation-reference-share = Part dans la population
representation-rate = Pour 10 000 habitants
representation-relative = Par rapport au groupe qui participe le plus
representation-hidden = moins de 5
representation-not-answered = Sans réponse
representation-under-represented = sous-représenté
representation-percent = { $n } %
representation-score = Indice de représentation : { $score } (le taux du groupe le plus bas divisé par celui du groupe le plus haut ; 100 % veut dire que tous les groupes participent autant).
representation-score-partial = Les groupes trop petits pour être affichés ne sont pas pris en compte.
representation-furthest-behind = Le groupe « { $group } » participe le moins : { $rate } pour 10 000 habitants, contre { $best } pour le groupe qui participe le plus.
representation-outreach-age-band = Suggestion : allez là où se trouvent déjà les personnes du groupe d’âge « { $group } » (écoles, clubs, centres d’accueil de jour, marchés) et proposez le papier et le téléphone en plus du site web.
representation-outreach-gender = Suggestion : demandez aux personnes du groupe « { $group } » ce qui les tient à l’écart ; organisez des réunions à d’autres horaires, avec une garde d’enfants, et recueillez leurs avis sur papier ou par téléphone.
representation-outreach-neighbourhood = Suggestion : tenez un stand dans la rue ou un atelier dans le quartier { $group } et notez ce que les gens y disent avec le formulaire des animateurs.
representation-outreach-community = Suggestion : travaillez avec les organisations auxquelles les personnes du groupe « { $group } » font confiance, et laissez les animateurs recueillir leurs avis là où elles se retrouvent.
representation-method = Comment c’est compté : une personne participe quand elle propose, commente, soutient, s’inscrit à une réunion ou vote. Quand un groupe est masqué, une deuxième case l’est aussi, pour qu’on ne puisse pas retrouver la case masquée à partir du total.
representation-csv = Télécharger en CSV
representation-setup-link = Population et questions
representation-setup-title = Population et questions
representation-setup-done = Enregistré.
reference-heading = La population
reference-intro = Indiquez combien d’habitants appartiennent à chaque groupe, d’après le recensement ou le registre de la population. Laissez un groupe vide si vous ne savez pas.
reference-submit = Enregistrer la population
error-reference-people = Écrivez un nombre entier de personnes, ou laissez le champ vide.
question-heading = Votre propre question
question-intro = Posez une question sur ce qui aiderait votre collectivité à mieux toucher certaines personnes, par exemple une histoire migratoire ou un handicap. Chacun peut toujours préférer ne pas répondre.
field-question-label = La question
hint-question-label = Par exemple : Êtes-vous né dans un autre pays ?
field-question-options = Les réponses, une par ligne
hint-question-options = Entre 2 et 12 réponses.
question-submit = Ajouter la question
error-question-options = Écrivez entre 2 et 12 réponses différentes, une par ligne, chacune de moins de 100 caractères.
channels-heading = Comment les contributions sont arrivées
channels-caption = Contributions par canal
channels-channel = Canal
channels-proposals = Propositions
channels-comments = Commentaires
channels-supports = Soutiens
channels-total = Total
contribution-channel-online = En ligne
contribution-channel-paper = Sur papier
contribution-channel-phone = Par téléphone
contribution-channel-workshop = Lors d’un atelier
contribution-channel-street-stand = Sur un stand dans la rue

## Mode animateur : contributions enregistrées pour le compte de quelqu’un.
assisted-link = Enregistrer pour le compte de quelqu’un
assisted-title = Enregistrer une contribution pour le compte de quelqu’un
assisted-intro = Notez ce qu’une personne a dit lors d’un atelier, sur un stand dans la rue, sur papier ou par téléphone. Elle reçoit un récépissé avec un code pour retrouver plus tard ce qu’elle a dit dans son propre compte, si elle le souhaite.
assisted-person-heading = La personne
assisted-adding-for = Ajout au récépissé de { $name }.
field-assisted-name = Nom ou initiales
hint-assisted-name = Tel que la personne veut apparaître à côté de ce qu’elle a dit. Les initiales suffisent.
field-assisted-channel = Comment cela a été recueilli
field-assisted-event = Où et quand
hint-assisted-event = Par exemple : Stand dans la rue, marché du samedi, Piazza Grande
field-assisted-consents = Ce que la personne a accepté
hint-assisted-consents = Cochez seulement ce que la personne a coché sur le formulaire papier, ou ce qu’elle a accepté au téléphone après avoir entendu la notice. « Participer » est nécessaire pour conserver ce qu’elle a dit.
error-assisted-taking-part = La personne doit accepter « Participer » pour que ce qu’elle a dit puisse être conservé.
error-event-required = Indiquez où et quand cela a été recueilli.
error-event-length = Restez sous les 150 caractères.
assisted-about-heading = Questions sur la personne (facultatif)
assisted-contribution-heading = Ce que la personne a dit
field-assisted-kind = Type de contribution
assisted-kind-proposal = Une nouvelle proposition
assisted-kind-comment = Un commentaire sur une proposition
assisted-kind-support = Un soutien à une proposition
field-assisted-proposal = Quelle proposition
hint-assisted-proposal = Pour un commentaire ou un soutien.
assisted-proposal-option = N° { $number } :
field-assisted-stance = Pour un commentaire, la position de la personne
hint-assisted-title = Pour une nouvelle proposition.
field-assisted-body = Avec les mots de la personne
hint-assisted-body = Pour une nouvelle proposition ou un commentaire.
assisted-submit = Enregistrer
receipt-title = Récépissé
receipt-recorded = C’est enregistré. Remettez ce récépissé à la personne, imprimé ou recopié à la main.
receipt-for = Récépissé pour { $name }
receipt-process = Démarche
receipt-date = Date
receipt-about = Objet
receipt-code-label = Votre code :
receipt-how-to-claim = Pour retrouver ce que vous avez dit dans votre propre compte : connectez-vous à Piazza (ou créez un compte), ouvrez « Récupérer ce qui a été enregistré pour vous » et tapez ce code.
receipt-code-once = Ce code n’est affiché que maintenant. Gardez-le en lieu sûr : quiconque le possède peut récupérer ces contributions.
receipt-same-code = Cette contribution a été ajoutée au récépissé précédent de la personne : le même code permet de la récupérer.
receipt-another-same = Enregistrer autre chose pour la même personne
receipt-another-person = Enregistrer pour quelqu’un d’autre
paper-form-link = Formulaire papier à imprimer
paper-form-title = Formulaire papier : { $process }
paper-form-intro = Remplissez ce formulaire et remettez-le à un animateur de la collectivité { $community }. Il le saisira exactement comme vous l’avez écrit et vous remettra un récépissé.
paper-form-print = Imprimez cette page avec la commande d’impression de votre navigateur.
paper-form-you = À propos de vous
paper-form-consents = Cochez ce que vous acceptez. « Participer » est nécessaire pour que ce que vous écrivez soit conservé.
paper-form-say = Ce que vous voulez dire
paper-form-support-numbers = Les numéros des propositions que vous soutenez
paper-form-comment-number = Le numéro de la proposition que vous commentez
paper-form-proposals = Les propositions faites jusqu’ici
paper-form-receipt = Vous recevrez un récépissé avec un code : grâce à lui, vous pourrez retrouver plus tard ce que vous avez dit dans votre propre compte.
claim-title = Récupérer ce qui a été enregistré pour vous
claim-link = Récupérer ce qui a été enregistré pour vous
claim-intro = Si un animateur a enregistré vos propositions, commentaires ou soutiens et vous a remis un récépissé, tapez son code ici : tout vous est alors attribué, avec vos consentements.
field-claim-code = Le code de votre récépissé
hint-claim-code = Douze lettres et chiffres, par exemple ABCD-EFGH-JKLM.
claim-submit = Récupérer
error-claim-code-required = Tapez le code de votre récépissé.
error-claim-code-unknown = Aucun récépissé n’a ce code, ou il a déjà été récupéré. Vérifiez les lettres et les chiffres.

## Représentation et mode animateur dans vos données et le registre des traitements.
data-about-you = Vos réponses sur vous-même
processing-demographics = Vos réponses sur vous-même (tranche d’âge, genre, quartier et questions propres à la collectivité)
processing-demographics-why = Pour compter qui participe et qui manque, afin que la collectivité puisse aller à la rencontre de ces personnes
processing-kept-demographics = Jusqu’à ce que vous retiriez votre consentement ou supprimiez votre compte ; dans les deux cas, elles sont supprimées immédiatement
processing-assisted = Contributions et consentements enregistrés par un animateur pour une personne qui a participé sur papier, par téléphone, lors d’un atelier ou sur un stand dans la rue
processing-assisted-why = Pour permettre aux personnes sans compte de participer, et de retrouver plus tard ce qu’elles ont dit
processing-kept-assisted = Jusqu’à leur récupération avec le code du récépissé, puis comme vos propres contributions ; le code lui-même n’est conservé que sous forme d’empreinte
processing-who-facilitators = Les animateurs de la collectivité { $community }, et tout le monde pour ce qui est public
representation-share-of-all = Part dans l’ensemble des participants

## Canaux sur la page de la démarche, consentements à l’inscription, version facile à lire au choix du lecteur.
channels-count = { $channel } : { $count }
register-consents = Ce que vous acceptez (vous pouvez le modifier à tout moment dans votre compte)
display-preference-easy-read = les versions faciles à lire en premier, quand elles existent
easy-read-full-text = Le texte complet
easy-read-choose = Toujours afficher d’abord les versions faciles à lire
easy-read-write = Écrire la version facile à lire
easy-read-save = Enregistrer la version facile à lire
notice-easy-read = La version facile à lire a été enregistrée.
consents-asked-again-account = Une notice que vous aviez acceptée a changé : relisez-la et donnez votre réponse.

## Mode animateur : quand rien ne peut être enregistré, et après une récupération.
assisted-nothing-now = Rien ne peut être enregistré dans cette démarche pour le moment : son étape actuelle n’accepte ni propositions, ni commentaires, ni soutiens.
claim-done-all = Tout ce qui a été enregistré pour vous est maintenant dans votre compte : vos propositions, commentaires, soutiens et consentements.

## Suivi des engagements : ce qui a été décidé, suivi jusqu’à sa réalisation.
result-status-planned = Prévu
result-status-in-progress = En cours
result-status-done = Réalisé
result-status-cancelled = Annulé
process-see-results = { $count ->
    [0] Vous avez dit, nous avons fait
    [one] Vous avez dit, nous avons fait : { $n } résultat
   *[other] Vous avez dit, nous avons fait : { $n } résultats
}
accountability-title = Vous avez dit, nous avons fait : { $process }
results-intro = Ce que les pouvoirs publics se sont engagés à réaliser à la suite de cette démarche, et où en est chaque chose. Chaque résultat renvoie aux propositions et aux projets dont il vient.
results-none = Aucun résultat n’a encore été enregistré.
result-new-title = Enregistrer un résultat
result-new-submit = Enregistrer le résultat
result-progress = Avancement
result-progress-derived = la moyenne de ses parties
result-parts = Ses parties
result-comes-from = Il vient de
result-timeline = Ce qui s’est passé
result-no-updates = Aucune mise à jour pour l’instant.
result-update-heading = Ajouter une mise à jour
result-update-submit = Ajouter la mise à jour
result-done-updated = La mise à jour a été ajoutée.
result-fate-heading = Ce qu’il est devenu
field-result-description = Ce qui sera réalisé
field-result-parent = Fait partie de
hint-result-parent = Un résultat peut faire partie d’un résultat plus large, dont l’avancement est alors la moyenne de ses parties.
field-result-status = Statut
field-result-progress = Avancement, en pourcentage
hint-result-progress = Un nombre entier de 0 à 100. Un résultat réalisé compte pour 100.
field-result-starts = Commence le
field-result-ends = Se termine le
hint-date = Par exemple 2027-03-31.
field-result-planned = Argent prévu
field-result-spent = Argent dépensé
hint-result-money = Un montant entier, sans la monnaie.
field-result-proposals = Les propositions dont il vient
field-result-projects = Les projets du budget dont il vient
field-result-update = Ce qui s’est passé
field-cancel-reason = Pourquoi il a été annulé
hint-cancel-reason = Obligatoire quand le statut est « Annulé » : les gens lisent la raison à côté du résultat.
error-result-number = Écrivez un nombre entier dans la plage indiquée, ou laissez le champ vide.
error-cancel-reason = Dites pourquoi il a été annulé.
error-update-required = Écrivez ce qui s’est passé.

## Données ouvertes : téléchargements et API de lecture.
footer-open-data = Données ouvertes
open-data-link = Données ouvertes : télécharger les données de cette collectivité
open-data-title = Données ouvertes
open-data-title-community = Données ouvertes : { $community }
open-data-intro = Tout ce qui est public ici peut être téléchargé et réutilisé : en CSV pour les tableurs, en JSON, et en GeoJSON pour les cartes quand les choses ont un lieu. Chaque fichier contient toujours les données les plus récentes.
open-data-licence = Licence : { $licence }. Indiquez la provenance des données quand vous les réutilisez.
open-data-caption = Les fichiers, un par type d’élément
open-data-what = Quoi
open-data-files = Fichiers
open-data-datapackage = Description de chaque fichier et de chaque champ (datapackage.json)
open-data-api = L’API de lecture, décrite en OpenAPI
open-data-privacy = Aucune donnée personnelle n’est publiée : aucune adresse e-mail, aucune réponse aux questions sur soi, sauf sous forme de décomptes de cinq ou plus, rien de ce que la modération a masqué, et les personnes qui ont supprimé leur compte n’apparaissent sous aucune identité.

## Données ouvertes : les noms des jeux de données et le catalogue DCAT

open-data-resource-communities = Collectivités
open-data-about-communities = Villes, bourgs, villages, quartiers et régions qui mènent des démarches participatives.
open-data-resource-organisations = Organisations
open-data-about-organisations = Organismes publics, universités, entreprises et société civile qui participent.
open-data-resource-processes = Démarches
open-data-about-processes = Démarches participatives : une question posée aux habitants, en plusieurs étapes.
open-data-resource-proposals = Propositions
open-data-about-proposals = Propositions faites par les habitants dans les démarches, avec leur état et la réponse officielle.
open-data-resource-comments = Commentaires
open-data-about-comments = Commentaires sur les démarches et les propositions, avec leur position.
open-data-resource-meetings = Réunions
open-data-about-meetings = Réunions sur place, en ligne ou hybrides, avec leur compte rendu une fois qu’elles ont eu lieu.
open-data-resource-budgets = Budgets participatifs
open-data-about-budgets = Budgets participatifs : de l’argent dont les habitants décident l’usage par un vote.
open-data-resource-projects = Projets des budgets participatifs
open-data-about-projects = Projets des budgets participatifs, avec leur examen et, une fois le dépouillement fait, leurs voix.
open-data-resource-results = Résultats
open-data-about-results = Ce que les pouvoirs publics se sont engagés à réaliser, et où ils en sont.
open-data-resource-moderation-log = Journal de modération
open-data-about-moderation-log = Chaque décision de modération, telle que le journal public la montre, sans indiquer qui a signalé.
open-data-catalog = Catalogue de ces jeux de données, en DCAT-AP 3 :
catalog-title = Données ouvertes de Piazza
catalog-description = Tout ce qui est public dans les collectivités de ce site Piazza, de ce que les habitants ont proposé et débattu jusqu’à ce qui a été décidé et réalisé, sous forme de fichiers à télécharger et au moyen d’une API de lecture.
catalog-publisher = Piazza sur { $host }
catalog-everywhere = toutes les collectivités
catalog-dataset-title = { $what } : { $place }
catalog-distribution-csv = Un tableau pour les tableurs, avec une ligne par élément. Les cellules qu’un tableur lirait comme une formule sont protégées.
catalog-distribution-json = Une liste d’objets, un par élément, avec les mêmes champs que le tableau.
catalog-distribution-geojson = Les éléments qui ont un lieu, sous forme de points pour une carte.
catalog-api-title = API de lecture de Piazza
catalog-api-description = Tout ce qui est public dans chaque collectivité, page par page, avec un filtre par collectivité et par date. Décrite en OpenAPI 3.1.
catalog-keyword-participation = participation
catalog-keyword-open-government = gouvernement ouvert

## Signalements aux services : problèmes signalés, demandes, évaluations et indicateurs

request-status-open = Signalé
request-status-acknowledged = Vu par les responsables
request-status-in-progress = En cours de traitement
request-status-closed = Clôturé
attribute-type-text = Texte long
attribute-type-string = Texte court
attribute-type-number = Nombre
attribute-type-datetime = Date
attribute-type-singlevaluelist = Un choix dans une liste
attribute-type-multivaluelist = Plusieurs choix dans une liste
report-channel-web = sur ce site
report-channel-open311 = par une autre application (Open311)
notification-request-updated = Votre signalement « { $title } » est maintenant : { $detail }
data-service-requests = Problèmes que vous avez signalés
data-ratings = Vos évaluations
problem-report-link = Signaler un problème
problem-report-title = Signaler un problème : { $community }
problem-report-intro = Quelque chose de cassé, de sale ou de gênant ? Dites-le à ceux qui s’en occupent. Vous pourrez suivre ce que devient votre signalement et évaluer le résultat une fois le problème traité.
problem-report-sign-in-first = Connectez-vous pour signaler un problème ici.
problem-report-no-services = Aucun type de problème ne peut encore être signalé ici.
problem-report-choose = De quel type de problème s’agit-il ?
problem-report-form-title = Signalement : { $service }
problem-report-public-notice = Votre signalement et le lieu sont publics, pour que chacun voie que le problème est connu. Votre nom et vos coordonnées ne sont jamais affichés.
problem-report-submit = Envoyer le signalement
field-request-description = Quel est le problème ?
hint-request-description = Dites ce que vous voyez et où exactement. 4 000 caractères au maximum.
field-request-address = Où est-ce ?
hint-request-location = Une adresse ou une description du lieu. Indiquez une adresse, un point sur une carte, ou les deux.
field-request-email = Votre adresse e-mail (facultatif)
hint-request-email = Uniquement pour vous dire une fois ce qui a été fait ; elle est oubliée à la clôture de votre signalement et n’est jamais affichée.
field-optional-mark = (facultatif)
hint-attribute-number = Un nombre, par exemple 3 ou 2,5.
error-request-location = Dites où se trouve le problème : indiquez une adresse ou un point sur une carte.
error-request-description-length = La description doit compter 4 000 caractères au maximum.
error-attribute-required = Répondez à cette question.
error-attribute-number = Saisissez un nombre, par exemple 3 ou 2,5.
error-attribute-datetime = Saisissez une date comme 2026-03-31.
requests-link = Problèmes signalés
requests-title = Problèmes signalés : { $community }
requests-intro = Tous les problèmes signalés ici, du plus récent au plus ancien, avec ce que les responsables en ont fait. Qui les a signalés n’est jamais affiché.
requests-none = Aucun problème signalé ne correspond.
option-all = Tous
field-request-status = Statut
field-request-service = Type de problème
request-title = Problème signalé : { $service }
request-done-reported = Merci : votre signalement a été envoyé. Vous pouvez le suivre sur cette page.
request-done-updated = Le statut a été mis à jour et la personne qui a fait le signalement a été prévenue.
request-reported-on = Signalé
field-request-expected = Date prévue de traitement
request-expected-by = traitement prévu d’ici le { $date }
request-no-updates = Les responsables n’ont encore rien écrit à ce sujet.
request-update-heading = Mettre à jour le statut
field-request-note = Note publique
hint-request-note = Ce qui a été fait ou sera fait. La personne qui a fait le signalement reçoit cette note.
error-request-note-required = Écrivez une note pour la personne qui a fait le signalement.
field-request-expected-optional = Date prévue de traitement (facultatif)
request-update-submit = Mettre à jour et prévenir l’auteur du signalement
request-mail-subject = Votre signalement concernant { $service } : { $status }
request-mail-body = Votre signalement est maintenant : { $status }.

    { $note }

    Pour le consulter : { $link }
rating-heading = Comment cela s’est-il passé ?
rating-summary = Note moyenne : { $average } sur 5. Évaluations : { $count }.
rating-none = Personne n’a encore donné d’évaluation.
rating-comments-heading = Ce que les habitants ont écrit
rating-question = Quel est votre degré de satisfaction pour ce qui a été fait ?
rating-change = Modifier votre évaluation
rating-score-1 = 1 : très insatisfait
rating-score-2 = 2 : insatisfait
rating-score-3 = 3 : ni satisfait ni insatisfait
rating-score-4 = 4 : satisfait
rating-score-5 = 5 : très satisfait
field-rating-comment = Commentaire (facultatif)
hint-rating-comment = Lu par les responsables qui en rendent compte ; il n’est pas montré aux autres. 1 000 caractères au maximum.
rating-submit = Envoyer votre évaluation
rating-sign-in = Connectez-vous pour évaluer
rating-done = Merci pour votre évaluation.
error-rating-score = Choisissez une note de 1 à 5.
error-rating-not-yet = L’évaluation sera possible une fois le signalement clôturé ou le résultat réalisé.
indicators-link = Les problèmes sont-ils bien traités ?
indicators-title = Indicateurs de service : { $community }
indicators-intro = La rapidité avec laquelle les problèmes signalés sont traités et la satisfaction des habitants, par type de problème, par quartier et mois par mois. Les chiffres sont recalculés à partir de chaque signalement et de chaque évaluation, si bien que l’historique est conservé.
indicators-contents = Sur cette page
indicators-by-service = Par type de problème
indicators-by-neighbourhood = Par quartier
indicators-by-month = Mois par mois
indicators-chart-rating = Les barres montrent la note moyenne, de 1 à 5. Le tableau ci-dessous donne tous les chiffres.
indicators-chart-days = Les barres montrent le nombre médian de jours qu’il a fallu pour clôturer les problèmes clôturés ce mois-là. Le tableau ci-dessous donne tous les chiffres.
indicators-table-caption = Chiffres : { $what }
indicators-name = Intitulé
indicators-requests = Signalés
indicators-closed = Clôturés
indicators-median-days = Délai médian de clôture (jours)
indicators-average-rating = Note moyenne
indicators-ratings = Évaluations
indicators-no-neighbourhood = Quartier non indiqué
indicators-month = { $month } { $year }
indicators-results = Évaluations de ce qui a été réalisé
indicators-method = La médiane est la valeur du milieu : la moitié des problèmes ont pris moins de temps, l’autre moitié plus. Un mois compte les problèmes signalés, clôturés et évalués pendant ce mois.
services-admin-link = Types de problème
services-admin-title = Types de problème que les habitants peuvent signaler : { $community }
services-admin-intro = Chaque type de problème peut poser ses propres questions. Les autres applications les voient par l’API Open311.
services-anonymous-heading = Signalements sans compte
services-anonymous-on = Les personnes sans compte peuvent signaler des problèmes ici, sur ce site et par d’autres applications.
services-anonymous-off = Seules les personnes connectées peuvent signaler des problèmes ici ; les autres applications ne peuvent pas envoyer de signalements.
services-anonymous-allow = Autoriser les signalements sans compte
services-anonymous-stop = Exiger une connexion
services-list-heading = Types de problème
services-questions = Questions
services-offered = Proposé
services-offered-yes = Proposé
services-offered-no = Retiré
services-retire = Retirer
services-offer-again = Proposer à nouveau
services-new-heading = Ajouter un type de problème
field-service-name = Nom
field-service-code = Code
hint-service-code = Lettres minuscules, chiffres et tirets, par exemple nids-de-poule. Il est publié après l’adresse de la collectivité, comme code de service Open311.
field-service-description = Description
field-service-group = Groupe (facultatif)
hint-service-group = Les types de problème d’un même groupe sont affichés ensemble, par exemple Voirie.
field-service-keywords = Mots-clés (facultatif)
hint-service-keywords = Les mots que l’on pourrait chercher, séparés par des virgules.
services-create-submit = Ajouter
error-service-code = Utilisez des lettres minuscules, des chiffres et des tirets, 40 au maximum.
error-service-code-taken = Ce code est déjà utilisé.
services-no-questions = Aucune question n’est posée en plus de la description et du lieu.
services-required = obligatoire
services-new-question = Ajouter une question
field-attribute-question = Question
field-attribute-code = Code
hint-attribute-code = Lettres minuscules, chiffres et tirets bas, par exemple taille. Les autres applications envoient les réponses sous ce nom.
field-attribute-type = Type de réponse
field-attribute-values = Choix (pour une liste)
hint-attribute-values = Un choix par ligne, au moins deux.
field-attribute-required = Une réponse est obligatoire
services-add-question = Ajouter la question
error-attribute-code = Utilisez des lettres minuscules, des chiffres et des tirets bas, 40 au maximum.
error-attribute-code-taken = Ce code de question est déjà utilisé pour ce type de problème.
error-attribute-values = Indiquez au moins deux choix différents, un par ligne.

## Données ouvertes : signalements de problèmes et notes de satisfaction

open-data-resource-service-requests = Problèmes signalés
open-data-about-service-requests = Problèmes que les habitants ont signalés aux services d’une collectivité, et ce qu’il en est advenu ; jamais qui les a signalés.
open-data-resource-ratings = Notes de satisfaction
open-data-about-ratings = Notes de 1 à 5 données par les habitants aux signalements clos et aux résultats réalisés ; jamais qui a noté ni ce qui a été écrit.
catalog-open311-title = API Open311 GeoReport v2 de Piazza
catalog-open311-description = Signaler un problème aux services d’une collectivité et suivre ce qu’il en advient, depuis toute application compatible avec Open311 GeoReport v2.

indicators-download = Télécharger tous les chiffres en CSV

## Échange de pratiques : fiches de cas

footer-cases = Des pratiques dont s’inspirer
cases-title = Des pratiques dont s’inspirer
cases-intro = Des pratiques menées par des collectivités, décrites pour que d’autres puissent les juger et les mener à leur tour : ce qui a été fait, pour qui, à quel coût, et ce qui en est sorti.
case-new-in = Décrire une pratique de { $community }
cases-filter-heading = Trouver une pratique
cases-words = Mots
cases-population = Population
cases-cost = Coût (mise en place et fonctionnement)
cases-with-evidence = Uniquement les pratiques dont les résultats ont été mesurés
cases-found = { $count ->
    [0] Aucune pratique trouvée
    [one] { $n } pratique
   *[other] { $n } pratiques
}
cases-none = Aucune pratique ne correspond. Essayez avec moins de filtres.
case-where = Où
case-source-process = Menée sur Piazza
case-source-process-link = Voir la démarche
case-who = Qui
case-how = Comment
case-what = Quoi
case-outcomes = Résultats
case-no-outcomes = Aucun résultat n’a été mesuré.
case-outcomes-caption = Résultats mesurés
case-learned = Ce qu’on en a appris
case-steps = Les étapes pour la reproduire
case-contact-and-licence = Contact et licence
case-written = Décrite le
case-new-intro = Décrivez la pratique pour qu’une autre collectivité puisse juger si elle lui convient et la mener à son tour : qui a participé, comment, ce qu’elle a coûté et ce qu’elle a permis d’obtenir. Tous les champs peuvent rester vides, sauf le titre, le résumé, le domaine d’action publique et le contact.
case-prefilled-from = Prérempli à partir de la démarche « { $process } » : vérifiez chaque champ avant d’enregistrer.
case-from-process = Décrire cette démarche comme une pratique
case-partner-row = Partenaire { $n }
case-outcome-row = Résultat { $n }
case-create-submit = Publier la pratique
case-prefill-phase = { $phase } : du { $from } au { $to }
case-prefill-channels = Contributions par canal : { $channels }.
case-prefill-measured = Avancement enregistré par les responsables dans le suivi des résultats.
field-case-summary = Résumé en langage clair
hint-case-summary = Deux ou trois phrases que tout le monde peut comprendre. 2 000 caractères au maximum.
field-case-problem = Le problème auquel elle répondait
field-case-policy-area = Domaine d’action publique
field-case-target-group = Les personnes qu’elle voulait toucher
field-case-inclusion = Comment les personnes les plus difficiles à toucher ont été incluses
hint-case-inclusion = Canaux, lieux, langues, aide apportée.
field-case-participants = Nombre de participants
field-case-lead = Organisation porteuse
field-case-partner = Organisation
field-case-partner-role = Son rôle
field-case-method = Méthode
hint-case-method = Les étapes ou les phases, une par ligne.
field-case-technology = Technologie utilisée
field-case-setup-cost = Coût de mise en place
field-case-running-cost = Coût de fonctionnement
hint-case-money = En unités entières de la monnaie, par exemple 12000.
field-case-currency = Monnaie
hint-case-currency = Trois lettres, par exemple EUR.
field-case-staff = Personnel mobilisé
field-case-volunteers = Bénévoles mobilisés
field-case-funding = Sources de financement
hint-case-outcomes = Chaque résultat avec son indicateur : ce qui a été mesuré, dans quelle unité, le point de départ, la cible et ce qui a été atteint.
field-outcome-name = Indicateur
field-outcome-unit = Unité
field-outcome-baseline = Valeur de départ
field-outcome-target = Cible
field-outcome-achieved = Atteint
field-outcome-period = Période
field-outcome-measured = Méthode de mesure
field-case-conditions = Conditions de réussite
field-case-legal = Exigences légales
field-case-risks = Risques et échecs
field-case-lessons = Enseignements tirés
hint-case-steps = Une étape par ligne, dans l’ordre.
field-case-contact = Contact (une fonction, pas une personne)
hint-case-contact = Par exemple : Service de la participation, Commune de Lorenza.
field-case-licence = Licence de cette description
hint-case-licence = Un identifiant SPDX, par exemple CC-BY-4.0.
error-case-number = Saisissez un nombre entier égal ou supérieur à zéro, par exemple 120.
error-case-summary-required = Écrivez un résumé.
target-group-everyone = Tout le monde
target-group-children = Enfants
target-group-young-people = Jeunes
target-group-older-people = Personnes âgées
target-group-people-with-disabilities = Personnes en situation de handicap
target-group-migrants = Personnes migrantes et réfugiées
target-group-low-income = Personnes à faibles revenus
target-group-women = Femmes
target-group-rural-residents = Habitants des zones rurales
population-band-under-1000 = Moins de 1 000 habitants
population-band-1000-10000 = De 1 000 à 10 000 habitants
population-band-10000-100000 = De 10 000 à 100 000 habitants
population-band-over-100000 = Plus de 100 000 habitants
cost-band-under-10000 = Moins de 10 000
cost-band-10000-100000 = De 10 000 à 100 000
cost-band-over-100000 = Plus de 100 000
open-data-resource-cases = Pratiques
open-data-about-cases = Des pratiques menées par des collectivités, avec le lieu, le public visé, le coût et les enseignements tirés.

## Échange de pratiques : reproduction

case-replicate-link = Reproduire dans ma collectivité
case-replicate-title = Reproduire « { $case } »
case-replicate-intro = Une nouvelle démarche est créée dans votre collectivité avec la même structure : les étapes, avec leur durée et ce que chacune permet, le seuil de soutiens et les règles des budgets. Aucune contribution n’est copiée. Elle commence le jour que vous choisissez, ce qui laisse le temps de l’adapter d’abord.
field-replicate-starts = Commence le
hint-replicate-starts = Le premier jour de la première étape, aujourd’hui ou plus tard.
case-replicate-submit = Créer la démarche
error-replicate-past = Choisissez aujourd’hui ou un jour ultérieur.
case-replica-of = Cette pratique a été reproduite à partir de
case-replicas = Où elle a été reproduite
case-no-replicas = Pas encore reproduite.
case-replica-of-replica = Reproduction de la reproduction ci-dessus :
case-replica-case = sa propre description
case-comparison-caption = Résultats comparés, selon les indicateurs de la pratique d’origine
process-replicates = Cette démarche a été lancée à partir de la pratique

field-case-language = Langue de cette description

community-cases = Pratiques décrites ici
community-no-cases = Aucune pratique n’a encore été décrite ici.

## Liens entre collectivités : jumelages, coanimation, regroupements régionaux, apprentissage entre pairs

twinning-title = Jumelages : { $community }
twinning-intro = Un jumelage est un partenariat que deux collectivités déclarent, en général une grande et une petite ou rurale, autour d’un objectif qu’elles partagent. Chacune affiche sur sa page les démarches ouvertes et les pratiques de l’autre, et les responsables de l’une peuvent inviter les animateurs de l’autre à coanimer une démarche.
twinning-link = Jumelages
twinning-active-heading = Jumelée avec
twinning-none = Cette collectivité n’est encore jumelée avec aucune autre.
twinning-since = Jumelage depuis le { $date }
twinning-end-submit = Mettre fin au jumelage
twinning-received-heading = Propositions auxquelles répondre
twinning-proposed-on = Proposé le { $date }
twinning-accept-submit = Accepter
twinning-decline-submit = Refuser
twinning-sent-heading = Propositions en attente de réponse
twinning-withdraw-submit = Retirer
twinning-propose-heading = Proposer un jumelage
twinning-no-candidates = Toutes les autres collectivités sont déjà jumelées avec celle-ci ou ont avec elle une proposition en attente de réponse.
field-twin-partner = Collectivité avec laquelle se jumeler
option-choose = Choisissez…
field-twin-purpose = Objectif du jumelage
hint-twin-purpose = Ce que les deux collectivités veulent faire ensemble et apprendre l’une de l’autre, en quelques phrases. Il apparaît sur les pages des deux collectivités.
twinning-propose-submit = Proposer le jumelage
twinning-done-proposed = La proposition a été envoyée. Les responsables de l’autre collectivité y répondront.
twinning-done-accepted = Le jumelage est en vigueur.
twinning-done-ended = C’est fait : le jumelage ou la proposition a pris fin.
error-twin-itself = Une collectivité ne peut pas se jumeler avec elle-même.
error-twinning-purpose-required = Dites à quoi sert le jumelage.
error-twinning-exists = Ces deux collectivités sont déjà jumelées, ou une proposition entre elles attend une réponse.
community-twins = Collectivités jumelées
twin-open-processes = Ses démarches ouvertes :
twin-no-open-processes = Elle n’a aucune démarche ouverte pour le moment.
twin-cases = Pratiques qu’elle a décrites :
community-nearby-processes = Démarches ouvertes à proximité
community-nearby-intro = Démarches de la région et des autres collectivités qui en font partie. Suivez-en une pour savoir quand il se passe quelque chose, même si vous habitez ailleurs.
region-open-processes = Démarches ouvertes dans la région
region-participation = Participation dans la région
region-participation-processes = Démarches
region-participation-proposals = Propositions
region-participation-comments = Commentaires
region-participation-supports = Soutiens
region-participation-people = Personnes qui participent
region-participation-total = Toute la région
region-participation-note = Les contributions masquées et supprimées ne sont pas comptées. Une personne qui a participé dans plusieurs collectivités n’est comptée qu’une fois dans le total de la région.

co-run-title = Coanimation
co-run-intro = Les animateurs d’une collectivité jumelée peuvent aider à animer cette démarche : une fois l’invitation acceptée, ils enregistrent ce que disent les personnes rencontrées sur les stands et lors des ateliers, organisent des réunions et saisissent des bulletins papier, comme le font les animateurs de la collectivité elle-même.
co-run-none = Aucun animateur d’une collectivité jumelée ne coanime encore cette démarche.
co-run-table-caption = Animateurs invités à coanimer la démarche
co-run-person = Animateur
co-run-status = Statut
co-run-actions = Actions
co-run-since = Coanime depuis le { $date }
co-run-invited-on = Invitation envoyée le { $date }, pas encore de réponse
co-run-accept-submit = Accepter
co-run-decline-submit = Refuser
co-run-leave-submit = Ne plus coanimer
co-run-withdraw-submit = Retirer
co-run-invite-heading = Inviter un animateur d’une collectivité jumelée
co-run-no-twins = Aucune collectivité jumelée n’a encore d’animateurs à inviter.
field-co-runner = Animateur
hint-co-runner = Les animateurs des collectivités jumelées avec celle-ci.
co-run-invite-submit = Envoyer l’invitation
co-run-done-invited = L’invitation a été envoyée.
co-run-done-accepted = Vous coanimez désormais cette démarche.
co-run-done-removed = C’est fait : l’animateur ne coanime plus cette démarche.
co-run-with = Coanimée avec des animateurs de collectivités jumelées :
error-co-runner-invited = Cet animateur a déjà été invité à coanimer cette démarche.

peer-title = Apprentissage entre pairs
peer-intro = Les questions que les responsables, les administrateurs et les animateurs posent aux collectivités de leur région, ou à la collectivité qui a mené une pratique, avec les réponses reçues. Seules les personnes qui interviennent pour les collectivités concernées peuvent les lire.
peer-ask-link = Poser une question
peer-none = Aucune question ne concerne encore vos collectivités.
peer-answers-count = { $count ->
    [one] { $n } réponse
   *[other] { $n } réponses
}
peer-helped = une réponse a été utile
peer-asked-cluster = { $community } a interrogé les collectivités de la région { $region }
peer-asked-case = { $community } a interrogé { $other } sur « { $case } »
peer-new-title = Interroger vos pairs
peer-new-intro = Demandez ce que vous avez besoin de savoir avant de vous lancer : comment les gens ont été touchés, ce que cela a coûté, ce qui n’a pas marché. Les responsables et les animateurs des collectivités que vous interrogez liront votre question et pourront y répondre.
field-peer-community = Au nom de
field-peer-about = À qui poser la question
peer-about-cluster = Les collectivités de notre région
peer-about-case = { $community }, à propos de « { $case } »
field-peer-title = Votre question, en une ligne
field-peer-body = Précisions
hint-peer-body = Ce que vous avez en tête, et ce que vous aimeriez savoir. Laissez une ligne vide entre les paragraphes.
peer-ask-submit = Poser la question
peer-case-link = La pratique concernée
peer-no-answers = Pas encore de réponse.
peer-helped-this = Cette réponse a été utile.
peer-mark-helpful = Cette réponse a été utile
peer-answer-heading = Réponse
field-peer-answer = Votre réponse
peer-answer-submit = Envoyer la réponse
error-peer-no-region = Cette collectivité ne fait partie d’aucune région ; interrogez plutôt la collectivité à l’origine d’une pratique.
error-peer-own-case = Cette pratique est celle de votre propre collectivité ; interrogez une autre collectivité ou votre région.
case-ask-link = Interroger { $community } sur cette pratique

notification-twinning-proposed = { $name } a proposé, au nom de { $title }, un jumelage avec votre collectivité.
notification-twinning-accepted = { $title } a accepté le jumelage avec votre collectivité.
notification-co-run-invitation = { $name } vous invite à coanimer « { $title } ».
notification-peer-question = { $name } a posé une question à votre collectivité : « { $title } »
notification-peer-answer = { $name } a répondu à « { $title } »

data-co-running = Invitations reçues pour coanimer une démarche
data-peer-questions = Questions que vous avez posées à vos pairs
data-peer-answers = Réponses que vous avez données à vos pairs

## Échange de pratiques : correction, traduction et exportation des fiches de cas

case-edit-link = Corriger cette description
case-edit-title = Corriger « { $case } »
case-edit-back = La pratique
case-edit-submit = Enregistrer les corrections
case-done-updated = La description a été corrigée.
case-translate-link = Traduire
case-translate-title = Traduire « { $case } »
case-translate-intro = Écrivez dans une autre langue le texte de cette pratique, pour que les collectivités qui la lisent puissent en tirer des enseignements. L’original, en { $language }, figure au-dessus de chaque champ ; les chiffres, les résultats et les partenaires restent tels quels.
field-case-translate-into = Traduire en
case-translation-exists = déjà traduite, vous pouvez la corriger
case-translate-choose = Choisir
case-translate-into = En { $language }
case-translate-original = Original
case-translate-submit = Enregistrer la traduction
case-done-translated = La traduction a été enregistrée.
case-translated-from = Traduction en { $language } de l’original en { $original }.
case-versions = La lire en
error-case-translation-same = Choisissez une autre langue que celle dans laquelle la pratique est rédigée.
case-participedia-download = Télécharger cette pratique au format des fiches de cas de Participedia (JSON)
cases-participedia-download = Télécharger toutes les pratiques au format des fiches de cas de Participedia (JSON)

open-data-resource-twinnings = Jumelages
open-data-about-twinnings = Les partenariats que deux collectivités ont déclarés, avec leur objectif : ceux que la collectivité partenaire a acceptés, et quand ils ont pris fin.

meetings-formats-heading = Formats de réunion de la pratique
meetings-formats-intro = La démarche dont celle-ci est partie a tenu ces réunions. Organisez-en une semblable : le formulaire reprend son format, sa durée, sa capacité et son accessibilité, et vous choisissez le jour et le lieu.
meetings-plan-like = Organiser une réunion semblable
meeting-duration-minutes = { $count ->
    [one] { $n } minute
   *[other] { $n } minutes
}
co-run-all-invited = Toutes les personnes qui animent dans les collectivités jumelées ont déjà été invitées.

case-prefill-groups = { $question } (participation par groupe) : { $groups }.
case-prefill-group = { $group } ({ $count })

case-replicate-also = Les questions de votre collectivité sur qui participe s’enrichissent de celles que pose la collectivité de la pratique, si la vôtre ne les pose pas encore, pour pouvoir comparer les deux ; et les réunions qu’elle a tenues vous sont proposées comme modèles pour organiser les vôtres.

case-translation-outdated = Elle a été écrite avant la dernière correction de la pratique : l’original peut en dire plus.
error-case-translation-taken = Quelqu’un d’autre a traduit cette pratique dans cette langue ; seuls cette personne et la collectivité de la pratique peuvent modifier sa traduction.
notification-twinning-ended = { $title } a mis fin au jumelage avec votre collectivité, ou a retiré ou refusé sa proposition.
