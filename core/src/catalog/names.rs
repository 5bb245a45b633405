//! The catalog's words: every entry's name as a message (`metal-18k-yellow`, …) and, for the
//! summary's running text, its lower-case form (`summary-setting-four-prong`: "four-prong
//! solitaire"). An entry the jeweler added or renamed has no translation and is said as the
//! jeweler wrote it.

use super::{Cut, Font, Metal, Origin, Setting, Stone};
use crate::i18n::Msg;
use crate::words::{as_written, lower_case};

/// The entry's `key` when `name` is still its built-in name (a translation exists); the name as
/// written when the jeweler renamed it (the key's translation would contradict them), or the key
/// with the name as fallback for an entry the files do not know.
fn named(key: String, name: &str, builtin: Option<&str>) -> Msg {
    match builtin {
        Some(b) if b != name => as_written(name),
        _ => Msg::new(key).or_text(name),
    }
}

impl Metal {
    /// The alloy's name ("18k yellow gold") in any language.
    pub fn name_msg(&self) -> Msg {
        let builtin = Metal::defaults().into_iter().find(|m| m.id == self.id);
        named(
            format!("metal-{}", self.id.as_str()),
            &self.name,
            builtin.as_ref().map(|m| m.name.as_str()),
        )
    }
}

impl Stone {
    /// The stone's name ("Blue sapphire") in any language.
    pub fn name_msg(&self) -> Msg {
        named(
            format!("stone-{}", self.id.as_str()),
            &self.name,
            self.builtin_name().as_deref(),
        )
    }

    /// The stone's name inside the summary's running text ("blue sapphire").
    pub fn name_in_text_msg(&self) -> Msg {
        match self.builtin_name() {
            Some(b) if b != self.name => as_written(lower_case(&self.name)),
            _ => Msg::new(format!("summary-stone-{}", self.id.as_str()))
                .or_text(lower_case(&self.name)),
        }
    }

    /// The jeweler's note on wear and care, in any language.
    pub fn care_msg(&self) -> Msg {
        let builtin = Stone::defaults().into_iter().find(|s| s.id == self.id);
        named(
            format!("stone-care-{}", self.id.as_str()),
            &self.care_note,
            builtin.as_ref().map(|s| s.care_note.as_str()),
        )
    }

    fn builtin_name(&self) -> Option<String> {
        Stone::defaults()
            .into_iter()
            .find(|s| s.id == self.id)
            .map(|s| s.name)
    }
}

impl Cut {
    /// The cut's name ("Round brilliant") in any language.
    pub fn name_msg(&self) -> Msg {
        named(
            format!("cut-{}", self.id.as_str()),
            &self.name,
            self.builtin_name().as_deref(),
        )
    }

    /// The cut's name inside the summary's running text ("round brilliant").
    pub fn name_in_text_msg(&self) -> Msg {
        match self.builtin_name() {
            Some(b) if b != self.name => as_written(lower_case(&self.name)),
            _ => Msg::new(format!("summary-cut-{}", self.id.as_str()))
                .or_text(lower_case(&self.name)),
        }
    }

    fn builtin_name(&self) -> Option<String> {
        Cut::defaults()
            .into_iter()
            .find(|c| c.id == self.id)
            .map(|c| c.name)
    }
}

impl Setting {
    /// The setting's name ("Four-prong solitaire") in any language.
    pub fn name_msg(&self) -> Msg {
        named(
            format!("setting-{}", self.id.as_str()),
            &self.name,
            self.builtin_name().as_deref(),
        )
    }

    /// The setting's name inside the summary's running text ("four-prong solitaire").
    pub fn name_in_text_msg(&self) -> Msg {
        match self.builtin_name() {
            Some(b) if b != self.name => as_written(lower_case(&self.name)),
            _ => Msg::new(format!("summary-setting-{}", self.id.as_str()))
                .or_text(lower_case(&self.name)),
        }
    }

    fn builtin_name(&self) -> Option<String> {
        Setting::defaults()
            .into_iter()
            .find(|s| s.id == self.id)
            .map(|s| s.name)
    }
}

impl Font {
    /// The typeface's name ("Roman serif") in any language.
    pub fn name_msg(&self) -> Msg {
        let builtin = super::EngravingRules::defaults()
            .fonts
            .into_iter()
            .find(|f| f.id == self.id);
        named(
            format!("font-{}", self.id.as_str()),
            &self.name,
            builtin.as_ref().map(|f| f.name.as_str()),
        )
    }
}

impl Origin {
    /// "Natural" or "Lab-grown", in any language.
    pub fn msg(self) -> Msg {
        Msg::new(match self {
            Origin::Natural => "origin-natural",
            Origin::LabGrown => "origin-lab-grown",
        })
    }

    /// The origin inside the summary's running text ("lab-grown").
    pub fn in_text_msg(self) -> Msg {
        Msg::new(match self {
            Origin::Natural => "summary-origin-natural",
            Origin::LabGrown => "summary-origin-lab-grown",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{Catalog, MetalId};
    use crate::words::english;

    #[test]
    fn builtin_entries_have_keys_and_renamed_ones_keep_the_jewelers_name() {
        let catalog = Catalog::builtin();
        let gold = catalog
            .metal(&MetalId::new("18k-yellow"))
            .expect("18k yellow");
        assert_eq!(gold.name_msg().key, "metal-18k-yellow");
        assert_eq!(english(&gold.name_msg()), "18k yellow gold");
        let renamed = Metal {
            name: "Gelbgold 750".into(),
            ..gold.clone()
        };
        assert_eq!(english(&renamed.name_msg()), "Gelbgold 750");
        let added = Metal {
            id: MetalId::new("rhodium-blue"),
            name: "Blue rhodium".into(),
            ..gold.clone()
        };
        assert_eq!(english(&added.name_msg()), "Blue rhodium");
        for s in &catalog.settings {
            assert_eq!(english(&s.name_msg()), s.name, "{}", s.id);
            assert_eq!(english(&s.name_in_text_msg()), s.name.to_lowercase());
        }
        for s in &catalog.stones {
            assert_eq!(english(&s.name_msg()), s.name, "{}", s.id);
            assert_eq!(english(&s.name_in_text_msg()), s.name.to_lowercase());
            assert_eq!(english(&s.care_msg()), s.care_note, "{}", s.id);
        }
        for c in &catalog.cuts {
            assert_eq!(english(&c.name_msg()), c.name, "{}", c.id);
            assert_eq!(english(&c.name_in_text_msg()), c.name.to_lowercase());
        }
        for m in &catalog.metals {
            assert_eq!(english(&m.name_msg()), m.name, "{}", m.id);
        }
        for f in &catalog.engraving.fonts {
            assert_eq!(english(&f.name_msg()), f.name, "{}", f.id);
        }
        let said = |msgs: &[Msg]| msgs.iter().map(english).collect::<Vec<_>>();
        assert_eq!(
            said(&Origin::ALL.map(Origin::msg)),
            ["Natural", "Lab-grown"]
        );
        assert_eq!(
            said(&Origin::ALL.map(Origin::in_text_msg)),
            ["natural", "lab-grown"]
        );
        assert_eq!(
            said(&crate::catalog::Finish::ALL.map(crate::catalog::Finish::msg)),
            ["Polished", "Satin", "Hammered"]
        );
        assert_eq!(
            said(&crate::catalog::BandProfile::ALL.map(crate::catalog::BandProfile::msg)),
            ["Court (comfort fit)", "D-shape", "Flat", "Knife-edge"]
        );
        assert_eq!(
            said(&crate::size::SizeSystem::ALL.map(crate::size::SizeSystem::msg)),
            [
                "US / Canada",
                "UK / Australia",
                "EU / ISO (circumference, mm)",
                "Japan",
                "Inner diameter (mm)"
            ]
        );
    }
}
