//! The closed vocabularies of communities and stakeholders. Each is stored by its `key` and
//! shown through the message id `{prefix}-{key}` in the locale files.

macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident, $prefix:literal { $($variant:ident => $key:literal),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name { $($variant),* }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            /// The stable key stored in the database and used in forms and open data.
            pub fn key(self) -> &'static str {
                match self { $($name::$variant => $key),* }
            }

            pub fn parse(key: &str) -> Option<Self> {
                match key { $($key => Some($name::$variant),)* _ => None }
            }

            /// The message id of this value's name in the locale files.
            pub fn message_id(self) -> &'static str {
                match self { $($name::$variant => concat!($prefix, "-", $key)),* }
            }
        }
    };
}

vocabulary!(
    /// What kind of place a community is.
    CommunityKind, "community-kind" {
        Municipality => "municipality",
        Neighbourhood => "neighbourhood",
        RuralCommunity => "rural-community",
        Region => "region",
    }
);

vocabulary!(
    /// How built-up a community is, so that urban and rural communities can find each other.
    SettlementType, "settlement-type" {
        Urban => "urban",
        PeriUrban => "peri-urban",
        Rural => "rural",
    }
);

vocabulary!(
    /// A responsibility a person holds in one community.
    Role, "role" {
        Administrator => "administrator",
        Official => "official",
        Facilitator => "facilitator",
        Moderator => "moderator",
    }
);

vocabulary!(
    /// An organisation's place in the quadruple helix of innovation.
    HelixRole, "helix-role" {
        PublicAuthority => "public-authority",
        Academia => "academia",
        Business => "business",
        CivilSociety => "civil-society",
    }
);

vocabulary!(
    /// What a phase of a participatory process is for.
    PhaseKind, "phase-kind" {
        Inform => "inform",
        Ideate => "ideate",
        CoDesign => "co-design",
        Prioritise => "prioritise",
        Implement => "implement",
        Evaluate => "evaluate",
    }
);

vocabulary!(
    /// Where a proposal stands. Every change is recorded with who made it, when and why.
    ProposalState, "proposal-state" {
        Published => "published",
        Withdrawn => "withdrawn",
        Evaluating => "evaluating",
        Accepted => "accepted",
        Rejected => "rejected",
        Implemented => "implemented",
        Merged => "merged",
    }
);

impl ProposalState {
    /// The states an official may give a proposal in this state, in the order offered.
    pub fn official_next(self) -> &'static [ProposalState] {
        match self {
            ProposalState::Published => {
                &[ProposalState::Evaluating, ProposalState::Accepted, ProposalState::Rejected, ProposalState::Merged]
            }
            ProposalState::Evaluating => &[ProposalState::Accepted, ProposalState::Rejected, ProposalState::Merged],
            ProposalState::Accepted => &[ProposalState::Implemented, ProposalState::Rejected],
            ProposalState::Rejected => &[ProposalState::Evaluating, ProposalState::Accepted],
            ProposalState::Withdrawn | ProposalState::Implemented | ProposalState::Merged => &[],
        }
    }

    /// Whether the authority must give its reasons publicly for this decision.
    pub fn needs_answer(self) -> bool {
        matches!(self, ProposalState::Rejected | ProposalState::Merged)
    }

    /// Whether residents may still support the proposal.
    pub fn is_open(self) -> bool {
        matches!(self, ProposalState::Published | ProposalState::Evaluating)
    }
}

vocabulary!(
    /// Where a comment stands on what it comments.
    Stance, "stance" {
        InFavour => "in-favour",
        Against => "against",
        Neutral => "neutral",
    }
);

vocabulary!(
    /// What can be reported to the moderators and hidden by them.
    ContentKind, "content-kind" {
        Proposal => "proposal",
        Comment => "comment",
        Amendment => "amendment",
    }
);

vocabulary!(
    /// Why a person reports a contribution.
    ReportReason, "report-reason" {
        Spam => "spam",
        Offensive => "offensive",
        OffTopic => "off-topic",
        PersonalData => "personal-data",
        Other => "other",
    }
);

vocabulary!(
    /// What a moderation case is waiting for, or how it ended: reported (still visible, waiting
    /// for a moderator), pending (hidden automatically after enough reports, waiting for a
    /// moderator), hidden (by a moderator, with a public reason), or restored (looked at by a
    /// moderator and left visible).
    ModerationState, "moderation-state" {
        Reported => "reported",
        Pending => "pending",
        Hidden => "hidden",
        Restored => "restored",
    }
);

impl ModerationState {
    /// Whether the content is out of sight while in this state.
    pub fn hides(self) -> bool {
        matches!(self, ModerationState::Pending | ModerationState::Hidden)
    }
}

vocabulary!(
    /// An entry of a community's public moderation log.
    ModerationAction, "moderation-action" {
        HiddenByReports => "hidden-by-reports",
        Hide => "hide",
        Restore => "restore",
        Uphold => "uphold",
        Block => "block",
        Unblock => "unblock",
    }
);

vocabulary!(
    /// What a person can follow to hear about it.
    FollowTarget, "follow-target" {
        Process => "process",
        Proposal => "proposal",
    }
);

vocabulary!(
    /// What a notification tells its reader about.
    NotificationKind, "notification" {
        NewProposal => "new-proposal",
        Comment => "comment",
        Reply => "reply",
        Amendment => "amendment",
        AmendmentAnswered => "amendment-answered",
        StateChanged => "state-changed",
        Invitation => "invitation",
        Threshold => "threshold",
        AwaitsEvaluation => "awaits-evaluation",
        Hidden => "hidden",
        NewMeeting => "new-meeting",
        MeetingPlace => "meeting-place",
        RequestUpdated => "request-updated",
        TwinningProposed => "twinning-proposed",
        TwinningAccepted => "twinning-accepted",
        TwinningEnded => "twinning-ended",
        CoRunInvitation => "co-run-invitation",
        PeerQuestion => "peer-question",
        PeerAnswer => "peer-answer",
    }
);

vocabulary!(
    /// Whether, and how often, a person wants their notifications by email.
    EmailFrequency, "email-frequency" {
        Immediate => "immediate",
        Daily => "daily",
        Never => "never",
    }
);

vocabulary!(
    /// Where a meeting happens.
    MeetingFormat, "meeting-format" {
        InPerson => "in-person",
        Online => "online",
        Hybrid => "hybrid",
    }
);

vocabulary!(
    /// What a meeting offers so that everyone can take part.
    MeetingAccess, "meeting-access" {
        StepFree => "step-free",
        HearingLoop => "hearing-loop",
        SignLanguage => "sign-language",
        Interpretation => "interpretation",
        Childcare => "childcare",
        QuietRoom => "quiet-room",
    }
);

vocabulary!(
    /// The policy area a proposal belongs to, shared by every community so that their open data
    /// and their practices can be compared.
    Category, "category" {
        Mobility => "mobility",
        GreenSpaces => "green-spaces",
        PublicSpace => "public-space",
        Education => "education",
        Culture => "culture",
        Sport => "sport",
        Health => "health",
        SocialCare => "social-care",
        Housing => "housing",
        Energy => "energy",
        Environment => "environment",
        Economy => "economy",
        Safety => "safety",
        Digital => "digital",
        Other => "other",
    }
);

vocabulary!(
    /// How residents fill in a participatory-budget ballot.
    BallotStyle, "ballot-style" {
        Approval => "approval",
        Knapsack => "knapsack",
        Cumulative => "cumulative",
        Ranked => "ranked",
    }
);

vocabulary!(
    /// The counting rules a budget may use, by their Pabulib keys. The first is recommended:
    /// the Method of Equal Shares gives every group of voters its fair share of the money.
    CountingRule, "counting-rule" {
        EqualShares => "mes_cost_add1_eqs",
        EqualSharesThenGreedy => "mes_cost_add1_greedy",
        MostVotes => "greedy_cost",
        VotesPerCost => "greedy_card",
        Phragmen => "phragmen",
        MostApprovedMoney => "maxwelfare_cost",
        MostPoints => "greedy_points",
        EqualSharesByPoints => "mes_points",
    }
);

impl CountingRule {
    /// Whether the rule weighs points (cumulative and ranked ballots) rather than approvals.
    pub fn counts_points(self) -> bool {
        matches!(self, CountingRule::MostPoints | CountingRule::EqualSharesByPoints)
    }
}

impl BallotStyle {
    /// Whether ballots of this style give points (a ranking gives more to a higher place).
    pub fn gives_points(self) -> bool {
        matches!(self, BallotStyle::Cumulative | BallotStyle::Ranked)
    }
}

vocabulary!(
    /// What a person may consent to. Each has a notice in every language, with a version that
    /// changes whenever the notice's meaning does, so that people are asked again.
    ConsentPurpose, "consent-purpose" {
        TakingPart => "taking-part",
        Contact => "contact",
        Demographics => "demographics",
        Research => "research",
    }
);

impl ConsentPurpose {
    /// The version of the notice people see now.
    pub fn notice_version(self) -> i64 {
        1
    }

    /// The legal basis (GDPR Art. 6 and 9) on which the data is processed once consent is given.
    pub fn legal_basis(self) -> &'static str {
        match self {
            ConsentPurpose::TakingPart | ConsentPurpose::Contact | ConsentPurpose::Research => "consent",
            ConsentPurpose::Demographics => "explicit-consent",
        }
    }
}

vocabulary!(
    /// How a consent was given or withdrawn.
    ConsentChannel, "consent-channel" {
        Online => "online",
        Paper => "paper",
        Phone => "phone",
    }
);

vocabulary!(
    /// How a person wants pages shown, whatever their browser says.
    DisplayPreference, "display-preference" {
        LargeText => "large-text",
        HighContrast => "high-contrast",
        ReducedMotion => "reduced-motion",
        EasyRead => "easy-read",
    }
);

impl DisplayPreference {
    /// The preferences in a stored or submitted list of keys, each once, in a fixed order.
    pub fn parse_list<'a>(keys: impl IntoIterator<Item = &'a str>) -> Vec<DisplayPreference> {
        let chosen: Vec<DisplayPreference> = keys.into_iter().filter_map(|key| Self::parse(key.trim())).collect();
        Self::ALL.iter().copied().filter(|preference| chosen.contains(preference)).collect()
    }

    /// A list of preferences as stored: keys joined by commas.
    pub fn join(preferences: &[DisplayPreference]) -> String {
        preferences.iter().map(|preference| preference.key()).collect::<Vec<_>>().join(",")
    }
}

vocabulary!(
    /// The age bands of the representation statistics: wide enough to keep groups large, and
    /// split where participation usually differs (the young, working age, the old).
    AgeBand, "age-band" {
        Under16 => "under-16",
        From16To24 => "16-24",
        From25To44 => "25-44",
        From45To64 => "45-64",
        From65 => "65-plus",
    }
);

vocabulary!(
    Gender, "gender" {
        Woman => "woman",
        Man => "man",
        Another => "another",
    }
);

vocabulary!(
    /// Where a contribution came from: typed by the person online, or gathered by a facilitator.
    ContributionChannel, "contribution-channel" {
        Online => "online",
        Paper => "paper",
        Phone => "phone",
        Workshop => "workshop",
        StreetStand => "street-stand",
    }
);

impl ContributionChannel {
    /// The channels a facilitator records on someone's behalf.
    pub const ASSISTED: &'static [ContributionChannel] = &[
        ContributionChannel::Paper,
        ContributionChannel::Phone,
        ContributionChannel::Workshop,
        ContributionChannel::StreetStand,
    ];

    /// How the consents gathered with a contribution were given: in writing on paper at a
    /// stand or workshop, or spoken on the phone.
    pub fn consent_channel(self) -> ConsentChannel {
        match self {
            ContributionChannel::Online => ConsentChannel::Online,
            ContributionChannel::Phone => ConsentChannel::Phone,
            ContributionChannel::Paper | ContributionChannel::Workshop | ContributionChannel::StreetStand => {
                ConsentChannel::Paper
            }
        }
    }
}

vocabulary!(
    /// Where something the authority committed to deliver stands.
    ResultStatus, "result-status" {
        Planned => "planned",
        InProgress => "in-progress",
        Done => "done",
        Cancelled => "cancelled",
    }
);

vocabulary!(
    /// Where a reported problem stands. Open311 knows only "open" and "closed"; the steps between
    /// tell the reporter more and are published as open with a note.
    RequestStatus, "request-status" {
        Open => "open",
        Acknowledged => "acknowledged",
        InProgress => "in-progress",
        Closed => "closed",
    }
);

impl RequestStatus {
    /// The status as Open311 GeoReport v2 names it.
    pub fn open311(self) -> &'static str {
        if self == RequestStatus::Closed { "closed" } else { "open" }
    }
}

vocabulary!(
    /// The type of an extra question a service type asks, as Open311 GeoReport v2 names them.
    AttributeType, "attribute-type" {
        Text => "text",
        String => "string",
        Number => "number",
        Datetime => "datetime",
        SingleValueList => "singlevaluelist",
        MultiValueList => "multivaluelist",
    }
);

impl AttributeType {
    /// Whether the reporter picks from the attribute's listed values.
    pub fn is_list(self) -> bool {
        matches!(self, AttributeType::SingleValueList | AttributeType::MultiValueList)
    }
}

vocabulary!(
    /// How a problem was reported: on Piazza's own page, or by another application through the
    /// Open311 API.
    ReportChannel, "report-channel" {
        Web => "web",
        Open311 => "open311",
    }
);

vocabulary!(
    /// The people a practice set out to reach, as cases describe them.
    TargetGroup, "target-group" {
        Everyone => "everyone",
        Children => "children",
        YoungPeople => "young-people",
        OlderPeople => "older-people",
        PeopleWithDisabilities => "people-with-disabilities",
        Migrants => "migrants",
        LowIncome => "low-income",
        Women => "women",
        RuralResidents => "rural-residents",
    }
);

vocabulary!(
    /// How many people live in a community, in the bands cases are compared by.
    PopulationBand, "population-band" {
        Village => "under-1000",
        Town => "1000-10000",
        SmallCity => "10000-100000",
        City => "over-100000",
    }
);

impl PopulationBand {
    pub fn of(population: i64) -> PopulationBand {
        match population {
            ..1_000 => PopulationBand::Village,
            1_000..10_000 => PopulationBand::Town,
            10_000..100_000 => PopulationBand::SmallCity,
            _ => PopulationBand::City,
        }
    }

    /// The populations in the band, as `[low, high)`.
    pub fn range(self) -> (i64, i64) {
        match self {
            PopulationBand::Village => (0, 1_000),
            PopulationBand::Town => (1_000, 10_000),
            PopulationBand::SmallCity => (10_000, 100_000),
            PopulationBand::City => (100_000, i64::MAX),
        }
    }
}

vocabulary!(
    /// What a practice cost to set up and run, in the bands cases are compared by (in whole units
    /// of the case's currency).
    CostBand, "cost-band" {
        Low => "under-10000",
        Medium => "10000-100000",
        High => "over-100000",
    }
);

impl CostBand {
    pub fn of(cost: i64) -> CostBand {
        match cost {
            ..10_000 => CostBand::Low,
            10_000..100_000 => CostBand::Medium,
            _ => CostBand::High,
        }
    }

    /// The costs in the band, as `[low, high)`.
    pub fn range(self) -> (i64, i64) {
        match self {
            CostBand::Low => (0, 10_000),
            CostBand::Medium => (10_000, 100_000),
            CostBand::High => (100_000, i64::MAX),
        }
    }
}
