"""Word lists the rules lean on, each with the reason it exists. Lemmas, lower case."""

from __future__ import annotations

#: Verbs that report what someone said (a quote's or claim's cue).
SPEECH_VERBS = frozenset(
    """
    say tell add confirm remind declare deny announce warn argue insist claim state note explain
    report write reply respond answer ask urge acknowledge admit agree allege assert caution
    charge comment complain concede contend disclose emphasize emphasise estimate predict
    promise propose quip recall reiterate remark reveal stress suggest testify tweet post vow
    maintain mention observe point pledge signal indicate boast brag cite concur conclude
    counter declare describe dismiss dispute echo inform lament marvel muse object order
    proclaim protest question recount repeat retort scoff shout speak swear threaten underline
    underscore whisper yell call
    """.split()
)

#: Verbs of cognition and belief: they take a reported content like speech verbs do.
COGNITION_VERBS = frozenset(
    """
    believe think feel fear hope expect know understand suspect doubt worry assume consider
    reckon learn realize realise recognize recognise find decide guess imagine judge
    """.split()
)

CUE_VERBS = SPEECH_VERBS | COGNITION_VERBS

#: Nouns that carry reported content ("his statement that …", "the claim that …").
CUE_NOUNS = frozenset(
    """
    statement claim assertion announcement warning argument belief view remark comment
    suggestion allegation accusation insistence promise pledge report testimony admission denial
    """.split()
)

#: Passive or adverbial hedges that make a statement sourceless ("are thought to", "reportedly").
HEDGE_PARTICIPLES = frozenset(
    """
    think believe say report understand rumour rumor expect suspect allege estimate fear know
    """.split()
)
HEDGE_ADVERBS = frozenset(
    """
    reportedly allegedly purportedly supposedly reputedly ostensibly
    """.split()
)

#: Function words that spaCy sometimes pulls into the start of a name ("Besides Lavrov").
LEADING_NOISE = frozenset(
    """
    besides beside among amongst with without by for from to of in on at as and or but nor the a
    an this that these those mr mrs ms dr prof sir dame lord lady
    """.split()
)

#: Courtesy titles: not part of a person's name, and a hint of gender.
MALE_TITLES = frozenset({"mr", "mr.", "sir", "lord", "king", "prince", "father", "brother"})
FEMALE_TITLES = frozenset({"mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "queen", "princess", "sister"})

PERSONAL_PRONOUNS = {
    "he": "m",
    "him": "m",
    "his": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "i": "s",
    "we": "p",
    "they": "p",
    "them": "p",
    "it": "n",
}

#: Nationality and country adjectives → the country (only unambiguous ones).
NATIONALITIES = {
    "american": "United States",
    "americans": "United States",
    "british": "United Kingdom",
    "briton": "United Kingdom",
    "britons": "United Kingdom",
    "english": "England",
    "scottish": "Scotland",
    "welsh": "Wales",
    "irish": "Ireland",
    "french": "France",
    "german": "Germany",
    "germans": "Germany",
    "italian": "Italy",
    "italians": "Italy",
    "spanish": "Spain",
    "portuguese": "Portugal",
    "dutch": "Netherlands",
    "belgian": "Belgium",
    "swiss": "Switzerland",
    "austrian": "Austria",
    "swedish": "Sweden",
    "norwegian": "Norway",
    "danish": "Denmark",
    "finnish": "Finland",
    "polish": "Poland",
    "czech": "Czech Republic",
    "hungarian": "Hungary",
    "romanian": "Romania",
    "bulgarian": "Bulgaria",
    "greek": "Greece",
    "turkish": "Turkey",
    "turks": "Turkey",
    "russian": "Russia",
    "russians": "Russia",
    "ukrainian": "Ukraine",
    "ukrainians": "Ukraine",
    "belarusian": "Belarus",
    "syrian": "Syria",
    "syrians": "Syria",
    "iraqi": "Iraq",
    "iraqis": "Iraq",
    "iranian": "Iran",
    "iranians": "Iran",
    "israeli": "Israel",
    "israelis": "Israel",
    "palestinian": "Palestine",
    "palestinians": "Palestine",
    "lebanese": "Lebanon",
    "jordanian": "Jordan",
    "egyptian": "Egypt",
    "egyptians": "Egypt",
    "saudi": "Saudi Arabia",
    "saudis": "Saudi Arabia",
    "yemeni": "Yemen",
    "afghan": "Afghanistan",
    "afghans": "Afghanistan",
    "pakistani": "Pakistan",
    "indian": "India",
    "indians": "India",
    "chinese": "China",
    "japanese": "Japan",
    "korean": "Korea",
    "vietnamese": "Vietnam",
    "thai": "Thailand",
    "indonesian": "Indonesia",
    "filipino": "Philippines",
    "australian": "Australia",
    "australians": "Australia",
    "canadian": "Canada",
    "canadians": "Canada",
    "mexican": "Mexico",
    "mexicans": "Mexico",
    "brazilian": "Brazil",
    "argentine": "Argentina",
    "argentinian": "Argentina",
    "chilean": "Chile",
    "colombian": "Colombia",
    "venezuelan": "Venezuela",
    "cuban": "Cuba",
    "cubans": "Cuba",
    "nigerian": "Nigeria",
    "kenyan": "Kenya",
    "ethiopian": "Ethiopia",
    "libyan": "Libya",
    "tunisian": "Tunisia",
    "algerian": "Algeria",
    "moroccan": "Morocco",
    "sudanese": "Sudan",
    "somali": "Somalia",
    "qatari": "Qatar",
    "emirati": "United Arab Emirates",
    "kuwaiti": "Kuwait",
    "georgian": "Georgia",
    "armenian": "Armenia",
    "azerbaijani": "Azerbaijan",
    "kazakh": "Kazakhstan",
    "north korean": "North Korea",
    "south korean": "South Korea",
    "new zealand": "New Zealand",
    "south african": "South Africa",
    "zimbabwean": "Zimbabwe",
    "albanian": "Albania",
    "serbian": "Serbia",
    "croatian": "Croatia",
    "slovenian": "Slovenia",
    "slovak": "Slovakia",
    "bosnian": "Bosnia and Herzegovina",
    "estonian": "Estonia",
    "latvian": "Latvia",
    "lithuanian": "Lithuania",
    "icelandic": "Iceland",
    "cypriot": "Cyprus",
    "moldovan": "Moldova",
    "peruvian": "Peru",
    "bolivian": "Bolivia",
    "ecuadorian": "Ecuador",
    "uruguayan": "Uruguay",
    "panamanian": "Panama",
    "ghanaian": "Ghana",
    "ugandan": "Uganda",
    "tanzanian": "Tanzania",
    "rwandan": "Rwanda",
    "senegalese": "Senegal",
    "malaysian": "Malaysia",
    "singaporean": "Singapore",
    "bangladeshi": "Bangladesh",
    "nepalese": "Nepal",
    "sri lankan": "Sri Lanka",
    "taiwanese": "Taiwan",
    "mongolian": "Mongolia",
}

#: Alternative names of a country, so "US", "U.S." and "the United States" meet.
COUNTRY_ALIASES = {
    "us": "United States",
    "u.s.": "United States",
    "u.s": "United States",
    "usa": "United States",
    "u.s.a.": "United States",
    "united states of america": "United States",
    "america": "United States",
    "uk": "United Kingdom",
    "u.k.": "United Kingdom",
    "britain": "United Kingdom",
    "great britain": "United Kingdom",
    "uae": "United Arab Emirates",
    "dprk": "North Korea",
    "prc": "China",
    "russian federation": "Russia",
}

#: Nouns that make the words before a name a role ("Foreign Minister", "intelligence chief").
TITLE_NOUNS = frozenset(
    """
    minister secretary president vice-president chancellor premier king queen prince princess
    chief head leader chairman chairwoman chairperson chair director ceo cfo founder executive
    spokesman spokeswoman spokesperson envoy ambassador aide adviser advisor counsellor
    counselor counterpart deputy official officer commander general admiral colonel major
    captain lieutenant sergeant governor mayor senator congressman congresswoman representative
    rep. sen. gov. lawmaker legislator judge justice attorney prosecutor lawyer candidate
    nominee analyst economist professor researcher scientist expert correspondent reporter
    editor columnist coach manager owner partner president-elect pope bishop archbishop cardinal
    imam rabbi pastor priest sheikh ayatollah commissioner inspector superintendent sheriff
    diplomat negotiator strategist pollster activist spokesperson economist chairmanship member
    mp
    """.split()
)

#: Speech and cognition verbs that CUE_VERBS lacks but that also take a reported clause
#: ("the poll shows that …", "she joked that …", "the court ruled that …").
MORE_CLAUSE_VERBS = frozenset(
    """
    show find suggest indicate reveal demonstrate prove imply conclude determine rule demand
    wonder discover hear wish joke lie fathom notice figure presume suppose trust recommend advise
    assure convince persuade inform notify confess plead concede reply retort testify blog
    predict forecast project calculate estimate speculate theorize theorise hypothesize
    acknowledge admit insist maintain contend complain worry fear doubt deny dispute attest hint
    establish
    """.split()
)

#: Verbs whose to-infinitive is what someone wants, means or refuses to do ("vowed to repeal …").
INTENT_VERBS = frozenset(
    """
    want wish hope plan intend aim seek decide refuse decline vow pledge promise threaten agree
    offer propose prefer demand insist choose expect vote push fight campaign strive hesitate
    resolve swear guarantee undertake
    """.split()
)

#: Verbs that get someone else to act ("urged lawmakers to act"): object and infinitive are the content.
DIRECTIVE_VERBS = frozenset(
    """
    urge encourage ask tell implore persuade convince order instruct advise warn invite press
    pressure beg challenge dare direct command allow permit forbid call remind lobby
    """.split()
)

#: Verbs of stance, evaluation and report whose object is the content ("criticized the plan").
OBJECT_CUE_VERBS = frozenset(
    """
    praise criticize criticise attack blast slam condemn denounce reject endorse back support oppose
    defend question dispute challenge cite mention discuss address describe highlight tout mock
    ridicule blame accuse applaud welcome hail laud commend thank congratulate deride dismiss
    decry lambaste bash chide scold rebuke fault assail downplay bemoan lament regret deplore
    despise admire favor favour embrace champion advocate promote request propose recommend
    announce unveil outline detail disclose report reference invoke quote acknowledge admit
    concede confirm deny refute rebut contradict echo repeat reiterate express voice call label
    brand dub characterize characterise portray paint view regard deem predict estimate
    forecast claim allege note stress emphasize emphasise underscore explain suggest argue
    tweet write post publish reveal document profile examine analyze analyse investigate
    demand seek urge want oppose protest boycott veto sign pledge promise vow threaten
    recall recount remember applaud celebrate honor honour salute mourn apologize apologise
    question doubt ignore overrule show indicate reflect link liken compare offer present
    lay issue proclaim chronicle grill compliment exhort retweet identify judge
    recognize recognise approve signal debate understate overstate exaggerate contemplate float
    pitch trumpet herald rate rank cast single sum recite contest sponsor list attribute
    """.split()
)

#: Naming verbs: object and predicate together are the content ("called the plan a disgrace").
NAMING_VERBS = frozenset("call label brand dub name term deem consider declare pronounce".split())

#: Prepositions whose object is a verb cue's content, and the cue verbs that take each
#: ("called for a ban", "spoke about the deal", "described it as a failure").
PREP_CUES: dict[str, frozenset[str]] = {
    "about": frozenset(
        """
        speak talk write comment complain boast brag joke warn ask inquire enquire think know
        worry care argue testify tweet post say tell remind lie wonder learn hear read rail
        lash weigh muse reflect reminisce caution chat testify report blog raise
        """.split()
    ),
    "of": frozenset(
        """
        speak talk write warn accuse convince persuade remind inform notify boast think know
        approve disapprove despair dream hear learn tell complain
        """.split()
    ),
    "on": frozenset(
        """
        call comment focus weigh seize double elaborate remark report reflect insist agree
        disagree press push bet capitalize pounce harp dwell speak testify
        """.split()
    ),
    "for": frozenset(
        """
        call push advocate argue campaign vote press plead praise criticize criticise blame
        apologize apologise thank fault credit slam attack lobby fight root pray ask appeal
        clamor clamour hope wish endorse commend applaud
        """.split()
    ),
    "against": frozenset(
        """
        speak argue campaign vote warn rail protest testify caution lobby fight rule decide
        advocate lash
        """.split()
    ),
    # ("responded to the lawsuit", "reacted to the news", "confessed to the crime" name what was answered
    # or done, not what was said: under 0.35 precision on PolNeAR's train split, none on real pages)
    "to": frozenset("refer point object reply allude agree admit".split()),
    "as": frozenset(
        """
        describe refer see view portray cite hail characterize characterise brand label dismiss
        criticize criticise regard treat cast paint depict frame praise condemn denounce present
        """.split()
    ),
    "with": frozenset("reply agree disagree side concur".split()),
}

#: Nouns that name a reported act or stance and carry its content in a clause or "of/about/for"
#: phrase ("questions about the deal", "criticism of the plan", "his claim that …").
MORE_CUE_NOUNS = frozenset(
    """
    claim charge report statement assertion allegation accusation announcement warning argument
    belief view remark comment suggestion insistence promise pledge testimony admission denial
    question questions concern concerns criticism critique praise support opposition call calls
    demand demands request proposal plan plans vow threat hope hopes fear fears doubt doubts
    suspicion suspicions speculation rumor rumour assurance complaint complaints attack attacks
    endorsement rejection refusal defense defence decision ruling finding findings conclusion
    estimate prediction forecast assessment analysis explanation admission disdain contempt
    praise condemnation denunciation dismissal insistence idea notion theory message declaration
    """.split()
)

#: What a statement is made in ("said in an email that …", "told reporters in an interview that …").
MEDIA_NOUNS = frozenset(
    """
    statement interview email e-mail letter post tweet message memo note speech release filing
    column essay blog video podcast call conversation remark remarks testimony affidavit op-ed
    editorial report briefing address appearance hearing
    """.split()
)

#: Adjectives that report a stance with a clause ("was sure that …", "were frustrated that …").
CUE_ADJECTIVES = frozenset(
    """
    sure certain confident convinced aware adamant clear unclear obvious frustrated worried
    concerned afraid hopeful optimistic pessimistic skeptical sceptical doubtful angry upset
    happy glad pleased disappointed surprised convinced insistent
    """.split()
)

#: The first word of an editor's label before a colon ("Correction:", "CLARIFICATION:"): a note about
#: the article, not someone's words.
EDITORIAL_LABELS = frozenset(
    "correction corrections clarification update updated editor editors note disclosure disclaimer related watch".split()
)

#: Common nouns (lemmas) that name people by their role, trade or group: the heads of described
#: actors ("U.S. officials", "an attorney for the company", "residents of Kabul").
PEOPLE_NOUNS = frozenset(
    """
    official critic member supporter opponent resident citizen voter worker employee staff staffer
    student child woman man people person migrant refugee immigrant emigrant defector fan player
    team deputy lawmaker legislator protester protestor demonstrator activist expert analyst
    researcher scientist doctor physician nurse soldier troop officer police leader executive
    investor farmer victim family parent survivor poster hopeful seeker spokesman spokeswoman
    spokesperson representative delegate delegation attorney lawyer detective investigator
    prosecutor agent diplomat envoy aide adviser advisor consultant source insider volunteer
    organizer organiser operator fighter militant rebel insurgent guard firefighter teacher pupil
    relative colleague ally rival candidate nominee manager coach athlete attendee visitor
    guest tourist passenger crew veteran user customer consumer shareholder patient inmate
    prisoner detainee suspect witness journalist reporter correspondent editor blogger
    commentator observer campaigner advocate lobbyist donor backer follower believer scholar
    academic professor graduate employer contractor engineer official authority
    """.split()
)

#: Common nouns (lemmas) for places that a name can pin down ("the U.S. border", "the Lombardy
#: region", "Google headquarters in California"): described places, actors like named ones.
PLACE_NOUNS = frozenset(
    """
    border region county province district territory country nation headquarters station booth
    manor lobby embassy consulate camp
    area city town village suburb neighborhood neighbourhood quarter street road avenue square
    corner bridge tunnel building hospital clinic church cathedral chapel temple mosque
    synagogue monastery convent abbey cemetery grave tomb museum library archive gallery theatre
    theater stadium arena airport harbor harbour port hotel hostel cafe restaurant shop store
    factory plant mine farm estate palace castle mansion house apartment campus park garden prison
    jail courthouse facility island valley river lake sea coast shore bay mountain hill
    desert forest peninsula continent heartland
    """.split()
)

#: People nouns that name a whole body in the singular ("the station staff at …", "the team from
#: Iran"): a group even with "the".
COLLECTIVE_NOUNS = frozenset("staff police team crew delegation family personnel people".split())

#: Posts that one person holds at a time ("the President of France", "Minister of Defence"): the
#: holder is mostly named in the text, so the post is no actor of its own.
UNIQUE_POSTS = frozenset(
    """
    president minister secretary chancellor premier king queen governor mayor chairman chairwoman
    chair ceo head chief director
    """.split()
)

#: Verbs of belief, expectation and estimate: their claims are kind "belief" (what someone thinks),
#: not a statement made ("believes that …", "expects growth", "estimates the cost at …").
BELIEF_VERBS = frozenset(
    """
    believe think feel fear hope expect suspect doubt worry assume consider reckon guess imagine
    suppose presume trust estimate forecast project calculate speculate theorize theorise
    hypothesize wonder judge know understand realize realise recognize recognise view regard
    see deem
    """.split()
)

#: Cue nouns whose content is what someone wants done ("his plan to …", "calls for a ban").
INTENTION_NOUNS = frozenset(
    """
    plan plans pledge promise vow demand demands request proposal call calls threat decision
    intention intent offer bid push
    """.split()
)

#: Cue nouns whose content is what someone thinks ("her belief that …", "fears of a recession").
BELIEF_NOUNS = frozenset(
    """
    belief view fear fears hope hopes doubt doubts suspicion suspicions estimate prediction
    forecast assessment theory idea notion expectation expectations
    """.split()
)

#: Verbs whose "for"/"against" phrase is what the subject wants done ("called for a ban",
#: "campaigned against the tax"): an intention, not a statement.
INTENTION_PREP_CUES = frozenset(
    """
    call push advocate campaign vote press plead lobby fight root pray ask appeal clamor clamour
    hope wish argue
    """.split()
)

#: Verbs of action and publication that OBJECT_CUE_VERBS holds for their other uses ("wrote that …",
#: "the bill was signed by …"): a bare noun phrase as their object is a thing done, made or handed
#: over, not a statement ("posted $100,000 bond", "issued a statement", "unveiled many products",
#: "claimed the body"). Each is under 0.6 precision as an object claim on PolNeAR's train split too.
ACTION_VERBS = frozenset(
    """
    offer cast address write reflect challenge present sign embrace claim celebrate publish
    investigate signal unveil debate examine sponsor analyze analyse post issue release lay
    """.split()
)

#: Records that show what they capture, not what anyone says: "video shows officers racing up the
#: stairs" depicts an event; a poll or a study that "shows" something reports a finding.
VISUAL_RECORDS = frozenset(
    """
    video videos footage photo photos photograph photographs image images picture pictures clip
    clips film camera cameras bodycam dashcam livestream screenshot screenshots
    """.split()
)

#: Descriptions that stand for an organisation named before them ("the company said").
ORG_DESCRIPTIONS = frozenset(
    """
    company firm group organization organisation agency corporation business retailer maker
    manufacturer bank network label band club studio carrier airline startup charity union party
    broadcaster publisher chain developer operator insurer lender brand utility brokerage
    automaker carmaker regulator watchdog ministry department newspaper outlet
    """.split()
)
