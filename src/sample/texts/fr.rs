use super::{Message, Texts};
use crate::locale::Locale;

pub const TEXTS: Texts = Texts {
    locale: Locale::Fr,
    standard: "Standard B2B (français)",
    key_accounts: "Grands comptes (français)",
    courtesy: Message {
        name: "Relance préventive",
        subject: Some("Échéance prochaine sur votre compte #customer_code"),
        body: "Bonjour #contact_name,

Nous nous permettons de vous rappeler que des factures d'un montant de **#items_amount_not_due** \
arrivent prochainement à échéance sur votre compte #company_name :

#items_list

Si le règlement est déjà programmé, nous vous en remercions : aucune action n'est nécessaire de \
votre part.

Vous pouvez régler en ligne en toute sécurité sur #payment_link, ou par virement :

#company_bank_details

Si l'une de ces factures vous semble incorrecte, répondez simplement à ce courriel : nous la \
régulariserons avant l'échéance.

Bien cordialement,

#user_name\\
#user_title, #company_name\\
#user_phone
",
    },
    first_reminder: Message {
        name: "Première relance",
        subject: Some("Relance : factures échues, compte #customer_code"),
        body: "Bonjour #contact_name,

Sauf erreur de notre part, les factures suivantes restent impayées à ce jour :

#items_list_overdue

Le montant échu s'élève à **#items_amount_overdue**. Nous vous remercions de bien vouloir \
procéder à son règlement dans les meilleurs délais, en ligne sur #payment_link ou par virement :

#company_bank_details

Si votre paiement nous est parvenu entre-temps, merci de ne pas tenir compte de ce message. En cas \
de désaccord sur une facture, ou si vous avez besoin d'un duplicata, indiquez-nous laquelle en \
réponse : nous la suspendrons le temps de l'examiner.

Bien cordialement,

#user_name\\
#user_title, #company_name\\
#user_phone · #user_email
",
    },
    sms: Message {
        name: "Relance SMS",
        subject: None,
        body: "#company_name : #items_amount_overdue échus sur votre compte #customer_code. Réglez en ligne : #payment_link. Merci.",
    },
    call: Message {
        name: "Appel téléphonique",
        subject: None,
        body: "Appeler #contact_name (#contact_phone) au sujet du compte #customer_code, #customer_name.

Échu : #items_amount_overdue ; encours total : #items_amount.

#items_list_overdue

Demander : la facture a-t-elle été reçue et validée ? Un litige est-il en cours ? Quand et combien \
sera réglé ? Noter toute promesse de paiement (date et montant) ou tout litige sur les pièces, \
puis terminer l'action.
",
    },
    second_reminder: Message {
        name: "Deuxième relance (courrier)",
        subject: Some("Deuxième relance : factures impayées, compte #customer_code"),
        body: "Madame, Monsieur,

Malgré nos précédents rappels, les factures suivantes restent impayées à la date du #today :

#items_list_overdue

Le solde échu s'élève à **#items_amount_overdue**. Nous vous demandons de bien vouloir le régler \
sous huit jours à compter de la date de ce courrier, par virement sur le compte suivant :

#company_bank_details

ou en ligne sur #payment_link.

Nous vous rappelons que, conformément à l'article L441-10 du Code de commerce, tout retard de \
paiement entraîne de plein droit des pénalités au taux annuel de #company_late_penalty_rate, ainsi \
qu'une indemnité forfaitaire pour frais de recouvrement de #company_recovery_cost par facture.

Si vous contestez l'une de ces pièces, merci de nous le faire savoir sans délai afin que nous \
puissions l'examiner.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.
",
    },
    formal_notice: Message {
        name: "Mise en demeure (recommandé)",
        subject: Some("Mise en demeure de payer : compte #customer_code"),
        body: "Madame, Monsieur,

Nos relances des dernières semaines sont restées sans effet, et les factures suivantes demeurent \
impayées :

#items_list_overdue

Par la présente, nous vous mettons en demeure de nous régler, dans un délai de huit jours à \
compter de la réception de ce courrier, la somme de **#items_amount_include_late_penalties**, soit \
le solde échu de #items_amount_overdue augmenté des pénalités de retard de \
#items_amount_late_penalties (intérêts au taux annuel de #company_late_penalty_rate et indemnités \
forfaitaires pour frais de recouvrement, article L441-10 du Code de commerce).

Le règlement peut être effectué par virement sur le compte suivant :

#company_bank_details

À défaut de paiement dans ce délai, nous transmettrons le dossier à notre service contentieux sans \
autre avis, les frais de procédure restant à votre charge.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.
",
    },
    personal_reminder: Message {
        name: "Relance personnalisée",
        subject: Some("Votre compte #customer_code chez #company_name"),
        body: "Bonjour #contact_name,

J'espère que vous allez bien. En faisant le point sur votre compte, je constate que \
#items_amount_overdue est échu :

#items_list_overdue

Pourriez-vous m'indiquer quand nous pouvons attendre ce règlement, ou si quelque chose bloque ces \
factures de votre côté ? Je peux vous adresser des duplicatas, ou vous mettre en relation avec \
notre équipe commerciale.

Bien cordialement,

#user_name\\
#user_title, #user_phone
",
    },
    escalation: Message {
        name: "Escalade",
        subject: None,
        body: "Remonter le compte #customer_code (#customer_name) au responsable commercial et au comité \
de crédit : #items_amount_overdue échus, #items_amount d'encours.

#items_list_overdue

À décider : blocage des nouvelles commandes, plan de règlement ou transmission au contentieux.
",
    },
    promise_follow_up: Message {
        name: "Suivi de promesse de paiement",
        subject: Some("Suivi de promesse de paiement"),
        body: "Vérifier le paiement de #items_amount_selected promis par #contact_name (#contact_phone) :

#items_list_selected

S'il n'est pas arrivé, appeler pour obtenir une nouvelle date et la noter ; s'il est arrivé, lever \
le statut de promesse.
",
    },
    dispute_review: Message {
        name: "Examen du litige",
        subject: Some("Examen du litige"),
        body: "Examiner le litige soulevé par #customer_name sur :

#items_list_selected

Montant en litige : #items_amount_selected. Recueillir l'avis des équipes commerciale et \
logistique, décider d'un avoir ou d'un rejet, et répondre à #contact_name (#contact_email).
",
    },
    payment_plan: Message {
        name: "Échéance du plan de règlement",
        subject: Some("Votre plan de règlement : compte #customer_code"),
        body: "Bonjour #contact_name,

Comme convenu, nous vous rappelons que les échéances suivantes de votre plan de règlement \
arrivent à terme :

#items_list_selected

Montant à régler : **#items_amount_selected**. Merci de veiller à ce que le virement nous \
parvienne à temps :

#company_bank_details

Nous vous remercions de respecter l'échéancier convenu.

Bien cordialement,

#user_name\\
#user_title, #company_name
",
    },
};
