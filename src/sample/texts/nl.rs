use super::{Message, Texts};
use crate::locale::Locale;

pub const TEXTS: Texts = Texts {
    locale: Locale::Nl,
    standard: "Standaard B2B (Nederlands)",
    key_accounts: "Key accounts (Nederlands)",
    courtesy: Message {
        name: "Attendering vervaldatum",
        subject: Some("Binnenkort vervallende facturen: klantnummer #customer_code"),
        body: "Geachte #contact_name,

Graag attenderen wij u erop dat de onderstaande facturen van #company_name, voor een totaalbedrag \
van **#items_amount_not_due**, binnenkort vervallen:

#items_list

Is de betaling al ingepland, dan danken wij u daarvoor: u hoeft verder niets te doen.

U kunt veilig online betalen via #payment_link, of per overboeking:

#company_bank_details

Klopt er iets niet aan een van deze facturen? Beantwoord dan gewoon deze e-mail, dan zorgen wij \
vóór de vervaldatum voor een correctie.

Met vriendelijke groet,

#user_name\\
#user_title, #company_name\\
#user_phone
",
    },
    first_reminder: Message {
        name: "Betalingsherinnering",
        subject: Some("Betalingsherinnering: klantnummer #customer_code"),
        body: "Geachte #contact_name,

Volgens onze administratie staan de volgende facturen nog open, terwijl de betalingstermijn is \
verstreken:

#items_list_overdue

Het vervallen bedrag is **#items_amount_overdue**. Wij verzoeken u dit bedrag binnen enkele dagen \
te voldoen, online via #payment_link of per overboeking naar:

#company_bank_details

Heeft u inmiddels betaald, dan danken wij u en kunt u dit bericht als niet verzonden beschouwen. \
Is een factuur betwist of heeft u een kopie nodig, laat ons dan in een antwoord op deze e-mail \
weten om welke factuur het gaat: wij houden die aan zolang wij de zaak onderzoeken.

Met vriendelijke groet,

#user_name\\
#user_title, #company_name\\
#user_phone · #user_email
",
    },
    sms: Message {
        name: "Sms-herinnering",
        subject: None,
        body: "#company_name: #items_amount_overdue vervallen op klantnummer #customer_code. Betaal online via #payment_link. Dank u wel.",
    },
    call: Message {
        name: "Telefoongesprek",
        subject: None,
        body: "#contact_name (#contact_phone) bellen over klantnummer #customer_code (#customer_name).

Vervallen: #items_amount_overdue; totaal openstaand: #items_amount.

#items_list_overdue

Vragen: is de factuur ontvangen en goedgekeurd? Is er een geschil? Wanneer en hoeveel wordt er \
betaald? Een betalingsbelofte (datum en bedrag) of een geschil over de posten vastleggen, daarna \
de actie afronden.
",
    },
    second_reminder: Message {
        name: "Tweede herinnering (brief)",
        subject: Some("Tweede herinnering: onbetaalde facturen, klantnummer #customer_code"),
        body: "Geachte heer, mevrouw,

Ondanks onze eerdere herinneringen staan de volgende facturen per #today nog altijd open:

#items_list_overdue

Het vervallen saldo bedraagt **#items_amount_overdue**. Wij verzoeken u dit bedrag binnen acht \
dagen na dagtekening van deze brief over te maken naar:

#company_bank_details

of online te betalen via #payment_link.

Wij wijzen u erop dat bij te late betaling volgens onze algemene verkoopvoorwaarden rente \
verschuldigd is van #company_late_penalty_rate per jaar, vermeerderd met een vaste vergoeding \
voor invorderingskosten van #company_recovery_cost per factuur. Wij brengen die liever niet in \
rekening en rekenen op uw spoedige betaling.

Bent u het met een van deze posten niet eens, laat het ons dan onverwijld weten, zodat wij die \
kunnen onderzoeken.

Met vriendelijke groet,
",
    },
    formal_notice: Message {
        name: "Ingebrekestelling (aangetekend)",
        subject: Some("Ingebrekestelling: klantnummer #customer_code"),
        body: "Geachte heer, mevrouw,

Onze herinneringen van de afgelopen weken zijn onbeantwoord gebleven en de volgende facturen zijn \
nog steeds niet betaald:

#items_list_overdue

Hierbij stellen wij u in gebreke en sommeren wij u om binnen acht dagen na ontvangst van deze \
brief het bedrag van **#items_amount_include_late_penalties** te betalen. Dit bedrag bestaat uit \
het vervallen saldo van #items_amount_overdue, vermeerderd met #items_amount_late_penalties aan \
vertragingsvergoeding (rente van #company_late_penalty_rate per jaar en vaste vergoedingen voor \
invorderingskosten, conform onze algemene verkoopvoorwaarden).

U kunt het bedrag overmaken naar:

#company_bank_details

Blijft betaling binnen deze termijn uit, dan bent u in verzuim en dragen wij de vordering zonder \
nadere aankondiging over aan onze juridische afdeling; de bijkomende kosten komen voor uw rekening.

Hoogachtend,
",
    },
    personal_reminder: Message {
        name: "Persoonlijke herinnering",
        subject: Some("Uw openstaande posten bij #company_name (klantnummer #customer_code)"),
        body: "Beste #contact_name,

Ik hoop dat alles goed met u gaat. Bij het doornemen van uw klantgegevens zag ik dat er \
#items_amount_overdue vervallen is:

#items_list_overdue

Kunt u mij laten weten wanneer wij de betaling mogen verwachten, of dat er aan uw kant iets is \
waardoor deze facturen blijven liggen? Ik stuur u graag kopieën, of breng u in contact met ons \
verkoopteam.

Met vriendelijke groet,

#user_name\\
#user_title, #user_phone
",
    },
    escalation: Message {
        name: "Escalatie",
        subject: None,
        body: "Klantnummer #customer_code (#customer_name) escaleren naar de accountmanager en de \
kredietcommissie: #items_amount_overdue vervallen, #items_amount openstaand.

#items_list_overdue

Te beslissen: orderstop, betalingsregeling of overdracht aan de juridische afdeling.
",
    },
    promise_follow_up: Message {
        name: "Betalingsbelofte opvolgen",
        subject: Some("Betalingsbelofte opvolgen"),
        body: "De door #contact_name (#contact_phone) toegezegde betaling van #items_amount_selected \
controleren:

#items_list_selected

Niet ontvangen: bellen voor een nieuwe datum en die vastleggen; wel ontvangen: de status \
betalingsbelofte opheffen.
",
    },
    dispute_review: Message {
        name: "Geschil beoordelen",
        subject: Some("Geschil beoordelen"),
        body: "Het geschil van #customer_name beoordelen over:

#items_list_selected

Betwist bedrag: #items_amount_selected. Het standpunt van verkoop en logistiek opvragen, besluiten \
tot een creditnota of een afwijzing, en #contact_name (#contact_email) antwoorden.
",
    },
    payment_plan: Message {
        name: "Termijn betalingsregeling",
        subject: Some("Uw betalingsregeling: klantnummer #customer_code"),
        body: "Geachte #contact_name,

Zoals afgesproken herinneren wij u eraan dat de volgende termijnen van uw betalingsregeling \
vervallen:

#items_list_selected

Te betalen bedrag: **#items_amount_selected**. Wij verzoeken u het bedrag tijdig over te maken, \
zodat het op de vervaldatum bij ons binnen is:

#company_bank_details

Dank u voor het nakomen van de afgesproken regeling.

Met vriendelijke groet,

#user_name\\
#user_title, #company_name
",
    },
};
