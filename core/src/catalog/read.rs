//! Reading the catalog `GET /api/catalog` serves from a JSON document another parser has already
//! read (the browser's `JSON.parse`), field by field: the same catalog serde's derived reader makes
//! of that body, without that reader's code in the browser's wasm. The server and the jeweler's
//! override files keep serde.

use super::{
    Accents, BandProfile, Catalog, Cut, CutId, EngravingRules, FacetStyle, Finish, Font, FontId,
    Metal, MetalFamily, MetalId, MoneyRange, NumberRange, Origin, Outline, Prices, Setting,
    SettingId, Stone, StoneId, StoneKind, StonePrice,
};
use std::collections::BTreeMap;
use thiserror::Error;

/// A parsed JSON value, seen through the few questions the catalog reader asks of it.
pub trait Json: Sized {
    /// Whether this is an object (not an array, not null).
    fn is_object(&self) -> bool;
    /// The object's member `name`; `None` when it has none, or this is not an object.
    fn member(&self, name: &str) -> Option<Self>;
    /// The object's members in order; `None` when this is not an object.
    fn members(&self) -> Option<Vec<(String, Self)>>;
    /// The array's elements; `None` when this is not an array.
    fn elements(&self) -> Option<Vec<Self>>;
    /// The string; `None` when this is not a string.
    fn string(&self) -> Option<String>;
    /// The number; `None` when this is not a number.
    fn number(&self) -> Option<f64>;
    /// The boolean; `None` when this is not one.
    fn boolean(&self) -> Option<bool>;
    /// Whether this is `null`.
    fn is_null(&self) -> bool;
}

/// Why a document is not a catalog: where in it, and what the reader expected there.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("catalog{path}: expected {expected}")]
pub struct ReadError {
    /// Where, e.g. `.metals[2].density_g_cm3`; empty for the document itself.
    pub path: String,
    /// What was expected there, e.g. `a number`.
    pub expected: &'static str,
}

impl Catalog {
    /// The catalog in `doc`, read as serde reads `GET /api/catalog`'s body: every field required
    /// but `prices` (and a stone price's `origin`), which may be missing or `null`; members it does
    /// not know ignored; a whole number where one is expected (a number without a fraction).
    pub fn read<J: Json>(doc: &J) -> Result<Catalog, ReadError> {
        let at = At::Root;
        object(doc, &at)?;
        Ok(Catalog {
            metals: field(doc, &at, "metals", |v, at| list(v, at, metal))?,
            stones: field(doc, &at, "stones", |v, at| list(v, at, stone))?,
            cuts: field(doc, &at, "cuts", |v, at| list(v, at, cut))?,
            settings: field(doc, &at, "settings", |v, at| list(v, at, setting))?,
            band_profiles: field(doc, &at, "band_profiles", |v, at| list(v, at, band_profile))?,
            finishes: field(doc, &at, "finishes", |v, at| list(v, at, finish))?,
            band_width_mm: field(doc, &at, "band_width_mm", range)?,
            band_thickness_mm: field(doc, &at, "band_thickness_mm", range)?,
            carat: field(doc, &at, "carat", range)?,
            size_circumference_mm: field(doc, &at, "size_circumference_mm", range)?,
            engraving: field(doc, &at, "engraving", engraving)?,
            prices: optional(doc, &at, "prices", prices)?,
        })
    }
}

/// Where the reader is, for an error's path.
enum At<'a> {
    Root,
    Member(&'a At<'a>, &'a str),
    Index(&'a At<'a>, usize),
}

impl At<'_> {
    fn path(&self) -> String {
        match self {
            At::Root => String::new(),
            At::Member(outer, name) => format!("{}.{name}", outer.path()),
            At::Index(outer, i) => format!("{}[{i}]", outer.path()),
        }
    }

    fn error(&self, expected: &'static str) -> ReadError {
        ReadError {
            path: self.path(),
            expected,
        }
    }
}

type Read<J, T> = fn(&J, &At<'_>) -> Result<T, ReadError>;

fn object<J: Json>(value: &J, at: &At<'_>) -> Result<(), ReadError> {
    if value.is_object() {
        Ok(())
    } else {
        Err(at.error("an object"))
    }
}

/// The member `name` of the object `value`, read with `read`.
fn field<J: Json, T>(value: &J, at: &At<'_>, name: &str, read: Read<J, T>) -> Result<T, ReadError> {
    let here = At::Member(at, name);
    match value.member(name) {
        Some(member) => read(&member, &here),
        None => Err(here.error("a value")),
    }
}

/// Like [`field`], but a missing or `null` member is `None`.
fn optional<J: Json, T>(
    value: &J,
    at: &At<'_>,
    name: &str,
    read: Read<J, T>,
) -> Result<Option<T>, ReadError> {
    match value.member(name) {
        Some(member) if !member.is_null() => read(&member, &At::Member(at, name)).map(Some),
        _ => Ok(None),
    }
}

fn list<J: Json, T>(value: &J, at: &At<'_>, item: Read<J, T>) -> Result<Vec<T>, ReadError> {
    let elements = value.elements().ok_or_else(|| at.error("an array"))?;
    elements
        .iter()
        .enumerate()
        .map(|(i, element)| item(element, &At::Index(at, i)))
        .collect()
}

fn text<J: Json>(value: &J, at: &At<'_>) -> Result<String, ReadError> {
    value.string().ok_or_else(|| at.error("a string"))
}

fn number<J: Json>(value: &J, at: &At<'_>) -> Result<f64, ReadError> {
    value.number().ok_or_else(|| at.error("a number"))
}

fn single<J: Json>(value: &J, at: &At<'_>) -> Result<f32, ReadError> {
    number(value, at).map(|n| n as f32)
}

fn flag<J: Json>(value: &J, at: &At<'_>) -> Result<bool, ReadError> {
    value.boolean().ok_or_else(|| at.error("true or false"))
}

/// A whole number from 0 to `max`.
fn whole<J: Json>(value: &J, at: &At<'_>, max: u32) -> Result<u32, ReadError> {
    match value.number() {
        Some(n) if n >= 0.0 && n <= f64::from(max) && n.fract() == 0.0 => Ok(n as u32),
        _ => Err(at.error("a whole number in range")),
    }
}

/// `N` numbers as `f32`s, exactly `N` of them.
fn singles<J: Json, const N: usize>(value: &J, at: &At<'_>) -> Result<[f32; N], ReadError> {
    let items = list(value, at, single)?;
    items
        .try_into()
        .map_err(|_| at.error("an array of the right length"))
}

/// One of `names`, by its name.
fn one_of<J: Json, T: Copy>(
    value: &J,
    at: &At<'_>,
    names: &[(&str, T)],
    expected: &'static str,
) -> Result<T, ReadError> {
    let name = value.string().ok_or_else(|| at.error(expected))?;
    names
        .iter()
        .find(|(n, _)| *n == name)
        .map(|&(_, v)| v)
        .ok_or_else(|| at.error(expected))
}

const FAMILIES: [(&str, MetalFamily); 6] = [
    ("yellow-gold", MetalFamily::YellowGold),
    ("white-gold", MetalFamily::WhiteGold),
    ("rose-gold", MetalFamily::RoseGold),
    ("platinum", MetalFamily::Platinum),
    ("palladium", MetalFamily::Palladium),
    ("silver", MetalFamily::Silver),
];
const KINDS: [(&str, StoneKind); 2] = [("gem", StoneKind::Gem), ("own-stone", StoneKind::OwnStone)];
const ORIGINS: [(&str, Origin); 2] = [
    ("natural", Origin::Natural),
    ("lab-grown", Origin::LabGrown),
];
const OUTLINES: [(&str, Outline); 7] = [
    ("ellipse", Outline::Ellipse),
    ("rectangle", Outline::Rectangle),
    ("cut-corner-rectangle", Outline::CutCornerRectangle),
    ("cushion", Outline::Cushion),
    ("pear", Outline::Pear),
    ("marquise", Outline::Marquise),
    ("heart", Outline::Heart),
];
const FACETS: [(&str, FacetStyle); 3] = [
    ("brilliant", FacetStyle::Brilliant),
    ("step", FacetStyle::Step),
    ("mixed", FacetStyle::Mixed),
];
const ACCENTS: [(&str, Accents); 5] = [
    ("none", Accents::None),
    ("halo", Accents::Halo),
    ("pave-shoulders", Accents::PaveShoulders),
    ("side-stones", Accents::SideStones),
    ("all-around", Accents::AllAround),
];
const PROFILES: [(&str, BandProfile); 4] = [
    ("court", BandProfile::Court),
    ("d-shape", BandProfile::DShape),
    ("flat", BandProfile::Flat),
    ("knife-edge", BandProfile::KnifeEdge),
];
const FINISHES: [(&str, Finish); 3] = [
    ("polished", Finish::Polished),
    ("satin", Finish::Satin),
    ("hammered", Finish::Hammered),
];

fn origin<J: Json>(value: &J, at: &At<'_>) -> Result<Origin, ReadError> {
    one_of(value, at, &ORIGINS, "an origin")
}

fn band_profile<J: Json>(value: &J, at: &At<'_>) -> Result<BandProfile, ReadError> {
    one_of(value, at, &PROFILES, "a band profile")
}

fn finish<J: Json>(value: &J, at: &At<'_>) -> Result<Finish, ReadError> {
    one_of(value, at, &FINISHES, "a finish")
}

fn metal<J: Json>(value: &J, at: &At<'_>) -> Result<Metal, ReadError> {
    object(value, at)?;
    Ok(Metal {
        id: MetalId(field(value, at, "id", text)?),
        name: field(value, at, "name", text)?,
        family: field(value, at, "family", |v, at| {
            one_of(v, at, &FAMILIES, "a metal family")
        })?,
        fineness: field(value, at, "fineness", |v, at| {
            whole(v, at, u16::MAX.into()).map(|n| n as u16)
        })?,
        density_g_cm3: field(value, at, "density_g_cm3", single)?,
        reflectance_linear: field(value, at, "reflectance_linear", singles)?,
        suits_prongs: field(value, at, "suits_prongs", flag)?,
    })
}

fn stone<J: Json>(value: &J, at: &At<'_>) -> Result<Stone, ReadError> {
    object(value, at)?;
    Ok(Stone {
        id: StoneId(field(value, at, "id", text)?),
        name: field(value, at, "name", text)?,
        species: field(value, at, "species", text)?,
        kind: field(value, at, "kind", |v, at| {
            one_of(v, at, &KINDS, "a stone kind")
        })?,
        origins: field(value, at, "origins", |v, at| list(v, at, origin))?,
        refractive_index: field(value, at, "refractive_index", single)?,
        dispersion: field(value, at, "dispersion", single)?,
        specific_gravity: field(value, at, "specific_gravity", single)?,
        body_colour_linear: field(value, at, "body_colour_linear", singles)?,
        absorption_per_mm: field(value, at, "absorption_per_mm", singles)?,
        mohs: field(value, at, "mohs", singles)?,
        care_note: field(value, at, "care_note", text)?,
    })
}

fn cut<J: Json>(value: &J, at: &At<'_>) -> Result<Cut, ReadError> {
    object(value, at)?;
    Ok(Cut {
        id: CutId(field(value, at, "id", text)?),
        name: field(value, at, "name", text)?,
        outline: field(value, at, "outline", |v, at| {
            one_of(v, at, &OUTLINES, "an outline")
        })?,
        facets: field(value, at, "facets", |v, at| {
            one_of(v, at, &FACETS, "a facet style")
        })?,
        length_to_width: field(value, at, "length_to_width", number)?,
        table_pct: field(value, at, "table_pct", number)?,
        crown_angle_deg: field(value, at, "crown_angle_deg", number)?,
        pavilion_angle_deg: field(value, at, "pavilion_angle_deg", number)?,
        depth_pct: field(value, at, "depth_pct", number)?,
        girdle_pct: field(value, at, "girdle_pct", number)?,
        outline_fill: field(value, at, "outline_fill", number)?,
        pavilion_fill: field(value, at, "pavilion_fill", number)?,
    })
}

fn setting<J: Json>(value: &J, at: &At<'_>) -> Result<Setting, ReadError> {
    object(value, at)?;
    Ok(Setting {
        id: SettingId(field(value, at, "id", text)?),
        name: field(value, at, "name", text)?,
        centre_stone: field(value, at, "centre_stone", flag)?,
        prongs: field(value, at, "prongs", |v, at| {
            whole(v, at, u8::MAX.into()).map(|n| n as u8)
        })?,
        bezel: field(value, at, "bezel", flag)?,
        accents: field(value, at, "accents", |v, at| {
            one_of(v, at, &ACCENTS, "an accent style")
        })?,
        resize_us_sizes: field(value, at, "resize_us_sizes", number)?,
    })
}

fn range<J: Json>(value: &J, at: &At<'_>) -> Result<NumberRange, ReadError> {
    object(value, at)?;
    Ok(NumberRange {
        min: field(value, at, "min", number)?,
        max: field(value, at, "max", number)?,
        default: field(value, at, "default", number)?,
        step: field(value, at, "step", number)?,
    })
}

fn engraving<J: Json>(value: &J, at: &At<'_>) -> Result<EngravingRules, ReadError> {
    object(value, at)?;
    Ok(EngravingRules {
        max_chars: field(value, at, "max_chars", |v, at| {
            whole(v, at, u32::MAX).map(|n| n as usize)
        })?,
        extra_characters: field(value, at, "extra_characters", text)?,
        fonts: field(value, at, "fonts", |v, at| list(v, at, font))?,
    })
}

fn font<J: Json>(value: &J, at: &At<'_>) -> Result<Font, ReadError> {
    object(value, at)?;
    Ok(Font {
        id: FontId(field(value, at, "id", text)?),
        name: field(value, at, "name", text)?,
    })
}

fn money<J: Json>(value: &J, at: &At<'_>) -> Result<MoneyRange, ReadError> {
    object(value, at)?;
    Ok(MoneyRange {
        low: field(value, at, "low", number)?,
        high: field(value, at, "high", number)?,
    })
}

fn prices<J: Json>(value: &J, at: &At<'_>) -> Result<Prices, ReadError> {
    object(value, at)?;
    Ok(Prices {
        currency: field(value, at, "currency", text)?,
        prices_date: field(value, at, "prices_date", text)?,
        metal_per_gram: field(value, at, "metal_per_gram", per_gram)?,
        stone_per_carat: field(value, at, "stone_per_carat", |v, at| {
            list(v, at, stone_price)
        })?,
        labour: field(value, at, "labour", money)?,
    })
}

fn per_gram<J: Json>(value: &J, at: &At<'_>) -> Result<BTreeMap<MetalId, f64>, ReadError> {
    let members = value.members().ok_or_else(|| at.error("an object"))?;
    members
        .into_iter()
        .map(|(id, price)| {
            let price = number(&price, &At::Member(at, &id))?;
            Ok((MetalId(id), price))
        })
        .collect()
}

fn stone_price<J: Json>(value: &J, at: &At<'_>) -> Result<StonePrice, ReadError> {
    object(value, at)?;
    Ok(StonePrice {
        stone: StoneId(field(value, at, "stone", text)?),
        origin: optional(value, at, "origin", origin)?,
        per_carat: field(value, at, "per_carat", money)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Value};

    impl Json for Value {
        fn is_object(&self) -> bool {
            self.is_object()
        }
        fn member(&self, name: &str) -> Option<Self> {
            self.get(name).cloned()
        }
        fn members(&self) -> Option<Vec<(String, Self)>> {
            self.as_object()
                .map(|m| m.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
        }
        fn elements(&self) -> Option<Vec<Self>> {
            self.as_array().cloned()
        }
        fn string(&self) -> Option<String> {
            self.as_str().map(str::to_owned)
        }
        fn number(&self) -> Option<f64> {
            self.as_f64()
        }
        fn boolean(&self) -> Option<bool> {
            self.as_bool()
        }
        fn is_null(&self) -> bool {
            self.is_null()
        }
    }

    /// The built-in catalog with a price list that has both an origin and none.
    fn priced() -> Catalog {
        let mut catalog = Catalog::builtin();
        let mut prices = Prices::example();
        prices.stone_per_carat.push(StonePrice {
            stone: StoneId::new("ruby"),
            origin: None,
            per_carat: MoneyRange {
                low: 10.5,
                high: 20.25,
            },
        });
        catalog.prices = Some(prices);
        catalog
    }

    #[test]
    fn reads_what_the_server_serves() {
        for catalog in [Catalog::builtin(), priced()] {
            let doc = serde_json::to_value(&catalog).unwrap();
            assert_eq!(Catalog::read(&doc), Ok(catalog));
        }
    }

    #[test]
    fn every_name_is_the_one_serde_writes() {
        fn same<T: serde::Serialize>(names: &[(&str, T)]) {
            for (name, value) in names {
                assert_eq!(serde_json::to_value(value).unwrap(), json!(name));
            }
        }
        same(&FAMILIES);
        same(&KINDS);
        same(&ORIGINS);
        same(&OUTLINES);
        same(&FACETS);
        same(&ACCENTS);
        same(&PROFILES);
        same(&FINISHES);
        // A variant added to one of these enums must be added to its table too: these matches stop
        // compiling until it is, and the table lengths above are checked against them.
        let count = |f: MetalFamily| match f {
            MetalFamily::YellowGold
            | MetalFamily::WhiteGold
            | MetalFamily::RoseGold
            | MetalFamily::Platinum
            | MetalFamily::Palladium
            | MetalFamily::Silver => 6,
        };
        assert_eq!(count(MetalFamily::Silver), FAMILIES.len());
        let count = |o: Outline| match o {
            Outline::Ellipse
            | Outline::Rectangle
            | Outline::CutCornerRectangle
            | Outline::Cushion
            | Outline::Pear
            | Outline::Marquise
            | Outline::Heart => 7,
        };
        assert_eq!(count(Outline::Heart), OUTLINES.len());
        let count = |f: FacetStyle| match f {
            FacetStyle::Brilliant | FacetStyle::Step | FacetStyle::Mixed => 3,
        };
        assert_eq!(count(FacetStyle::Step), FACETS.len());
        let count = |a: Accents| match a {
            Accents::None
            | Accents::Halo
            | Accents::PaveShoulders
            | Accents::SideStones
            | Accents::AllAround => 5,
        };
        assert_eq!(count(Accents::Halo), ACCENTS.len());
        let count = |k: StoneKind| match k {
            StoneKind::Gem | StoneKind::OwnStone => 2,
        };
        assert_eq!(count(StoneKind::Gem), KINDS.len());
        assert_eq!(Origin::ALL.len(), ORIGINS.len());
        assert_eq!(BandProfile::ALL.len(), PROFILES.len());
        assert_eq!(Finish::ALL.len(), FINISHES.len());
    }

    #[test]
    fn a_broken_document_is_an_error_that_says_where() {
        let error = |doc: Value| Catalog::read(&doc).unwrap_err();
        for doc in [json!(null), json!([]), json!("catalog"), json!(5)] {
            assert_eq!(
                error(doc),
                ReadError {
                    path: String::new(),
                    expected: "an object"
                }
            );
        }
        assert_eq!(error(json!({})).path, ".metals");
        let original = serde_json::to_value(priced()).unwrap();
        let mut doc = original.clone();
        doc["metals"][2]["density_g_cm3"] = json!("heavy");
        assert_eq!(
            error(doc.clone()).to_string(),
            "catalog.metals[2].density_g_cm3: expected a number"
        );
        doc["metals"][2] = original["metals"][2].clone();
        doc["prices"]["metal_per_gram"]["18k-yellow"] = json!(null);
        assert_eq!(
            error(doc.clone()).to_string(),
            "catalog.prices.metal_per_gram.18k-yellow: expected a number"
        );
        doc["prices"] = original["prices"].clone();
        doc["stones"][0]["mohs"] = json!([10]);
        assert_eq!(
            error(doc.clone()).to_string(),
            "catalog.stones[0].mohs: expected an array of the right length"
        );
        doc["stones"][0] = original["stones"][0].clone();
        doc["settings"][1]["prongs"] = json!(4.5);
        assert_eq!(error(doc.clone()).path, ".settings[1].prongs");
        doc["settings"][1] = original["settings"][1].clone();
        doc["cuts"][0]["outline"] = json!("Ellipse");
        assert_eq!(error(doc.clone()).expected, "an outline");
        doc["cuts"][0]["outline"] = json!("ellipse");
        doc["cuts"][0]["sparkle"] = json!("unknown members are ignored");
        assert_eq!(Catalog::read(&doc), Ok(priced()));
    }

    /// Every place in the served document, broken every way: the reader refuses exactly what
    /// serde's derived reader refuses, and reads the same catalog from everything else.
    #[test]
    fn refuses_what_serde_refuses() {
        let original = serde_json::to_value(priced()).unwrap();
        let replacements = [
            json!(null),
            json!(true),
            json!("x"),
            json!("natural"),
            json!(1.5),
            json!(-1),
            json!(300),
            json!(70000),
            json!([]),
            json!({}),
            json!([0.5, 0.5]),
            json!([0.5, 0.5, 0.5]),
            json!({"low": 1, "high": 2}),
        ];
        let mut places = Vec::new();
        collect_places(&original, &mut Vec::new(), &mut places);
        assert!(places.len() > 300, "{}", places.len());
        let mut compared = 0;
        for place in &places {
            let mut documents = Vec::new();
            if let Some((Step::Key(key), parent)) = place.split_last() {
                let mut removed = original.clone();
                if let Some(Value::Object(map)) = at_mut(&mut removed, parent) {
                    map.remove(key);
                    documents.push(removed);
                }
            }
            for replacement in &replacements {
                let mut doc = original.clone();
                if let Some(value) = at_mut(&mut doc, place) {
                    *value = replacement.clone();
                    documents.push(doc);
                }
            }
            for doc in documents {
                let ours = Catalog::read(&doc);
                let serde = serde_json::from_value::<Catalog>(doc.clone());
                match (&ours, &serde) {
                    (Ok(a), Ok(b)) => assert_eq!(a, b, "{place:?} in {doc}"),
                    (Err(_), Err(_)) => {}
                    // serde also reads a struct from an array of its fields in order, a form the
                    // server never writes; this reader wants the object.
                    (Err(e), Ok(_))
                        if e.expected == "an object"
                            && at_mut(&mut doc.clone(), place).is_some_and(|v| v.is_array()) => {}
                    _ => panic!("{place:?}: ours {ours:?}, serde {serde:?}"),
                }
                compared += 1;
            }
        }
        assert!(compared > 4000, "{compared}");
    }

    #[derive(Debug, Clone)]
    enum Step {
        Key(String),
        Index(usize),
    }

    fn collect_places(value: &Value, path: &mut Vec<Step>, out: &mut Vec<Vec<Step>>) {
        out.push(path.clone());
        match value {
            Value::Object(map) => {
                for (key, member) in map {
                    path.push(Step::Key(key.clone()));
                    collect_places(member, path, out);
                    path.pop();
                }
            }
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    path.push(Step::Index(i));
                    collect_places(item, path, out);
                    path.pop();
                }
            }
            _ => {}
        }
    }

    fn at_mut<'a>(value: &'a mut Value, path: &[Step]) -> Option<&'a mut Value> {
        path.iter().try_fold(value, |v, step| match step {
            Step::Key(key) => v.get_mut(key.as_str()),
            Step::Index(i) => v.get_mut(*i),
        })
    }
}
