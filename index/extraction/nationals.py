"""Foreign nationals in this war: "Seven more Nepalese citizens serving the Russian Army ... have
died", "At least 55 Ghanaians have been killed fighting in the war". A count of a third country's
people is a loss of the side they fight for, and only when the words say they fought: Indian
students evacuated from Kharkiv are no one's soldiers.

`index.extraction.figures` reads the noun (class "nationals" in `metrics`); the article tells,
once, whether it is about foreigners in the armies and for which side (`fighters_of`).
"""

from __future__ import annotations

import re

from index.extraction.numbers import Number

I = re.IGNORECASE

# nationalities whose people are counted among the war's foreign fighters and recruits: plurals
# ("Nepalis", "Sri Lankans") and adjectives before a noun of people ("Nepalese citizens"); North
# Korea's soldiers are an army of their own ("North Korean troops": `metrics`), its men a plural here
_PLURALS = (
    r"Nepalis|Nepalese|Indians|Sri\s+Lankans|Cubans|Colombians|Ghanaians|Kenyans|South\s+Africans"
    r"|Cameroonians|Nigerians|Zambians|Egyptians|Brazilians|Peruvians|Mexicans|Chileans|Argentin(?:e|ian)s"
    r"|Ecuadorians|Bolivians|Venezuelans|Dominicans|Americans|Canadians|Australians|New\s+Zealanders|Britons|Brits"
    r"|Georgians|Belarusians|Moldovans|Romanians|Czechs|Slovaks|Latvians|Lithuanians|Estonians|Finns|Swedes"
    r"|Norwegians|Danes|Belgians|Italians|Spaniards|Croatians|Croats|Bulgarians|Hungarians|Greeks|Poles"
    r"|Germans|Frenchmen|Azerbaijanis|Kazakhs|Uzbeks|Tajiks|Kyrgyz|Turkmens|North\s+Koreans|Filipinos"
    r"|Bangladeshis|Pakistanis|Tunisians|Algerians|Moroccans|Africans|Latin\s+Americans|Togolese|Senegalese"
    # (not the plurals spelled as their adjective, "Chinese", "Swiss": "20 Chinese drones" counts drones;
    # nor Armenians, whose people in Ukraine and Russia are mostly residents, not foreigners come to fight)
    r"|Israelis|Syrians|Iraqis|Afghans|Iranians|Turks|Serbs|Serbians|Slovenians|Albanians|Bosnians"
    r"|Macedonians|Montenegrins|Austrians|Icelanders|Cypriots|Kosovars|Scots|Irishmen|Dutchmen|Libyans|Somalis"
    r"|Ethiopians|Ugandans|Tanzanians|Rwandans|Burundians|Malians|Ivorians|Zimbabweans|Mozambicans|Namibians"
    r"|Angolans|Gambians|Guineans|Liberians|Sierra\s+Leoneans|Yemenis|Jordanians|Palestinians|Saudis|Emiratis"
    r"|Haitians|Jamaicans|Uruguayans|Paraguayans|Guatemalans|Hondurans|Salvadorans|Nicaraguans|Panamanians"
    r"|Costa\s+Ricans|Thais|Malaysians|Indonesians|Mongolians|Laotians|Cambodians|South\s+Koreans"
)
_ADJECTIVES = (
    r"Nepali|Nepalese|Indian|Sri\s+Lankan|Cuban|Colombian|Ghanaian|Kenyan|South\s+African|Cameroonian"
    r"|Nigerian|Zambian|Egyptian|Brazilian|Peruvian|Mexican|Chilean|Argentin(?:e|ian)|Ecuadorian|Bolivian"
    r"|Venezuelan|American|Canadian|Australian|British|Georgian|Belarusian|Moldovan|Romanian|Czech|Slovak"
    r"|Latvian|Lithuanian|Estonian|Finnish|Swedish|Norwegian|Danish|Belgian|Italian|Spanish|Croatian"
    r"|Bulgarian|Hungarian|Greek|Polish|German|French|Azerbaijani|Kazakh|Uzbek|Tajik|Kyrgyz|Turkmen"
    r"|Filipino|Bangladeshi|Pakistani|Tunisian|Algerian|Moroccan|African|Latin\s+American"
    r"|Togolese|Senegalese"
    r"|Israeli|Syrian|Iraqi|Afghan|Iranian|Turkish|Serbian|Slovenian|Albanian|Bosnian|Macedonian"
    r"|Montenegrin|Austrian|Dutch|Irish|Scottish|Welsh|Portuguese|Swiss|Chinese|Japanese|Vietnamese|Thai"
    r"|Malaysian|Indonesian|Libyan|Somali|Ethiopian|Ugandan|Tanzanian|Rwandan|Burundian|Congolese|Malian"
    r"|Ivorian|Zimbabwean|Mozambican|Namibian|Angolan|Gambian|Guinean|Liberian|Sierra\s+Leonean|Sudanese"
    r"|Yemeni|Jordanian|Lebanese|Palestinian|Saudi|Emirati|Qatari|Haitian|Jamaican|Uruguayan|Paraguayan"
    r"|Guatemalan|Honduran|Salvadoran|Nicaraguan|Panamanian|Costa\s+Rican|Mongolian|Cypriot|Icelandic|Kosovar"
)
_PEOPLE = r"citizens|nationals|men|youths|mercenaries|soldiers|fighters|volunteers|recruits|servicemen|troops|workers"
# ("55 of the country's citizens", "94 of its nationals": a government counting its own people abroad;
# "at least one Kenyan": one of them)
NATIONALS = (rf"(?:{_ADJECTIVES})\s+(?:{_PEOPLE})|(?:{_PLURALS})"
             r"|(?<=\bits\s)(?:citizens|nationals)|(?<=country['’]s\s)(?:citizens|nationals)"
             rf"|(?<=\bone\s)(?:{_ADJECTIVES})(?![\w-])")

_STRUCK_RE = re.compile(r"\b(?:strikes?|struck|shelling|shelled|missiles?|drones?|bombing|attacks?)\b", I)
# the noun itself says they fight
_FIGHTING_NOUN_RE = re.compile(r"\b(?:mercenaries|soldiers|fighters|volunteers|recruits|servicemen|troops)$", I)
# words that say the people counted went to war
_AT_WAR_RE = re.compile(
    r"\b(?:fight(?:ing|s)?|fought|serv(?:ing|ed|e|es)|enlisted|recruit(?:ed|s|ment)?|mercenar(?:y|ies)|combat"
    r"|(?:army|military|armed\s+forces)|battlefield|front\s*lines?|frontline|soldiers|troops|contracts?"
    r"|prisoners?\s+of\s+war|POWs?|enrolled|lured\s+into|tricked\s+into)\b", I)

_R = r"Russia|Russian|Russia['’]s|Moscow|Moscow['’]s|Wagner"
_U = r"Ukraine|Ukrainian|Ukraine['’]s|Kyiv|Kyiv['’]s|Kiev|International\s+Legion"
_TO = r"(?:fight(?:ing|s)?|fought|serv(?:ing|ed|e|es)|enlisted|enrolled|recruited|hired|lured|conscripted|mobili[sz]ed|join(?:ed|ing|s)?|signed\s+up|sign(?:ed|s|ing)?\s+(?:\w+\s+){0,2}contracts?|deployed|sent)"
# "fighting for Russia", "serving the Russian Army", "recruited by Russia's army", "fight against
# Ukraine", "from the Russian side", "in the Ukrainian army"
_FOR_RE = re.compile(
    rf"\b{_TO}\s+(?:\w+\s+){{0,3}}?(?:for|with|alongside|by|on\s+behalf\s+of|on\s+the\s+side\s+of)\s+(?:the\s+)?(?P<a>{_R}|{_U})\b"
    rf"|\b{_TO}\s+(?:\w+\s+){{0,2}}?(?:the\s+)?(?P<b>{_R}|{_U})\s+(?:army|military|armed\s+forces|forces|ranks|side)\b"
    rf"|\b(?:from|on)\s+the\s+(?P<c>{_R}|{_U})\s+side\b"
    rf"|\b(?:fight(?:ing|s)?|fought)\s+(?:\w+\s+)?against\s+(?P<d>{_R}|{_U})\b", I)


def _side(m: re.Match) -> str:
    word = next(g for g in (m.group("a"), m.group("b"), m.group("c"), m.group("d")) if g)
    ukraine = bool(re.match(_U, word, I))
    return ("russia" if ukraine else "ukraine") if m.group("d") else ("ukraine" if ukraine else "russia")


def fighters_of(text: str) -> str | None:
    """Whether an article is about foreigners in this war's armies, and whose: "russia" or
    "ukraine" when its words give one side only, "" when they give both or none but speak of
    recruits or mercenaries, None when they do not."""
    sides = {_side(m) for m in _FOR_RE.finditer(text)}
    if not sides and not re.search(r"\b(?:mercenar(?:y|ies)|recruits?|recruited|foreign\s+fighters)\b", text, I):
        return None
    return sides.pop() if len(sides) == 1 else ""


class Fighters:
    """`fighters_of` an article, read when a count of foreign nationals first asks (few articles
    have one; the scan of a whole text is not free)."""

    def __init__(self, text: str) -> None:
        self._text: str | None = text
        self._side: str | None = None

    def side(self) -> str | None:
        if self._text is not None:
            self._side, self._text = fighters_of(self._text), None
        return self._side


def as_fighters(s: str, noun: tuple[int, int], fighters: Fighters | None) -> bool:
    """A count of foreign nationals is one of soldiers: the noun says so ("Indian mercenaries"),
    the sentence does ("who were serving in the Russian Army"), or the article is about them."""
    a, b = noun
    if _FIGHTING_NOUN_RE.search(s[a:b]) or _AT_WAR_RE.search(s):
        return True
    if s[a:b].lower() in ("citizens", "nationals") and _STRUCK_RE.search(s):
        return False  # "Ukraine said 30 of its citizens were killed in the strike": no foreigners abroad
    return fighters is not None and fighters.side() is not None


# "355 mercenaries arrived in Ukraine": foreigners who came to Ukraine came to fight for it
_CAME_TO_UKRAINE_RE = re.compile(
    r"\s+(?:[\w-]+\s+){0,4}?(?:have\s+|had\s+|has\s+)?(?:already\s+)?(?:arrived|came|come|travell?ed|gone)\s+(?:in|to)\s+Ukraine\b", I)


def fights_for(s: str, n: Number) -> str | None:
    """The side a force right after `n` fights for: "3,221 foreigners are fighting on the
    Ukrainian side", "Nepalis who joined the Russian army", "355 mercenaries arrived in Ukraine"."""
    m = _FOR_RE.search(s, n.end, min(len(s), n.end + 120))
    return _side(m) if m else ("ukraine" if _CAME_TO_UKRAINE_RE.match(s, n.end) else None)


def nationals_side(s: str, n: Number, noun: tuple[int, int], fighters: Fighters | None) -> str | None:
    """Whose soldiers foreign nationals are: the side the sentence says they fight for, the one
    closest after the count first; North Koreans are Russia's; else the article's one side."""
    if re.match(r"North\s+Korea", s[noun[0]:noun[1]], I):
        return "russia"
    if after := fights_for(s, n):
        return after
    before = list(_FOR_RE.finditer(s, 0, n.start))
    if before:
        return _side(before[-1])
    return (fighters.side() if fighters is not None else None) or None


# a few more dead told as news, not the toll: "seven more", "two other Indians", "were recently killed"
_NEWS_RE = re.compile(r"\s+(?:more|other|additional|further|new)\b(?!\s+than)|[^,;.]{0,90}?\b(?:recently|newly)\b", I)


def nationals_kind(s: str, n: Number, kind: str) -> str:
    """A third country's dead, missing or held, as its government tells them, are the toll so far
    ("At least 55 Ghanaians have been killed fighting in the war"), unless the words make them
    news of the day ("seven more", "two were recently killed")."""
    if kind == "cumulative" and _NEWS_RE.match(s, n.end):
        return "other"
    return kind
