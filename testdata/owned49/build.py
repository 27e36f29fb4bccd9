#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned49 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run). Coding
notes are kept per line. Run: python3 testdata/owned49/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

ATTACK = ["18", "19", "20"]
FIRE = ["19", "18", "17"]  # guards or soldiers firing on people (as owned35 ai02)
VERDICT = ["11", "17"]     # court verdicts (news-dev)

# ---------------------------------------------------------------- ax01 Dakar, Africa (Senegal / Mauritania)
S("ax01", "1989-04-28", "Africa", """
Senegal and Mauritania fly nationals home after mobs kill scores in both capitals

DAKAR, Senegal —

Senegal and Mauritania began flying thousands of each other's citizens home on Thursday in an airlift that France, Spain and Morocco helped to organise, after a week of mob violence in both capitals.

In Dakar, crowds armed with machetes and iron bars hunted down Mauritanian shopkeepers on Monday and Tuesday, looting and burning hundreds of their shops, witnesses said.

Riot police fired tear gas at the crowds and detained hundreds of people, and the government imposed a dusk-to-dawn curfew on the capital.

The rioting broke out after Senegalese returning from Nouakchott said Mauritanian mobs had killed dozens of their compatriots there over the weekend.

President Abdou Diouf went on national radio to appeal for calm and accused the Mauritanian authorities of standing by while Senegalese were slaughtered.

Nouakchott rejected the charge and said its security forces had protected foreigners throughout the unrest.

The foreign ministers of the two countries agreed on Wednesday to the exchange of nationals, which Morocco helped to arrange.

The crisis began on April 9, when Mauritanian border guards shot dead two Senegalese farmers in a quarrel over grazing land along the Senegal River.

About 30,000 Mauritanians, most of them small traders, lived in Senegal before the violence.

The number of people killed on either side could not be confirmed.
""")
SENG = A("Senegal's government", "SEN", "GOV")
MRTG = A("Mauritania's government", "MRT", "GOV")
SENC = A("Senegalese crowds", "SEN", "CVL")
MRTC = A("Mauritanian civilians", "MRT", "CVL")
E("ax01", "after mobs kill scores in both capitals", SENC, MRTC, ["18", "14"], "180", "1989-04", None, False,
  "headline (mob killings in both capitals; first-named direction)")
E("ax01", "in an airlift that France, Spain and", A("France", "FRA", "GOV"), SENG, ["07", "06"], "070", "1989-04-27", None,
  False, "help with the airlift, inside a relative: optional (07, or 06 cooperation)")
E("ax01", "crowds armed with machetes and iron bars", SENC, A("Mauritanian shopkeepers", "MRT", ["CVL", "BUS"]),
  ["18", "14", "17"], "180", "1989-04", P("Dakar", "SEN"), True,
  "mob attacks on foreigners 180 (or violent protest 14); 'In Dakar' names the place; 'on Monday and Tuesday' is a "
  "span: month; witnesses' account, nobody disputes it")
E("ax01", "Riot police fired tear gas at the", A("Senegalese police", "SEN", "COP"), SENC, REPR, "175", "1989-04", None,
  True, "force against rioters 175 (owned35 ai05); unnamed police are Senegal's; no day in the sentence: month")
E("ax01", "and detained hundreds of people, and the", A("Senegalese police", "SEN", "COP"), SENC, ["17"], "173",
  "1989-04", None, False, "arrests, second verb: optional")
E("ax01", "the government imposed a dusk-to-dawn curfew on", SENG, A("Senegalese civilians", "SEN", "CVL"), ["17"], "1723",
  "1989-04", P("Dakar", "SEN"), True, "curfew 1723 (owned35 ai09); 'the capital' with the Dakar dateline and the "
  "earlier 'In Dakar' is Dakar; second clause of the compound sentence, its own agent: required")
E("ax01", "Mauritanian mobs had killed dozens of their", A("Mauritanian mobs", "MRT", "CVL"),
  A("Senegalese in Mauritania", "SEN", "CVL"), ["18", "20"], "180", "1989-04", P("Nouakchott", "MRT"), True,
  "killings told by returning Senegalese; nobody disputes them and the story depends on them: required; 'there' = "
  "Nouakchott named in the clause; 'over the weekend' (22-23 April) with no day: month")
E("ax01", "The rioting broke out after Senegalese returning", SENC, MRTC, VPROT, "145", "1989-04", None, False,
  "restatement of the Dakar riots: optional")
E("ax01", "went on national radio to appeal for", A("Abdou Diouf", "SEN", "GOV"), A("Senegalese civilians", "SEN", "CVL"),
  ["02", "10"], "020", "1989-04", None, False, "appeal for calm to his own people: optional (coders split)")
E("ax01", "accused the Mauritanian authorities of standing by", A("Abdou Diouf", "SEN", "GOV"), MRTG, ["11"], "112",
  "1989-04", None, True, "accusation 112; second verb but the story's main charge; month")
E("ax01", "Nouakchott rejected the charge and said its", MRTG, SENG, DENY, "016", "1989-04", None, True,
  "'Nouakchott' = Mauritania's government, an actor not a place; denial 016 (01/12); month")
E("ax01", "The foreign ministers of the two countries", A("Senegal's foreign minister", "SEN", "GOV"),
  A("Mauritania's foreign minister", "MRT", "GOV"), AGREE, "030", "1989-04-26", None, True,
  "agreement on the exchange (05/03/08); joint subject, Senegal named first in the story: this direction required; "
  "'on Wednesday' before a Friday paper")
E("ax01", "The foreign ministers of the two countries", A("Mauritania's foreign minister", "MRT", "GOV"),
  A("Senegal's foreign minister", "SEN", "GOV"), AGREE, "030", "1989-04-26", None, False, "reverse: optional")
E("ax01", "which Morocco helped to arrange", A("Morocco", "MAR", "GOV"), SENG, ["04", "03"], "043", "1989-04", None, False,
  "mediation in a relative clause: optional")
E("ax01", "Mauritanian border guards shot dead two Senegalese", A("Mauritanian border guards", "MRT", ["MIL", "COP"]),
  A("Senegalese farmers", "SEN", "CVL"), FIRE, "190", "1989-04-09", None, True,
  "dated background inside a 'when' clause with its own agent: required; guards firing on civilians 19/18/17 as "
  "owned35 ai02; 'along the Senegal River' is a region, not a place")
F("ax01", "About 30,000 Mauritanians, most of them small", "count and standing situation")
F("ax01", "The number of people killed on either", "count that could not be confirmed: nothing happened")

# ---------------------------------------------------------------- ax02 Johannesburg, Africa (South Africa)
S("ax02", "1993-04-18", "Africa", """
Police hold far-right MP over Hani killing as Mandela pleads for calm

JOHANNESBURG, South Africa —

Police on Saturday arrested Clive Derby-Lewis, a senior member of the far-right Conservative Party, in connection with the assassination of Chris Hani, the Communist Party leader whose death a week ago set off riots across South Africa.

Hani was shot dead in the driveway of his home in Boksburg, east of Johannesburg, on April 10 by Janusz Walus, a Polish immigrant who belonged to the Afrikaner Resistance Movement.

Walus was arrested minutes later after a neighbour wrote down the number of his car.

In a televised address on Tuesday, Nelson Mandela, president of the African National Congress, appealed to South Africans of all races to stay calm and not to let the killing wreck talks on ending white minority rule.

His plea went unheeded in parts of the country. On Wednesday, a national day of mourning, youths broke away from a memorial march in Cape Town and looted shops, and police opened fire, killing at least four people.

Conservative Party leader Andries Treurnicht denied that his party had any link to the murder.

President F.W. de Klerk condemned the killing and said extremists would not be allowed to derail the negotiations.

The ANC and its allies have called a general strike for Monday, when Hani is to be buried in Soweto.

Opinion polls had ranked Hani second only to Mandela in popularity among young black South Africans.

It was not yet clear whether the two men had acted alone.
""")
ZAFCOP = A("South African police", "ZAF", "COP")
DL = A("Clive Derby-Lewis", "ZAF", ["PTY", "OPP"])
HANI = A("Chris Hani", "ZAF", ["PTY", "OPP"])
WALUS = A("Janusz Walus", "POL", ["CVL", "RAD"])
ZAFY = A("South African youths", "ZAF", "CVL")
E("ax02", "Police hold far-right MP over Hani killing", ZAFCOP, DL, ["17"], "173", "1993-04-17", None, False, "headline")
E("ax02", "Police on Saturday arrested Clive Derby-Lewis, a", ZAFCOP, DL, ["17"], "173", "1993-04-17", None, True,
  "arrest 173; 'on Saturday' in a Sunday paper; a Conservative Party MP: ZAF, party (opposition)")
E("ax02", "Hani was shot dead in the driveway", WALUS, HANI, ["18"], "186", "1993-04-10", P("Boksburg", "ZAF"), True,
  "assassination 186, passive with its agent; dated background 'on April 10'; Walus is given as 'a Polish immigrant': "
  "POL (the text names no other nationality; his movement is South African); Boksburg named in the clause")
E("ax02", "Walus was arrested minutes later after a", ZAFCOP, WALUS, ["17"], "173", "1993-04-10", None, False,
  "agentless arrest; unnamed police of the story's country; 'minutes later' = April 10: optional")
E("ax02", "appealed to South Africans of all races", A("Nelson Mandela", "ZAF", ["PTY", "OPP"]),
  A("South Africans", "ZAF", "CVL"), ["02", "10"], "020", "1993-04-13", None, True,
  "appeal for calm 020 (02/10); 'on Tuesday' before a Sunday paper; Mandela heads the ANC, not yet the government")
E("ax02", "youths broke away from a memorial march", ZAFY, A("South Africa's government", "ZAF", "GOV"), VPROT, "145",
  "1993-04-14", P("Cape Town", "ZAF"), True, "violent protest (14/18/17); 'On Wednesday' before a Sunday paper; "
  "Cape Town named in the clause")
E("ax02", "and police opened fire, killing at least", ZAFCOP, ZAFY, REPR, "175", "1993-04-14", P("Cape Town", "ZAF"),
  True, "live fire on rioters 175 (17/18), second clause with its own agent: required; same day and place")
E("ax02", "Andries Treurnicht denied that his party had", A("Andries Treurnicht", "ZAF", ["PTY", "OPP"]), None, DENY,
  "016", "1993-04", None, True, "denial 016 (01/12) of a link nobody in the text states: target null; month")
E("ax02", "de Klerk condemned the killing and said", A("F.W. de Klerk", "ZAF", "GOV"), WALUS, ["11"], "111", "1993-04",
  None, False, "condemnation of the killing (its killer as target); a single reaction: optional")
E("ax02", "The ANC and its allies have called", A("African National Congress", "ZAF", ["PTY", "OPP"]),
  A("South Africa's government", "ZAF", "GOV"), ["14"], "143", "1993-04", None, True,
  "call for a general strike 143 (as owned21 d01); compound subject, ANC first required; month")
F("ax02", "Opinion polls had ranked Hani second only", "opinion polls: standing fact")
F("ax02", "It was not yet clear whether the", "speculation")

# ---------------------------------------------------------------- ax03 Beirut, Middle East (Lebanon / Syria)
S("ax03", "1990-10-14", "Middle East", """
Aoun surrenders and shelters in French embassy as Syrian jets pound his palace

BEIRUT, Lebanon —

Gen. Michel Aoun, the Christian army commander who had defied Lebanon's government for nearly two years, took refuge in the French Embassy on Saturday and ordered his troops to take orders from the army chief named by President Elias Hrawi.

Syrian warplanes bombed the presidential palace at Baabda, Aoun's headquarters, at dawn on Saturday. Syrian troops and Lebanese army units loyal to Hrawi then stormed the Christian enclave east of the capital.

Speaking on his radio station from the embassy, Aoun said he had given up to spare further bloodshed.

Hrawi had formally asked Damascus for military help on Thursday, after months in which the general ignored his orders to hand over the palace.

Hrawi's government said Aoun must stand trial and called on Paris to hand him over. France said it would grant him asylum.

Aoun's forces fought months of artillery duels with Syrian troops in 1989, after he declared a "war of liberation" against them in March of that year. He also rejected the Arab-brokered Taif peace accord.

Syria keeps about 40,000 troops in Lebanon under an Arab League mandate.

It was not clear how many soldiers and civilians had died in Saturday's fighting.
""")
AOUN = A("Michel Aoun", "LBN", ["MIL", "REB"])
AOUNF = A("Aoun's forces", "LBN", ["MIL", "REB"])
HRAWI = A("Elias Hrawi", "LBN", "GOV")
SYRM = A("Syrian forces", "SYR", "MIL")
E("ax03", "Aoun surrenders and shelters in French embassy", AOUN, HRAWI, ["08"], "080", "1990-10-13", None, False,
  "headline")
E("ax03", "Syrian jets pound his palace", SYRM, AOUNF, ["19"], "195", "1990-10-13", None, False, "headline")
E("ax03", "ordered his troops to take orders from", AOUN, HRAWI, ["08"], "080", "1990-10-13", None, True,
  "yielding to the government 080 (target Hrawi, whose army chief he submits to); 'on Saturday' in a Sunday paper; "
  "the relative 'who had defied' is standing background; taking refuge has no CAMEO code")
E("ax03", "Syrian warplanes bombed the presidential palace at", SYRM, AOUNF, ["19"], "195", "1990-10-13",
  P("Baabda", "LBN"), True, "air strike 195; Baabda named in the clause")
E("ax03", "Syrian troops and Lebanese army units loyal", SYRM, AOUNF, ["19"], "190", "1990-10-13", None, True,
  "assault 190; compound subject, Syrian troops first: required; 'then' after the Saturday dawn strike; "
  "'east of the capital' names no town")
E("ax03", "Syrian troops and Lebanese army units loyal", A("Lebanese army units loyal to Hrawi", "LBN", "MIL"), AOUNF,
  ["19"], "190", "1990-10-13", None, False, "second member of the compound subject: optional")
E("ax03", "Aoun said he had given up to", AOUN, HRAWI, ["08"], "080", "1990-10-13", None, False,
  "restatement of the surrender: optional")
E("ax03", "Hrawi had formally asked Damascus for military", HRAWI, A("Syria", "SYR", "GOV"), ["02", "10"], "0232",
  "1990-10-11", None, True, "appeal for military aid 0232; 'Damascus' = Syria's government; 'on Thursday' before a "
  "Sunday paper; dated pluperfect background")
E("ax03", "after months in which the general ignored", AOUN, HRAWI, ["12"], "120", "1990", None, False,
  "standing defiance over months: optional")
E("ax03", "called on Paris to hand him over", A("Lebanon's government", "LBN", "GOV"), A("France", "FRA", "GOV"), DEMAND,
  "100", "1990-10", None, True, "demand 100 (10/02); 'Paris' = France's government; no day of its own: month")
E("ax03", "France said it would grant him asylum", A("France", "FRA", "GOV"), AOUN, ["03", "07"], "030", "1990-10", None,
  False, "promise put as an intention: optional")
E("ax03", "Aoun's forces fought months of artillery duels", AOUNF, SYRM, CLASH, "190", "1989", None, True,
  "dated background fighting (19/18/14), 'in 1989'; first-named direction required")
E("ax03", "Aoun's forces fought months of artillery duels", SYRM, AOUNF, CLASH, "190", "1989", None, False,
  "reverse: optional")
E("ax03", "after he declared a \"war of liberation\"", AOUN, SYRM, ["13", "19"], "138", "1989-03", None, False,
  "declaration of war 'in March of that year' inside an after clause: optional (coders split 13/19)")
E("ax03", "He also rejected the Arab-brokered Taif", AOUN, None, ["12"], "120", None, None, False,
  "undated rejection of an accord (no party named as target): optional, date null")
F("ax03", "Syria keeps about 40,000 troops in Lebanon", "standing situation")
F("ax03", "It was not clear how many soldiers", "speculation about a count")

# ---------------------------------------------------------------- ax04 Cairo, Middle East (Egypt / Britain)
S("ax04", "1997-11-19", "Middle East", """
Mubarak fires security chief after Luxor massacre, says Britain shelters militants

CAIRO, Egypt —

President Hosni Mubarak dismissed his interior minister, Hassan al-Alfi, on Tuesday, a day after Islamic militants killed 58 foreign tourists and four Egyptians at an ancient temple across the Nile from Luxor.

The six attackers, some dressed in police uniforms, fired on tourists at the Temple of Hatshepsut for almost an hour and stabbed several of the wounded. Police chased the gunmen into the hills and killed all six in a shootout.

Visiting the temple on Tuesday, Mubarak accused Britain of giving refuge to militant leaders who plot attacks on Egypt from abroad. He said security at the site had been a farce.

Britain's Foreign Office rejected the charge, saying it would act against anyone found to be planning violence overseas.

The Gamaa Islamiya, the largest militant group, said in a statement that its members had carried out the attack and demanded that the United States free its spiritual leader, Sheikh Omar Abdel-Rahman.

Swiss President Arnold Koller, whose country lost 35 citizens, called the massacre barbaric.

In September, gunmen killed nine German tourists outside the Egyptian Museum in central Cairo.

Tourism is Egypt's largest source of foreign currency, earning about $3 billion a year.

Officials could not say how the gunmen had reached the temple unchallenged.
""")
GAMAA = A("Gamaa Islamiya militants", "EGY", ["REB", "RAD"])
TOUR = A("foreign tourists", None, "CVL")
E("ax04", "says Britain shelters militants", A("Hosni Mubarak", "EGY", "GOV"), A("Britain", "GBR", "GOV"), ["11"], "112",
  "1997-11-18", None, False, "headline")
E("ax04", "a day after Islamic militants killed 58", GAMAA, TOUR, ["18", "20"], "180", "1997-11-17", P("Luxor", "EGY"), True,
  "dated background in a 'day after' clause with its own agent: required; mass killing 18 (or 20); the tourists' "
  "nationality is not given: null; 'across the Nile from Luxor' names Luxor; the dismissal of Alfi has no CAMEO "
  "code and is not coded")
E("ax04", "fired on tourists at the Temple of", GAMAA, TOUR, ["18", "20"], "180", "1997-11-17", None, False,
  "detail of the attack told above: optional")
E("ax04", "Police chased the gunmen into the hills", A("Egyptian police", "EGY", "COP"), GAMAA, CLASH, "190", "1997-11",
  None, True, "fighting 190 (19/18/14); unnamed police are Egypt's; no day in the sentence: month")
E("ax04", "Mubarak accused Britain of giving refuge to", A("Hosni Mubarak", "EGY", "GOV"), A("Britain", "GBR", "GOV"),
  ["11"], "112", "1997-11-18", None, True, "accusation 112; 'on Tuesday' in a Wednesday paper; 'the temple' names no "
  "place")
E("ax04", "He said security at the site had", A("Hosni Mubarak", "EGY", "GOV"), A("Egyptian police", "EGY", "COP"), ["11"],
  "111", "1997-11", None, False, "criticism of his own security forces: optional")
E("ax04", "Britain's Foreign Office rejected the charge, saying", A("Britain's Foreign Office", "GBR", "GOV"),
  A("Hosni Mubarak", "EGY", "GOV"), DENY, "016", "1997-11", None, True, "rejecting an accusation: denial 016 (01/12); "
  "month")
E("ax04", "demanded that the United States free its", GAMAA, A("United States", "USA", "GOV"), DEMAND, "1053", "1997-11",
  None, False, "demand for a release 1053, second verb of a claim statement: optional")
E("ax04", "called the massacre barbaric", A("Arnold Koller", "CHE", "GOV"), GAMAA, ["11"], "111", "1997-11", None, False,
  "single outside reaction: optional")
E("ax04", "In September, gunmen killed nine German tourists", A("gunmen", None, None), A("German tourists", "DEU", "CVL"),
  ["18", "20"], "180", "1997-09", P("Cairo", "EGY"), True,
  "dated background; unnamed gunmen null/null (news-dev); 'in central Cairo' names the place")
F("ax04", "Tourism is Egypt's largest source of foreign", "standing fact and count")
F("ax04", "Officials could not say how the gunmen", "nothing said: an inability")

# ---------------------------------------------------------------- ax05 Hong Kong, Asia (Hong Kong / China)
S("ax05", "2003-07-07", "Asia", """
Hong Kong's Tung shelves security law after key ally quits cabinet

HONG KONG, China —

Hong Kong's leader, Tung Chee-hwa, put off a vote on a contested national security law early on Monday, hours after a key ally quit his cabinet and a week after half a million people marched against the bill.

James Tien, chairman of the pro-business Liberal Party, resigned from the Executive Council on Sunday night and withdrew his party's support for the bill, leaving Tung without a majority in the legislature.

More than 500,000 people, by the organisers' count, marched through the city on July 1, the sixth anniversary of the handover to Chinese rule, in the largest protest since 1989.

On Saturday, Tung had offered to drop a clause allowing the banning of groups linked to outlawed mainland organisations, and to give up plans to let police search homes without a warrant.

Democratic Party chairman Yeung Sum demanded that the government withdraw the bill altogether and hold a full public consultation.

Beijing's liaison office in the territory said the central government supported Tung's decision.

Under Article 23 of the Basic Law, the mini-constitution, Hong Kong must enact its own laws against treason, sedition and subversion.

It was unclear when the bill would return to the legislature.
""")
TUNG = A("Tung Chee-hwa", "HKG", "GOV")
HKGP = A("Hong Kong protesters", "HKG", ["CVL", "OPP"])
E("ax05", "Hong Kong's Tung shelves security law after", TUNG, HKGP, ["08"], "080", "2003-07-07", None, False, "headline")
E("ax05", "put off a vote on a contested", TUNG, HKGP, ["08"], "080", "2003-07-07", None, True,
  "yielding to protest pressure 080, the protesters as implied target (as news-dev d09's resignations); 'early on "
  "Monday' in a Monday paper; the cabinet resignation in the 'hours after' clause has no CAMEO code")
E("ax05", "a week after half a million people", HKGP, TUNG, ["14"], "141", "2003-07", None, False,
  "lead summary of the march detailed below: optional")
E("ax05", "withdrew his party's support for the bill", A("James Tien", "HKG", ["PTY", "LEG"]), TUNG, ["12"], "120",
  "2003-07-06", None, True, "withdrawing support 120 (a rejection); 'on Sunday night' before a Monday paper")
E("ax05", "marched through the city on July 1", HKGP, TUNG, ["14"], "141", "2003-07-01", P("Hong Kong", "HKG"), True,
  "demonstration 141 against the government and its bill; dated; 'the city' with the dateline is Hong Kong")
E("ax05", "Tung had offered to drop a clause", TUNG, HKGP, ["08", "03"], "081", "2003-07-05", None, True,
  "offered concession (08, or 03 as an intention), dated 'On Saturday' before a Monday paper")
E("ax05", "Yeung Sum demanded that the government withdraw", A("Yeung Sum", "HKG", ["OPP", "PTY"]), TUNG, DEMAND,
  "1042", "2003-07", None, True, "demand for a change of policy 1042 (10/02); month")
E("ax05", "liaison office in the territory said the", A("China's government", "CHN", "GOV"), TUNG, ["05"], "051", "2003-07",
  None, True, "'Beijing's liaison office' = China's government (a city for a government); endorsement 051; month")
F("ax05", "Under Article 23 of the Basic Law", "standing legal fact")
F("ax05", "It was unclear when the bill would", "speculation")

# ---------------------------------------------------------------- ax06 Washington, Asia (United States / Vietnam)
S("ax06", "1995-07-12", "Asia", """
Clinton restores full ties with Vietnam two decades after the fall of Saigon

WASHINGTON, United States —

President Bill Clinton announced on Tuesday that the United States would establish full diplomatic relations with Vietnam, 20 years after the last Americans fled Saigon as communist forces closed in.

Flanked by Vietnam veterans, among them Senators John McCain and John Kerry, Clinton said Hanoi had helped account for missing American servicemen and that the time had come to heal the wounds of the war.

Vietnam's Foreign Ministry welcomed the decision as a step that would serve the interests of both peoples.

Senate Majority Leader Bob Dole, who is expected to challenge Clinton next year, denounced the move as premature and accused Hanoi of holding back information on hundreds of missing men.

The American Legion, the largest veterans' organisation, urged Congress to deny funds for an embassy in Hanoi.

Clinton lifted the 19-year-old trade embargo on Vietnam in February last year, a week after the Senate urged him to do so.

Secretary of State Warren Christopher is expected to visit Hanoi next month.

More than 2,000 Americans are still listed as missing in action in Indochina.

Whether Congress would pay for the new embassy was not clear.
""")
USAG = A("United States", "USA", "GOV")
VNMG = A("Vietnam's government", "VNM", "GOV")
CLINTON = A("Bill Clinton", "USA", "GOV")
E("ax06", "Clinton restores full ties with Vietnam two", CLINTON, VNMG, ["05"], "054", "1995-07-11", None, False, "headline")
E("ax06", "President Bill Clinton announced on Tuesday that", CLINTON, VNMG, ["05", "03"], "054", "1995-07-11", None, True,
  "establishing diplomatic relations 054 (grant diplomatic recognition; 03 also right, an announced intent); "
  "'on Tuesday' in a Wednesday paper; the 1975 flight from Saigon is a background clause without a coded act")
E("ax06", "Clinton said Hanoi had helped account for", CLINTON, VNMG, ["05"], "051", "1995-07-11", None, False,
  "praise of 'Hanoi' (Vietnam's government): optional")
E("ax06", "Foreign Ministry welcomed the decision as a", VNMG, USAG, ["05"], "051", "1995-07", None, True,
  "welcome 051; no day of its own: month")
E("ax06", "denounced the move as premature and accused", A("Bob Dole", "USA", ["LEG", "OPP"]), CLINTON, ["11"], "111",
  "1995-07", None, True, "denunciation 111; Dole is Senate leader of the opposing party; month")
E("ax06", "accused Hanoi of holding back information on", A("Bob Dole", "USA", ["LEG", "OPP"]), VNMG, ["11"], "112",
  "1995-07", None, False, "second verb: optional")
E("ax06", "The American Legion, the largest veterans' organisation", A("American Legion", "USA", "NGO"),
  A("U.S. Congress", "USA", "LEG"), DEMAND, "100", "1995-07", None, True, "demand 100 (10/02); month")
E("ax06", "Clinton lifted the 19-year-old trade embargo on", CLINTON, VNMG, ["08"], "085", "1994-02", None, True,
  "easing an embargo 085; dated background 'in February last year'")
E("ax06", "a week after the Senate urged him", A("U.S. Senate", "USA", "LEG"), CLINTON, DEMAND, "100", "1994", None, False,
  "in a 'week after' clause of a month-dated event (late January or early February): optional, year")
E("ax06", "Warren Christopher is expected to visit Hanoi", A("Warren Christopher", "USA", "GOV"), VNMG, ["03", "04"], "036",
  "1995-07", None, False, "planned visit: optional")
F("ax06", "More than 2,000 Americans are still listed", "count and standing situation")
F("ax06", "Whether Congress would pay for the new", "speculation")

# ---------------------------------------------------------------- ax07 Nicosia, Europe/Eurasia (Cyprus / Turkey)
S("ax07", "1996-08-15", "Europe/Eurasia", """
Second Greek Cypriot killed at ceasefire line; Clerides accuses Turkey of murder

NICOSIA, Cyprus —

Turkish soldiers shot dead a Greek Cypriot man on Wednesday as he climbed a flagpole in the U.N. buffer zone near Dherynia to tear down a Turkish flag, U.N. peacekeepers said.

Two British peacekeepers and at least nine Greek Cypriots were wounded by the gunfire.

The victim, Solomos Solomou, had just left the funeral of his cousin, Tassos Isaac, who died at the same line three days earlier.

On Sunday, hundreds of Greek Cypriot motorcyclists rode into the buffer zone to protest against Turkey's occupation of the north. Turkish nationalists waiting on the other side clubbed Isaac to death with sticks and iron bars.

President Glafcos Clerides accused Turkey of cold-blooded murder and asked the U.N. Security Council to condemn Ankara.

On a visit to the north on Tuesday, Turkish Foreign Minister Tansu Ciller warned that Turkey would break the hands of anyone who laid a finger on its flag.

Rauf Denktash, the Turkish Cypriot leader, blamed the Greek Cypriot government for sending the protesters into the zone.

Turkey has kept some 30,000 troops in the north of the island for more than two decades.

It was not clear whether U.N.-sponsored talks planned for the autumn would go ahead.
""")
TURM = A("Turkish soldiers", "TUR", "MIL")
CYPG = A("Cyprus's government", "CYP", "GOV")
TURG = A("Turkey", "TUR", "GOV")
GKCP = A("Greek Cypriot protesters", "CYP", "CVL")
E("ax07", "Second Greek Cypriot killed at ceasefire line", TURM, GKCP, FIRE, "190", "1996-08-14", None, False,
  "headline (agentless)")
E("ax07", "Clerides accuses Turkey of murder", A("Glafcos Clerides", "CYP", "GOV"), TURG, ["11"], "112", "1996-08", None,
  False, "headline")
E("ax07", "Turkish soldiers shot dead a Greek Cypriot", TURM, A("Solomos Solomou", "CYP", "CVL"), FIRE, "190",
  "1996-08-14", P("Dherynia", "CYP"), True, "soldiers firing on a protester 19/18/17 (as owned35 ai02's guards); "
  "'on Wednesday' in a Thursday paper; Dherynia named in the clause; the peacekeepers' account is not disputed in "
  "the text")
E("ax07", "at least nine Greek Cypriots were wounded", TURM, GKCP, FIRE, "190", "1996-08-14", None, False,
  "agentless restatement of the shooting ('the gunfire'): optional")
E("ax07", "motorcyclists rode into the buffer zone to", GKCP, TURG, ["14"], "141", "1996-08-11", None, True,
  "demonstration 141 against Turkey's occupation; 'On Sunday' before a Thursday paper")
E("ax07", "Turkish nationalists waiting on the other side", A("Turkish nationalists", "TUR", ["CVL", "RAD"]),
  A("Tassos Isaac", "CYP", "CVL"), ["18"], "180", "1996-08", None, True,
  "beating to death 180 (a mob, not a state force); 'Turkish nationalists': TUR; the sentence has no day of its "
  "own (it follows 'On Sunday'): month, as owned35")
E("ax07", "accused Turkey of cold-blooded murder and asked", A("Glafcos Clerides", "CYP", "GOV"), TURG, ["11"], "112",
  "1996-08", None, True, "accusation 112; month")
E("ax07", "asked the U.N. Security Council to condemn", A("Glafcos Clerides", "CYP", "GOV"),
  A("U.N. Security Council", "UNO", "IGO"), DEMAND, "100", "1996-08", None, False, "second verb: optional; "
  "'Ankara' = Turkey")
E("ax07", "Tansu Ciller warned that Turkey would break", A("Tansu Ciller", "TUR", "GOV"),
  A("Greek Cypriots", "CYP", "CVL"), ["13"], "130", "1996-08-13", None, True,
  "threat 130 (threat of force, 138, also under the root); 'On a visit ... on Tuesday' dates it; the north of "
  "Cyprus is a region, not a place")
E("ax07", "Rauf Denktash, the Turkish Cypriot leader, blamed", A("Rauf Denktash", "CYP", "GOV"), CYPG, ["11"], "112",
  "1996-08", None, False, "blame 112; optional because the Turkish Cypriot side has no country code of its own "
  "(CYP as the island's)")
F("ax07", "Turkey has kept some 30,000 troops in", "standing situation")
F("ax07", "It was not clear whether U.N.-sponsored talks", "speculation")

# ---------------------------------------------------------------- ax08 Ankara, Europe/Eurasia (Turkey / United States / Iraq)
S("ax08", "2003-03-02", "Europe/Eurasia", """
Turkish parliament rejects U.S. troop deployment, upsetting plans for northern front in Iraq

ANKARA, Turkey —

Turkey's parliament on Saturday narrowly turned down a government motion to let 62,000 American troops use Turkish bases to open a northern front against Iraq, dealing a heavy blow to Washington's war plans.

The motion won 264 votes to 250, three short of the majority of deputies present that the constitution requires.

Outside the parliament building, police kept back tens of thousands of demonstrators who had marched through Ankara chanting against the war.

Washington had offered Ankara $6 billion in grants and up to $24 billion in loan guarantees last month to cushion the economic blow of a war next door.

A State Department spokesman said the United States was disappointed and would consult the Turkish government on its next steps.

In Baghdad, Iraqi Foreign Minister Naji Sabri praised the deputies for what he called a brave stand.

Massoud Barzani, leader of the Kurdistan Democratic Party in northern Iraq, warned last week that Kurds would resist any Turkish troops sent across the border under the same plan.

Ships carrying the tanks and armour of the U.S. Army's 4th Infantry Division have been waiting for weeks off the port of Iskenderun.
""")
TURL = A("Turkey's parliament", "TUR", ["LEG", "GOV"])
USG = A("United States", "USA", "GOV")
E("ax08", "Turkish parliament rejects U.S. troop deployment, upsetting", TURL, USG, ["12"], "1212", "2003-03-01", None,
  False, "headline")
E("ax08", "narrowly turned down a government motion to", TURL, USG, ["12"], "1212", "2003-03-01", None, True,
  "rejecting military cooperation 1212; the request was Washington's ('Washington's war plans'): target USA; "
  "'on Saturday' in a Sunday paper")
E("ax08", "demonstrators who had marched through Ankara chanting", A("Turkish demonstrators", "TUR", "CVL"),
  A("Turkey's government", "TUR", ["GOV", "LEG"]), ["14"], "141", "2003-03", P("Ankara", "TUR"), True,
  "demonstration 141 in a relative with its own agent; Ankara named; no day in the sentence: month; 'police kept "
  "back' is no coercion CAMEO codes")
E("ax08", "Washington had offered Ankara $6 billion in", USG, A("Turkey's government", "TUR", "GOV"), ["03", "07"], "0331",
  "2003-02", None, True, "offer of economic aid 0331 (07 also right); 'Washington', 'Ankara' = governments; dated "
  "background 'last month'")
E("ax08", "would consult the Turkish government on its", USG, A("Turkey's government", "TUR", "GOV"), ["03", "04"], "036",
  "2003-03", None, False, "intention to consult: optional")
E("ax08", "Naji Sabri praised the deputies for what", A("Naji Sabri", "IRQ", "GOV"), TURL, ["05"], "051", "2003-03", None,
  True, "praise 051; 'In Baghdad' is where the speaker was; month")
E("ax08", "warned last week that Kurds would resist", A("Massoud Barzani", "IRQ", ["PTY", "REB"]),
  A("Turkish troops", "TUR", "MIL"), ["13"], "138", "2003-02", None, True,
  "threat of force 138; 'last week' before a Sunday 2 March paper is late February: month")
F("ax08", "The motion won 264 votes to 250,", "vote count and rule")
F("ax08", "Ships carrying the tanks and armour of", "standing situation")

# ---------------------------------------------------------------- ax09 Miami, Americas (United States / Cuba)
S("ax09", "2000-04-23", "Americas", """
Armed U.S. agents seize Elian Gonzalez from Miami relatives in dawn raid

MIAMI, Florida —

Armed federal agents broke into the Miami home of Elian Gonzalez's relatives before dawn on Saturday and took the 6-year-old Cuban boy, ending a five-month custody battle that had pitted Washington against the city's Cuban exiles.

Agents carrying automatic weapons used pepper spray on a crowd of protesters outside the house as they rushed the boy to a van.

Attorney General Janet Reno, who ordered the raid, said she had acted after the relatives refused to hand the boy over during all-night negotiations.

Elian was flown to Andrews Air Force Base, outside Washington, where he was reunited with his father, Juan Miguel Gonzalez, who had come from Cuba this month to take him home.

In Little Havana, hundreds of exiles burned tyres and hurled bottles at police on Saturday, and officers fired tear gas and arrested more than 200 people.

Lazaro Gonzalez, the boy's great-uncle, accused the government of treating his family like criminals.

Cuba's Foreign Ministry welcomed the reunion and demanded that father and son be allowed to return home at once.

The boy was found clinging to an inner tube off Florida in November, after his mother drowned trying to reach the United States.

Under U.S. law, a parent's custody rights normally prevail over those of other relatives.
""")
USAGENTS = A("U.S. federal agents", "USA", ["COP", "GOV"])
ELIAN = A("Elian Gonzalez", "CUB", "CVL")
MIAMIP = A("Miami protesters", "USA", "CVL")
MIAMICOP = A("Miami police", "USA", "COP")
E("ax09", "Armed U.S. agents seize Elian Gonzalez from", USAGENTS, ELIAN, ["17"], "170", "2000-04-22", None, False,
  "headline")
E("ax09", "Armed federal agents broke into the Miami", USAGENTS, ELIAN, ["17"], "170", "2000-04-22", P("Miami", "USA"), True,
  "forcible seizure 170 (coercion); the boy as target (the relatives' home is where); 'before dawn on Saturday' in a "
  "Sunday paper; 'the Miami home' names Miami")
E("ax09", "used pepper spray on a crowd of", USAGENTS, MIAMIP, REPR, "175", "2000-04", None, True,
  "force against protesters 175 (17/18); no day in the sentence: month; protesters of no stated nationality in "
  "Miami: USA")
E("ax09", "Janet Reno, who ordered the raid, said", A("Janet Reno", "USA", "GOV"), ELIAN, ["17"], "170", "2000-04", None,
  False, "restatement of the raid in a relative: optional")
E("ax09", "the relatives refused to hand the boy", A("Elian Gonzalez's Miami relatives", "USA", "CVL"),
  A("Janet Reno", "USA", "GOV"), ["12"], "120", "2000-04", None, True,
  "refusal 120; 'during all-night negotiations' (Friday night into Saturday): month")
E("ax09", "hundreds of exiles burned tyres and hurled", A("Cuban exiles in Miami", "USA", ["CVL", "OPP"]),
  A("U.S. government", "USA", "GOV"), VPROT, "145", "2000-04-22", P("Little Havana", "USA"), True,
  "violent protest 145 (14/18/17); 'In Little Havana' names the place; 'on Saturday'; exiles living in Miami: USA")
E("ax09", "officers fired tear gas and arrested more", MIAMICOP, A("Cuban exiles in Miami", "USA", ["CVL", "OPP"]), REPR,
  "175", "2000-04-22", P("Little Havana", "USA"), True, "force against rioters 175; second clause with its own "
  "agent; same day and place")
E("ax09", "officers fired tear gas and arrested more", MIAMICOP, A("Cuban exiles in Miami", "USA", ["CVL", "OPP"]), ["17"],
  "173", "2000-04-22", P("Little Havana", "USA"), False, "arrests, second verb: optional")
E("ax09", "accused the government of treating his family", A("Lazaro Gonzalez", "USA", "CVL"),
  A("U.S. government", "USA", "GOV"), ["11"], "112", "2000-04", None, False, "accusation by a party to the dispute, "
  "single line: optional")
E("ax09", "Foreign Ministry welcomed the reunion and demanded", A("Cuba's Foreign Ministry", "CUB", "GOV"),
  A("U.S. government", "USA", "GOV"), DEMAND, "100", "2000-04", None, True,
  "demand 100 (10/02); the welcome (051) is the first verb but names no act of the United States: the demand is "
  "required; month")
E("ax09", "Foreign Ministry welcomed the reunion and demanded", A("Cuba's Foreign Ministry", "CUB", "GOV"),
  A("U.S. government", "USA", "GOV"), ["05"], "051", "2000-04", None, False, "welcome: optional")
F("ax09", "The boy was found clinging to an", "background of a rescue: no political act")
F("ax09", "Under U.S. law, a parent's custody rights", "standing legal fact")

# ---------------------------------------------------------------- ax10 Panama City, Americas (Panama / United States)
S("ax10", "1987-07-01", "Americas", """
Pro-Noriega crowd stones U.S. embassy; Washington suspends aid to Panama

PANAMA CITY, Panama —

Several thousand government supporters hurled stones and paint at the U.S. Embassy here on Tuesday, smashing windows and setting cars ablaze, as the military-backed government stepped up its quarrel with Washington.

Riot police, who had broken up opposition marches with birdshot and tear gas all month, stood by during the attack, embassy officials said.

Hours later, the State Department suspended all economic and military aid to Panama and closed the embassy to the public.

The protest followed a resolution the U.S. Senate passed on Friday urging Gen. Manuel Antonio Noriega, the armed forces commander, to step aside while charges against him were investigated.

Panama's Legislative Assembly responded by demanding the recall of the American ambassador, Arthur Davis, whom it accused of meddling in the country's affairs.

The crisis erupted early this month when Col. Roberto Diaz Herrera, until recently Noriega's second-in-command, accused the general of rigging the 1984 election and ordering the killing of an opposition figure.

The government declared a state of emergency on June 11, suspending constitutional rights and closing opposition newspapers after days of street protests by the Civic Crusade, a coalition of business and professional groups.

Panama hosts the headquarters of the U.S. Southern Command and about 10,000 American troops.

Whether the aid cut would loosen Noriega's grip was unclear.
""")
PANSUP = A("Panamanian government supporters", "PAN", ["CVL", "GOV"])
PANG = A("Panama's government", "PAN", "GOV")
NORIEGA = A("Manuel Antonio Noriega", "PAN", "MIL")
PANCOP = A("Panamanian riot police", "PAN", "COP")
PANOPP = A("Panamanian opposition marchers", "PAN", ["CVL", "OPP"])
E("ax10", "Pro-Noriega crowd stones U.S. embassy; Washington", PANSUP, USG, VPROT, "145", "1987-06-30", None, False,
  "headline")
E("ax10", "Washington suspends aid to Panama", USG, PANG, SANCT, "162", "1987-06-30", None, False, "headline")
E("ax10", "Several thousand government supporters hurled stones and", PANSUP, USG, VPROT, "145", "1987-06-30",
  P("Panama City", "PAN"), True, "violent protest at an embassy 145 (14/18/17; owned35 ai04's embassy riot); 'here' "
  "with the dateline is Panama City; 'on Tuesday' in a Wednesday paper")
E("ax10", "who had broken up opposition marches with", PANCOP, PANOPP, REPR, "175", "1987-06", None, True,
  "force against protesters 175 in a relative with its own agent; 'all month': month")
E("ax10", "the State Department suspended all economic and", USG, PANG, SANCT, "162", "1987-06-30", None, True,
  "stopping aid 162 (16/17); 'Hours later' after Tuesday's attack")
E("ax10", "closed the embassy to the public", USG, PANG, SANCT, "160", "1987-06-30", None, False,
  "second verb: optional")
E("ax10", "a resolution the U.S. Senate passed on", A("U.S. Senate", "USA", "LEG"), NORIEGA, DEMAND, "1041", "1987-06-26",
  None, True, "demand for a leadership change 1041 inside a nominal relative with its own agent and day; 'on "
  "Friday' before a Wednesday paper")
E("ax10", "Legislative Assembly responded by demanding the recall", A("Panama's Legislative Assembly", "PAN", ["LEG", "GOV"]),
  USG, DEMAND, "100", "1987-06", None, True, "demand 100 (10/02); month (no day of its own)")
E("ax10", "whom it accused of meddling in the", A("Panama's Legislative Assembly", "PAN", ["LEG", "GOV"]),
  A("Arthur Davis", "USA", "GOV"), ["11"], "112", "1987-06", None, False, "accusation in a relative: optional")
E("ax10", "Roberto Diaz Herrera, until recently Noriega's second-in-command", A("Roberto Diaz Herrera", "PAN", ["MIL", "ELI"]),
  NORIEGA, ["11"], "112", "1987-06", None, True, "accusation 112 in a 'when' clause with its own agent; 'early "
  "this month': month; the alleged rigging and killing are contents of the accusation, not coded")
E("ax10", "The government declared a state of emergency", PANG, A("Panamanian civilians", "PAN", "CVL"), ["17"], "1724",
  "1987-06-11", None, True, "state of emergency 1724 (news-dev); dated")
E("ax10", "closing opposition newspapers after days of street", PANG, A("Panamanian opposition newspapers", "PAN", "MED"),
  ["17"], "1721", "1987-06-11", None, False, "participle of the same act: optional")
F("ax10", "Panama hosts the headquarters of the U.S.", "standing situation")
F("ax10", "Whether the aid cut would loosen Noriega's", "speculation")

# ---------------------------------------------------------------- ax11 Male, South Asia (Maldives / India / Sri Lanka)
S("ax11", "1988-11-07", "South Asia", """
Indian navy seizes fleeing mercenaries as Maldives coup bid collapses

MALE, Maldives —

Indian warships on Sunday captured a hijacked freighter carrying mercenaries and their hostages in the Indian Ocean, ending a coup attempt that Indian paratroopers had crushed in the capital within hours.

About 80 gunmen, members of a Sri Lankan Tamil group hired by a Maldivian businessman, landed here before dawn on Thursday and attacked the headquarters of the National Security Service and other government buildings.

President Maumoon Abdul Gayoom, who hid in a safe house, appealed to India, Sri Lanka, the United States and Britain for help.

Prime Minister Rajiv Gandhi sent troops within hours. Some 300 paratroopers landed at the island airport that night and drove the mercenaries out of the capital.

The fleeing men seized a freighter with several hostages, among them a government minister, and headed for open sea before Indian frigates closed in.

At least 19 people were killed in the fighting, among them several security guards.

The Sri Lankan government denied any role in the plot, saying the gunmen belonged to a group that opposed it.

The United States and Britain praised New Delhi's swift response.

The Maldives, a chain of some 1,200 coral islands, has no army of its own.
""")
MERC = A("Tamil mercenaries", "LKA", ["REB", "CRM"])
INDM = A("Indian forces", "IND", "MIL")
MDVG = A("Maldives government", "MDV", "GOV")
INDG = A("India's government", "IND", "GOV")
E("ax11", "Indian navy seizes fleeing mercenaries as Maldives", INDM, MERC, ["17", "19"], "173", "1988-11-06", None, False,
  "headline")
E("ax11", "Indian warships on Sunday captured a hijacked", INDM, MERC, ["17", "19"], "173", "1988-11-06", None, True,
  "capture of armed men at sea 173 (or 19 force); 'on Sunday' in a Monday paper; the mercenaries are 'a Sri "
  "Lankan Tamil group': LKA")
E("ax11", "a coup attempt that Indian paratroopers had", INDM, MERC, ["19"], "190", "1988-11", None, False,
  "lead summary of the fighting detailed below: optional")
E("ax11", "landed here before dawn on Thursday and", MERC, MDVG, COUP, "190", "1988-11-03", P("Male", "MDV"), True,
  "coup attempt by attack on government buildings (17/19 as coups; 190); 'here' with the dateline is Male; 'on "
  "Thursday' before a Monday paper; 'hired by a Maldivian businessman' has no code")
E("ax11", "appealed to India, Sri Lanka, the United", A("Maumoon Abdul Gayoom", "MDV", "GOV"), INDG, ["02", "10"], "0232",
  "1988-11", None, True, "appeal for military aid 0232; compound object, India first: required; no day of its own: "
  "month")
E("ax11", "appealed to India, Sri Lanka, the United", A("Maumoon Abdul Gayoom", "MDV", "GOV"), A("Sri Lanka", "LKA", "GOV"),
  ["02", "10"], "0232", "1988-11", None, False, "second member: optional")
E("ax11", "Prime Minister Rajiv Gandhi sent troops within", A("Rajiv Gandhi", "IND", "GOV"), MDVG, ["07", "15"], "074",
  "1988-11-03", None, False, "sending troops on request: military assistance 07/15 (news-dev's deployment); "
  "restated by the landing next: optional")
E("ax11", "drove the mercenaries out of the capital", INDM, MERC, ["19"], "190", "1988-11-03", P("Male", "MDV"), True,
  "fighting 190; 'that night' = Thursday; 'the capital' with the dateline is Male (the airport on its own island "
  "is not named)")
E("ax11", "The fleeing men seized a freighter with", MERC, A("Maldivian hostages", "MDV", ["CVL", "GOV"]), ["18"], "181",
  "1988-11", None, True, "hostage-taking 181; no day: month")
E("ax11", "The Sri Lankan government denied any role", A("Sri Lanka", "LKA", "GOV"), None, DENY, "016", "1988-11", None,
  True, "denial 016 (01/12) of an unstated charge: target null; month")
E("ax11", "The United States and Britain praised New", A("United States", "USA", "GOV"), INDG, ["05"], "051", "1988-11",
  None, True, "praise 051; compound subject, first member required; 'New Delhi' = India's government")
E("ax11", "The United States and Britain praised New", A("Britain", "GBR", "GOV"), INDG, ["05"], "051", "1988-11", None,
  False, "second member: optional")
F("ax11", "At least 19 people were killed in", "death toll")
F("ax11", "The Maldives, a chain of some 1,200", "standing situation")

# ---------------------------------------------------------------- ax12 Port Vila, Pacific (Vanuatu)
S("ax12", "1988-12-21", "Pacific", """
Vanuatu police arrest president and rival premier after bid to oust Lini

PORT VILA, Vanuatu —

Police arrested President George Sokomanu on Tuesday, four days after he tried to dissolve parliament and sack the government of Prime Minister Walter Lini.

His nephew, Barak Sope, whom Sokomanu had sworn in as head of an interim government, was also held, along with several of the men he had named as ministers.

Sokomanu announced on Friday that he had dissolved parliament and called an election for February, saying Lini had lost the confidence of the country.

Lini refused to step down and called the president's action illegal. He said his government remained in charge of the police and the public service.

On Monday the Supreme Court ruled that the dissolution was unconstitutional and void.

Australia and New Zealand said they recognised only the Lini government.

Sope, expelled from the ruling Vanua'aku Pati and from parliament earlier this year, has led the opposition to Lini since his supporters rioted in the capital in May after the government shut down a land corporation run by his allies. One man was killed in the riot.

Vanuatu, formerly the Anglo-French condominium of the New Hebrides, became independent in 1980.

It was unclear who would be charged and with what offences.
""")
VUTCOP = A("Vanuatu police", "VUT", "COP")
SOKO = A("George Sokomanu", "VUT", "GOV")
SOPE = A("Barak Sope", "VUT", ["OPP", "PTY"])
LINI = A("Walter Lini", "VUT", "GOV")
E("ax12", "Vanuatu police arrest president and rival premier", VUTCOP, SOKO, ["17"], "173", "1988-12-20", None, False,
  "headline")
E("ax12", "Police arrested President George Sokomanu on Tuesday,", VUTCOP, SOKO, ["17"], "173", "1988-12-20", None, True,
  "arrest 173; 'on Tuesday' in a Wednesday paper; the 'four days after' clause restates Friday's act: optional "
  "line below")
E("ax12", "four days after he tried to dissolve", SOKO, LINI, ["17", "12"], "172", "1988-12-16", None, False,
  "lead restatement of the dissolution detailed below: optional")
E("ax12", "His nephew, Barak Sope, whom Sokomanu had", VUTCOP, SOPE, ["17"], "173", "1988-12-20", None, False,
  "agentless second arrest ('was also held'): optional")
E("ax12", "Sokomanu announced on Friday that he had", SOKO, LINI, ["17", "12"], "172", "1988-12-16", None, True,
  "dissolving parliament to remove the government: administrative coercion 172 (17/12, as owned35's removals); "
  "'on Friday' before a Wednesday paper")
E("ax12", "Lini refused to step down and called", LINI, SOKO, ["12"], "1231", "1988-12", None, True,
  "rejecting a demand to go 1231 (owned35 ai03); no day: month")
E("ax12", "called the president's action illegal", LINI, SOKO, ["11"], "111", "1988-12", None, False, "second verb: optional")
E("ax12", "the Supreme Court ruled that the dissolution", A("Vanuatu's Supreme Court", "VUT", "JUD"), SOKO, VERDICT, "112",
  "1988-12-19", None, True, "court ruling against an act 112 (11/17, news-dev's court verdicts); 'On Monday' before a "
  "Wednesday paper")
E("ax12", "Australia and New Zealand said they recognised", A("Australia", "AUS", "GOV"), LINI, ["05"], "054", "1988-12",
  None, True, "recognition of one government 054 (05); compound subject, Australia first; month")
E("ax12", "Australia and New Zealand said they recognised", A("New Zealand", "NZL", "GOV"), LINI, ["05"], "054", "1988-12",
  None, False, "second member: optional")
E("ax12", "since his supporters rioted in the capital", A("Barak Sope's supporters", "VUT", ["CVL", "OPP"]),
  A("Vanuatu's government", "VUT", "GOV"), VPROT, "145", "1988-05", P("Port Vila", "VUT"), True,
  "dated background riot 'in May' inside a 'since' clause with its own agent; 'the capital' with the dateline is "
  "Port Vila")
E("ax12", "after the government shut down a land", A("Vanuatu's government", "VUT", "GOV"),
  A("Port Vila land corporation", "VUT", "BUS"), ["17"], "172", "1988-05", None, False,
  "administrative act in a nested after clause: optional")
E("ax12", "Sope, expelled from the ruling Vanua'aku Pati", A("Vanua'aku Pati", "VUT", "PTY"), SOPE, ["17", "16"], "172",
  "1988", None, False, "agentless expulsion in a participle: optional, year")
F("ax12", "Vanuatu, formerly the Anglo-French condominium of the", "background fact")
F("ax12", "It was unclear who would be charged", "speculation")

if __name__ == "__main__":
    write(HERE)
