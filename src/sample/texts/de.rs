use super::{Message, Texts};
use crate::locale::Locale;

pub const TEXTS: Texts = Texts {
    locale: Locale::De,
    standard: "Standard B2B (Deutsch)",
    key_accounts: "Key Accounts (Deutsch)",
    courtesy: Message {
        name: "Vorab-Erinnerung",
        subject: Some("Bevorstehende Fälligkeit: Kundenkonto #customer_code"),
        body: "Guten Tag #contact_name,

wir möchten Sie freundlich darauf hinweisen, dass Rechnungen über **#items_amount_not_due** auf \
Ihrem Kundenkonto bei #company_name in Kürze fällig werden:

#items_list

Falls die Zahlung bereits veranlasst ist, danken wir Ihnen herzlich: Es ist nichts weiter zu tun.

Sie können bequem online unter #payment_link oder per Überweisung bezahlen:

#company_bank_details

Sollte eine Rechnung aus Ihrer Sicht nicht stimmen, antworten Sie einfach auf diese E-Mail: Wir \
klären das vor der Fälligkeit.

Mit freundlichen Grüßen

#user_name\\
#user_title, #company_name\\
#user_phone
",
    },
    first_reminder: Message {
        name: "Zahlungserinnerung",
        subject: Some("Zahlungserinnerung: Kundenkonto #customer_code"),
        body: "Guten Tag #contact_name,

nach unseren Unterlagen sind die folgenden Rechnungen inzwischen überfällig:

#items_list_overdue

Der überfällige Betrag beläuft sich auf **#items_amount_overdue**. Wir bitten Sie, die Zahlung in \
den nächsten Tagen zu veranlassen, online unter #payment_link oder per Überweisung auf:

#company_bank_details

Sollten Sie bereits gezahlt haben, betrachten Sie diese Nachricht bitte als gegenstandslos. Ist \
eine Rechnung strittig oder benötigen Sie eine Kopie, teilen Sie uns bitte mit, um welche es sich \
handelt: Wir stellen sie zurück, bis der Vorgang geklärt ist.

Mit freundlichen Grüßen

#user_name\\
#user_title, #company_name\\
#user_phone · #user_email
",
    },
    sms: Message {
        name: "SMS-Erinnerung",
        subject: None,
        body: "#company_name: #items_amount_overdue überfällig auf Konto #customer_code. Jetzt zahlen: #payment_link. Danke.",
    },
    call: Message {
        name: "Telefonat",
        subject: None,
        body: "#contact_name (#contact_phone) wegen des Kundenkontos #customer_code, #customer_name, \
anrufen.

Überfällig: #items_amount_overdue; offener Saldo gesamt: #items_amount.

#items_list_overdue

Klären: Ist die Rechnung eingegangen und freigegeben? Gibt es eine Reklamation? Wann und in \
welcher Höhe wird gezahlt? Zahlungszusagen (Datum und Betrag) oder Reklamationen an den Posten \
erfassen, dann die Aktion abschließen.
",
    },
    second_reminder: Message {
        name: "Zweite Mahnung (Brief)",
        subject: Some("Zweite Mahnung: offene Rechnungen, Kundenkonto #customer_code"),
        body: "Sehr geehrte Damen und Herren,

trotz unserer bisherigen Erinnerungen sind die folgenden Rechnungen zum #today noch offen:

#items_list_overdue

Der überfällige Betrag beläuft sich auf **#items_amount_overdue**. Wir bitten Sie, ihn innerhalb \
von acht Tagen ab dem Datum dieses Schreibens auf folgendes Konto zu überweisen:

#company_bank_details

oder online unter #payment_link zu begleichen.

Gemäß unseren Allgemeinen Geschäftsbedingungen fallen bei Zahlungsverzug Verzugszinsen in Höhe \
von #company_late_penalty_rate jährlich sowie eine Pauschale für Beitreibungskosten je Rechnung \
an. Wir würden gern davon absehen und zählen auf Ihre baldige Zahlung.

Sollten Sie einzelne Posten beanstanden, teilen Sie uns dies bitte umgehend mit, damit wir sie \
prüfen können.

Mit freundlichen Grüßen
",
    },
    formal_notice: Message {
        name: "Letzte Mahnung (Einschreiben)",
        subject: Some("Letzte Mahnung mit Fristsetzung: Kundenkonto #customer_code"),
        body: "Sehr geehrte Damen und Herren,

unsere Mahnungen der letzten Wochen sind ohne Antwort geblieben, und die folgenden Rechnungen \
sind weiterhin unbezahlt:

#items_list_overdue

Wir fordern Sie hiermit auf, innerhalb von acht Tagen nach Zugang dieses Schreibens den Betrag \
von **#items_amount_include_late_penalties** zu zahlen. Er setzt sich zusammen aus dem \
überfälligen Betrag von #items_amount_overdue und Verzugskosten von #items_amount_late_penalties \
(Verzugszinsen von #company_late_penalty_rate jährlich und Pauschalen für Beitreibungskosten \
gemäß unseren Geschäftsbedingungen).

Bitte überweisen Sie den Betrag auf folgendes Konto:

#company_bank_details

Geht die Zahlung nicht fristgerecht ein, übergeben wir die Forderung ohne weitere Ankündigung \
unserer Rechtsabteilung; die dadurch entstehenden Kosten gehen zu Ihren Lasten.

Mit freundlichen Grüßen
",
    },
    personal_reminder: Message {
        name: "Persönliche Erinnerung",
        subject: Some("Ihr Kundenkonto #customer_code bei #company_name"),
        body: "Guten Tag #contact_name,

beim Durchsehen Ihres Kundenkontos ist mir aufgefallen, dass #items_amount_overdue inzwischen \
überfällig ist:

#items_list_overdue

Können Sie mir sagen, wann wir mit der Zahlung rechnen können, oder ob die Rechnungen bei Ihnen \
aus einem bestimmten Grund zurückgehalten werden? Gern sende ich Ihnen Kopien oder stelle den \
Kontakt zu unserem Vertrieb her.

Viele Grüße

#user_name\\
#user_title, #user_phone
",
    },
    escalation: Message {
        name: "Eskalation",
        subject: None,
        body: "Kundenkonto #customer_code (#customer_name) an den Key-Account-Manager und den \
Kreditausschuss eskalieren: #items_amount_overdue überfällig, #items_amount offen.

#items_list_overdue

Zu entscheiden: Liefersperre für neue Aufträge, Ratenzahlungsvereinbarung oder Abgabe an die \
Rechtsabteilung.
",
    },
    promise_follow_up: Message {
        name: "Zahlungszusage nachverfolgen",
        subject: Some("Zahlungszusage nachverfolgen"),
        body: "Die von #contact_name (#contact_phone) zugesagte Zahlung über #items_amount_selected \
prüfen:

#items_list_selected

Ist sie nicht eingegangen, anrufen, einen neuen Termin vereinbaren und erfassen; ist sie \
eingegangen, den Status der Zahlungszusage aufheben.
",
    },
    dispute_review: Message {
        name: "Reklamation prüfen",
        subject: Some("Reklamation prüfen"),
        body: "Die Reklamation von #customer_name prüfen zu:

#items_list_selected

Strittiger Betrag: #items_amount_selected. Stellungnahme von Vertrieb und Logistik einholen, über \
Gutschrift oder Ablehnung entscheiden und #contact_name (#contact_email) antworten.
",
    },
    payment_plan: Message {
        name: "Rate der Ratenzahlung",
        subject: Some("Ihre Ratenzahlungsvereinbarung: Kundenkonto #customer_code"),
        body: "Guten Tag #contact_name,

wie vereinbart erinnern wir Sie an die folgenden fälligen Raten Ihrer \
Ratenzahlungsvereinbarung:

#items_list_selected

Zu zahlender Betrag: **#items_amount_selected**. Bitte achten Sie darauf, dass die Überweisung \
rechtzeitig bei uns eingeht:

#company_bank_details

Vielen Dank, dass Sie sich an den vereinbarten Zahlungsplan halten.

Mit freundlichen Grüßen

#user_name\\
#user_title, #company_name
",
    },
};
