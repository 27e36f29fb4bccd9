#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned82 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary, data file or test read; dateline and go not run).
Coding notes are kept per line. Run: python3 testdata/owned82/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

ATTACK = ["18", "19", "20"]
FORCE = ["19", "18", "17"]
CRACK = ["17", "18", "19"]
EXPEL = ["17", "16"]
ACCUSE = ["11"]
THREAT = ["13"]
ARREST = ["17"]

# ---------------------------------------------------------------- ce01 Lilongwe, Africa (Malawi / Britain)
S("ce01", "2011-04-28", "Africa", """
Britain orders Malawi's envoy out after Lilongwe expels its high commissioner over cable

LILONGWE, Malawi —

Britain expelled Malawi's acting high commissioner on Wednesday, a day after the southern African country ordered the British envoy to leave over a leaked diplomatic cable that called President Bingu wa Mutharika autocratic.

Foreign Secretary William Hague said in London that Malawi's treatment of High Commissioner Fergus Cochrane-Dyet was completely unjustified. Britain would review its whole relationship with Lilongwe, including its aid programme, he added.

Cochrane-Dyet was declared persona non grata on Tuesday and flew out hours later. In the cable, which a British newspaper published this month, the diplomat wrote that Mutharika was becoming "ever more autocratic and intolerant of criticism".

Foreign Minister Etta Banda told reporters in the capital that the envoy had insulted the head of state, and that Malawi would not accept such language from any country, whatever the size of its aid.

Britain is Malawi's largest bilateral donor and pays for a large share of the government's budget.

The cable also described how the police chief had questioned a university lecturer in February over a class on the uprisings in Egypt and Tunisia. Lecturers at Chancellor College in Zomba went on strike soon afterwards, demanding guarantees of academic freedom, and have stayed out since.

On Wednesday opposition leader John Tembo urged the government to mend relations with London before donors lost patience with the country.

Mutharika himself made no comment on the row.
""")
GBRG = A("Britain's government", "GBR", "GOV")
MWIG = A("Malawi's government", "MWI", "GOV")
HAGUE = A("William Hague", "GBR", "GOV")
CDYET = A("Fergus Cochrane-Dyet", "GBR", "GOV")
MUTH = A("Bingu wa Mutharika", "MWI", "GOV")
E("ce01", "Britain orders Malawi's envoy out after Lilongwe", GBRG, MWIG, EXPEL, "174", "2011-04", None, False,
  "headline: expelling an envoy 174 (17/16)")
E("ce01", "expels its high commissioner over cable", MWIG, GBRG, EXPEL, "174", "2011-04", None, False,
  "headline, second clause; 'Lilongwe' is an actor (Malawi's government)")
E("ce01", "Britain expelled Malawi's acting high commissioner on", GBRG, A("Malawi's acting high commissioner", "MWI", "GOV"),
  EXPEL, "174", "2011-04-27", None, True, "expulsion 174 (17/16); 'on Wednesday' in a Thursday paper")
E("ce01", "a day after the southern African country", MWIG, CDYET, EXPEL, "174", "2011-04-26", None, True,
  "the Tuesday expulsion inside an 'after' clause with its own agent ('the southern African country' = Malawi): "
  "required; target the envoy GBR/GOV")
E("ce01", "that called President Bingu wa Mutharika autocratic", CDYET, MUTH, ACCUSE, "111", None, None, False,
  "the cable's criticism in a relative, undated: optional")
E("ce01", "Fergus Cochrane-Dyet was completely unjustified", HAGUE, MWIG, ACCUSE, "111", "2011-04-27", P("London", "GBR"), True,
  "criticism 111 (11); the statement goes with the Wednesday expulsion; 'in London' names where he spoke")
E("ce01", "Britain would review its whole relationship with", HAGUE, MWIG, THREAT + ["16"], "1311", "2011-04-27", None,
  False, "veiled threat to reduce aid 1311 (13, or 16 for a review of relations): optional, coders split")
E("ce01", "was declared persona non grata on Tuesday", MWIG, CDYET, EXPEL, "174", "2011-04-26", None, False,
  "agentless passive restating the lead's expulsion: optional")
E("ce01", "the diplomat wrote that Mutharika was becoming", CDYET, MUTH, ACCUSE, "111", None, None, False,
  "the cable's wording, written at no date the text gives: optional")
E("ce01", "told reporters in the capital that the", A("Etta Banda", "MWI", "GOV"), CDYET, ACCUSE, "112", "2011-04",
  P("Lilongwe", "MWI"), True, "accusation of insulting the head of state 112; 'in the capital' with the dateline; "
  "no day of its own beyond the week: month")
E("ce01", "how the police chief had questioned a", A("Malawi's police chief", "MWI", "COP"),
  A("a university lecturer", "MWI", "EDU"), ["17"], "1711", "2011-02", None, False,
  "questioning inside the cable's account, as an object of 'described': optional")
E("ce01", "Lecturers at Chancellor College in Zomba went", A("Chancellor College lecturers", "MWI", ["EDU", "LAB"]),
  MWIG, ["14"], "143", "2011", P("Zomba", "MWI"), True,
  "strike 143 (14); 'soon afterwards' after February: February or March, so the year; target the government, "
  "whom they make demands of")
E("ce01", "Lecturers at Chancellor College in Zomba went", A("Chancellor College lecturers", "MWI", ["EDU", "LAB"]),
  MWIG, DEMAND, "104", "2011", P("Zomba", "MWI"), False, "the participial demand: optional")
E("ce01", "opposition leader John Tembo urged the government", A("John Tembo", "MWI", ["OPP", "PTY"]), MWIG, DEMAND,
  "100", "2011-04-27", None, True, "appeal / demand 10 (10/02); 'On Wednesday'")
F("ce01", "Britain is Malawi's largest bilateral donor and", "standing situation")
F("ce01", "Mutharika himself made no comment on the", "negated statement")

# ---------------------------------------------------------------- ce02 Nairobi, Africa (Kenya)
S("ce02", "2018-01-31", "Africa", """
Kenya pulls TV stations off air as Odinga takes oath as "people's president"

NAIROBI, Kenya —

Kenyan police arrested an opposition lawmaker on Wednesday, a day after he administered a mock oath of office to Raila Odinga at a rally that the government had banned and three television stations were switched off for covering it.

Tom Kajwang, a member of parliament for Odinga's party, was detained at a Nairobi court and taken to a police station for questioning, his lawyers said.

Tens of thousands of Odinga's supporters packed Uhuru Park in the capital on Tuesday to watch the veteran opposition leader swear himself in as the "people's president", in defiance of Uhuru Kenyatta, who won a repeat election in October that Odinga boycotted.

Odinga told the crowd that the vote had been stolen and that Kenyatta had no mandate to govern.

Hours before the ceremony, the Communications Authority cut the signals of NTV, KTN News and Citizen TV, which had planned to broadcast it live. Interior Minister Fred Matiang'i later declared Odinga's National Resistance Movement an organised criminal group.

Attorney General Githu Muigai had warned this month that anyone who took part in such a swearing-in could be charged with treason.

Police kept away from the park and the rally ended peacefully.

The Kenya Editors' Guild condemned the shutdown as an attack on press freedom, and Western diplomats called on both sides to begin talks.

Whether Odinga's parallel presidency will have any practical effect is far from clear.
""")
KENG = A("Kenya's government", "KEN", "GOV")
ODINGA = A("Raila Odinga", "KEN", ["OPP", "PTY"])
KAJWANG = A("Tom Kajwang", "KEN", ["LEG", "OPP"])
KENPOL = A("Kenyan police", "KEN", "COP")
KENYATTA = A("Uhuru Kenyatta", "KEN", "GOV")
STATIONS = A("Kenyan television stations", "KEN", "MED")
E("ce02", "Kenya pulls TV stations off air", KENG, STATIONS, ["17"], "172", "2018-01", None, False,
  "headline: shutdown of broadcasters 172 (17)")
E("ce02", "Kenyan police arrested an opposition lawmaker on", KENPOL, KAJWANG, ARREST, "173", "2018-01-31", None, True,
  "arrest 173; 'on Wednesday' in a Wednesday paper")
E("ce02", "a day after he administered a mock", KAJWANG, ODINGA, ["12", "14"], "120", "2018-01-30", None, False,
  "the mock oath as defiance of the government: no clear CAMEO for administering an oath (12/14 where coded): "
  "optional")
E("ce02", "three television stations were switched off for", KENG, STATIONS, ["17"], "172", "2018-01-30", None, False,
  "agentless passive summary of the shutdown detailed later: optional")
E("ce02", "was detained at a Nairobi court and", KENPOL, KAJWANG, ARREST, "173", "2018-01-31", P("Nairobi", "KEN"),
  False, "restates the arrest of the lead: optional")
E("ce02", "in defiance of Uhuru Kenyatta, who won", ODINGA, KENYATTA, ["12"], "120", "2018-01-30",
  P("Nairobi", "KEN"), False, "the self-swearing-in as defiance 12: coders split on whether it is an event: optional")
E("ce02", "Odinga told the crowd that the vote", ODINGA, KENYATTA, ACCUSE, "112", "2018-01-30", P("Nairobi", "KEN"),
  True, "accusation of stealing the vote 112; the rally of Tuesday in Uhuru Park ('the crowd' there), Nairobi")
E("ce02", "the Communications Authority cut the signals of", A("Communications Authority of Kenya", "KEN", "GOV"),
  A("NTV", "KEN", "MED"), ["17"], "172", "2018-01-30", None, True,
  "censorship, administrative sanction 172 (17); 'Hours before the ceremony' = Tuesday; compound object, first "
  "member required")
E("ce02", "the Communications Authority cut the signals of", A("Communications Authority of Kenya", "KEN", "GOV"),
  A("KTN News", "KEN", "MED"), ["17"], "172", "2018-01-30", None, False, "second member of the compound object")
E("ce02", "the Communications Authority cut the signals of", A("Communications Authority of Kenya", "KEN", "GOV"),
  A("Citizen TV", "KEN", "MED"), ["17"], "172", "2018-01-30", None, False, "third member of the compound object")
E("ce02", "Interior Minister Fred Matiang'i later declared Odinga's", A("Fred Matiang'i", "KEN", "GOV"),
  A("National Resistance Movement", "KEN", ["OPP", "PTY"]), ["17", "11"], "172", "2018-01-30", None, True,
  "banning a movement as a criminal group 172 (17, or 11 where read as a charge); 'later' on Tuesday")
E("ce02", "Attorney General Githu Muigai had warned this", A("Githu Muigai", "KEN", ["GOV", "JUD"]), ODINGA, THREAT,
  "130", "2018-01", None, True, "warning of treason charges 13; 'this month' = January 2018; target the oath's takers, "
  "Odinga first among them")
E("ce02", "The Kenya Editors' Guild condemned the shutdown", A("Kenya Editors' Guild", "KEN", ["MED", "NGO"]), KENG,
  ACCUSE, "111", "2018-01", None, True, "condemnation 111; no day of its own: month")
E("ce02", "Western diplomats called on both sides to", A("Western diplomats", None, "GOV"), KENG, ["02", "10"], "020",
  "2018-01", None, False, "appeal for talks, outside reaction and a second clause: optional")
F("ce02", "Police kept away from the park and", "nothing done: police stayed away, rally ended peacefully")
F("ce02", "Odinga's parallel presidency will have any practical", "speculation")

# ---------------------------------------------------------------- ce03 Kirkuk, Middle East (Iraq)
S("ce03", "2013-04-24", "Middle East", """
Iraqi troops storm Sunni protest camp near Kirkuk; dozens killed, two ministers quit

KIRKUK, Iraq —

Iraqi security forces stormed a Sunni Arab protest camp in the town of Hawija, west of here, early on Tuesday, killing dozens of people in the bloodiest day since demonstrations against Prime Minister Nuri al-Maliki began in December.

The Defence Ministry said the troops had moved in after protest leaders refused to hand over gunmen who had killed a soldier at a nearby checkpoint on Friday. It said the soldiers came under fire as they entered the square.

Organisers denied that there were any armed men among the protesters and accused the army of shooting unarmed people as they slept in their tents.

About 75 people were detained in the camp, a police officer in Kirkuk said.

Hours after the raid, gunmen attacked army checkpoints near Suleiman Bek and in other Sunni districts of Kirkuk and Salahuddin provinces, killing at least seven soldiers.

Education Minister Mohammed Tamim, a Sunni from Kirkuk province, resigned in protest on Tuesday, and the science minister followed him in the evening.

Parliament Speaker Osama al-Nujaifi condemned the raid as a massacre, calling for the commanders responsible to be put on trial.

In Baghdad, Maliki appealed to tribal leaders to keep their young men off the streets.

Sunni protesters accuse the Shi'ite-led government of marginalising their community, a charge Maliki rejects.

Whether the government can contain the anger now spreading through Sunni areas is unclear. Hawija, a farming town of about 100,000 people, lies some 55 km from the city.
""")
IRQG = A("Iraq's government", "IRQ", "GOV")
IRQSF = A("Iraqi security forces", "IRQ", ["MIL", "COP"])
IRQARMY = A("Iraqi army", "IRQ", "MIL")
PROT = A("Sunni Arab protesters", "IRQ", ["CVL", "OPP"])
HAWIJA = P("Hawija", "IRQ")
E("ce03", "Iraqi troops storm Sunni protest camp near", IRQARMY, PROT, CRACK, "175", "2013-04", HAWIJA, False,
  "headline; crushing a protest camp with deaths 175 (17/18/19, news-dev repression tolerance widened)")
E("ce03", "Iraqi security forces stormed a Sunni Arab", IRQSF, PROT, CRACK, "175", "2013-04-23", HAWIJA, True,
  "raid killing protesters 175 (17/18/19); 'early on Tuesday' in a Wednesday paper; 'in the town of Hawija'")
E("ce03", "protest leaders refused to hand over gunmen", A("Hawija protest leaders", "IRQ", ["CVL", "OPP"]), IRQG,
  ["12"], "1242", "2013-04", HAWIJA, False, "refusal inside the ministry's account, disputed: optional")
E("ce03", "who had killed a soldier at a", A("gunmen", None, None), A("Iraqi soldier", "IRQ", "MIL"), ATTACK, "180",
  "2013-04-19", None, False, "the Friday killing, only in the ministry's account and disputed: optional; unnamed "
  "gunmen null/null")
E("ce03", "It said the soldiers came under fire", A("gunmen", None, None), IRQARMY, ATTACK, "190", "2013-04-23",
  HAWIJA, False, "the ministry's account, disputed by the organisers: optional")
E("ce03", "Organisers denied that there were any armed", A("Hawija protest organisers", "IRQ", ["CVL", "OPP"]),
  A("Iraq's Defence Ministry", "IRQ", ["GOV", "MIL"]), DENY, "016", "2013-04-23", None, True,
  "denial of the ministry's account 016 (01/12); the day of the raid")
E("ce03", "accused the army of shooting unarmed people", A("Hawija protest organisers", "IRQ", ["CVL", "OPP"]),
  IRQARMY, ACCUSE, "112", "2013-04-23", None, True, "accusation 112, second verb with its own object: required")
E("ce03", "About 75 people were detained in the", IRQSF, PROT, ARREST, "173", "2013-04-23", HAWIJA, False,
  "agentless passive arrests in the camp; the forces of the raid are implied: optional")
E("ce03", "gunmen attacked army checkpoints near Suleiman Bek", A("gunmen", None, None), IRQARMY, ATTACK, "180",
  "2013-04-23", None, True, "attack by unnamed gunmen 18 (18/19/20), null/null; 'Hours after the raid' = Tuesday; "
  "several places named, so no single place")
E("ce03", "resigned in protest on Tuesday, and the", A("Mohammed Tamim", "IRQ", "GOV"), IRQG, ["14", "16", "08"],
  "141", "2013-04-23", None, False, "resignation in protest: CAMEO has no leaf for it (14, 16 or 08 where coded): "
  "optional")
E("ce03", "Osama al-Nujaifi condemned the raid as a", A("Osama al-Nujaifi", "IRQ", "LEG"), IRQG, ACCUSE, "111",
  "2013-04-23", None, True, "condemnation 111; target the government behind the raid; the day the context gives")
E("ce03", "Osama al-Nujaifi condemned the raid as a", A("Osama al-Nujaifi", "IRQ", "LEG"), IRQG, DEMAND, "1041",
  "2013-04-23", None, False, "participial demand for trials: optional")
E("ce03", "Maliki appealed to tribal leaders to keep", A("Nuri al-Maliki", "IRQ", "GOV"),
  A("Sunni tribal leaders", "IRQ", ["CVL", "REL"]), ["02", "10"], "020", "2013-04-23", P("Baghdad", "IRQ"), True,
  "appeal 020 (02/10); 'In Baghdad' names where he spoke; the day the context gives")
E("ce03", "Sunni protesters accuse the Shi'ite-led government of", PROT, IRQG, ACCUSE, "112", None, None, False,
  "standing accusation in the present tense: optional")
F("ce03", "Whether the government can contain the anger", "speculation")
F("ce03", "Hawija, a farming town of about 100,000", "definition, count and distance")

# ---------------------------------------------------------------- ce04 Cairo, Middle East (Egypt / Australia / Britain)
S("ce04", "2014-06-24", "Middle East", """
Egypt jails Al Jazeera journalists for seven years; Western capitals summon envoys

CAIRO, Egypt —

An Egyptian court sentenced three Al Jazeera English journalists to at least seven years in prison on Monday, convicting them of aiding the banned Muslim Brotherhood and spreading false news.

Australian correspondent Peter Greste and Canadian-Egyptian bureau chief Mohamed Fahmy received seven years each, while producer Baher Mohamed was given ten, his lawyers said. The three, who were arrested at a Cairo hotel in December, have denied all the charges.

Australian Foreign Minister Julie Bishop said Canberra was appalled by the verdicts and would press President Abdel Fattah al-Sisi to intervene.

Britain and the Netherlands summoned Egypt's ambassadors on Monday evening. A Dutch reporter was among several foreign journalists sentenced in absentia.

U.S. Secretary of State John Kerry, who had met Sisi in Cairo on Sunday, called the sentences "chilling and draconian".

Egypt's foreign ministry on Tuesday rejected the criticism as interference in the work of an independent judiciary. Sisi told a military graduation ceremony that he would not interfere in court rulings.

Al Jazeera demanded that the journalists be freed, saying they had only been doing their jobs.

Relations between Cairo and Qatar, which owns the network, have been frosty for most of the past year.

The defendants can appeal, but a presidential pardon would be possible only once the appeals have run their course.
""")
EGYG = A("Egypt's government", "EGY", "GOV")
EGYCOURT = A("Egyptian court", "EGY", "JUD")
GRESTE = A("Peter Greste", "AUS", "MED")
FAHMY = A("Mohamed Fahmy", "CAN", "MED")
BAHER = A("Baher Mohamed", "EGY", "MED")
AJ = A("Al Jazeera", "QAT", "MED")
SISI = A("Abdel Fattah al-Sisi", "EGY", "GOV")
E("ce04", "Egypt jails Al Jazeera journalists for seven", EGYCOURT, A("Al Jazeera journalists", None, "MED"),
  ["17", "11"], "173", "2014-06", None, False, "headline: prison sentence 173 (17/11, news-dev court verdicts)")
E("ce04", "Western capitals summon envoys", A("Western governments", None, "GOV"), EGYG, ACCUSE, "114", "2014-06", None,
  False, "headline: summons 114")
E("ce04", "An Egyptian court sentenced three Al Jazeera", EGYCOURT, A("Al Jazeera English journalists", None, "MED"),
  ["17", "11"], "173", "2014-06-23", None, True, "prison sentence 173 (17/11); 'on Monday' in a Tuesday paper; the "
  "three are of several nationalities: country null")
E("ce04", "Peter Greste and Canadian-Egyptian bureau chief Mohamed", EGYCOURT, GRESTE, ["17", "11"], "173",
  "2014-06-23", None, False, "restates the sentence per defendant, agentless: optional")
E("ce04", "who were arrested at a Cairo hotel", A("Egyptian police", "EGY", "COP"), GRESTE, ARREST, "173",
  "2013-12", P("Cairo", "EGY"), False, "agentless passive background arrest in a relative: optional (no agent)")
E("ce04", "have denied all the charges", A("Al Jazeera English journalists", None, "MED"), EGYG, DENY, "016",
  "2014", None, False, "standing denial, present perfect: optional")
E("ce04", "Julie Bishop said Canberra was appalled by", A("Julie Bishop", "AUS", "GOV"), EGYG, ACCUSE, "111",
  "2014-06-23", None, True, "condemnation 111; the day of the verdicts")
E("ce04", "would press President Abdel Fattah al-Sisi to", A("Australia's government", "AUS", "GOV"), SISI, DEMAND,
  "1053", "2014-06-23", None, False, "announced intention to press for release: optional (future)")
E("ce04", "Britain and the Netherlands summoned Egypt's ambassadors", GBRG, A("Egypt's ambassador to Britain", "EGY", "GOV"),
  ACCUSE, "114", "2014-06-23", None, True, "summons 114; 'on Monday evening'; compound subject, first member required")
E("ce04", "Britain and the Netherlands summoned Egypt's ambassadors", A("the Netherlands' government", "NLD", "GOV"),
  A("Egypt's ambassador to the Netherlands", "EGY", "GOV"), ACCUSE, "114", "2014-06-23", None, False,
  "second member of the compound subject")
E("ce04", "A Dutch reporter was among several foreign", EGYCOURT, A("Dutch reporter", "NLD", "MED"), ["17", "11"],
  "173", "2014-06-23", None, False, "agentless passive sentence in absentia: optional")
E("ce04", "who had met Sisi in Cairo on", A("John Kerry", "USA", "GOV"), SISI, ["04"], "043", "2014-06-22",
  P("Cairo", "EGY"), True, "meeting 043 in a relative with its own agent, dated 'on Sunday'; 'in Cairo'")
E("ce04", 'called the sentences "chilling and draconian"', A("John Kerry", "USA", "GOV"), EGYG, ACCUSE, "111",
  "2014-06-23", None, False, "single outside reaction: optional; the day of the verdicts")
E("ce04", "foreign ministry on Tuesday rejected the criticism", A("Egypt's foreign ministry", "EGY", "GOV"),
  A("Western governments", None, "GOV"), ["12"], "120", "2014-06-24", None, True,
  "rejection 120 (12); 'on Tuesday' in a Tuesday paper; the critics named before are of several countries")
E("ce04", "Sisi told a military graduation ceremony that", SISI, A("Western governments", None, "GOV"), ["12"], "120",
  "2014-06-24", None, False, "refusal to intervene: coders split on whether it is an event: optional")
E("ce04", "Al Jazeera demanded that the journalists be", AJ, EGYG, DEMAND, "1053", "2014-06-23", None, True,
  "demand for release 1053 (10/02); Al Jazeera QAT/MED (the text says Qatar owns it); the day of the verdicts")
F("ce04", "Relations between Cairo and Qatar, which owns", "standing situation")
F("ce04", "The defendants can appeal, but a presidential", "hypothetical legal procedure")

# ---------------------------------------------------------------- ce05 Hong Kong, Asia (China)
S("ce05", "2016-02-10", "Asia", """
Hong Kong leader condemns Mong Kok "riot"; Beijing blames separatists

HONG KONG, China —

Hong Kong police said on Wednesday they had arrested 64 people after a night of street fighting in the crowded Mong Kok district that Chief Executive Leung Chun-ying called a riot.

The trouble began late on Monday, the first night of the Lunar New Year, when hygiene officers tried to clear unlicensed food hawkers from a street corner and dozens of young activists gathered to stop them.

By early Tuesday the crowd had grown to several hundred. Protesters pelted officers with bricks dug from the pavement and set rubbish bins alight, and riot police replied with batons and pepper spray. One officer fired two warning shots into the air.

Leung said on Tuesday the government would not tolerate the violence and that the rioters would be brought to justice. He rejected calls by pro-democracy lawmakers for an independent inquiry into the causes of the unrest.

Among those held was Edward Leung, a spokesman for Hong Kong Indigenous, a small group that wants more autonomy from Beijing. He was arrested near the scene and charged on Wednesday with taking part in a riot.

In Beijing, a foreign ministry spokesman said the violence had been plotted mainly by a local separatist organisation and urged the city's authorities to punish those responsible.

Street food stalls have been a fixture of Mong Kok's New Year nights for decades.

Analysts said the unrest could harden Beijing's attitude before September's elections to the Legislative Council.
""")
HKPOL = A("Hong Kong police", "CHN", "COP")
HKG = A("Hong Kong government", "CHN", "GOV")
CYLEUNG = A("Leung Chun-ying", "CHN", "GOV")
MKPROT = A("Mong Kok protesters", "CHN", ["CVL", "OPP"])
ELEUNG = A("Edward Leung", "CHN", ["OPP", "CVL"])
MONGKOK = P("Mong Kok", "CHN")
E("ce05", 'Hong Kong leader condemns Mong Kok "riot"', CYLEUNG, MKPROT, ACCUSE, "111", "2016-02", None, False,
  "headline")
E("ce05", '"riot"; Beijing blames separatists', A("China's government", "CHN", "GOV"), A("Hong Kong Indigenous", "CHN", ["OPP", "RAD"]),
  ACCUSE, "112", "2016-02", None, False, "headline, second clause")
E("ce05", "Hong Kong police said on Wednesday they", HKPOL, MKPROT, ARREST, "173", "2016-02", MONGKOK, True,
  "arrests 173 (17); the arrests span Tuesday and Wednesday: month; Hong Kong is coded CHN (a Chinese city)")
E("ce05", "that Chief Executive Leung Chun-ying called a", CYLEUNG, MKPROT, ACCUSE, "111", "2016-02", None, False,
  "labelling in a relative, restated by the Tuesday statement: optional")
E("ce05", "when hygiene officers tried to clear unlicensed", A("Hong Kong hygiene officers", "CHN", "GOV"),
  A("unlicensed food hawkers", "CHN", ["CVL", "BUS"]), ["17"], "170", "2016-02-08", MONGKOK, False,
  "clearing hawkers, an administrative act coders may or may not code: optional; 'late on Monday'")
E("ce05", "dozens of young activists gathered to stop", A("young activists", "CHN", ["CVL", "OPP"]),
  A("Hong Kong hygiene officers", "CHN", "GOV"), ["14"], "141", "2016-02-08", MONGKOK, False,
  "gathering to obstruct, second clause of the 'when' relative: optional")
E("ce05", "Protesters pelted officers with bricks dug from", MKPROT, HKPOL, VPROT, "145", "2016-02-09", MONGKOK, True,
  "violent protest 145 (14/18/17); 'By early Tuesday'; Mong Kok from the context ('the crowd')")
E("ce05", "riot police replied with batons and pepper", HKPOL, MKPROT, CRACK, "175", "2016-02-09", MONGKOK, True,
  "crowd control by force 175 (17/18/19), second clause with its own agent")
E("ce05", "One officer fired two warning shots into", A("Hong Kong police officer", "CHN", "COP"), MKPROT,
  ["13", "17", "19"], "138", "2016-02-09", MONGKOK, False, "warning shots: coders split (13 threat, 17, 19): optional")
E("ce05", "Leung said on Tuesday the government would", CYLEUNG, MKPROT, ACCUSE + THREAT, "111", "2016-02-09", None,
  True, "condemnation with a vow of prosecution 111 (11, or 13 where read as a threat); 'on Tuesday'")
E("ce05", "He rejected calls by pro-democracy lawmakers for", CYLEUNG,
  A("pro-democracy lawmakers", "CHN", ["LEG", "OPP"]), ["12"], "120", "2016-02-09", None, True,
  "rejection of a demand 12; 'He' = Leung Chun-ying; Tuesday")
E("ce05", "He rejected calls by pro-democracy lawmakers for", A("pro-democracy lawmakers", "CHN", ["LEG", "OPP"]),
  HKG, DEMAND, "1041", "2016-02", None, False, "the lawmakers' call inside the object: optional")
E("ce05", "He was arrested near the scene and", HKPOL, ELEUNG, ARREST, "173", "2016-02-09", MONGKOK, False,
  "agentless passive arrest, 'Among those held' restates the lead: optional")
E("ce05", "He was arrested near the scene and", HKG, ELEUNG, ["17", "11"], "173", "2016-02-10", None, False,
  "agentless passive charge on Wednesday: optional")
E("ce05", "a foreign ministry spokesman said the violence", A("China's foreign ministry", "CHN", "GOV"),
  A("Hong Kong Indigenous", "CHN", ["OPP", "RAD"]), ACCUSE, "112", "2016-02", P("Beijing", "CHN"), True,
  "accusation 112 against 'a local separatist organisation' (the group named before); 'In Beijing'; no day: month")
E("ce05", "urged the city's authorities to punish those", A("China's foreign ministry", "CHN", "GOV"), HKG, DEMAND,
  "100", "2016-02", P("Beijing", "CHN"), False, "second verb, an urging within the same statement: optional")
F("ce05", "Street food stalls have been a fixture", "standing situation")
F("ce05", "Analysts said the unrest could harden Beijing's", "speculation")

# ---------------------------------------------------------------- ce06 Bangkok, Asia (Thailand / China / Turkey)
S("ce06", "2015-07-10", "Asia", """
Thailand deports Uighurs to China; protesters ransack Thai consulate in Istanbul

BANGKOK, Thailand —

Thailand put 109 Uighur Muslims on a flight to China on Wednesday, the military government said on Thursday, a move that drew condemnation from the United Nations refugee agency and set off an angry protest in Turkey.

Deputy government spokesman Werachon Sukondhapatipak said the men, held in immigration detention since they were found in smuggling camps in the south last year, had been sent back only after Beijing confirmed they were Chinese citizens.

In Istanbul, hundreds of protesters stormed the Thai honorary consulate late on Wednesday, smashing windows and hurling furniture into the street. Thailand closed its embassy in Ankara and its consulates in Turkey on Thursday and asked the Turkish authorities to protect its staff.

Turkey's foreign ministry condemned the deportation, saying the Uighurs should have been allowed to travel to a country of their choice.

The U.N. High Commissioner for Refugees called the expulsion a flagrant violation of international law and urged Bangkok not to send back any more asylum seekers.

Prime Minister Prayuth Chan-ocha rejected the criticism, telling reporters that Thailand could not keep the migrants forever. Last month his government let about 170 Uighur women and children travel on to Turkey.

In Beijing, the foreign ministry said some of those returned had been on their way to join jihadists in Syria and Iraq.

Uighurs are a Turkic-speaking Muslim people from China's western Xinjiang region.

Rights groups fear the men could face long prison terms or worse.
""")
THAG = A("Thailand's government", "THA", "GOV")
UIGH = A("Uighur migrants", "CHN", ["REF", "CVL"])
E("ce06", "Thailand deports Uighurs to China", THAG, UIGH, EXPEL, "174", "2015-07", None, False, "headline: deportation 174")
E("ce06", "protesters ransack Thai consulate in Istanbul", A("Turkish protesters", "TUR", "CVL"), THAG, VPROT, "145",
  "2015-07", P("Istanbul", "TUR"), False, "headline, second clause")
E("ce06", "Thailand put 109 Uighur Muslims on a", THAG, UIGH, EXPEL, "174", "2015-07-08", None, True,
  "deportation 174 (17/16); 'on Wednesday' before a Friday paper; the Uighurs CHN (the text calls them Chinese "
  "citizens) with REF/CVL")
E("ce06", "had been sent back only after Beijing", THAG, UIGH, EXPEL, "174", "2015-07-08", None, False,
  "restates the deportation inside the spokesman's account: optional")
E("ce06", "In Istanbul, hundreds of protesters stormed the", A("Turkish protesters", "TUR", "CVL"), THAG, VPROT, "145",
  "2015-07-08", P("Istanbul", "TUR"), True, "violent protest at a foreign mission 145 (14/18/17); 'late on "
  "Wednesday'; unnamed protesters in Istanbul are Turkish")
E("ce06", "Thailand closed its embassy in Ankara and", THAG, A("Turkey's government", "TUR", "GOV"), ["16"], "160",
  "2015-07-09", P("Ankara", "TUR"), False, "a closure for safety, not a sanction: coders split: optional")
E("ce06", "asked the Turkish authorities to protect its", THAG, A("Turkey's government", "TUR", "GOV"), ["02", "10"],
  "020", "2015-07-09", None, True, "request for protection 02 (02/10); second verb with its own object; Thursday")
E("ce06", "Turkey's foreign ministry condemned the deportation, saying", A("Turkey's foreign ministry", "TUR", "GOV"),
  THAG, ACCUSE, "111", "2015-07", None, True, "condemnation 111; no day of its own: month")
E("ce06", "called the expulsion a flagrant violation of", A("U.N. High Commissioner for Refugees", "UNO", "IGO"), THAG,
  ACCUSE, "111", "2015-07", None, True, "condemnation 111, the reaction the lead names; UNO/IGO as news-dev's UN")
E("ce06", "urged Bangkok not to send back any", A("U.N. High Commissioner for Refugees", "UNO", "IGO"), THAG, DEMAND,
  "100", "2015-07", None, False, "second verb, an appeal in the same statement: optional; 'Bangkok' is an actor")
E("ce06", "Prayuth Chan-ocha rejected the criticism, telling reporters", A("Prayuth Chan-ocha", "THA", ["GOV", "MIL"]),
  A("U.N. High Commissioner for Refugees", "UNO", "IGO"), ["12"], "120", "2015-07", None, True,
  "rejection 12 of the criticism (the refugee agency's, just reported); no day: month")
E("ce06", "Last month his government let about 170", THAG, A("Uighur women and children", "CHN", ["REF", "CVL"]),
  ["08"], "081", "2015-06", None, False, "letting migrants travel on, an easing coders may skip: optional; 'Last month'")
E("ce06", "the foreign ministry said some of those", A("China's foreign ministry", "CHN", "GOV"), UIGH, ACCUSE,
  "112", "2015-07", P("Beijing", "CHN"), True, "accusation of jihadist intent 112; 'In Beijing'; month")
F("ce06", "Uighurs are a Turkic-speaking Muslim people from", "definition")
F("ce06", "Rights groups fear the men could face", "speculation")

# ---------------------------------------------------------------- ce07 Riga, Europe/Eurasia (Latvia)
S("ce07", "2009-01-14", "Europe/Eurasia", """
Rioters attack Latvian parliament after crisis rally; president sets ultimatum

RIGA, Latvia —

Latvian riot police fired tear gas and arrested scores of people overnight after a rally against the government's handling of the economic crisis turned into the worst violence the capital has seen since independence.

About 10,000 people gathered in the Old Town's Dome Square on Tuesday evening at the call of opposition parties and trade unions, who demanded that President Valdis Zatlers dissolve parliament and call an early election.

When the speeches ended, several hundred youths marched to the parliament building, pelting it with cobblestones and chunks of ice and smashing its windows. Others overturned a police car and looted a liquor shop nearby.

Riot police drove the crowd back with batons and tear gas in the early hours of Wednesday.

Police said 106 people had been detained and about 25 injured, including several officers.

Prime Minister Ivars Godmanis blamed the violence on provocateurs and said those responsible would be punished.

On Wednesday Zatlers gave parliament until the end of March to approve constitutional changes, including the right of voters to dismiss it, and said he would otherwise start the procedure to dissolve it himself.

Last month the government agreed a 7.5 billion euro rescue loan with the International Monetary Fund and the European Union, in return for deep cuts in public wages.

Unemployment in the Baltic state of 2.3 million people has nearly doubled in a year.

Economists expect the economy to shrink by at least five percent in 2009.
""")
LVAG = A("Latvia's government", "LVA", "GOV")
LVALEG = A("Latvia's parliament", "LVA", ["LEG", "GOV"])
LVAPOL = A("Latvian riot police", "LVA", "COP")
RIGAPROT = A("Riga protesters", "LVA", ["CVL", "OPP"])
ZATLERS = A("Valdis Zatlers", "LVA", "GOV")
RIGA = P("Riga", "LVA")
E("ce07", "Rioters attack Latvian parliament after crisis rally", RIGAPROT, LVALEG, VPROT, "145", "2009-01", RIGA, False,
  "headline")
E("ce07", "rally; president sets ultimatum", ZATLERS, LVALEG, THREAT, "130", "2009-01", None, False, "headline, second clause")
E("ce07", "Latvian riot police fired tear gas and", LVAPOL, RIGAPROT, CRACK, "175", "2009-01", RIGA, False,
  "lead summary of the clearing detailed later: optional; 'the capital' with the dateline")
E("ce07", "Latvian riot police fired tear gas and", LVAPOL, RIGAPROT, ARREST, "173", "2009-01", RIGA, False,
  "lead summary of the arrests: optional")
E("ce07", "About 10,000 people gathered in the Old", RIGAPROT, LVAG, ["14"], "141", "2009-01-13", RIGA, True,
  "demonstration 141; 'on Tuesday evening' in a Wednesday paper; Dome Square is in Riga")
E("ce07", "who demanded that President Valdis Zatlers dissolve", A("Latvian opposition parties", "LVA", ["OPP", "PTY"]),
  ZATLERS, DEMAND, "100", "2009-01-13", RIGA, False, "demand in a relative, with compound subject: optional")
E("ce07", "several hundred youths marched to the parliament", A("Latvian youths", "LVA", ["CVL", "OPP"]), LVALEG,
  VPROT, "145", "2009-01-13", RIGA, True, "violent protest at parliament 145 (14/18/17); 'When the speeches ended' "
  "on Tuesday evening; target the parliament, whose building it is")
E("ce07", "Others overturned a police car and looted", A("Latvian youths", "LVA", ["CVL", "OPP"]), LVAPOL, VPROT, "145",
  "2009-01-13", RIGA, False, "further rioting: optional")
E("ce07", "Riot police drove the crowd back with", LVAPOL, RIGAPROT, CRACK, "175", "2009-01-14", RIGA, True,
  "crowd dispersal by force 175 (17/18/19); 'in the early hours of Wednesday'")
E("ce07", "Police said 106 people had been detained", LVAPOL, RIGAPROT, ARREST, "173", "2009-01", RIGA, True,
  "arrests 173 reported by the police who made them; overnight, Tuesday night into Wednesday: month (as owned54)")
E("ce07", "Ivars Godmanis blamed the violence on provocateurs", A("Ivars Godmanis", "LVA", "GOV"), RIGAPROT, ACCUSE,
  "112", "2009-01", None, True, "blame 112; no day of its own: month")
E("ce07", "On Wednesday Zatlers gave parliament until the", ZATLERS, LVALEG, THREAT, "1312", "2009-01-14", None, True,
  "ultimatum to dissolve parliament 13 (threat of administrative sanction); 'On Wednesday'")
E("ce07", "Last month the government agreed a 7.5", LVAG, A("International Monetary Fund", None, "IGO"), AGREE, "057",
  "2008-12", None, True, "loan agreement 057 (05/03/08); 'Last month' = December 2008; IMF null/IGO as news-dev's "
  "ECOWAS; compound object, first member required")
E("ce07", "Last month the government agreed a 7.5", LVAG, A("European Union", "EUR", "IGO"), AGREE, "057", "2008-12",
  None, False, "second member of the compound object")
F("ce07", "Unemployment in the Baltic state of 2.3", "count")
F("ce07", "Economists expect the economy to shrink by", "forecast")

# ---------------------------------------------------------------- ce08 St Helier, Europe/Eurasia (Jersey / France / Britain)
S("ce08", "2021-05-07", "Europe/Eurasia", """
Britain and France send patrol boats as French fishermen protest off Jersey

ST HELIER, Jersey —

About 60 French fishing boats massed outside the harbour of Jersey's capital on Thursday to protest against new rules for fishing in the island's waters, while British and French patrol vessels watched from offshore.

The fishermen, who sailed from ports in Normandy and Brittany before dawn, fired flares and sounded their horns but headed home in the afternoon after their leaders met island officials on board one of the boats.

Prime Minister Boris Johnson sent two Royal Navy offshore patrol vessels, HMS Severn and HMS Tamar, to the island late on Wednesday after speaking by telephone with Jersey's chief minister, John Le Fondre.

France answered by dispatching two maritime police boats of its own, saying they were there to ensure safety at sea.

Johnson's office said he had stressed his unwavering support for Jersey and that any blockade would be completely unjustified.

On Tuesday French Maritime Minister Annick Girardin told the National Assembly in Paris that France was ready to take retaliatory measures, pointing out that Jersey relies on undersea cables from France for its electricity.

Jersey's government said last week that licences issued under the post-Brexit trade deal would limit where and for how long French boats could fish.

The European Commission accused Britain of breaching the trade agreement by attaching conditions that had never been agreed.

Jersey, a self-governing British Crown dependency, lies 22 km off the coast of Normandy.

Whether the dispute can be settled before the summer season is uncertain.
""")
JEYG = A("Jersey's government", "JEY", "GOV")
FRAG = A("France's government", "FRA", "GOV")
FISH = A("French fishermen", "FRA", ["CVL", "BUS"])
JOHNSON = A("Boris Johnson", "GBR", "GOV")
E("ce08", "Britain and France send patrol boats as", GBRG, FRAG, ["15"], "150", "2021-05", None, False,
  "headline: show of naval force 150 (15)")
E("ce08", "French fishermen protest off Jersey", FISH, JEYG, ["14"], "141", "2021-05", None, False,
  "headline, second clause")
E("ce08", "About 60 French fishing boats massed outside", FISH, JEYG, ["14"], "141", "2021-05-06",
  P("St Helier", "JEY"), True, "protest 141 by fishing boats (their crews); 'on Thursday' before a Friday paper; "
  "'Jersey's capital' is St Helier, the dateline; Jersey coded JEY (ISO3)")
E("ce08", "after their leaders met island officials on", FISH, JEYG, ["04"], "043", "2021-05-06",
  P("St Helier", "JEY"), True, "meeting 043 inside an 'after' clause with its own agent; 'A met B' is one event")
E("ce08", "Boris Johnson sent two Royal Navy offshore", JOHNSON, FRAG, ["15"], "150", "2021-05-05", None, True,
  "naval show of force 150 (15); 'late on Wednesday'; aimed at the French protest, target France (coders may give "
  "the fishermen; country is what counts)")
E("ce08", "after speaking by telephone with Jersey's chief", JOHNSON, A("John Le Fondre", "JEY", "GOV"), ["04"], "040",
  "2021-05-05", None, False, "phone call 040 in a participial 'after' clause: optional")
E("ce08", "France answered by dispatching two maritime police", FRAG, GBRG, ["15"], "150", "2021-05-06", None, True,
  "answering naval deployment 150 (15); target Britain, whose move it answers; Thursday")
E("ce08", "said he had stressed his unwavering support", JOHNSON, JEYG, ["05"], "051", "2021-05-05", None, False,
  "statement of support, restating the Wednesday call: optional")
E("ce08", "and that any blockade would be completely", JOHNSON, FRAG, ACCUSE, "111", "2021-05-05", None, False,
  "criticism of a hypothetical blockade: optional")
E("ce08", "Annick Girardin told the National Assembly in", A("Annick Girardin", "FRA", "GOV"), JEYG, THREAT, "130",
  "2021-05-04", P("Paris", "FRA"), True, "threat of retaliation 13 (the electricity hint, 1312 at most); 'On "
  "Tuesday'; 'in Paris'")
E("ce08", "Jersey's government said last week that licences", JEYG, FISH, ["17"], "172", "2021-04", None, False,
  "announced licence limits: an administrative restriction coders may skip: optional; 'last week'")
E("ce08", "The European Commission accused Britain of breaching", A("European Commission", "EUR", "IGO"), GBRG, ACCUSE,
  "112", "2021-05", None, True, "accusation 112; no day of its own: month")
F("ce08", "Jersey, a self-governing British Crown dependency, lies", "definition and distance")
F("ce08", "Whether the dispute can be settled before", "speculation")

# ---------------------------------------------------------------- ce09 Guatemala City, Americas (Guatemala)
S("ce09", "2020-11-22", "Americas", """
Protesters set fire to Guatemala's Congress in anger over budget

GUATEMALA CITY, Guatemala —

Protesters set part of Guatemala's Congress building on fire on Saturday as thousands of people marched through the capital to demand that President Alejandro Giammattei veto a budget that critics say favours public works over health and nutrition.

A group of hooded demonstrators broke windows and hurled burning objects into the building, and flames could be seen coming from offices on its lower floors. The chamber was empty at the time.

Riot police fired tear gas to clear a much larger, peaceful crowd from the square in front of the National Palace.

Human rights ombudsman Jordan Rodas accused the police of using excessive force against peaceful marchers and said at least 22 people had been detained.

Giammattei condemned the arson, saying that anyone proven to have taken part would face the full weight of the law. He added that he was willing to talk with anyone who wanted to protest peacefully.

Lawmakers approved the 2021 budget, the largest in the country's history, before dawn on Wednesday in a session that lasted only a few hours.

On Friday Vice President Guillermo Castillo said he had told Giammattei that both of them should resign for the good of the country. The president has not responded publicly.

Catholic bishops had also urged him to veto the spending plan.

Guatemala collects less tax relative to the size of its economy than almost any other country in Latin America.

Analysts said the protests could grow if the budget is not withdrawn.
""")
GTMG = A("Guatemala's government", "GTM", "GOV")
GTMLEG = A("Guatemala's Congress", "GTM", ["LEG", "GOV"])
GTMPROT = A("Guatemalan protesters", "GTM", ["CVL", "OPP"])
GTMPOL = A("Guatemalan riot police", "GTM", "COP")
GIAM = A("Alejandro Giammattei", "GTM", "GOV")
GCITY = P("Guatemala City", "GTM")
E("ce09", "Protesters set fire to Guatemala's Congress in", GTMPROT, GTMLEG, VPROT, "145", "2020-11", GCITY, False,
  "headline")
E("ce09", "Protesters set part of Guatemala's Congress building", GTMPROT, GTMLEG, VPROT, "145", "2020-11-21", GCITY,
  True, "arson by protesters 145 (14/18/17); 'on Saturday' in a Sunday paper; the Congress building in the capital "
  "of the dateline")
E("ce09", "thousands of people marched through the capital", GTMPROT, GIAM, ["14"], "141", "2020-11-21", GCITY, True,
  "march 141 with a demand; 'as' clause with its own agent; 'the capital' with the dateline")
E("ce09", "thousands of people marched through the capital", GTMPROT, GIAM, DEMAND, "100", "2020-11-21", GCITY, False,
  "the demand to veto, purpose of the march: optional")
E("ce09", "A group of hooded demonstrators broke windows", GTMPROT, GTMLEG, VPROT, "145", "2020-11-21", GCITY, False,
  "detail of the arson of the lead: optional")
E("ce09", "Riot police fired tear gas to clear", GTMPOL, GTMPROT, CRACK, "175", "2020-11-21", GCITY, True,
  "tear gas at a crowd 175 (17/18/19); Saturday; the square of the National Palace in the capital")
E("ce09", "Jordan Rodas accused the police of using", A("Jordan Rodas", "GTM", ["GOV", "JUD"]), GTMPOL, ACCUSE, "112",
  "2020-11-21", None, True, "accusation 112; the day of the march (context)")
E("ce09", "said at least 22 people had been", GTMPOL, GTMPROT, ARREST, "173", "2020-11-21", None, False,
  "agentless passive arrests in the ombudsman's account: optional")
E("ce09", "Giammattei condemned the arson, saying that anyone", GIAM, GTMPROT, ACCUSE + THREAT, "111", "2020-11-21",
  None, True, "condemnation 111 (with a vow of prosecution, 13 also right); Saturday (context)")
E("ce09", "He added that he was willing to", GIAM, GTMPROT, ["03"], "036", "2020-11-21", None, False,
  "offer to talk 036: optional")
E("ce09", "Vice President Guillermo Castillo said he had", A("Guillermo Castillo", "GTM", "GOV"), GIAM, DEMAND, "1041",
  "2020-11-20", None, True, "call for the president (and himself) to resign 1041 (10/02); 'On Friday'")
E("ce09", "Catholic bishops had also urged him to", A("Guatemalan Catholic bishops", "GTM", "REL"), GIAM, DEMAND,
  "100", "2020-11", None, False, "undated pluperfect appeal: optional, month")
F("ce09", "Guatemala collects less tax relative to the", "standing situation")
F("ce09", "Analysts said the protests could grow if", "speculation")

# ---------------------------------------------------------------- ce10 Tegucigalpa, Americas (Honduras / Brazil)
S("ce10", "2009-09-23", "Americas", """
Honduran troops tear-gas Zelaya backers outside Brazilian embassy

TEGUCIGALPA, Honduras —

Honduran soldiers and police fired tear gas and swung clubs to drive thousands of supporters of ousted President Manuel Zelaya away from the Brazilian embassy here early on Tuesday, a day after he slipped back into the country and took refuge inside.

Dozens of people were detained and taken to a baseball stadium, witnesses said. The de facto government had imposed a nationwide curfew on Monday afternoon, hours after Zelaya appeared on the embassy's balcony.

Electricity, water and telephone lines to the embassy were cut for several hours on Tuesday before being restored.

Roberto Micheletti, who was installed by Congress after soldiers bundled Zelaya onto a plane to Costa Rica on June 28, demanded that Brazil either grant him asylum or hand him over to face charges of treason and abuse of power.

Brazilian President Luiz Inacio Lula da Silva, speaking in New York, warned the interim authorities not to enter the embassy, and Foreign Minister Celso Amorim asked the U.N. Security Council to meet on the crisis.

From inside the compound, Zelaya called on his followers to come to the capital and to stay peaceful. He said he was ready to talk with Micheletti "at any moment".

How Zelaya crossed the border without being stopped was still unclear on Tuesday. He said he had travelled for 15 hours over mountains.

Honduras, one of the poorest countries in the Americas, has about 7.5 million people.
""")
HNDSF = A("Honduran soldiers and police", "HND", ["MIL", "COP"])
ZELAYA = A("Manuel Zelaya", "HND", ["GOV", "OPP"])
ZSUPP = A("Zelaya supporters", "HND", ["CVL", "OPP"])
HNDG = A("Honduras's de facto government", "HND", "GOV")
MICH = A("Roberto Micheletti", "HND", "GOV")
BRAG = A("Brazil's government", "BRA", "GOV")
TEGUS = P("Tegucigalpa", "HND")
E("ce10", "Honduran troops tear-gas Zelaya backers outside Brazilian", HNDSF, ZSUPP, CRACK, "175", "2009-09", TEGUS,
  False, "headline")
E("ce10", "Honduran soldiers and police fired tear gas", HNDSF, ZSUPP, CRACK, "175", "2009-09-22", TEGUS, True,
  "dispersal by force 175 (17/18/19); 'early on Tuesday' in a Wednesday paper; 'here' with the dateline; compound "
  "subject given as one mixed actor (MIL or COP)")
E("ce10", "Dozens of people were detained and taken", HNDSF, ZSUPP, ARREST, "173", "2009-09-22", TEGUS, False,
  "agentless passive arrests in a witnesses' account: optional")
E("ce10", "The de facto government had imposed a", HNDG, ZSUPP, ["17"], "1723", "2009-09-21", None, True,
  "curfew 1723 (17); 'on Monday afternoon'; target the Zelaya camp it was aimed at (coders may give null)")
E("ce10", "Electricity, water and telephone lines to the", HNDG, BRAG, ["17"], "170", "2009-09-22", TEGUS, False,
  "agentless passive cut of the embassy's utilities: optional")
E("ce10", "who was installed by Congress after soldiers", A("Honduran soldiers", "HND", "MIL"), ZELAYA, COUP + ["18"],
  "170", "2009-06-28", None, True, "the June 28 ouster and forced exile, dated background in an 'after' clause with "
  "its own agent: coup 17/19 (18 for the seizure)")
E("ce10", "demanded that Brazil either grant him asylum", MICH, BRAG, DEMAND, "1043", "2009-09-22", None, True,
  "demand 10 (10/02); no day of its own beyond the Tuesday context")
E("ce10", "warned the interim authorities not to enter", A("Luiz Inacio Lula da Silva", "BRA", "GOV"), HNDG,
  THREAT + ["10"], "130", "2009-09-22", P("New York", "USA"), True, "warning 13 (or 10); 'speaking in New York'")
E("ce10", "Celso Amorim asked the U.N. Security Council", A("Celso Amorim", "BRA", "GOV"),
  A("U.N. Security Council", "UNO", "IGO"), ["02", "10"], "020", "2009-09-22", None, False,
  "second clause of the compound sentence, a request to a third party: optional")
E("ce10", "Zelaya called on his followers to come", ZELAYA, ZSUPP, ["02", "10"], "020", "2009-09-22", TEGUS, False,
  "appeal to his own side: optional")
E("ce10", "He said he was ready to talk", ZELAYA, MICH, ["03"], "036", "2009-09-22", None, True,
  "offer to talk 036 (03); 'He' = Zelaya; the day the context gives")
F("ce10", "How Zelaya crossed the border without being", "nothing happened: open question")
F("ce10", "Honduras, one of the poorest countries in", "count and definition")

# ---------------------------------------------------------------- ce11 Port Moresby, Oceania (Papua New Guinea)
S("ce11", "2011-12-15", "Oceania", """
Papua New Guinea parliament suspends governor-general as rival prime ministers dig in

PORT MORESBY, Papua New Guinea —

Papua New Guinea's parliament voted on Wednesday to suspend Governor-General Michael Ogio, hours after he swore in Sir Michael Somare as prime minister and deepened a standoff that has left the country with two rival governments.

Speaker Jeffrey Nape, who took over as acting head of state, then swore in Peter O'Neill again, telling reporters that parliament alone decided who led the country.

The crisis began on Monday, when the Supreme Court ruled by three votes to two that O'Neill's election by parliament in August had been unconstitutional and ordered that Somare be reinstated. Lawmakers loyal to O'Neill rejected the ruling within hours and re-elected him.

Somare, 75, lost the post while he was in a Singapore hospital for heart surgery.

Police officers loyal to O'Neill blocked the gates of Government House on Wednesday and stopped ministers named by Somare from entering.

On Tuesday Tom Kulunga, the police commissioner appointed by Somare's camp, ordered his rival Fred Yakasa to hand over command of the force. Yakasa refused, saying he answered to O'Neill's government.

O'Neill accused Chief Justice Sir Salamo Injia of bias and said parliament would move to suspend him.

Australian Foreign Minister Kevin Rudd urged both sides to settle their dispute peacefully and said Canberra did not back either man.

Civil servants in the capital said they did not know which government to obey.

The country of about seven million people is rich in gold, copper and natural gas.
""")
PNGLEG = A("Papua New Guinea's parliament", "PNG", ["LEG", "GOV"])
OGIO = A("Michael Ogio", "PNG", "GOV")
SOMARE = A("Michael Somare", "PNG", "GOV")
ONEILL = A("Peter O'Neill", "PNG", "GOV")
PNGCOURT = A("Papua New Guinea's Supreme Court", "PNG", "JUD")
KULUNGA = A("Tom Kulunga", "PNG", ["COP", "GOV"])
YAKASA = A("Fred Yakasa", "PNG", ["COP", "GOV"])
E("ce11", "Papua New Guinea parliament suspends governor-general as", PNGLEG, OGIO, ["17", "12", "11"], "172",
  "2011-12", None, False, "headline: suspension of an official 172 (17/12/11, as owned78 ca12's removal)")
E("ce11", "Papua New Guinea's parliament voted on Wednesday", PNGLEG, OGIO, ["17", "12", "11"], "172", "2011-12-14",
  None, True, "suspending the governor-general 172 (17/12/11); 'on Wednesday' before a Thursday paper")
E("ce11", "hours after he swore in Sir Michael", OGIO, SOMARE, ["05"], "050", "2011-12-14", None, False,
  "a swearing-in is no clear CAMEO event (05 where coded as backing): optional")
E("ce11", "then swore in Peter O'Neill again, telling", A("Jeffrey Nape", "PNG", ["LEG", "GOV"]), ONEILL, ["05"], "050",
  "2011-12-14", None, False, "swearing-in: optional, as above")
E("ce11", "when the Supreme Court ruled by three", PNGCOURT, ONEILL, ["17", "10", "11"], "172", "2011-12-12", None,
  True, "ruling against O'Neill's election and ordering Somare reinstated: a court's order against a government, "
  "17/10/11 where coders split; 'on Monday' in a 'when' clause with its own agent")
E("ce11", "Lawmakers loyal to O'Neill rejected the ruling", A("O'Neill's lawmakers", "PNG", ["LEG", "GOV"]), PNGCOURT,
  ["12"], "120", "2011-12-12", None, True, "rejection 12; 'within hours' of Monday's ruling")
E("ce11", "Somare, 75, lost the post while he", PNGLEG, SOMARE, ["17", "12", "11"], "172", "2011-08", None, False,
  "agentless background loss of office: optional; the August vote of the text")
E("ce11", "Police officers loyal to O'Neill blocked the", A("Papua New Guinea police", "PNG", "COP"),
  A("Somare's ministers", "PNG", "GOV"), ["17"], "171", "2011-12-14", None, True,
  "blocking access 17 (coercion); 'on Wednesday'; Government House names no city in the clause")
E("ce11", "Tom Kulunga, the police commissioner appointed by", KULUNGA, YAKASA, DEMAND, "100", "2011-12-13", None, True,
  "order / demand to hand over command 10 (10/02); 'On Tuesday'")
E("ce11", "Yakasa refused, saying he answered to O'Neill's", YAKASA, KULUNGA, ["12"], "120", "2011-12-13", None, True,
  "refusal 12; the Tuesday context")
E("ce11", "O'Neill accused Chief Justice Sir Salamo Injia", ONEILL, A("Salamo Injia", "PNG", "JUD"), ACCUSE, "112",
  "2011-12", None, True, "accusation of bias 112; no day of its own: month")
E("ce11", "said parliament would move to suspend him", ONEILL, A("Salamo Injia", "PNG", "JUD"), THREAT, "1312",
  "2011-12", None, False, "announced intent, a threat of sanction: optional")
E("ce11", "Kevin Rudd urged both sides to settle", A("Kevin Rudd", "AUS", "GOV"), A("Papua New Guinea's rival leaders",
  "PNG", "GOV"), ["02", "10"], "020", "2011-12", None, False, "single outside appeal: optional")
F("ce11", "Civil servants in the capital said they", "nothing done: a statement of confusion")
F("ce11", "The country of about seven million people", "count and standing situation")

# ---------------------------------------------------------------- ce12 Yaren, Oceania (Nauru / Australia)
S("ce12", "2014-01-21", "Oceania", """
Nauru deports its magistrate and bars chief justice; Canberra seeks explanation

YAREN, Nauru —

Nauru deported its only resident magistrate, the Australian Peter Law, on Sunday and cancelled the visa of its chief justice, Geoffrey Eames, in a dispute over the courts' power to block the expulsion of two foreign residents.

Law was escorted to the airport by police and put on a flight to Brisbane, hours after Eames had issued an injunction ordering that he be allowed to stay. Eames, also an Australian, was in Melbourne at the time and has been told he may not return.

Justice Minister David Adeang accused the magistrate of overstepping his authority by halting the expulsions, which the government says were needed to protect national security. He said the judiciary could not be allowed to override decisions of the cabinet.

On Monday Eames called the government's actions a grave attack on the rule of law in the Pacific island republic.

Australian Foreign Minister Julie Bishop said on Monday that Canberra had asked Nauru for an explanation and expected it to respect the independence of its judges.

Law told Australian radio that officers had given him minutes to pack and had refused to let him call his lawyer.

Opposition lawmaker Roland Kun said the government was dismantling the last check on its power.

Australia pays Nauru to hold asylum seekers who try to reach its shores by boat in a detention centre on the island.

It was not clear who would hear the cases due before the court next month.
""")
NRUG = A("Nauru's government", "NRU", "GOV")
LAW = A("Peter Law", "AUS", "JUD")
EAMES = A("Geoffrey Eames", "AUS", "JUD")
NRUPOL = A("Nauru police", "NRU", "COP")
E("ce12", "Nauru deports its magistrate and bars chief", NRUG, LAW, EXPEL, "174", "2014-01", None, False,
  "headline: deportation 174")
E("ce12", "justice; Canberra seeks explanation", A("Australia's government", "AUS", "GOV"), NRUG, ["02", "10"], "020", "2014-01",
  None, False, "headline, second clause; 'Canberra' is an actor")
E("ce12", "Nauru deported its only resident magistrate, the", NRUG, LAW, EXPEL, "174", "2014-01-19", None, True,
  "deportation 174 (17/16); 'on Sunday' before a Tuesday paper; Law AUS/JUD (an Australian judge serving Nauru)")
E("ce12", "cancelled the visa of its chief justice", NRUG, EAMES, EXPEL, "172", "2014-01-19", None, True,
  "barring entry by cancelling a visa 172 (17/16); second verb with its own object: required; Sunday")
E("ce12", "Law was escorted to the airport by", NRUPOL, LAW, EXPEL, "174", "2014-01-19", None, False,
  "detail of the deportation in the lead: optional")
E("ce12", "hours after Eames had issued an injunction", EAMES, NRUG, DEMAND, "100", "2014-01-19", None, False,
  "a court order against the government, 10 where coded: optional")
E("ce12", "has been told he may not return", NRUG, EAMES, EXPEL, "172", "2014-01", None, False,
  "agentless passive restating the barring: optional")
E("ce12", "David Adeang accused the magistrate of overstepping", A("David Adeang", "NRU", "GOV"), LAW, ACCUSE, "112",
  "2014-01", None, True, "accusation 112; no day of its own: month")
E("ce12", "He said the judiciary could not be", A("David Adeang", "NRU", "GOV"), A("Nauru's judiciary", "NRU", "JUD"),
  ["12"], "120", "2014-01", None, False, "normative rejection by the same minister: optional")
E("ce12", "On Monday Eames called the government's actions", EAMES, NRUG, ACCUSE, "111", "2014-01-20", None, True,
  "condemnation 111; 'On Monday'")
E("ce12", "Julie Bishop said on Monday that Canberra", A("Julie Bishop", "AUS", "GOV"), NRUG, ["02", "10"], "020",
  "2014-01-20", None, True, "request for an explanation 02 (02/10); 'on Monday'; the request itself reported in the "
  "pluperfect: the day of the statement, else the month")
E("ce12", "Law told Australian radio that officers had", NRUPOL, LAW, ["17", "12"], "170", "2014-01-19", None, False,
  "acts inside Law's own account: optional")
E("ce12", "Opposition lawmaker Roland Kun said the government", A("Roland Kun", "NRU", ["LEG", "OPP"]), NRUG, ACCUSE,
  "112", "2014-01", None, True, "accusation 112; no day: month")
F("ce12", "Australia pays Nauru to hold asylum seekers", "standing situation")
F("ce12", "It was not clear who would hear", "nothing happened: open question")

if __name__ == "__main__":
    write(HERE)
