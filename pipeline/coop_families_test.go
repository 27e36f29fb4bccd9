package pipeline

import "testing"

// TestCoopValueObject: an object whose value follows it ("a loan worth one
// billion dollars") is still the object, so the verb's "to" phrase names
// who receives it; before, "worth" was read as a second object and the aid
// went unnoticed.
func TestCoopValueObject(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a loan extended to", d, "The Indian government extended a loan worth one billion dollars to Sri Lanka on Thursday.", "071", "INDGOV>LKA", ""},
		{"emergency aid, perfect", d, "Japan has given emergency aid worth two million dollars to Libya, the embassy said.", "073", "JPN>LBY", ""},
		{"a line of credit", d, "China extended a line of credit worth 500 million dollars to Nepal last month.", "071", "CHN>NPL", ""},
		{"weapons promised", d, "Washington will send weapons worth 400 million dollars to Kyiv, the Pentagon said.", "0332", "USAGOV>UKRGOV", ""},
		{"humanitarian aid provided", d, "Qatar provided humanitarian aid worth ten million dollars to Sudan on Monday.", "073", "QAT>SDN", ""},
		{"not: a complement of judgement", d, "Russia called the sanctions worthless and illegal on Monday.", "07", "", ""},
	})
}

// TestCoopLexiconGaps: verbs and objects of cooperation that wire copy uses
// and the lexicon lacked: a tie or a stand defended in words (052),
// firefighters deployed to another country (073), a loan signed with a
// borrower (071), a swap line renewed (061), refugee status granted (075),
// a detainee's relative released (0841); each with a row that must not
// code.
func TestCoopLexiconGaps(t *testing.T) {
	testLexRows(t, []lexRow{
		{"defend: ties", d, "China's foreign ministry defended its close ties with Russia at a briefing on Tuesday.", "052", "CHNGOV>RUS", ""},
		{"defend: a refusal", d, "Serbia's president defended the country's refusal to join the sanctions against Moscow.", "052", "SRBGOV>", ""},
		{"defend: a partnership", d, "The Hungarian prime minister defended his partnership with Beijing in a speech to parliament.", "052", "HUNGOV>CHNGOV", ""},
		{"defend: not a border", d, "Ukrainian troops defended the border with Belarus through the night.", "052", "", ""},
		{"deploy: firefighters", d, "Brazil has deployed firefighters and aircraft to help Bolivia fight forest fires.", "073", "BRA>BOL", ""},
		{"deploy: not troops", d, "Russia deployed troops to the border with Ukraine on Monday.", "073", "", ""},
		{"sign: a loan with", d, "The World Bank signed a loan of 300 million dollars with Kenya on Friday.", "071", "IGOUNO>KEN", ""},
		{"sign: not a loan agreement", d, "Kenya signed a loan agreement with the World Bank on Friday.", "071", "", ""},
		{"renew: a swap line", d, "The central banks of China and Argentina renewed a currency swap line on Thursday.", "061", "CHNGOV>ARG", ""},
		{"renew: not a call", d, "Argentina renewed its call for talks with Britain on the Falklands.", "061", "", ""},
		{"grant: refugee status", d, "Canada granted refugee status to ten thousand Afghans last year.", "075", "CAN>AFGCVL", ""},
		{"grant: refugee status promised", d, "Ottawa will grant refugee status to thousands of Afghans, the minister said.", "033", "CANGOV>AFGCVL", ""},
		{"grant: not refused", d, "Denmark refused to grant refugee status to the Syrian family.", "075", "", ""},
		{"release: a son", d, "The junta in Niger released the ousted president's son on Friday.", "0841", "NERGOV>NERGOV", ""},
		{"release: a daughter, passive", d, "The opposition leader's daughter was released by Belarusian authorities on Monday.", "0841", "BLRGOV>BLROPP", ""},
		{"release: not a statement", d, "The ministry released a statement on Monday.", "0841", "", ""},
	})
}

// TestCoopTimeBeforeInfinitive: a promise or a refusal whose time comes
// between the verb and its infinitive ("agreed on Thursday to release")
// combines with the act as it does with no time between.
func TestCoopTimeBeforeInfinitive(t *testing.T) {
	testLexRows(t, []lexRow{
		{"agreed on a weekday to release", d, "Israel agreed on Thursday to release 150 Palestinian prisoners.", "0353", "ISR>PSECVL", ""},
		{"refused on a weekday to release", d, "The rebels refused on Monday to release the hostages.", "1243", "REB>CVL", ""},
		{"not: released, a promise only", d, "Israel agreed on Thursday to release 150 Palestinian prisoners.", "0841", "", ""},
	})
}

// TestCoopMutualIntentToMeet: parties joined by "and" that promise to meet
// or talk (036) with no one else named promise it to each other, not to
// the country where the talks are to be held ("agreed to resume talks in
// Jeddah"); a single party's promise keeps the place's country, and a
// party named after "with" stays the target.
func TestCoopMutualIntentToMeet(t *testing.T) {
	testLexRows(t, []lexRow{
		{"agreed to hold talks abroad", d, "The Colombian government and the ELN rebels agreed to hold talks in Mexico City.", "036", "COLGOV>COLREB", ""},
		{"agreed to resume talks", d, "Ethiopia and Eritrea agreed on Saturday to resume talks in Jeddah.", "036", "ETH>ERI", ""},
		{"pledged to resume visits", d, "Japan and South Korea pledged on Thursday to resume regular visits by their leaders.", "036", "JPN>KOR", ""},
		{"committed to talks", d, "The Colombian government and the ELN committed themselves to talks in Caracas next month.", "036", "COLGOV>COLREB", ""},
		{"not: a third party named", d, "Russia and China agreed to hold talks with the United States in Geneva.", "036", "RUS>USA", ""},
		{"not: one party", d, "Iran said it was ready to hold talks in Oman.", "036", "IRN>OMN", ""},
	})
}

// TestCoopAppealOnNoun: an appeal told by a participle on the noun that
// carries it ("passed a resolution calling on the government to", "issued
// a statement calling for") is the noun's author's appeal, and the act it
// asks for is not told as done.
func TestCoopAppealOnNoun(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a resolution calling on", d, "The Senate passed a resolution calling on the government to release the detainees.", "0253", "LEG>GOV", ""},
		{"a statement calling on both sides", d, "The United Nations issued a statement on Monday calling on both sides to show restraint.", "0256", "IGOUNO>", ""},
		{"a letter calling on the president", d, "The bishops issued a letter calling on the president to resign.", "0241", "REL>GOV", ""},
		{"not: the act asked for", d, "The Nigerian Senate passed a resolution calling on the federal government to declare a state of emergency.", "1724", "", ""},
		{"not: the resignation asked for", d, "The bishops issued a letter calling on the president to resign.", "0831", "", ""},
	})
}

// TestCoopJointExerciseKinds: a joint exercise named with its kind between
// "joint" and the noun ("a joint training exercise", "joint air
// exercises") is military cooperation (062) between its parties, as "a
// joint exercise" is; an exercise that is not joint stays a show of force.
func TestCoopJointExerciseKinds(t *testing.T) {
	testLexRows(t, []lexRow{
		{"joint training exercise", d, "The Israeli and Moroccan armies held their first joint training exercise on Wednesday.", "062", "ISRMIL>MARMIL", ""},
		{"joint counter-terrorism exercise", d, "India and Sri Lanka staged a joint counter-terrorism exercise near Colombo last week.", "062", "IND>LKA", ""},
		{"joint air exercises with", d, "Egypt conducted joint air exercises with Greece over the Mediterranean.", "062", "EGY>GRC", ""},
		{"not: an exercise of one's own", d, "Russia held a large military exercise in the Baltic Sea on Monday.", "062", "", ""},
	})
}

// TestCoopAidRaisedAndAimed: aid raised or stepped up is aid given, of the
// kind its object names ("increased military assistance to", "stepped up
// humanitarian aid to"), and a kind of aid named by a multi-word noun
// keeps its receiver after "to" or "for" ("a package of military
// assistance for Ukraine"), as does an amount in aid announced ("announced
// $400 million in military assistance for Ukraine"); a military presence increased stays a
// deployment, and support gained in the polls is no aid.
func TestCoopAidRaisedAndAimed(t *testing.T) {
	testLexRows(t, []lexRow{
		{"increased military assistance to", d, "Australia increased military assistance to Papua New Guinea last year.", "072", "AUS>PNG", ""},
		{"pledged to increase, promise", d, "The Australian prime minister pledged to increase military assistance to Papua New Guinea.", "0332", "AUSGOV>PNG", ""},
		{"stepped up humanitarian aid", d, "The European Union stepped up humanitarian aid to Sudan on Monday.", "073", "IGOEUR>SDN", ""},
		{"increased lending", d, "The World Bank increased lending to Kenya after the floods.", "071", "IGOUNO>KEN", ""},
		{"military assistance for", d, "The United States announced a new package of military assistance for Ukraine on Friday.", "072", "USA>UKR", ""},
		{"humanitarian aid for", d, "Japan announced ten million dollars in humanitarian aid for Myanmar.", "073", "JPN>MMR", ""},
		{"an amount in aid announced", d, "The United States announced 400 million dollars in military assistance for Ukraine on Friday.", "072", "USA>UKR", ""},
		{"an amount in funding announced", d, "The EU announced 50 million euros in new funding for Sudan.", "071", "IGOEUR>SDN", ""},
		{"not: an amount in profits", d, "The company announced 200 million dollars in profits.", "07", "", ""},
		{"not: a military presence", d, "Russia increased its military presence near the border.", "07", "", ""},
		{"not: support in the polls", d, "The ruling party boosted its support in the polls.", "07", "", ""},
	})
}

// TestCoopHeldOutGaps: gaps a second, held-out batch of wire sentences
// found after the fixes above: a relative freed as one released is
// (0841), joint patrols as joint exercises are (062), and India's
// "external affairs minister", its foreign minister, named as the source
// rather than the country of the place the speech was given in.
func TestCoopHeldOutGaps(t *testing.T) {
	testLexRows(t, []lexRow{
		{"freed a son", d, "The Iranian authorities freed the son of a prominent dissident cleric on Thursday.", "0841", "IRNGOV>IRNREL", ""},
		{"joint border patrols", d, "Thai and Malaysian police conducted joint border patrols in the province of Narathiwat on Saturday.", "062", "THACOP>MYSCOP", ""},
		{"external affairs minister", "2022-06-01", "The Indian external affairs minister defended his country's ties with Russia in a speech in Bangkok on Monday.", "052", "INDGOV>RUS", ""},
		{"not: patrols of one's own", d, "Thai police conducted border patrols in the province of Narathiwat on Saturday.", "062", "", ""},
		{"not: freed from rubble", d, "Rescuers freed a man trapped under the rubble on Thursday.", "0841", "", ""},
	})
}
