//! The guided flow's steps: their order, their titles, and which design fields each one owns, so a
//! core warning about `band_width` shows up on the Band step and nowhere else.

/// One step of the guided flow, in the order a jeweler would ask.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Step {
    /// The alloy.
    Metal,
    /// The centre stone and its origin.
    Stone,
    /// The centre stone's cut and weight.
    Cut,
    /// How the stone is held.
    Setting,
    /// The band's shape, size and finish.
    Band,
    /// The ring size.
    Size,
    /// Text inside the band.
    Engraving,
    /// The hand-off to the jeweler.
    Brief,
}

impl Step {
    /// Every step, in order.
    pub const ALL: [Step; 8] = [
        Step::Metal,
        Step::Stone,
        Step::Cut,
        Step::Setting,
        Step::Band,
        Step::Size,
        Step::Engraving,
        Step::Brief,
    ];

    /// The steps on offer: the design steps only in the studio's revision mode (`revising`), where
    /// the studio's own bar takes the design back and a brief must not be sent; every step
    /// otherwise. The hand-off is the last step, so the design steps are the others.
    pub fn offered(revising: bool) -> &'static [Step] {
        match Self::ALL.split_last() {
            Some((Step::Brief, design)) if revising => design,
            _ => &Self::ALL,
        }
    }

    /// What the visitor reads in the step list and as the step's heading, in their language.
    pub fn title(self) -> String {
        crate::i18n::t(self.title_key())
    }

    /// The message key of the step's title.
    pub fn title_key(self) -> &'static str {
        match self {
            Step::Metal => "cfg-step-metal",
            Step::Stone => "cfg-step-stone",
            Step::Cut => "cfg-step-cut",
            Step::Setting => "cfg-step-setting",
            Step::Band => "cfg-step-band",
            Step::Size => "cfg-step-size",
            Step::Engraving => "cfg-step-engraving",
            Step::Brief => "cfg-step-brief",
        }
    }

    /// A stable, URL-safe name (used in element ids and the `step` query parameter).
    pub fn slug(self) -> &'static str {
        match self {
            Step::Metal => "metal",
            Step::Stone => "stone",
            Step::Cut => "cut",
            Step::Setting => "setting",
            Step::Band => "band",
            Step::Size => "size",
            Step::Engraving => "engraving",
            Step::Brief => "brief",
        }
    }

    /// The step with this slug.
    pub fn from_slug(slug: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|s| s.slug() == slug)
    }

    /// The design fields (as core's `DesignReport` names them) whose warnings belong to this step.
    pub fn fields(self) -> &'static [&'static str] {
        match self {
            Step::Metal => &["metal"],
            Step::Stone => &["stone", "origin"],
            Step::Cut => &["cut", "carat"],
            Step::Setting => &["setting"],
            Step::Band => &["band_profile", "band_width", "band_thickness", "finish"],
            Step::Size => &["size"],
            Step::Engraving => &["engraving.text", "engraving.font"],
            Step::Brief => &[],
        }
    }

    /// Position in the flow, from 0.
    pub fn index(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    /// The step after this one, if any.
    pub fn next(self) -> Option<Step> {
        Step::ALL.get(self.index() + 1).copied()
    }

    /// The step before this one, if any.
    pub fn previous(self) -> Option<Step> {
        self.index()
            .checked_sub(1)
            .and_then(|i| Step::ALL.get(i).copied())
    }
}

#[cfg(test)]
mod tests {
    use super::Step;

    #[test]
    fn steps_round_trip_and_chain() {
        for step in Step::ALL {
            assert_eq!(Step::from_slug(step.slug()), Some(step));
        }
        assert_eq!(Step::Metal.previous(), None);
        assert_eq!(Step::Brief.next(), None);
        assert_eq!(Step::Stone.next(), Some(Step::Cut));
        assert!(!Step::offered(true).contains(&Step::Brief));
        assert_eq!(Step::offered(true).len(), Step::ALL.len() - 1);
        assert_eq!(Step::offered(false), &Step::ALL);
    }

    #[test]
    fn every_design_field_has_a_home() {
        for field in [
            "metal",
            "stone",
            "origin",
            "cut",
            "carat",
            "setting",
            "band_profile",
            "band_width",
            "band_thickness",
            "finish",
            "size",
            "engraving.text",
            "engraving.font",
        ] {
            let homes = Step::ALL
                .iter()
                .filter(|s| s.fields().contains(&field))
                .count();
            assert_eq!(homes, 1, "{field}");
        }
    }
}
