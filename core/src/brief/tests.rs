//! Validation cases for every brief field, and the JSON shape the server stores.

use super::*;
use crate::catalog::Origin;
use crate::design::{Choice, SizeChoice};
use proptest::prelude::*;

fn good() -> Brief {
    Brief {
        version: 1,
        // A size given at home, as "estimated" says.
        design: Design {
            size: SizeChoice::Known {
                size: crate::size::RingSize::US_6,
                system: crate::size::SizeSystem::Us,
            },
            ..Design::default()
        },
        contact: Contact {
            name: "Ada Lovelace".into(),
            email: "ada@example.co.uk".into(),
            phone: Some("+44 20 7946 0958".into()),
            preferred_channel: Channel::Email,
        },
        budget: Some(Budget {
            min: 3000,
            max: 6000,
            currency: "GBP".into(),
        }),
        occasion: Some(Occasion::Engagement),
        deadline: Some("2026-09-01".into()),
        size_certainty: SizeCertainty::Estimated,
        origin_preference: OriginPreference::Either,
        own_materials: OwnMaterials::default(),
        surprise: true,
        notes: "She loves vintage.\nNo nickel, please.".into(),
        attachments: vec![Attachment {
            file_name: "inspiration.jpg".into(),
            mime_type: "image/jpeg".into(),
            size_bytes: 900_000,
        }],
        consent_to_contact: true,
        locale: "en-GB".into(),
    }
}

fn errors_of(b: &Brief) -> ValidationErrors {
    b.validate().expect_err("expected errors")
}

#[test]
fn a_good_brief_validates() {
    let valid = good().validate().expect("valid");
    assert_eq!(valid.brief(), &good());
    assert!(valid.warnings().is_empty());
}

#[test]
fn json_is_versioned_and_round_trips() {
    let json = serde_json::to_value(good()).unwrap();
    assert_eq!(json["version"], 1);
    assert_eq!(json["contact"]["preferred_channel"], "email");
    assert_eq!(json["design"]["carat"]["chosen"], 1.0);
    let back: Brief = serde_json::from_value(json).unwrap();
    assert_eq!(back, good());
}

#[test]
fn other_versions_are_rejected() {
    let b = Brief {
        version: 2,
        ..good()
    };
    assert!(errors_of(&b).has("version"));
}

#[test]
fn contact_fields() {
    let with = |f: &dyn Fn(&mut Contact)| {
        let mut b = good();
        f(&mut b.contact);
        b
    };
    assert!(errors_of(&with(&|c| c.name = "  ".into())).has("contact.name"));
    assert!(errors_of(&with(&|c| c.name = "x".repeat(101))).has("contact.name"));
    assert!(
        errors_of(&with(&|c| c.name = "Ada\r\nBcc: victim@example.com".into())).has("contact.name")
    );
    for bad in [
        "ada",
        "ada@",
        "@example.com",
        "ada@example",
        "ada@@example.com",
        "a da@example.com",
        "ada@example..com",
        ".ada@example.com",
        "ada@-example.com",
        "ada@example.c0m",
        "ada@example.com\n",
    ] {
        assert!(
            errors_of(&with(&|c| c.email = bad.into())).has("contact.email"),
            "{bad:?}"
        );
    }
    for ok in [
        "a+b@example.com",
        "o'neil@sub.example.museum",
        "x@xn--bcher-kva.xn--p1ai",
    ] {
        assert!(is_reasonable_email(ok), "{ok}");
    }
    assert!(errors_of(&with(&|c| c.phone = Some("call me".into()))).has("contact.phone"));
    assert!(errors_of(&with(&|c| c.phone = Some("123".into()))).has("contact.phone"));
    let phone_without_number = with(&|c| {
        c.phone = None;
        c.preferred_channel = Channel::Phone;
    });
    assert!(errors_of(&phone_without_number).has("contact.phone"));
}

#[test]
fn budget_fields() {
    let with = |min, max, currency: &str| Brief {
        budget: Some(Budget {
            min,
            max,
            currency: currency.into(),
        }),
        ..good()
    };
    assert!(errors_of(&with(5000, 1000, "EUR")).has("budget.min"));
    assert!(errors_of(&with(0, 0, "EUR")).has("budget.max"));
    assert!(errors_of(&with(0, 20_000_000, "EUR")).has("budget.max"));
    assert!(errors_of(&with(0, 1000, "euro")).has("budget.currency"));
    assert!(with(0, 1000, "EUR").validate().is_ok());
}

#[test]
fn deadline_and_timeline() {
    let with = |d: &str| Brief {
        deadline: Some(d.into()),
        ..good()
    };
    assert!(errors_of(&with("2026-02-30")).has("deadline"));
    assert!(errors_of(&with("next spring")).has("deadline"));
    let catalog = Catalog::builtin();
    let today = IsoDate::parse("2026-07-01").unwrap();
    let rush = with("2026-08-01").validate_on(&catalog, today).unwrap();
    assert_eq!(rush.warnings()[0].code, WarningCode::RushDeadline);
    assert!(
        rush.warnings()[0]
            .message()
            .starts_with("31 days is tight:"),
        "{}",
        rush.warnings()[0].message()
    );
    let tomorrow = with("2026-07-02").validate_on(&catalog, today).unwrap();
    assert!(
        tomorrow.warnings()[0]
            .message()
            .starts_with("1 day is tight:"),
        "{}",
        tomorrow.warnings()[0].message()
    );
    let past = with("2026-06-01").validate_on(&catalog, today).unwrap_err();
    assert!(past.has("deadline"));
    assert!(with("2026-12-01")
        .validate_on(&catalog, today)
        .unwrap()
        .warnings()
        .is_empty());
}

#[test]
fn occasion_size_origin_and_materials() {
    let other = Brief {
        occasion: Some(Occasion::Other("a\nb".into())),
        ..good()
    };
    assert!(errors_of(&other).has("occasion"));
    let measured_but_unknown = Brief {
        size_certainty: SizeCertainty::Measured,
        design: Design {
            size: SizeChoice::Unknown { send_sizer: true },
            ..Design::default()
        },
        ..good()
    };
    assert!(errors_of(&measured_but_unknown).has("size_certainty"));
    let clash = Brief {
        origin_preference: OriginPreference::LabGrown,
        ..good()
    };
    assert!(errors_of(&clash).has("origin_preference"));
    let fine = Brief {
        origin_preference: OriginPreference::LabGrown,
        design: Design {
            origin: Choice::Chosen(Origin::LabGrown),
            ..good().design
        },
        ..good()
    };
    assert!(fine.validate().is_ok());
    let bringing = Brief {
        own_materials: OwnMaterials {
            stone: true,
            metal: false,
            description: String::new(),
        },
        ..good()
    };
    assert!(errors_of(&bringing).has("own_materials.description"));
}

#[test]
fn notes_consent_locale() {
    assert!(errors_of(&Brief {
        notes: "x".repeat(5001),
        ..good()
    })
    .has("notes"));
    assert!(errors_of(&Brief {
        notes: "bell\u{7}".into(),
        ..good()
    })
    .has("notes"));
    assert!(errors_of(&Brief {
        consent_to_contact: false,
        ..good()
    })
    .has("consent_to_contact"));
    for bad in ["", "english", "en_GB", "e", "en-GB-toolongsubtag"] {
        assert!(
            errors_of(&Brief {
                locale: bad.into(),
                ..good()
            })
            .has("locale"),
            "{bad}"
        );
    }
    assert!(Brief {
        locale: "zh-Hant-TW".into(),
        ..good()
    }
    .validate()
    .is_ok());
}

#[test]
fn attachment_limits() {
    let file = |name: &str, mime: &str, size| Attachment {
        file_name: name.into(),
        mime_type: mime.into(),
        size_bytes: size,
    };
    let with = |list: Vec<Attachment>| Brief {
        attachments: list,
        ..good()
    };
    assert!(
        errors_of(&with(vec![file("../etc/passwd", "image/png", 10)]))
            .has("attachments[0].file_name")
    );
    assert!(
        errors_of(&with(vec![file("a.exe", "application/x-msdownload", 10)]))
            .has("attachments[0].mime_type")
    );
    assert!(
        errors_of(&with(vec![file("a.heic", "image/heic", 10)])).has("attachments[0].mime_type"),
        "only what every browser can shrink and every mail client can show"
    );
    let max = limits::ATTACHMENT_BYTES_MAX;
    assert!(with(vec![
        file("a.png", "image/png", max);
        limits::ATTACHMENTS_MAX
    ])
    .validate()
    .is_ok());
    let too_big = errors_of(&with(vec![file("a.png", "image/png", max + 1)]));
    assert!(too_big.has("attachments[0].size_bytes"));
    assert_eq!(
        too_big.english_errors()[0].message,
        "each photo may be at most 1.1 MB"
    );
    assert!(errors_of(&with(vec![file("a.png", "image/png", 0)])).has("attachments[0].size_bytes"));
    assert!(errors_of(&with(vec![file("a.png", "image/png", 10); 6])).has("attachments"));
}

#[test]
fn a_brief_at_every_limit_fits_the_request_limit() {
    use limits::*;
    let base64 = |bytes: u64| bytes.div_ceil(3) * 4;
    let pictures =
        base64(ATTACHMENTS_TOTAL_BYTES_MAX) + base64(SNAPSHOTS_MAX as u64 * SNAPSHOT_BYTES_MAX);
    assert!(pictures + REQUEST_JSON_BYTES_MAX <= REQUEST_BYTES_MAX);
    assert_eq!(REQUEST_BYTES_MAX, 12 * 1024 * 1024);
    // The longest brief: every text at its limit, in four-byte characters where JSON allows them.
    let long = |n: usize| "💍".repeat(n);
    let brief = Brief {
        contact: Contact {
            name: long(NAME_MAX),
            ..good().contact
        },
        occasion: Some(Occasion::Other(long(OCCASION_MAX))),
        own_materials: OwnMaterials {
            stone: true,
            metal: true,
            description: long(OWN_MATERIALS_MAX),
        },
        notes: "\"".repeat(NOTES_MAX),
        attachments: vec![
            Attachment {
                file_name: long(FILE_NAME_MAX),
                mime_type: "image/webp".into(),
                size_bytes: ATTACHMENT_BYTES_MAX,
            };
            ATTACHMENTS_MAX
        ],
        ..good()
    };
    let json = serde_json::to_vec(&brief).unwrap();
    assert!(
        (json.len() as u64) * 2 < REQUEST_JSON_BYTES_MAX,
        "{} bytes of JSON",
        json.len()
    );
}

#[test]
fn megabytes_for_people() {
    assert_eq!(megabytes(25 * 1024 * 1024), "25 MB");
    assert_eq!(megabytes(limits::ATTACHMENT_BYTES_MAX), "1.1 MB");
    assert_eq!(megabytes(limits::ATTACHMENTS_TOTAL_BYTES_MAX), "5.6 MB");
}

#[test]
fn design_errors_carry_a_design_path() {
    let b = Brief {
        design: Design {
            metal: Choice::Chosen("tin".into()),
            ..Design::default()
        },
        ..good()
    };
    let e = errors_of(&b);
    assert_eq!(e.field_msgs()[0].0, "design.metal");
    assert!(e.to_string().contains("tin"));
}

proptest! {
    #[test]
    fn arbitrary_text_never_panics(name in "\\PC{0,120}", email in "\\PC{0,60}", notes in "\\PC{0,80}", locale in "\\PC{0,12}") {
        let mut b = good();
        b.contact.name = name;
        b.contact.email = email.clone();
        b.notes = notes;
        b.locale = locale;
        let _ = b.validate();
        let _ = is_reasonable_email(&email);
    }

    #[test]
    fn emails_of_a_plain_shape_pass(local in "[a-z0-9]{1,20}", domain in "[a-z0-9]{1,20}", tld in "[a-z]{2,6}") {
        let email = format!("{local}@{domain}.{tld}");
        prop_assert!(is_reasonable_email(&email));
    }
}
