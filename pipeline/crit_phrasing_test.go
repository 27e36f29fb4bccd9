package pipeline

import "testing"

// Phrasing matrices of disapproval (CAMEO root 11) and rejection (root 12)
// as wire copy words them: each family is one act said many ways, by
// different actors, regions, decades, tenses and voices. A row asserts
// the code a CAMEO coder gives (or its root where the exact code is a
// judgement call) and the dyad.

// TestPhrasingCriticise: criticism and condemnation (111) in its wire
// forms: verbs, phrasal verbs, idioms, light verbs with a noun, and
// judgements a statement voices.
func TestPhrasingCriticise(t *testing.T) {
	testLexRows(t, []lexRow{
		{"slam: ministry slammed a decision", d, "Nigeria's foreign ministry slammed Ghana's decision to close the border.", "111", "NGAGOV>GHA", ""},
		{"slam: headline present", d, "China slams U.S. arms sale to Taiwan.", "111", "CHN>USA", ""},
		{"slam: passive", d, "The Indonesian plan was slammed by Australia on Monday.", "111", "AUS>IDN", ""},
		{"blast: blasted a country", "2005-06-01", "Hugo Chavez blasted the United States over its trade policy.", "111", "VENGOV>USA", ""},
		{"blast: blasted a leader", d, "The opposition blasted President Museveni for rigging the vote.", "111", "UGAOPP>UGAGOV", ""},
		{"lambast: lambasted", d, "Turkey lambasted the European Union on Thursday.", "111", "TUR>IGOEUR", ""},
		{"lambast: has lambasted", d, "Pakistan has lambasted India's treatment of Kashmiris.", "111", "PAK>IND", ""},
		{"hit out: hit out at", "1990-05-01", "Kenyan President Daniel arap Moi hit out at Britain on Tuesday.", "111", "KENGOV>GBR", ""},
		{"hit out: hits out headline", d, "Iran hits out at Saudi Arabia over hajj deaths.", "111", "IRN>SAU", ""},
		{"lash out: lashed out at", d, "North Korea lashed out at Japan on Friday.", "111", "PRK>JPN", ""},
		{"lash out: lashed out at a leader", "1995-03-01", "Mahathir Mohamad lashed out at Australia over its criticism.", "111", "MYSGOV>AUS", ""},
		{"take aim: took aim at", d, "Brazil took aim at the United States on Monday.", "111", "BRA>USA", ""},
		{"take aim: takes aim at headline", d, "Poland takes aim at Germany over gas pipeline.", "111", "POL>DEU", ""},
		{"decry: decried", d, "Egypt decried Israel's raid on the refugee camp.", "111", "EGY>ISR", ""},
		{"decry: decries headline", d, "Mexico decries U.S. border wall.", "111", "MEX>USA", ""},
		{"deplore: deplored", d, "The Vatican deplored Israel's bombing of the school.", "111", "VAT>ISR", ""},
		{"deplore: deplores", d, "Britain deplores the Zimbabwean government's seizure of farms.", "111", "GBR>ZWEGOV", ""},
		{"castigate: castigated", d, "Ghana castigated Togo for closing the border.", "111", "GHA>TGO", ""},
		{"castigate: castigated a body", d, "Israel castigated the United Nations over the report.", "111", "ISR>IGOUNO", ""},
		{"rebuke: rebuked", d, "Washington rebuked Beijing over its treatment of the Uighurs.", "111", "USAGOV>CHNGOV", ""},
		{"rebuke: was rebuked by", d, "Serbia was rebuked by the European Union on Monday.", "111", "IGOEUR>SRB", ""},
		{"chide: chided", d, "Japan chided China over the incident.", "111", "JPN>CHN", ""},
		{"chide: chides headline", d, "Singapore chides Malaysia over water deal.", "111", "SGP>MYS", ""},
		{"assail: assailed", d, "Cuba assailed the United States at the United Nations.", "111", "CUB>USA", ""},
		{"assail: assailed a policy", d, "Venezuela assailed Colombia's policy on the border.", "111", "VEN>COL", ""},
		{"rail: railed against", d, "Zimbabwe railed against Britain on Wednesday.", "111", "ZWE>GBR", ""},
		{"scorn: poured scorn on a proposal", d, "Beijing poured scorn on the Japanese proposal.", "11", "CHNGOV>JPN", ""},
		{"scorn: poured scorn on a country", d, "Russia poured scorn on Britain's claims about the poisoning.", "11", "RUS>GBR", ""},
		{"scorn: heaped scorn on", d, "Argentina heaped scorn on Britain's plan for the islands.", "11", "ARG>GBR", ""},
		{"provocation: described as a provocation", d, "Argentina described the British deployment as a provocation.", "11", "ARG>GBR", ""},
		{"provocation: called a provocation", d, "South Korea called North Korea's missile test a provocation.", "11", "KOR>PRK", ""},
		{"unacceptable: called a decision unacceptable", d, "In a statement, Iran's foreign ministry called Saudi Arabia's decision unacceptable.", "11", "IRNGOV>SAU", ""},
		{"unacceptable: said remarks were unacceptable", d, "Greece said Turkey's remarks were unacceptable.", "11", "GRC>TUR", ""},
		{"mistake: called a decision a mistake", d, "France called Washington's decision a mistake.", "111", "FRA>USAGOV", ""},
		{"mistake: said the move was a grave mistake", d, "China said Japan's move was a grave mistake.", "111", "CHN>JPN", ""},
		{"illegal: called the annexation illegal", d, "Ukraine called Russia's annexation of Crimea illegal.", "11", "UKR>RUS", ""},
		{"illegal: branded the vote illegal", d, "Spain branded the Catalan referendum illegal.", "11", "ESP>", ""},
		{"brand: branded a leader a dictator", d, "The opposition branded President Mugabe a dictator.", "11", "ZWEOPP>ZWEGOV", ""},
		{"brand: branded a government a regime", d, "Washington branded the Venezuelan government a dictatorship.", "11", "USAGOV>VENGOV", ""},
		{"condemn: condemned", d, "Morocco condemned Algeria's support for the Polisario.", "111", "MAR>DZA", ""},
		{"condemn: strongly condemns", d, "Jordan strongly condemns the Israeli raid on the mosque.", "111", "JOR>ISR", ""},
		{"condemn: passive", d, "The coup was condemned by the African Union.", "111", "IGOAFR>", ""},
		{"denounce: denounced", d, "Bolivia denounced the United States for interfering.", "111", "BOL>USA", ""},
		{"denounce: denounced as a farce", d, "The opposition denounced the election as a farce.", "11", "OPP>", ""},
		{"criticise: sharply criticised", d, "Germany sharply criticised Hungary's new constitution.", "111", "DEU>HUN", ""},
		{"criticise: criticized as", d, "India criticized the American sanctions as counterproductive.", "11", "IND>USA", ""},
		{"criticism: voiced criticism of", d, "Canada voiced strong criticism of Saudi Arabia.", "111", "CAN>SAU", ""},
		{"criticism: drew criticism from", d, "Israel's decision drew sharp criticism from Egypt.", "111", "EGY>ISR", ""},
		{"criticism: came under fire from", d, "Myanmar came under fire from Indonesia over the Rohingya.", "111", "IDN>MMR", ""},
		{"rebuke: issued a rebuke to", d, "Beijing issued a stinging rebuke to Britain on Tuesday.", "111", "CHNGOV>GBR", ""},
		{"outrage: expressed outrage over", d, "Pakistan expressed outrage over the Indian air strike.", "111", "PAK>IND", ""},
		{"censure: censured", d, "The Security Council censured Israel for the raid.", "111", "IGOUNO>ISR", ""},
		{"excoriate: excoriated", d, "Iran excoriated the Saudi government on Sunday.", "111", "IRN>SAUGOV", ""},
		{"scold: scolded", d, "China scolded the Philippines over the shoal.", "111", "CHN>PHL", ""},
		{"task: took to task", d, "The European Union took Poland to task over its judicial reforms.", "111", "IGOEUR>POL", ""},
		{"task: took a leader to task", d, "Washington took President Karzai to task over the pardon.", "111", "USAGOV>AFGGOV", ""},
		{"round: rounded on", d, "Britain rounded on Russia at the United Nations.", "111", "GBR>RUS", ""},
		{"tear into: tore into", d, "Ethiopia tore into Egypt over the dam.", "111", "ETH>EGY", ""},
		{"fault: faulted", d, "Kenya faulted Uganda for the delay.", "111", "KEN>UGA", ""},
		{"speak out: spoke out against", d, "Nigeria spoke out against South Africa's treatment of migrants.", "111", "NGA>ZAF", ""},
		{"ridicule: ridiculed", d, "Pyongyang ridiculed Seoul's offer.", "11", "PRKGOV>KORGOV", ""},
		{"savage: savaged", d, "Athens savaged Ankara's plan on Friday.", "111", "GRCGOV>TURGOV", ""},
		{"scorn: pours scorn headline", d, "Kremlin pours scorn on Ukraine peace formula.", "11", "RUSGOV>UKR", ""},
		{"scorn: has poured scorn on, 1980s", "1984-05-01", "Libya has poured scorn on the American offer.", "11", "LBY>USA", ""},
		{"provocation: branded a provocation", d, "Taiwan branded the Chinese drills a provocation.", "11", "TWN>CHN", ""},
		{"mistake: called the withdrawal a blunder", d, "Britain called the American withdrawal a blunder.", "111", "GBR>USA", ""},
		{"mistake: termed a historic mistake", d, "Israel termed the Iranian deal a historic mistake.", "111", "ISR>IRN", ""},
		{"illegal: labelled the sanctions illegal", d, "Russia labelled the EU sanctions illegal.", "11", "RUS>IGOEUR", ""},
		{"illegal: branded unacceptable", d, "Pakistan branded India's move unacceptable.", "11", "PAK>IND", ""},
		{"task: takes to task headline, 1980s", "1987-02-01", "Thatcher takes Libya to task over terrorism.", "111", "GBRGOV>LBY", ""},
		{"round: rounded on a leader", "2003-03-01", "France rounded on Tony Blair at the summit.", "111", "FRA>GBRGOV", ""},
		{"tear into: tore into a leader", "2017-06-01", "Iran tore into Donald Trump over the travel ban.", "111", "IRN>USAGOV", ""},
		{"scorn: heaped criticism on", d, "The African Union heaped criticism on the junta in Niger.", "111", "IGOAFR>NERGOV", ""},
	})
}

// TestPhrasingCriticiseNot: the other senses of the words of criticism:
// force, collisions, storms and targets in sport are no criticism.
func TestPhrasingCriticiseNot(t *testing.T) {
	testLexRows(t, []lexRow{
		{"blasted positions is force, not criticism", d, "Ethiopian artillery blasted Eritrean positions near Badme.", "111", "", ""},
		{"slammed into a wall is no criticism", d, "A Kenyan bus slammed into a wall near Nakuru.", "11", "", ""},
		{"took aim at soldiers is an attack", d, "Snipers took aim at Israeli soldiers near Jenin.", "111", "", ""},
		{"a storm lashed the coast is no criticism", d, "A cyclone lashed the coast of Bangladesh.", "11", "", ""},
		{"a mistake admitted is no criticism", d, "Japan admitted it had made a mistake.", "111", "", ""},
		{"shells tore into a crowd is no criticism", d, "Serbian shells tore into a crowd in Sarajevo.", "111", "", ""},
		{"an explosion attributed to a leak is no accusation", d, "Officials attributed the explosion in Beirut to a gas leak.", "112", "", ""},
		{"rounding up protesters is no criticism", d, "Police rounded up protesters in Harare.", "111", "", ""},
	})
}

// TestPhrasingAccuse: accusation and blame (112) in its wire forms.
func TestPhrasingAccuse(t *testing.T) {
	testLexRows(t, []lexRow{
		{"accuse: accused of", d, "Sudan accused Eritrea of arming the rebels.", "112", "SDN>ERI", ""},
		{"accuse: headline accuses", d, "Iran accuses U.S. of plotting coup.", "11", "IRN>USA", ""},
		{"accuse: passive", d, "Rwanda was accused by Congo of backing the rebels.", "112", "COD>RWA", ""},
		{"accuse: relative clause", d, "Ethiopia, which accuses Egypt of sabotage, closed the talks.", "11", "ETH>EGY", ""},
		{"blame: blamed for", d, "Thailand blamed Cambodia for the clashes.", "112", "THA>KHM", ""},
		{"blame: blamed the attack on", "2001-01-01", "Colombia blamed the bombing on the FARC.", "112", "COL>COLREB", ""},
		{"blame: was blamed on, by", d, "The explosion was blamed on Hamas by Israel.", "112", "ISR>PSEREB", ""},
		{"held responsible: held", d, "Egypt held Israel responsible for the deaths.", "112", "EGY>ISR", ""},
		{"held responsible: holds accountable", d, "Ukraine holds Russia accountable for the crash.", "112", "UKR>RUS", ""},
		{"finger: pointed the finger at", d, "Kenya pointed the finger at the Shabab for the attack.", "112", "KEN>SOMRAD", ""},
		{"finger: points finger headline", d, "Mali points finger at Algeria over rebels.", "112", "MLI>DZA", ""},
		{"charge that: charged that", d, "Syria charged that Israel had violated the truce.", "112", "SYR>ISR", ""},
		{"behind: said was behind", d, "India said Pakistan was behind the bombing in Mumbai.", "112", "IND>PAK", ""},
		{"behind: said were behind", d, "Turkey said Kurdish militants were behind the blast.", "112", "TUR>REB", ""},
		{"lay blame: laid the blame on", d, "Armenia laid the blame on Azerbaijan.", "112", "ARM>AZE", ""},
		{"lay blame: laid the blame at the door of", d, "Britain laid the blame at the door of the Russian government.", "112", "GBR>RUSGOV", ""},
		{"lay blame: put the blame on", d, "Georgia put the blame on Russia for the war.", "112", "GEO>RUS", ""},
		{"lay blame: pinned the blame on", d, "Nigeria pinned the blame on Boko Haram.", "112", "NGA>NGARAD", ""},
		{"attribute: attributed the attack to", d, "Indian officials attributed the attack to Lashkar-e-Taiba.", "112", "INDGOV>PAKRAD", ""},
		{"attribute: attributed the bombing to", d, "Spain attributed the bombing to ETA.", "112", "ESP>ESPREB", ""},
		{"accusations: leveled accusations", d, "Venezuela leveled accusations against Colombia.", "112", "VEN>COL", ""},
		{"accusations: made accusations", d, "Russia made accusations against Georgia.", "112", "RUS>GEO", ""},
		{"bear responsibility: said bore responsibility", d, "Israel said Hamas bore full responsibility for the escalation.", "112", "ISR>PSEREB", ""},
		{"hand: had a hand in", d, "Azerbaijan said Iran had a hand in the attack.", "112", "AZE>IRN", ""},
		{"implicate: implicated", d, "Iraq implicated Iran in the bombing.", "112", "IRQ>IRN", ""},
		{"suspect: suspected", d, "Israel suspects Iran of masterminding the attack.", "112", "ISR>IRN", ""},
		{"blame: blames headline", d, "Ukraine blames Russia for dam blast.", "112", "UKR>RUS", ""},
		{"accuse: accused of war crimes", d, "Armenia accused Azerbaijan of war crimes.", "1124", "ARM>AZE", ""},
		{"accuse: accused of spying", d, "China accused Taiwan of espionage.", "1125", "CHN>TWN", ""},
		{"accuse: accused of corruption", d, "The opposition accused the Kenyan government of corruption.", "1121", "KENOPP>KENGOV", ""},
		{"allege: alleged that had masterminded", d, "Pakistan alleged that India had masterminded the attack.", "112", "PAK>IND", ""},
		{"lay blame: laid the blame at a capital's door", d, "Kiev laid the blame squarely at Moscow's door.", "112", "UKRGOV>RUSGOV", ""},
		{"lay blame: put the blame at the door of", "1999-01-01", "Serbia put the blame at the door of NATO.", "112", "SRB>IGONATO", ""},
		{"attribute: attributed the killings to", d, "Human rights groups attributed the killings to the army.", "112", "NGO>MIL", ""},
		{"attribute: the attack was attributed to", d, "Colombia attributed the ambush to the ELN guerrillas.", "112", "COL>COLREB", ""},
	})
}

// TestPhrasingComplain: official complaints and protests (114).
func TestPhrasingComplain(t *testing.T) {
	testLexRows(t, []lexRow{
		{"lodge: lodged a protest with", d, "Japan lodged a protest with China over the incursion.", "114", "JPN>CHN", ""},
		{"lodge: lodged a strong protest", d, "Vietnam has lodged a strong protest with China.", "114", "VNM>CHN", ""},
		{"lodge: lodged a formal complaint", d, "Greece lodged a formal complaint with Turkey.", "114", "GRC>TUR", ""},
		{"summon: summoned the ambassador", d, "Poland summoned the Russian ambassador on Monday.", "114", "POL>RUSGOV", ""},
		{"summon: summoned the envoy to protest", d, "Morocco summoned the Spanish ambassador to protest against the decision.", "114", "MAR>ESPGOV", ""},
		{"summon: summoned the charge d'affaires", d, "Turkey summoned the U.S. charge d'affaires over the remarks.", "114", "TUR>USAGOV", ""},
		{"summon: envoy summoned passive", d, "The Chinese ambassador was summoned by India.", "114", "IND>CHNGOV", ""},
		{"file: filed a complaint with the UN against", d, "Eritrea filed a complaint with the United Nations against Ethiopia.", "11", "ERI>ETH", ""},
		{"file: filed a protest", d, "Colombia filed a protest with Venezuela.", "114", "COL>VEN", ""},
		{"note: delivered a protest note", d, "Iran delivered a protest note to the Swiss ambassador.", "114", "IRN>CHEGOV", ""},
		{"note: handed a note of protest", d, "Ukraine handed a note of protest to Russia.", "114", "UKR>RUS", ""},
		{"note: sent a diplomatic note", d, "Nicaragua sent a diplomatic note to Costa Rica.", "114", "NIC>CRI", ""},
		{"protest: protested to", d, "Malaysia protested to Indonesia over the haze.", "114", "MYS>IDN", ""},
		{"protest: formally protested to", d, "Chile formally protested to Argentina.", "114", "CHL>ARG", ""},
		{"complain: complained to the Security Council about", d, "Lebanon complained to the Security Council about Israel.", "114", "LBN>ISR", ""},
		{"complain: complained to", d, "Bangladesh complained to Myanmar about the shelling.", "114", "BGD>MMR", ""},
		{"register: registered a protest", d, "Pakistan registered a strong protest with India.", "114", "PAK>IND", ""},
		{"call in: called in the ambassador", d, "Britain called in the Iranian ambassador.", "114", "GBR>IRNGOV", ""},
		{"demarche: issued a demarche", d, "The Netherlands issued a demarche to Russia.", "114", "NLD>RUS", ""},
		{"representations: made representations to", d, "Australia made representations to Indonesia over the executions.", "114", "AUS>IDN", ""},
		{"protest: lodged protest headline", d, "Seoul lodges protest with Tokyo over island claim.", "114", "KORGOV>JPNGOV", ""},
		{"representations: made strong representations", "1988-06-01", "China made strong representations to the United States over the visit.", "114", "CHN>USA", ""},
		{"file: lodged a complaint with the Security Council against", d, "Sudan lodged a complaint with the Security Council against Chad.", "114", "SDN>TCD", ""},
	})
}

// TestPhrasingSaidInStatement: "X said in a statement that ..." tells what
// X said; the statement is where it was said, not a claim whose content
// is only spoken of, so the act in the clause is asserted as said.
func TestPhrasingSaidInStatement(t *testing.T) {
	testLexRows(t, []lexRow{
		{"condemned, said in a statement", d, "Saudi Arabia's foreign ministry said in a statement that it condemned the Houthi attack.", "111", "SAUGOV>YEMREB", ""},
		{"expelled, said in a statement", d, "Kenya's foreign ministry said in a statement that it had expelled the Somali ambassador.", "161", "KENGOV>SOMGOV", ""},
		{"bombed, said in a statement", d, "Syria said in a statement that Israeli jets had bombed an air base.", "19", "ISRMIL>SYR", ""},
		{"rejected, said in a statement on a day", d, "The Argentine government said in a statement on Monday that it rejected the British proposal.", "12", "ARGGOV>GBR", ""},
		{"summoned, told reporters in a statement", d, "Pakistan told reporters in a statement that it had summoned the Indian envoy.", "114", "PAK>INDGOV", ""},
		{"protested, 1980s", "1986-03-01", "Nicaragua said in a statement that it had lodged a protest with Honduras.", "114", "NIC>HND", ""},
		{"a claim's content stays unasserted", d, "Iran rejected the claim that it had sent drones to Russia.", "072", "", ""},
	})
}

// TestPhrasingDisapprove: disappointment, regret, a critical stance, a
// dismissal as propaganda and an attack's hallmarks: disapproval of
// another's act (110, 111) and blame (112) in their wire forms.
func TestPhrasingDisapprove(t *testing.T) {
	testLexRows(t, []lexRow{
		{"disappointment: expressed disappointment over", d, "Japan expressed disappointment over South Korea's decision.", "110", "JPN>KOR", ""},
		{"disappointment: voiced frustration with", "1994-01-01", "Washington voiced frustration with Pyongyang's refusal.", "110", "USAGOV>PRKGOV", ""},
		{"disappointment: was deeply disappointed by", d, "Australia said it was deeply disappointed by China's decision.", "110", "AUS>CHN", ""},
		{"disappointment: is disappointed with", d, "Brazil is disappointed with Argentina's tariffs.", "110", "BRA>ARG", ""},
		{"regret: expressed regret at a decision", d, "The European Union expressed regret at Switzerland's decision.", "110", "IGOEUR>CHE", ""},
		{"regret: voiced regret over a vote, 1990s", "1995-01-01", "Turkey voiced regret over the Greek parliament's vote.", "110", "TUR>GRCLEG", ""},
		{"regret: expressed regret over a move", d, "India expressed regret over Nepal's move.", "110", "IND>NPL", ""},
		{"critical: was critical of", d, "Kenya was critical of Tanzania's decision.", "111", "KEN>TZA", ""},
		{"critical: has been scathing of", d, "Nigeria has been scathing of the junta in Niger.", "111", "NGA>NERGOV", ""},
		{"critical: was sharply critical of, 1980s", "1986-01-01", "Mexico was sharply critical of the United States.", "111", "MEX>USA", ""},
		{"propaganda: dismissed a statement as propaganda", d, "Moscow dismissed the Ukrainian statement as propaganda.", "111", "RUSGOV>UKR", ""},
		{"propaganda: dismissed a report as nonsense", d, "Beijing dismissed Taiwan's remarks as nonsense.", "111", "CHNGOV>TWN", ""},
		{"hallmarks: said the attack bore the hallmarks of", d, "Pakistan said the attack bore the hallmarks of the Taliban.", "112", "PAK>AFGREB", ""},
		{"hallmarks: bore the hallmarks, ministry said", d, "The bombing bore all the hallmarks of the Islamic State, Iraq's interior ministry said.", "112", "IRQGOV>IMGRAD", ""},
		{"regret: will regret its decision stays a threat", d, "Iran warned that Israel would regret its decision.", "130", "IRN>ISR", ""},
		{"regret: an apology stays an apology", d, "Japan expressed regret to China for the incident.", "055", "JPN>CHN", ""},
		{"dismissal from office stays a dismissal", d, "The president dismissed the army chief on Monday.", "172", "GOV>MIL", ""},
		{"a building's hallmarks blame no one", d, "Officials said the mosque bore the hallmarks of Ottoman design.", "112", "", ""},
	})
}

// TestPhrasingAnger: anger at another's act voiced as an adjective, an act that draws or sparks a party's anger,
// a legitimacy questioned, sharp words and a war of words (111, 110), and
// a state called rogue or terrorist.
func TestPhrasingAnger(t *testing.T) {
	testLexRows(t, []lexRow{
		{"furious: was furious at", d, "Pakistan was furious at India over the strike.", "111", "PAK>IND", ""},
		{"angry: is angry over", d, "Ghana is angry over Nigeria's decision.", "111", "GHA>NGA", ""},
		{"bristle: bristled at", d, "India bristled at China's remarks.", "110", "IND>CHN", ""},
		{"question: questioned the legitimacy of", d, "The United States questioned the legitimacy of Maduro's election.", "111", "USA>VENGOV", ""},
		{"question: questioned the sincerity of", "1990-01-01", "Seoul questioned the sincerity of the North Korean offer.", "111", "KORGOV>PRK", ""},
		{"ire: drew the ire of", d, "The visit drew the ire of the Chinese government.", "111", "CHNGOV>", ""},
		{"fire: drew fire from", d, "Australia's decision drew fire from Indonesia.", "111", "IDN>AUS", ""},
		{"anger: sparked anger among", d, "Israel's decision sparked anger among Palestinians.", "111", "PSECVL>ISR", ""},
		{"outrage: provoked fury from", d, "Denmark's decision provoked fury from the Iranian government.", "111", "IRNGOV>DNK", ""},
		{"sharp words: had sharp words for", d, "Macron had sharp words for Turkey.", "111", "FRAGOV>TUR", ""},
		{"war of words: engaged in a war of words", d, "Iran and Saudi Arabia engaged in a war of words.", "111", "IRN>SAU", ""},
		{"rogue state: called a rogue state", "2002-01-01", "Washington called North Korea a rogue state.", "111", "USAGOV>PRK", ""},
		{"terrorist state: branded a terrorist state", d, "Turkey branded Israel a terrorist state.", "11", "TUR>ISR", ""},
		{"non-starter: called a proposal a non-starter", d, "Israel called the Palestinian proposal a non-starter.", "12", "ISR>PSE", ""},
		{"a patrol that drew fire was shot at", d, "An Israeli patrol drew fire from militants near Jenin.", "111", "", ""},
		{"protesters angered by fares is no act of disapproval", d, "Protesters angered by a rise in bus fares set fire to stations in Santiago.", "11", "", ""},
		{"questioning suspects is no criticism", d, "Police questioned the suspects in Nairobi.", "111", "", ""},
	})
}

// TestPhrasingJudgedWords: another's act called, or said to be, regrettable,
// unhelpful, unwise, ill-advised, wrong or a step backwards is criticised
// (111) by whoever says it.
func TestPhrasingJudgedWords(t *testing.T) {
	testLexRows(t, []lexRow{
		{"regrettable: called a decision regrettable", d, "Japan called South Korea's decision regrettable.", "111", "JPN>KOR", ""},
		{"regrettable: said it was deeply regrettable", d, "Seoul said the Japanese decision was deeply regrettable.", "111", "KORGOV>JPN", ""},
		{"unhelpful: called a move unhelpful", d, "Britain called the Israeli move unhelpful.", "111", "GBR>ISR", ""},
		{"unwise: said a decision was unwise", "1983-01-01", "Germany said the American decision was unwise.", "111", "DEU>USA", ""},
		{"ill-advised: called a decision ill-advised", d, "France called Italy's decision ill-advised.", "111", "FRA>ITA", ""},
		{"wrong: said a decision was wrong", d, "Russia said the NATO decision was wrong.", "111", "RUS>IGONATO", ""},
		{"step backwards: called a law a step backwards", d, "The EU called Hungary's law a step backwards.", "111", "IGOEUR>HUN", ""},
		{"escalation: called sanctions a dangerous escalation", d, "China called the American sanctions a dangerous escalation.", "111", "CHN>USA", ""},
	})
}

// TestPhrasingAccuseTenses: accusation, blame and complaint in other
// decades, tenses and voices than the matrices above.
func TestPhrasingAccuseTenses(t *testing.T) {
	testLexRows(t, []lexRow{
		{"accuse: accused, 1980s", "1982-04-10", "Argentina accused Britain of piracy in the South Atlantic.", "11", "ARG>GBR", ""},
		{"accuse: has accused, present perfect", d, "Bolivia has accused Chile of blocking its exports.", "112", "BOL>CHL", ""},
		{"accuse: accuses, present", d, "Venezuela accuses Guyana of provoking the crisis.", "112", "VEN>GUY", ""},
		{"blame: blamed for, 1990s", "1994-04-10", "Rwanda's government blamed the rebels for the plane crash.", "112", "RWAGOV>RWAREB", ""},
		{"blame: blames, present", d, "Libya blames Egypt for the border incident.", "112", "LBY>EGY", ""},
		{"blame: blamed on passive", d, "The attack was blamed on Pakistan by India.", "112", "IND>PAK", ""},
		{"held responsible: held, 2000s", "2006-07-13", "Israel held Lebanon responsible for the abduction.", "112", "ISR>LBN", ""},
		{"finger: pointed the finger at Russia", d, "Estonia pointed the finger at Russia for the cyberattack.", "112", "EST>RUS", ""},
		{"behind: said was behind, 1990s", "1998-08-10", "The United States said bin Laden was behind the embassy bombings.", "112", "USA>IMGRAD", ""},
		{"complain: complained to the UN", d, "Cyprus complained to the United Nations about Turkey.", "114", "CYP>TUR", ""},
		{"complain: lodged a protest, 1980s", "1983-09-05", "Japan lodged a protest with the Soviet Union over the downing of the airliner.", "114", "JPN>RUS", ""},
		{"summon: summoned the envoy, 2000s", d, "Nigeria summoned the South African high commissioner.", "114", "NGA>ZAFGOV", ""},
		{"note: sent a protest note", d, "Azerbaijan sent a protest note to Iran.", "114", "AZE>IRN", ""},
	})
}
