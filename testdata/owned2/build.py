#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the second owned evaluation set (owned2) from the texts and codings below.

Written blind to dateline's coder (no code, lexicon or tests read). Coding notes are kept per line.
Run: python3 testdata/owned2/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import COUP, AGREE, DEMAND, DENY, VPROT, REPR, SANCT, CLASH  # noqa: E402


ATTACK = ["18", "19", "20"]

# ---------------------------------------------------------------- p01 Venezuela, Americas
S("p01", "2002-04-14", "Americas", """
Chavez back in power as interim leader Carmona quits

CARACAS, Venezuela —

Hugo Chavez returned to the presidential palace before dawn on Sunday, two days after the military high command forced him from office, as the interim government installed by the armed forces fell apart.

A helicopter flew Chavez to Miraflores palace from the Caribbean island of La Orchila, the last of several places where soldiers had held him since Friday. Thousands of his supporters, who had surrounded the palace on Saturday, cheered as he landed.

Business leader Pedro Carmona, sworn in as interim president on Friday, dissolved the National Assembly and the Supreme Court within hours of taking office. He resigned late on Saturday after paratroopers in the city of Maracay refused to recognise his government and several commanders withdrew their support.

In a televised address, Chavez called for calm and promised there would be no reprisals. "I am not here with any desire for revenge," he said.

The crisis began on Thursday, when a march by hundreds of thousands of opposition supporters on the palace ended in gunfire that killed at least 15 people. Hours later the army high command said Chavez had agreed to resign, a claim he later denied.

The United States had blamed the president's own government on Friday for provoking the crisis, while Latin American leaders meeting in Costa Rica condemned the interruption of constitutional rule.

Some analysts said a longer standoff could have split the armed forces. Dozens of people have died in four days of unrest, hospital officials said.
""")
CHAV = A("Hugo Chavez", "VEN", "GOV")
VMIL = A("Venezuelan military high command", "VEN", "MIL")
CARM = A("Pedro Carmona", "VEN", ["GOV", "BUS"])
CHSUP = A("Chavez supporters", "VEN", "CVL")
E("p01", "interim leader Carmona quits", CARM, A("paratroopers and Chavez supporters", "VEN", ["MIL", "CVL"]), ["08"],
  "0831", "2002-04-13", None, False, "headline; resignation under pressure (0831, as news-dev d09)")
E("p01", "the military high command forced him from office", VMIL, CHAV, COUP, "170", "2002-04-12", None, True,
  "the coup; 'two days after' Sunday = Friday 12 Apr; 'him' = Chavez")
E("p01", "where soldiers had held him since Friday", A("Venezuelan soldiers", "VEN", "MIL"), CHAV, ["17"], "173",
  "2002-04-12", P("La Orchila", "VEN"), True,
  "unnamed soldiers of the story's country; detention began Friday; La Orchila is the last of the places named")
E("p01", "who had surrounded the palace on Saturday", CHSUP, CARM, ["14"], "141", "2002-04-13", P("Caracas", "VEN"), True,
  "'his supporters' = Chavez's; target the interim government (Carmona); the palace = Miraflores in Caracas")
E("p01", "dissolved the National Assembly and the Supreme Court", CARM,
  A("National Assembly", "VEN", ["LEG", "GOV"]), ["17", "19"], "170", "2002-04-12", None, True,
  "part of the takeover; 'within hours' of Friday's swearing-in; the Supreme Court (VEN JUD) as second target is fine")
E("p01", "He resigned late on Saturday after paratroopers", CARM,
  A("paratroopers and Chavez supporters", "VEN", ["MIL", "CVL"]), ["08"], "0831", "2002-04-13", None, True,
  "'He' = Carmona; resignation under pressure, implied target those pressing")
E("p01", "refused to recognise his government", A("Venezuelan paratroopers", "VEN", "MIL"), CARM, ["12"], "120",
  "2002-04", P("Maracay", "VEN"), False, "refusal to recognise; date not fixed beyond 12-13 Apr")
E("p01", "several commanders withdrew their support", A("Venezuelan commanders", "VEN", "MIL"), CARM, ["12", "16"], "120",
  "2002-04", None, False)
E("p01", "Chavez called for calm and promised there would", CHAV, A("Venezuelans", "VEN", "CVL"), ["02", "10"], "020",
  "2002-04-14", None, False, "appeal for calm (and an assurance); target implied")
E("p01", "a march by hundreds of thousands of opposition", A("Venezuelan opposition", "VEN", "OPP"), CHAV, ["14"], "141",
  "2002-04-11", P("Caracas", "VEN"), True, "Thursday = 11 Apr; 'on the palace' = Miraflores; the gunfire is agentless")
E("p01", "a claim he later denied", CHAV, VMIL, DENY, "016", "2002-04", None, False, "'he' = Chavez; 'later' undated")
E("p01", "The United States had blamed the president's own", A("United States", "USA", "GOV"),
  A("Venezuelan government", "VEN", "GOV"), ["11"], "112", "2002-04-12", None, True, "pluperfect with 'on Friday'")
E("p01", "Latin American leaders meeting in Costa Rica condemned", A("Latin American leaders (Rio Group)", None, "GOV"),
  A("Venezuela's interim authorities", "VEN", ["GOV", "MIL"]), ["11"], "111", "2002-04", P("Costa Rica", "CRI"), True,
  "regional group: country null; place named in the clause; date only by 'while' with Friday: month")
F("p01", "a longer standoff could have split the armed forces", "speculation (hypothetical)")
F("p01", "Dozens of people have died in four days", "casualty count")

# ---------------------------------------------------------------- p02 UN Security Council / Syria, Middle East
S("p02", "2012-02-05", "Middle East", """
Russia and China veto UN resolution on Syria

NEW YORK, United States —

Russia and China on Saturday vetoed a draft U.N. Security Council resolution backing an Arab League plan for Syria, hours after opposition activists said government forces had killed more than 200 people in the city of Homs.

The other 13 members of the council voted for the text, which Morocco had put forward with the support of Western and Arab governments. It called on President Bashar al-Assad to hand power to his deputy but did not threaten sanctions or military action.

U.S. Ambassador Susan Rice said Washington was "disgusted" by the two vetoes. Russia's envoy, Vitaly Churkin, said the draft sent an "unbalanced signal" to the Syrian parties and accused its sponsors of ignoring Moscow's amendments.

Activists said troops had shelled residential districts of Homs through the night. The Syrian government denied the report, saying the pictures had been staged by "armed terrorist groups".

Protesters broke into Syria's embassy in Cairo on Saturday and set part of the building on fire, while German police detained about 20 people who had forced their way into the embassy in Berlin.

Russian Foreign Minister Sergei Lavrov is due to travel to Damascus on Tuesday to meet Assad.
""")
UNSC = A("UN Security Council", "UNO", "IGO")
RUSG = A("Russia", "RUS", "GOV")
CHNG = A("China", "CHN", "GOV")
SYRG = A("Syrian government", "SYR", "GOV")
E("p02", "Russia and China veto UN resolution", RUSG, UNSC, ["12"], "129", "2012-02-04", None, False, "headline; 129 veto")
E("p02", "Russia and China veto UN resolution", CHNG, UNSC, ["12"], "129", "2012-02-04", None, False, "headline, second vetoer")
E("p02", "Russia and China on Saturday vetoed a draft", RUSG, UNSC, ["12"], "129", "2012-02-04", None, True,
  "veto; target the council (a coder targeting the sponsors, Morocco, is defensible)")
E("p02", "Russia and China on Saturday vetoed a draft", CHNG, UNSC, ["12"], "129", "2012-02-04", None, True,
  "second vetoer in a compound subject: required like the first")
E("p02", "government forces had killed more than 200", A("Syrian forces", "SYR", "MIL"), A("Homs residents", "SYR", "CVL"),
  ["19", "18", "20"], "190", "2012-02", P("Homs", "SYR"), False,
  "content of the activists' report, denied by Damascus: alleged, so optional")
E("p02", 'said Washington was "disgusted" by the two', A("Susan Rice", "USA", "GOV"), RUSG, ["11"], "111", "2012-02",
  None, True, "criticism of the vetoers; Russia first-mentioned vetoer; undated 'said' near publication: month")
E("p02", 'said Washington was "disgusted" by the two', A("Susan Rice", "USA", "GOV"), CHNG, ["11"], "111", "2012-02",
  None, False, "second target of the criticism")
E("p02", "accused its sponsors of ignoring Moscow's amendments", A("Vitaly Churkin", "RUS", "GOV"),
  A("Morocco (the draft's sponsors)", "MAR", "GOV"), ["11"], "112", "2012-02", None, False,
  "'its sponsors' = Morocco and backers; vague target")
E("p02", "troops had shelled residential districts of Homs", A("Syrian forces", "SYR", "MIL"),
  A("Homs residents", "SYR", "CVL"), ["19", "18"], "194", "2012-02", P("Homs", "SYR"), False,
  "alleged (reported by activists, denied by the government); 'through the night' before Saturday")
E("p02", "The Syrian government denied the report", SYRG, A("Syrian opposition activists", "SYR", "OPP"), DENY, "016",
  "2012-02", None, True, "denial of the activists' report")
E("p02", "Protesters broke into Syria's embassy in Cairo", A("protesters in Cairo", "EGY", "CVL"), SYRG, VPROT, "145",
  "2012-02-04", P("Cairo", "EGY"), True, "unnamed crowd: country from the place, as news-dev d01's crowds in Niamey")
E("p02", "German police detained about 20 people", A("German police", "DEU", "COP"),
  A("protesters at the Syrian embassy in Berlin", None, "CVL"), ["17"], "173", "2012-02-04", P("Berlin", "DEU"), True,
  "date from 'on Saturday ... while'; protesters of no stated nationality")
F("p02", "did not threaten sanctions or military action", "content of a draft, negated threat")
F("p02", "is due to travel to Damascus on Tuesday", "future visit")

# ---------------------------------------------------------------- p03 India/Israel, Middle East
S("p03", "2017-07-05", "Middle East", """
India and Israel sign seven pacts as Modi makes historic visit

JERUSALEM, Israel —

Indian Prime Minister Narendra Modi and his Israeli counterpart Benjamin Netanyahu signed seven agreements on Wednesday covering water, farming and space research, on the second day of the first visit to Israel by an Indian head of government.

The two leaders also agreed to set up a $40 million fund for joint research and development, and said relations between their countries had been raised to a strategic partnership.

Netanyahu broke with protocol on Tuesday to greet Modi on the tarmac at Ben Gurion airport, telling him: "We have been waiting for you for 70 years."

On Wednesday Modi met Moshe Holtzberg, an Israeli boy of 10 whose parents were killed when gunmen attacked a Jewish centre in Mumbai in 2008. The boy's Indian nanny carried him to safety during the siege.

Modi invited Netanyahu to visit India, and the Israeli leader accepted, officials on both sides said.

India recognised Israel in 1950, but for decades it kept its distance and has long been a vocal supporter of the Palestinian cause. Modi is not scheduled to visit the Palestinian territories on this trip, breaking with the practice of earlier Indian leaders.

India has become one of the biggest buyers of Israeli weapons, spending about $1 billion a year.
""")
MODI = A("Narendra Modi", "IND", "GOV")
NET = A("Benjamin Netanyahu", "ISR", "GOV")
E("p03", "India and Israel sign seven pacts", A("India", "IND", "GOV"), A("Israel", "ISR", "GOV"), AGREE, "057", "2017-07-05",
  None, False, "headline")
E("p03", "as Modi makes historic visit", MODI, A("Israel", "ISR", "GOV"), ["04"], "042", "2017-07", None, False,
  "headline, second event")
E("p03", "signed seven agreements on Wednesday covering water", MODI, NET, AGREE, "057", "2017-07-05", None, True,
  "joint: first-mentioned direction required; place not named in the clause")
E("p03", "signed seven agreements on Wednesday covering water", NET, MODI, AGREE, "057", "2017-07-05", None, False,
  "reverse")
E("p03", "the first visit to Israel by an Indian", MODI, A("Israel", "ISR", "GOV"), ["04"], "042", "2017-07", None, False,
  "nominal visit")
E("p03", "agreed to set up a $40 million fund", MODI, NET, AGREE, "031", "2017-07-05", None, True,
  "'The two leaders' = Modi and Netanyahu; date from the first paragraph's Wednesday")
E("p03", "agreed to set up a $40 million fund", NET, MODI, AGREE, "031", "2017-07-05", None, False, "reverse")
E("p03", "Netanyahu broke with protocol on Tuesday", NET, MODI, ["04"], "043", "2017-07-04",
  P("Ben Gurion airport", "ISR"), True, "greeting a visitor: host (043); place named in the clause")
E("p03", "On Wednesday Modi met Moshe Holtzberg", MODI, A("Moshe Holtzberg", "ISR", "CVL"), ["04"], "040", "2017-07-05",
  None, True)
E("p03", "gunmen attacked a Jewish centre in Mumbai", A("gunmen", None, None),
  A("Jewish centre (Holtzberg's parents)", "ISR", "CVL"), ATTACK, "180", "2008", P("Mumbai", "IND"), True,
  "dated background; unnamed gunmen null/null; victims Israeli rabbi couple")
E("p03", "Modi invited Netanyahu to visit India", MODI, NET, ["03", "04"], "036", "2017-07", None, False,
  "invitation; undated near publication")
E("p03", "the Israeli leader accepted, officials on both", NET, MODI, ["03", "04"], "036", "2017-07", None, False,
  "'the Israeli leader' = Netanyahu")
E("p03", "India recognised Israel in 1950", A("India", "IND", "GOV"), A("Israel", "ISR", "GOV"), ["05"], "054", "1950",
  None, True, "dated background: diplomatic recognition")
F("p03", "Modi is not scheduled to visit the Palestinian", "negated future visit")
F("p03", "one of the biggest buyers of Israeli weapons", "standing situation and figures")

# ---------------------------------------------------------------- p04 Uganda, Africa
S("p04", "2016-02-20", "Africa", """
Museveni declared winner in Uganda as rival Besigye held at home

KAMPALA, Uganda —

Uganda's electoral commission declared President Yoweri Museveni the winner of Thursday's election on Saturday, extending his 30-year rule, while police kept his main challenger, Kizza Besigye, confined to his home outside the capital.

The commission's chairman, Badru Kiggundu, said Museveni had won 60.8 percent of the vote against 35.4 percent for Besigye, who has now lost four elections to him.

Besigye's Forum for Democratic Change rejected the result as fraudulent and demanded an independent audit of the count.

On Friday police fired tear gas and stun grenades at the party's headquarters in Kampala and detained Besigye and other senior officials for several hours.

Authorities blocked access to Facebook, Twitter and WhatsApp on polling day, saying the sites could be used to spread false information.

The head of the European Union's observer mission, Eduard Kukan, said the commission had lacked independence and transparency, and that voters had faced an atmosphere of intimidation.

U.S. Secretary of State John Kerry telephoned Museveni on Friday to raise concern about the detention of opposition figures, the State Department said.

Analysts said a court challenge by the opposition would be unlikely to succeed.
""")
MUS = A("Yoweri Museveni", "UGA", "GOV")
BES = A("Kizza Besigye", "UGA", ["OPP", "PTY"])
FDC = A("Forum for Democratic Change", "UGA", ["OPP", "PTY"])
UEC = A("Ugandan electoral commission", "UGA", "GOV")
UPOL = A("Ugandan police", "UGA", "COP")
E("p04", "as rival Besigye held at home", UPOL, BES, ["17"], "173", "2016-02-20", None, False, "headline; agentless")
E("p04", "confined to his home outside the capital", UPOL, BES, ["17"], "173", "2016-02-20", None, True,
  "house arrest by unnamed police of the story's country; home not named")
E("p04", "rejected the result as fraudulent and demanded", FDC, UEC, ["12", "11"], "120", "2016-02", None, True,
  "rejection of the result, with an accusation of fraud")
E("p04", "demanded an independent audit of the count", FDC, UEC, DEMAND, "100", "2016-02", None, True)
E("p04", "police fired tear gas and stun grenades", UPOL, FDC, REPR, "175", "2016-02-19", P("Kampala", "UGA"), True,
  "'the party' = FDC")
E("p04", "detained Besigye and other senior officials", UPOL, BES, ["17"], "173", "2016-02-19", P("Kampala", "UGA"), True)
E("p04", "Authorities blocked access to Facebook, Twitter", A("Ugandan government", "UGA", "GOV"), None, ["17"], "1721",
  "2016-02-18", None, True, "restriction on freedoms; polling day = Thursday 18 Feb; no target actor (the platforms are "
  "the object, the public the implied target)")
E("p04", "said the commission had lacked independence", A("Eduard Kukan", "EUR", "IGO"), UEC, ["11"], "111", "2016-02",
  None, True, "EU observer criticism")
E("p04", "Kerry telephoned Museveni on Friday", A("John Kerry", "USA", "GOV"), MUS, ["04"], "041", "2016-02-19", None, True)
E("p04", "Kerry telephoned Museveni on Friday", MUS, A("John Kerry", "USA", "GOV"), ["04"], "041", "2016-02-19", None,
  False, "reverse of the call")
E("p04", "to raise concern about the detention", A("John Kerry", "USA", "GOV"), A("Ugandan government", "UGA", "GOV"),
  ["11", "02", "10"], "111", "2016-02-19", None, False, "concern over detentions: criticism or appeal")
F("p04", "Museveni had won 60.8 percent of the vote", "vote count")
F("p04", "a court challenge by the opposition would be", "speculation")

# ---------------------------------------------------------------- p05 India/China, Asia
S("p05", "2020-06-17", "Asia", """
Twenty Indian soldiers killed in border clash with Chinese troops

NEW DELHI, India —

Indian and Chinese troops clashed in the disputed Galwan Valley in the Ladakh region on Monday night, leaving 20 Indian soldiers dead in the first deadly confrontation on the two countries' border in 45 years, the Indian army said.

The soldiers fought with stones and iron rods in the darkness, and some fell into the fast-flowing river below. No shots were fired, in line with a long-standing practice that keeps firearms away from the contested frontier.

China's foreign ministry spokesman Zhao Lijian on Tuesday accused Indian troops of twice crossing the border line and of provoking and attacking Chinese personnel. He did not say whether any Chinese soldiers had died.

India's foreign ministry said late on Tuesday that the violence had resulted from an attempt by the Chinese side to change the status quo unilaterally.

Foreign ministers Subrahmanyam Jaishankar and Wang Yi spoke by telephone on Wednesday. Wang demanded that New Delhi punish those responsible, while Jaishankar told him the Chinese action had been "premeditated and planned", India said.

Prime Minister Narendra Modi said the sacrifice of the soldiers would not be in vain, adding that India wanted peace but was capable of giving a "befitting reply" if provoked.

Senior officers from both armies met on Tuesday to try to calm the situation, Indian officials said.

The 3,500-km frontier has never been formally demarcated.
""")
INDM = A("Indian army", "IND", "MIL")
CHNM = A("Chinese troops", "CHN", "MIL")
JAI = A("Subrahmanyam Jaishankar", "IND", "GOV")
WANG = A("Wang Yi", "CHN", "GOV")
E("p05", "Twenty Indian soldiers killed in border clash", CHNM, INDM, CLASH, "190", "2020-06-15", None, False,
  "headline: the killing of Indian soldiers by Chinese troops")
E("p05", "Indian and Chinese troops clashed in the disputed", INDM, CHNM, CLASH, "190", "2020-06-15",
  P("Galwan Valley", "IND"), True, "joint clash: first-mentioned (India) as source required; Monday night = 15 Jun; "
  "Galwan Valley in Indian-administered Ladakh coded IND, as news-dev codes Indian-administered Kashmir")
E("p05", "Indian and Chinese troops clashed in the disputed", CHNM, INDM, CLASH, "190", "2020-06-15",
  P("Galwan Valley", "IND"), False, "reverse of the clash")
E("p05", "The soldiers fought with stones and iron rods", INDM, CHNM, CLASH, "190", "2020-06-15", None, False,
  "restatement of the clash; 'The soldiers' = both sides")
E("p05", "accused Indian troops of twice crossing", A("Zhao Lijian", "CHN", "GOV"), INDM, ["11"], "112", "2020-06-16",
  None, True, "the crossing and attacking are the content of the accusation (alleged), not events")
E("p05", "an attempt by the Chinese side to change", A("Indian foreign ministry", "IND", "GOV"),
  A("China", "CHN", ["GOV", "MIL"]), ["11"], "112", "2020-06-16", None, True, "accusation; 'late on Tuesday'")
E("p05", "Jaishankar and Wang Yi spoke by telephone", JAI, WANG, ["04"], "041", "2020-06-17", None, True,
  "first-mentioned direction required")
E("p05", "Jaishankar and Wang Yi spoke by telephone", WANG, JAI, ["04"], "041", "2020-06-17", None, False, "reverse")
E("p05", "Wang demanded that New Delhi punish those", WANG, A("Indian government", "IND", "GOV"), DEMAND, "100",
  "2020-06-17", None, True, "date from the call on Wednesday")
E("p05", "Jaishankar told him the Chinese action had been", JAI, WANG, ["11"], "112", "2020-06-17", None, True,
  "'him' = Wang; accusation that the attack was planned; target Wang or China")
E("p05", 'capable of giving a "befitting reply" if provoked', MODI, A("China", "CHN", None), ["13"], "138", "2020-06",
  None, False, "conditional warning; target China only implied")
E("p05", "Senior officers from both armies met on Tuesday", INDM, CHNM, ["04"], "040", "2020-06-16", None, False,
  "joint meeting with no first-mentioned party; both directions optional")
E("p05", "Senior officers from both armies met on Tuesday", CHNM, INDM, ["04"], "040", "2020-06-16", None, False,
  "reverse")
F("p05", "No shots were fired, in line with", "negated event")
F("p05", "has never been formally demarcated", "standing situation")

# ---------------------------------------------------------------- p06 Iran/UK, Middle East
S("p06", "2007-04-04", "Middle East", """
Iran to free 15 British sailors as "gift" to Britain

TEHRAN, Iran —

President Mahmoud Ahmadinejad said on Wednesday that Iran would free the 15 British sailors and marines it seized in the northern Gulf last month, calling the release a gift to the British people.

Speaking at a news conference in Tehran, Ahmadinejad said he had pardoned the crew despite what he called their violation of Iranian waters. He then pinned medals on the Revolutionary Guards commanders who had captured them.

Iran has said the sailors from the frigate HMS Cornwall strayed into its territorial waters while inspecting a merchant ship. Britain says they were operating in Iraqi waters under a U.N. mandate.

Britain had frozen most official dealings with Tehran last week and taken the dispute to the U.N. Security Council.

Prime Minister Tony Blair welcomed the decision and said he bore the Iranian people no ill will.

The announcement came a day after an Iranian diplomat who had been abducted in Baghdad by gunmen in February was set free.

The sailors are expected to fly home to London on Thursday.

Analysts said Britain could have faced a long standoff had Iran put the crew on trial.
""")
AHM = A("Mahmoud Ahmadinejad", "IRN", "GOV")
GBSAIL = A("British sailors and marines", "GBR", "MIL")
GBR = A("Britain", "GBR", "GOV")
IRNG = A("Iran", "IRN", "GOV")
E("p06", "Iran to free 15 British sailors", IRNG, GBSAIL, ["08"], "0841", "2007-04-04", None, False, "headline")
E("p06", "Iran would free the 15 British sailors", AHM, GBSAIL, ["08"], "0841", "2007-04-04", None, True,
  "announced decision phrased with 'would': required (owned convention); release = 0841")
E("p06", "it seized in the northern Gulf last month", A("Iran", "IRN", ["MIL", "GOV"]), GBSAIL, ["17", "18"], "173",
  "2007-03", None, True, "'it' = Iran (Revolutionary Guards per para 2); detention or hostage-taking: coders split; "
  "'last month' = March; the Gulf is no country place")
E("p06", "said he had pardoned the crew despite", AHM, GBSAIL, ["05", "08"], "056", "2007-04-04", None, False,
  "pardon: restates the release; the alleged violation inside is a claim, not an event")
E("p06", "Iran has said the sailors from the frigate", IRNG, GBSAIL, ["11"], "112", "2007", None, True,
  "accusation of trespass; undated present perfect: year")
E("p06", "Britain says they were operating in Iraqi", GBR, IRNG, DENY, "016", "2007", None, False,
  "rebuttal of Iran's claim")
E("p06", "Britain had frozen most official dealings with", GBR, IRNG, ["16"], "161", "2007-03", None, True,
  "'last week' from Wed 4 Apr = week of 26 Mar")
E("p06", "taken the dispute to the U.N. Security Council", GBR, A("UN Security Council", "UNO", "IGO"), ["02", "10"],
  "020", "2007-03", None, True, "appeal to the UN; same 'last week'")
E("p06", "Tony Blair welcomed the decision", A("Tony Blair", "GBR", "GOV"), IRNG, ["05"], "051", "2007-04", None, True,
  "undated near publication: month")
E("p06", "had been abducted in Baghdad by gunmen", A("gunmen", None, None), A("Iranian diplomat", "IRN", "GOV"),
  ["18", "17"], "181", "2007-02", P("Baghdad", "IRQ"), True,
  "dated background, passive with agent; unnamed gunmen null/null; his release is agentless")
F("p06", "The sailors are expected to fly home", "future")
F("p06", "could have faced a long standoff had Iran", "hypothetical")

# ---------------------------------------------------------------- p07 US/China trade, Asia
S("p07", "2018-07-06", "Asia", """
China hits back as U.S. tariffs on $34 billion of goods take effect

BEIJING, China —

The United States imposed 25 percent tariffs on $34 billion of Chinese imports on Friday, and Beijing retaliated within hours with matching duties on American goods, escalating a trade dispute between the world's two largest economies.

China's commerce ministry said it had been forced to strike back and accused Washington of starting "the largest trade war in economic history". The Chinese duties cover soybeans, pork, cars and hundreds of other products.

The U.S. measures target machinery, electronics and other industrial goods. The office of the U.S. Trade Representative has accused China of forcing American companies to hand over technology and of stealing intellectual property.

Speaking to reporters aboard Air Force One on Thursday, President Donald Trump warned that Washington could eventually put tariffs on more than $500 billion of Chinese goods, roughly all that the United States buys from China in a year.

Talks between U.S. Commerce Secretary Wilbur Ross and Chinese Vice Premier Liu He in Beijing in early June ended without an agreement.

Soybeans are the largest American farm export to China, worth about $12 billion last year.

Economists warned that a prolonged fight could slow global growth and raise prices for consumers in both countries.
""")
USAG = A("United States", "USA", "GOV")
CHNGOV = A("China", "CHN", "GOV")
E("p07", "China hits back as U.S. tariffs", CHNGOV, USAG, SANCT, "163", "2018-07-06", None, False, "headline")
E("p07", "U.S. tariffs on $34 billion of goods take", USAG, CHNGOV, SANCT, "163", "2018-07-06", None, False,
  "headline, second event")
E("p07", "The United States imposed 25 percent tariffs", USAG, CHNGOV, SANCT, "163", "2018-07-06", None, True,
  "tariffs as sanctions (16/17)")
E("p07", "Beijing retaliated within hours with matching duties", CHNGOV, USAG, SANCT, "163", "2018-07-06", None, True,
  "'Beijing' = Chinese government")
E("p07", "said it had been forced to strike back", A("Chinese commerce ministry", "CHN", "GOV"), USAG, SANCT, "163",
  "2018-07-06", None, False, "restates the retaliation")
E("p07", 'accused Washington of starting "the largest trade', A("Chinese commerce ministry", "CHN", "GOV"), USAG, ["11"],
  "112", "2018-07", None, True, "undated near publication: month")
E("p07", "has accused China of forcing American companies", A("Office of the U.S. Trade Representative", "USA", "GOV"),
  CHNGOV, ["11"], "112", "2018", None, True, "undated present perfect: year")
E("p07", "President Donald Trump warned that Washington could", A("Donald Trump", "USA", "GOV"), CHNGOV, ["13"], "1312",
  "2018-07-05", None, True,
  "threat of further tariffs; Thursday = 5 Jul; aboard an aircraft: no place")
E("p07", "Talks between U.S. Commerce Secretary Wilbur Ross", A("Wilbur Ross", "USA", "GOV"),
  A("Liu He", "CHN", "GOV"), ["04"], "046", "2018-06", P("Beijing", "CHN"), True,
  "dated background talks ('in early June'); the failure to agree is negated, not an event")
E("p07", "Talks between U.S. Commerce Secretary Wilbur Ross", A("Liu He", "CHN", "GOV"),
  A("Wilbur Ross", "USA", "GOV"), ["04"], "046", "2018-06", P("Beijing", "CHN"), False, "reverse")
F("p07", "Soybeans are the largest American farm export", "standing situation and figures")
F("p07", "Economists warned that a prolonged fight could", "speculation")

# ---------------------------------------------------------------- p08 Georgia, Europe/Eurasia
S("p08", "2007-11-08", "Europe/Eurasia", """
Georgian police break up Tbilisi protest; Saakashvili declares emergency

TBILISI, Georgia —

Riot police fired tear gas, water cannon and rubber bullets on Wednesday to drive thousands of opposition supporters from the avenue outside parliament in Tbilisi, ending six days of protests against President Mikheil Saakashvili.

The demonstrators had been demanding that parliamentary elections be brought forward to the spring, and many had called on the president to resign.

Hours after the crowds were scattered, police entered the studios of Imedi, a private television channel critical of the government, and took it off the air.

Saakashvili then declared a 15-day state of emergency in the capital, banning street rallies and all private news broadcasts.

In a televised address, he said Russian intelligence services were behind the unrest, and the government ordered three Russian diplomats to leave the country.

Moscow rejected the accusation as an "irresponsible provocation".

The United States and the European Union urged the authorities to lift the emergency and restore independent broadcasting.

Doctors said more than 500 people sought hospital treatment, most of them for the effects of tear gas.

Whether the crackdown will damage Georgia's hopes of joining NATO is not yet clear.
""")
SAAK = A("Mikheil Saakashvili", "GEO", "GOV")
GPOL = A("Georgian police", "GEO", "COP")
GOPP = A("Georgian opposition supporters", "GEO", ["OPP", "CVL"])
GEOG = A("Georgian government", "GEO", "GOV")
E("p08", "Georgian police break up Tbilisi protest", GPOL, GOPP, REPR, "175", "2007-11-07", P("Tbilisi", "GEO"), False,
  "headline")
E("p08", "protest; Saakashvili declares emergency", SAAK, A("Georgian public", "GEO", ["CVL", "OPP"]), ["17"], "1724",
  "2007-11-07", None, False, "headline, second event")
E("p08", "Riot police fired tear gas, water cannon", GPOL, GOPP, REPR, "175", "2007-11-07", P("Tbilisi", "GEO"), True,
  "unnamed police of the story's country")
E("p08", "ending six days of protests against President", GOPP, SAAK, ["14"], "141", "2007-11", None, False,
  "nominal protests over six days")
E("p08", "The demonstrators had been demanding that parliamentary", GOPP, SAAK, DEMAND, "104", "2007-11", None, True,
  "pluperfect progressive, undated: month; target the president/government")
E("p08", "many had called on the president to resign", GOPP, SAAK, DEMAND, "1041", "2007-11", None, False,
  "second demand in the same sentence")
E("p08", "Hours after the crowds were scattered", GPOL, GOPP, REPR, "175", "2007-11-07", None, False,
  "agentless restatement of the dispersal")
E("p08", "police entered the studios of Imedi", GPOL, A("Imedi television", "GEO", "MED"), ["17"], "1721", "2007-11-07",
  None, True, "raid and closure of a broadcaster; studios' city not named in the clause")
E("p08", "declared a 15-day state of emergency", SAAK, A("Georgian public", "GEO", ["CVL", "OPP"]), ["17"], "1724",
  "2007-11-07", P("Tbilisi", "GEO"), True, "'the capital' with the dateline = Tbilisi")
E("p08", "banning street rallies and all private news", SAAK, A("Georgian public", "GEO", ["CVL", "OPP", "MED"]), ["17"],
  "1721", "2007-11-07", P("Tbilisi", "GEO"), False, "content of the emergency")
E("p08", "Russian intelligence services were behind the unrest", SAAK, A("Russian intelligence services", "RUS",
  ["SPY", "GOV"]), ["11"], "112", "2007-11-07", None, True, "'he' = Saakashvili; date from 'then'")
E("p08", "ordered three Russian diplomats to leave", GEOG, A("Russia", "RUS", "GOV"), ["16"], "161", "2007-11-07", None,
  True, "expulsion of diplomats: 161 (owned convention)")
E("p08", "Moscow rejected the accusation as an", A("Russia", "RUS", "GOV"), SAAK, DENY, "016", "2007-11", None, True,
  "'Moscow' = Russian government; target Saakashvili or Georgia")
E("p08", "The United States and the European Union urged", A("United States", "USA", "GOV"), GEOG, DEMAND, "024",
  "2007-11", None, False, "appeal; reaction, undated")
E("p08", "The United States and the European Union urged", A("European Union", "EUR", "IGO"), GEOG, DEMAND, "024",
  "2007-11", None, False, "second source")
F("p08", "Doctors said more than 500 people sought", "casualty count")
F("p08", "Whether the crackdown will damage Georgia's hopes", "speculation")

# ---------------------------------------------------------------- p09 Mozambique, Africa
S("p09", "2021-03-28", "Africa", """
Dozens killed as insurgents storm Mozambique gas town

MAPUTO, Mozambique —

Dozens of people were killed when militants attacked the northern Mozambican town of Palma, the government said on Sunday, in the deadliest raid yet near the country's multi-billion-dollar natural gas projects.

Defence ministry spokesman Omar Saranga told reporters that the attackers entered the town from three directions on Wednesday afternoon, firing on residents and buildings. He said seven people died on Friday when a convoy of vehicles trying to leave a besieged hotel was ambushed.

About 180 people, among them foreign workers, had sheltered in the Amarula hotel for two days before the breakout. A private South African security company flew some of them to safety by helicopter.

Saranga said government troops were fighting to regain control of Palma and were pursuing the attackers.

The insurgents, who have pledged allegiance to the Islamic State group, seized the port of Mocimboa da Praia, south of Palma, last August.

U.N. Secretary-General Antonio Guterres strongly condemned the violence and urged the authorities to protect civilians.

The conflict in Cabo Delgado province has killed more than 2,600 people since 2017 and driven some 700,000 from their homes, aid agencies say.

Analysts said French energy group Total, which is building a $20 billion liquefied gas plant nearby, could suspend the project.
""")
MILIT = A("militants (unnamed)", None, None)
PALMA = A("Palma residents", "MOZ", "CVL")
E("p09", "insurgents storm Mozambique gas town", MILIT, PALMA, ATTACK, "190", "2021-03", None, False, "headline")
E("p09", "Dozens of people were killed when militants attacked", MILIT, PALMA, ATTACK, "190", "2021-03",
  P("Palma", "MOZ"), False, "lead summary of the attack detailed in para 2")
E("p09", "the attackers entered the town from three directions", MILIT, PALMA, ATTACK, "190", "2021-03-24",
  P("Palma", "MOZ"), True, "unnamed attackers null/null; 'the town' = Palma; Wednesday = 24 Mar")
E("p09", "trying to leave a besieged hotel was ambushed", MILIT, A("convoy of hotel evacuees", None, "CVL"), ATTACK, "190",
  "2021-03-26", None, True, "agentless passive: the attackers are the implied agents; Friday = 26 Mar; "
  "evacuees of mixed nationality")
E("p09", "A private South African security company flew", A("South African security company", "ZAF", "BUS"),
  A("hotel evacuees", None, "CVL"), ["07"], "073", "2021-03", None, False, "rescue; undated")
E("p09", "government troops were fighting to regain control", A("Mozambican army", "MOZ", "MIL"), MILIT, ["19"], "190",
  "2021-03", P("Palma", "MOZ"), True, "ongoing at the time of the statement: month")
E("p09", "seized the port of Mocimboa da Praia", A("insurgents (unnamed)", None, None),
  A("Mozambique", "MOZ", ["GOV", "MIL"]), ["19"], "192", "2020-08", P("Mocimboa da Praia", "MOZ"), True,
  "dated background: 'last August' = August 2020; insurgents still unnamed (only their allegiance is given)")
E("p09", "Guterres strongly condemned the violence", A("Antonio Guterres", "UNO", "IGO"), MILIT, ["11"], "111", "2021-03",
  None, True, "condemnation of the attack; target the attackers")
E("p09", "urged the authorities to protect civilians", A("Antonio Guterres", "UNO", "IGO"),
  A("Mozambican government", "MOZ", "GOV"), DEMAND, "020", "2021-03", None, False)
F("p09", "has killed more than 2,600 people since 2017", "casualty count")
F("p09", "could suspend the project", "speculation")

# ---------------------------------------------------------------- p10 US/Taliban in Qatar, Asia
S("p10", "2020-02-29", "Asia", """
U.S. and Taliban sign deal in Qatar to end America's longest war

DOHA, Qatar —

The United States and the Taliban signed an agreement in the Qatari capital on Saturday that could lead to the withdrawal of all American troops from Afghanistan after more than 18 years of war.

U.S. envoy Zalmay Khalilzad and the Taliban's political chief, Mullah Abdul Ghani Baradar, signed the document at a Doha hotel as Secretary of State Mike Pompeo looked on.

Qatar, which has hosted the Taliban's political office since 2013, brokered more than a year of talks between Washington and the insurgents and hosted the ceremony.

Under the deal, Washington will cut its forces from about 13,000 to 8,600 within 135 days and withdraw the rest within 14 months if the Taliban keep their commitments, including keeping al Qaeda out of areas they control.

Pompeo urged the Taliban to honour their promise to break with al Qaeda.

In Kabul, Defense Secretary Mark Esper met President Ashraf Ghani on Saturday and pledged continued support for Afghan forces.

The signing followed a week-long reduction in violence that the Taliban had agreed to as a test of their commitment, and which largely held.

The war has killed tens of thousands of Afghans and about 2,400 American service members.
""")
TAL = A("Taliban", "AFG", ["REB", "RAD"])
QAT = A("Qatar", "QAT", "GOV")
E("p10", "U.S. and Taliban sign deal in Qatar", USAG, TAL, AGREE, "057", "2020-02-29", None, False, "headline")
E("p10", "signed an agreement in the Qatari capital", USAG, TAL, AGREE, "057", "2020-02-29", P("Doha", "QAT"), True,
  "joint: first-mentioned (US) as source required; 'the Qatari capital' = Doha")
E("p10", "signed an agreement in the Qatari capital", TAL, USAG, AGREE, "057", "2020-02-29", P("Doha", "QAT"), False,
  "reverse")
E("p10", "signed the document at a Doha hotel", A("Zalmay Khalilzad", "USA", "GOV"), A("Abdul Ghani Baradar", "AFG",
  ["REB", "RAD"]), AGREE, "057", "2020-02-29", P("Doha", "QAT"), False, "restatement by the signatories")
E("p10", "brokered more than a year of talks", QAT, USAG, ["04"], "045", None, None, True,
  "mediation by a third state; target the first-mentioned party; spread over more than a year: no single date")
E("p10", "brokered more than a year of talks", QAT, TAL, ["04"], "045", None, None, False, "second party mediated")
E("p10", "and hosted the ceremony", QAT, USAG, ["04"], "043", "2020-02-29", P("Doha", "QAT"), False,
  "hosting; visitors implied")
E("p10", "Pompeo urged the Taliban to honour their promise", A("Mike Pompeo", "USA", "GOV"), TAL, DEMAND, "020",
  "2020-02", None, True, "undated near publication: month")
E("p10", "Mark Esper met President Ashraf Ghani", A("Mark Esper", "USA", "GOV"), A("Ashraf Ghani", "AFG", "GOV"), ["04"],
  "040", "2020-02-29", P("Kabul", "AFG"), True, "place named in the clause")
E("p10", "Mark Esper met President Ashraf Ghani", A("Ashraf Ghani", "AFG", "GOV"), A("Mark Esper", "USA", "GOV"), ["04"],
  "040", "2020-02-29", P("Kabul", "AFG"), False, "reverse")
E("p10", "pledged continued support for Afghan forces", A("Mark Esper", "USA", "GOV"), A("Afghan forces", "AFG", "MIL"),
  ["03", "05", "07"], "0332", "2020-02-29", P("Kabul", "AFG"), False, "pledge of military support")
E("p10", "reduction in violence that the Taliban had agreed", TAL, USAG, ["08", "03", "05"], "0871", "2020-02", None, True,
  "partial truce agreed before the signing; pluperfect, 'week-long' before 29 Feb: month")
F("p10", "Washington will cut its forces from about", "future and conditional terms of the deal")
F("p10", "The war has killed tens of thousands", "casualty count")

# ---------------------------------------------------------------- p11 Ukraine, Europe/Eurasia
S("p11", "2015-02-16", "Europe/Eurasia", """
Ukraine truce largely holds, but fighting rages around Debaltseve

KIEV, Ukraine —

A ceasefire between Ukrainian forces and pro-Russian separatists took effect at midnight on Saturday and largely held across eastern Ukraine, but fighting continued around the rail hub of Debaltseve on Sunday and Monday.

Ukraine's military said the rebels had attacked its positions in and around the town more than 100 times since the truce began, using artillery and rocket launchers.

A separatist military spokesman, Eduard Basurin, said the truce did not cover Debaltseve, where several thousand government troops are nearly surrounded, because the town was "our territory".

Monitors from the Organization for Security and Cooperation in Europe were turned back by rebel fighters on Sunday when they tried to reach the town.

President Petro Poroshenko accused the separatists of a cynical breach of the deal and accused Russia of continuing to send them weapons.

Russian President Vladimir Putin and Poroshenko agreed the truce in Minsk on Thursday after 16 hours of talks brokered by German Chancellor Angela Merkel and French President Francois Hollande.

The European Union went ahead on Monday with sanctions on 19 more people, including two Russian deputy defence ministers.

The withdrawal of heavy weapons from the front line is due to begin on Tuesday.

More than 5,400 people have been killed in the conflict so far, according to the United Nations.
""")
UREB = A("pro-Russian separatists", "UKR", "REB")
UMIL = A("Ukrainian forces", "UKR", "MIL")
PORO = A("Petro Poroshenko", "UKR", "GOV")
PUT = A("Vladimir Putin", "RUS", "GOV")
E("p11", "fighting rages around Debaltseve", UREB, UMIL, ["19", "18"], "190", "2015-02", P("Debaltseve", "UKR"), False,
  "headline; agentless")
E("p11", "A ceasefire between Ukrainian forces and pro-Russian", UMIL, UREB, ["08", "03", "05"], "0871", "2015-02-15",
  None, False, "ceasefire taking effect (midnight Saturday = start of 15 Feb); agentless")
E("p11", "fighting continued around the rail hub", UREB, UMIL, ["19", "18"], "190", "2015-02", P("Debaltseve", "UKR"),
  False, "agentless; restated with agents in para 2")
E("p11", "the rebels had attacked its positions", UREB, UMIL, ["19", "18"], "194", "2015-02", P("Debaltseve", "UKR"), True,
  "ceasefire violation; 'its' = Ukraine's military; 'the town' = Debaltseve; since 15 Feb: month")
E("p11", "said the truce did not cover Debaltseve", A("Eduard Basurin", "UKR", "REB"), A("Ukrainian government", "UKR",
  "GOV"), ["12"], "127", "2015-02", None, False, "rejecting the truce for Debaltseve; coders may see only a statement")
E("p11", "were turned back by rebel fighters on Sunday", UREB, A("OSCE monitors", None, "IGO"), ["19", "17", "12"], "191",
  "2015-02-15", None, True, "passive with agent; OSCE coded country null/IGO like ECOWAS; restriction of movement 191")
E("p11", "accused the separatists of a cynical breach", PORO, UREB, ["11"], "112", "2015-02", None, True,
  "undated near publication: month")
E("p11", "accused Russia of continuing to send them", PORO, A("Russia", "RUS", "GOV"), ["11"], "112", "2015-02", None,
  True, "second accusation; arms supply is alleged")
E("p11", "Putin and Poroshenko agreed the truce in Minsk", PUT, PORO, AGREE, "057", "2015-02-12", P("Minsk", "BLR"), True,
  "dated background (Thursday = 12 Feb); first-mentioned direction required")
E("p11", "Putin and Poroshenko agreed the truce in Minsk", PORO, PUT, AGREE, "057", "2015-02-12", P("Minsk", "BLR"), False,
  "reverse")
E("p11", "talks brokered by German Chancellor Angela Merkel", A("Angela Merkel", "DEU", "GOV"), PUT, ["04"], "045",
  "2015-02-12", P("Minsk", "BLR"), False, "mediation; Hollande (FRA) and Poroshenko as target equally fine")
E("p11", "went ahead on Monday with sanctions on", A("European Union", "EUR", "IGO"), A("Russia", "RUS", ["GOV", "MIL"]),
  SANCT, "163", "2015-02-16", None, True, "targets include Russian deputy defence ministers")
F("p11", "The withdrawal of heavy weapons from the", "future")
F("p11", "More than 5,400 people have been killed", "casualty count")

# ---------------------------------------------------------------- p12 Ecuador/Colombia, Americas
S("p12", "2008-03-03", "Americas", """
Ecuador expels Colombian ambassador after raid on FARC camp

QUITO, Ecuador —

Ecuador expelled Colombia's ambassador on Sunday and sent troops to its northern border, a day after Colombian forces crossed into Ecuadorean territory and killed Raul Reyes, a senior commander of the FARC rebels.

Colombian aircraft bombed a guerrilla camp near Angostura, about 2 km inside Ecuador, before dawn on Saturday, and troops then crossed the border to recover Reyes' body. More than 20 people died at the camp.

On Monday President Rafael Correa called the raid a "massacre" and said Ecuador was breaking off diplomatic relations with Bogota.

Colombia's foreign minister, Fernando Araujo, apologised for the incursion but said it had been necessary to strike a group that threatens Colombians.

Colombia's police chief, Gen. Oscar Naranjo, said files on laptops found at the camp showed that Ecuador's security minister had met Reyes and that Venezuela had offered the rebels $300 million.

In Caracas, Venezuelan President Hugo Chavez ordered ten battalions to the Colombian border on Sunday and closed his embassy in Bogota, warning that a similar raid on Venezuelan soil would be a "cause for war".

The FARC is believed to hold hundreds of hostages, including former presidential candidate Ingrid Betancourt.

Analysts said neither country could afford a war that would disrupt trade worth billions of dollars a year.
""")
ECUG = A("Ecuador", "ECU", "GOV")
COLG = A("Colombia", "COL", "GOV")
COLM = A("Colombian forces", "COL", "MIL")
FARC = A("FARC", "COL", "REB")
CHV = A("Hugo Chavez", "VEN", "GOV")
E("p12", "Ecuador expels Colombian ambassador after raid", ECUG, COLG, ["16"], "161", "2008-03-02", None, False, "headline")
E("p12", "Ecuador expelled Colombia's ambassador on Sunday", ECUG, COLG, ["16"], "161", "2008-03-02", None, True,
  "expulsion of an envoy: 161 (owned convention)")
E("p12", "sent troops to its northern border", ECUG, COLG, ["15"], "154", "2008-03-02", None, True,
  "'its' = Ecuador; border not a named place")
E("p12", "Colombian forces crossed into Ecuadorean territory and killed", COLM, FARC, ["19", "18"], "190", "2008-03-01",
  None, False, "lead summary of para 2 ('a day after' Sunday)")
E("p12", "Colombian aircraft bombed a guerrilla camp", COLM, FARC, ["19", "18"], "195", "2008-03-01",
  P("Angostura", "ECU"), True, "air strike on the FARC inside Ecuador; place named in the clause, not the dateline")
E("p12", "troops then crossed the border to recover", COLM, ECUG, ["19", "17", "15"], "192", "2008-03-01", None, False,
  "incursion into Ecuador; coders split")
E("p12", 'Correa called the raid a "massacre"', A("Rafael Correa", "ECU", "GOV"), COLG, ["11"], "111", "2008-03-03",
  None, False, "criticism in the same sentence as the break")
E("p12", "said Ecuador was breaking off diplomatic relations", A("Rafael Correa", "ECU", "GOV"), COLG, ["16"], "161",
  "2008-03-03", None, True, "announced in the present progressive on Monday: asserted")
E("p12", "apologised for the incursion but said", A("Fernando Araujo", "COL", "GOV"), ECUG, ["05"], "055", "2008-03",
  None, True, "apology 055 (owned convention); undated: month")
E("p12", "files on laptops found at the camp showed", A("Oscar Naranjo", "COL", "COP"), ECUG, ["11"], "112", "2008-03",
  None, True, "accusation through nested speech; the meeting and the offer are alleged, not events")
E("p12", "Venezuela had offered the rebels $300 million", A("Oscar Naranjo", "COL", "COP"), A("Venezuela", "VEN", "GOV"),
  ["11"], "112", "2008-03", None, False, "second accusation, against Venezuela")
E("p12", "ordered ten battalions to the Colombian border", CHV, COLG, ["15"], "154", "2008-03-02", P("Caracas", "VEN"), True,
  "mobilisation; 'In Caracas' names where he acted")
E("p12", "closed his embassy in Bogota", CHV, COLG, ["16"], "161", "2008-03-02", None, False, "closing an embassy")
E("p12", "warning that a similar raid on Venezuelan soil", CHV, COLG, ["13"], "138", "2008-03-02", None, True,
  "conditional threat of war")
F("p12", "The FARC is believed to hold hundreds", "standing situation")
F("p12", "Analysts said neither country could afford a", "speculation")


if __name__ == "__main__":
    write(HERE)
