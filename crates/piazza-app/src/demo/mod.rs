//! The demo: a region with a large city, a small town and a rural village, their
//! organisations and people, with content in Italian, English and Arabic. Seeded once.

use piazza_domain::{AccountId, CommunityId, Role};
use piazza_store::Db;
use piazza_store::accounts::NewAccount;
use piazza_store::communities::CommunityFields;
use piazza_store::organisations::OrganisationFields;
use piazza_store::processes::{NewPhase, NewProcess};
use piazza_store::proposals::NewProposal;

use crate::AppResult;
use crate::security::hash_password;

/// Every demo account shares this password, printed when the demo starts.
pub const DEMO_PASSWORD: &str = "piazza-demo";

mod accountability;
mod activity;
mod budgets;
mod cases;
mod links;
mod representation;
mod services;

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
    // An account that posts advertising, for the moderation history.
    DemoPerson {
        username: "offerte-lampo",
        display_name: "Offerte Lampo",
        locale: "it",
        community: "lorenza",
        role: None,
    },
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
        // Demo people signed up online, agreeing to take part and to hear about what they follow.
        crate::consents::grant_online(
            db,
            id,
            &[piazza_domain::ConsentPurpose::TakingPart, piazza_domain::ConsentPurpose::Contact],
        )
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
    seed_processes(db, &community_id, &person_id).await?;
    activity::seed(db, &community_id, &person_id).await?;
    cases::seed(db, &community_id, &person_id).await?;
    links::seed(db, &community_id, &person_id).await?;
    Ok(true)
}

struct DemoProposal {
    title: &'static str,
    body: &'static str,
    locale: &'static str,
    author: &'static str,
    supporters: &'static [&'static str],
    /// A decision by the community's official: (state, public answer).
    decision: Option<(&'static str, &'static str)>,
}

struct DemoProcess {
    community: &'static str,
    title: &'static str,
    summary: &'static str,
    easy_read: Option<&'static str>,
    description: &'static str,
    locale: &'static str,
    threshold: i64,
    /// (kind, first day relative to today, last day relative to today, what it allows)
    phases: &'static [DemoPhase],
    official: &'static str,
    proposals: &'static [DemoProposal],
}

const PROCESSES: &[DemoProcess] = &[
    DemoProcess {
        community: "lorenza",
        title: "Cortili scolastici più verdi",
        summary: "Lorenza trasforma dieci cortili di scuola in piccoli parchi aperti al quartiere dopo le lezioni. Proponi cosa mettere nel cortile vicino a te e sostieni le idee che ti convincono.",
        easy_read: Some(
            "Il Comune vuole più alberi e giochi nei cortili delle scuole. Puoi dire la tua idea. Puoi dire quali idee ti piacciono.",
        ),
        description: "## Perché\n\nD'estate i cortili in asfalto arrivano a 50 gradi. Con alberi, orti e fontanelle diventano luoghi freschi per i bambini e, il pomeriggio, per tutto il quartiere.\n\n## Come funziona\n\n1. **Informazione**: incontri nelle scuole.\n2. **Idee**: chiunque può proporre e sostenere le proposte.\n3. **Priorità**: le proposte con più sostegni vengono valutate dagli uffici tecnici.\n4. **Realizzazione**: i lavori partono nell'estate.",
        locale: "it",
        threshold: 3,
        phases: &[
            ("inform", -60, -31, &["meetings"]),
            ("ideate", -30, 30, &["proposals", "supports", "comments", "amendments", "meetings"]),
            ("prioritise", 31, 60, &["supports"]),
            ("implement", 61, 365, &[]),
        ],
        official: "lorenza-official",
        proposals: &[
            DemoProposal {
                title: "Un orto didattico alla scuola Collodi",
                body: "Le classi quarte coltiverebbero ortaggi con i nonni del quartiere. Servono sei cassoni rialzati, accessibili anche in carrozzina, e un punto acqua.",
                locale: "it",
                author: "giulia",
                supporters: &["amina", "lorenza-facilitator", "tom"],
                decision: Some((
                    "accepted",
                    "Accolta: l'ufficio verde ha verificato lo spazio e l'acqua. I cassoni saranno posati a settembre.",
                )),
            },
            DemoProposal {
                title: "Shade trees along the Via Roma schoolyard",
                body: "The yard has no shade at all. Four plane trees along the south wall would cool it within a few summers; until then, sail shades.",
                locale: "en",
                author: "tom",
                supporters: &["giulia"],
                decision: None,
            },
            DemoProposal {
                title: "ملعب صغير مفتوح بعد الظهر",
                body: "نقترح أن يبقى فناء مدرسة الحي الشرقي مفتوحًا حتى السابعة مساءً، مع ملعب كرة صغير ومقاعد للأهالي. كثير من العائلات لا تملك حديقة.",
                locale: "ar",
                author: "amina",
                supporters: &["giulia", "samir"],
                decision: None,
            },
            DemoProposal {
                title: "Parcheggio per le auto degli insegnanti nel cortile",
                body: "Usare metà cortile come parcheggio riservato al personale.",
                locale: "it",
                author: "lorenza-moderator",
                supporters: &[],
                decision: Some((
                    "rejected",
                    "Respinta: il percorso nasce per togliere asfalto e auto dai cortili, non per aggiungerne. Il parcheggio resta quello di via Dante.",
                )),
            },
        ],
    },
    DemoProcess {
        community: "san-vito-al-lora",
        title: "Where should the next solar panels go?",
        summary: "The energy community has money for 200 more panels. Residents choose the roofs: support the proposals you prefer before the end of the month.",
        easy_read: None,
        description: "The cooperative **Cooperativa Energia Valle** will install the panels; the town lends the roofs of public buildings. Every proposal has been checked for roof strength.",
        locale: "en",
        threshold: 5,
        phases: &[
            ("ideate", -50, -11, &["proposals", "supports"]),
            ("prioritise", -10, 20, &["supports"]),
            ("implement", 21, 200, &[]),
        ],
        official: "sanvito-official",
        proposals: &[
            DemoProposal {
                title: "The sports hall roof",
                body: "The largest flat roof in town, facing south, and the hall uses most electricity in winter evenings.",
                locale: "en",
                author: "tom",
                supporters: &["samir", "sanvito-facilitator"],
                decision: None,
            },
            DemoProposal {
                title: "Tettoia del mercato del sabato",
                body: "Pannelli sulla tettoia darebbero ombra ai banchi e corrente per le celle frigorifere dei produttori.",
                locale: "it",
                author: "samir",
                supporters: &["tom"],
                decision: None,
            },
        ],
    },
    DemoProcess {
        community: "pietrabuona",
        title: "Il bus del giovedì",
        summary: "Un anno fa il borgo ha chiesto un collegamento in più con Lorenza per le visite mediche. Ora valutiamo insieme come è andata.",
        easy_read: Some("Da un anno c'è un bus in più il giovedì. Dicci se ti è servito."),
        description: "Il bus a chiamata parte alle 8:10 dalla piazza e torna alle 13:30. Lo guidano i volontari della Pro Loco.",
        locale: "it",
        threshold: 2,
        phases: &[
            ("ideate", -400, -340, &["proposals", "supports"]),
            ("implement", -339, -20, &[]),
            ("evaluate", -19, 40, &["comments", "meetings"]),
        ],
        official: "pietrabuona-official",
        proposals: &[DemoProposal {
            title: "Un bus a chiamata il giovedì mattina",
            body: "Chi non guida perde le visite all'ospedale di Lorenza. Basterebbe un pulmino una volta alla settimana.",
            locale: "it",
            author: "elena",
            supporters: &["karim", "pietrabuona-facilitator"],
            decision: Some((
                "implemented",
                "Realizzata: il bus viaggia ogni giovedì da marzo, con 14 passeggeri in media.",
            )),
        }],
    },
];

/// A demo phase: its kind, its first and last day counted from today, and what it allows.
type DemoPhase = (&'static str, i64, i64, &'static [&'static str]);

/// The demo's phases as the store takes them, dated from today's midnight in UTC.
fn new_phases(phases: &[DemoPhase]) -> Vec<NewPhase<'static>> {
    let today = piazza_domain::now().replace_time(time::Time::MIDNIGHT);
    let day = |offset: i64| today + time::Duration::days(offset);
    phases
        .iter()
        .map(|(kind, first, last, allows)| NewPhase {
            kind,
            starts_at: day(*first),
            ends_at: day(*last + 1),
            allows_proposals: allows.contains(&"proposals"),
            allows_supports: allows.contains(&"supports"),
            allows_comments: allows.contains(&"comments"),
            allows_amendments: allows.contains(&"amendments"),
            allows_meetings: allows.contains(&"meetings"),
        })
        .collect()
}

async fn seed_processes(
    db: &Db,
    community_id: &dyn Fn(&str) -> Option<CommunityId>,
    person_id: &dyn Fn(&str) -> Option<AccountId>,
) -> AppResult<()> {
    for process in PROCESSES {
        let community = community_id(process.community).expect("demo processes are in demo communities");
        let official = person_id(process.official).expect("demo officials are demo people");
        let phases = new_phases(process.phases);
        let process_id = db
            .create_process(
                &NewProcess {
                    community,
                    title: process.title,
                    summary: process.summary,
                    easy_read: process.easy_read,
                    description: process.description,
                    locale: process.locale,
                    support_threshold: process.threshold,
                    created_by: official,
                    neighbourhoods: &[],
                },
                &phases,
            )
            .await?;
        let mut first_proposal = None;
        for (position, proposal) in process.proposals.iter().enumerate() {
            let author = person_id(proposal.author).expect("demo authors are demo people");
            let id = db
                .create_proposal(&NewProposal {
                    process: process_id,
                    title: proposal.title,
                    body: proposal.body,
                    category: None,
                    address: None,
                    neighbourhood: None,
                    point: None,
                    locale: proposal.locale,
                    author,
                    shuffle_key: (position as i64 * 7_919) % 13,
                    provenance: piazza_store::proposals::Provenance::ONLINE,
                })
                .await?;
            first_proposal.get_or_insert(id);
            for supporter in proposal.supporters {
                let supporter = person_id(supporter).expect("demo supporters are demo people");
                db.support(id, supporter, process.threshold).await?;
            }
            if let Some((state, answer)) = proposal.decision {
                let current = db.proposal(id).await?.map(|p| p.state).unwrap_or_default();
                if state == "implemented" && current != "accepted" {
                    db.change_proposal_state(id, &current, "accepted", None, official).await?;
                }
                let current = db.proposal(id).await?.map(|p| p.state).unwrap_or_default();
                db.change_proposal_state(id, &current, state, Some(answer), official).await?;
            }
        }
        if let (Some(proposal), true) = (first_proposal, process.community == "lorenza") {
            seed_discussion(db, process_id, proposal, person_id).await?;
            seed_amendment(db, process_id, person_id).await?;
            seed_coauthors(db, process_id, person_id).await?;
        }
    }
    Ok(())
}

/// Every proposal of a demo process.
async fn all_proposals(
    db: &Db,
    process: piazza_domain::ProcessId,
) -> AppResult<Vec<piazza_store::proposals::Proposal>> {
    let filter = piazza_store::proposals::ProposalFilter {
        process,
        state: None,
        answered: None,
        category: None,
        neighbourhood: None,
        order: piazza_store::proposals::ProposalOrder::Newest,
        limit: 100,
        offset: 0,
    };
    Ok(db.proposals(&filter).await?.0)
}

/// An amendment waiting for its author's answer, on Tom's shade-trees proposal in Lorenza.
async fn seed_amendment(
    db: &Db,
    process: piazza_domain::ProcessId,
    person_id: &dyn Fn(&str) -> Option<AccountId>,
) -> AppResult<()> {
    let proposals = all_proposals(db, process).await?;
    let Some(trees) = proposals.iter().find(|p| p.title.starts_with("Shade trees")) else { return Ok(()) };
    let amender = person_id("giulia").expect("Giulia is a demo resident");
    db.create_amendment(&piazza_store::amendments::NewAmendment {
        proposal: trees.id,
        author: amender,
        base_version: trees.version,
        title: trees.title.as_str(),
        body: "The yard has no shade at all. Four plane trees along the south wall would cool it within a few summers; until then, sail shades, and a drinking fountain by the gate.",
        reason: "Children need water as much as shade in June.",
    })
    .await?;
    Ok(())
}

/// Co-authors in Lorenza: an association co-authors Amina's proposal, Tom co-authors
/// Giulia's, and an invitation to Samir waits for his answer.
async fn seed_coauthors(
    db: &Db,
    process: piazza_domain::ProcessId,
    person_id: &dyn Fn(&str) -> Option<AccountId>,
) -> AppResult<()> {
    use piazza_store::coauthors::Invitee;
    let proposals = all_proposals(db, process).await?;
    let by_author = |name: &str| {
        let id = person_id(name).map(|id| id.0);
        proposals.iter().find(|p| p.created_by == id && p.state != "rejected").map(|p| p.id)
    };
    let person = |name: &str| person_id(name).expect("demo co-authors are demo people");
    if let (Some(proposal), Some(jusur)) = (by_author("amina"), db.organisation_by_slug("jusur").await?) {
        let invitation = db.invite_coauthor(proposal, Invitee::Organisation(jusur.id), person("amina")).await?;
        db.answer_invitation(invitation, true, person("amina")).await?;
    }
    if let Some(proposal) = by_author("giulia") {
        let invitation = db.invite_coauthor(proposal, Invitee::Person(person("tom")), person("giulia")).await?;
        db.answer_invitation(invitation, true, person("tom")).await?;
    }
    if let Some(proposal) = by_author("tom") {
        db.invite_coauthor(proposal, Invitee::Person(person("samir")), person("tom")).await?;
    }
    Ok(())
}

/// A short discussion, in three languages, on the first proposal of Lorenza's process.
async fn seed_discussion(
    db: &Db,
    process: piazza_domain::ProcessId,
    proposal: piazza_domain::ProposalId,
    person_id: &dyn Fn(&str) -> Option<AccountId>,
) -> AppResult<()> {
    let thread: &[(&str, &str, &str, &str, Option<usize>)] = &[
        ("amina", "in-favour", "ar", "فكرة جميلة. يمكن لأمهات الحي أن يساعدن في الري خلال الصيف.", None),
        ("tom", "neutral", "en", "Who looks after the garden in August, when the school is closed?", None),
        ("giulia", "in-favour", "it", "I nonni dell'orto sociale si sono già offerti: un turno a settimana.", Some(1)),
        ("tom", "in-favour", "en", "Then I am in favour. Thank you!", Some(2)),
    ];
    let mut ids: Vec<(i64, i64)> = Vec::new();
    for (author, stance, locale, body, parent) in thread {
        let author = person_id(author).expect("demo commenters are demo people");
        let parent = parent.map(|index| ids[index]);
        let id = db
            .create_comment(&piazza_store::comments::NewComment {
                process,
                proposal: Some(proposal),
                parent: parent.map(|(id, _)| id),
                depth: parent.map_or(0, |(_, depth)| depth + 1),
                author,
                stance,
                body,
                locale,
                provenance: piazza_store::proposals::Provenance::ONLINE,
            })
            .await?;
        ids.push((id, parent.map_or(0, |(_, depth)| depth + 1)));
    }
    if let Some(giulia) = person_id("giulia") {
        db.support_comment(ids[0].0, giulia).await?;
    }
    Ok(())
}
