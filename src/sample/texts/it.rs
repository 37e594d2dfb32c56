use super::{Message, Texts};
use crate::locale::Locale;

pub const TEXTS: Texts = Texts {
    locale: Locale::It,
    standard: "Standard B2B (italiano)",
    key_accounts: "Grandi clienti (italiano)",
    courtesy: Message {
        name: "Preavviso di scadenza",
        subject: Some("Fatture in prossima scadenza: codice cliente #customer_code"),
        body: "Gentile #contact_name,

desideriamo ricordarLe che fatture per un importo di **#items_amount_not_due** sulla Sua posizione \
presso #company_name giungeranno a scadenza nei prossimi giorni:

#items_list

Se il pagamento è già stato disposto, La ringraziamo: non è necessaria alcuna azione da parte Sua.

Può pagare online in tutta sicurezza su #payment_link, oppure tramite bonifico bancario:

#company_bank_details

Se una di queste fatture Le sembra errata, risponda semplicemente a questa e-mail: provvederemo a \
correggerla prima della scadenza.

Cordiali saluti,

#user_name\\
#user_title, #company_name\\
#user_phone
",
    },
    first_reminder: Message {
        name: "Primo sollecito",
        subject: Some("Sollecito di pagamento: codice cliente #customer_code"),
        body: "Gentile #contact_name,

dalle nostre verifiche contabili risulta che le seguenti fatture sono scadute e non ancora saldate:

#items_list_overdue

L'importo scaduto ammonta a **#items_amount_overdue**. La preghiamo di voler provvedere al \
pagamento nei prossimi giorni, online su #payment_link oppure tramite bonifico bancario:

#company_bank_details

Se nel frattempo ha già provveduto al pagamento, La ringraziamo e La preghiamo di non tenere conto \
di questo messaggio. Se una fattura è oggetto di contestazione o Le occorre una copia, ci indichi \
quale rispondendo a questa e-mail: la terremo in sospeso il tempo necessario per verificarla.

Cordiali saluti,

#user_name\\
#user_title, #company_name\\
#user_phone · #user_email
",
    },
    sms: Message {
        name: "Sollecito SMS",
        subject: None,
        body: "#company_name: #items_amount_overdue scaduti sul codice cliente #customer_code. Paghi online: #payment_link. Grazie.",
    },
    call: Message {
        name: "Telefonata",
        subject: None,
        body: "Chiamare il referente, #contact_name (#contact_phone), in merito al codice cliente \
#customer_code (#customer_name).

Scaduto: #items_amount_overdue; esposizione totale: #items_amount.

#items_list_overdue

Chiedere: la fattura è stata ricevuta e approvata? C'è una contestazione in corso? Quando e quanto \
verrà pagato? Annotare ogni promessa di pagamento (data e importo) o contestazione sulle partite, \
poi completare l'azione.
",
    },
    second_reminder: Message {
        name: "Secondo sollecito (lettera)",
        subject: Some("Secondo sollecito: fatture insolute, codice cliente #customer_code"),
        body: "Gentile Cliente,

nonostante i nostri precedenti solleciti, alla data del #today le seguenti fatture risultano \
ancora insolute:

#items_list_overdue

Il saldo scaduto ammonta a **#items_amount_overdue**. Vi chiediamo di provvedere al pagamento \
entro otto giorni dalla data della presente, mediante bonifico bancario sulle seguenti coordinate:

#company_bank_details

oppure online su #payment_link.

Vi ricordiamo che, ai sensi delle nostre condizioni generali di vendita e del D.Lgs. 231/2002, \
in caso di ritardato pagamento sono dovuti di diritto gli interessi di mora al tasso annuo del \
#company_late_penalty_rate, oltre a un importo forfettario di #company_recovery_cost per fattura a \
titolo di risarcimento dei costi di recupero.

Qualora contestiate una o più di queste fatture, Vi preghiamo di comunicarcelo senza indugio, \
affinché possiamo esaminarle.

Distinti saluti.
",
    },
    formal_notice: Message {
        name: "Diffida ad adempiere (raccomandata A/R)",
        subject: Some("Diffida ad adempiere e costituzione in mora: codice cliente #customer_code"),
        body: "Spett.le Società,

i nostri solleciti delle ultime settimane sono rimasti senza riscontro, e le seguenti fatture \
risultano tuttora insolute:

#items_list_overdue

Con la presente Vi diffidiamo ad adempiere e Vi costituiamo formalmente in mora ai sensi \
dell'art. 1219 del Codice civile, intimandoVi di corrisponderci, entro e non oltre quindici giorni \
dal ricevimento della presente, la somma di **#items_amount_include_late_penalties**, pari al \
saldo scaduto di #items_amount_overdue maggiorato di #items_amount_late_penalties a titolo di \
interessi di mora e spese (interessi al tasso annuo del #company_late_penalty_rate e importi \
forfettari per i costi di recupero, ai sensi delle nostre condizioni generali di vendita e del \
D.Lgs. 231/2002).

Il pagamento potrà essere effettuato mediante bonifico bancario sulle seguenti coordinate:

#company_bank_details

In mancanza di pagamento entro il termine indicato, trasmetteremo la pratica al nostro ufficio \
legale senza ulteriore preavviso, con ogni conseguente spesa a Vostro carico.

Distinti saluti.
",
    },
    personal_reminder: Message {
        name: "Sollecito personale",
        subject: Some("La Sua posizione #customer_code presso #company_name"),
        body: "Gentile #contact_name,

spero che stia bene. Verificando la Sua posizione, ho notato che risultano scaduti \
#items_amount_overdue:

#items_list_overdue

Potrebbe indicarmi quando possiamo attenderci il pagamento, o se c'è qualcosa che blocca queste \
fatture da parte Vostra? Posso inviarLe delle copie, oppure metterLa in contatto con il nostro \
ufficio commerciale.

Un cordiale saluto,

#user_name\\
#user_title, #user_phone
",
    },
    escalation: Message {
        name: "Escalation",
        subject: None,
        body: "Segnalare il codice cliente #customer_code (#customer_name) al responsabile commerciale e \
al comitato crediti: #items_amount_overdue scaduti, #items_amount di esposizione.

#items_list_overdue

Da decidere: blocco dei nuovi ordini, piano di rientro o passaggio della pratica all'ufficio legale.
",
    },
    promise_follow_up: Message {
        name: "Verifica della promessa di pagamento",
        subject: Some("Verifica della promessa di pagamento"),
        body: "Verificare il pagamento di #items_amount_selected promesso dal referente, #contact_name \
(#contact_phone):

#items_list_selected

Se non è arrivato, chiamare per ottenere una nuova data e annotarla; se è arrivato, rimuovere lo \
stato di promessa.
",
    },
    dispute_review: Message {
        name: "Esame della contestazione",
        subject: Some("Esame della contestazione"),
        body: "Esaminare la contestazione sollevata da #customer_name su:

#items_list_selected

Importo contestato: #items_amount_selected. Raccogliere il parere dell'ufficio commerciale e della \
logistica, decidere tra nota di credito e rigetto, e rispondere al \
referente, #contact_name (#contact_email).
",
    },
    payment_plan: Message {
        name: "Rata del piano di rientro",
        subject: Some("Il Suo piano di rientro: codice cliente #customer_code"),
        body: "Gentile #contact_name,

come concordato, Le ricordiamo che le seguenti rate del Suo piano di rientro sono in scadenza:

#items_list_selected

Importo da pagare: **#items_amount_selected**. La preghiamo di assicurarsi che il bonifico ci \
pervenga in tempo:

#company_bank_details

La ringraziamo per il rispetto del piano concordato.

Cordiali saluti,

#user_name\\
#user_title, #company_name
",
    },
};
