"""The words reporters use for what a number counts, and the words around it that decide
whether it is a war loss at all. Data only: `index.extraction.figures` compiles and applies it.

Each NOUNS entry maps a noun phrase (regex, matched case-insensitively, longest phrases listed
first within a class) to a class: an equipment metric, "personnel" (troops, soldiers ...: the
verbs around them decide killed / wounded / casualties / deployed), "civilians" (same, with
civilian metrics), or an outcome noun that is its own metric ("deaths", "casualties").
"""

from __future__ import annotations

from index.extraction.nationals import NATIONALS

# (class, regex). Order matters where phrases overlap: "fuel tanks" before "tanks",
# "armored vehicles" before "vehicles", "drone losses" before "losses".
NOUNS: tuple[tuple[str, str], ...] = (
    ("vehicles", r"vehicles?\s+and\s+fuel\s+tanks|fuel\s+(?:tanks?|trucks?|tankers?|cisterns?)"
                 r"|(?:units\s+of\s+)?(?:special\s+)?automotive\s+(?:equipment|vehicles?|machinery)"
                 r"|(?:motor|military|army|automotive)\s+vehicles?|autos?\s+(?:vehicles|equipment)"),
    # equipment of every kind counted as one ("3,000 pieces of military hardware", "7,600 heavy
    # weapons"): a loss, but of no one metric
    ("other", r"(?:pieces?|units?|items?)\s+of\s+(?:(?:various\s+)?(?:pieces?|types?|kinds?)\s+of\s+)?"
              r"(?:(?:enemy|military|Western|NATO|Ukrainian|Russian|heavy|various"
              r"|foreign|combat)[- ]?\s*){0,2}(?:equipment|hardware|weaponry|weapons|armament|materiel)"
              r"(?:\s+and\s+(?:(?:military|other)\s+)?(?:weapons|weaponry|armament|equipment))?"
              r"|heavy\s+weapons|(?:military\s+)?hardware|weaponry|weapons?\s+systems|(?:various\s+)?weapons(?!\s+(?:systems?|deliveries|supplies))"
              # munitions downed that are not cruise missiles: "three guided aerial bombs", "nine HIMARS rocket projectiles"
              r"|(?:guided\s+)?(?:aerial\s+|air\s+)?bombs|(?:HIMARS\s+)?(?:rocket\s+)?projectiles|HIMARS\s+rockets|Kinzhals|Iskanders"),
    ("armored_vehicles", r"units?\s+of\s+(?:enemy\s+)?armou?r|armed\s+personnel\s+carriers?"
                         r"|armou?red\s+(?:combat\s+|fighting\s+|personnel\s+)?(?:vehicles?|carriers?)"
                         # a translated bulletin's words: "4,294 combat armored machines"
                         r"|(?:combat\s+)?armou?red\s+(?:combat\s+)?machines"
                         r"|infantry\s+(?:fighting\s+)?vehicles?|combat\s+vehicles|fighting\s+vehicles"
                         r"|armou?red\s+personnel\s+carriers?|APCs?|APVs?|IFVs?|AFVs?|BMPs?|BTRs?"),
    ("mlrs", r"multiple[- ](?:launch\s+)?(?:rocket|missile)[- ](?:launchers?|systems?|launch\s+systems?)"
             r"|MLRS(?:\s+systems?)?|rocket\s+launchers?|MLRs"),
    ("air_defense", r"(?:units?\s+of\s+)?(?:anti[- ]aircraft|air[- ]defen[cs]e|air\s+and\s+missile\s+defen[cs]e)\s+(?:warfare\s+|missile\s+|gun\s+)?(?:systems?|units?|means|complexes|batteries|guns|equipment)"
                    r"|anti[- ]aircraft\s+warfare"
                    r"|SAM\s+systems?|surface-to-air\s+missile\s+systems?"),
    ("artillery", r"artillery\s+(?:systems?|pieces?|guns?|units?|weapons?)|artillery|howitzers?|cannons?"),
    ("cruise_missiles", r"cruise\s+missiles?|missiles(?!\s+(?:systems?|launchers?|strikes?|attacks?|fire\b|production|deliveries))"),
    ("special_equipment", r"(?:units\s+of\s+)?special\s+(?:military\s+)?equipment"),
    # a type's designation alone counts its machines: "four Tu-95s", "two Mi-8s", "12 T-72s", "37 Leopards"
    ("helicopters", r"(?:attack\s+|military\s+)?helicopters?|choppers?|(?:Mi|Ka)-\d{1,3}[A-Z\d]*s?(?![\w-])"),
    ("aircraft", r"(?:fighter|combat|military|war|attack)?\s*(?:aircraft|planes?|jets?)|warplanes?|airplanes?|bombers?"
                 r"|(?:Su|Tu|Il|MiG|An|Yak|A|Be|F)-\d{1,3}[A-Z\d]*s?(?![\w-])"),
    ("drones", r"(?:attack\s+|kamikaze\s+|combat\s+)?drones?|UAVs?|unmanned\s+aerial\s+vehicles?"),
    ("submarines", r"submarines?"),
    ("ships", r"(?:war)?ships?|boats?|warships?|vessels?|cutters?|corvettes?|frigates?"),
    ("tanks", r"(?:main\s+battle\s+)?tanks?|T-\d{2,3}[A-Z\d]*s(?![\w-])|Leopards"),
    ("vehicles", r"vehicles?|trucks?|lorries|cars"),
    ("personnel_killed", r"(?:irretrievable|irrecoverable|irreplaceable)\s+losses"),  # the bulletins' dead
    ("personnel_casualties", r"(?:troop|personnel|military|combat|battlefield|human)\s+losses|casualties|causalities|losses"
                             r"|casualty\s+(?:rate|figure|count|toll|total)"
                             r"|(?:dead|killed)\s+(?:and|or|&)\s+(?:wounded|injured)"),
    ("personnel_killed", r"(?:death|casualty)\s+toll|death\s+(?:total|count|tally)|deaths|fatalities|fatality|dead|killed|lives|KIA"
                         r"|(?:(?<=\bone\s)|(?<=\bOne\s)|(?<=\b1\s))death(?!\s+(?:toll|count|sentence|penalty))"),  # "one death and three injuries"
    ("personnel_wounded", r"wounded|injured|injuries|(?<=\d\s)hurt|(?<=[a-z]\s)hurt(?=\s*(?:[,.;]|$|in\b|and\b))"),
    ("personnel_missing", r"missing(?:\s+in\s+action)?|MIAs?"),
    ("personnel_captured", r"prisoners(?:\s+of\s+war)?|POWs|PoWs|captives|(?<=\d\s)captured"),  # "572 captured"
    ("deserters", r"deserters"),
    ("civilians_displaced", r"refugees|evacuees|(?:internally\s+)?displaced\s+(?:people|persons)|IDPs"
                            r"|refugee\s+(?:count|numbers?|total|tally|toll|figures?)"),
    # a third country's people, soldiers only where the words say they fought (`nationals`)
    ("nationals", NATIONALS),
    ("civilians", r"civilians?|residents|(?<=Ukrainian\s)citizens|(?<=their\s)citizens|(?<=our\s)citizens|(?<=Ukrainian\s)nationals|children|kids|women|people|person|inhabitants|non-combatants"
                  r"|woman|man|child|girls?|boys?|baby|teenager|adults|adolescents|toddlers|newborns"
                  r"|media\s+(?:professionals|workers)|media\s+staff"
                  r"|journalists|reporters|medics|rescuers|aid\s+workers|humanitarian\s+workers"
                  # people counted by what they did in peace: "200 athletes and coaches killed"
                  r"|athletes|sportsmen|sportswomen|coaches|teachers|students|pupils|doctors|nurses"
                  r"|paramedics|firefighters|(?:railway|energy|power|health|medical)\s+workers"
                  r"|farmers|artists|musicians|actors|writers|priests|pensioners|elderly|babies"
                  r"|infants|minors|teenagers|passengers|patients|volunteers\s+and\s+civilians|employees"
                  # "returned 1,000 bodies", "400 bodies were found": the dead, civilians or soldiers by the words around
                  r"|bodies"),
    ("personnel", r"troops?|soldiers?|servicemen|servicewomen|service\s*members|service\s*people|service\s+personnel"
                  r"|military\s+personnel|personnel|men|fighters|combatants|Russians|Ukrainians"
                  r"|invaders|occupiers|mercenaries|conscripts|reservists|recruits|paratroopers|defenders"
                  # Moscow's words for Ukraine's soldiers ("destroyed up to 40 Ukrainian nationalists")
                  r"|nationalists|extremists"
                  r"|marines|infantry(?:men)?|militants|commanders|officers|sailors|pilots|comrades|crew\s*members?|crewmen|troopers"
                  r"|persons|individuals|enemy\s+(?:troops|soldiers|personnel)|convicts|inmates|volunteers|generals"
                  r"|colonels|conscripts|draftees|mobilized|mobilised|POWs"
                  r"|foreigners|foreign\s+(?:fighters|volunteers|nationals)|contract\s+soldiers|contractors"
                  # the word of translations for a military loss ("the number of Russian victims")
                  r"|victims"
                  # "1260 Russian military were eliminated" (a translation's plural)
                  r"|military(?=\s+(?:were|have\s+been|had\s+been)\s+(?:\w+\s+)?[\"“]?(?:killed|eliminated|liquidated|wounded|captured))"
                  # "killed 19,600 Russian military since the invasion": the side's word says they are people
                  r"|(?:(?<=Russian\s)|(?<=Ukrainian\s))military(?!\s+(?:aid|equipment|hardware|vehicles?|aircraft|sites?"
                  r"|targets?|facilities|bases?|units?|positions?|objects?|infrastructure|budget|spending|experts?|sources?"
                  r"|intelligence|officials?|command|leadership|analysts?|bloggers?|correspondents?|spokes\w+))"
                  # "lost more than 66,000 military and 7,600 weapons": a count's own noun, before a list goes on
                  r"|(?:(?<=\d\s)|(?<=\dk\s))military(?=\s*(?:,|and\s+[\d,.]+|since\b|$))"),
)

# Noun phrases that look like the above but count something else: they end the search.
NOT_COUNTED = (r"equipment\s+losses|homes|houses|buildings|towns|villages|settlements|cities|kilometres|kilometers|miles|votes"
               r"|times|members|neighbou?rhoods|districts|streets|apartments|floors|regions|oblasts")

# Words that decide what a number of troops / civilians means. Compound phrases first.
OUTCOMES: tuple[tuple[str, str], ...] = (
    ("casualties", r"killed\s*(?:,\s*|\s+(?:and|or|&)\s+|/)\s*(?:wounded|injured)|(?:a|the)\s+(?:[a-z]+\s+)?loss\s+of"
                   r"|dead\s+(?:and|or)\s+(?:wounded|injured)|casualties|causalities|victims"
                   # (each word opens with its letter, a lookbehind after it: `outcomes` groups them by it)
                   r"|l(?<!irretrievable\sl)(?<!irrecoverable\sl)(?<!irreplaceable\sl)osses"
                   # "lost their lives" is killed; "lost their homes" is no loss of life
                   r"|(?:lost|losing|lose|loses)(?!\s+(?:their|his|her|its|our|power|electricity|water|heating"
                   r"|access|contact|control|ground|territory|jobs?|homes?|ground)\b)"
                   r"|eliminated|neutrali[sz]ed|put\s+out\s+of\s+action|taken\s+out|destroyed"
                   r"|ha?emorrhag(?:ing|es|ed|e)"  # "Russia is hemorrhaging 20,000 troops a month"
                   r"|killed,\s+wounded|wounded\s+or\s+killed|wounded\s+and\s+killed"),
    # "liquidated": a bulletin's word for killed ("30,700 persons were liquidated")
    # "found the bodies of 900 civilians"
    ("killed", r"killed|kills?|dead|died|dying|die|deaths?|fatalities|perished|lost\s+their\s+lives|slain|killing|liquidated|deceased"
               r"|bodies|f(?<=have\sf)allen|f(?<=had\sf)allen"  # "six thousand Russians have fallen"
               r"|lives|life"
               # the bulletins' "irretrievable losses": the dead (and the missing), not the wounded
               r"|(?:irretrievable|irrecoverable|irreplaceable)\s+losses|irretrievably\s+lost"),
    # the hurt by where they are: "four were taken to hospital", "25 remain in hospitals", "treated in hospital"
    ("wounded", r"wounded|injured|injuries|injury|hurt|hurting|injuring|wounding|hospitali[sz]ed"
                r"|taken\s+to\s+(?:the\s+|a\s+)?(?:local\s+|city\s+|regional\s+|nearest\s+)?hospitals?|(?:remain(?:s|ed)?|are|were|is|was|still)\s+in\s+(?:the\s+|city\s+|local\s+)?hospitals?"
                r"|treated\s+in\s+hospitals?|received\s+medical\s+(?:help|assistance|treatment)"
                # "six people were admitted to the hospital", "five children are in intensive care"
                r"|admitted\s+to\s+(?:the\s+|a\s+)?(?:local\s+|city\s+|regional\s+|nearest\s+)?hospitals?|in\s+intensive\s+care|under\s+treatment\s+in\s+hospitals?"),
    ("missing", r"missing|went\s+missing|gone\s+missing|unaccounted"),
    ("captured", r"captured|taken\s+prisoner|surrendered|prisoners?|POWs|captivity"),
    ("deserters", r"deserted|deserters|desertion|fled\s+the\s+army"),
    ("displaced", r"evacuated|displaced|fled|fleeing|refugees|forced\s+to\s+(?:flee|leave)|deported|relocated"
                  # children taken to Russia: "the deportation of 19,546 children", "has illegally taken 20,000 children"
                  r"|deportation\s+of|abduction\s+of|forcibly\s+(?:transferred|removed|taken|deported)"
                  r"|illegally\s+(?:taken|removed|transferred|deported)|taken\s+to\s+Russia"
                  r"|expelled\s+from\s+(?:their\s+|the\s+)?(?:country|homes?|Ukraine|homeland)"
                  r"|abroad|left\s+the\s+country|driven\s+from\s+their\s+homes|to\s+flee|flee\s+their\s+homes"
                  r"|left\s+(?:Ukraine|their\s+homes)|(?:left|made)\s+homeless|become\s+(?:IDPs|refugees|internally\s+displaced)"
                  r"|crossed\s+(?:into|over\s+into|(?:the\s+)?(?:[\w-]+\s+){0,2}border)"
                  # a host country's count of arrivals: "8,600 Ukrainian citizens entered Romania",
                  # "3,400 Ukrainians have sought international protection in Finland"
                  r"|entered\s+(?:the\s+country|(?!Ukraine|Russia)(?-i:[A-Z])\w+)|arrived\s+in|arrivals|sought\s+(?:international\s+|temporary\s+)?protection"
                  r"|applied\s+for\s+(?:asylum|(?:international\s+|temporary\s+)?protection)|granted\s+(?:temporary\s+)?protection"),
    ("deployed", r"signed\s+up|sign(?:ed|s|ing)?\s+(?:\w+\s+){0,3}contracts?|volunteered"
                 # "have joined the Russian army", "joins Ukraine's armed forces", "joined the war"
                 r"|join(?:ed|ing|s)?\s+(?:the\s+)?(?:(?:Russian|Ukrainian|Russia['’]s|Ukraine['’]s)\s+)?(?:army|armed\s+forces|military|ranks|war\b)"
                 r"|recruits\s+(?=(?:about\s+|some\s+|around\s+|up\s+to\s+|over\s+|more\s+than\s+)?\d)|recruiting"  # "Russia recruits 30,000 a month"
                 # recruits of other countries: "89 Kenyans are currently on the frontline", "200 Nepalis
                 # enrolled with the Russian forces", "lured into battle"
                 r"|enrolled|lured\s+into|tricked\s+into|on\s+the\s+(?:war\s+)?front(?:\s*line)?"
                 # ("involved in the Russia-Ukraine war", "continue fighting for Ukraine", "on the side of Russia")
                 r"|involved\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:conflict|war|fighting)"
                 r"|(?:are|were|is|was|still|continues?|continued)\s+fighting\s+(?:on|for|in|alongside)"
                 # "13,387 mercenaries have fought in Ukraine", "575,000 troops fighting in Ukraine",
                 # "7,000 Cubans are today on the battlefield"
                 r"|(?:have|has|had)\s+fought\s+(?:in|for|on|alongside)|f(?<=troops\sf)ighting\s+in"
                 r"|(?:are|were|is)\s+(?:now\s+|today\s+|currently\s+|still\s+)?on\s+the\s+battlefield"
                 r"|on\s+the\s+side\s+of\s+(?:Russia|Ukraine|Moscow|Kyiv)|went\s+to\s+(?:fight|Ukraine|war)|enlisted|deployed|deploying|deploy|massed|amassed|massing|mobili[sz](?:ed|ing|ation|e)|trained|training"
                 r"|stationed|gathered|concentrated|called\s+up|drafted|recruited|conscripted|positioned"
                 r"|arrayed|build-?up|assembled|sent|sending|send|dispatched|reinforcements|reservists"
                 r"|placed|surrounded|arrived|moved|poured|brought\s+in|pulled\s+together|concentration"
                 r"|entered\s+(?:Ukraine|Russia|Belarus|Ukrainian\s+territory)"
                 r"|storm|storming|assaulting|attacking|advancing\s+on"
                 r"|on\s+(?:the|its|Ukraine's|Russia's)\s+border|along\s+the\s+border|near\s+the\s+border"
                 r"|at\s+the\s+border|near\s+Ukraine|invasion\s+force|standby|readiness"
                 # a force kept in place or drilling: "keeps 30,000 soldiers in Belarus for exercises"
                 r"|keeps?|kept|arranged|exercises|drills|manoeuvres|maneuvers|war\s+games"
                 r"|(?:on|along|near|at|around)\s+(?:\w+['’]s\s+|the\s+|its\s+|their\s+|whose\s+|our\s+)?(?:\w+\s+)?borders?"
                 r"|sides\s+of\s+Ukraine|preparing|join\s+the\s+front(?:\s+lines?)?"),
)

# Russian cities and regions near the war: what is downed over them or killed in them is hit by Ukraine.
RUSSIAN_PLACES = (r"Belgorod|Kursk|Bryansk|Rostov|Voronezh|Krasnodar|Lipetsk|Oryol|Tula|Kaluga|Smolensk|Tambov"
                  r"|Pskov|Shebekino")
# Ukraine's cities: where their civilians died is Ukraine ("in Kharkiv"), and "Ukraine's
# Kremenchuk strike" is a strike on one of them, not by Ukraine
UKRAINIAN_CITIES = (r"Kyiv|Kiev|Kharkiv|Kherson|Zaporizhzhia|Odesa|Odessa|Dnipro|Mykolaiv|Sumy|Chernihiv|Lviv|Poltava"
                    r"|Vinnytsia|Zhytomyr|Kryvyi\s+Rih|Pokrovsk|Kramatorsk|Sloviansk|Bakhmut|Avdiivka|Mariupol|Izium"
                    r"|Kupiansk|Kremenchuk|Uman|Ternopil|Rivne|Lutsk|Cherkasy|Kropyvnytskyi|Khmelnytskyi|Chernivtsi"
                    r"|Nikopol|Kostiantynivka")

# Equipment is a figure only when the sentence says it was lost; these say so.
LOSS_CUES = (
    r"destroy(?:ed|ing|s)?|lost|los(?:es|ing|e)|losses|loss|downed|downs|downing|shot\s+down|shoot(?:s|ing)?\s+down"
    r"|(?<=\bto\s)down"  # "managed to down 75 drones"
    r"|intercept(?:ed|ing|ions?)?|neutrali[sz]ed|eliminated|liquidated|sunk|sank|sinking|damaged|hit"
    r"|struck|captured|seized|wrecked|knocked\s+out|decimated|disabled|burn(?:ed|t)|taken\s+out"
    r"|abandoned|trophies|destruction|obliterated|wiped\s+out|put\s+out\s+of\s+action"
    r"|(?:brought|brings?|bringing)\s+down"  # "troops have brought down 278 Russian aircraft"
)
# ... unless a verb of supply or possession governs the number.
SUPPLY_CUES = (
    r"send(?:s|ing)?|sent|supply|supplie[sd]|supplying|deliver(?:ed|s|ing|ies)?|provid(?:e|ed|es|ing)"
    r"|pledg(?:e|ed|es|ing)|donat(?:e|ed|es|ing)|give|gave|giving|given|transfer(?:red|s)?|receiv(?:e|ed|es|ing)"
    r"|buy|bought|purchas(?:e|ed|es|ing)|ordered|produc(?:e|ed|es|ing|tion)|manufactur(?:e|ed|es|ing)"
    r"|build|built|own(?:s|ed)?|possess(?:es|ed)?|operat(?:e|es|ed)|shipped|shipping"
    r"|promis(?:e|ed|es)|approv(?:e|ed)|package|aid|launched|launches|launching|fired|firing|fires"
)

# Who does the killing / losing: a side word before one of these is the *other* side.
KILL_VERBS = (
    r"killed|kill|killing|destroyed|destroy|destroying|downed|(?<=\bto\s)down|shot\s+down|shoots?\s+down|shooting\s+down|eliminated|intercepted"
    r"|sank|sunk|sinking|hit|struck|captured|neutrali[sz]ed|wiped\s+out|took\s+out|taken\s+out"
    r"|liquidated|knocked\s+out|targeting|attacked|claimed|claiming"
    # "Russian forces have inflicted 500 casualties on the Ukrainian army"
    r"|inflicted|inflicting|inflicts"
)

# what air defence does to a drone or missile: "shot down", "intercepted", "downed"
DOWNED_VERBS = r"(?:shot|shoots?|shooting)\s+down|shoot\s+down|downed|downs|(?<=\bto\s)down|intercept(?:ed|s)?|neutrali[sz]ed"

SIDE_WORDS: tuple[tuple[str, str], ...] = (
    ("both", r"each\s+side|both\s+sides|either\s+side|the\s+two\s+sides|both\s+armies|on\s+both\s+sides"),
    ("russia", r"Russian|Russia['’]s|Russia|Moscow['’]s|Moscow|Kremlin['’]s|Kremlin|Putin['’]s|Putin"
               r"|enemy|invaders?|occupiers?|occupying|occupation|Wagner|Russians|orcs|aggressor['’]s|aggressor"
               # North Korea's soldiers fight on Russia's side
               r"|North\s+Korean|North\s+Korea['’]s|North\s+Korea|Pyongyang['’]s|Pyongyang"
               # Russia's own regions' units: "23 Chechen fighters", "Kadyrov's forces", the Akhmat units
               r"|Chechen|Kadyrov['’]s|Kadyrovites?|Akhmat"
               # weapons only Russia launches at Ukraine: "23 of 25 Shahed drones"
               r"|Shaheds?|Shahed-\d+s?|Gerans?|Geran-\d|Kalibrs?|Kh-\d+s?|Iskanders?|Kinzhals?|Lancets?"),
    # "the AFU losses": the Armed Forces of Ukraine, as Moscow's bulletins write them
    ("ukraine", r"Ukrainian|Ukraine['’]s|Ukraine|Kyiv['’]s|Kyiv|Kiev['’]s|Kiev|Zelensk[yi]y?['’]s|Ukrainians|AFU|UAF"),
)

# Other wars and other numbers of dead: a sentence naming one of these and neither side of this
# war holds no figure of it.
# (weapons of foreign make are this war's: "seven Iranian-made drones")
FOREIGN = (
    r"Sudan|Syria|Syrian|Iraq|Iraqi|Iraqis|Gaza|Israel|Israeli|Hamas|Hezbollah|Lebanon|Myanmar|Congo"
    r"|Yemen|Afghanistan|Afghan|Vietnam|Vietnamese|Nagorno|Iran|Iranian(?!-(?:made|designed|built|supplied)\b)|Mediterranean|Red\s+Sea"
    r"|Tehran|Tel\s+Aviv|Jerusalem|Beirut|Damascus|Baghdad|Kabul|Khartoum|Rafah|Khan\s+Younis"
    r"|Karabakh|Armenia|Azerbaijan|Ethiopia|Tigray|Libya|worldwide|globally|Chechnya|Crocus"
    r"|Palestinians?|Houthis?|Taliban|ISIS|Islamic\s+State|Kosovo|Serbia|Bosnia|Somalia|Mali|Niger"
    r"|Haiti|Venezuela|Afghanistan|WWII|World\s+War\s+(?:I|II|One|Two)|Second\s+World\s+War"
)
# Not this war's dead, whatever else a sentence names: history, other violence, disasters.
HISTORY = (r"Holodomor|Stalingrad|Nazis?|Great\s+Famine|Red\s+Army|Wehrmacht|Crocus|Beslan|Nord-Ost"
           r"|Transnistria|peacekeeping|peacekeepers|COVID(?:-19)?|coronavirus|pandemic|earthquake"
           r"|floods?|flooding|hurricane|heatwave|wildfires?|(?:road|car|traffic|plane|air|helicopter)\s+(?:crash|accident)")

# A count of what may happen is no claim: "Poland has braced itself to receive up to a million
# refugees", "is ready to take in 50,000".
HYPOTHETICAL = (r"braced|brace|prepar(?:e|es|ed|ing)\s+(?:itself\s+|themselves\s+)?(?:for|to)"
                r"|ready\s+to|expect(?:s|ed|ing)?\s+to|plans?\s+to|planning\s+to|could\s+(?:flee|arrive|reach)"
                r"|would\s+(?:flee|arrive|send|deploy)|might|if\s+Russia\s+invades"
                r"|(?:could|may|might|would)\s+be\s+(?:forced|displaced|driven|made)\b")
