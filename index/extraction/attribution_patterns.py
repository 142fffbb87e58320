"""The words of attribution: who can be named ("the ministry", "officials", a title), the verbs
of saying, and the forms that name a source ("according to X", "per X", "X's figures", a
title ending in "– X", "Source: X –"). Data for `claimants` and `subjects`."""

from __future__ import annotations

import re

from index.extraction.initials import by_initial, initials_ahead
from index.extraction.referents import DESCRIPTION_NOUNS

ROLE_WORDS = (
    "intelligence|spy|agencies|agency|officials?|ministry|spokesman|spokeswoman|spokesperson|president"
    "|commander|chief|general|staff|forces|military|army|authorities|government|sources|analysts"
    "|experts|defen[cs]e|office|service|services|department|council|command|adviser|advisor"
    "|minister|secretary|head|director|governor|mayor|commander-in-chief|officer|navy|administration"
    "|mission|monitors|group|institute|watchdog|observers|media|newspaper|envoy|ambassador|leader"
    "|prime|foreign|deputy|air|force|armed|counterpart|representative|think-tank|researchers"
    "|organi[sz]ation|human|rights|refugee|health|monitoring|blog|project|investigators|prosecutors?"
    "|police|volunteers|regional|national|state|security|emergency|press|joint|chiefs|top|senior"
    "|former|military['’]s|ministry['’]s|staff['’]s|estimates|assessment|update|data|figures|report"
    "|forces['’]|outlet|television|channel|news|spokesmen|operational|strategic|founder|boss|owner"
    "|mercenary|company|lawmaker|deputies|parliament|ombudsman|commissioner|envoy|correspondent"
    "|spokesperson['’]s|general['’]s|office['’]s|prosecutor['’]s|group['’]s|affairs|interior|emergencies"
    # "the Ukrainian parliament's Commissioner for Human Rights": a body's office goes on past its owner
    "|parliament['’]s|president['’]s|government['’]s|army['’]s|navy['’]s|agency['’]s|service['’]s|council['’]s"
    "|eastern|western|southern|northern|central|presidency|chancellery|cabinet|embassy|mission"
    "|milbloggers|bloggers|migration|humanitarian|relief|aid|refugees|children['’]s|ombudsperson"
    "|journalists|reporters|scientists|historians|demographers|activists"
    "|local|provincial|occupation|presidential|public"
    # "according to the Russian side"
    "|side"
)
NP_TOKEN = re.compile(
    rf"(?:[A-Z][\w’'.&-]*|of|the|for|and|de|von|van|der|den|da|al|bin|(?:{ROLE_WORDS})(?:['’]s)?)$"
)
PRONOUNS = re.compile(
    r"(?:it|he|she|they|him|her|them|the\s+(?:ministry|military|agency|department|office|report|army"
    r"|command|update|bulletin|statement|government|service|institute|think[- ]tank))$",
    re.I,
)
# A description that refers back to a claimant named before ("the think tank", "the British
# ministry", "the news digest", "the two organisations"): resolved against the article's
# claimants by `index.extraction.referents`.
DESCRIPTION_RE = re.compile(
    r"(?:(?:the|this|that|its|their)\s+)?(?:[\w.’'-]+\s+){0,3}?(?:" + DESCRIPTION_NOUNS + r")$", re.I)
DESCRIPTION_SUBJECT_RE = re.compile(
    r"\b(?:the|this|its|their)\s+(?:[\w.’'-]+\s+){0,3}?(?:" + DESCRIPTION_NOUNS + r")\s*$", re.I)
SAY_VERBS = (
    r"said|says|say|stated|states|claims|claimed|claim|believes|believe|believed|reports|reported"
    r"|report|estimates|estimated|estimate|announced|announces|added|adds|told|wrote|writes|noted"
    r"|notes|confirmed|confirms|assessed|assesses|cited|cites|counted|counts|recogni[sz]es|recogni[sz]ed"
    r"|acknowledged|acknowledges|admitted|admits|conceded|concedes|revealed|reveals|disclosed|insisted|boasted|alleged|alleges"
    r"|calculated|tallied|documented|recorded|registered|declared|posted|published|updated|thinks?(?![\s-]+tanks?\b)"
    # "the BBC was reporting 6,476 killed", "Ukraine is also claiming to have destroyed 3,245 tanks":
    # the auxiliary is part of the verb, so the subject stands before it
    r"|(?:is|are|was|were|been)\s+(?:also\s+|now\s+|still\s+|already\s+)?(?:reporting|claiming|saying|estimating|alleging|insisting)"
    # "Minister Shoigu went on to explain that ...": the subject before the phrase
    r"|(?:went|goes|go)\s+on\s+to\s+(?:say|explain|add|note|claim|state|report|estimate)"
    r"|verified|found|finds|put\s+the\s+(?:number|figure|toll|death\s+toll|losses)|identified|identifies"
    # a count by name: "Mediazona has so far collected the names of over 160,000 troops killed"
    r"|(?:collected|compiled|established|gathered)\s+(?:the\s+)?names\s+of"
    r"|(?:puts?|pegged|pegs|placed|places|pinned|pins)\s+(?:[\w'’-]+\s+){0,4}(?:losses|casualties|number|figure|toll|death\s+toll|deaths|dead)"
    # ("has put Ukrainian losses since the beginning of Kyiv's counteroffensive at")
    r"(?:\s+(?:since|in|during|over|from|for|of)\s+[^.;:,\d]{0,60}?)?\s+at"
    # "losses, which the country's leaders put at about 1,300": the count is the clause's object
    r"|(?:puts?|pegged|pegs|placed|places)\s+(?:it\s+|them\s+)?at(?=\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+"
    r"|almost\s+|over\s+|more\s+than\s+|at\s+least\s+|up\s+to\s+|just\s+over\s+|just\s+under\s+)?\d)"
    # "Burns put the U.S. intelligence community's estimate ...", "when it gave a total of 1,351"
    r"|put\s+(?:the|its|their|his|her)\s+(?:[\w.’'-]+\s+){0,3}(?:estimate|tally|count)"
    r"|(?:gave|provided|offered)\s+(?:a|an|its|their|the|his|her)\s+(?:[\w-]+\s+){0,2}(?:total|figure|estimate|toll|count|tally|number)"
    r"|issued\s+(?:a|an|its|their)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:report|statement|update|estimate|assessment)"
    # "US officials increased their estimate of ... to 150,000"
    r"|(?:increased|raised|revised|lowered|updated|lifted)\s+(?:its|their|his|her)\s+(?:running\s+|official\s+|own\s+)?(?:estimates?|tally|count|toll)"
    # "Governor Kyrylenko revised an earlier estimate of 30 killed"
    r"|(?:increased|raised|revised|lowered|updated)\s+(?:an?|the)\s+(?:earlier\s+|previous\s+|initial\s+|official\s+)?estimates?"
    # "The UK MoD has released a casualty estimate:"
    r"|(?:released|published|issued)\s+(?:a|an|its|their|the)\s+(?:new\s+|latest\s+)?(?:[\w-]+\s+)?(?:estimate|assessment|update|report|statement|figures)"
    r"|show|shows|showed|indicate|indicates|indicated|suggest|suggests|suggested|described|describes"
    # the verbs of translations and briefings: "the Armed Forces affirm that", "he stressed that"
    r"|affirm|affirms|affirmed|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|specified|informed|asserted"
    r"|clarified|detailed|highlighted|underlined|pointed\s+out|explained|warned|maintained|announce|inform|informs"
    r"|reiterated|remarked|underscored|tweeted|tweets|recalled|projected"
    r"|warns|projects|explains|highlights|underlines|reiterates|underscores|recalls"  # a think tank's present tense
    # "Shoigu spoke of 5,937 deaths"
    r"|spoke\s+of|speaks\s+of|talked\s+of|talks\s+of|mentioned|mentions"
    # "Governor Ivan Fedorov denounced the killing of three people": the one who reports the toll
    # (not "the Pope decried a strike that left 18 dead": the toll is the strike's, said by no one)
    r"|(?:denounc|condemn|decri|deplor|lament)(?:ed|es|s)(?=\s+the\s+(?:killings?|deaths?|murders?|wounding|loss)\s+of\b)"
)
# Every verb above begins with a letter of this set: a word starting with another letter is
# skipped without trying the long list at it (the plain list tried at every position took a sixth of extraction's time).
# Past that test, the verbs are grouped by first letter (`initials`): the list tried whole at
# every word that passes it cost 7% of extraction's time.
SAY_INITIALS = "".join(sorted({w[0] for w in re.findall(r"[a-z]+", SAY_VERBS)}))
SAY_RE = re.compile(rf"\b(?=[{SAY_INITIALS}])(?:{by_initial(SAY_VERBS, 2)})\b", re.I)  # (by first, then second letter)
# the day a statement was made, which attributions carry beside the name ("said Monday the ministry")
DAY_WORDS = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday"
# a verb of saying used for something else: "declared war", "claims the lives of", "reported missing"
NOT_SAYING_AFTER_RE = re.compile(
    r"\s+(?:war|martial\s+law|(?:a\s+|an\s+)?(?:state\s+of\s+emergency|mobili[sz]ation|ceasefire|truce)"
    r"|(?:the\s+)?lives?\b|(?:more\s+|another\s+)?(?:victims|missing|dead|killed|wounded|injured|captured)\b"
    r"|as\s+(?:injured|wounded|killed|dead|missing|captured|destroyed)\b"
    # "regions that Russia recognizes as sovereign states": a status given, nothing said
    r"|as\s+(?:sovereign|independent|part\s+of|its\s+own|legitimate|a\s+terrorist)\b"
    # "claims of battlefield momentum", "reports of losses": a noun, not a verb
    r"|of\b"
    # "it has found itself mired in a war": no finding
    r"|(?:itself|themselves|himself|herself)\b)"
    # "volunteers from the Baltic states who joined": a noun, the states of a region
    r"|(?<=\bstates)\s+(?:who|which|were|are|have|had|and|or|in|of|to|from)\b", re.I)
# the words before a verb of saying that make it no statement ("the claims", "was reported")
# (not "has officially": the lookbehinds follow the "o", so the word opens with its letter)
NOT_SAY_WORDS = (r"a|an|the|were|was|been|be|being|is|are|with|of|to|these|those|its|their|his|her|widely"
                 r"|unconfirmed|o(?<!has\so)(?<!have\so)(?<!had\so)fficially|not|to|of|by|for|from|in|on|with")
_AUX = r"was|were|is|are|been|being"
NOT_SAY_BEFORE = re.compile(  # (grouped by first letter, `initials`: searched at each place of its window)
    rf"(?:\b{initials_ahead(NOT_SAY_WORDS)}(?:{by_initial(NOT_SAY_WORDS)})|['’]s"
    # "It was also mentioned that ...": a passive, no one named
    rf"|\b{initials_ahead(_AUX)}(?:{by_initial(_AUX)})\s+(?:also|further|earlier|previously|reportedly))\s+$",
    re.I,
)
ADVERBIALS = re.compile(
    # every way to match opens with a space, a comma or a bracket, or is at the end: the
    # lookahead rules out the other places at once (searched, the expression is tried at every
    # character of its window: without it, this was 2.5% of extraction's time)
    r"(?=[\s,(]|$)"
    # (", there have been 2,870 deaths," is a clause of its own, no appositive)
    r"(?:(?>\s*+,\s*(?!\d|(?:there|it|we|they)\s)[^,]{2,90}(?=\s*+,))|(?>\s*+\([^()]{1,40}\))|(?:\s*+,)?\s++(?:has|have|had|also|previously|lately|recently|reportedly|repeatedly"
    r"|earlier|now|further|then|already|today|yesterday|again|once|officially|only|still|separately"
    r"|visually|independently|jointly|likely|probably|previously|initially|independently"
    r"|later|publicly|since|subsequently|itself|themselves|himself|herself|last|first"
    # "Zelensky meanwhile put ...", "the ministry, for its part, said"
    r"|meanwhile|however|too|in\s+turn|for\s+(?:its|his|her|their)\s+part"
    # "Russia uncharacteristically acknowledged", "the service Wednesday pegged"
    r"|(?!(?:early|only|family|daily|weekly|monthly|yearly|assembly|supply|rally|anomaly|belly|bully)\b)[a-z]{4,}ly|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    # "the United Nations, which as of Tuesday this week estimated"
    r"|as\s+of(?:\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+(?:19|20)\d\d)?)?"
    r"|(?:(?:early|late)\s+)?(?:on|last|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week"
    r"|month|year|night)|in\s+(?:a|an|its|their|his|her)\s+(?:(?:daily|latest|new|recent|weekly|evening|morning|official|separate"
    r"|written|televised|video|Telegram|Facebook|online)\s+){0,2}(?:statement|report|update|briefing|post|address|interview|message"
    r"|speech|video|summary)"
    # "The think tank ..., in January put total Russian casualties at ..."
    r"|in\s+(?:early\s+|late\s+|mid-?)?(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December|(?:19|20)\d\d)(?:\s+(?:19|20)\d\d)?"
    # "Ursula von der Leyen on November 30 estimated"
    r"|on\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}"
    r"(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December))(?:,?\s+(?:19|20)\d\d)?))*\s*+,?\s*+$"  # possessive: runs of spaces cost linear time
)
# ("the" goes on a name only after "of", "for" or "and": "US officials the Russian army would have
# suffered" is two phrases)
NP = r"(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+(?:[A-Z][\w’'.&-]*|(?:of|for|and)(?:\s+the)?|de|von|der|al|(?:" + ROLE_WORDS + r"))(?![\w’'-])){0,9}"
NP_ANY = r"(?:the\s+)?(?:[A-Za-z][\w’'.&-]*)(?:\s+(?:[A-Z][\w’'.&-]*|(?:of|for|and)(?:\s+the)?|(?:" + ROLE_WORDS + r"))(?![\w’'-])){0,9}"
ACCORDING_RE = re.compile(  # case-insensitive lead-in only: the name itself must be capitalised
    # "according to a Russian offensive campaign assessment by the ISW": the work's words, then its author
    r"(?i:\baccording\s+to\s+(?:(?:an?|the)\s+)?(?:(?:latest|new|recent|official|updated|preliminary"
    r"|daily|fresh|internal|leaked)\s+)*(?:(?:(?!(?:citing|quoting|and|of|from|by|with|in|for|the|an?)\b)[\w-]+\s+){0,3}?(?-i:(?=[a-z]))(?:assessment|estimates?|reports?|data|figures|statements?|research|study"
    r"|analysis|investigation|survey"
    r"|update|intelligence\s+update|count|tally|numbers|statistics|information|bulletin|calculations)\s+"
    rf"(?:(?:[a-z]+ly\s+)?[a-z]+ed\s+)?(?:by|from|of)\s+)?)"
    # "by independent Russian media outlets Mediazona and Meduza": the outlets by name
    r"(?:(?:independent|investigative|exiled|opposition)\s+(?:[A-Z][a-z]+\s+)?(?:media\s+|news\s+)?(?:outlets?|websites?)\s+(?=[A-Z]))?"
    rf"(?P<np>{NP_ANY})"
)
# (not a unit: "138 Troops per Square Mile Gained" in a title)
PER_RE = re.compile(rf"(?:\bas\s+per|(?<![\w-])[Pp]er)\s+(?!(?i:square|day|week|month|year|hour|cent|capita|kilomet\w*|km|mile)\b)(?P<np>{NP})")
# the works a source gives ("Konashenkov refuted claims from the General Staff that ...": refuted or
# not, the claim is theirs)
FROM_WORKS = (r"reports?|figures|data|numbers|statistics|estimates?|assessment|update|bulletin|statement"
              r"|claims|count|tally|information|analysis|study|research|investigation|survey")
FROM_RE = re.compile(  # (the lookahead: the initials of the words, so other words are passed over at once;
    # then the words grouped by first letter, `initials`)
    rf"(?i:\b(?=[rfdnseaubcti])(?:{by_initial(FROM_WORKS)})\b(?:,?\s+(?:[a-z]+ly\s+)?(?:emerged|released|published|issued|compiled|provided|collected"
    rf"|shared|obtained|received|came))?\s+(?:from|by)\s+)(?P<np>{NP})"
)
# "Figures ... were cited by Zelensky"
# a quotation, then a dash and who said it: "'... lost about 1 million people' – Belousov."
QUOTE_THEN_NAME = r"[\"”'’]\s*[–—-]\s*[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,2}\.?\s*$"
# the office of a named region or city, its place capitalised: "the governor of the Dnipropetrovsk
# region" (not "the governor of the border region")
OFFICE_OF_REGION = (r"(?P<office>(?i:governor|mayor))\s+of\s+(?:the\s+)?(?P<place>[A-Z][\w’'-]+)"
                    r"\s+(?i:region|oblast|province|city)")
# a group with no name of its own, which a place can name ("officials in Kyiv", "police in Odesa")
GROUP_WORDS = r"officials?|authorities|military|army|prosecutors|police|rescuers|emergency\s+services|government"
# where such a group sits: "in Kyiv", "in the southeastern Zaporizhzhia region", "in the port city of Mariupol"
COMPASS = r"(?:(?:north|south)(?:-?(?:east|west))?|east|west)ern|central"
PLACE_IN = (rf"in\s+(?:the\s+)?(?:(?i:{COMPASS})\s+)?(?:(?i:(?:port|frontline|front-line|border)\s+)?"
            r"(?i:city|town|village)\s+of\s+)?(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)")
# experts of a kind the article names ("military experts estimate", "independent analysts"): a
# claimant, whose estimate of one figure is not the next sentence's source
EXPERTS = r"(?:military|independent|defen[cs]e|satellite|open[-\s]source|western)\s+(?:analysts|experts)"
EXPERTS_RE = re.compile(EXPERTS, re.I)
# a group the article qualifies, in lower case: "as reported by local authorities"
QUALIFIED_GROUP = (r"(?:(?:(?:regional|local|provincial|city|state|senior|top|military|defen[cs]e|government|police|health|public"
                   r"|emergency|border|occupation|occupying|installed|appointed)\s+){1,3}(?:officials?|authorities|administration"
                   rf"|prosecutor['’]s\s+office|prosecutors)|{EXPERTS})")
# the auxiliary of a passive naming its agent ("was reported by"), and the participles that
# name one alone ("the latest data on the operation released by Russia's Defence Ministry")
PASSIVE_AUX = r"(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|later\s+|independently\s+)?|as\s+"
BY_PARTICIPLES = (r"released|published|issued|provided|compiled|presented|shared|posted|cited|quoted|identified"
                  r"|documented|verified|counted|recorded|collected|gathered|analy[sz]ed|examined|reviewed|studied"
                  r"|conducted|carried\s+out|given|reported|confirmed|estimated")
PASSIVE_BY_RE = re.compile(  # (both lists grouped by first letter, `initials`: searched at every word)
    rf"(?i:\b{initials_ahead(PASSIVE_AUX)}(?:{by_initial(PASSIVE_AUX)})"
    r"(?:cited|reported|given|released"
    rf"|published|confirmed|announced|provided|claimed|stated|estimated)\s+by\s+)"
    # "as reported by Odesa region Governor Oleh Kiper": the office of a region, then who holds it
    rf"(?P<np>{NP}(?:\s+(?:region|oblast|city)\s+{NP})?|{QUALIFIED_GROUP})"
    rf"|(?i:\b{initials_ahead(BY_PARTICIPLES)}(?:{by_initial(BY_PARTICIPLES)})"
    # "the study, published Tuesday by the Center for ...": when, then by whom
    rf"(?:\s+(?:on\s+)?(?:{DAY_WORDS}|this\s+week|last\s+week|earlier\s+this\s+\w+))?\s+by\s+)"
    rf"(?P<np2>{NP})"
)
# a name before its possessive: its words hold no apostrophe ("the British Ministry of Defence's")
_NP_OWNER = r"(?:the\s+)?[A-Z][\w.&-]*(?:\s+(?:[A-Z][\w.&-]*|of|the|for|and|(?:" + ROLE_WORDS + r"))(?![\w-])){0,9}"
# a body's work after its possessive: "the British Ministry of Defense's intelligence assessment",
# "The Kremlin's first statement on its casualties noted that 498 soldiers had been killed" (one
# list for the expression and its hint)
_OWNERS = r"(?:['’]s|(?<=[a-z]s)['’])\s+(?:latest\s+|own\s+|official\s+|new\s+|intelligence\s+|daily\s+|weekly\s+|first\s+)?"
_WORKS = (r"numbers|figures?|data|count|tally|estimates?|assessment|update|bulletin|statistics|research|analysis|study"
          r"|calculations|findings|statement|announcement|briefing|confirmation|records|tracker|database")
POSSESSIVE_RE = re.compile(
    # ("the Ukrainian Armed Forces' latest estimates": a plural's possessive has no s of its own)
    rf"(?P<np>{_NP_OWNER}){_OWNERS}(?:{_WORKS}"
    # "Moscow's widely disputed claims that just over 6,000 ...", "Trump's claim hours earlier that"
    # ("Ukraine's admission last weekend that it had lost 31,000 troops")
    r"|(?:[a-z]+\s+){0,2}?(?:claims?|assertion|admission)(?=\s+(?:that|of)\b|\s+[a-z]+\s+(?:earlier|before)\s+that\b"
    r"|\s+(?:last|this|on)\s+[A-Za-z]+\s+that\b))\b"
)
TRAILING_RE = re.compile(  # "..., Says Russia" in a title's capitals too; '"...," said spokesman X'
    r",[\"”’]?\s*(?i:claims?|claimed|said|says|reports?|reported|according\s+to|stated|states|added|adds"
    # (not "..., said on Telegram.": where, not who)
    r"|estimates?|believes?|announced)\s+(?!(?i:on|in|at|via|through|to|from|during|after|before|late|early|last"
    rf"|this|earlier|later|yesterday|today)\b)(?P<np>{NP_ANY})\s*[.!?\"”'’]*\s*$"
)
POSSESSIVE_HINT_RE = re.compile(rf"{_OWNERS}(?:{_WORKS}|(?:[a-z]+\s+){{0,2}}?(?:claims?|assertion|admission))\b")
CITED_BY_RE = re.compile(rf"(?P<np>{NP}),\s+(?:as\s+)?(?:cited|quoted)\s+by\b")
CITED_BY_TAIL_RE = re.compile(r",\s+(?:as\s+)?(?:cited|quoted)\s+by\b")  # how CITED_BY_RE ends
HEADLINE_RE = re.compile(r"^\W{0,3}(?P<np>[A-Z][\w’'.&-]*(?:\s+[\w’'.&-]+){0,5}):\s")
HEADLINE_LABELS = {"update", "live", "watch", "breaking", "opinion", "analysis", "exclusive", "video",
                    "photos", "explainer", "factbox", "timeline", "q&a", "editorial", "comment", "read",
                    "note", "related", "source", "sources", "photo", "image", "listen", "podcast",
                    # a byline: "News Desk: More than 23,000 Russian troops ..."
                    "news", "desk", "web", "online", "staff", "bureau", "correspondent"}
LOWER_SAID_AFTER_RE = re.compile(
    rf"\s+(?P<np>the\s+(?:{ROLE_WORDS})(?:\s+(?:of|the|[A-ZÀ-ÖØ-ÞŁŚŻŹĆŃČŠŽ][\w’'.-]*|(?:{ROLE_WORDS}|region|oblast|province|district|city)(?![\w’'-]))){{0,5}})")
HEADLINE_TAIL_RE = re.compile(r":\s+(?P<np>(?:[A-Z][\w’'.&-]*\s+){0,4}[A-Z][\w’'.&-]*)\s*$")
# "Ukraine lost over 8,000 soldiers in a week – Russian MOD", "..., 1,935 injured - UN",
# "250 tanks destroyed: Ukraine armed forces": a title line ending in who says it
DASH_TAIL_RE = re.compile(
    r"(?:\s[-–—]|:)\s+(?P<np>(?:the\s+)?(?:[A-Z][\w’'.&-]*|(?:" + ROLE_WORDS + r"))(?:\s+(?:[A-Z][\w’'.&-]*|of|the|(?:"
    + ROLE_WORDS + r"))){0,5})\.?\s*$")
# "Source: Ukrainian Memory Book – 35,000 ...": a label line naming where its figures come from
# "Comment: Oleg Sinegubov:" over the quote that follows (a translated news site's layout)
LABEL_LINE_RE = re.compile(rf"^\W{{0,3}}(?:Comment|Quote|Statement|Commentary)\s*:\s*(?P<np>{NP})\s*:\s*$")
SOURCE_LABEL_RE = re.compile(r"^\W{0,3}(?:Sources?|Data|Figures)\s*:\s*(?P<np>[^–—:\n]{2,60}?)\s+[-–—:]\s")
# "Figures shared by the MoD, attributed to the General Staff": who first said it
ATTRIBUTED_RE = re.compile(rf"\b(?:attributed|credited)\s+to\s+(?P<np>{NP_ANY})")
# "the Sunday report of the General Staff", "data of the UN monitoring mission"
REPORT_OF_RE = re.compile(  # (the lookahead: the initials of the words, as in FROM_RE)
    r"(?i:\b(?=[rdfesbuct])(?:reports?|data|figures|estimates?|statement|bulletin|update|summary|count|tally)\s+of\s+)"
    rf"(?P<np>(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+(?:[A-Z][\w’'.&-]*|of|the|for|and|(?:{ROLE_WORDS}))(?![\w’'-])){{0,9}})"
    # the source ends there ("the report of the General Staff, ..."); "the tally of Russian
    # military deaths" names what is counted
    r"(?=\s*(?:[,.;:)(\"”]|$)|\s+(?:on|in|at|for|from|was|were|is|are|has|had|have|which|that|who|shows?"
    r"|showed|says?|said|states?|stated|reads?|indicates?|indicated|published|released|issued|also|as|and|[-–—])(?!\w))")
WORDS_OF_RE = re.compile(rf"(?i:\bin\s+the\s+words\s+of\s+)(?P<np>{NP})")
TITLE_LINE_RE = re.compile(r"[.!?;][\"”’']?\s*$")
GENERIC_SUBJECT_RE = re.compile(r"^\W*(?:Reports|Media\s+reports|Sources|Estimates|Some\s+reports)\s+"
                                r"(?:indicate|suggest|say|show|claim)\b")


PASSIVE_RE = re.compile(r"\b(?:is|are|was|were|been|being)\s+(?:also\s+|further\s+|earlier\s+|previously\s+|reportedly\s+)?$",
                        re.I)
# '"...," said X' names X only when the name ends there ("..., said Ukrainian shelling in the
# past day ..." is what was said)
NAME_ENDS_RE = re.compile(
    r"\s*(?:[,.;:!?\"”)(]|[-–—]|$|(?:on|in|at|late|early|earlier|today|yesterday|who|which|adding|told|according|last|this)\b)")
HEDGE_RE = re.compile(r"(?:(?:media|some|unconfirmed|local|press|news|other)\s+)?(?:reports|sources)", re.I)
# words that are never who speaks: a pronoun, a word of a title, a sentence's first word, a date
NOT_A_NAME_RE = re.compile(
    r"(?:we|i|us|our|you|new|latest|recent|fresh|other|some|many|several|more|most|further|additional"
    r"|last|first|next|previous"
    # a sentence's first word or a date, never who speaks: "Preliminary figures indicated",
    # "Having said that ...", "According to United Nations data from August"
    r"|preliminary|initial|initially|(?-i:Unofficial|Official)|overall|having|being|given|following|citing|quoting|speaking"
    r"|judging|considering|meanwhile|however|moreover|regarding|concerning"
    rf"|January|February|March|April|May|June|July|August|September|October|November|December|{DAY_WORDS})",
    re.I)  # "Last updated: 14:30"
# "according to United Nations data from August": whose data, not when
MONTH_NP_RE = re.compile(r"(?:(?:early|late|mid-?)\s*)?(?:January|February|March|April|May|June|July|August"
                         r"|September|October|November|December)(?:\s+(?:19|20)\d\d)?|(?:19|20)\d\d")
OWNER_OF_WORK_RE = re.compile(rf"(?P<np>{NP})\s+(?:data|figures|estimates?|statistics|reports?|numbers)\s+(?:from|of)\s+$")
# a country's word in a description: "a US official" is someone of that country's, not no one
COUNTRY_WORD_RE = re.compile(r"\b(?:US|U\.S\.|UK|U\.K\.|UN|U\.N\.|NATO|Nato|EU|British|American|Russian|Ukrainian"
                             r"|Western|European|German|French|Polish|Kremlin|Pentagon)\b")
# "according to the same estimate", "according to these figures": the work named before
SAME_WORK_RE = re.compile(r"(?:same|this|that|these|those)\s+((?:estimates?|figures|data|report|study|assessment|count"
                          r"|tally|statement|analysis|update|bulletin))\b", re.I)
# a verb of saying as a participle after the main clause: ", saying 12 people were killed"
PARTICIPLES = "saying adding reporting noting claiming stating announcing estimating writing stressing specifying"
PARTICIPLE_SAY_RE = re.compile(rf",\s+(?:{'|'.join(PARTICIPLES.split())})\b", re.I)
OPENING_SUBJECT_RE = re.compile(
    rf"\W*(?:(?:On|In|Late|Early|Earlier|Later|Meanwhile)\b[^,]{{0,40}},\s*|[A-Z][a-z]+ly,\s*)?(?P<np>{NP})"
    # (its initials in brackets: "the UK Ministry of Defence (MoD) shed light ..., estimating")
    r"(?:\s*\([A-Z][\w.&-]{1,12}\))?"
    r"\s+(?:(?:has|have|had|also)\s+)?(?:[a-z]+(?:ed|s)|met|spoke|went|gave|held|took|made|came|wrote|sent|led)\b")
# a nation, or a force or weapon that acts: no speaker of the participle ("Russian forces shelled ..., saying")
NATIONALITY_ONLY_RE = re.compile(r"(?:the\s+)?(?:(?:Russian|Ukrainian|Russia|Ukraine|Kyiv|Kiev|Moscow)(?:['’]s)?"
                                 r"|.*\b(?:forces|troops|army|military|strikes?|attacks?|shelling|missiles?|drones?|units?))", re.I)
# a title ending in who says it, with no comma, before the site's name
SAYS_AT_END_RE = re.compile(r"\s(?P<np>(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'.-]*)\s+says\s*(?:[–—|-]\s*[^–—|.]{0,40})?$")
OFFICE_THEN_NAME_RE = re.compile(
    r"\s+(?:its|the|the\s+region['’]s)\s+(?:regional\s+|acting\s+)?(?:governor|mayor|head)\s*,\s*"
    r"(?P<np>(?:[A-Z][\w’'.-]+\s+){1,2}[A-Z][\w’'.-]+)")
# a translation's order after the verb: "said Monday the commander-in-chief of the army, Valery
# Zalouzhny.", "declared on April 12, the governor of the Donetsk region, Pavlo Kirilenko."
ROLE_THEN_NAME_RE = re.compile(
    rf"\s+(?:on\s+)?(?:(?:{DAY_WORDS}"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2})\s*,?\s+)?"
    r"(?:the|a|an|its)\s+[^,.;]{3,90},\s*(?P<np>(?:[A-Z][\w’'.-]+\s+){1,2}[A-Z][\w’'.-]+)\s*[.;]?\s*$")
APPOSITIVE_NAME_RE = re.compile(rf",\s+(?P<np>{NP})(?:\s+\([A-Z][\w.&-]{{1,8}}\))?\s*(?:,|[.;!?]*[\"”’]?\s*$)")
# a lead naming the source the sentence's speaker draws on: "Citing data from the Office of
# the High Commissioner for Human Rights (OHCHR), she reports that ..."
CITING_LEAD_RE = re.compile(
    r"\W*(?:Citing|Quoting|Based\s+on)\s+(?:(?:the|its|their|his|her|official|latest|new|updated)\s+)*"
    rf"(?:data|figures|statistics|estimates?|reports?|information|numbers|counts?)\s+(?:from|of|by)\s+(?P<np>{NP})"
    r"(?:\s*\([^()]{1,20}\))?\s*,")
# a source in an absolute clause: "..., with the UN reporting at least 25 civilian deaths": its
# count of what follows
WITH_PARTICIPLES = ("reporting saying estimating putting claiming recording counting citing confirming documenting"
                    " verifying registering tallying")
WITH_SAYING_RE = re.compile(rf"\bwith\s+(?P<np>{NP})\s+(?:{'|'.join(WITH_PARTICIPLES.split())})\b")
# "By their estimate, Russia alone suffered ...": the body spoken of before, by its pronoun
BY_ITS_OWN_RE = re.compile(r"\b(?:[Bb]y|[Ii]n|[Oo]n)\s+(?P<p>its|their|his|her)\s+(?:own\s+)?(?:latest\s+)?"
                           r"(?:estimates?|counts?|calculations?|tally|reckoning|figures|data|assessment|records)\b")


def ends_in_word(text: str) -> bool:
    """`re.search(r"\\w\\s*$", text)`, without trying every place of `text` (str.rstrip's
    whitespace is `re`'s \\s; isalnum() and "_" are its \\w)."""
    last = text.rstrip()[-1:]
    return last.isalnum() or last == "_"

# the writer's own reckoning ("If so, then the monthly toll should double to 10,000", "Assuming
# the wounded equal the dead, ..."): no claim of the source named before
SUPPOSITION_RE = re.compile(r"^\W*(?:If|Assuming|Suppose|Supposing)\b|\bif\s+(?:so|we\s+assume|that\s+is\s+(?:so|the\s+case))\b", re.I)
