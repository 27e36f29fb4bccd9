#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned86 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary, data file or test read; dateline and go not run).
Coding notes are kept per line. Run: python3 testdata/owned86/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

ATTACK = ["18", "19", "20"]
CRACK = ["17", "18", "19"]
EXPEL = ["17", "16"]
ACCUSE = ["11"]
THREAT = ["13"]
ARREST = ["17"]

# ---------------------------------------------------------------- ci01 Maputo, Africa (Mozambique)
S("ci01", "2010-09-02", "Africa", """
Mozambican police fire on bread price rioters, killing seven in Maputo

MAPUTO, Mozambique —

Police fired live rounds and rubber bullets at crowds protesting against higher bread prices in the capital on Wednesday, killing at least seven people, two of them children, hospital officials said.

Thousands of young people blocked roads in Maputo and neighbouring Matola with burning tyres and stones and looted shops and a flour warehouse, after anonymous text messages called for a strike against rises in the price of bread, water and electricity.

Interior Minister Jose Pacheco told a news conference on Wednesday evening that the rioters were "bandits and adventurers" and that the police had acted to protect lives and property. He warned that anyone caught looting would be arrested and prosecuted.

A police spokesman said 142 people had been detained and that 27 officers had been hurt by stones.

Clashes resumed on Thursday in the suburbs of Maputo, where youths stoned minibuses and police fired tear gas to clear barricades, witnesses said.

Mozambique imports most of its wheat, and the metical has lost about a third of its value against the South African rand this year.

President Armando Guebuza appealed for calm in a televised address on Thursday, saying the price rises could not be avoided.

Afonso Dhlakama, leader of the opposition Renamo party, blamed the government for the deaths and demanded that the increases be reversed.

It was not clear whether shops and schools would reopen before the weekend.
""")
MOZG = A("Mozambique's government", "MOZ", "GOV")
MOZPOL = A("Mozambican police", "MOZ", "COP")
MOZPROT = A("Maputo protesters", "MOZ", ["CVL", "OPP"])
PACHECO = A("Jose Pacheco", "MOZ", "GOV")
MAPUTO = P("Maputo", "MOZ")
E("ci01", "Mozambican police fire on bread price rioters", MOZPOL, MOZPROT, CRACK, "175", "2010-09", MAPUTO, False,
  "headline: firing on protesters 175 (17/18/19)")
E("ci01", "Police fired live rounds and rubber bullets", MOZPOL, MOZPROT, CRACK, "175", "2010-09-01", MAPUTO, True,
  "deadly repression of a protest 175 (17/18/19); 'on Wednesday' in a Thursday paper; 'in the capital' with the "
  "dateline")
E("ci01", "Thousands of young people blocked roads in", MOZPROT, MOZG, VPROT, "145", "2010-09-01", MAPUTO, True,
  "road blocks with burning tyres and looting: violent protest 145 (14/18/17); the day the lead gives; first place "
  "named, Maputo (Matola is the second)")
E("ci01", "after anonymous text messages called for a", A("anonymous organisers", "MOZ", ["CVL", "OPP"]), MOZG,
  ["14", "10"], "143", "2010-09", None, False, "a strike call by unnamed senders: no real agent, optional")
E("ci01", "told a news conference on Wednesday evening", PACHECO, MOZPROT, ACCUSE, "111", "2010-09-01", None, True,
  "denouncing rioters as bandits 111 (as owned54's 'thugs'); 'on Wednesday evening'")
E("ci01", "He warned that anyone caught looting would", PACHECO, MOZPROT, THREAT, "130", "2010-09-01", None, True,
  "threat of arrest 130; 'He' is the interior minister; same news conference")
E("ci01", "A police spokesman said 142 people had", MOZPOL, MOZPROT, ARREST, "173", "2010-09", None, False,
  "agentless passive detentions given as a count: optional")
E("ci01", "where youths stoned minibuses and police fired", MOZPOL, A("Maputo youths", "MOZ", ["CVL", "OPP"]),
  CRACK, "175", "2010-09-02", MAPUTO, True, "tear gas at barricades 175 (17/18/19); 'on Thursday'; 'the suburbs of "
  "Maputo'")
E("ci01", "where youths stoned minibuses and police fired", A("Maputo youths", "MOZ", ["CVL", "OPP"]),
  A("minibus drivers", "MOZ", ["CVL", "BUS"]), VPROT, "145", "2010-09-02", MAPUTO, False,
  "stone-throwing at minibuses, first clause of the relative: optional (target unclear)")
E("ci01", "President Armando Guebuza appealed for calm in", A("Armando Guebuza", "MOZ", "GOV"), MOZPROT, DEMAND,
  "100", "2010-09-02", None, True, "appeal for calm 10 (10/02); 'on Thursday'")
E("ci01", "President Armando Guebuza appealed for calm in", A("Armando Guebuza", "MOZ", "GOV"), MOZPROT, ["12"],
  "120", "2010-09-02", None, False, "refusing to drop the price rises, participial: optional")
E("ci01", "blamed the government for the deaths and", A("Afonso Dhlakama", "MOZ", ["OPP", "PTY"]), MOZG, ACCUSE,
  "112", "2010-09", None, True, "blame 112; no day of its own: month")
E("ci01", "demanded that the increases be reversed", A("Afonso Dhlakama", "MOZ", ["OPP", "PTY"]), MOZG, DEMAND,
  "104", "2010-09", None, False, "second verb of the same speaker: optional (coders split on 104/100)")
F("ci01", "Mozambique imports most of its wheat, and", "standing situation and a figure")
F("ci01", "It was not clear whether shops and", "open question: nothing happened")

# ---------------------------------------------------------------- ci02 Kinshasa, Africa (DR Congo / U.N.)
S("ci02", "2014-10-17", "Africa", """
Congo expels U.N. human rights chief over report on police killings

KINSHASA, Democratic Republic of Congo —

Congo's government ordered the head of the United Nations human rights office in the country to leave on Thursday, a day after he published a report accusing police of killing at least nine people in a crackdown on street gangs in the capital.

Scott Campbell, a Briton who directs the U.N. Joint Human Rights Office, has been declared persona non grata and given 48 hours to go, Interior Minister Richard Muyej told reporters.

The minister accused Campbell of writing a biased report meant to discredit the national police.

The report said officers shot or otherwise killed nine people and made 32 others disappear during Operation Likofi, a sweep against youth gangs known as kulunas that ran from November to February.

Government spokesman Lambert Mende denied that police had carried out any summary executions and said the suspects had died in shootouts.

Secretary-General Ban Ki-moon said in New York on Thursday that he regretted the decision and urged Kinshasa to reconsider it.

Opposition lawmaker Martin Fayulu said the expulsion showed that the government wanted no witnesses to abuses by its security forces. Human Rights Watch called it an attempt to silence criticism ahead of elections due in 2016.

MONUSCO, with close to 20,000 troops and police, is the largest U.N. peacekeeping mission in the world.

Campbell did not respond to requests for comment on Thursday.
""")
CODG = A("Congo's government", "COD", "GOV")
CODPOL = A("Congolese national police", "COD", "COP")
CAMPBELL = A("Scott Campbell", "UNO", "IGO")
E("ci02", "Congo expels U.N. human rights chief over", CODG, CAMPBELL, EXPEL, "174", "2014-10", None, False,
  "headline: expulsion 174 (17/16)")
E("ci02", "Congo's government ordered the head of the", CODG, CAMPBELL, EXPEL, "174", "2014-10-16", None, True,
  "ordering an official out 174 (17/16); 'on Thursday' in a Friday paper; Campbell is coded as the U.N. office he "
  "heads (UNO/IGO), not by his passport")
E("ci02", "a day after he published a report", CAMPBELL, CODPOL, ACCUSE, "112", "2014-10-15", None, True,
  "the report's accusation inside an 'after' clause with its own agent: required; Wednesday")
E("ci02", "has been declared persona non grata and", CODG, CAMPBELL, EXPEL, "174", "2014-10-16", None, False,
  "agentless passive restating the lead: optional")
E("ci02", "The minister accused Campbell of writing a", A("Richard Muyej", "COD", "GOV"), CAMPBELL, ACCUSE, "112",
  "2014-10-16", None, True, "accusation 112; 'The minister' is Muyej; the day of the expulsion")
E("ci02", "The report said officers shot or otherwise", CODPOL, A("Kinshasa gang suspects", "COD", ["CVL", "CRM"]),
  ["18", "20", "17"], "180", None, P("Kinshasa", "COD"), False,
  "killings inside the U.N. report, disputed by the government: optional; span over two years: no date")
E("ci02", "Government spokesman Lambert Mende denied that police", A("Lambert Mende", "COD", "GOV"), CAMPBELL, DENY,
  "016", "2014-10", None, True, "denial 016 (01/12); no day of its own: month")
E("ci02", "urged Kinshasa to reconsider it", A("Ban Ki-moon", "UNO", "IGO"), CODG, DEMAND, "100", "2014-10-16",
  P("New York", "USA"), True, "appeal to reverse the expulsion 10 (10/02); 'Kinshasa' is an actor; 'in New York' is "
  "where he spoke; the U.N. is the party expelled, not an outside voice")
E("ci02", "Ban Ki-moon said in New York on", A("Ban Ki-moon", "UNO", "IGO"), CODG, ACCUSE, "111", "2014-10-16",
  P("New York", "USA"), False, "regret as mild criticism 111: optional")
E("ci02", "Opposition lawmaker Martin Fayulu said the expulsion", A("Martin Fayulu", "COD", ["LEG", "OPP"]), CODG,
  ACCUSE, "112", "2014-10", None, True, "accusation 112; no day: month")
E("ci02", "Human Rights Watch called it an attempt", A("Human Rights Watch", None, "NGO"), CODG, ACCUSE, "111",
  "2014-10", None, False, "single outside reaction: optional; 'it' is the expulsion")
F("ci02", "MONUSCO, with close to 20,000 troops and", "standing situation and a count")
F("ci02", "Campbell did not respond to requests for", "negated: no comment")

# ---------------------------------------------------------------- ci03 Beirut, Middle East (Lebanon)
S("ci03", "2007-01-24", "Middle East", """
Three killed as Hezbollah-led strike paralyses Lebanon; Siniora refuses to quit

BEIRUT, Lebanon —

Opposition supporters blocked roads across Lebanon with burning tyres and sand on Tuesday as a general strike called by Hezbollah and its allies turned violent, leaving three people dead and more than 130 wounded.

Army troops fired into the air and used tear gas to separate Sunni and Shi'ite youths who hurled stones at each other in several Beirut neighbourhoods.

North of the capital, Christian supporters of Michel Aoun, a Hezbollah ally, fought with backers of the pro-government Lebanese Forces with sticks and stones. One man was shot dead there, police said.

Prime Minister Fouad Siniora said in a televised speech late on Tuesday that his government would not bow to intimidation and would not resign.

Opposition leaders suspended the strike in the evening but said the protests would go on until the cabinet stepped down.

Hezbollah, Amal and Aoun's movement have camped outside the government's offices in downtown Beirut since Dec. 1, demanding a greater share of power.

In Washington, State Department spokesman Sean McCormack accused Hezbollah of trying to topple an elected government with the help of Syria and Iran.

Lebanon's power-sharing system divides the top posts in the state among the country's religious communities.

Siniora is due in Paris on Thursday to ask a donors' conference for several billion dollars in aid.
""")
LBNG = A("Lebanon's government", "LBN", "GOV")
OPPSUP = A("Lebanese opposition supporters", "LBN", ["CVL", "OPP"])
HEZ = A("Hezbollah", "LBN", ["PTY", "OPP", "REB"])
LBNARMY = A("Lebanese army", "LBN", "MIL")
SUNNI = A("Sunni youths", "LBN", "CVL")
SHIA = A("Shi'ite youths", "LBN", "CVL")
AOUNSUP = A("Michel Aoun's supporters", "LBN", ["CVL", "OPP"])
LFSUP = A("Lebanese Forces supporters", "LBN", ["CVL", "PTY"])
SINIORA = A("Fouad Siniora", "LBN", "GOV")
BEIRUT = P("Beirut", "LBN")
E("ci03", "Hezbollah-led strike paralyses Lebanon; Siniora refuses", HEZ, LBNG, ["14"], "143", "2007-01", None, False,
  "headline: general strike 143")
E("ci03", "Siniora refuses to quit", SINIORA, HEZ, ["12"], "120", "2007-01", None, False,
  "headline, second clause: refusal to resign 12")
E("ci03", "Opposition supporters blocked roads across Lebanon with", OPPSUP, LBNG, VPROT, "144", "2007-01-23", None,
  True, "road blocks 144 (14/18/17, violent protest tolerance); 'on Tuesday' in a Wednesday paper; 'across "
  "Lebanon' is no place")
E("ci03", "a general strike called by Hezbollah and", HEZ, LBNG, ["14"], "143", "2007-01-23", None, False,
  "the strike as an agentive passive inside the lead; restated in the headline: optional")
E("ci03", "Army troops fired into the air and", LBNARMY, SUNNI, REPR + ["19"], "175", "2007-01-23", BEIRUT, True,
  "tear gas and shots in the air to part crowds 175 (17/18/19); compound object, first member required")
E("ci03", "Army troops fired into the air and", LBNARMY, SHIA, REPR + ["19"], "175", "2007-01-23", BEIRUT, False,
  "second member of the compound object")
E("ci03", "youths who hurled stones at each other", SUNNI, SHIA, CLASH, "190", "2007-01-23", BEIRUT, True,
  "stone-throwing clash in a relative with its own agent; first-mentioned (Sunni) side as source; 'in several "
  "Beirut neighbourhoods'")
E("ci03", "youths who hurled stones at each other", SHIA, SUNNI, CLASH, "190", "2007-01-23", BEIRUT, False,
  "reverse direction of the joint clash")
E("ci03", "fought with backers of the pro-government Lebanese", AOUNSUP, LFSUP, CLASH, "190", "2007-01-23", None,
  True, "clash 190 (19/18/14); first-mentioned side as source; 'North of the capital' names no place")
E("ci03", "fought with backers of the pro-government Lebanese", LFSUP, AOUNSUP, CLASH, "190", "2007-01-23", None,
  False, "reverse direction")
E("ci03", "said in a televised speech late on", SINIORA, HEZ, ["12"], "120", "2007-01-23", None, True,
  "refusal to yield or resign 12; 'late on Tuesday'; target the Hezbollah-led opposition that demands it")
E("ci03", "Opposition leaders suspended the strike in the", A("Lebanese opposition leaders", "LBN", ["OPP", "PTY"]),
  LBNG, ["08"], "080", "2007-01-23", None, False, "calling off a strike: de-escalation, coders rarely code it: "
  "optional")
E("ci03", "said the protests would go on until", A("Lebanese opposition leaders", "LBN", ["OPP", "PTY"]), LBNG,
  DEMAND, "1041", "2007-01-23", None, True, "demand that the cabinet step down 1041 (10/02), with a vow to keep "
  "protesting; 'in the evening' of Tuesday")
E("ci03", "Hezbollah, Amal and Aoun's movement have camped", HEZ, LBNG, ["14"], "141", "2006-12", BEIRUT, True,
  "sit-in 141 since Dec. 1 (dated background); compound subject, first member required; 'downtown Beirut'")
E("ci03", "Hezbollah, Amal and Aoun's movement have camped", A("Amal", "LBN", ["PTY", "OPP"]), LBNG, ["14"], "141",
  "2006-12", BEIRUT, False, "second member of the compound subject")
E("ci03", "Hezbollah, Amal and Aoun's movement have camped", A("Free Patriotic Movement", "LBN", ["PTY", "OPP"]),
  LBNG, ["14"], "141", "2006-12", BEIRUT, False, "third member of the compound subject")
E("ci03", "State Department spokesman Sean McCormack accused Hezbollah", A("Sean McCormack", "USA", "GOV"), HEZ,
  ACCUSE, "112", "2007-01", P("Washington", "USA"), False,
  "single outside reaction: optional; 'In Washington'; no day: month")
F("ci03", "power-sharing system divides the top posts in", "standing situation")
F("ci03", "Siniora is due in Paris on Thursday", "future: the appeal to donors has not happened")

# ---------------------------------------------------------------- ci04 Baku, Middle East (Iran / Azerbaijan)
S("ci04", "2023-01-28", "Middle East", """
Gunman kills guard at Azerbaijan's embassy in Tehran; Baku calls it terrorism

BAKU, Azerbaijan —

A gunman armed with a Kalashnikov rifle stormed Azerbaijan's embassy in Tehran on Friday, killing the head of its security detail and wounding two guards, the Foreign Ministry in Baku said.

Iranian police said they had arrested the attacker at the scene. Tehran's police chief said the man had acted for personal reasons, believing that his wife was being kept inside the embassy.

President Ilham Aliyev condemned the shooting as an act of terrorism and called for the attacker to be punished severely.

The Foreign Ministry accused Tehran of ignoring repeated Azerbaijani requests to tighten security at the mission, and said a hostile campaign in Iranian media had encouraged the attack.

Iran's Foreign Ministry spokesman, Nasser Kanaani, condemned the attack and said an investigation had been ordered. There was no claim of responsibility.

On Saturday Azerbaijan said it was withdrawing its diplomats and their families from Tehran and suspending the embassy's work.

Relations between the neighbours have been strained since Iran's army held large exercises close to their border in October, which Baku saw as a warning.

Azerbaijan, a mostly Shi'ite Muslim country like Iran, has close ties with Turkey and Israel.

President Recep Tayyip Erdogan of Turkey telephoned Aliyev to offer his condolences, the Turkish presidency said.
""")
AZEG = A("Azerbaijan's government", "AZE", "GOV")
IRNG = A("Iran's government", "IRN", "GOV")
GUNMAN = A("the gunman", None, None)
ASGAROV = A("Azerbaijani embassy security chief", "AZE", "GOV")
TEHRAN = P("Tehran", "IRN")
ALIYEV = A("Ilham Aliyev", "AZE", "GOV")
E("ci04", "Gunman kills guard at Azerbaijan's embassy in", GUNMAN, ASGAROV, ATTACK, "180", "2023-01", TEHRAN, False,
  "headline: deadly attack by an unnamed gunman 180")
E("ci04", "Baku calls it terrorism", AZEG, GUNMAN, ACCUSE, "111", "2023-01", None, False,
  "headline, second clause; 'Baku' is an actor")
E("ci04", "A gunman armed with a Kalashnikov rifle", GUNMAN, ASGAROV, ATTACK, "180", "2023-01-27", TEHRAN, True,
  "armed attack on an embassy 180 (18/19/20); unnamed gunman null/null; 'on Friday' in a Saturday paper; target the "
  "killed security chief, an Azerbaijani official")
E("ci04", "Iranian police said they had arrested the", A("Iranian police", "IRN", "COP"), GUNMAN, ARREST, "173",
  "2023-01-27", TEHRAN, True, "arrest 173 'at the scene' (the Tehran embassy); Friday")
E("ci04", "President Ilham Aliyev condemned the shooting as", ALIYEV, GUNMAN, ACCUSE, "111", "2023-01-27", None, True,
  "condemnation 111; the day of the attack; target the attacker")
E("ci04", "called for the attacker to be punished", ALIYEV, IRNG, DEMAND, "100", "2023-01-27", None, False,
  "demand for punishment, second verb aimed at Iran's authorities: optional")
E("ci04", "The Foreign Ministry accused Tehran of ignoring", AZEG, IRNG, ACCUSE, "112", "2023-01-27", None, True,
  "accusation 112; 'Tehran' is an actor; the day of the attack")
E("ci04", "Nasser Kanaani, condemned the attack and said", A("Nasser Kanaani", "IRN", "GOV"), GUNMAN, ACCUSE, "111",
  "2023-01-27", None, True, "condemnation 111 by Iran; no day of its own: the day of the attack the context gives")
E("ci04", "On Saturday Azerbaijan said it was withdrawing", AZEG, IRNG, ["16"], "161", "2023-01-28", None, False,
  "evacuating an embassy for safety: coders split between 161 and no event: optional")
E("ci04", "since Iran's army held large exercises close", A("Iranian army", "IRN", "MIL"), AZEG, ["15"], "150",
  "2022-10", None, True, "military show of force near a border 150 (15), dated background in a 'since' clause with "
  "its own agent: required; 'in October' before a January paper")
E("ci04", "President Recep Tayyip Erdogan of Turkey telephoned", A("Recep Tayyip Erdogan", "TUR", "GOV"), ALIYEV,
  ["04", "05"], "040", "2023-01", None, False, "condolence call, outside reaction: optional")
F("ci04", "There was no claim of responsibility", "negated")
F("ci04", "a mostly Shi'ite Muslim country like Iran", "standing situation")

# ---------------------------------------------------------------- ci05 Taipei, Asia (Taiwan / Philippines)
S("ci05", "2013-05-16", "Asia", """
Taiwan freezes hiring of Filipino workers, rejects Manila's apology over fisherman's death

TAIPEI, Taiwan —

Taiwan froze the hiring of Filipino workers and recalled its representative from Manila on Wednesday, after rejecting an apology from the Philippines for the killing of a Taiwanese fisherman by its coast guard.

Philippine coast guard personnel fired on the fishing boat Guang Da Xing No. 28 on May 9 in waters claimed by both sides, killing Hung Shih-cheng, 65.

Manila's coast guard said its crew had fired at the boat's engine after the trawler tried to ram their patrol vessel.

President Ma Ying-jeou on Saturday demanded a formal apology, compensation for Hung's family and the punishment of those responsible, and gave Manila 72 hours to respond.

President Benigno Aquino sent a personal envoy, Amadeo Perez, who conveyed his "deep regret and apology" to Hung's family and the people of Taiwan.

Premier Jiang Yi-huah said the apology was vague and insincere, and that Taiwan's sanctions would stay until Manila met all its demands.

The navy and the coast guard began exercises in waters south of the island on Thursday, the defence ministry said.

About 87,000 Filipinos work in Taiwan, most of them in factories or as carers.

The Philippine presidential spokeswoman, Abigail Valte, appealed to Taiwan to protect Filipinos there after reports that some had been harassed.

Whether the measures will hurt Taiwanese factories that depend on foreign labour is not yet clear.
""")
TWNG = A("Taiwan's government", "TWN", "GOV")
PHLG = A("the Philippines' government", "PHL", "GOV")
PCG = A("Philippine coast guard", "PHL", ["MIL", "COP", "GOV"])
HUNG = A("Hung Shih-cheng", "TWN", "CVL")
MA = A("Ma Ying-jeou", "TWN", "GOV")
E("ci05", "Taiwan freezes hiring of Filipino workers, rejects", TWNG, PHLG, SANCT, "163", "2013-05", None, False,
  "headline: sanction 163 (16/17)")
E("ci05", "rejects Manila's apology over fisherman's death", TWNG, PHLG, ["12"], "120", "2013-05", None, False,
  "headline, second clause: rejection 12; 'Manila' is an actor")
E("ci05", "Taiwan froze the hiring of Filipino workers", TWNG, PHLG, SANCT, "163", "2013-05-15", None, True,
  "sanction 163 (16/17); 'on Wednesday' in a Thursday paper")
E("ci05", "recalled its representative from Manila on Wednesday", TWNG, PHLG, ["16"], "161", "2013-05-15", None,
  True, "recalling one's own envoy 161 (news-dev), second verb with its own object: required; 'Manila' is the envoy's "
  "post, not where the act took place")
E("ci05", "after rejecting an apology from the Philippines", TWNG, PHLG, ["12"], "120", "2013-05", None, False,
  "participial rejection, detailed later by the premier: optional")
E("ci05", "Philippine coast guard personnel fired on the", PCG, HUNG, ATTACK, "190", "2013-05-09", None, True,
  "deadly shooting at a fishing boat 190 (19/18/20); dated background 'on May 9'; disputed waters are no place")
E("ci05", "Manila's coast guard said its crew had", PCG, A("Guang Da Xing No. 28 crew", "TWN", "CVL"), ACCUSE, "112",
  "2013-05", None, False, "the coast guard's account (ramming), disputed by Taiwan: optional")
E("ci05", "President Ma Ying-jeou on Saturday demanded a", MA, PHLG, DEMAND, "100", "2013-05-11", None, True,
  "demand for an apology and compensation 10 (10/02); 'on Saturday'")
E("ci05", "and gave Manila 72 hours to respond", MA, PHLG, THREAT, "130", "2013-05-11", None, False,
  "deadline as an ultimatum, second verb: optional")
E("ci05", "President Benigno Aquino sent a personal envoy", A("Benigno Aquino", "PHL", "GOV"),
  A("Taiwan", "TWN", ["GOV", "CVL"]), ["05", "03"], "055", "2013-05", None, True,
  "apology 055 through an envoy (05, or 03 where read as a concession); no day: month; target Hung's family and "
  "the people of Taiwan")
E("ci05", "Premier Jiang Yi-huah said the apology was", A("Jiang Yi-huah", "TWN", "GOV"), PHLG, ["12"], "120",
  "2013-05", None, True, "rejecting the apology 12; no day of its own: month")
E("ci05", "The navy and the coast guard began", A("Taiwan's navy and coast guard", "TWN", ["MIL", "COP"]), PHLG,
  ["15"], "150", "2013-05-16", None, True,
  "naval drills as a show of force 150 (15); 'on Thursday' in a Thursday paper; compound subject given as one "
  "actor (one exercise)")
E("ci05", "Abigail Valte, appealed to Taiwan to protect", A("Abigail Valte", "PHL", "GOV"), TWNG, DEMAND, "100",
  "2013-05", None, False, "appeal 10, a side remark: optional")
F("ci05", "About 87,000 Filipinos work in Taiwan, most", "count")
F("ci05", "Whether the measures will hurt Taiwanese factories", "speculation")

# ---------------------------------------------------------------- ci06 Colombo, Asia (Sri Lanka)
S("ci06", "2018-03-07", "Asia", """
Sri Lanka declares emergency after mobs attack Muslim shops in Kandy

COLOMBO, Sri Lanka —

Sri Lanka's government declared a nationwide state of emergency on Tuesday to halt attacks by Sinhalese Buddhist mobs on Muslim homes, shops and mosques in the central district of Kandy.

Rioters set fire to dozens of shops and at least one mosque in the town of Digana on Monday, and police said the body of a young Muslim man had been found in a burned building.

Police imposed a curfew across Kandy district on Monday night. They have arrested 24 people, a spokesman said.

The unrest began after a Sinhalese lorry driver died last week of injuries he suffered in February, when four Muslim men beat him after a traffic dispute near Teldeniya.

Prime Minister Ranil Wickremesinghe condemned the violence and said the government would not tolerate attacks on any community.

Rauff Hakeem, a Muslim cabinet minister and leader of the Sri Lanka Muslim Congress, accused police of standing by while mobs burned Muslim property.

Police denied the charge and said officers had been outnumbered.

On Wednesday the telecommunications regulator blocked access to Facebook, WhatsApp and Viber, which officials said had been used to spread hatred.

Muslims make up about 10 percent of Sri Lanka's 21 million people, and Buddhists about 70 percent.

It was not known who had started the fires in Digana.
""")
LKAG = A("Sri Lanka's government", "LKA", "GOV")
MOBS = A("Sinhalese Buddhist mobs", "LKA", ["CVL", "RAD"])
MUSLIMS = A("Kandy Muslims", "LKA", "CVL")
LKAPOL = A("Sri Lankan police", "LKA", "COP")
E("ci06", "Sri Lanka declares emergency after mobs attack", LKAG, MOBS, ["17"], "1724", "2018-03", None, False,
  "headline: state of emergency 1724")
E("ci06", "mobs attack Muslim shops in Kandy", MOBS, MUSLIMS, VPROT, "145", "2018-03", P("Kandy", "LKA"), False,
  "headline, second clause: riot 145 (14/18/17)")
E("ci06", "Sri Lanka's government declared a nationwide state", LKAG, MOBS, ["17"], "1724", "2018-03-06", None, True,
  "state of emergency 1724 (news-dev); target the rioters; 'on Tuesday' in a Wednesday paper")
E("ci06", "Rioters set fire to dozens of shops", MOBS, MUSLIMS, VPROT, "145", "2018-03-05", P("Digana", "LKA"), True,
  "arson by rioters 145 (14/18/17); 'on Monday'; 'in the town of Digana'")
E("ci06", "Police imposed a curfew across Kandy district", LKAPOL, A("Kandy residents", "LKA", "CVL"), ["17"],
  "1723", "2018-03-05", P("Kandy", "LKA"), True, "curfew 1723; 'on Monday night'; 'Kandy district'")
E("ci06", "They have arrested 24 people, a spokesman", LKAPOL, MOBS, ARREST, "173", "2018-03", None, False,
  "arrests, present perfect with no day: month; 'They' are the police; a count: optional")
E("ci06", "when four Muslim men beat him after", A("four Muslim men", "LKA", "CVL"),
  A("Sinhalese lorry driver", "LKA", "CVL"), ["18"], "182", "2018-02", P("Teldeniya", "LKA"), True,
  "beating 182 (18), dated background in a 'when' clause with its own agent: required; 'in February'; 'near "
  "Teldeniya'")
E("ci06", "Prime Minister Ranil Wickremesinghe condemned the violence", A("Ranil Wickremesinghe", "LKA", "GOV"), MOBS,
  ACCUSE, "111", "2018-03", None, True, "condemnation 111; no day: month")
E("ci06", "said the government would not tolerate attacks", A("Ranil Wickremesinghe", "LKA", "GOV"), MOBS, THREAT,
  "130", "2018-03", None, False, "veiled warning: optional")
E("ci06", "accused police of standing by while mobs", A("Rauff Hakeem", "LKA", ["GOV", "PTY"]), LKAPOL, ACCUSE,
  "112", "2018-03", None, True, "accusation 112; no day: month")
E("ci06", "Police denied the charge and said officers", LKAPOL, A("Rauff Hakeem", "LKA", ["GOV", "PTY"]), DENY, "016",
  "2018-03", None, True, "denial 016 (01/12); 'the charge' is Hakeem's")
E("ci06", "the telecommunications regulator blocked access to Facebook", A("Sri Lanka's telecommunications regulator",
  "LKA", "GOV"), A("Facebook", "USA", ["MED", "BUS"]), ["17"], "172", "2018-03-07", None, True,
  "blocking social media 172 (17, as owned82's shutdown of broadcasters); 'On Wednesday' in a Wednesday paper; "
  "compound object, first member required")
E("ci06", "the telecommunications regulator blocked access to Facebook", A("Sri Lanka's telecommunications regulator",
  "LKA", "GOV"), A("WhatsApp", "USA", ["MED", "BUS"]), ["17"], "172", "2018-03-07", None, False,
  "second member of the compound object")
F("ci06", "Muslims make up about 10 percent of", "count")
F("ci06", "It was not known who had started", "open question: nothing happened")

# ---------------------------------------------------------------- ci07 La Linea, Europe (Spain / Gibraltar / Britain)
S("ci07", "2013-08-19", "Europe/Eurasia", """
Spanish fishermen sail in protest at Gibraltar reef as Madrid and London trade charges

LA LINEA, Spain —

About 40 Spanish fishing boats sailed into the waters off Gibraltar on Sunday to protest against an artificial reef of concrete blocks that the British territory's government dropped into the bay last month, saying it wrecks their nets.

Gibraltar police launches and a Royal Navy patrol boat shadowed the flotilla. There were no arrests, and the boats were back in port by mid-afternoon.

Spain has tightened checks at the land border since late July, causing queues of up to seven hours, and Foreign Minister Jose Manuel Garcia-Margallo has floated a 50-euro fee for every crossing.

British Prime Minister David Cameron telephoned Mariano Rajoy, his Spanish counterpart, this month to express serious concern about the checks.

Gibraltar's chief minister, Fabian Picardo, accused Madrid of sabre-rattling and said the blocks would stay where they were.

Garcia-Margallo told a Spanish newspaper on Sunday that Madrid would take the dispute to the United Nations and might seek common cause with Argentina, which claims the Falkland Islands.

The frigate HMS Westminster docked in Gibraltar last week for what the Ministry of Defence called a long-planned visit.

Gibraltar has been British since 1713, and Spain has never given up its claim to the Rock.

The European Commission said it would send observers to check whether the Spanish controls were proportionate.
""")
ESPG = A("Spain's government", "ESP", "GOV")
GIBG = A("Gibraltar's government", "GIB", "GOV")
GBRG = A("Britain's government", "GBR", "GOV")
FISH = A("Spanish fishermen", "ESP", ["CVL", "BUS"])
MARGALLO = A("Jose Manuel Garcia-Margallo", "ESP", "GOV")
GIB = P("Gibraltar", "GIB")
E("ci07", "Spanish fishermen sail in protest at Gibraltar", FISH, GIBG, ["14"], "141", "2013-08", GIB, False,
  "headline: protest 141")
E("ci07", "Madrid and London trade charges", ESPG, GBRG, ACCUSE, "112", "2013-08", None, False,
  "headline, joint accusation: first-mentioned direction; 'Madrid' and 'London' are actors")
E("ci07", "Madrid and London trade charges", GBRG, ESPG, ACCUSE, "112", "2013-08", None, False,
  "headline, reverse direction")
E("ci07", "About 40 Spanish fishing boats sailed into", FISH, GIBG, ["14"], "141", "2013-08-18", GIB, True,
  "protest flotilla 141; 'on Sunday' in a Monday paper; 'the waters off Gibraltar'; target the government whose reef "
  "they protest")
E("ci07", "Gibraltar police launches and a Royal Navy", A("Gibraltar police", "GIB", "COP"), FISH, ["15", "17"],
  "150", "2013-08-18", GIB, False, "shadowing the flotilla: coders split on any event: optional")
E("ci07", "Spain has tightened checks at the land", ESPG, GIBG, ["17", "16"], "172", "2013-07", None, True,
  "border checks as an administrative sanction 172 (17/16); 'since late July'")
E("ci07", "has floated a 50-euro fee for every", MARGALLO, GIBG, THREAT, "1312", "2013-08", None, True,
  "threat of a sanction 1312 (13); second clause with its own subject; present perfect: month")
E("ci07", "British Prime Minister David Cameron telephoned Mariano", A("David Cameron", "GBR", "GOV"),
  A("Mariano Rajoy", "ESP", "GOV"), ["11", "04"], "111", "2013-08", None, True,
  "a call to voice concern 111 (11, or 04 for the call); 'this month'")
E("ci07", "accused Madrid of sabre-rattling and said the", A("Fabian Picardo", "GIB", "GOV"), ESPG, ACCUSE, "112",
  "2013-08", None, True, "accusation 112; 'Madrid' is an actor; no day: month")
E("ci07", "said the blocks would stay where they", A("Fabian Picardo", "GIB", "GOV"), ESPG, ["12"], "120", "2013-08",
  None, False, "refusal to remove the reef, second clause: optional")
E("ci07", "Garcia-Margallo told a Spanish newspaper on Sunday", MARGALLO, GBRG, THREAT + ["02"], "130", "2013-08-18",
  None, True, "threat to take the dispute to the U.N. 130 (13, or 02 as an appeal to it); 'on Sunday'; target "
  "Britain, the other party to the dispute")
E("ci07", "The frigate HMS Westminster docked in Gibraltar", A("Royal Navy", "GBR", "MIL"), ESPG, ["15"], "150",
  "2013-08", GIB, False, "a warship visit called routine: optional; 'last week' (August)")
E("ci07", "The European Commission said it would send", A("European Commission", "EUR", "IGO"), ESPG, ["03", "04"],
  "036", "2013-08", None, False, "promise to send monitors: optional")
F("ci07", "There were no arrests, and the boats", "negated: no arrests")
F("ci07", "Gibraltar has been British since 1713, and", "standing situation")

# ---------------------------------------------------------------- ci08 Belgrade, Europe (Serbia)
S("ci08", "2020-07-08", "Europe/Eurasia", """
Serbian police fire tear gas after protesters storm parliament over virus curfew

BELGRADE, Serbia —

Serbian police fired tear gas and charged protesters outside the national assembly in the capital late on Tuesday, after a crowd angered by plans for a weekend curfew briefly forced its way into the building.

Several thousand people had gathered in front of the parliament hours after President Aleksandar Vucic announced that Belgrade would be locked down from Friday because of rising coronavirus infections.

Demonstrators threw stones, bottles and flares at officers and set a police car on fire. Police said 43 officers and 17 protesters were injured and 23 people detained.

On Wednesday Vucic accused "criminal hooligans" and unnamed foreign services of organising the violence. He later scrapped the planned curfew, telling reporters that gatherings would instead be limited to ten people.

Dragan Djilas, whose opposition alliance boycotted the June parliamentary election, accused the police of brutality against peaceful citizens.

The European Union's delegation in Belgrade called for restraint on all sides.

Serbia has recorded more than 16,000 infections and 330 deaths since March, and hospitals in Belgrade say they are close to full.

It was unclear who had organised the protest, which spread through social media.
""")
SRBG = A("Serbia's government", "SRB", "GOV")
SRBPOL = A("Serbian police", "SRB", "COP")
SRBPROT = A("Belgrade protesters", "SRB", ["CVL", "OPP"])
VUCIC = A("Aleksandar Vucic", "SRB", "GOV")
BELGRADE = P("Belgrade", "SRB")
E("ci08", "Serbian police fire tear gas after protesters", SRBPOL, SRBPROT, REPR + ["19"], "175", "2020-07", BELGRADE,
  False, "headline: tear gas at a crowd 175 (17/18/19)")
E("ci08", "protesters storm parliament over virus curfew", SRBPROT, A("Serbia's National Assembly", "SRB",
  ["LEG", "GOV"]), VPROT, "145", "2020-07", BELGRADE, False, "headline, second clause: storming 145 (14/18/17)")
E("ci08", "Serbian police fired tear gas and charged", SRBPOL, SRBPROT, REPR + ["19"], "175", "2020-07-07", BELGRADE,
  True, "tear gas and a charge at protesters 175 (17/18/19); 'late on Tuesday' in a Wednesday paper; 'in the "
  "capital' with the dateline")
E("ci08", "after a crowd angered by plans for", SRBPROT, A("Serbia's National Assembly", "SRB", ["LEG", "GOV"]),
  VPROT, "145", "2020-07-07", BELGRADE, True,
  "forcing into parliament 145 (14/18/17), an 'after' clause with its own agent: required; Tuesday")
E("ci08", "Several thousand people had gathered in front", SRBPROT, SRBG, ["14"], "141", "2020-07-07", BELGRADE,
  False, "the rally behind the lead: restatement, optional")
E("ci08", "hours after President Aleksandar Vucic announced that", VUCIC, A("Belgrade residents", "SRB", "CVL"),
  ["17"], "1723", "2020-07-07", None, False, "an announced future lockdown, dropped the next day: optional")
E("ci08", "Demonstrators threw stones, bottles and flares at", SRBPROT, SRBPOL, VPROT, "145", "2020-07-07", BELGRADE,
  True, "attack on police in a riot 145 (14/18/17); the night the lead gives")
E("ci08", "Police said 43 officers and 17 protesters", SRBPOL, SRBPROT, ARREST, "173", "2020-07", None, False,
  "agentless passive detentions in a count: optional")
E("ci08", 'On Wednesday Vucic accused "criminal hooligans" and unnamed', VUCIC, SRBPROT, ACCUSE, "112",
  "2020-07-08", None, True, "accusation 112; 'On Wednesday'; target the protesters he calls hooligans")
E("ci08", "He later scrapped the planned curfew, telling", VUCIC, SRBPROT, ["08"], "081", "2020-07-08", None, True,
  "dropping a restriction under protest pressure 081 (08, CONCEDE); 'He' is Vucic; Wednesday")
E("ci08", "He later scrapped the planned curfew, telling", VUCIC, A("Serbian citizens", "SRB", "CVL"), ["17"],
  "172", "2020-07-08", None, False, "limit on gatherings, in the participial: optional")
E("ci08", "accused the police of brutality against peaceful", A("Dragan Djilas", "SRB", ["OPP", "PTY"]), SRBPOL,
  ACCUSE, "112", "2020-07", None, True, "accusation 112; no day: month")
E("ci08", "whose opposition alliance boycotted the June parliamentary", A("Alliance for Serbia", "SRB",
  ["OPP", "PTY"]), SRBG, ["14"], "143", "2020-06", None, True,
  "election boycott 143, dated background in a relative with its own agent: required; 'the June ... election'")
E("ci08", "delegation in Belgrade called for restraint on", A("European Union delegation", "EUR", "IGO"), SRBG,
  DEMAND, "100", "2020-07", BELGRADE, False, "single outside reaction: optional")
F("ci08", "Serbia has recorded more than 16,000 infections", "count")
F("ci08", "It was unclear who had organised the", "open question")

# ---------------------------------------------------------------- ci09 Managua, Americas (Nicaragua)
S("ci09", "2008-11-19", "Americas", """
Sandinista and opposition supporters clash in Managua over disputed mayoral vote

MANAGUA, Nicaragua —

Supporters of President Daniel Ortega's Sandinista Front fought opposition marchers with stones and homemade mortars in the capital on Tuesday, as a dispute over this month's municipal elections turned violent.

Riot police stood between the two sides for much of the afternoon, and dozens of people were treated for injuries.

Eduardo Montealegre, the opposition candidate for mayor of Managua, accused the Supreme Electoral Council of stealing the Nov. 9 vote and demanded a recount of every ballot before international observers.

The council declared the Sandinista candidate, former boxing champion Alexis Arguello, the winner last week.

Ortega rejected the fraud charges on Monday and accused the United States of financing the opposition.

In the city of Leon, Sandinista militants set fire to the local offices of the opposition Constitutionalist Liberal Party on Sunday, party officials said.

The Roman Catholic bishops' conference called on both camps to renounce violence and respect the law.

Ethics and Transparency, a local monitoring group, said it had been refused accreditation to watch the count.

Nicaragua is the second-poorest country in the Americas after Haiti.

Whether the council will agree to any recount remains uncertain.
""")
NICG = A("Nicaragua's government", "NIC", "GOV")
SANSUP = A("Sandinista supporters", "NIC", ["CVL", "PTY"])
OPPMARCH = A("opposition marchers", "NIC", ["CVL", "OPP"])
MONTE = A("Eduardo Montealegre", "NIC", ["OPP", "PTY"])
CSE = A("Supreme Electoral Council", "NIC", "GOV")
ORTEGA = A("Daniel Ortega", "NIC", "GOV")
E("ci09", "Sandinista and opposition supporters clash in Managua", SANSUP, OPPMARCH, CLASH, "190", "2008-11",
  P("Managua", "NIC"), False, "headline: clash 190 (19/18/14)")
E("ci09", "Supporters of President Daniel Ortega's Sandinista Front", SANSUP, OPPMARCH, CLASH, "190", "2008-11-18",
  P("Managua", "NIC"), True, "clash with stones and mortars 190 (19/18/14); first-mentioned side as source; 'on "
  "Tuesday' in a Wednesday paper; 'in the capital' with the dateline")
E("ci09", "Supporters of President Daniel Ortega's Sandinista Front", OPPMARCH, SANSUP, CLASH, "190", "2008-11-18",
  P("Managua", "NIC"), False, "reverse direction")
E("ci09", "accused the Supreme Electoral Council of stealing", MONTE, CSE, ACCUSE, "112", "2008-11", None, True,
  "accusation of fraud 112; no day: month")
E("ci09", "demanded a recount of every ballot before", MONTE, CSE, DEMAND, "100", "2008-11", None, True,
  "demand for a recount 10 (10/02), second verb with its own object: required")
E("ci09", "Ortega rejected the fraud charges on Monday", ORTEGA, MONTE, DENY, "016", "2008-11-17", None, True,
  "rejecting an accusation: denial 016 (01/12); 'on Monday'")
E("ci09", "accused the United States of financing the", ORTEGA, A("United States", "USA", "GOV"), ACCUSE, "112",
  "2008-11-17", None, True, "accusation 112, second verb with its own object: required; Monday")
E("ci09", "Sandinista militants set fire to the local", A("Sandinista militants", "NIC", ["PTY", "CVL"]),
  A("Constitutionalist Liberal Party", "NIC", ["OPP", "PTY"]), VPROT + ["18"], "145", "2008-11-16", P("Leon", "NIC"),
  True, "arson of party offices 145 (14/18/17); 'on Sunday'; 'In the city of Leon'; the party's account is "
  "disputed by nobody in the text")
E("ci09", "The Roman Catholic bishops' conference called on", A("Nicaraguan bishops' conference", "NIC", "REL"),
  SANSUP, DEMAND, "100", "2008-11", None, False, "appeal to both camps; target ambiguous: optional")
E("ci09", "said it had been refused accreditation to", CSE, A("Ethics and Transparency", "NIC", "NGO"), ["12", "17"],
  "120", "2008-11", None, False, "agentless passive refusal in the group's account: optional")
F("ci09", "the second-poorest country in the Americas after", "standing situation")
F("ci09", "Whether the council will agree to any", "speculation")

# ---------------------------------------------------------------- ci10 Quito, Americas (Ecuador)
S("ci10", "2022-06-16", "Americas", """
Ecuador frees indigenous leader Iza to face charges as road blockades spread

QUITO, Ecuador —

Soldiers and police detained the leader of Ecuador's largest indigenous organisation at a roadblock south of the capital early on Tuesday, a day after he called a national strike against high fuel prices.

Leonidas Iza, president of CONAIE, was freed on Wednesday after a judge ordered him to report to the authorities twice a week while prosecutors pursue charges that he paralysed public services.

Protesters blocked highways with burning tyres, felled trees and rocks in at least ten provinces on Wednesday. Police fired tear gas at demonstrators who tried to break through a line of officers near Latacunga.

President Guillermo Lasso said in a televised address on Tuesday night that the strike was an attempt to destabilise the country, and that he would not let protesters take Quito.

CONAIE demanded that the government cut the price of petrol and diesel, cap food prices and halt new mining concessions in indigenous territories.

Iza's lawyers said the arrest had been illegal and that police had held him for hours without letting them see him.

Diesel costs about 1.90 dollars a gallon, nearly twice what it did two years ago.

Whether the government will open talks with CONAIE is still unclear.
""")
ECUG = A("Ecuador's government", "ECU", "GOV")
ECUSF = A("Ecuadorean soldiers and police", "ECU", ["MIL", "COP"])
IZA = A("Leonidas Iza", "ECU", ["CVL", "OPP"])
CONAIE = A("CONAIE", "ECU", ["CVL", "OPP"])
ECUPROT = A("Ecuadorean protesters", "ECU", ["CVL", "OPP"])
LASSO = A("Guillermo Lasso", "ECU", "GOV")
E("ci10", "Ecuador frees indigenous leader Iza to face", ECUG, IZA, ["08", "17"], "0841", "2022-06", None, False,
  "headline: release under charges (08 release, or 17 for the charges)")
E("ci10", "as road blockades spread", ECUPROT, ECUG, VPROT, "144", "2022-06", None, False,
  "headline, second clause: road blocks 144")
E("ci10", "Soldiers and police detained the leader of", ECUSF, IZA, ARREST, "173", "2022-06-14", None, True,
  "arrest 173; 'early on Tuesday' before a Thursday paper; 'soldiers and police' one actor; 'south of the capital' "
  "names no place")
E("ci10", "a day after he called a national", IZA, ECUG, ["14"], "143", "2022-06-13", None, True,
  "strike call 143 in an 'after' clause with its own agent: required; Monday")
E("ci10", "Leonidas Iza, president of CONAIE, was freed", ECUG, IZA, ["08"], "0841", "2022-06-15", None, False,
  "agentless passive release 0841: optional")
E("ci10", "after a judge ordered him to report", A("Ecuadorean judge", "ECU", "JUD"), IZA, ["17", "11"], "172",
  "2022-06-15", None, False, "court-imposed restrictions 172 (17/11); coders split: optional")
E("ci10", "Protesters blocked highways with burning tyres, felled", ECUPROT, ECUG, VPROT, "144", "2022-06-15", None,
  True, "road blocks 144 (14/18/17); 'on Wednesday'")
E("ci10", "Police fired tear gas at demonstrators who", A("Ecuadorean police", "ECU", "COP"), ECUPROT, REPR + ["19"],
  "175", "2022-06-15", P("Latacunga", "ECU"), True,
  "tear gas 175 (17/18/19); 'near Latacunga'; the Wednesday of the previous sentence")
E("ci10", "who tried to break through a line", ECUPROT, A("Ecuadorean police", "ECU", "COP"), VPROT, "145",
  "2022-06-15", P("Latacunga", "ECU"), False, "attempt to break a police line: optional")
E("ci10", "said in a televised address on Tuesday", LASSO, CONAIE, ACCUSE, "112", "2022-06-14", None, True,
  "accusation of destabilisation 112; 'on Tuesday night'; target the strike's organisers")
E("ci10", "that he would not let protesters take", LASSO, ECUPROT, THREAT, "130", "2022-06-14", None, False,
  "warning, second clause: optional")
E("ci10", "CONAIE demanded that the government cut the", CONAIE, ECUG, DEMAND, "104", "2022-06", None, True,
  "policy demands 104 (10/02); no day: month")
E("ci10", "Iza's lawyers said the arrest had been", A("Iza's lawyers", "ECU", ["CVL", "OPP"]), A("Ecuadorean police",
  "ECU", "COP"), ACCUSE, "112", "2022-06", None, False, "accusation by his defence: optional")
F("ci10", "Diesel costs about 1.90 dollars a gallon", "figure")
F("ci10", "Whether the government will open talks with", "speculation")

# ---------------------------------------------------------------- ci11 Port Moresby, Oceania (Papua New Guinea)
S("ci11", "2016-06-09", "Oceania", """
Papua New Guinea police fire on students marching against O'Neill

PORT MORESBY, Papua New Guinea —

Police opened fire on university students in the capital on Wednesday as they set off to march on parliament to demand that Prime Minister Peter O'Neill resign, wounding at least 23 people, hospital staff said.

Witnesses said officers fired live rounds and tear gas as hundreds of students tried to leave the University of Papua New Guinea campus at Waigani in buses.

Police Commissioner Gari Baki said officers had fired warning shots only after students threw stones at them, and he denied reports that anyone had been killed.

O'Neill accused opposition politicians of manipulating the students and said he would not step down over what he called a politically motivated investigation.

The students have boycotted classes since early May, demanding that O'Neill submit to questioning over an arrest warrant issued in 2014 in a corruption case.

Opposition leader Don Polye condemned the shooting as an attack on democracy and called on O'Neill to resign.

In Canberra, Foreign Minister Julie Bishop urged all sides to remain calm.

Papua New Guinea has about eight million people and more than 800 languages.

It was unclear whether parliament would sit as planned on Thursday.
""")
PNGPOL = A("Papua New Guinea police", "PNG", "COP")
STUD = A("university students", "PNG", ["EDU", "CVL", "OPP"])
ONEILL = A("Peter O'Neill", "PNG", "GOV")
POLYE = A("Don Polye", "PNG", ["OPP", "LEG"])
E("ci11", "Papua New Guinea police fire on students", PNGPOL, STUD, CRACK, "175", "2016-06", None, False,
  "headline: firing on marchers 175 (17/18/19)")
E("ci11", "Police opened fire on university students in", PNGPOL, STUD, CRACK, "175", "2016-06-08",
  P("Port Moresby", "PNG"), True, "firing on a march 175 (17/18/19); 'on Wednesday' in a Thursday paper; 'in the "
  "capital' with the dateline")
E("ci11", "as they set off to march on", STUD, ONEILL, DEMAND, "1041", "2016-06-08", None, False,
  "the intended demand of the march: optional")
E("ci11", "Witnesses said officers fired live rounds and", PNGPOL, STUD, CRACK, "175", "2016-06-08",
  P("Waigani", "PNG"), False, "restatement of the lead with detail: optional")
E("ci11", "Police Commissioner Gari Baki said officers had", A("Gari Baki", "PNG", "COP"), STUD, ACCUSE, "112",
  "2016-06-08", None, True, "blaming the students for stone-throwing 112; no day of its own: the Wednesday of the "
  "shooting")
E("ci11", "he denied reports that anyone had been", A("Gari Baki", "PNG", "COP"), A("media", None, "MED"), DENY, "016",
  "2016-06-08", None, False, "denial of reports, second clause: optional")
E("ci11", "O'Neill accused opposition politicians of manipulating the", ONEILL, POLYE, ACCUSE, "112", "2016-06", None,
  True, "accusation 112; target the opposition, led by Polye; no day: month")
E("ci11", "said he would not step down over", ONEILL, STUD, ["12"], "120", "2016-06", None, False,
  "refusal to resign: optional")
E("ci11", "The students have boycotted classes since early", STUD, ONEILL, ["14"], "143", "2016-05", None, True,
  "boycott of classes 143, dated background 'since early May'")
E("ci11", "over an arrest warrant issued in 2014", A("Papua New Guinea police fraud squad", "PNG", "COP"), ONEILL,
  ARREST, "173", "2014", None, False, "agentless background passive: optional")
E("ci11", "Don Polye condemned the shooting as an", POLYE, PNGPOL, ACCUSE, "111", "2016-06", None, True,
  "condemnation 111; no day: month")
E("ci11", "and called on O'Neill to resign", POLYE, ONEILL, DEMAND, "1041", "2016-06", None, True,
  "demand to resign 1041 (10/02), second verb with its own object: required")
E("ci11", "Foreign Minister Julie Bishop urged all sides", A("Julie Bishop", "AUS", "GOV"), A("Papua New Guinea",
  "PNG", "GOV"), DEMAND, "100", "2016-06", P("Canberra", "AUS"), False, "single outside reaction: optional")
F("ci11", "Papua New Guinea has about eight million", "standing situation")
F("ci11", "It was unclear whether parliament would sit", "open question")

# ---------------------------------------------------------------- ci12 Honiara, Oceania (Solomon Islands / Australia)
S("ci12", "2006-09-13", "Oceania", """
Solomon Islands expels Australian envoy, accuses him of meddling

HONIARA, Solomon Islands —

The Solomon Islands ordered Australia's high commissioner to leave the country on Tuesday, accusing him of interfering in its internal affairs as Prime Minister Manasseh Sogavare's government quarrelled with Canberra over an inquiry into April's riots.

Patrick Cole was given until Friday to go, a government spokesman said.

Foreign Minister Patteson Oti had summoned Cole on Monday to protest against remarks the diplomat made about the inquiry's terms of reference.

Sogavare told parliament that the envoy had tried to influence the choice of judges for the commission examining the riots, in which mobs burned much of Honiara's Chinatown.

Australian Foreign Minister Alexander Downer said in Canberra on Tuesday that the expulsion was unjustified and would harm relations. Australia would not expel the Solomons' envoy in return, he added.

Opposition leader Fred Fono accused Sogavare of putting ties with the country's biggest donor at risk to protect two allies who were arrested in April on charges of inciting the riots and later became ministers.

Australia leads a regional assistance mission that has kept police and troops in the islands since 2003, at a cost of about 200 million Australian dollars a year.
""")
SLBG = A("Solomon Islands' government", "SLB", "GOV")
COLE = A("Patrick Cole", "AUS", "GOV")
AUSG = A("Australia's government", "AUS", "GOV")
SOGAVARE = A("Manasseh Sogavare", "SLB", "GOV")
E("ci12", "Solomon Islands expels Australian envoy, accuses him", SLBG, COLE, EXPEL, "174", "2006-09", None, False,
  "headline: expulsion 174 (17/16)")
E("ci12", "accuses him of meddling", SLBG, COLE, ACCUSE, "112", "2006-09", None, False, "headline, second clause")
E("ci12", "The Solomon Islands ordered Australia's high commissioner", SLBG, COLE, EXPEL, "174", "2006-09-12", None,
  True, "expelling an envoy 174 (17/16); 'on Tuesday' in a Wednesday paper")
E("ci12", "The Solomon Islands ordered Australia's high commissioner", SLBG, COLE, ACCUSE, "112", "2006-09-12", None,
  False, "participial accusation, detailed later: optional")
E("ci12", "The Solomon Islands ordered Australia's high commissioner", SLBG, AUSG, ACCUSE, "112", "2006-09", None,
  False, "'quarrelled with Canberra', a verbal dispute in an 'as' clause: optional; 'Canberra' is an actor")
E("ci12", "Patrick Cole was given until Friday to", SLBG, COLE, EXPEL, "174", "2006-09-12", None, False,
  "agentless passive restating the expulsion: optional")
E("ci12", "Foreign Minister Patteson Oti had summoned Cole", A("Patteson Oti", "SLB", "GOV"), COLE, ACCUSE, "114",
  "2006-09-11", None, True, "summoning an envoy to protest 114 (news-dev); 'on Monday'")
E("ci12", "Sogavare told parliament that the envoy had", SOGAVARE, COLE, ACCUSE, "112", "2006-09-12", None, True,
  "accusation 112; 'the envoy' is Cole; no day of its own: the Tuesday of the expulsion")
E("ci12", "in which mobs burned much of Honiara's", A("Honiara rioters", "SLB", "CVL"),
  A("Honiara's Chinese community", "SLB", ["CVL", "BUS"]), VPROT, "145", "2006-04", P("Honiara", "SLB"), True,
  "riot and arson 145 (14/18/17), dated background ('April's riots') in a relative with its own agent: required")
E("ci12", "Alexander Downer said in Canberra on Tuesday", A("Alexander Downer", "AUS", "GOV"), SLBG, ACCUSE, "111",
  "2006-09-12", P("Canberra", "AUS"), True, "criticism 111; 'in Canberra' is where he spoke; 'on Tuesday'")
E("ci12", "Opposition leader Fred Fono accused Sogavare of", A("Fred Fono", "SLB", ["OPP", "LEG"]), SOGAVARE, ACCUSE,
  "112", "2006-09", None, True, "accusation 112; no day: month")
E("ci12", "who were arrested in April on charges", A("Solomon Islands police", "SLB", "COP"),
  A("Solomon Islands lawmakers", "SLB", "LEG"), ARREST, "173", "2006-04", P("Honiara", "SLB"), False,
  "agentless background passive: optional")
F("ci12", "Australia would not expel the Solomons' envoy", "negated retaliation")
F("ci12", "Australia leads a regional assistance mission that", "standing situation")

if __name__ == "__main__":
    write(HERE)
