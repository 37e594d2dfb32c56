//! Re-exports ICU4X's own compiled data (CLDR 49, from the `icu_*_data` crates) as baked data
//! limited to the 15 locales of the product and to the data markers that
//! `src/locale/cldr.rs` uses, into `src/locale/data/` (overwritten), with one correction (the
//! currency symbols' spacing flags, see [`Fixed`]).
//!
//! CLDR's sources cannot be downloaded on the project's machines, so this re-exports the
//! compiled data instead of running the full `icu4x-datagen` on CLDR JSON.
//!
//! Run from the repository root:
//!
//! ```sh
//! CARGO_TARGET_DIR=/work/icu-target cargo run --release --manifest-path tools/icu-export/Cargo.toml
//! ```
//!
//! An optional argument names another output directory.

extern crate alloc;

use icu_datetime::provider::names::{DatetimeNamesMonthGregorianV1, DatetimeNamesYearGregorianV1};
use icu_datetime::provider::semantic_skeletons::DatetimePatternsDateGregorianV1;
use icu_decimal::provider::{DecimalDigitsV1, DecimalSymbolsV1};
use icu_experimental::dimension::provider::currency::essentials::CurrencyEssentialsV1;
use icu_experimental::dimension::provider::currency::fractions::CurrencyFractionsV1;
use icu_experimental::dimension::provider::currency::no_currency::CurrencyPatternsNoCurrencyV1;
use icu_experimental::dimension::provider::currency::symbols::{
    CurrencyDecimalSymbolsV1, CurrencySymbol, CurrencySymbolsV1,
};
use icu_experimental::dimension::provider::percent::DecimalPercentV1;
use icu_properties::props::{GeneralCategory, GeneralCategoryGroup};
use icu_properties::CodePointMapData;
use icu_provider::prelude::*;
use icu_provider_export::baked_exporter::{BakedExporter, Options};
use icu_provider_export::prelude::*;

/// The product's locales (src/locale/mod.rs). Each family is the locale and its ancestors
/// (`fr` → `und`; `pt-PT` → `pt` → `und`), without regional descendants (`fr-CA`, ...): at
/// run time a locale outside the set falls back to its ancestors, then to root.
const LOCALES: [&str; 15] =
    ["en", "fr", "de", "es", "it", "nl", "pl", "pt-PT", "pt-BR", "ro", "sv", "tr", "hr", "ja", "zh-CN"];

/// ICU4X's compiled data, as a provider that can be iterated for export.
struct Compiled;

// The generated macros name types through the `icu` meta-crate.
mod icu {
    pub use icu_datetime as datetime;
    pub use icu_decimal as decimal;
    pub use icu_experimental as experimental;
}

const _: () = {
    use icu_datetime_data::*;
    use icu_decimal_data::*;
    use icu_experimental_data::*;
    icu_decimal_data::make_provider!(Compiled);
    impl_decimal_symbols_v1!(Compiled, ITER);
    impl_decimal_digits_v1!(Compiled, ITER);

    impl_currency_essentials_v1!(Compiled, ITER);
    impl_currency_symbols_v1!(Compiled, ITER);
    impl_currency_decimal_symbols_v1!(Compiled, ITER);
    // Its ITER arm has a typo (`std::collections::BtreeSet`): iterable by hand below.
    impl_currency_fractions_v1!(Compiled);
    impl_currency_patterns_no_currency_v1!(Compiled, ITER);
    impl_decimal_percent_v1!(Compiled, ITER);

    impl_datetime_patterns_date_gregorian_v1!(Compiled, ITER);
    impl_datetime_names_year_gregorian_v1!(Compiled, ITER);
    impl_datetime_names_month_gregorian_v1!(Compiled, ITER);
};

/// The currency fractions are one singleton payload.
impl icu_provider::IterableDataProvider<CurrencyFractionsV1> for Compiled {
    fn iter_ids(&self) -> Result<std::collections::BTreeSet<DataIdentifierCow<'static>>, DataError> {
        Ok([DataIdentifierCow::default()].into_iter().collect())
    }
}

/// The compiled data with one correction: a currency symbol's "starts/ends with a letter" flags.
///
/// They choose the pattern that puts a space between the symbol and the number (en: `Cg. 1.00`
/// but `$1.00`). CLDR's currency spacing rule (and ICU's, hence Intl's) spaces a symbol whose
/// character next to the number is neither a symbol (S*) nor a separator (Z*): letters, but
/// also punctuation (`Cg.`, `F.G.`) and digits. ICU4X's data generator sets the flags for
/// letters only; they are recomputed here with the rule.
struct Fixed;

macro_rules! delegate {
    ($($marker:ty),+ $(,)?) => {
        $(
            impl DataProvider<$marker> for Fixed {
                fn load(&self, req: DataRequest) -> Result<DataResponse<$marker>, DataError> {
                    DataProvider::<$marker>::load(&Compiled, req)
                }
            }
            impl icu_provider::IterableDataProvider<$marker> for Fixed {
                fn iter_ids(&self) -> Result<std::collections::BTreeSet<DataIdentifierCow<'static>>, DataError> {
                    icu_provider::IterableDataProvider::<$marker>::iter_ids(&Compiled)
                }
            }
        )+
    };
}

delegate!(
    DecimalSymbolsV1,
    DecimalDigitsV1,
    CurrencyEssentialsV1,
    CurrencyDecimalSymbolsV1,
    CurrencyFractionsV1,
    CurrencyPatternsNoCurrencyV1,
    DecimalPercentV1,
    DatetimePatternsDateGregorianV1,
    DatetimeNamesYearGregorianV1,
    DatetimeNamesMonthGregorianV1,
);

impl DataProvider<CurrencySymbolsV1> for Fixed {
    fn load(&self, req: DataRequest) -> Result<DataResponse<CurrencySymbolsV1>, DataError> {
        let response = DataProvider::<CurrencySymbolsV1>::load(&Compiled, req)?;
        let symbol = response.payload.get().as_str();
        let fixed = CurrencySymbol::new(
            symbol,
            symbol.chars().next().is_some_and(spaced_from_number),
            symbol.chars().next_back().is_some_and(spaced_from_number),
        );
        Ok(DataResponse { metadata: response.metadata, payload: DataPayload::from_owned(fixed) })
    }
}

impl icu_provider::IterableDataProvider<CurrencySymbolsV1> for Fixed {
    fn iter_ids(&self) -> Result<std::collections::BTreeSet<DataIdentifierCow<'static>>, DataError> {
        icu_provider::IterableDataProvider::<CurrencySymbolsV1>::iter_ids(&Compiled)
    }
}

/// CLDR's `currencyMatch`, `[[:^S:]&[:^Z:]]`: a symbol character that the number is spaced from.
fn spaced_from_number(c: char) -> bool {
    let category = CodePointMapData::<GeneralCategory>::new().get(c);
    !GeneralCategoryGroup::Symbol.contains(category) && !GeneralCategoryGroup::Separator.contains(category)
}

icu_provider::export::make_exportable_provider!(
    Fixed,
    [
        DecimalSymbolsV1,
        DecimalDigitsV1,
        CurrencyEssentialsV1,
        CurrencySymbolsV1,
        CurrencyDecimalSymbolsV1,
        CurrencyFractionsV1,
        CurrencyPatternsNoCurrencyV1,
        DecimalPercentV1,
        DatetimePatternsDateGregorianV1,
        DatetimeNamesYearGregorianV1,
        DatetimeNamesMonthGregorianV1,
    ]
);

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let out = std::env::args().nth(1).unwrap_or_else(|| "src/locale/data".to_owned());
    let families =
        LOCALES.iter().map(|tag| format!("^{tag}").parse::<DataLocaleFamily>()).collect::<Result<Vec<_>, _>>()?;
    let mut options = Options::default();
    // Types named through the component crates (`icu_decimal::...`), which dunning depends on,
    // not the `icu` meta-crate; rustfmt'd so that a regeneration diffs readably.
    options.use_separate_crates = true;
    options.overwrite = true;
    options.pretty = true;
    let exporter = BakedExporter::new(out.clone().into(), options)?;
    ExportDriver::new(families, DeduplicationStrategy::Maximal.into(), LocaleFallbacker::new().static_to_owned())
        .export(&Fixed, exporter)?;
    fix_typos(std::path::Path::new(&out))?;
    eprintln!("baked data written to {out}");
    Ok(())
}

/// icu_provider_baked 2.4 spells `BTreeSet` as `BtreeSet` in the iterable arm of singleton
/// markers' macros (`impl_*!(P, ITER)`). dunning never expands that arm, but the data should
/// compile whichever arm is used. Its usage example is marked `ignore`, which would show as an
/// ignored doc test of dunning's: it is marked `text`, which rustdoc does not run.
fn fix_typos(dir: &std::path::Path) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let text = std::fs::read_to_string(&path)?;
        let fixed = text.replace("collections::BtreeSet", "collections::BTreeSet").replace("/// ```ignore", "/// ```text");
        if fixed != text {
            std::fs::write(&path, fixed)?;
        }
    }
    Ok(())
}
