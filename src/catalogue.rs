//! The hashtag catalogue: every hashtag a template may use, with its type, scope and a
//! one-line description in each of the 15 languages.
//!
//! This table is the single source of truth read by the parser (which attribute values are
//! hashtags), the checker, the CLI (`dunning catalogue`), the JS API (`catalogue()`, the
//! editor's autocomplete) and the renderers. Each row says everything a hashtag means: its
//! type, scope, descriptions, and its [`Meaning`], the data it reads, which the renderers
//! resolve (`render/values.rs`) and the checker consults (the selection's account-wide twin,
//! penalties). No rule depends on how a name is spelled.

use serde::Serialize;

use crate::channel::{Channel, Context};
use crate::locale::{Locale, LOCALE_COUNT};
use crate::portfolio::{Company, Contact, Customer, User};

/// What a hashtag renders as, which decides where it may appear.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Type {
    Text,
    Money,
    Percent,
    Date,
    Url,
    Image,
    Address,
    Table,
    Bank,
}

struct TypeInfo {
    name: &'static str,
    /// How a message names a value of the type (`a table`).
    noun: &'static str,
    /// A block (table, address, bank details) needs a line of its own.
    block: bool,
    /// Renders in plain text (SMS, subject).
    in_text: bool,
    /// May be an attribute value (`href`, `src`) or an image destination.
    in_attribute: bool,
}

/// Indexed by `Type as usize`.
const TYPES: [TypeInfo; 9] = [
    TypeInfo { name: "text", noun: "text", block: false, in_text: true, in_attribute: false },
    TypeInfo { name: "money", noun: "an amount", block: false, in_text: true, in_attribute: false },
    TypeInfo { name: "percent", noun: "a percentage", block: false, in_text: true, in_attribute: false },
    TypeInfo { name: "date", noun: "a date", block: false, in_text: true, in_attribute: false },
    TypeInfo { name: "url", noun: "a URL", block: false, in_text: true, in_attribute: true },
    TypeInfo { name: "image", noun: "an image", block: false, in_text: false, in_attribute: true },
    TypeInfo { name: "address", noun: "an address block", block: true, in_text: false, in_attribute: false },
    TypeInfo { name: "table", noun: "a table", block: true, in_text: false, in_attribute: false },
    TypeInfo { name: "bank", noun: "a bank-details block", block: true, in_text: false, in_attribute: false },
];

impl Type {
    fn info(self) -> &'static TypeInfo {
        &TYPES[self as usize]
    }

    /// The type's name in `dunning catalogue` and the JS API.
    pub fn name(self) -> &'static str {
        self.info().name
    }

    /// How a message names a value of this type.
    pub fn noun(self) -> &'static str {
        self.info().noun
    }

    /// Tables, addresses and bank details are blocks: they need a line of their own.
    pub fn is_block(self) -> bool {
        self.info().block
    }

    /// Whether a channel can show a value of this type.
    pub fn fits(self, channel: Channel) -> bool {
        self.info().in_text || !channel.is_text_only()
    }

    /// URLs and images may stand where a URL is expected (`href`, `src`, an image destination).
    pub fn fits_attribute(self) -> bool {
        self.info().in_attribute
    }
}

/// What part of the portfolio a hashtag reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Scope {
    /// The customer's account: all its open items.
    Items,
    /// The items selected for a specific action.
    Selected,
    Customer,
    /// The customer's collection contact.
    Contact,
    /// The collector assigned to the account, who signs.
    Sender,
    Company,
    /// The render date and the customer's links.
    General,
}

impl Scope {
    pub fn name(self) -> &'static str {
        match self {
            Scope::Items => "items",
            Scope::Selected => "selected",
            Scope::Customer => "customer",
            Scope::Contact => "contact",
            Scope::Sender => "sender",
            Scope::Company => "company",
            Scope::General => "general",
        }
    }
}

/// What a hashtag reads. A text field of a record is one row's closure; values computed from
/// several fields are [`Computed`], resolved in `render/values.rs`.
#[derive(Clone, Copy, Debug)]
pub enum Meaning {
    /// A set of the customer's items, as a table or an amount.
    Items(ItemQuery),
    /// A text field of the customer, and why it has no value when empty.
    Customer(fn(&Customer) -> Option<&str>, &'static str),
    /// A text field of the customer's collection contact.
    Contact(fn(&Contact) -> Option<&str>, &'static str),
    /// A text field of the collector assigned to the account.
    Collector(fn(&User) -> Option<&str>, &'static str),
    /// A text field of the company.
    Company(fn(&Company) -> Option<&str>, &'static str),
    Computed(Computed),
}

/// Which items an item hashtag reads, and what it shows of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ItemQuery {
    pub of: ItemsOf,
    pub due: DueFilter,
    pub reading: ItemsReading,
}

/// Whose items: the account's open items, or those a specific action selected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemsOf {
    Account,
    Selection,
}

/// Which of them by due date, on the render date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DueFilter {
    Any,
    Overdue,
    NotDue,
}

/// What is shown of them. Late penalties are always those of all the items read (the
/// account's or the selection's): only overdue items bear any.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemsReading {
    Table,
    Outstanding,
    LatePenalties,
    OutstandingAndLatePenalties,
}

/// Values computed from more than one field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Computed {
    /// Title, first and last name of the collection contact.
    ContactName,
    /// The contact's postal address, else the customer's.
    CustomerAddress,
    CompanyAddress,
    /// A link or a raster image (`safety::url`).
    CompanyLogo,
    BankDetails,
    /// Grouped by four.
    Iban,
    Bic,
    /// The annual rate in force on the render date.
    LatePenaltyRate,
    /// The recovery cost in the company's currency.
    RecoveryCost,
    Today,
    PaymentLink,
    InteractiveLink,
}

impl Meaning {
    /// Whether a customer can lack this value (a record's field, a contact, a bank, a link):
    /// where a fallback text is allowed. Items, sums, dates and rates always have one.
    pub fn can_be_missing(self) -> bool {
        match self {
            Meaning::Items(_) => false,
            Meaning::Computed(computed) => !matches!(computed, Computed::Today),
            _ => true,
        }
    }

    /// The items whose late penalties the hashtag shows, if it shows any.
    pub fn late_penalties_of(self) -> Option<ItemsOf> {
        match self {
            Meaning::Items(ItemQuery {
                of,
                reading: ItemsReading::LatePenalties | ItemsReading::OutstandingAndLatePenalties,
                ..
            }) => Some(of),
            _ => None,
        }
    }
}

/// One hashtag of the catalogue.
#[derive(Debug)]
pub struct Entry {
    /// The name after `#`.
    pub name: &'static str,
    pub ty: Type,
    pub scope: Scope,
    pub meaning: Meaning,
    /// One line per locale, in [`Locale::ALL`] order.
    descriptions: [&'static str; LOCALE_COUNT],
}

impl Entry {
    /// The one-line description in `locale`.
    pub fn description(&self, locale: Locale) -> &'static str {
        self.descriptions[locale.index()]
    }

    /// The channels that can show this hashtag.
    pub fn channels(&self) -> impl Iterator<Item = Channel> + '_ {
        Channel::all().filter(|&channel| self.ty.fits(channel))
    }

    /// Whether a template sent on `channel` in `context` may use this hashtag: the channel
    /// shows its type, and it does not read a selection that a scenario action lacks (what
    /// `check` reports as `channel-not-supported` and `selection-required`). Editors offer these.
    pub fn usable_in(&self, channel: Channel, context: Context) -> bool {
        self.ty.fits(channel) && !(self.scope == Scope::Selected && context == Context::Scenario)
    }

    /// A row outside the table, for tests showing that a row is all a hashtag needs.
    #[cfg(test)]
    pub(crate) const fn unlisted(name: &'static str, ty: Type, scope: Scope, meaning: Meaning) -> Entry {
        Entry { name, ty, scope, meaning, descriptions: [name; LOCALE_COUNT] }
    }

    /// For a hashtag of the selection, the account-wide hashtag showing the same thing (the
    /// first in catalogue order): what a scenario template can say instead.
    pub fn account_twin(&self) -> Option<&'static Entry> {
        let Meaning::Items(query @ ItemQuery { of: ItemsOf::Selection, .. }) = self.meaning else { return None };
        ENTRIES.iter().find(|entry| {
            matches!(entry.meaning, Meaning::Items(twin) if twin.of == ItemsOf::Account && twin.reading == query.reading)
        })
    }
}

/// Entries are unique by name.
impl PartialEq for Entry {
    fn eq(&self, other: &Entry) -> bool {
        self.name == other.name
    }
}

/// An entry as the CLI's JSON and the JS API show it: `{name, type, scope, description,
/// channels}`, the description in one locale.
#[derive(Debug, Serialize)]
pub struct Described {
    pub name: &'static str,
    #[serde(rename = "type")]
    pub ty: &'static str,
    pub scope: &'static str,
    pub description: &'static str,
    pub channels: Vec<&'static str>,
}

impl Described {
    pub fn new(entry: &'static Entry, locale: Locale) -> Described {
        Described {
            name: entry.name,
            ty: entry.ty.name(),
            scope: entry.scope.name(),
            description: entry.description(locale),
            channels: entry.channels().map(Channel::name).collect(),
        }
    }
}

/// The whole catalogue described in `locale`.
pub fn described(locale: Locale) -> Vec<Described> {
    ENTRIES.iter().map(|entry| Described::new(entry, locale)).collect()
}

/// Every hashtag, grouped as catalogue.md groups them.
pub fn entries() -> &'static [Entry] {
    &ENTRIES
}

/// The entry named `name` (case-sensitive: catalogue names are lower-case).
pub fn lookup(name: &str) -> Option<&'static Entry> {
    ENTRIES.iter().find(|entry| entry.name == name)
}

macro_rules! entry {
    ($name:literal, $ty:ident, $scope:ident, items($of:ident, $due:ident, $reading:ident), [$($description:literal),* $(,)?]) => {
        entry!($name, $ty, $scope, Meaning::Items(ItemQuery {
            of: ItemsOf::$of, due: DueFilter::$due, reading: ItemsReading::$reading,
        }), [$($description),*])
    };
    ($name:literal, $ty:ident, $scope:ident, $meaning:expr, [$($description:literal),* $(,)?]) => {
        Entry { name: $name, ty: Type::$ty, scope: Scope::$scope, meaning: $meaning, descriptions: [$($description),*] }
    };
}

// Columns: en fr de es it nl pl pt-PT pt-BR ro sv tr hr ja zh-CN (the order of `Locale::ALL`).
static ENTRIES: [Entry; 38] = [
    // Items (the customer's account)
    entry!("items_list", Table, Items, items(Account, Any, Table), [
        "Every open item of the account (invoices, credit notes, unallocated payments) with its status",
        "Toutes les pièces ouvertes du compte (factures, avoirs, paiements non lettrés) avec leur statut",
        "Alle offenen Posten des Kontos (Rechnungen, Gutschriften, nicht zugeordnete Zahlungen) mit Status",
        "Todas las partidas abiertas de la cuenta (facturas, abonos, cobros no aplicados) con su estado",
        "Tutte le partite aperte del conto (fatture, note di credito, incassi non abbinati) con il loro stato",
        "Alle openstaande posten van de klant (facturen, creditnota's, niet-afgeletterde betalingen) met status",
        "Wszystkie otwarte pozycje konta (faktury, faktury korygujące, nierozliczone wpłaty) wraz ze statusem",
        "Todas as partidas em aberto da conta (faturas, notas de crédito, pagamentos por conciliar) com o seu estado",
        "Todos os títulos em aberto da conta (faturas, notas de crédito, pagamentos não conciliados) com seu status",
        "Toate pozițiile deschise ale contului (facturi, note de credit, plăți nealocate) cu starea lor",
        "Alla öppna poster på kontot (fakturor, kreditfakturor, ej avprickade inbetalningar) med status",
        "Cari hesabın tüm açık kalemleri (faturalar, alacak dekontları, eşleştirilmemiş ödemeler) ve durumları",
        "Sve otvorene stavke kupca (računi, odobrenja, neraspoređene uplate) s njihovim statusom",
        "取引先の全未決済明細（請求書、クレジットノート、未消込入金）とそのステータス",
        "账户的所有未清项（发票、贷项通知单、未核销付款）及其状态",
    ]),
    entry!("items_list_overdue", Table, Items, items(Account, Overdue, Table), [
        "The open items already past their due date",
        "Les pièces ouvertes dont l'échéance est dépassée",
        "Die offenen Posten, deren Fälligkeitsdatum bereits überschritten ist",
        "Las partidas abiertas cuya fecha de vencimiento ya ha pasado",
        "Le partite aperte già scadute",
        "De openstaande posten waarvan de vervaldatum al verstreken is",
        "Otwarte pozycje, których termin płatności już minął",
        "As partidas em aberto cuja data de vencimento já passou",
        "Os títulos em aberto já vencidos",
        "Pozițiile deschise a căror scadență a fost depășită",
        "De öppna poster vars förfallodag redan har passerat",
        "Vade tarihi geçmiş açık kalemler",
        "Otvorene stavke kojima je već istekao rok plaćanja",
        "支払期日を過ぎた未決済明細",
        "已过到期日的未清项",
    ]),
    entry!("items_amount", Money, Items, items(Account, Any, Outstanding), [
        "Total outstanding of all open items (credit notes and payments count negative)",
        "Encours total de toutes les pièces ouvertes (avoirs et paiements comptés en négatif)",
        "Gesamtsaldo aller offenen Posten (Gutschriften und Zahlungen zählen negativ)",
        "Importe pendiente total de todas las partidas abiertas (abonos y cobros cuentan en negativo)",
        "Importo residuo totale di tutte le partite aperte (note di credito e incassi contano in negativo)",
        "Totaal openstaand saldo van alle openstaande posten (creditnota's en betalingen tellen negatief)",
        "Łączne saldo wszystkich otwartych pozycji (faktury korygujące i wpłaty liczone ze znakiem minus)",
        "Total em dívida de todas as partidas em aberto (notas de crédito e pagamentos contam como negativos)",
        "Saldo total em aberto de todos os títulos (notas de crédito e pagamentos contam como negativos)",
        "Soldul total al tuturor pozițiilor deschise (notele de credit și plățile se scad)",
        "Totalt utestående belopp för alla öppna poster (kreditfakturor och betalningar räknas negativt)",
        "Tüm açık kalemlerin toplam bakiyesi (alacak dekontları ve ödemeler eksi sayılır)",
        "Ukupno dugovanje po svim otvorenim stavkama (odobrenja i uplate računaju se negativno)",
        "全未決済明細の未回収残高合計（クレジットノートと入金はマイナス計上）",
        "所有未清项的未清余额合计（贷项通知单和付款计为负数）",
    ]),
    entry!("items_amount_overdue", Money, Items, items(Account, Overdue, Outstanding), [
        "Total outstanding of the overdue items",
        "Encours total des pièces échues",
        "Gesamtsaldo der überfälligen Posten",
        "Importe pendiente total de las partidas vencidas",
        "Importo residuo totale delle partite scadute",
        "Totaal openstaand saldo van de vervallen posten",
        "Łączne saldo przeterminowanych pozycji",
        "Total em dívida das partidas vencidas",
        "Saldo total em aberto dos títulos vencidos",
        "Soldul total al pozițiilor restante",
        "Totalt utestående belopp för de förfallna posterna",
        "Vadesi geçmiş kalemlerin toplam bakiyesi",
        "Ukupno dugovanje po dospjelim stavkama",
        "期日超過明細の未回収残高合計",
        "逾期项目的未清余额合计",
    ]),
    entry!("items_amount_not_due", Money, Items, items(Account, NotDue, Outstanding), [
        "Total outstanding of the items not yet due",
        "Encours total des pièces non échues",
        "Gesamtsaldo der noch nicht fälligen Posten",
        "Importe pendiente total de las partidas aún no vencidas",
        "Importo residuo totale delle partite non ancora scadute",
        "Totaal openstaand saldo van de nog niet vervallen posten",
        "Łączne saldo pozycji, których termin płatności jeszcze nie minął",
        "Total em dívida das partidas ainda não vencidas",
        "Saldo total em aberto dos títulos a vencer",
        "Soldul total al pozițiilor care nu au ajuns încă la scadență",
        "Totalt utestående belopp för de ännu ej förfallna posterna",
        "Vadesi henüz gelmemiş kalemlerin toplam bakiyesi",
        "Ukupno dugovanje po nedospjelim stavkama",
        "期日未到来明細の未回収残高合計",
        "未到期项目的未清余额合计",
    ]),
    entry!("items_amount_late_penalties", Money, Items, items(Account, Any, LatePenalties), [
        "Late-payment interest and recovery costs on the overdue invoices, if enabled for the customer",
        "Pénalités de retard et indemnité forfaitaire pour frais de recouvrement sur les factures échues, si activées",
        "Verzugszinsen und Verzugspauschale auf die überfälligen Rechnungen, sofern für den Kunden aktiviert",
        "Intereses de demora y costes de cobro de las facturas vencidas, si están activados para el cliente",
        "Interessi di mora e costi di recupero sulle fatture scadute, se attivati per il cliente",
        "Vertragingsrente en incassokosten op de vervallen facturen, indien ingeschakeld voor de klant",
        "Odsetki za opóźnienie i koszty odzyskiwania należności od przeterminowanych faktur, jeśli włączone dla klienta",
        "Juros de mora e custos de cobrança das faturas vencidas, se ativados para o cliente",
        "Juros de mora e custos de cobrança das faturas vencidas, se ativados para o cliente",
        "Penalități de întârziere și cheltuieli de recuperare pentru facturile restante, dacă sunt activate pentru client",
        "Dröjsmålsränta och förseningsersättning på de förfallna fakturorna, om det är aktiverat för kunden",
        "Vadesi geçmiş faturalar için gecikme faizi ve tahsilat masrafları (müşteri için etkinse)",
        "Zatezne kamate i troškovi naplate na dospjele račune, ako su uključeni za kupca",
        "期日超過の請求書に対する遅延損害金と回収費用（顧客で有効な場合）",
        "逾期发票的逾期利息和催收费用（如已为该客户启用）",
    ]),
    entry!("items_amount_include_late_penalties", Money, Items, items(Account, Overdue, OutstandingAndLatePenalties), [
        "Overdue total plus late-payment penalties",
        "Encours échu majoré des pénalités de retard et indemnités forfaitaires",
        "Überfälliger Gesamtsaldo zuzüglich Verzugszinsen und Verzugspauschale",
        "Total vencido más intereses de demora y costes de cobro",
        "Totale scaduto più interessi di mora e costi di recupero",
        "Vervallen totaal plus vertragingsrente en incassokosten",
        "Suma przeterminowanych należności wraz z odsetkami za opóźnienie i kosztami odzyskiwania",
        "Total vencido acrescido de juros de mora e custos de cobrança",
        "Total vencido acrescido de juros de mora e custos de cobrança",
        "Totalul restant plus penalitățile de întârziere și cheltuielile de recuperare",
        "Förfallet belopp plus dröjsmålsränta och förseningsersättning",
        "Gecikme faizi ve tahsilat masrafları dahil vadesi geçmiş toplam",
        "Ukupno dospjelo dugovanje uvećano za zatezne kamate i troškove naplate",
        "期日超過合計に遅延損害金と回収費用を加えた額",
        "逾期总额加逾期利息和催收费用",
    ]),
    // Selected items (specific actions only)
    entry!("items_list_selected", Table, Selected, items(Selection, Any, Table), [
        "Only the items selected for this action",
        "Uniquement les pièces sélectionnées pour cette action",
        "Nur die für diese Aktion ausgewählten Posten",
        "Solo las partidas seleccionadas para esta acción",
        "Solo le partite selezionate per questa azione",
        "Alleen de posten die voor deze actie zijn geselecteerd",
        "Tylko pozycje wybrane do tej akcji",
        "Apenas as partidas selecionadas para esta ação",
        "Apenas os títulos selecionados para esta ação",
        "Doar pozițiile selectate pentru această acțiune",
        "Endast de poster som valts för den här åtgärden",
        "Yalnızca bu işlem için seçilen kalemler",
        "Samo stavke odabrane za ovu radnju",
        "このアクション用に選択された明細のみ",
        "仅限为此操作选定的项目",
    ]),
    entry!("items_amount_selected", Money, Selected, items(Selection, Any, Outstanding), [
        "Total outstanding of the selected items",
        "Encours total des pièces sélectionnées",
        "Gesamtsaldo der ausgewählten Posten",
        "Importe pendiente total de las partidas seleccionadas",
        "Importo residuo totale delle partite selezionate",
        "Totaal openstaand saldo van de geselecteerde posten",
        "Łączne saldo wybranych pozycji",
        "Total em dívida das partidas selecionadas",
        "Saldo total em aberto dos títulos selecionados",
        "Soldul total al pozițiilor selectate",
        "Totalt utestående belopp för de valda posterna",
        "Seçilen kalemlerin toplam bakiyesi",
        "Ukupno dugovanje po odabranim stavkama",
        "選択された明細の未回収残高合計",
        "选定项目的未清余额合计",
    ]),
    entry!("items_amount_selected_late_penalties", Money, Selected, items(Selection, Any, LatePenalties), [
        "Late-payment penalties on the selected items, if enabled for the customer",
        "Pénalités de retard et indemnité forfaitaire sur les pièces sélectionnées, si activées pour le client",
        "Verzugszinsen und Verzugspauschale auf die ausgewählten Posten, sofern für den Kunden aktiviert",
        "Intereses de demora y costes de cobro de las partidas seleccionadas, si están activados para el cliente",
        "Interessi di mora e costi di recupero sulle partite selezionate, se attivati per il cliente",
        "Vertragingsrente en incassokosten op de geselecteerde posten, indien ingeschakeld voor de klant",
        "Odsetki za opóźnienie i koszty odzyskiwania należności od wybranych pozycji, jeśli włączone dla klienta",
        "Juros de mora e custos de cobrança das partidas selecionadas, se ativados para o cliente",
        "Juros de mora e custos de cobrança dos títulos selecionados, se ativados para o cliente",
        "Penalități de întârziere și cheltuieli de recuperare pentru pozițiile selectate, dacă sunt activate pentru client",
        "Dröjsmålsränta och förseningsersättning på de valda posterna, om det är aktiverat för kunden",
        "Seçilen kalemler için gecikme faizi ve tahsilat masrafları (müşteri için etkinse)",
        "Zatezne kamate i troškovi naplate na odabrane stavke, ako su uključeni za kupca",
        "選択された明細に対する遅延損害金と回収費用（顧客で有効な場合）",
        "选定项目的逾期利息和催收费用（如已为该客户启用）",
    ]),
    entry!("items_amount_selected_include_late_penalties", Money, Selected, items(Selection, Any, OutstandingAndLatePenalties), [
        "Selected total plus its late-payment penalties",
        "Encours sélectionné majoré de ses pénalités de retard et indemnités forfaitaires",
        "Ausgewählter Gesamtsaldo zuzüglich der zugehörigen Verzugszinsen und Verzugspauschale",
        "Total seleccionado más sus intereses de demora y costes de cobro",
        "Totale selezionato più i relativi interessi di mora e costi di recupero",
        "Geselecteerd totaal plus de bijbehorende vertragingsrente en incassokosten",
        "Suma wybranych pozycji wraz z odsetkami za opóźnienie i kosztami odzyskiwania",
        "Total selecionado acrescido dos respetivos juros de mora e custos de cobrança",
        "Total selecionado acrescido dos respectivos juros de mora e custos de cobrança",
        "Totalul selectat plus penalitățile de întârziere și cheltuielile de recuperare aferente",
        "Valt belopp plus tillhörande dröjsmålsränta och förseningsersättning",
        "Gecikme faizi ve tahsilat masrafları dahil seçilen toplam",
        "Ukupno odabrano dugovanje uvećano za pripadajuće zatezne kamate i troškove naplate",
        "選択合計に遅延損害金と回収費用を加えた額",
        "选定总额加相应的逾期利息和催收费用",
    ]),
    // Customer and collection contact
    entry!("customer_name", Text, Customer, Meaning::Customer(|c| Some(&c.name), "the customer has no name"), [
        "The customer's legal name",
        "Raison sociale du client",
        "Offizielle Firmierung des Kunden",
        "Razón social del cliente",
        "Ragione sociale del cliente",
        "Statutaire naam van de klant",
        "Pełna nazwa prawna klienta",
        "Denominação social do cliente",
        "Razão social do cliente",
        "Denumirea legală a clientului",
        "Kundens juridiska namn",
        "Müşterinin ticari unvanı",
        "Pravni naziv kupca",
        "顧客の正式名称",
        "客户的法定名称",
    ]),
    entry!("customer_code", Text, Customer, Meaning::Customer(|c| c.code.as_deref(), "the customer has no code"), [
        "The customer's account number",
        "Numéro de compte client",
        "Kundennummer (Debitorennummer) des Kunden",
        "Número de cuenta del cliente",
        "Codice cliente (numero di conto)",
        "Debiteurnummer van de klant",
        "Numer konta klienta w ewidencji należności",
        "Número de conta do cliente",
        "Código do cliente",
        "Codul de cont al clientului",
        "Kundens kundnummer",
        "Müşterinin cari hesap kodu",
        "Šifra kupca",
        "顧客の得意先コード",
        "客户编号",
    ]),
    entry!("customer_address", Address, Customer, Meaning::Computed(Computed::CustomerAddress), [
        "Postal address for letters (the collection contact's, else the customer's)",
        "Adresse postale des courriers (celle du contact recouvrement, sinon celle du client)",
        "Postanschrift für Briefe (die des Ansprechpartners für Mahnungen, sonst die des Kunden)",
        "Dirección postal para cartas (la del contacto de cobros o, en su defecto, la del cliente)",
        "Indirizzo postale per le lettere (del referente per i solleciti, altrimenti del cliente)",
        "Postadres voor brieven (dat van de contactpersoon voor aanmaningen, anders dat van de klant)",
        "Adres korespondencyjny (osoby kontaktowej ds. windykacji, a w razie jej braku klienta)",
        "Morada postal para cartas (a do contacto de cobranças ou, na sua falta, a do cliente)",
        "Endereço postal para cartas (o do contato de cobrança ou, na falta dele, o do cliente)",
        "Adresa poștală pentru scrisori (a persoanei de contact pentru încasări, altfel a clientului)",
        "Postadress för brev (kontaktpersonens för betalningspåminnelser, annars kundens)",
        "Mektuplar için posta adresi (tahsilat irtibat kişisininki, yoksa müşterininki)",
        "Poštanska adresa za dopise (kontakt osobe za naplatu, inače kupca)",
        "書状の郵送先住所（督促先担当者の住所、未設定の場合は顧客の住所）",
        "信函邮寄地址（催收联系人的地址，若无则为客户地址）",
    ]),
    entry!("contact_title", Text, Contact, Meaning::Contact(|c| c.title.as_deref(), "the collection contact has no title"), [
        "Title of the collection contact (Mr, Ms…)",
        "Civilité du contact recouvrement (M., Mme…)",
        "Anrede des Ansprechpartners für Mahnungen (Herr, Frau…)",
        "Tratamiento del contacto de cobros (Sr., Sra.…)",
        "Titolo del referente per i solleciti (Sig., Sig.ra…)",
        "Aanhef van de contactpersoon voor aanmaningen (dhr., mevr.…)",
        "Zwrot grzecznościowy osoby kontaktowej ds. windykacji (Pan, Pani…)",
        "Tratamento do contacto de cobranças (Sr., Sra.…)",
        "Tratamento do contato de cobrança (Sr., Sra.…)",
        "Formula de adresare a persoanei de contact pentru încasări (Dl, Dna…)",
        "Titel för kontaktpersonen för betalningspåminnelser (Herr, Fru…)",
        "Tahsilat irtibat kişisinin hitabı (Bay, Bayan…)",
        "Titula kontakt osobe za naplatu (g., gđa…)",
        "督促先担当者の敬称（Mr.、Ms. など）",
        "催收联系人的称谓（先生、女士等）",
    ]),
    entry!("contact_first_name", Text, Contact, Meaning::Contact(|c| c.first_name.as_deref(), "the collection contact has no first name"), [
        "First name of the collection contact",
        "Prénom du contact recouvrement",
        "Vorname des Ansprechpartners für Mahnungen",
        "Nombre del contacto de cobros",
        "Nome del referente per i solleciti",
        "Voornaam van de contactpersoon voor aanmaningen",
        "Imię osoby kontaktowej ds. windykacji",
        "Nome próprio do contacto de cobranças",
        "Nome do contato de cobrança",
        "Prenumele persoanei de contact pentru încasări",
        "Förnamn på kontaktpersonen för betalningspåminnelser",
        "Tahsilat irtibat kişisinin adı",
        "Ime kontakt osobe za naplatu",
        "督促先担当者の名",
        "催收联系人的名字",
    ]),
    entry!("contact_last_name", Text, Contact, Meaning::Contact(|c| c.last_name.as_deref(), "the collection contact has no last name"), [
        "Last name of the collection contact",
        "Nom du contact recouvrement",
        "Nachname des Ansprechpartners für Mahnungen",
        "Apellidos del contacto de cobros",
        "Cognome del referente per i solleciti",
        "Achternaam van de contactpersoon voor aanmaningen",
        "Nazwisko osoby kontaktowej ds. windykacji",
        "Apelido do contacto de cobranças",
        "Sobrenome do contato de cobrança",
        "Numele de familie al persoanei de contact pentru încasări",
        "Efternamn på kontaktpersonen för betalningspåminnelser",
        "Tahsilat irtibat kişisinin soyadı",
        "Prezime kontakt osobe za naplatu",
        "督促先担当者の姓",
        "催收联系人的姓氏",
    ]),
    entry!("contact_name", Text, Contact, Meaning::Computed(Computed::ContactName), [
        "Full name of the collection contact: title, first and last name",
        "Nom complet du contact recouvrement (civilité, prénom et nom)",
        "Vollständiger Name des Ansprechpartners für Mahnungen (Anrede, Vor- und Nachname)",
        "Nombre completo del contacto de cobros (tratamiento, nombre y apellidos)",
        "Nome completo del referente per i solleciti (titolo, nome e cognome)",
        "Volledige naam van de contactpersoon voor aanmaningen (aanhef, voor- en achternaam)",
        "Pełne dane osoby kontaktowej ds. windykacji (zwrot grzecznościowy, imię i nazwisko)",
        "Nome completo do contacto de cobranças (tratamento, nome próprio e apelido)",
        "Nome completo do contato de cobrança (tratamento, nome e sobrenome)",
        "Numele complet al persoanei de contact pentru încasări (formula de adresare, prenume și nume)",
        "Fullständigt namn på kontaktpersonen för betalningspåminnelser (titel, för- och efternamn)",
        "Tahsilat irtibat kişisinin tam adı (hitap, ad ve soyad)",
        "Puno ime kontakt osobe za naplatu (titula, ime i prezime)",
        "督促先担当者のフルネーム（敬称、名、姓）",
        "催收联系人的全名（称谓、名字和姓氏）",
    ]),
    entry!("contact_email", Text, Contact, Meaning::Contact(|c| c.email.as_deref(), "the collection contact has no e-mail"), [
        "E-mail address of the collection contact",
        "Adresse e-mail du contact recouvrement",
        "E-Mail-Adresse des Ansprechpartners für Mahnungen",
        "Correo electrónico del contacto de cobros",
        "Indirizzo e-mail del referente per i solleciti",
        "E-mailadres van de contactpersoon voor aanmaningen",
        "Adres e-mail osoby kontaktowej ds. windykacji",
        "Endereço de e-mail do contacto de cobranças",
        "E-mail do contato de cobrança",
        "Adresa de e-mail a persoanei de contact pentru încasări",
        "E-postadress till kontaktpersonen för betalningspåminnelser",
        "Tahsilat irtibat kişisinin e-posta adresi",
        "Adresa e-pošte kontakt osobe za naplatu",
        "督促先担当者のメールアドレス",
        "催收联系人的电子邮箱地址",
    ]),
    entry!("contact_phone", Text, Contact, Meaning::Contact(|c| c.phone.as_deref().or(c.mobile.as_deref()), "the collection contact has no phone"), [
        "Phone number of the collection contact",
        "Numéro de téléphone du contact recouvrement",
        "Telefonnummer des Ansprechpartners für Mahnungen",
        "Teléfono del contacto de cobros",
        "Numero di telefono del referente per i solleciti",
        "Telefoonnummer van de contactpersoon voor aanmaningen",
        "Numer telefonu osoby kontaktowej ds. windykacji",
        "Número de telefone do contacto de cobranças",
        "Telefone do contato de cobrança",
        "Numărul de telefon al persoanei de contact pentru încasări",
        "Telefonnummer till kontaktpersonen för betalningspåminnelser",
        "Tahsilat irtibat kişisinin telefon numarası",
        "Broj telefona kontakt osobe za naplatu",
        "督促先担当者の電話番号",
        "催收联系人的电话号码",
    ]),
    // Sender (the collector assigned to the account)
    entry!("user_name", Text, Sender, Meaning::Collector(|u| Some(&u.name), "the collector has no name"), [
        "Name of the collector in charge of the account",
        "Nom du chargé de recouvrement responsable du compte",
        "Name des für das Konto zuständigen Sachbearbeiters im Forderungsmanagement",
        "Nombre del gestor de cobros responsable de la cuenta",
        "Nome dell'addetto al recupero crediti responsabile del conto",
        "Naam van de debiteurenbeheerder die verantwoordelijk is voor de klant",
        "Imię i nazwisko specjalisty ds. windykacji odpowiedzialnego za konto",
        "Nome do gestor de cobranças responsável pela conta",
        "Nome do analista de cobrança responsável pela conta",
        "Numele specialistului în recuperarea creanțelor responsabil de cont",
        "Namn på den kravhandläggare som ansvarar för kontot",
        "Cari hesaptan sorumlu tahsilat uzmanının adı",
        "Ime referenta naplate zaduženog za kupca",
        "この取引先を担当する債権回収担当者の氏名",
        "负责该账户的催收专员姓名",
    ]),
    entry!("user_email", Text, Sender, Meaning::Collector(|u| u.email.as_deref(), "the collector has no e-mail"), [
        "E-mail address of the collector",
        "Adresse e-mail du chargé de recouvrement",
        "E-Mail-Adresse des Sachbearbeiters im Forderungsmanagement",
        "Correo electrónico del gestor de cobros",
        "Indirizzo e-mail dell'addetto al recupero crediti",
        "E-mailadres van de debiteurenbeheerder",
        "Adres e-mail specjalisty ds. windykacji",
        "Endereço de e-mail do gestor de cobranças",
        "E-mail do analista de cobrança",
        "Adresa de e-mail a specialistului în recuperarea creanțelor",
        "Kravhandläggarens e-postadress",
        "Tahsilat uzmanının e-posta adresi",
        "Adresa e-pošte referenta naplate",
        "債権回収担当者のメールアドレス",
        "催收专员的电子邮箱地址",
    ]),
    entry!("user_phone", Text, Sender, Meaning::Collector(|u| u.phone.as_deref(), "the collector has no phone"), [
        "Phone number of the collector",
        "Numéro de téléphone du chargé de recouvrement",
        "Telefonnummer des Sachbearbeiters im Forderungsmanagement",
        "Teléfono del gestor de cobros",
        "Numero di telefono dell'addetto al recupero crediti",
        "Telefoonnummer van de debiteurenbeheerder",
        "Numer telefonu specjalisty ds. windykacji",
        "Número de telefone do gestor de cobranças",
        "Telefone do analista de cobrança",
        "Numărul de telefon al specialistului în recuperarea creanțelor",
        "Kravhandläggarens telefonnummer",
        "Tahsilat uzmanının telefon numarası",
        "Broj telefona referenta naplate",
        "債権回収担当者の電話番号",
        "催收专员的电话号码",
    ]),
    entry!("user_title", Text, Sender, Meaning::Collector(|u| u.title.as_deref(), "the collector has no title"), [
        "Job title of the collector",
        "Fonction du chargé de recouvrement",
        "Stellenbezeichnung des Sachbearbeiters im Forderungsmanagement",
        "Cargo del gestor de cobros",
        "Qualifica dell'addetto al recupero crediti",
        "Functietitel van de debiteurenbeheerder",
        "Stanowisko specjalisty ds. windykacji",
        "Cargo do gestor de cobranças",
        "Cargo do analista de cobrança",
        "Funcția specialistului în recuperarea creanțelor",
        "Kravhandläggarens befattning",
        "Tahsilat uzmanının unvanı",
        "Radno mjesto referenta naplate",
        "債権回収担当者の役職",
        "催收专员的职位",
    ]),
    // Company
    entry!("company_name", Text, Company, Meaning::Company(|c| Some(&c.name), "the company has no name"), [
        "Your company's name",
        "Nom de votre entreprise",
        "Name Ihres Unternehmens",
        "Nombre de su empresa",
        "Nome della vostra azienda",
        "Naam van uw bedrijf",
        "Nazwa Twojej firmy",
        "Nome da sua empresa",
        "Nome da sua empresa",
        "Denumirea companiei dumneavoastră",
        "Ditt företags namn",
        "Şirketinizin adı",
        "Naziv vaše tvrtke",
        "自社の名称",
        "您公司的名称",
    ]),
    entry!("company_phone", Text, Company, Meaning::Company(|c| c.phone.as_deref(), "the company has no phone"), [
        "Your company's phone number",
        "Numéro de téléphone de votre entreprise",
        "Telefonnummer Ihres Unternehmens",
        "Teléfono de su empresa",
        "Numero di telefono della vostra azienda",
        "Telefoonnummer van uw bedrijf",
        "Numer telefonu Twojej firmy",
        "Número de telefone da sua empresa",
        "Telefone da sua empresa",
        "Numărul de telefon al companiei dumneavoastră",
        "Ditt företags telefonnummer",
        "Şirketinizin telefon numarası",
        "Broj telefona vaše tvrtke",
        "自社の電話番号",
        "您公司的电话号码",
    ]),
    entry!("company_email", Text, Company, Meaning::Company(|c| c.email.as_deref(), "the company has no e-mail"), [
        "Your company's e-mail address",
        "Adresse e-mail de votre entreprise",
        "E-Mail-Adresse Ihres Unternehmens",
        "Correo electrónico de su empresa",
        "Indirizzo e-mail della vostra azienda",
        "E-mailadres van uw bedrijf",
        "Adres e-mail Twojej firmy",
        "Endereço de e-mail da sua empresa",
        "E-mail da sua empresa",
        "Adresa de e-mail a companiei dumneavoastră",
        "Ditt företags e-postadress",
        "Şirketinizin e-posta adresi",
        "Adresa e-pošte vaše tvrtke",
        "自社のメールアドレス",
        "您公司的电子邮箱地址",
    ]),
    entry!("company_registration", Text, Company, Meaning::Company(|c| c.registration.as_deref(), "the company has no registration number"), [
        "Your company's registration number",
        "Numéro d'immatriculation de votre entreprise",
        "Handelsregisternummer Ihres Unternehmens",
        "Número de registro mercantil de su empresa",
        "Numero di iscrizione al Registro delle imprese della vostra azienda",
        "Inschrijvingsnummer van uw bedrijf in het handelsregister",
        "Numer rejestrowy Twojej firmy",
        "Número de registo da sua empresa",
        "Número de registro da sua empresa",
        "Numărul de înregistrare la Registrul Comerțului al companiei dumneavoastră",
        "Ditt företags organisationsnummer",
        "Şirketinizin ticaret sicil numarası",
        "Matični broj vaše tvrtke",
        "自社の法人番号",
        "您公司的注册号",
    ]),
    entry!("company_address", Address, Company, Meaning::Computed(Computed::CompanyAddress), [
        "Your company's postal address",
        "Adresse postale de votre entreprise",
        "Postanschrift Ihres Unternehmens",
        "Dirección postal de su empresa",
        "Indirizzo postale della vostra azienda",
        "Postadres van uw bedrijf",
        "Adres pocztowy Twojej firmy",
        "Morada postal da sua empresa",
        "Endereço postal da sua empresa",
        "Adresa poștală a companiei dumneavoastră",
        "Ditt företags postadress",
        "Şirketinizin posta adresi",
        "Poštanska adresa vaše tvrtke",
        "自社の郵便住所",
        "您公司的邮寄地址",
    ]),
    entry!("company_logo", Image, Company, Meaning::Computed(Computed::CompanyLogo), [
        "Your company's logo, if it has one",
        "Logo de votre entreprise, s'il y en a un",
        "Logo Ihres Unternehmens, falls vorhanden",
        "Logotipo de su empresa, si lo tiene",
        "Logo della vostra azienda, se presente",
        "Logo van uw bedrijf, indien aanwezig",
        "Logo Twojej firmy, jeśli istnieje",
        "Logótipo da sua empresa, se existir",
        "Logotipo da sua empresa, se houver",
        "Sigla companiei dumneavoastră, dacă există",
        "Ditt företags logotyp, om en sådan finns",
        "Şirketinizin logosu (varsa)",
        "Logotip vaše tvrtke, ako postoji",
        "自社のロゴ（ある場合）",
        "您公司的标志（如有）",
    ]),
    entry!("company_bank_details", Bank, Company, Meaning::Computed(Computed::BankDetails), [
        "Bank name, IBAN and BIC for payment",
        "Nom de la banque, IBAN et BIC pour le règlement",
        "Name der Bank, IBAN und BIC für die Zahlung",
        "Nombre del banco, IBAN y BIC para el pago",
        "Nome della banca, IBAN e BIC per il pagamento",
        "Naam van de bank, IBAN en BIC voor de betaling",
        "Nazwa banku, IBAN i BIC do płatności",
        "Nome do banco, IBAN e BIC para pagamento",
        "Nome do banco, IBAN e BIC para pagamento",
        "Numele băncii, IBAN și BIC pentru plată",
        "Bankens namn, IBAN och BIC för betalning",
        "Ödeme için banka adı, IBAN ve BIC",
        "Naziv banke, IBAN i BIC za plaćanje",
        "支払用の銀行名、IBAN、BIC",
        "用于付款的银行名称、IBAN 和 BIC",
    ]),
    entry!("company_iban", Text, Company, Meaning::Computed(Computed::Iban), [
        "Your company's IBAN",
        "IBAN de votre entreprise",
        "IBAN Ihres Unternehmens",
        "IBAN de su empresa",
        "IBAN della vostra azienda",
        "IBAN van uw bedrijf",
        "IBAN Twojej firmy",
        "IBAN da sua empresa",
        "IBAN da sua empresa",
        "Codul IBAN al companiei dumneavoastră",
        "Ditt företags IBAN",
        "Şirketinizin IBAN numarası",
        "IBAN vaše tvrtke",
        "自社のIBAN",
        "您公司的 IBAN",
    ]),
    entry!("company_bic", Text, Company, Meaning::Computed(Computed::Bic), [
        "Your company's BIC",
        "BIC de votre entreprise",
        "BIC Ihres Unternehmens",
        "BIC de su empresa",
        "BIC della vostra azienda",
        "BIC van uw bedrijf",
        "BIC Twojej firmy",
        "BIC da sua empresa",
        "BIC da sua empresa",
        "Codul BIC al companiei dumneavoastră",
        "Ditt företags BIC",
        "Şirketinizin BIC kodu",
        "BIC vaše tvrtke",
        "自社のBIC",
        "您公司的 BIC",
    ]),
    entry!("company_late_penalty_rate", Percent, Company, Meaning::Computed(Computed::LatePenaltyRate), [
        "Annual late-payment interest rate in force on the letter's date",
        "Taux annuel des pénalités de retard en vigueur à la date du courrier",
        "Jährlicher Verzugszinssatz, gültig zum Datum des Schreibens",
        "Tipo anual de interés de demora vigente en la fecha de la carta",
        "Tasso annuo degli interessi di mora in vigore alla data della lettera",
        "Jaarlijks percentage vertragingsrente dat geldt op de datum van de brief",
        "Roczna stopa odsetek za opóźnienie obowiązująca w dniu sporządzenia pisma",
        "Taxa anual de juros de mora em vigor na data da carta",
        "Taxa anual de juros de mora vigente na data da carta",
        "Rata anuală a penalităților de întârziere în vigoare la data scrisorii",
        "Årlig dröjsmålsränta som gäller på brevets datum",
        "Mektup tarihinde geçerli yıllık gecikme faizi oranı",
        "Godišnja stopa zateznih kamata važeća na datum dopisa",
        "書状日付時点で適用される遅延損害金の年率",
        "信函日期适用的逾期利息年利率",
    ]),
    entry!("company_recovery_cost", Money, Company, Meaning::Computed(Computed::RecoveryCost), [
        "Fixed recovery cost charged per overdue invoice",
        "Indemnité forfaitaire pour frais de recouvrement, par facture échue",
        "Verzugspauschale je überfällige Rechnung",
        "Indemnización fija por costes de cobro por cada factura vencida",
        "Importo forfettario per i costi di recupero addebitato per ogni fattura scaduta",
        "Vast bedrag aan incassokosten per vervallen factuur",
        "Stała rekompensata za koszty odzyskiwania należności za każdą przeterminowaną fakturę",
        "Indemnização fixa pelos custos de cobrança por cada fatura vencida",
        "Valor fixo de custos de cobrança por fatura vencida",
        "Sumă fixă pentru cheltuieli de recuperare, percepută pentru fiecare factură restantă",
        "Fast förseningsersättning per förfallen faktura",
        "Vadesi geçmiş fatura başına alınan sabit tahsilat masrafı",
        "Fiksna naknada troškova naplate po dospjelom računu",
        "期日超過の請求書1件ごとに請求する固定回収費用",
        "每张逾期发票收取的固定催收费用",
    ]),
    // Dates and links
    entry!("today", Date, General, Meaning::Computed(Computed::Today), [
        "The letter's date, in long form",
        "Date du courrier, au format long",
        "Datum des Schreibens in ausgeschriebener Form",
        "Fecha de la carta, en formato largo",
        "Data della lettera, in formato esteso",
        "Datum van de brief, in lange notatie",
        "Data pisma w formacie długim",
        "Data da carta, por extenso",
        "Data da carta, por extenso",
        "Data scrisorii, în format lung",
        "Brevets datum i långt format",
        "Mektubun tarihi, uzun biçimde",
        "Datum dopisa u dugom obliku",
        "書状の日付（長い形式）",
        "信函日期（长格式）",
    ]),
    entry!("payment_link", Url, General, Meaning::Computed(Computed::PaymentLink), [
        "Link to the customer's online payment page",
        "Lien vers la page de paiement en ligne du client",
        "Link zur Online-Zahlungsseite des Kunden",
        "Enlace a la página de pago en línea del cliente",
        "Link alla pagina di pagamento online del cliente",
        "Link naar de online betaalpagina van de klant",
        "Link do strony płatności online klienta",
        "Ligação para a página de pagamento online do cliente",
        "Link para a página de pagamento online do cliente",
        "Link către pagina de plată online a clientului",
        "Länk till kundens betalningssida online",
        "Müşterinin çevrimiçi ödeme sayfasının bağlantısı",
        "Poveznica na stranicu za online plaćanje kupca",
        "顧客のオンライン支払いページへのリンク",
        "客户在线付款页面的链接",
    ]),
    entry!("interactive_link", Url, General, Meaning::Computed(Computed::InteractiveLink), [
        "Link to the customer's interactive account page",
        "Lien vers la page de compte interactive du client",
        "Link zur interaktiven Kontoseite des Kunden",
        "Enlace a la página interactiva de la cuenta del cliente",
        "Link alla pagina interattiva del conto del cliente",
        "Link naar de interactieve rekeningpagina van de klant",
        "Link do interaktywnej strony konta klienta",
        "Ligação para a página interativa da conta do cliente",
        "Link para a página interativa da conta do cliente",
        "Link către pagina interactivă a contului clientului",
        "Länk till kundens interaktiva kontosida",
        "Müşterinin etkileşimli hesap sayfasının bağlantısı",
        "Poveznica na interaktivnu stranicu konta kupca",
        "顧客のインタラクティブなアカウントページへのリンク",
        "客户交互式账户页面的链接",
    ]),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::template::scan::scan_name;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test(unsupported = test)]
    fn names_are_unique_lower_case_hashtag_names() {
        for (index, entry) in ENTRIES.iter().enumerate() {
            assert_eq!(scan_name(entry.name), entry.name.len(), "{}", entry.name);
            assert_eq!(entry.name, entry.name.to_ascii_lowercase());
            assert!(ENTRIES[..index].iter().all(|earlier| earlier.name != entry.name), "{} twice", entry.name);
        }
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn every_entry_is_described_in_every_locale() {
        for entry in &ENTRIES {
            for locale in Locale::ALL {
                let description = entry.description(locale);
                assert!(!description.trim().is_empty(), "{} has no {locale} description", entry.name);
                assert!(!description.ends_with('.'), "{} {locale}: one line, no final period", entry.name);
            }
            // A translation left in English would slip through: only names and acronyms match.
            let english = entry.description(Locale::En);
            let copies = Locale::ALL[1..].iter().filter(|&&locale| entry.description(locale) == english).count();
            assert_eq!(copies, 0, "{} is untranslated somewhere", entry.name);
        }
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn selected_scope_is_exactly_the_selected_hashtags() {
        for entry in &ENTRIES {
            let selection = matches!(entry.meaning, Meaning::Items(ItemQuery { of: ItemsOf::Selection, .. }));
            assert_eq!(entry.scope == Scope::Selected, selection, "{}", entry.name);
        }
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn each_hashtag_of_the_selection_has_an_account_wide_twin() {
        let twins: Vec<_> = ENTRIES.iter().filter_map(|e| Some((e.name, e.account_twin()?.name))).collect();
        assert_eq!(
            twins,
            [
                ("items_list_selected", "items_list"),
                ("items_amount_selected", "items_amount"),
                ("items_amount_selected_late_penalties", "items_amount_late_penalties"),
                ("items_amount_selected_include_late_penalties", "items_amount_include_late_penalties"),
            ]
        );
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn blocks_and_images_stay_out_of_text_channels() {
        let sms: Vec<_> = ENTRIES.iter().filter(|e| e.channels().any(|c| c == Channel::Sms)).map(|e| e.ty).collect();
        assert!(sms.iter().all(|ty| !ty.is_block() && *ty != Type::Image));
        let logo = lookup("company_logo").unwrap();
        assert!(logo.channels().any(|c| c == Channel::Email) && !logo.channels().any(|c| c == Channel::Subject));
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn types_table_is_in_enum_order() {
        let all = [
            Type::Text,
            Type::Money,
            Type::Percent,
            Type::Date,
            Type::Url,
            Type::Image,
            Type::Address,
            Type::Table,
            Type::Bank,
        ];
        let names: Vec<_> = all.iter().map(|ty| ty.name()).collect();
        assert_eq!(names, ["text", "money", "percent", "date", "url", "image", "address", "table", "bank"]);
    }
}
