//! The demo: a region with a large city, a small town and a rural village, their
//! organisations and people, with content in Italian, English and Arabic. Seeded once.

use piazza_domain::{AccountId, CommunityId, Role};
use piazza_store::Db;
use piazza_store::accounts::NewAccount;
use piazza_store::communities::CommunityFields;
use piazza_store::organisations::OrganisationFields;

use crate::AppResult;
use crate::security::hash_password;

/// Every demo account shares this password, printed when the demo starts.
pub const DEMO_PASSWORD: &str = "piazza-demo";

const SEEDED_MARKER: &str = "demo_seeded_at";

/// One account of the demo, as printed for the person exploring it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct DemoAccount {
    pub username: String,
    pub password: &'static str,
    /// `instance-admin`, a community role key, or `resident`.
    pub role: &'static str,
    pub community: Option<&'static str>,
}

struct DemoCommunity {
    slug: &'static str,
    name: &'static str,
    kind: &'static str,
    settlement_type: &'static str,
    population: i64,
    parent: Option<&'static str>,
    locales: &'static str,
    /// (locale, tagline, description)
    texts: &'static [(&'static str, &'static str, &'static str)],
}

const COMMUNITIES: &[DemoCommunity] = &[
    DemoCommunity {
        slug: "valle-del-lora",
        name: "Valle del Lora",
        kind: "region",
        settlement_type: "peri-urban",
        population: 612_400,
        parent: None,
        locales: "it,en,ar",
        texts: &[
            (
                "it",
                "Una valle, tre comunità, un unico spazio per decidere insieme.",
                "La Valle del Lora unisce la città di Lorenza, la cittadina di San Vito al Lora e il borgo di Pietrabuona. Qui i comuni condividono pratiche, idee e risorse: quello che funziona in città può nascere anche in montagna, e viceversa.",
            ),
            (
                "en",
                "One valley, three communities, one place to decide together.",
                "The Lora Valley brings together the city of Lorenza, the town of San Vito al Lora and the village of Pietrabuona. Its municipalities share practices, ideas and resources: what works in the city can take root in the mountains, and the other way round.",
            ),
            (
                "ar",
                "وادٍ واحد، ثلاث مجتمعات، ومكان واحد لنقرّر معًا.",
                "يجمع وادي لورا مدينة لورينزا وبلدة سان فيتو آل لورا وقرية بييترابوونا. تتبادل بلدياته التجارب والأفكار والموارد: ما ينجح في المدينة يمكن أن يزدهر في الجبل، والعكس صحيح.",
            ),
        ],
    },
    DemoCommunity {
        slug: "lorenza",
        name: "Lorenza",
        kind: "municipality",
        settlement_type: "urban",
        population: 412_300,
        parent: Some("valle-del-lora"),
        locales: "it,en,ar",
        texts: &[
            (
                "it",
                "La città che progetta i suoi servizi con chi ci vive.",
                "Lorenza è il capoluogo della valle: 412 mila abitanti, venti quartieri, un porto fluviale e un'università. Il Comune apre qui i suoi percorsi partecipativi sul verde urbano, la mobilità e i servizi di quartiere.",
            ),
            (
                "en",
                "The city that designs its services with the people who live in it.",
                "Lorenza is the valley's main city: 412,000 residents, twenty neighbourhoods, a river port and a university. The municipality opens its participatory processes on urban green space, mobility and neighbourhood services here.",
            ),
            (
                "ar",
                "مدينة تصمّم خدماتها مع سكانها.",
                "لورينزا هي المدينة الرئيسية في الوادي: ٤١٢ ألف نسمة وعشرون حيًّا وميناء نهري وجامعة. تفتح البلدية هنا مساراتها التشاركية حول المساحات الخضراء والتنقّل وخدمات الأحياء.",
            ),
        ],
    },
    DemoCommunity {
        slug: "san-vito-al-lora",
        name: "San Vito al Lora",
        kind: "municipality",
        settlement_type: "peri-urban",
        population: 8_940,
        parent: Some("valle-del-lora"),
        locales: "it,en",
        texts: &[
            (
                "it",
                "Una cittadina che sceglie insieme come usare la sua energia.",
                "San Vito al Lora è a venti minuti di treno da Lorenza. Con la sua comunità energetica e il mercato del sabato, è il luogo dove la valle sperimenta nuovi servizi di prossimità.",
            ),
            (
                "en",
                "A small town choosing together how to use its energy.",
                "San Vito al Lora is twenty minutes by train from Lorenza. With its energy community and Saturday market, it is where the valley tries out new local services.",
            ),
        ],
    },
    DemoCommunity {
        slug: "pietrabuona",
        name: "Pietrabuona",
        kind: "rural-community",
        settlement_type: "rural",
        population: 612,
        parent: Some("valle-del-lora"),
        locales: "it,en,ar",
        texts: &[
            (
                "it",
                "Un borgo di montagna dove ogni voce conta.",
                "Pietrabuona ha 612 abitanti, una scuola con una sola pluriclasse e un autobus per Lorenza due volte al giorno. Le decisioni si prendono in piazza, e adesso anche qui.",
            ),
            (
                "en",
                "A mountain village where every voice counts.",
                "Pietrabuona has 612 residents, a one-room school and a bus to Lorenza twice a day. Decisions are taken in the square, and now here too.",
            ),
            (
                "ar",
                "قرية جبلية يُحسب فيها كل صوت.",
                "في بييترابوونا ٦١٢ نسمة ومدرسة بفصل واحد وحافلة إلى لورينزا مرتين في اليوم. تُتخذ القرارات في الساحة، والآن هنا أيضًا.",
            ),
        ],
    },
];

struct DemoPerson {
    username: &'static str,
    display_name: &'static str,
    locale: &'static str,
    community: &'static str,
    role: Option<Role>,
}

const PEOPLE: &[DemoPerson] = &[
    // The people who look after each community.
    DemoPerson {
        username: "valle-admin",
        display_name: "Ufficio di Valle",
        locale: "it",
        community: "valle-del-lora",
        role: Some(Role::Administrator),
    },
    DemoPerson {
        username: "valle-official",
        display_name: "Assessora Chiara Benedetti",
        locale: "it",
        community: "valle-del-lora",
        role: Some(Role::Official),
    },
    DemoPerson {
        username: "valle-facilitator",
        display_name: "Youssef (facilitatore)",
        locale: "ar",
        community: "valle-del-lora",
        role: Some(Role::Facilitator),
    },
    DemoPerson {
        username: "valle-moderator",
        display_name: "Moderazione Valle",
        locale: "it",
        community: "valle-del-lora",
        role: Some(Role::Moderator),
    },
    DemoPerson {
        username: "lorenza-admin",
        display_name: "Ufficio Partecipazione Lorenza",
        locale: "it",
        community: "lorenza",
        role: Some(Role::Administrator),
    },
    DemoPerson {
        username: "lorenza-official",
        display_name: "Assessore Paolo Ferri",
        locale: "it",
        community: "lorenza",
        role: Some(Role::Official),
    },
    DemoPerson {
        username: "lorenza-facilitator",
        display_name: "Nadia, Biblioteca Est",
        locale: "ar",
        community: "lorenza",
        role: Some(Role::Facilitator),
    },
    DemoPerson {
        username: "lorenza-moderator",
        display_name: "Moderazione Lorenza",
        locale: "it",
        community: "lorenza",
        role: Some(Role::Moderator),
    },
    DemoPerson {
        username: "sanvito-admin",
        display_name: "Comune di San Vito",
        locale: "it",
        community: "san-vito-al-lora",
        role: Some(Role::Administrator),
    },
    DemoPerson {
        username: "sanvito-official",
        display_name: "Sindaca Anna Galli",
        locale: "it",
        community: "san-vito-al-lora",
        role: Some(Role::Official),
    },
    DemoPerson {
        username: "sanvito-facilitator",
        display_name: "Luca, centro giovani",
        locale: "it",
        community: "san-vito-al-lora",
        role: Some(Role::Facilitator),
    },
    DemoPerson {
        username: "sanvito-moderator",
        display_name: "Moderazione San Vito",
        locale: "en",
        community: "san-vito-al-lora",
        role: Some(Role::Moderator),
    },
    DemoPerson {
        username: "pietrabuona-admin",
        display_name: "Segreteria Pietrabuona",
        locale: "it",
        community: "pietrabuona",
        role: Some(Role::Administrator),
    },
    DemoPerson {
        username: "pietrabuona-official",
        display_name: "Sindaco Emilio Rossi",
        locale: "it",
        community: "pietrabuona",
        role: Some(Role::Official),
    },
    DemoPerson {
        username: "pietrabuona-facilitator",
        display_name: "Maria, Pro Loco",
        locale: "it",
        community: "pietrabuona",
        role: Some(Role::Facilitator),
    },
    DemoPerson {
        username: "pietrabuona-moderator",
        display_name: "Moderazione Pietrabuona",
        locale: "en",
        community: "pietrabuona",
        role: Some(Role::Moderator),
    },
    // Residents, in every language of the valley.
    DemoPerson { username: "giulia", display_name: "Giulia", locale: "it", community: "lorenza", role: None },
    DemoPerson { username: "amina", display_name: "أمينة", locale: "ar", community: "lorenza", role: None },
    DemoPerson {
        username: "samir",
        display_name: "سمير الحداد",
        locale: "ar",
        community: "san-vito-al-lora",
        role: None,
    },
    DemoPerson { username: "tom", display_name: "Tom", locale: "en", community: "san-vito-al-lora", role: None },
    DemoPerson {
        username: "elena",
        display_name: "Elena (Pietrabuona)",
        locale: "it",
        community: "pietrabuona",
        role: None,
    },
    DemoPerson { username: "karim", display_name: "Karim", locale: "ar", community: "pietrabuona", role: None },
];

struct DemoOrganisation {
    slug: &'static str,
    name: &'static str,
    helix_role: &'static str,
    community: &'static str,
    locale: &'static str,
    description: &'static str,
    manager: &'static str,
    members: &'static [&'static str],
}

const ORGANISATIONS: &[DemoOrganisation] = &[
    DemoOrganisation {
        slug: "comune-di-lorenza",
        name: "Comune di Lorenza",
        helix_role: "public-authority",
        community: "lorenza",
        locale: "it",
        description: "L'amministrazione comunale di Lorenza. Risponde pubblicamente a ogni proposta dei cittadini e pubblica lo stato di avanzamento delle decisioni prese.",
        manager: "lorenza-official",
        members: &["lorenza-admin"],
    },
    DemoOrganisation {
        slug: "lorenza-civic-lab",
        name: "Civic Innovation Lab, University of Lorenza",
        helix_role: "academia",
        community: "lorenza",
        locale: "en",
        description: "Researchers who study participation and open data, and who help the valley's communities evaluate what their processes achieve.",
        manager: "tom",
        members: &["giulia"],
    },
    DemoOrganisation {
        slug: "cooperativa-energia-valle",
        name: "Cooperativa Energia Valle",
        helix_role: "business",
        community: "san-vito-al-lora",
        locale: "it",
        description: "La cooperativa che gestisce la comunità energetica di San Vito: pannelli sui tetti delle scuole e bollette più leggere per le famiglie socie.",
        manager: "sanvito-official",
        members: &["samir"],
    },
    DemoOrganisation {
        slug: "jusur",
        name: "جمعية جسور",
        helix_role: "civil-society",
        community: "lorenza",
        locale: "ar",
        description: "جمعية تطوعية تساعد العائلات القادمة حديثًا إلى لورينزا على المشاركة في حياة المدينة: دروس لغة، ومرافقة إلى المكاتب العامة، ولقاءات في مكتبة الحي.",
        manager: "amina",
        members: &["lorenza-facilitator"],
    },
    DemoOrganisation {
        slug: "pro-loco-pietrabuona",
        name: "Pro Loco Pietrabuona",
        helix_role: "civil-society",
        community: "pietrabuona",
        locale: "it",
        description: "Volontari che tengono vivo il borgo: la festa della castagna, il trasporto solidale per gli anziani e lo sportello digitale del giovedì.",
        manager: "pietrabuona-facilitator",
        members: &["elena", "karim"],
    },
];

/// The accounts the demo creates, whether or not it was seeded by this call.
pub fn demo_accounts() -> Vec<DemoAccount> {
    let mut accounts = vec![DemoAccount {
        username: "admin".into(),
        password: DEMO_PASSWORD,
        role: "instance-admin",
        community: None,
    }];
    accounts.extend(PEOPLE.iter().map(|person| DemoAccount {
        username: person.username.into(),
        password: DEMO_PASSWORD,
        role: person.role.map_or("resident", Role::key),
        community: Some(person.community),
    }));
    accounts
}

/// Seeds the demo unless it was seeded before; says whether it did.
pub async fn seed(db: &Db) -> AppResult<bool> {
    if !db.claim_setting(SEEDED_MARKER, &piazza_domain::now().to_string()).await? {
        return Ok(false);
    }
    // One hash serves every demo account: they share a password, and hashing is slow.
    let hash = hash_password(DEMO_PASSWORD).await?;
    let admin = db
        .create_account(&NewAccount {
            username: "admin",
            display_name: "Piazza administrator",
            email: Some("admin@piazza.example"),
            password_hash: &hash,
            locale: Some("en"),
            home_community: None,
            is_instance_admin: true,
        })
        .await?;
    let mut communities: Vec<(&str, CommunityId)> = Vec::new();
    for community in COMMUNITIES {
        let parent = community.parent.and_then(|slug| communities.iter().find(|(s, _)| *s == slug).map(|(_, id)| *id));
        let id = db
            .create_community(&CommunityFields {
                slug: community.slug,
                name: community.name,
                kind: community.kind,
                settlement_type: community.settlement_type,
                population: Some(community.population),
                parent,
                default_locale: "it",
                offered_locales: community.locales,
            })
            .await?;
        for (locale, tagline, description) in community.texts {
            db.put_community_text(id, locale, tagline, description).await?;
        }
        communities.push((community.slug, id));
    }
    let community_id = |slug: &str| communities.iter().find(|(s, _)| *s == slug).map(|(_, id)| *id);
    let mut people: Vec<(&str, AccountId)> = Vec::new();
    for person in PEOPLE {
        let email = format!("{}@piazza.example", person.username);
        let id = db
            .create_account(&NewAccount {
                username: person.username,
                display_name: person.display_name,
                email: Some(&email),
                password_hash: &hash,
                locale: Some(person.locale),
                home_community: community_id(person.community),
                is_instance_admin: false,
            })
            .await?;
        if let (Some(role), Some(community)) = (person.role, community_id(person.community)) {
            db.grant_role(community, id, role.key(), Some(admin)).await?;
        }
        people.push((person.username, id));
    }
    let person_id = |username: &str| people.iter().find(|(u, _)| *u == username).map(|(_, id)| *id);
    for organisation in ORGANISATIONS {
        let manager = person_id(organisation.manager).expect("demo managers are demo people");
        let id = db
            .create_organisation(
                &OrganisationFields {
                    slug: organisation.slug,
                    name: organisation.name,
                    helix_role: organisation.helix_role,
                    community: community_id(organisation.community),
                    description: organisation.description,
                    description_locale: organisation.locale,
                    website: None,
                },
                manager,
            )
            .await?;
        for member in organisation.members {
            db.add_member(id, person_id(member).expect("demo members are demo people"), false).await?;
        }
    }
    Ok(true)
}
