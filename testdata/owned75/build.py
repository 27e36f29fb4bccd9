#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned75 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run). Coding
notes are kept per line. Run: python3 testdata/owned75/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

ATTACK = ["18", "19", "20"]
FIGHT = ["19", "18", "17"]

# ---------------------------------------------------------------- bx01 Nairobi, Africa (Kenya)
S("bx01", "1997-07-08", "Africa", """
Kenyan police storm Nairobi cathedral to break up banned reform rally

NAIROBI, Kenya —

Riot police stormed the Anglican cathedral in the capital on Monday and clubbed pro-democracy demonstrators who had fled inside, as a day of banned rallies for constitutional reform ended with at least nine people dead across the country.

Officers fired tear gas into All Saints Cathedral and beat worshippers and protesters in the aisles, witnesses said. The Rev. Timothy Njoya, a Presbyterian minister who has long campaigned against President Daniel arap Moi's rule, was knocked unconscious and taken to hospital.

The rallies had been called by the National Convention Executive Council, an alliance of churches, opposition parties and civic groups that wants the constitution rewritten before elections due by the end of the year. The government had banned the gatherings on Friday.

Police also fired live rounds at stone-throwing crowds in several Nairobi districts and in the western town of Kisumu.

Police spokesman Peter Kimanthi said officers had acted to stop the violence and accused the organisers of inciting it. Kivutha Kibwana, a convention leader, accused Moi of waging war on his own people and called for a national strike.

On Sunday, Moi had rejected the demand for reforms before the vote, saying a new constitution could not be written in a hurry.

The United States and other Western governments condemned the assault on the cathedral.

It was not clear whether donors would now hold back aid. Moi's Kenya African National Union has governed the country since independence in 1963.
""")
KCOP = A("Kenyan police", "KEN", "COP")
KPRO = A("Kenyan pro-democracy protesters", "KEN", ["CVL", "OPP"])
NCEC = A("National Convention Executive Council", "KEN", ["OPP", "NGO"])
MOI = A("Daniel arap Moi", "KEN", "GOV")
KGOV = A("Kenya's government", "KEN", "GOV")
E("bx01", "Kenyan police storm Nairobi cathedral to break", KCOP, KPRO, REPR, "175", "1997-07-07", P("Nairobi", "KEN"),
  False, "headline")
E("bx01", "Riot police stormed the Anglican cathedral in", KCOP, KPRO, REPR, "175", "1997-07-07", P("Nairobi", "KEN"),
  True, "force against protesters who had fled into a church 175 (17/18); 'in the capital' with the dateline = "
  "Nairobi; 'on Monday' before a Tuesday paper; unnamed police are Kenya's")
E("bx01", "Officers fired tear gas into All Saints", KCOP, KPRO, REPR, "175", "1997-07", None, False,
  "detail of the lead's storming inside a witnesses' account: optional restatement")
E("bx01", "was knocked unconscious and taken to hospital", KCOP, A("Timothy Njoya", "KEN", ["REL", "OPP"]),
  ["18", "17"], "182", "1997-07", None, False, "agentless passive (the police are implied): optional")
E("bx01", "The rallies had been called by the", NCEC, KGOV, ["14"], "143", "1997-07", None, False,
  "call for demonstrations in an undated pluperfect passive with its agent: optional")
E("bx01", "The government had banned the gatherings on", KGOV, NCEC, ["17"], "1721", "1997-07-04", None, True,
  "ban on rallies 1721 (restriction of political freedoms); dated background, 'on Friday' before the Monday "
  "of the rallies (a Tuesday paper): July 4")
E("bx01", "Police also fired live rounds at stone-throwing", KCOP, KPRO, REPR, "175", "1997-07", P("Nairobi", "KEN"),
  True, "live fire on protesters 175; 'in several Nairobi districts' names Nairobi (first of two places, Kisumu "
  "second); no day in the sentence: month")
E("bx01", "Police spokesman Peter Kimanthi said officers had", A("Peter Kimanthi", "KEN", "COP"), NCEC, ["11"], "112",
  "1997-07", None, True, "accusation of incitement 112; the justification in the first clause is not coded; month")
E("bx01", "accused Moi of waging war on his", A("Kivutha Kibwana", "KEN", ["OPP", "NGO"]), MOI, ["11"], "112",
  "1997-07", None, True, "accusation 112; month")
E("bx01", "and called for a national strike", A("Kivutha Kibwana", "KEN", ["OPP", "NGO"]), KGOV, ["14"], "143",
  "1997-07", None, False, "call for a national strike, second verb of the sentence: optional")
E("bx01", "On Sunday, Moi had rejected the demand", MOI, NCEC, ["12"], "1234", "1997-07-06", None, True,
  "rejecting a demand for constitutional reform 1234 (12); dated background, 'On Sunday' before Monday: July 6")
E("bx01", "The United States and other Western governments", A("United States", "USA", "GOV"), KGOV, ["11"], "111",
  "1997-07", None, False, "outside reaction, first member of a vague compound: optional")
F("bx01", "It was not clear whether donors would", "speculation: no aid was held back")
F("bx01", "Moi's Kenya African National Union has governed", "standing situation")

# ---------------------------------------------------------------- bx02 Uitenhage, Africa (South Africa)
S("bx02", "1985-03-22", "Africa", """
South African police kill 19 marchers near Uitenhage on Sharpeville anniversary

UITENHAGE, South Africa —

Police opened fire on thousands of black residents marching from Langa township to a funeral on Thursday, killing at least 19 people on the 25th anniversary of the Sharpeville massacre.

The Minister of Law and Order, Louis le Grange, told parliament in Cape Town that officers had been attacked by a crowd armed with stones, sticks and petrol bombs and had fired in self-defence. Residents said the marchers were unarmed and that no warning was given.

The procession was heading for the township of KwaNobuhle to bury victims of earlier unrest. A local magistrate had banned funerals on weekdays, and many marchers said they knew nothing of the order.

The United Democratic Front, the largest anti-apartheid coalition, called the killings cold-blooded murder and demanded that the officers be charged.

Youths stoned cars and set fire to a beer hall in Uitenhage after the shooting, the police said. Police said on Friday they had detained 43 people for public violence.

President P.W. Botha expressed regret at the deaths and said a judge would investigate them.

In Washington, the State Department said it deplored the killings.

Police said none of their men had been seriously hurt. At Sharpeville in 1960, police fired on a crowd protesting against the pass laws, killing 69 people.

Whether the shooting would set back the government's plans for limited reform was uncertain.
""")
ZCOP = A("South African police", "ZAF", "COP")
ZRES = A("Langa residents", "ZAF", ["CVL", "OPP"])
UDF = A("United Democratic Front", "ZAF", ["OPP", "NGO"])
E("bx02", "South African police kill 19 marchers near", ZCOP, ZRES, REPR, "175", "1985-03-21", None, False, "headline")
E("bx02", "Police opened fire on thousands of black", ZCOP, ZRES, REPR, "175", "1985-03-21", P("Langa", "ZAF"), True,
  "live fire on marchers 175 (17/18); 'from Langa township' names the place (near the Uitenhage dateline); "
  "'on Thursday' in a Friday paper")
E("bx02", "told parliament in Cape Town that officers", A("Louis le Grange", "ZAF", "GOV"), ZRES, ["11"], "112",
  "1985-03", P("Cape Town", "ZAF"), True, "the minister's charge that the crowd attacked the police 112; 'in Cape "
  "Town' is where he spoke; no day of its own: month")
E("bx02", "A local magistrate had banned funerals on", A("Uitenhage magistrate", "ZAF", ["GOV", "JUD"]), ZRES, ["17"],
  "1721", "1985-03", None, False, "undated pluperfect ban: optional, month")
E("bx02", "called the killings cold-blooded murder and demanded", UDF, ZCOP, ["11"], "112", "1985-03", None, True,
  "accusation of murder 112; month")
E("bx02", "demanded that the officers be charged", UDF, A("South African government", "ZAF", "GOV"), DEMAND, "100",
  "1985-03", None, True, "demand for prosecution 100 (10/02), second clause with its own target: required; month")
E("bx02", "Youths stoned cars and set fire to", A("Uitenhage youths", "ZAF", ["CVL", "OPP"]), None, VPROT, "145",
  "1985-03", P("Uitenhage", "ZAF"), False, "riot told by the police, one side: optional; 'in Uitenhage' names the "
  "place; 'after the shooting' gives no day: month")
E("bx02", "Police said on Friday they had detained", ZCOP, ZRES, ["17"], "173", "1985-03-22", None, True,
  "arrests reported by the arresting police 173, required (owned21 d11); 'on Friday' in a Friday paper")
E("bx02", "expressed regret at the deaths and said", A("P.W. Botha", "ZAF", "GOV"), ZRES, ["05"], "055", "1985-03",
  None, False, "regret 055 (as owned35 ai04), toward the victims' community: optional; the inquiry has no code")
E("bx02", "the State Department said it deplored the", A("U.S. State Department", "USA", "GOV"),
  A("South African government", "ZAF", "GOV"), ["11"], "111", "1985-03", P("Washington", "USA"), False,
  "single outside reaction: optional; 'In Washington' is where it spoke")
E("bx02", "At Sharpeville in 1960, police fired on", ZCOP, A("Sharpeville protesters", "ZAF", ["CVL", "OPP"]), REPR,
  "175", "1960", P("Sharpeville", "ZAF"), True, "dated background with its agent: required; year only")
F("bx02", "Police said none of their men had", "negated: nobody hurt")
F("bx02", "Whether the shooting would set back the", "speculation")

# ---------------------------------------------------------------- bx03 Baghdad, Middle East (Arab League / Egypt)
S("bx03", "1979-04-01", "Middle East", """
Arab states vote to cut ties with Egypt and suspend it from League over Israel treaty

BAGHDAD, Iraq —

Arab foreign and economy ministers agreed here on Saturday to break off diplomatic relations with Egypt and to suspend its membership of the Arab League, five days after President Anwar Sadat signed a peace treaty with Israel in Washington.

The ministers also decided to move the League's headquarters from Cairo to Tunis and to halt all economic aid and loans to Egypt, according to resolutions read out at the end of their four-day meeting.

The measures were adopted after Saudi Arabia, which had resisted a total break with Cairo, gave way to Iraq, Syria and the Palestine Liberation Organization. Syria, Libya and the PLO had demanded that the measures also target the United States, which brokered the treaty.

In Cairo on Saturday night, a government spokesman called the decisions an act of collective hysteria and said Egypt would not be deterred from its course. Egypt would freeze its relations with any Arab state that severed ties with it, he said.

Sadat has said that the treaty, under which Israel is to give back the Sinai peninsula within three years, is the first step towards a comprehensive peace.

Egypt, the most populous Arab country, was a founding member of the League in 1945, and its headquarters has stood in Cairo ever since.

Diplomats said most governments were expected to recall their ambassadors within a month.
""")
ALM = A("Arab League ministers", None, ["GOV", "IGO"])
EGY = A("Egypt's government", "EGY", "GOV")
SADAT = A("Anwar Sadat", "EGY", "GOV")
E("bx03", "Arab states vote to cut ties with", ALM, EGY, ["16"], "161", "1979-03-31", None, False, "headline")
E("bx03", "agreed here on Saturday to break off", ALM, EGY, ["16"], "161", "1979-03-31", P("Baghdad", "IRQ"), True,
  "breaking diplomatic relations 161; the ministers meet as the League: null with GOV/IGO (news-dev's Arab League is "
  "null/IGO); 'here' with the dateline = Baghdad; 'on Saturday' before a Sunday paper")
E("bx03", "and to suspend its membership of the", ALM, EGY, ["16", "17"], "160", "1979-03-31", P("Baghdad", "IRQ"), True,
  "suspension from the League 160 (16/17), a second measure of the same decision with its own object: required, "
  "as the aid halt")
E("bx03", "after President Anwar Sadat signed a peace", SADAT, A("Israel", "ISR", "GOV"), AGREE, "057", "1979-03-26",
  P("Washington", "USA"), True, "signed treaty 057 (05/03/08); dated background in an 'after' clause with its agent: "
  "'five days after' Saturday = Monday, March 26; 'in Washington' names the place")
E("bx03", "after President Anwar Sadat signed a peace", A("Israel", "ISR", "GOV"), SADAT, AGREE, "057", "1979-03-26",
  P("Washington", "USA"), False, "reverse direction of the joint signing: optional")
E("bx03", "to halt all economic aid and loans", ALM, EGY, SANCT, "1621", "1979-03", None, True,
  "stopping economic aid 1621 (16/17); a further measure, not a restatement; no day of its own: month")
E("bx03", "gave way to Iraq, Syria and the", A("Saudi Arabia", "SAU", "GOV"), A("Iraq", "IRQ", "GOV"), ["08"], "080",
  "1979-03", None, False, "a yielding inside an 'after' clause with no day: optional")
E("bx03", "Syria, Libya and the PLO had demanded", A("Syria", "SYR", "GOV"), ALM, DEMAND, "100", "1979-03", None,
  False, "undated pluperfect demand, first member of a compound subject: optional")
E("bx03", "called the decisions an act of collective", EGY, ALM, ["11"], "111", "1979-03-31", P("Cairo", "EGY"), True,
  "denunciation 111; 'In Cairo on Saturday night' gives place and day")
E("bx03", "Egypt would freeze its relations with any", EGY, A("Arab states", None, "GOV"), ["13"], "1313", "1979-03",
  None, True, "threat to break relations 1313 (13); the same spokesman, no day of its own: month")
F("bx03", "Sadat has said that the treaty, under", "terms of a treaty and a standing view: no event")
F("bx03", "Egypt, the most populous Arab country, was", "history and standing situation")

# ---------------------------------------------------------------- bx04 Tel Aviv, Middle East (Israel / Lebanon)
S("bx04", "1978-03-16", "Middle East", """
Israeli troops sweep into south Lebanon to root out guerrilla bases after bus massacre

TEL AVIV, Israel —

Thousands of Israeli troops backed by tanks and warplanes crossed into southern Lebanon before dawn on Wednesday and seized a strip of land along the border, in an offensive against Palestinian guerrilla bases that the army said was largely over by nightfall.

The operation came four days after Fatah guerrillas who landed by sea north of Tel Aviv hijacked a bus on the coastal highway and killed more than 30 Israelis, most of them civilians.

Defence Minister Ezer Weizman said the troops would stay until arrangements were made to keep the guerrillas away from the frontier. Prime Minister Menachem Begin told parliament that Israel would no longer let the murderers of its children use Lebanon as a base.

Israeli jets struck Palestinian positions near Tyre and Damour, Lebanese police said, and thousands of villagers fled north.

The Palestine Liberation Organization said its fighters were resisting the advance, and denied that its bases had been destroyed.

Lebanon's government, which has little control over the south, asked for an urgent meeting of the U.N. Security Council and called the attack a flagrant aggression.

In Washington, the State Department urged Israel to show restraint. Egypt's President Anwar Sadat called the operation a brutal invasion.

Syrian troops stationed farther north did not take part in the fighting. Whether Israel could keep the guerrillas out of range of its northern towns was far from certain.
""")
IDF = A("Israeli army", "ISR", "MIL")
PLO = A("Palestine Liberation Organization", "PSE", ["REB", "NGO"])
FATAH = A("Fatah guerrillas", "PSE", ["REB", "RAD"])
LBNG = A("Lebanon's government", "LBN", "GOV")
E("bx04", "Israeli troops sweep into south Lebanon to", IDF, PLO, ["19"], "190", "1978-03-15", None, False, "headline")
E("bx04", "crossed into southern Lebanon before dawn on", IDF, PLO, ["19"], "190", "1978-03-15", None, True,
  "offensive against the guerrillas 190; 'before dawn on Wednesday' in a Thursday paper; 'southern Lebanon' is a "
  "destination, not a place")
E("bx04", "and seized a strip of land along", IDF, LBNG, ["19"], "192", "1978-03-15", None, False,
  "occupying Lebanese land 192, second verb of the lead: optional")
E("bx04", "hijacked a bus on the coastal highway", FATAH, A("Israeli civilians", "ISR", "CVL"), ATTACK, "181",
  "1978-03-11", None, True, "hijacking and killing 181 (18/19/20); dated background with its agent, 'four days "
  "after' Wednesday = Saturday, March 11; 'north of Tel Aviv' locates, names no place of the act")
E("bx04", "told parliament that Israel would no longer", A("Menachem Begin", "ISR", "GOV"), PLO, ["13"], "130",
  "1978-03", None, False, "warning put as an intention: optional")
E("bx04", "Israeli jets struck Palestinian positions near Tyre", A("Israeli air force", "ISR", "MIL"), PLO, ["19"],
  "195", "1978-03", P("Tyre", "LBN"), True, "air strikes 195; 'near Tyre' names the place (first of two); the "
  "Lebanese police's account is not disputed; no day: month")
E("bx04", "said its fighters were resisting the advance", PLO, IDF, ["19"], "190", "1978-03", None, False,
  "fighting told by one side: optional")
E("bx04", "and denied that its bases had been", PLO, IDF, DENY, "016", "1978-03", None, True,
  "denial 016 (01/12) answering the army's claim; month")
E("bx04", "asked for an urgent meeting of the", LBNG, A("U.N. Security Council", "UNO", "IGO"), ["02", "10"], "020",
  "1978-03", None, True, "request to the Security Council 020; the 'which has little control' relative is standing; "
  "month")
E("bx04", "called the attack a flagrant aggression", LBNG, A("Israel", "ISR", "GOV"), ["11"], "111", "1978-03", None,
  True, "denunciation 111, second verb but its own event with another target: required; month")
E("bx04", "the State Department urged Israel to show", A("U.S. State Department", "USA", "GOV"),
  A("Israel", "ISR", "GOV"), ["02", "10"], "0256", "1978-03", P("Washington", "USA"), False,
  "appeal for restraint 0256 (02/10); single outside reaction: optional")
E("bx04", "Sadat called the operation a brutal invasion", A("Anwar Sadat", "EGY", "GOV"), A("Israel", "ISR", "GOV"),
  ["11"], "111", "1978-03", None, False, "single outside reaction: optional")
F("bx04", "Syrian troops stationed farther north did not", "negated act and standing deployment")
F("bx04", "Whether Israel could keep the guerrillas out", "speculation")

# ---------------------------------------------------------------- bx05 Seoul, Asia (North Korea)
S("bx05", "1993-03-13", "Asia", """
North Korea quits nuclear treaty, defying demand for inspections

SEOUL, South Korea —

North Korea said on Friday it was pulling out of the Nuclear Non-Proliferation Treaty, the first country to do so, in protest at demands by international inspectors to examine two sites suspected of holding nuclear waste.

A government statement read on Pyongyang radio called the withdrawal a measure of self-defence against the nuclear war rehearsals of the United States and South Korea, whose annual Team Spirit exercises began on Tuesday. It accused the International Atomic Energy Agency of acting as a tool of Washington.

The agency's board of governors had demanded on Feb. 25 that North Korea open the two sites at Yongbyon to special inspections within a month.

The treaty requires three months' notice of withdrawal. North Korea said it would not reconsider unless the exercises were halted and the inspection demand was dropped.

President Kim Young-sam called an emergency meeting of his security advisers on Friday and ordered the armed forces onto a higher state of alert. His foreign minister, Han Sung-joo, urged Pyongyang to reverse its decision.

In Washington, the State Department said it deeply regretted the move and called on North Korea to honour its obligations.

North Korea had placed its army and its people on a semi-war footing on Monday, a day before the exercises began.

Whether the North could already build a nuclear bomb remained unknown.
""")
PRK = A("North Korea", "PRK", "GOV")
IAEA = A("International Atomic Energy Agency", "UNO", "IGO")
KOR = A("South Korea", "KOR", "GOV")
E("bx05", "North Korea quits nuclear treaty, defying demand", PRK, IAEA, ["12", "16"], "128", "1993-03-12", None, False,
  "headline")
E("bx05", "said on Friday it was pulling out", PRK, IAEA, ["12", "16"], "128", "1993-03-12", None, True,
  "leaving the treaty in defiance of the inspectors 128 (defy norms; 12/16, coders split); target the agency "
  "(UNO/IGO, as owned35's UN bodies); 'on Friday' before a Saturday paper")
E("bx05", "called the withdrawal a measure of self-defence", PRK, A("United States", "USA", "GOV"), ["11"], "111",
  "1993-03", None, False, "charge against the allies inside a justification, first member: optional")
E("bx05", "whose annual Team Spirit exercises began on", A("United States", "USA", "MIL"), PRK, ["15"], "150",
  "1993-03-09", None, True, "military exercises 150; dated relative with its agents (first member the United "
  "States): 'on Tuesday' before a Saturday paper = March 9")
E("bx05", "whose annual Team Spirit exercises began on", A("South Korea", "KOR", "MIL"), PRK, ["15"], "150",
  "1993-03-09", None, False, "second member: optional")
E("bx05", "It accused the International Atomic Energy Agency", PRK, IAEA, ["11"], "112", "1993-03", None, True,
  "accusation 112; 'It' = the statement; no day of its own: month")
E("bx05", "had demanded on Feb. 25 that North", IAEA, PRK, DEMAND, "100", "1993-02-25", None, True,
  "dated background demand 100 (10/02); Yongbyon is where the sites are, not where the board met: no place")
E("bx05", "North Korea said it would not reconsider", PRK, IAEA, ["12"], "120", "1993-03", None, False,
  "refusal put as an intention and a condition: optional")
E("bx05", "ordered the armed forces onto a higher", KOR, PRK, ["15"], "152", "1993-03-12", None, True,
  "raising military alert 152; 'on Friday' in the first clause covers the sentence")
E("bx05", "His foreign minister, Han Sung-joo, urged Pyongyang", A("Han Sung-joo", "KOR", "GOV"), PRK, DEMAND, "100",
  "1993-03", None, True, "call to reverse the decision 100 (10/02); 'Pyongyang' is the actor; month")
E("bx05", "the State Department said it deeply regretted", A("U.S. State Department", "USA", "GOV"), PRK, DEMAND, "100",
  "1993-03", P("Washington", "USA"), False, "single outside reaction (call to honour obligations): optional")
E("bx05", "North Korea had placed its army and", PRK, None, ["15"], "152", "1993-03-08", None, True,
  "semi-war footing 152, target null; dated background: 'on Monday' = March 8, 'a day before' Tuesday")
F("bx05", "The treaty requires three months' notice of", "definition")
F("bx05", "Whether the North could already build a", "speculation")

# ---------------------------------------------------------------- bx06 Ginowan, Asia (Japan / United States)
S("bx06", "1995-10-22", "Asia", """
85,000 rally on Okinawa against U.S. bases after schoolgirl's rape

GINOWAN, Japan —

About 85,000 people rallied here on Saturday to demand that the United States reduce its military presence on Okinawa, in the biggest protest on the island in more than two decades.

The demonstrators, gathered in a seaside park near the Futenma air station, were enraged by the abduction and rape last month of a 12-year-old schoolgirl by three American servicemen, who have been charged by Japanese prosecutors.

Governor Masahide Ota told the crowd that Okinawa had carried an unfair share of the bases for 50 years. He has refused since late September to sign documents that would force reluctant landowners to keep leasing their land to the U.S. military.

The rally adopted a resolution calling on Tokyo and Washington to revise the agreement that lets U.S. forces keep American suspects in their custody until they are charged. The three men were held on their base for nearly four weeks before they were handed over to Japanese police on Sept. 29.

Prime Minister Tomiichi Murayama said in Tokyo that the government took the anger of Okinawans seriously, but he rejected any cut in the number of American troops.

The U.S. ambassador, Walter Mondale, has apologised for the attack, and President Clinton has expressed his regret.

About 29,000 American troops are stationed on Okinawa, which makes up less than one percent of Japan's land.

It was unclear whether the two governments would agree on any change before Clinton's visit to Japan next month.
""")
OKI = A("Okinawan protesters", "JPN", ["CVL", "OPP"])
USM = A("American servicemen", "USA", "MIL")
OTA = A("Masahide Ota", "JPN", "GOV")
JGOV = A("Japan's government", "JPN", "GOV")
E("bx06", "85,000 rally on Okinawa against U.S. bases", OKI, A("United States", "USA", ["GOV", "MIL"]), ["14"], "141",
  "1995-10-21", None, False, "headline")
E("bx06", "About 85,000 people rallied here on Saturday", OKI, A("United States", "USA", ["GOV", "MIL"]), ["14"], "141",
  "1995-10-21", P("Ginowan", "JPN"), True, "demonstration 141 against the U.S. presence; 'here' with the dateline = "
  "Ginowan; 'on Saturday' before a Sunday paper")
E("bx06", "the abduction and rape last month of", USM, A("Okinawan schoolgirl", "JPN", "CVL"), ["18"], "1821",
  "1995-09", None, True, "sexual assault 1821; a nominal event with its agent ('by three American servicemen'), "
  "dated 'last month': required, month")
E("bx06", "who have been charged by Japanese prosecutors", A("Japanese prosecutors", "JPN", ["JUD", "GOV"]), USM,
  ["11", "17"], "112", "1995", None, False, "charges in an undated present-perfect relative: optional, year")
E("bx06", "He has refused since late September to", OTA, JGOV, ["12"], "120", "1995-09", None, True,
  "refusal 120; 'since late September' gives the month; target Tokyo, which asked him to sign")
E("bx06", "The rally adopted a resolution calling on", OKI, JGOV, DEMAND, "1042", "1995-10", None, True,
  "demand for a policy change 1042 (10/02); first member of 'Tokyo and Washington' ('Tokyo' is an actor); month")
E("bx06", "The rally adopted a resolution calling on", OKI, A("United States", "USA", "GOV"), DEMAND, "1042", "1995-10",
  None, False, "second member: optional")
E("bx06", "handed over to Japanese police on Sept", USM, A("Japanese police", "JPN", "COP"), ["06"], "063",
  "1995-09-29", None, False, "judicial cooperation 063 in an agentless passive: optional (an agentless background "
  "passive stays optional)")
E("bx06", "but he rejected any cut in the", A("Tomiichi Murayama", "JPN", "GOV"), OKI, ["12"], "1232", "1995-10",
  P("Tokyo", "JPN"), True, "rejecting a policy demand 1232; 'said in Tokyo' is where he spoke; month")
E("bx06", "has apologised for the attack, and President", A("Walter Mondale", "USA", "GOV"), JGOV, ["05"], "055",
  "1995", None, False, "undated present-perfect apology: optional, year; Clinton's regret not a separate line")
F("bx06", "About 29,000 American troops are stationed on", "count and standing deployment")
F("bx06", "It was unclear whether the two governments", "speculation")

# ---------------------------------------------------------------- bx07 Prague, Europe/Eurasia (Czechoslovakia)
S("bx07", "1977-01-15", "Europe/Eurasia", """
Czech police arrest playwright Havel as party press brands charter signers renegades

PRAGUE, Czechoslovakia —

Police arrested the playwright Vaclav Havel, a spokesman for the Charter 77 human rights group, at his Prague flat on Friday, two days after the Communist Party daily Rude Pravo denounced the charter's signers as bankrupt politicians and self-appointed agents of anti-Communist centres abroad.

The charter, dated Jan. 1 and signed by 242 people, calls on the government to respect the human rights covenants that it ratified last year, among them freedom of speech, religion and travel.

Police stopped a car carrying Havel, the novelist Ludvik Vaculik and the actor Pavel Landovsky in the capital on Jan. 6 and seized the text and the signatures, which were being taken to parliament. The three were held for questioning and later released.

Police have since questioned dozens of signatories and searched their flats, according to friends of the group. Former Foreign Minister Jiri Hajek, another spokesman, said he had been interrogated for several hours on Monday.

The manifesto was published abroad last week by newspapers in West Germany, France, Britain and Italy, and Western radio stations have broadcast it into the country.

Rude Pravo did not print the text of the charter. It called on workers to condemn the signatories at factory meetings.

The government has not said whether any of the signatories will be put on trial.

The philosopher Jan Patocka, the third spokesman, said the group would not be intimidated.
""")
CCOP = A("Czechoslovak police", "CZE", "COP")
HAVEL = A("Vaclav Havel", "CZE", ["OPP", "CVL"])
C77 = A("Charter 77 signatories", "CZE", ["OPP", "CVL"])
RP = A("Rude Pravo", "CZE", ["MED", "PTY", "GOV"])
CGOV = A("Czechoslovakia's government", "CZE", "GOV")
E("bx07", "Czech police arrest playwright Havel as party", CCOP, HAVEL, ["17"], "173", "1977-01-14", None, False,
  "headline")
E("bx07", "Police arrested the playwright Vaclav Havel, a", CCOP, HAVEL, ["17"], "173", "1977-01-14",
  P("Prague", "CZE"), True, "arrest 173; 'at his Prague flat' names the place; 'on Friday' "
  "before a Saturday paper; Czechoslovakia is CZE, as CAMEO's country list folds it into its successor")
E("bx07", "two days after the Communist Party daily", RP, C77, ["11"], "111", "1977-01-12", None, True,
  "denunciation 111 in a dated 'two days after' clause with its own agent: required, Wednesday, Jan. 12; the party "
  "paper speaks for the party")
E("bx07", "calls on the government to respect the", C77, CGOV, DEMAND, "1043", "1977-01-01", None, True,
  "demand for rights 1043 (10/02); a document 'dated Jan. 1'")
E("bx07", "seized the text and the signatures, which", CCOP, HAVEL, ["17"], "1711", "1977-01-06", P("Prague", "CZE"),
  True, "stopping the car and confiscating the papers 1711; 'in the capital' = Prague; 'on Jan. 6'; first member of "
  "the compound object")
E("bx07", "seized the text and the signatures, which", CCOP, A("Ludvik Vaculik", "CZE", ["OPP", "CVL"]), ["17"], "1711",
  "1977-01-06", P("Prague", "CZE"), False, "second member: optional (Landovsky, third, not listed)")
E("bx07", "The three were held for questioning and", CCOP, HAVEL, ["17"], "173", "1977-01", None, False,
  "agentless passive: optional")
E("bx07", "Police have since questioned dozens of signatories", CCOP, C77, ["17"], "170", "1977-01", None, True,
  "questioning and searches 170 (17); the friends' account is not disputed and the story turns on the crackdown; "
  "'since' Jan. 6: month")
E("bx07", "said he had been interrogated for several", CCOP, A("Jiri Hajek", "CZE", ["OPP", "CVL"]), ["17"], "170",
  "1977-01-10", None, False, "agentless passive inside his own account: optional; 'on Monday' = Jan. 10")
E("bx07", "It called on workers to condemn the", RP, A("Czechoslovak workers", "CZE", "LAB"), ["02", "10"], "020",
  "1977-01", None, False, "appeal to workers 020: optional")
F("bx07", "Rude Pravo did not print the text", "negated act")
F("bx07", "The government has not said whether any", "negated statement and speculation about trials")

# ---------------------------------------------------------------- bx08 Stockholm, Europe/Eurasia (Sweden / USSR)
S("bx08", "1986-04-30", "Europe/Eurasia", """
Sweden demands answers as Moscow admits accident at Chernobyl nuclear plant

STOCKHOLM, Sweden —

The Soviet Union acknowledged on Monday evening that an accident had damaged a reactor at the Chernobyl nuclear power station in the Ukraine, hours after Swedish monitors detected high levels of radiation blowing across the Baltic and traced it to Soviet territory.

The Swedish Foreign Ministry summoned a Soviet diplomat on Monday afternoon to demand an explanation. Sweden's government later demanded that Moscow give full information about the accident, and Energy Minister Birgitta Dahl accused the Soviet authorities of failing to warn their neighbours. On Tuesday, Prime Minister Ingvar Carlsson called the delay unacceptable.

The official news agency Tass said that measures were being taken to deal with the consequences and that aid was being given to those affected. On Tuesday the Council of Ministers said two people had been killed.

Soviet diplomats in Stockholm asked the Swedish nuclear inspectorate on Tuesday for advice on putting out a fire in the reactor's graphite core, officials said. A similar request was made in Bonn.

In Washington, President Reagan offered American help.

Denmark and Finland also protested at the delay in informing them.

Workers at the Forsmark plant north of Stockholm had been sent home on Monday morning when radioactive particles were found on their clothes, before experts concluded that the source lay outside Sweden.

It was not known how much radioactive material had escaped from the plant.
""")
SWE = A("Sweden's government", "SWE", "GOV")
SUN = A("Soviet government", "RUS", "GOV")
E("bx08", "Sweden demands answers as Moscow admits accident", SWE, SUN, DEMAND, "101", "1986-04", None, False, "headline")
E("bx08", "The Swedish Foreign Ministry summoned a Soviet", SWE, SUN, ["11", "10"], "114", "1986-04-28", None, True,
  "summoning a diplomat to demand an explanation 114 (11/10); 'on Monday afternoon' before a Wednesday paper; the "
  "Soviet Union is RUS, as CAMEO's country list folds it into Russia")
E("bx08", "Sweden's government later demanded that Moscow give", SWE, SUN, DEMAND, "101", "1986-04", None, True,
  "demand for information 101 (10/02); 'Moscow' is an actor; 'later' gives no day: month")
E("bx08", "accused the Soviet authorities of failing to", A("Birgitta Dahl", "SWE", "GOV"), SUN, ["11"], "112",
  "1986-04", None, True, "accusation 112, second clause with its own speaker: required; month")
E("bx08", "Prime Minister Ingvar Carlsson called the delay", A("Ingvar Carlsson", "SWE", "GOV"), SUN, ["11"], "111",
  "1986-04-29", None, True, "criticism 111; 'On Tuesday' before a Wednesday paper")
E("bx08", "Soviet diplomats in Stockholm asked the Swedish", SUN, A("Swedish nuclear inspectorate", "SWE", "GOV"),
  ["02"], "020", "1986-04-29", P("Stockholm", "SWE"), True, "request for technical help 020 (02); 'on Tuesday' "
  "before a Wednesday paper; 'in Stockholm' names the place")
E("bx08", "A similar request was made in Bonn", SUN, A("West Germany", "DEU", "GOV"), ["02"], "020", "1986-04",
  P("Bonn", "DEU"), False, "agentless passive restating the request: optional")
E("bx08", "In Washington, President Reagan offered American help", A("Ronald Reagan", "USA", "GOV"), SUN, ["03", "07"],
  "033", "1986-04", P("Washington", "USA"), False, "offer of aid 033 (03/07); single outside reaction: optional")
E("bx08", "Denmark and Finland also protested at the", A("Denmark", "DNK", "GOV"), SUN, ["11"], "114", "1986-04", None,
  True, "official complaint 114; the story turns on the neighbours' protests; first member required; month")
E("bx08", "Denmark and Finland also protested at the", A("Finland", "FIN", "GOV"), SUN, ["11"], "114", "1986-04", None,
  False, "second member: optional")
F("bx08", "Workers at the Forsmark plant north of", "no actor: workers sent home by their plant, no political event")
F("bx08", "It was not known how much radioactive", "speculation and count")

# ---------------------------------------------------------------- bx09 Havana, Americas (Cuba / United States)
S("bx09", "1976-10-16", "Americas", """
Castro blames CIA for Cuban airliner bombing, scraps hijacking pact with U.S.

HAVANA, Cuba —

President Fidel Castro accused the U.S. Central Intelligence Agency on Friday of organising the bombing of a Cuban airliner that killed all 73 people aboard, and said Cuba would end its 1973 agreement with the United States on the return of hijackers.

Speaking to hundreds of thousands of people in Revolution Square at a memorial for the victims, Castro said the CIA had trained and financed the Cuban exiles behind the attack.

The Cubana de Aviacion DC-8 plunged into the sea off Barbados on Oct. 6, minutes after taking off for Jamaica and Havana. Among the dead were 24 members of Cuba's national fencing team, 11 Guyanese and five North Koreans.

Police in Trinidad arrested two Venezuelans who had left the plane in Barbados, and Venezuela has since detained two Cuban exiles, Orlando Bosch and Luis Posada Carriles, on suspicion of planning the attack.

In Washington, the State Department denied on Friday that the United States had any connection with the bombing.

Guyana's prime minister, Forbes Burnham, has also said that the attack was planned by exiles working with foreign intelligence agents.

The hijacking agreement had almost ended the flights of hijacked American airliners to Cuba that were common in the late 1960s.

Whether the decision would set back last year's tentative moves towards better relations between Havana and Washington was unclear.
""")
CASTRO = A("Fidel Castro", "CUB", "GOV")
CIA = A("Central Intelligence Agency", "USA", ["SPY", "GOV"])
USG = A("United States", "USA", "GOV")
EXILE = A("Cuban exiles", "CUB", ["RAD", "OPP"])
E("bx09", "Castro blames CIA for Cuban airliner bombing", CASTRO, CIA, ["11"], "112", "1976-10-15", None, False,
  "headline")
E("bx09", "accused the U.S. Central Intelligence Agency on", CASTRO, CIA, ["11"], "112", "1976-10-15", None, True,
  "accusation 112; 'on Friday' before a Saturday paper")
E("bx09", "said Cuba would end its 1973 agreement", CASTRO, USG, ["16", "12"], "160", "1976-10-15", None, True,
  "announced termination of the hijacking accord 160 (16/12): a decision announced, not a mere intention")
E("bx09", "Castro said the CIA had trained and", CASTRO, CIA, ["11"], "112", "1976-10", P("Havana", "CUB"), False,
  "elaboration of the lead's accusation: optional; Revolution Square is in Havana (the dateline)")
E("bx09", "Police in Trinidad arrested two Venezuelans who", A("Trinidad and Tobago police", "TTO", "COP"),
  A("Venezuelan suspects", "VEN", ["CRM", "CVL"]), ["17"], "173", "1976-10", P("Trinidad", "TTO"), True,
  "arrest 173; 'in Trinidad' names the place; no day: month")
E("bx09", "and Venezuela has since detained two Cuban", A("Venezuela", "VEN", ["GOV", "COP"]),
  A("Orlando Bosch", "CUB", ["RAD", "OPP"]), ["17"], "173", "1976-10", None, True,
  "detention 173; 'has since' after Oct. 6: month; first member of the compound object")
E("bx09", "and Venezuela has since detained two Cuban", A("Venezuela", "VEN", ["GOV", "COP"]),
  A("Luis Posada Carriles", "CUB", ["RAD", "OPP"]), ["17"], "173", "1976-10", None, False, "second member: optional")
E("bx09", "the State Department denied on Friday that", A("U.S. State Department", "USA", "GOV"), CASTRO, DENY, "016",
  "1976-10-15", P("Washington", "USA"), True, "denial 016 (01/12); 'In Washington' is where it spoke")
E("bx09", "has also said that the attack was", A("Forbes Burnham", "GUY", "GOV"), EXILE, ["11"], "112", "1976-10",
  None, False, "undated present-perfect outside accusation: optional, month")
F("bx09", "The hijacking agreement had almost ended the", "history of the accord, no actor")
F("bx09", "Whether the decision would set back last", "speculation")

# ---------------------------------------------------------------- bx10 Washington, Americas (United States / Nicaragua)
S("bx10", "1984-04-11", "Americas", """
Senate votes to condemn mining of Nicaraguan ports as Managua takes U.S. to World Court

WASHINGTON, United States —

The Senate voted 84 to 12 on Tuesday to condemn the use of U.S. funds to mine Nicaragua's harbours, a sharp rebuke to the Reagan administration after reports that the Central Intelligence Agency had directed the operation.

The non-binding resolution was sponsored by Senator Edward Kennedy, a Massachusetts Democrat, and was backed by many Republicans.

On Monday, Nicaragua filed suit against the United States at the International Court of Justice in The Hague, accusing it of mining its ports and of arming the rebels fighting the Sandinista government.

The administration had told the court on Friday that it would not accept its jurisdiction over disputes involving Central America for two years, a step officials said was meant to keep the court from being used for propaganda.

Mines laid since January have damaged at least seven ships from several countries, among them a Soviet tanker that was holed off Puerto Sandino last month. Moscow protested to Washington last month, calling the mining an act of banditry and piracy. Last week, the United States vetoed a Security Council resolution condemning the mining.

The rebel Nicaraguan Democratic Force has said it laid the mines. France said it was ready to help clear them, and Britain voiced its disapproval.

Senator Barry Goldwater, the Republican chairman of the Intelligence Committee, said he had never been told about the operation.

Whether the House of Representatives would pass a similar measure this week was not yet clear.
""")
SEN = A("U.S. Senate", "USA", ["LEG", "GOV"])
USADM = A("Reagan administration", "USA", "GOV")
NIC = A("Nicaragua", "NIC", "GOV")
ICJ = A("International Court of Justice", "UNO", ["IGO", "JUD"])
E("bx10", "Senate votes to condemn mining of Nicaraguan", SEN, USADM, ["11"], "111", "1984-04-10", None, False,
  "headline")
E("bx10", "as Managua takes U.S. to World Court", NIC, USG, ["11"], "115", "1984-04-09", None, False, "headline")
E("bx10", "The Senate voted 84 to 12 on", SEN, USADM, ["11"], "111", "1984-04-10", None, True,
  "condemnation by vote 111; 'on Tuesday' before a Wednesday paper; the Senate sits in the dateline city but the "
  "clause names no place")
E("bx10", "reports that the Central Intelligence Agency had", CIA, NIC, ["19"], "190", "1984", None, False,
  "the mining as the content of press reports: optional, undated (year)")
E("bx10", "Nicaragua filed suit against the United States", NIC, USG, ["11"], "115", "1984-04-09",
  P("The Hague", "NLD"), True, "lawsuit 115; 'On Monday'; 'in The Hague' names the place")
E("bx10", "accusing it of mining its ports and", NIC, USG, ["11"], "112", "1984-04-09", P("The Hague", "NLD"), False,
  "the suit's charges in a participle: optional restatement")
E("bx10", "The administration had told the court on", USADM, ICJ, ["12"], "128", "1984-04-06", None, True,
  "rejecting the court's jurisdiction 128 (12); dated background 'on Friday' = April 6")
E("bx10", "Moscow protested to Washington last month, calling", A("Soviet government", "RUS", "GOV"), USG, ["11"],
  "114", "1984-03", None, True, "official protest 114; 'Moscow' and 'Washington' are actors; 'last month' = March; "
  "the Soviet Union is RUS (as bx08)")
E("bx10", "the United States vetoed a Security Council", USG, A("U.N. Security Council", "UNO", "IGO"), ["12"], "120",
  "1984-04", None, True, "veto of a resolution 120 (12); 'Last week' in an April 11 paper falls in April: month")
E("bx10", "The rebel Nicaraguan Democratic Force has said", A("Nicaraguan Democratic Force", "NIC", ["REB", "OPP"]), NIC,
  ["19"], "190", "1984", None, False, "a claim of the mining, undated: optional")
E("bx10", "France said it was ready to help", A("France", "FRA", "GOV"), NIC, ["03", "07"], "033", "1984-04", None,
  False, "offer of help 033, outside reaction: optional")
E("bx10", "and Britain voiced its disapproval", A("Britain", "GBR", "GOV"), USG, ["11"], "111", "1984-04", None, False,
  "outside reaction: optional")
F("bx10", "said he had never been told about", "negated: nobody told him")
F("bx10", "Whether the House of Representatives would pass", "speculation")

# ---------------------------------------------------------------- bx11 Colombo, Asia (Sri Lanka)
S("bx11", "1996-02-01", "Asia", """
Suicide truck bomb kills scores at Sri Lanka's Central Bank; government blames Tigers

COLOMBO, Sri Lanka —

A truck packed with explosives blew up at the entrance of the Central Bank in the heart of the capital on Wednesday morning, killing at least 53 people and wounding more than 1,000.

Police said suicide bombers of the Liberation Tigers of Tamil Eelam rammed the truck through the gates after gunmen riding with it fired rockets and rifles at the bank's guards. Two of the attackers were shot dead by soldiers as they fled, and a third was caught by a crowd.

President Chandrika Kumaratunga, speaking on national television, accused the Tigers of trying to wreck her plan to end the 13-year war by giving the regions wider powers, and said the attack would not stop the army.

Security forces detained more than 300 Tamils during house-to-house searches in the capital on Wednesday night.

The bombing came eight weeks after troops captured the northern town of Jaffna, the rebels' main stronghold, in an offensive that drove the guerrillas into the jungle.

Britain, India and the United States condemned the attack.

The fire that engulfed neighbouring office blocks, including a hotel and the old stock exchange, was still burning late on Wednesday. The death toll was expected to rise as rescuers searched the rubble.
""")
LTTE = A("Liberation Tigers of Tamil Eelam", "LKA", ["REB", "RAD"])
LKAM = A("Sri Lankan security forces", "LKA", ["MIL", "COP"])
E("bx11", "Suicide truck bomb kills scores at Sri", LTTE, A("Central Bank of Sri Lanka", "LKA", ["GOV", "BUS"]), ATTACK,
  "1831", "1996-01-31", None, False, "headline")
E("bx11", "Bank; government blames Tigers", A("Sri Lanka's government", "LKA", "GOV"), LTTE, ["11"], "112", "1996-01", None,
  False, "headline")
E("bx11", "Police said suicide bombers of the Liberation", LTTE, A("Central Bank of Sri Lanka", "LKA", ["GOV", "BUS"]),
  ATTACK, "1831", "1996-01", None, True, "suicide bombing 1831 (18/19/20); the lead is agentless, this sentence "
  "names the attackers (police account, not disputed); no day in the sentence: month")
E("bx11", "after gunmen riding with it fired rockets", LTTE, A("Central Bank guards", "LKA", ["COP", "GOV"]), ATTACK,
  "180", "1996-01", None, False, "part of the same attack: optional")
E("bx11", "Two of the attackers were shot dead", A("Sri Lankan soldiers", "LKA", "MIL"), LTTE, FIGHT, "190", "1996-01",
  None, True, "shooting fleeing attackers 190 (19/18/17, as owned54's fugitive), passive with its agent; month")
E("bx11", "and a third was caught by a", A("Colombo crowd", "LKA", "CVL"), LTTE, ["17"], "173", "1996-01", None, False,
  "capture by bystanders: optional")
E("bx11", "accused the Tigers of trying to wreck", A("Chandrika Kumaratunga", "LKA", "GOV"), LTTE, ["11"], "112",
  "1996-01", None, True, "accusation 112; no day of its own: month")
E("bx11", "Security forces detained more than 300 Tamils", LKAM, A("Tamil residents of Colombo", "LKA", "CVL"), ["17"],
  "173", "1996-01-31", P("Colombo", "LKA"), True, "mass detentions 173; 'in the capital' = Colombo; 'on Wednesday "
  "night' in a Thursday paper")
E("bx11", "eight weeks after troops captured the northern", A("Sri Lankan army", "LKA", "MIL"), LTTE, FIGHT, "190",
  "1995-12", P("Jaffna", "LKA"), True, "taking a town 190 (as owned54); dated background in an 'after' clause with "
  "its agent; 'eight weeks after' Jan. 31 gives December 1995 (month only)")
E("bx11", "Britain, India and the United States condemned", A("Britain", "GBR", "GOV"), LTTE, ["11"], "111", "1996-01",
  None, False, "outside reactions, first member: optional")
F("bx11", "The fire that engulfed neighbouring office blocks", "no actor: a fire burning")
F("bx11", "The death toll was expected to rise", "count and speculation")

# ---------------------------------------------------------------- bx12 Moscow, Europe/Eurasia (USSR: Azerbaijan / Armenia)
S("bx12", "1988-03-01", "Europe/Eurasia", """
Soviet troops impose curfew in Azerbaijani city after rioting over Karabakh

MOSCOW, Soviet Union —

Troops and armoured personnel carriers moved into the Azerbaijani industrial city of Sumgait on Monday, and military commanders imposed a curfew after two days of violence in which gangs attacked Armenian residents, the official news agency Tass said.

Tass said hooligan elements had provoked disorders and that there had been deaths, but it gave no figures. Armenians reached by telephone in Yerevan said mobs had dragged families from their flats and beaten people to death.

The unrest follows weeks of tension over Nagorno-Karabakh, a mainly Armenian region inside Azerbaijan. Its regional council voted on Feb. 20 to ask Moscow to transfer it to Armenia, and the Communist Party Central Committee rejected the request three days later.

Hundreds of thousands of Armenians then rallied in Yerevan, the Armenian capital, to back the demand.

Mikhail Gorbachev appealed on Friday to the peoples of both republics to show restraint and promised that the grievances of Karabakh's Armenians would be studied. He met two Armenian writers who had led the protests and urged them to call off the rallies.

Such open ethnic violence had been officially unthinkable in the Soviet Union for decades. It was not known how many people had died in Sumgait.
""")
SMIL = A("Soviet troops", "RUS", "MIL")
SRIOT = A("Sumgait rioters", "AZE", ["CVL", "CRM"])
ARMR = A("Armenian residents of Sumgait", "ARM", "CVL")
NKC = A("Nagorno-Karabakh regional council", "AZE", ["GOV", "LEG"])
ARMP = A("Armenian protesters", "ARM", ["CVL", "OPP"])
GORB = A("Mikhail Gorbachev", "RUS", "GOV")
E("bx12", "Soviet troops impose curfew in Azerbaijani city", SMIL, SRIOT, ["17"], "1723", "1988-02-29", None, False,
  "headline")
E("bx12", "Troops and armoured personnel carriers moved into", SMIL, SRIOT, ["15", "17"], "154", "1988-02-29",
  P("Sumgait", "AZE"), True, "troops sent in to quell a riot 154 (15/17); 'on Monday' before a Tuesday paper; the "
  "Soviet army is RUS (as bx08); Sumgait named")
E("bx12", "military commanders imposed a curfew after two", SMIL, SRIOT, ["17"], "1723", "1988-02-29",
  P("Sumgait", "AZE"), True, "curfew 1723, second clause with its own subject: required")
E("bx12", "in which gangs attacked Armenian residents, the", SRIOT, ARMR, ["18", "20", "14"], "180", "1988-02",
  P("Sumgait", "AZE"), True, "mob attacks 180 (18/20/14) in a relative with its agent; 'two days' before Monday is a "
  "span: month; ethnic Armenians are ARM as news-dev codes Karabakh's Armenians")
E("bx12", "Tass said hooligan elements had provoked disorders", SRIOT, None, VPROT, "145", "1988-02", None, False,
  "restatement of the riots: optional")
E("bx12", "said mobs had dragged families from their", SRIOT, ARMR, ["18", "20"], "1823", "1988-02", None, False,
  "killings inside an account by one side: optional")
E("bx12", "Its regional council voted on Feb. 20", NKC, SUN, DEMAND, "1044", "1988-02-20", None, True,
  "request for a transfer (change of institutions) 1044 (10/02); 'Moscow' is the actor addressed (RUS); Karabakh's "
  "council is AZE as news-dev places Karabakh")
E("bx12", "the Communist Party Central Committee rejected the", A("Soviet Communist Party Central Committee", "RUS",
  ["PTY", "GOV"]), NKC, ["12"], "1234", "1988-02-23", None, True, "rejecting the request 1234; 'three days later' "
  "= Feb. 23")
E("bx12", "Hundreds of thousands of Armenians then rallied", ARMP, SUN, ["14"], "141", "1988-02", P("Yerevan", "ARM"),
  True, "demonstration 141 against the rejection; 'then' gives the month; 'in Yerevan' names the place")
E("bx12", "Mikhail Gorbachev appealed on Friday to the", GORB, ARMP, ["02", "10"], "0256", "1988-02-26", None, True,
  "appeal for restraint 0256 (02/10); 'on Friday' = Feb. 26; first of 'both republics' (Armenia, whose rallies the "
  "story follows)")
E("bx12", "Mikhail Gorbachev appealed on Friday to the", GORB, A("Azerbaijanis", "AZE", "CVL"), ["02", "10"], "0256",
  "1988-02-26", None, False, "second republic: optional")
E("bx12", "He met two Armenian writers who had", GORB, A("Armenian writers", "ARM", ["CVL", "OPP"]), ["04"], "043",
  "1988-02", None, True, "meeting 043; 'He' = Gorbachev; no day of its own: month")
E("bx12", "urged them to call off the rallies", GORB, A("Armenian writers", "ARM", ["CVL", "OPP"]), DEMAND, "100",
  "1988-02", None, False, "appeal in the second clause: optional")
F("bx12", "Such open ethnic violence had been officially", "standing situation")
F("bx12", "It was not known how many people", "count and speculation")

write(HERE)
