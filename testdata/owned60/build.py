#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned60 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary, data file or test read; dateline and go not run).
Coding notes are kept per line. Run: python3 testdata/owned60/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

ATTACK = ["18", "19", "20"]
FORCE = ["19", "18", "17"]
UNNAMED = A("unidentified attackers", None, None)

# ---------------------------------------------------------------- bi01 Khartoum, Africa (Sudan / Chad)
S("bi01", "2008-05-11", "Africa", """
Sudan cuts ties with Chad after Darfur rebels fight their way into Omdurman

KHARTOUM, Sudan —

Sudan broke off diplomatic relations with Chad on Sunday, a day after Darfur rebels drove hundreds of miles across the desert and battled government forces in Omdurman, across the Nile from the capital.

President Omar al-Bashir, speaking on state television, accused the Chadian government of arming and financing the Justice and Equality Movement, whose fighters had crossed the border in columns of pick-up trucks mounted with machine guns.

The army said its troops had driven the rebels out of Omdurman after several hours of street fighting on Saturday, killing scores of them, and that the city was calm.

Chad's government denied any role in the assault and said Khartoum was looking for someone to blame for its own failures in Darfur.

The authorities imposed a curfew on the capital on Saturday afternoon as gunfire echoed across the river, and troops blocked the bridges linking Omdurman with central Khartoum.

JEM leader Khalil Ibrahim, reached by telephone, told an Arabic satellite channel that his men had pulled back in good order and would return.

It was unclear how many civilians had been caught in the crossfire.

U.N. Secretary-General Ban Ki-moon condemned the attack and urged all sides to avoid further bloodshed.

Relations between the neighbours were already strained. In February, Chad accused Sudan of backing rebels who stormed the Chadian capital, N'Djamena, and came close to overthrowing President Idriss Deby.

The five-year conflict in Darfur has never before reached the outskirts of Khartoum.
""")
SDNG = A("Sudan's government", "SDN", "GOV")
TCDG = A("Chad's government", "TCD", "GOV")
JEM = A("Justice and Equality Movement", "SDN", ["REB", "OPP"])
SDNA = A("Sudanese army", "SDN", "MIL")
E("bi01", "Sudan cuts ties with Chad after Darfur", SDNG, TCDG, SANCT, "161", "2008-05-11", None, False, "headline")
E("bi01", "Sudan broke off diplomatic relations with Chad", SDNG, TCDG, SANCT, "161", "2008-05-11", None, True,
  "breaking off relations 161 (16/17 as news-dev's sanctions); 'on Sunday' in a Sunday paper")
E("bi01", "battled government forces in Omdurman, across the", JEM, SDNA, CLASH, "190", "2008-05-10",
  P("Omdurman", "SDN"), False, "lead summary of the fighting detailed in the third paragraph: optional; 'a day after' "
  "Sunday gives Saturday")
E("bi01", "accused the Chadian government of arming and", A("Omar al-Bashir", "SDN", "GOV"), TCDG, ["11"], "112",
  "2008-05", None, True, "accusation 112; the backing is the content (alleged), not an event; the sentence gives no "
  "day of its own: month; the relative about the fighters crossing the border is no codable event")
E("bi01", "its troops had driven the rebels out", SDNA, JEM, CLASH, "190", "2008-05-10", P("Omdurman", "SDN"), True,
  "street fighting 190 (clash roots 19/18/14); the army's account, but nobody disputes the fighting; 'on Saturday' "
  "before a Sunday paper; Omdurman named in the clause")
E("bi01", "Chad's government denied any role in the", TCDG, SDNG, DENY, "016", "2008-05", None, True,
  "denial 016 (01/12), answering Bashir; month")
E("bi01", "said Khartoum was looking for someone to", TCDG, SDNG, ["11"], "112", "2008-05", None, False,
  "counter-accusation in the second clause: optional; 'Khartoum' is the government, not a place")
E("bi01", "The authorities imposed a curfew on the", SDNG, None, ["17"], "1723", "2008-05-10", P("Khartoum", "SDN"),
  True, "curfew 1723; 'the capital' with the Khartoum dateline names the place; 'on Saturday afternoon'; target null "
  "(the clause names nobody)")
E("bi01", "troops blocked the bridges linking Omdurman with", SDNA, None, ["17"], "1723", "2008-05-10", None, False,
  "blocking the bridges, part of the curfew's measures: optional")
E("bi01", "his men had pulled back in good", A("Khalil Ibrahim", "SDN", ["REB", "OPP"]), SDNG, ["13"], "138",
  "2008-05", None, False, "'would return' is a veiled threat put as an intention: optional")
E("bi01", "Ban Ki-moon condemned the attack and urged", A("Ban Ki-moon", "UNO", "IGO"), JEM, ["11"], "111", "2008-05",
  None, False, "single outside reaction: optional")
E("bi01", "In February, Chad accused Sudan of backing", TCDG, SDNG, ["11"], "112", "2008-02", None, True,
  "dated background accusation 'In February' (of the publication year)")
E("bi01", "rebels who stormed the Chadian capital, N'Djamena", A("Chadian rebels", "TCD", "REB"), TCDG, FORCE, "190",
  "2008-02", P("N'Djamena", "TCD"), True, "dated background attack in a relative with its own agent; N'Djamena named; "
  "owned24 (i02) tells this attack, here it is only a one-line background")
F("bi01", "It was unclear how many civilians had", "speculation")
F("bi01", "The five-year conflict in Darfur has never", "historical aside without an actor; negated")

# ---------------------------------------------------------------- bi02 Kinshasa, Africa (DR Congo)
S("bi02", "2024-05-19", "Africa", """
Congo's army says it crushed coup attempt after gunmen seize presidential offices

KINSHASA, Democratic Republic of Congo —

Congo's army said on Sunday it had foiled an attempted coup after armed men attacked the home of a senior lawmaker and briefly occupied the building that houses the president's offices in the capital.

Before dawn on Sunday, the gunmen stormed the residence of Vital Kamerhe, a candidate for speaker of the National Assembly, in the capital's Gombe district, killing two police officers who guarded it. Kamerhe and his family were unhurt.

It was not clear how the gunmen had passed the checkpoints that ring the district.

The attackers then drove to the Palais de la Nation, where they waved the flag of Zaire, the country's name under Mobutu, and filmed themselves live on social media.

Troops of the Republican Guard retook the building on Sunday morning, army spokesman General Sylvain Ekenge said on state television. He said soldiers had killed the group's leader, Christian Malanga, a Congolese politician living in the United States, as he resisted arrest.

Soldiers also arrested three Americans, among them Malanga's son Marcel, and about 40 other men, Ekenge said.

President Felix Tshisekedi was not in the palace at the time of the attack.

U.S. Ambassador Lucy Tamlyn said Washington would cooperate with the Congolese authorities if any Americans were involved.

The African Union Commission chairman, Moussa Faki Mahamat, condemned the attempt in the strongest terms.

Tshisekedi began a second term in January. Opposition leaders Moise Katumbi and Martin Fayulu rejected his re-election in December as a sham.
""")
CODA = A("Congolese army", "COD", "MIL")
RG = A("Republican Guard", "COD", ["MIL", "GOV"])
MAL = A("Christian Malanga's gunmen", "COD", ["REB", "OPP"])
KAM = A("Vital Kamerhe", "COD", ["LEG", "GOV", "PTY"])
TSHI = A("Felix Tshisekedi", "COD", "GOV")
E("bi02", "crushed coup attempt after gunmen seize presidential", CODA, MAL, FORCE, "190", "2024-05-19", None, False,
  "headline")
E("bi02", "it had foiled an attempted coup after", CODA, MAL, FORCE, "190", "2024-05-19", None, False,
  "lead summary of the retaking detailed in the fifth paragraph: optional")
E("bi02", "armed men attacked the home of a", MAL, KAM, FORCE, "190", "2024-05-19", None, False,
  "lead summary of the raid detailed in the next paragraph: optional")
E("bi02", "the gunmen stormed the residence of Vital", MAL, KAM, ["19", "18", "20"], "190", "2024-05-19",
  P("Kinshasa", "COD"), True, "armed raid 190 (19/18/20); the gunmen are Malanga's group, named later (COD, REB/OPP: "
  "the text gives the leader's nationality and calls the attempt a coup); 'in the capital's Gombe district' with the "
  "Kinshasa dateline; 'Before dawn on Sunday' in a Sunday paper")
E("bi02", "killing two police officers who guarded it", MAL, A("Congolese police", "COD", "COP"), ATTACK, "180",
  "2024-05-19", P("Kinshasa", "COD"), False, "the killing of the guards, part of the same raid: optional")
E("bi02", "Troops of the Republican Guard retook the", RG, MAL, FORCE, "190", "2024-05-19", None, True,
  "retaking the occupied building 190 (19/18/17); 'on Sunday morning'; 'the building' names no place; the army "
  "spokesman's account is not disputed")
E("bi02", "soldiers had killed the group's leader, Christian", CODA, A("Christian Malanga", "COD", ["OPP", "REB"]), FORCE,
  "190", "2024-05", None, True, "security forces killing the leader 190 (19/18/17, as owned54's fugitive); "
  "pluperfect inside a statement with no day of its own: month")
E("bi02", "Soldiers also arrested three Americans, among them", CODA, A("American detainees", "USA", "CVL"), ["17"],
  "173", "2024-05", None, True, "arrests reported by the arresting side 173 (required, as owned21 d11); first member "
  "of the compound object; no day in the sentence: month")
E("bi02", "and about 40 other men, Ekenge said", CODA, A("other detained gunmen", None, ["REB", "CVL"]), ["17"], "173",
  "2024-05", None, False, "second member of the compound object: optional; no nationality given")
E("bi02", "Washington would cooperate with the Congolese authorities", A("Lucy Tamlyn", "USA", "GOV"),
  A("Congolese authorities", "COD", "GOV"), ["03", "06"], "031", "2024-05", None, False,
  "conditional offer of cooperation ('if any Americans were involved'): optional")
E("bi02", "condemned the attempt in the strongest terms", A("Moussa Faki Mahamat", "AFR", "IGO"), MAL, ["11"], "111",
  "2024-05", None, False, "single outside reaction: optional; the African Union is AFR/IGO (news-dev)")
E("bi02", "Opposition leaders Moise Katumbi and Martin Fayulu", A("Moise Katumbi", "COD", ["OPP", "PTY"]), TSHI, ["12"],
  "120", "2023-12", None, True, "rejecting a result 120 (as owned54 bc01); 'in December' before a May paper is the "
  "year before; first member of the compound subject")
E("bi02", "rejected his re-election in December as a", A("Martin Fayulu", "COD", ["OPP", "PTY"]), TSHI, ["12"], "120",
  "2023-12", None, False, "second member of the compound subject: optional")
F("bi02", "It was not clear how the gunmen", "speculation")
F("bi02", "President Felix Tshisekedi was not in the", "negated standing situation, no act")

# ---------------------------------------------------------------- bi03 Cairo, Middle East (Egypt / Israel)
S("bi03", "2011-09-10", "Middle East", """
Israel flies ambassador out of Egypt after protesters storm Cairo embassy

CAIRO, Egypt —

Israel flew its ambassador and most of his staff home from Egypt early on Saturday after hundreds of protesters broke into its embassy in Cairo overnight, forcing Egyptian commandos to rescue six Israeli guards trapped inside.

Demonstrators used hammers and their bare hands to tear down a concrete security wall outside the building on Friday evening, then climbed to the embassy's offices, threw documents from the windows and burned an Israeli flag, witnesses said.

Egyptian police fired tear gas at crowds around the building and outside a nearby police station through Friday night. The Health Ministry said three people had died and more than 1,000 had been hurt.

The interior ministry said police had arrested 19 people, and the government said those responsible would be tried before emergency state security courts.

Prime Minister Benjamin Netanyahu said Israel would keep its peace treaty with Egypt and thanked U.S. President Barack Obama for his help in freeing the guards.

The White House said Obama had called on Egypt's military rulers to protect the embassy after speaking to Netanyahu by telephone.

Anger at Israel has grown since Aug. 18, when Israeli troops chasing militants who had attacked southern Israel killed five Egyptian security men near the border. Israel later expressed regret for the deaths.

The embassy occupies the top floors of a residential tower in Giza, on the west bank of the Nile.
""")
ISRG = A("Israel's government", "ISR", "GOV")
EGYG = A("Egypt's government", "EGY", "GOV")
EGYP = A("Egyptian protesters", "EGY", ["CVL", "OPP"])
NET = A("Benjamin Netanyahu", "ISR", "GOV")
OBA = A("Barack Obama", "USA", "GOV")
E("bi03", "Israel flies ambassador out of Egypt after", ISRG, EGYG, ["16", "08"], "161", "2011-09-10", None, False,
  "headline")
E("bi03", "protesters storm Cairo embassy", EGYP, ISRG, VPROT, "145", "2011-09", P("Cairo", "EGY"), False,
  "headline")
E("bi03", "Israel flew its ambassador and most of", ISRG, EGYG, ["16", "08"], "161", "2011-09-10", None, True,
  "pulling one's own envoy out 161 (as news-dev's recall; 16/08, since some coders read a withdrawal for safety as "
  "a retreat); 'early on Saturday' in a Saturday paper; Egypt is the country left, not a place")
E("bi03", "protesters broke into its embassy in Cairo", EGYP, ISRG, VPROT, "145", "2011-09", P("Cairo", "EGY"), False,
  "lead summary of the storming detailed in the next paragraph: optional; 'overnight' without its own anchor: month")
E("bi03", "Demonstrators used hammers and their bare hands", EGYP, ISRG, VPROT, "145", "2011-09-09", None, True,
  "violent protest at an embassy 145 (14/18/17); the embassy is Israel's premises, so the target is Israel; 'on "
  "Friday evening' before a Saturday paper; 'outside the building' names no place; witnesses' account undisputed")
E("bi03", "Egyptian police fired tear gas at crowds", A("Egyptian police", "EGY", "COP"), EGYP, REPR, "175",
  "2011-09-09", None, True, "tear gas 175 (17/18); 'through Friday night'")
E("bi03", "The interior ministry said police had arrested", A("Egyptian police", "EGY", "COP"), EGYP, ["17"], "173",
  "2011-09", None, True, "arrests reported by the arresting side 173, required; pluperfect with no day: month")
E("bi03", "those responsible would be tried before emergency", EGYG, EGYP, ["17", "11"], "173", "2011-09", None, False,
  "announced trials, future: optional")
E("bi03", "thanked U.S. President Barack Obama for his", NET, OBA, ["05"], "051", "2011-09", None, True,
  "thanks 051; no day of its own: month")
E("bi03", "Israel would keep its peace treaty with", NET, EGYG, ["03"], "031", "2011-09", None, False,
  "a pledge put as an intention: optional")
E("bi03", "Obama had called on Egypt's military rulers", OBA, A("Egypt's military council", "EGY", ["MIL", "GOV"]),
  DEMAND, "100", "2011-09", None, True, "a call to protect the embassy, demand 100 (10/02); month")
E("bi03", "after speaking to Netanyahu by telephone", OBA, NET, ["04"], "040", "2011-09", None, True,
  "telephone talk 040 in an 'after' clause with its own agent; Obama, the first-mentioned party, as source required")
E("bi03", "after speaking to Netanyahu by telephone", NET, OBA, ["04"], "040", "2011-09", None, False,
  "reverse direction of the joint talk: optional")
E("bi03", "Israeli troops chasing militants who had attacked", A("Israeli troops", "ISR", "MIL"),
  A("Egyptian security men", "EGY", ["COP", "MIL"]), FORCE, "190", "2011-08-18", None, True,
  "dated background killing 'since Aug. 18, when' with its own agent; 'near the border' names no place")
E("bi03", "militants who had attacked southern Israel killed", A("unidentified militants", None, None), ISRG, ATTACK,
  "180", "2011-08", None, False, "attack inside a relative within the background clause, no day of its own: optional")
E("bi03", "Israel later expressed regret for the deaths", ISRG, EGYG, ["05", "08"], "055", "2011-08", None, False,
  "regret 055 (05/08, as owned35 ai04); 'later' after Aug. 18 gives only the month; optional background")
F("bi03", "The Health Ministry said three people had", "count")
F("bi03", "The embassy occupies the top floors of", "standing situation")

# ---------------------------------------------------------------- bi04 Ankara, Middle East (Turkey / Syria)
S("bi04", "2012-06-25", "Middle East", """
Turkey says Syria downed its jet in international airspace, seeks NATO talks

ANKARA, Turkey —

Turkey accused Syria on Sunday of shooting down one of its warplanes in international airspace without warning, and asked its NATO allies to hold urgent consultations on the incident.

Foreign Minister Ahmet Davutoglu said the unarmed F-4 Phantom, which was on a training flight to test Turkey's radar system, had strayed briefly into Syrian airspace but was hit about 13 nautical miles off the coast after it had left.

Syrian forces shot down the jet over the Mediterranean on Friday morning, and its two pilots are still missing. Turkish and Syrian vessels have joined the search for them.

Davutoglu said Ankara had asked for a meeting of NATO's governing council under Article 4 of the alliance's treaty, which allows any member to seek talks when it feels its security is threatened. Ambassadors are due to meet in Brussels on Tuesday.

In Damascus, Foreign Ministry spokesman Jihad Makdissi said the plane had violated Syrian airspace at low altitude and that the army had acted in self-defence. "It was not an attack," he said.

British Foreign Secretary William Hague called the downing outrageous.

Turkey, once one of Syria's closest partners, closed its embassy in Damascus in March and has given shelter to army defectors.

It was unclear whether the two pilots had survived the crash.

Some 33,000 Syrian refugees are now living in camps on Turkish soil.
""")
TURG = A("Turkey's government", "TUR", "GOV")
SYRG = A("Syria's government", "SYR", "GOV")
NATO = A("NATO", None, "IGO")
E("bi04", "Turkey says Syria downed its jet in", A("Syrian forces", "SYR", "MIL"), A("Turkish air force", "TUR", "MIL"),
  FORCE, "190", "2012-06", None, False, "headline")
E("bi04", "international airspace, seeks NATO talks", TURG, NATO, ["02", "10", "04"], "020", "2012-06", None, False, "headline")
E("bi04", "Turkey accused Syria on Sunday of shooting", TURG, SYRG, ["11"], "112", "2012-06-24", None, True,
  "accusation 112; 'on Sunday' before a Monday paper")
E("bi04", "asked its NATO allies to hold urgent", TURG, NATO, ["02", "10", "04"], "020", "2012-06-24", None, False,
  "lead summary of the request detailed in the fourth paragraph: optional; NATO null/IGO (the validator takes "
  "three-letter codes only; as news-dev's ECOWAS)")
E("bi04", "was hit about 13 nautical miles off", A("Ahmet Davutoglu", "TUR", "GOV"), SYRG, ["11"], "112", "2012-06",
  None, False, "the minister's account restates the lead's accusation: optional")
E("bi04", "Syrian forces shot down the jet over", A("Syrian forces", "SYR", "MIL"), A("Turkish air force", "TUR", "MIL"),
  FORCE, "190", "2012-06-22", None, True, "downing a warplane 190 (19/18/17); 'on Friday morning' before a Monday "
  "paper; 'over the Mediterranean' is a sea, not a place")
E("bi04", "Turkish and Syrian vessels have joined the", A("Turkish navy", "TUR", "MIL"), A("Syrian navy", "SYR", "MIL"),
  ["06", "04"], "060", "2012-06", None, False, "a joint search, cooperation 060: optional; coders split")
E("bi04", "Ankara had asked for a meeting of", TURG, NATO, ["02", "10", "04"], "020", "2012-06", None, True,
  "request for consultations 020 (02, with 10 and 04 as coders split); 'Ankara' is the government; pluperfect "
  "with no day: month")
E("bi04", "the plane had violated Syrian airspace at", A("Jihad Makdissi", "SYR", "GOV"), TURG, ["11"], "112", "2012-06",
  P("Damascus", "SYR"), True, "counter-accusation 112; 'In Damascus' is where the speaker was; month")
E("bi04", "the army had acted in self-defence", A("Jihad Makdissi", "SYR", "GOV"), TURG, DENY, "016", "2012-06",
  P("Damascus", "SYR"), False, "the denial that the downing was an attack, second clause: optional")
E("bi04", "William Hague called the downing outrageous", A("William Hague", "GBR", "GOV"), SYRG, ["11"], "111",
  "2012-06", None, False, "single outside reaction: optional")
E("bi04", "closed its embassy in Damascus in March", TURG, SYRG, ["16"], "161", "2012-03", P("Damascus", "SYR"), True,
  "dated background: closing an embassy 161 'in March'; Damascus named")
E("bi04", "has given shelter to army defectors", TURG, A("Syrian army defectors", "SYR", ["MIL", "REB"]), ["07"], "075",
  "2012", None, False, "undated standing help in a present perfect: optional")
F("bi04", "Ambassadors are due to meet in Brussels", "a future meeting, not yet held")
F("bi04", "It was unclear whether the two pilots", "speculation")

# ---------------------------------------------------------------- bi05 Hong Kong, Asia
S("bi05", "2019-07-22", "Asia", """
Hong Kong leader condemns Yuen Long mob attack as critics accuse police of standing by

HONG KONG, China —

Hong Kong leader Carrie Lam on Monday condemned an attack by men in white T-shirts on commuters and protesters at a suburban train station, but rejected accusations that police had colluded with the assailants.

Dozens of men armed with rods and sticks beat passengers at Yuen Long station late on Sunday, hours after a mass march against a bill that would allow extraditions to mainland China. At least 45 people were taken to hospital, among them pro-democracy lawmaker Lam Cheuk-ting, who was bleeding from the mouth.

Pro-democracy lawmakers accused the police of arriving only after the attackers had left and of letting them walk away.

Earlier on Sunday, protesters threw eggs and black paint at the national emblem on the front of Beijing's liaison office in the city. Riot police later fired tear gas and rubber bullets at crowds in the nearby Sheung Wan district.

Lam called the defacing of the emblem a challenge to the sovereignty of the nation. The liaison office said the protesters had openly challenged the authority of the central government.

It was not clear who had organised the men in white.

Lam suspended the extradition bill on June 15 after a week of huge protests but has refused to withdraw it altogether, as her critics demand.

She did not say whether she would step down.
""")
LAM = A("Carrie Lam", "HKG", "GOV")
HKP = A("Hong Kong protesters", "HKG", ["CVL", "OPP"])
HKL = A("pro-democracy lawmakers", "HKG", ["LEG", "OPP"])
HKCOP = A("Hong Kong police", "HKG", "COP")
WHITE = A("men in white T-shirts", None, None)
E("bi05", "Hong Kong leader condemns Yuen Long mob", LAM, WHITE, ["11"], "111", "2019-07-22", None, False, "headline")
E("bi05", "critics accuse police of standing by", HKL, HKCOP, ["11"], "112", "2019-07", None, False, "headline")
E("bi05", "on Monday condemned an attack by men", LAM, WHITE, ["11"], "111", "2019-07-22", None, True,
  "condemnation 111; the attackers are unnamed (null/null, as news-dev's gunmen); 'on Monday' in a Monday paper")
E("bi05", "rejected accusations that police had colluded with", LAM, HKL, DENY, "016", "2019-07-22", None, True,
  "denial 016 (01/12) answering the lawmakers of the third paragraph")
E("bi05", "Dozens of men armed with rods and", WHITE, A("Yuen Long passengers", "HKG", "CVL"), ["18"], "182",
  "2019-07-21", P("Yuen Long", "HKG"), True, "beating 182; 'late on Sunday' before a Monday paper; Yuen Long station "
  "names the place; 'hours after a mass march' is a nominal march with no agent, not coded")
E("bi05", "Pro-democracy lawmakers accused the police of arriving", HKL, HKCOP, ["11"], "112", "2019-07", None, True,
  "accusation 112; no day of its own: month")
E("bi05", "protesters threw eggs and black paint at", HKP, A("China's liaison office", "CHN", "GOV"), VPROT, "145",
  "2019-07-21", P("Hong Kong", "HKG"), True, "defacing a building 145 (14/18/17); 'Beijing's liaison office' is "
  "China's government; 'in the city' with the dateline names Hong Kong; 'Earlier on Sunday'")
E("bi05", "Riot police later fired tear gas and", HKCOP, HKP, REPR, "175", "2019-07-21", P("Sheung Wan", "HKG"), True,
  "tear gas and rubber bullets 175 (17/18); 'later' on the same Sunday; Sheung Wan named")
E("bi05", "Lam called the defacing of the emblem", LAM, HKP, ["11"], "111", "2019-07", None, False,
  "second condemnation, a restatement of the lead's stance: optional")
E("bi05", "The liaison office said the protesters had", A("China's liaison office", "CHN", "GOV"), HKP, ["11"], "111",
  "2019-07", None, False, "reaction of the party attacked: optional")
E("bi05", "Lam suspended the extradition bill on June", LAM, HKP, ["08"], "080", "2019-06-15", None, True,
  "dated background concession 080 (yielding to protests, target the protesters); 'on June 15'")
E("bi05", "has refused to withdraw it altogether, as", LAM, HKP, ["12"], "120", "2019-07", None, False,
  "standing refusal in a present perfect: optional")
F("bi05", "It was not clear who had organised", "speculation")
F("bi05", "She did not say whether she would", "negated statement and a hypothetical resignation")

# ---------------------------------------------------------------- bi06 Seoul, Asia (South / North Korea)
S("bi06", "2002-06-30", "Asia", """
North Korean boats fire on southern patrol ship in Yellow Sea, killing four sailors

SEOUL, South Korea —

North Korean patrol boats opened fire on a South Korean navy vessel near Yeonpyeong island in the Yellow Sea on Saturday, killing four sailors and sinking the ship in the worst clash between the two navies in three years, the Defence Ministry said.

South Korean warships returned fire, setting one of the northern boats ablaze before it limped back across the sea border, officials said. One South Korean sailor is missing and 19 were wounded.

The National Security Council, which President Kim Dae-jung convened hours after the clash, demanded an apology from Pyongyang and said the attack was a clear breach of the armistice that ended the 1950-53 Korean War.

North Korea's military blamed the South on Sunday, saying in a statement carried by the official KCNA news agency that southern warships had intruded into its waters and fired first.

The U.S. State Department condemned the North's action and said Washington was consulting closely with Seoul.

Whether the attack had been ordered from Pyongyang was not clear.

The clash came as South Korea co-hosts the soccer World Cup with Japan, and Kim was due to attend Sunday's final in Yokohama.

In June 1999, South Korean warships sank a North Korean torpedo boat in a gunfight in the same waters, which the North has never accepted as part of the South.

The North does not recognise the Northern Limit Line, drawn by the U.S.-led U.N. Command after the war.
""")
PRKN = A("North Korean navy", "PRK", "MIL")
KORN = A("South Korean navy", "KOR", "MIL")
KORG = A("South Korea's government", "KOR", "GOV")
PRKG = A("North Korea's government", "PRK", "GOV")
E("bi06", "North Korean boats fire on southern patrol", PRKN, KORN, FORCE, "190", "2002-06-29", None, False, "headline")
E("bi06", "North Korean patrol boats opened fire on", PRKN, KORN, FORCE, "190", "2002-06-29", P("Yeonpyeong", "KOR"),
  True, "naval attack 190 (19/18/17); 'near Yeonpyeong island' names the place; 'on Saturday' before a Sunday paper")
E("bi06", "South Korean warships returned fire, setting one", KORN, PRKN, FORCE, "190", "2002-06-29", None, True,
  "return fire, a separate act with its own agent; part of Saturday's clash: the day; no place in the clause")
E("bi06", "demanded an apology from Pyongyang and said", A("South Korea's National Security Council", "KOR", "GOV"),
  PRKG, DEMAND, "100", "2002-06-29", None, True, "demand for an apology 100 (10/02); 'hours after the clash' in the "
  "relative anchors the meeting on Saturday; 'Pyongyang' is the government")
E("bi06", "the attack was a clear breach of", A("South Korea's National Security Council", "KOR", "GOV"), PRKG, ["11"],
  "112", "2002-06-29", None, False, "second clause, charge of a breach: optional")
E("bi06", "North Korea's military blamed the South on", A("North Korea's military", "PRK", "MIL"), KORG, ["11"], "112",
  "2002-06-30", None, True, "blame 112; 'on Sunday' in a Sunday paper; the intrusion is the content, not an event")
E("bi06", "The U.S. State Department condemned the North's", A("U.S. State Department", "USA", "GOV"), PRKG, ["11"],
  "111", "2002-06", None, False, "single outside reaction: optional")
E("bi06", "Washington was consulting closely with Seoul", A("U.S. government", "USA", "GOV"), KORG, ["04"], "040",
  "2002-06", None, False, "consultation, second clause, ongoing: optional")
E("bi06", "In June 1999, South Korean warships sank", KORN, PRKN, FORCE, "190", "1999-06", None, True,
  "dated background naval clash 'In June 1999'; 'the same waters' names no place")
E("bi06", "which the North has never accepted as", PRKG, KORG, ["12"], "120", "2002", None, False,
  "standing rejection of the sea border in a present-perfect relative: optional")
F("bi06", "Whether the attack had been ordered from", "speculation")
F("bi06", "The North does not recognise the Northern", "negated standing situation and a historical aside")

# ---------------------------------------------------------------- bi07 Athens, Europe (Greece)
S("bi07", "2010-05-05", "Europe/Eurasia", """
Three die as protesters firebomb Athens bank during strike against Greek cuts

ATHENS, Greece —

Three bank employees were killed in Athens on Wednesday when masked protesters hurled petrol bombs into their branch during a general strike against the government's austerity plan, the worst violence in Greece in decades.

The attackers smashed the windows of the Marfin Egnatia bank on Stadiou Street and set the building ablaze while staff were still inside, police said. Firefighters found the bodies of two women and a man who had been trapped on the upper floors.

Riot police fired tear gas on Wednesday afternoon at youths who tried to storm parliament and hurled stones and firebombs at officers outside. Tens of thousands of people had marched through the capital earlier in the day.

The country's two main labour federations, GSEE and ADEDY, called the 24-hour strike, which halted flights, ferries and trains and shut schools and public offices, against wage and pension cuts.

Prime Minister George Papandreou told parliament that nothing justified violence and called the attack a murderous act.

Papandreou's government agreed on Sunday to cut spending by 30 billion euros over three years in return for a 110 billion euro rescue from its euro zone partners and the International Monetary Fund. Parliament is due to vote on the measures on Thursday.

It was unclear how many of the marchers had joined the clashes.

Greece's budget deficit reached 13.6 percent of economic output last year, more than four times the euro zone's limit.
""")
GRCG = A("Greece's government", "GRC", "GOV")
GRCP = A("Greek protesters", "GRC", ["CVL", "RAD"])
GRCCOP = A("Greek police", "GRC", "COP")
GUNI = A("GSEE and ADEDY unions", "GRC", "LAB")
E("bi07", "Three die as protesters firebomb Athens bank", GRCP, A("Marfin Egnatia bank staff", "GRC", ["BUS", "CVL"]),
  ["18", "14"], "180", "2010-05-05", P("Athens", "GRC"), False, "headline")
E("bi07", "masked protesters hurled petrol bombs into their", GRCP, A("Marfin Egnatia bank staff", "GRC", ["BUS", "CVL"]),
  ["18", "14", "20"], "180", "2010-05-05", P("Athens", "GRC"), True, "deadly firebombing 180 (18, with 14 and 20 as "
  "coders split) in a 'when' clause with its own agent; 'in Athens on Wednesday' in a Wednesday paper")
E("bi07", "The attackers smashed the windows of the", GRCP, A("Marfin Egnatia bank", "GRC", "BUS"), ["18", "14"], "180",
  "2010-05", None, False, "detail of the lead's attack: optional (the lead holds the day and the place)")
E("bi07", "Riot police fired tear gas on Wednesday", GRCCOP, GRCP, REPR, "175", "2010-05-05", None, True,
  "tear gas 175 (17/18); 'on Wednesday afternoon'; 'outside' and 'parliament' name no place")
E("bi07", "youths who tried to storm parliament and", GRCP, GRCCOP, VPROT, "145", "2010-05-05", None, False,
  "the youths' attack in a relative, the other side of the clash: optional")
E("bi07", "Tens of thousands of people had marched", A("Greek marchers", "GRC", ["CVL", "LAB"]), GRCG, ["14"], "141",
  "2010-05-05", P("Athens", "GRC"), False, "peaceful march 141, background to the clash: optional; 'the capital' with "
  "the dateline; 'earlier in the day'")
E("bi07", "GSEE and ADEDY, called the 24-hour strike", GUNI, GRCG, ["14"], "143", "2010-05", None, True,
  "general strike 143; the unions' call and the strike are one event; no day in the sentence: month")
E("bi07", "called the attack a murderous act", A("George Papandreou", "GRC", "GOV"), GRCP, ["11"], "111", "2010-05",
  None, True, "condemnation 111; 'told parliament' names no city; month")
E("bi07", "Papandreou's government agreed on Sunday to cut", GRCG, A("euro zone partners", "EUR", ["IGO", "GOV"]), AGREE,
  "057", "2010-05-02", None, True, "dated background agreement 057 (05/03/08); first member of the compound partner; "
  "'on Sunday' before a Wednesday paper")
E("bi07", "the International Monetary Fund", GRCG, A("International Monetary Fund", None, "IGO"), AGREE, "057",
  "2010-05-02", None, False, "second member of the compound: optional; the IMF null/IGO as news-dev's ECOWAS")
F("bi07", "It was unclear how many of the", "speculation")
F("bi07", "Greece's budget deficit reached 13.6 percent of", "count")

# ---------------------------------------------------------------- bi08 Moscow, Europe (Russia)
S("bi08", "2024-02-19", "Europe/Eurasia", """
Navalny's widow says Putin killed him; European governments summon Russian envoys

MOSCOW, Russia —

Yulia Navalnaya accused President Vladimir Putin on Monday of killing her husband, the opposition leader Alexei Navalny, three days after Russia's prison service said he had died in an Arctic penal colony.

In a video posted online, she said the authorities were hiding his body and vowed to carry on his work. Navalny's mother travelled to the town of Salekhard on Saturday but was refused access to the morgue, his team said.

Germany summoned Russia's ambassador in Berlin on Monday to protest against the death, and France, Sweden, the Netherlands and several other European governments did the same.

Police have detained more than 400 people at gatherings in memory of Navalny in dozens of Russian cities since Friday, the rights group OVD-Info said. Many had come to lay flowers at monuments to the victims of Soviet repression.

U.S. President Joe Biden said on Friday that Putin was responsible for the death. Kremlin spokesman Dmitry Peskov dismissed such statements as absolutely unacceptable.

The cause of death has not been made public.

It was unclear when the family would be given the body.

A Moscow court sentenced Navalny in August to another 19 years on extremism charges, which he called absurd. He had been in custody since January 2021, when he was detained on returning from Germany, where he had been treated for poisoning with a nerve agent.
""")
YUL = A("Yulia Navalnaya", "RUS", ["OPP", "CVL"])
PUT = A("Vladimir Putin", "RUS", "GOV")
RUSG = A("Russia's government", "RUS", "GOV")
NAV = A("Alexei Navalny", "RUS", ["OPP", "PTY"])
E("bi08", "Navalny's widow says Putin killed him; European", YUL, PUT, ["11"], "112", "2024-02", None, False, "headline")
E("bi08", "European governments summon Russian envoys", A("Germany", "DEU", "GOV"), RUSG, ["11"], "114", "2024-02-19",
  None, False, "headline")
E("bi08", "Yulia Navalnaya accused President Vladimir Putin on", YUL, PUT, ["11"], "112", "2024-02-19", None, True,
  "accusation 112; 'on Monday' in a Monday paper; the death itself is reported by the prison service with no agent")
E("bi08", "she said the authorities were hiding his", YUL, RUSG, ["11"], "112", "2024-02", None, False,
  "second accusation in the same video: optional")
E("bi08", "but was refused access to the morgue", A("Russian authorities", "RUS", "GOV"),
  A("Lyudmila Navalnaya", "RUS", "CVL"), ["12"], "120", "2024-02-17", None, False,
  "agentless passive refusal inside an account by one side: optional; 'on Saturday'")
E("bi08", "Germany summoned Russia's ambassador in Berlin on", A("Germany", "DEU", "GOV"), RUSG, ["11"], "114",
  "2024-02-19", P("Berlin", "DEU"), True, "summoning an envoy to protest 114 (news-dev); 'in Berlin' names the place; "
  "'on Monday'")
E("bi08", "France, Sweden, the Netherlands and several other", A("France", "FRA", "GOV"), RUSG, ["11"], "114",
  "2024-02-19", None, True, "'did the same': first member of the compound subject, required; the day carries over")
E("bi08", "the Netherlands and several other European governments", A("Sweden", "SWE", "GOV"), RUSG, ["11"], "114",
  "2024-02-19", None, False, "further member of the compound subject: optional (one line stands for Sweden, the "
  "Netherlands and the others)")
E("bi08", "Police have detained more than 400 people", A("Russian police", "RUS", "COP"),
  A("Navalny mourners", "RUS", ["CVL", "OPP"]), ["17"], "173", "2024-02", None, True,
  "detentions 173; an advocacy group's count, but nobody disputes the detentions and the story depends on them; "
  "'since Friday' is a span: month")
E("bi08", "Joe Biden said on Friday that Putin", A("Joe Biden", "USA", "GOV"), PUT, ["11"], "112", "2024-02-16", None,
  True, "blame 112; 'on Friday' before a Monday paper")
E("bi08", "Dmitry Peskov dismissed such statements as absolutely", A("Dmitry Peskov", "RUS", "GOV"),
  A("Joe Biden", "USA", "GOV"), DENY, "016", "2024-02", None, True, "rejection of the blame, a denial 016 (01/12); "
  "'such statements' refers back to Biden's; no day of its own: month")
E("bi08", "A Moscow court sentenced Navalny in August", A("Moscow court", "RUS", "JUD"), NAV, ["17", "11"], "173",
  "2023-08", P("Moscow", "RUS"), True, "dated background sentence 173 (17/11, news-dev's court verdicts); 'A Moscow "
  "court' names the place; 'in August' before a February paper is the year before")
E("bi08", "which he called absurd", NAV, A("Moscow court", "RUS", "JUD"), ["11"], "111", "2023-08", None, False,
  "his criticism of the charges in a relative: optional")
E("bi08", "when he was detained on returning from", A("Russian police", "RUS", "COP"), NAV, ["17"], "173", "2021-01",
  None, False, "agentless passive in dated background: optional (owned27 aa08 tells this arrest)")
F("bi08", "The cause of death has not been", "negated, no act")
F("bi08", "It was unclear when the family would", "speculation")

# ---------------------------------------------------------------- bi09 Lima, Americas (Peru / Nicaragua)
S("bi09", "2009-06-09", "Americas", """
Nicaragua grants asylum to Peruvian Amazon leader after deadly Bagua clashes

LIMA, Peru —

Nicaragua granted political asylum on Tuesday to Alberto Pizango, the leader of Peru's main Amazon Indian federation, who had taken refuge in its embassy in Lima a day earlier after a judge ordered his arrest on charges of sedition.

Pizango's group, AIDESEP, had led protests since April against decrees that opened large areas of the rain forest to oil drilling, mining and logging. Thousands of Indians had blocked roads and rivers for weeks.

Police moved on Friday to clear a highway blockade near the northern town of Bagua, and the clashes that followed left at least 23 police officers and 10 civilians dead, according to the government.

Protesters who had seized dozens of police officers at an oil pumping station killed at least nine of them, the interior ministry said. Indian leaders said the death toll among their own people was much higher.

The government imposed a curfew in Bagua and nearby Bagua Grande, and troops patrolled the area.

President Alan Garcia accused the protesters of acting on behalf of foreign interests that wanted to stop Peru from developing its natural resources.

It was unclear how many people were still missing.

Peru's Amazon region holds much of the country's oil and gas reserves, most of them still untapped.
""")
PERG = A("Peru's government", "PER", "GOV")
PIZ = A("Alberto Pizango", "PER", ["OPP", "NGO", "CVL"])
PERP = A("Amazon Indian protesters", "PER", ["CVL", "OPP"])
PERCOP = A("Peruvian police", "PER", "COP")
E("bi09", "Nicaragua grants asylum to Peruvian Amazon leader", A("Nicaragua's government", "NIC", "GOV"), PIZ, ["07"],
  "075", "2009-06-09", None, False, "headline")
E("bi09", "Nicaragua granted political asylum on Tuesday to", A("Nicaragua's government", "NIC", "GOV"), PIZ, ["07"],
  "075", "2009-06-09", None, True, "granting asylum 075; 'on Tuesday' in a Tuesday paper; Lima is where the embassy "
  "is, the grant itself names no place")
E("bi09", "after a judge ordered his arrest on", A("Peruvian judge", "PER", "JUD"), PIZ, ["17", "11"], "173", "2009-06",
  None, True, "arrest order 173 (17/11, court verdicts) in an 'after' clause with its own agent; before Monday, no day "
  "given: month")
E("bi09", "had led protests since April against decrees", A("AIDESEP", "PER", ["NGO", "OPP"]), PERG, ["14"], "141",
  "2009", None, True, "dated background protests 141; 'since April' is a span over three months: year")
E("bi09", "Thousands of Indians had blocked roads and", PERP, PERG, ["14"], "144", "2009", None, False,
  "road and river blockades 144 (optional, as owned35 ai09); 'for weeks' span: year")
E("bi09", "Police moved on Friday to clear a", PERCOP, PERP, ["17", "18", "19"], "175", "2009-06-05", P("Bagua", "PER"),
  True, "forcible clearing of a blockade 175 (17/18/19); 'on Friday' before a Tuesday paper; 'near the northern town "
  "of Bagua' names the place")
E("bi09", "the clashes that followed left at least", PERCOP, PERP, CLASH, "190", "2009-06-05", P("Bagua", "PER"), False,
  "the ensuing clashes, nominal: optional (police, first mentioned in the sentence, as source)")
E("bi09", "Protesters who had seized dozens of police", PERP, PERCOP, ATTACK, "180", "2009-06", None, True,
  "killing of captive police 180 (18/19/20); the ministry's account, not disputed (the Indian leaders dispute their "
  "own toll only); no day: month; 'an oil pumping station' names no place")
E("bi09", "who had seized dozens of police officers", PERP, PERCOP, ["18"], "181", "2009-06", None, False,
  "hostage-taking in a relative, undated pluperfect: optional")
E("bi09", "The government imposed a curfew in Bagua", PERG, None, ["17"], "1723", "2009-06", P("Bagua", "PER"), True,
  "curfew 1723; Bagua named (first of the two towns); no day: month; target null")
E("bi09", "President Alan Garcia accused the protesters of", A("Alan Garcia", "PER", "GOV"), PERP, ["11"], "112",
  "2009-06", None, True, "accusation 112; the foreign interests are the content; month")
F("bi09", "It was unclear how many people were", "speculation")
F("bi09", "Peru's Amazon region holds much of the", "standing situation")

# ---------------------------------------------------------------- bi10 Caracas, Americas (Venezuela / Colombia)
S("bi10", "2018-08-05", "Americas", """
Maduro blames Colombia after drones explode near him at Caracas parade

CARACAS, Venezuela —

Venezuelan President Nicolas Maduro accused Colombia's outgoing president, Juan Manuel Santos, of plotting to kill him after two drones loaded with explosives blew up near a stage where he was speaking at a military parade in Caracas on Saturday.

Maduro was unhurt, but seven National Guard soldiers were wounded, the government said. Television pictures showed the president and his wife, Cilia Flores, looking up in alarm before the broadcast cut away and ranks of soldiers broke and ran.

In a televised address hours later, Maduro said the attack had been financed by people living in Florida and that "the name of Juan Manuel Santos is behind this attack."

Colombia's Foreign Ministry rejected the accusation as absurd and baseless.

Interior Minister Nestor Reverol said on Sunday that security forces had arrested six people and seized vehicles used in the attack.

U.S. national security adviser John Bolton said there was no U.S. government involvement.

A little-known group of rebel soldiers said on social media that it had carried out the attack.

The parade marked the 81st anniversary of the National Guard.

It was not clear whether the drones had been shot down or had exploded early.

Maduro was re-elected in May in a vote that the main opposition parties boycotted and that the United States and a dozen Latin American governments refused to recognise.
""")
MAD = A("Nicolas Maduro", "VEN", "GOV")
SAN = A("Juan Manuel Santos", "COL", "GOV")
COLG = A("Colombia's government", "COL", "GOV")
VENG = A("Venezuela's government", "VEN", "GOV")
E("bi10", "Maduro blames Colombia after drones explode near", MAD, COLG, ["11"], "112", "2018-08-04", None, False,
  "headline")
E("bi10", "accused Colombia's outgoing president, Juan Manuel Santos", MAD, SAN, ["11"], "112", "2018-08-04", None,
  False, "lead summary of the accusation detailed in the third paragraph: optional")
E("bi10", "two drones loaded with explosives blew up", UNNAMED, MAD, ATTACK, "180", "2018-08-04", P("Caracas", "VEN"),
  False, "the attack has no agent in the clause (the drones 'blew up'): optional, null/null attackers; 'in Caracas on "
  "Saturday'")
E("bi10", "the name of Juan Manuel Santos is", MAD, SAN, ["11"], "112", "2018-08-04", None, True,
  "accusation 112; 'hours later' after Saturday's parade: the day; the Florida financiers are a second, unnamed "
  "content, not coded")
E("bi10", "Colombia's Foreign Ministry rejected the accusation as", A("Colombia's Foreign Ministry", "COL", "GOV"),
  MAD, DENY, "016", "2018-08", None, True, "denial 016 (01/12); no day of its own: month")
E("bi10", "security forces had arrested six people and", A("Venezuelan security forces", "VEN", ["COP", "MIL"]),
  A("drone attack suspects", None, ["CRM", "CVL"]), ["17"], "173", "2018-08", None, True,
  "arrests reported by the arresting government 173; pluperfect inside Sunday's statement: month; the suspects' "
  "nationality is not given")
E("bi10", "John Bolton said there was no U.S.", A("John Bolton", "USA", "GOV"), VENG, DENY, "016", "2018-08", None, False,
  "denial of a charge nobody in the story made against Washington directly: optional")
E("bi10", "A little-known group of rebel soldiers said", A("rebel soldiers' group", "VEN", ["MIL", "REB"]), MAD, ATTACK,
  "180", "2018-08", None, False, "a claim of responsibility, unconfirmed: optional")
E("bi10", "the main opposition parties boycotted and that", A("Venezuelan opposition parties", "VEN", ["OPP", "PTY"]),
  VENG, ["14"], "143", "2018-05", None, True, "dated background boycott 143 in a relative with its own agent; 'in "
  "May'")
E("bi10", "the United States and a dozen Latin", A("United States", "USA", "GOV"), MAD, ["12"], "120", "2018-05", None,
  True, "refusing to recognise an election 120 in the same dated relative; first member of the compound subject")
E("bi10", "a dozen Latin American governments refused to", A("Latin American governments", None, "GOV"), MAD, ["12"],
  "120", "2018-05", None, False, "second member of the compound subject: optional; null/GOV as news-dev's 'some UN "
  "member states'")
F("bi10", "The parade marked the 81st anniversary of", "definition")
F("bi10", "It was not clear whether the drones", "speculation")

# ---------------------------------------------------------------- bi11 Freetown, Africa (Sierra Leone)
S("bi11", "2023-11-27", "Africa", """
Sierra Leone hunts escaped inmates after gunmen raid barracks and prisons in Freetown

FREETOWN, Sierra Leone —

Sierra Leone's government imposed a nationwide curfew on Sunday after gunmen attacked a military barracks and several prisons in Freetown, freeing nearly 2,000 inmates, in what President Julius Maada Bio called an attempt to undermine peace and stability.

The attackers, some of them in military uniform, tried to break into the armoury at Wilberforce barracks in the capital before dawn on Sunday and exchanged fire with soldiers for several hours, the army said.

Later that morning they stormed the Pademba Road central prison and at least two other jails. Most of the inmates who escaped were still at large, Information Minister Chernor Bah said.

Bah said 13 soldiers were among at least 20 people killed.

Security forces had arrested 13 military officers and a civilian by Monday, he said.

In a televised address on Sunday night, Bio said order had been restored and accused those behind the violence of trying to subvert the country's democracy. He promised that they would be brought to justice.

The West African bloc ECOWAS condemned what it called a plot to seize arms and destabilise the country.

It was not clear who had organised the attack.

Bio won a second term in June in an election that the main opposition All People's Congress rejected as rigged. The party signed an agreement with the government in October, ending its boycott of parliament and local councils.
""")
SLEG = A("Sierra Leone's government", "SLE", "GOV")
SLEA = A("Sierra Leone's army", "SLE", "MIL")
BIO = A("Julius Maada Bio", "SLE", "GOV")
APC = A("All People's Congress", "SLE", ["OPP", "PTY"])
E("bi11", "gunmen raid barracks and prisons in Freetown", UNNAMED, SLEA, FORCE, "190", "2023-11-26", P("Freetown", "SLE"),
  False, "headline")
E("bi11", "imposed a nationwide curfew on Sunday after", SLEG, None, ["17"], "1723", "2023-11-26", None, True,
  "curfew 1723; 'on Sunday' before a Monday paper; nationwide, so no place; target null")
E("bi11", "gunmen attacked a military barracks and several", UNNAMED, SLEA, FORCE, "190", "2023-11-26",
  P("Freetown", "SLE"), False, "lead summary of the attacks detailed in the next two paragraphs: optional")
E("bi11", "in what President Julius Maada Bio called", BIO, UNNAMED, ["11"], "112", "2023-11", None, False,
  "lead summary of Bio's accusation detailed later: optional")
E("bi11", "exchanged fire with soldiers for several hours", UNNAMED, SLEA, CLASH, "190", "2023-11-26",
  P("Freetown", "SLE"), True, "clash 190 (19/18/14); the attackers are unnamed (null/null, news-dev); 'in the capital' "
  "with the dateline; 'before dawn on Sunday'; the army's account is not disputed")
E("bi11", "exchanged fire with soldiers for several hours", SLEA, UNNAMED, CLASH, "190", "2023-11-26",
  P("Freetown", "SLE"), False, "reverse direction of the exchange of fire: optional")
E("bi11", "Later that morning they stormed the Pademba", UNNAMED, A("Sierra Leone's prison service", "SLE", ["GOV", "COP"]),
  FORCE, "190", "2023-11-26", None, True, "storming prisons 190 (19/18/17); 'Later that morning' after Sunday's dawn; "
  "the prison's name gives no city")
E("bi11", "Security forces had arrested 13 military officers", A("Sierra Leone's security forces", "SLE", ["MIL", "COP"]),
  SLEA, ["17"], "173", "2023-11", None, True, "arrests reported by the government 173; 'by Monday' is a span: month")
E("bi11", "accused those behind the violence of trying", BIO, UNNAMED, ["11"], "112", "2023-11-26", None, True,
  "accusation 112; 'on Sunday night'")
E("bi11", "He promised that they would be brought", BIO, UNNAMED, ["13"], "130", "2023-11-26", None, False,
  "a vow of punishment put as a promise: optional")
E("bi11", "The West African bloc ECOWAS condemned what", A("ECOWAS", None, "IGO"), UNNAMED, ["11"], "111", "2023-11", None,
  False, "single outside reaction: optional; ECOWAS null/IGO (news-dev)")
E("bi11", "the main opposition All People's Congress rejected", APC, BIO, ["12"], "120", "2023-06", None, True,
  "rejecting a result 120 in a dated relative with its own agent; 'in June'")
E("bi11", "The party signed an agreement with the", APC, SLEG, AGREE, "057", "2023-10", None, True,
  "dated background agreement 057 (05/03/08), 'in October'; the party, first mentioned, as source")
E("bi11", "The party signed an agreement with the", SLEG, APC, AGREE, "057", "2023-10", None, False,
  "reverse direction of the agreement: optional")
F("bi11", "Bah said 13 soldiers were among at", "count")
F("bi11", "It was not clear who had organised", "speculation")

# ---------------------------------------------------------------- bi12 Lahore, South Asia (Pakistan / Sri Lanka)
S("bi12", "2009-03-03", "South Asia", """
Gunmen ambush Sri Lankan cricket team in Lahore, killing six police escorts

LAHORE, Pakistan —

Gunmen armed with rifles and grenades attacked a bus carrying Sri Lanka's cricket team near the Gaddafi Stadium in Lahore on Tuesday, wounding seven players and an assistant coach and killing six policemen escorting the convoy.

A van driver was also killed. Police who were guarding the team exchanged fire with the attackers for about 25 minutes before the gunmen fled on foot into the surrounding streets, officials said.

The bus driver kept going under fire and brought the players into the stadium, where they were flown out by helicopter. No group said it had carried out the attack.

Sri Lankan President Mahinda Rajapaksa condemned the attack as a cowardly terrorist act, and his government sent a plane to bring the team home.

Prime Minister Yousuf Raza Gilani telephoned Rajapaksa to express his regret and ordered an inquiry into the security arrangements.

Sri Lanka had agreed to tour after India's government refused in December to let its team travel to Pakistan, following the November attacks in Mumbai.

The attack came a week after President Asif Ali Zardari placed Punjab, of which Lahore is the capital, under direct federal rule, following a Supreme Court ruling that barred opposition leader Nawaz Sharif and his brother Shahbaz from elected office.

Pakistan had hoped the tour would show that it was safe for foreign teams to visit.
""")
GUN = A("unidentified gunmen", None, None)
LKAT = A("Sri Lanka's cricket team", "LKA", "CVL")
PAKCOP = A("Pakistani police", "PAK", "COP")
PAKG = A("Pakistan's government", "PAK", "GOV")
RAJ = A("Mahinda Rajapaksa", "LKA", "GOV")
E("bi12", "Gunmen ambush Sri Lankan cricket team in", GUN, LKAT, ATTACK, "180", "2009-03-03", P("Lahore", "PAK"), False,
  "headline")
E("bi12", "Gunmen armed with rifles and grenades attacked", GUN, LKAT, ATTACK, "180", "2009-03-03", P("Lahore", "PAK"),
  True, "armed attack 180 (18/19/20); unnamed gunmen null/null (news-dev); 'in Lahore on Tuesday' in a Tuesday paper")
E("bi12", "killing six policemen escorting the convoy", GUN, PAKCOP, ATTACK, "180", "2009-03-03", P("Lahore", "PAK"),
  False, "second object of the same attack: optional")
E("bi12", "Police who were guarding the team exchanged", PAKCOP, GUN, CLASH, "190", "2009-03-03", None, True,
  "exchange of fire 190 (19/18/14), police first; part of Tuesday's attack: the day; 'the surrounding streets' name "
  "no place")
E("bi12", "condemned the attack as a cowardly terrorist", RAJ, GUN, ["11"], "111", "2009-03", None, True,
  "condemnation 111 by the victims' government (the story turns on it); no day of its own: month")
E("bi12", "telephoned Rajapaksa to express his regret and", A("Yousuf Raza Gilani", "PAK", "GOV"), RAJ, ["05", "08"],
  "055", "2009-03", None, True, "regret 055 (05/08, as owned35 ai04); month")
E("bi12", "Yousuf Raza Gilani telephoned Rajapaksa to express", A("Yousuf Raza Gilani", "PAK", "GOV"), RAJ, ["04"], "040",
  "2009-03", None, False, "the telephone call itself 040: optional (the regret is the event coded)")
E("bi12", "Sri Lanka had agreed to tour after", A("Sri Lanka Cricket", "LKA", ["GOV", "CVL"]), PAKG, ["03", "05"],
  "030", "2009", None, False, "undated pluperfect agreement: optional")
E("bi12", "India's government refused in December to let", A("India's government", "IND", "GOV"), PAKG, ["12", "16"],
  "120", "2008-12", None, True, "dated background refusal 120 (12/16) in an 'after' clause with its own agent; 'in "
  "December' before a March paper is the year before; the Mumbai attacks are nominal, not coded")
E("bi12", "President Asif Ali Zardari placed Punjab, of", A("Asif Ali Zardari", "PAK", "GOV"),
  A("Shahbaz Sharif's Punjab government", "PAK", ["GOV", "OPP", "PTY"]), ["17"], "172", "2009-02", None, True,
  "imposing federal rule 172 in a dated background clause ('a week after' Tuesday: late February, given as the month)")
E("bi12", "a Supreme Court ruling that barred opposition", A("Pakistan's Supreme Court", "PAK", "JUD"),
  A("Nawaz Sharif", "PAK", ["OPP", "PTY"]), ["17", "11"], "172", "2009-02", None, True,
  "disqualification 172 (17/11, as court verdicts) in a relative with its own agent, dated with the federal rule; "
  "first member of the compound object")
E("bi12", "and his brother Shahbaz from elected office", A("Pakistan's Supreme Court", "PAK", "JUD"),
  A("Shahbaz Sharif", "PAK", ["GOV", "OPP", "PTY"]), ["17", "11"], "172", "2009-02", None, False,
  "second member of the compound object: optional")
F("bi12", "No group said it had carried out", "negated claim: nothing said")
F("bi12", "Pakistan had hoped the tour would show", "a hope, no act")

if __name__ == "__main__":
    write(HERE)
