//! The small value types a design is made of: "chosen or advise me", carats and millimetres held as
//! exact integers so designs compare, hash and round-trip through share links byte for byte.

use serde::{Deserialize, Serialize};

/// A visitor's answer to one question: a choice, or "not sure, advise me".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Choice<T> {
    /// The visitor chose this.
    Chosen(T),
    /// The visitor would like the jeweler's advice.
    AdviseMe,
}

impl<T> Choice<T> {
    /// The chosen value, if any.
    pub fn chosen(&self) -> Option<&T> {
        match self {
            Choice::Chosen(v) => Some(v),
            Choice::AdviseMe => None,
        }
    }

    /// Whether the visitor asked for advice.
    pub fn is_advise_me(&self) -> bool {
        matches!(self, Choice::AdviseMe)
    }
}

impl<T> From<T> for Choice<T> {
    fn from(value: T) -> Self {
        Choice::Chosen(value)
    }
}

/// A weight in carats, held in points (hundredths of a carat), the precision jewelers quote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Carat {
    points: u32,
}

/// Most points a [`Carat`] may hold when read from outside (1000 ct); the catalog limits it further.
pub const MAX_POINTS: u32 = 100_000;

impl Carat {
    /// A weight from points (100 points = 1 ct), capped at [`MAX_POINTS`].
    pub fn from_points(points: u32) -> Carat {
        Carat {
            points: points.min(MAX_POINTS),
        }
    }

    /// A weight in carats, rounded to the point; `None` if negative, non-finite or above 1000 ct.
    pub fn from_carats(carats: f64) -> Option<Carat> {
        let points = (carats * 100.0).round();
        (points.is_finite() && (0.0..=f64::from(MAX_POINTS)).contains(&points)).then_some(Carat {
            points: points as u32,
        })
    }

    /// Hundredths of a carat.
    pub fn points(self) -> u32 {
        self.points
    }

    /// Carats.
    pub fn carats(self) -> f64 {
        f64::from(self.points) / 100.0
    }
}

impl Serialize for Carat {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_f64(self.carats())
    }
}

impl<'de> Deserialize<'de> for Carat {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let carats = f64::deserialize(d)?;
        Carat::from_carats(carats)
            .ok_or_else(|| serde::de::Error::custom("carats must be between 0 and 1000"))
    }
}

/// A length in millimetres, held in hundredths of a millimetre (10 µm, finer than any workshop tolerance).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Mm {
    centi: u32,
}

/// Most hundredths an [`Mm`] may hold when read from outside (1 m).
pub const MAX_CENTI_MM: u32 = 100_000;

impl Mm {
    /// A length from hundredths of a millimetre, capped at [`MAX_CENTI_MM`].
    pub fn from_centi(centi: u32) -> Mm {
        Mm {
            centi: centi.min(MAX_CENTI_MM),
        }
    }

    /// A length in millimetres rounded to 0.01 mm; `None` if negative, non-finite or above 1 m.
    pub fn from_mm(mm: f64) -> Option<Mm> {
        let centi = (mm * 100.0).round();
        (centi.is_finite() && (0.0..=f64::from(MAX_CENTI_MM)).contains(&centi)).then_some(Mm {
            centi: centi as u32,
        })
    }

    /// Hundredths of a millimetre.
    pub fn centi(self) -> u32 {
        self.centi
    }

    /// Millimetres.
    pub fn mm(self) -> f64 {
        f64::from(self.centi) / 100.0
    }
}

impl Serialize for Mm {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_f64(self.mm())
    }
}

impl<'de> Deserialize<'de> for Mm {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let mm = f64::deserialize(d)?;
        Mm::from_mm(mm)
            .ok_or_else(|| serde::de::Error::custom("millimetres must be between 0 and 1000"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn json_reads_like_a_jeweler_writes() {
        assert_eq!(
            serde_json::to_string(&Carat::from_points(125)).unwrap(),
            "1.25"
        );
        assert_eq!(serde_json::to_string(&Mm::from_centi(200)).unwrap(), "2.0");
        let c: Choice<Carat> = serde_json::from_str(r#"{"chosen":1.0}"#).unwrap();
        assert_eq!(c, Choice::Chosen(Carat::from_points(100)));
        let a: Choice<Carat> = serde_json::from_str(r#""advise-me""#).unwrap();
        assert!(a.is_advise_me());
        assert!(serde_json::from_str::<Carat>("-1").is_err());
        assert!(serde_json::from_str::<Mm>("1e300").is_err());
    }

    proptest! {
        #[test]
        fn carats_round_trip_through_json(points in 0u32..=MAX_POINTS) {
            let c = Carat::from_points(points);
            let back: Carat = serde_json::from_str(&serde_json::to_string(&c).unwrap()).unwrap();
            prop_assert_eq!(back, c);
        }

        #[test]
        fn millimetres_round_trip_through_json(centi in 0u32..=MAX_CENTI_MM) {
            let m = Mm::from_centi(centi);
            let back: Mm = serde_json::from_str(&serde_json::to_string(&m).unwrap()).unwrap();
            prop_assert_eq!(back, m);
        }

        #[test]
        fn any_float_is_handled(x in proptest::num::f64::ANY) {
            let _ = (Carat::from_carats(x), Mm::from_mm(x));
        }
    }
}
