package pipeline

import "testing"

// Phrasing matrices of rejection (CAMEO root 12) and denial (016) as wire
// copy words them: each family is one act said many ways, by different
// actors, regions, decades, tenses and voices.

// TestPhrasingRejectNot: the other senses of the words of rejection.
func TestPhrasingRejectNot(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a warplane shot down is no rejection", d, "Turkey shot down a Russian warplane near the border.", "12", "", ""},
		{"a judgement foreseen is no refusal told as made", d, "The opposition said the election will not be fair.", "11", "", ""},
		{"a refusal denied is none", d, "Serbia did not say no to the EU.", "12", "", ""},
		{"saying no decision was made is no rejection", d, "Turkey said no decision had been made on the request.", "12", "", ""},
	})
}

// TestPhrasingReject: rejection (12x) in its wire forms.
func TestPhrasingReject(t *testing.T) {
	testLexRows(t, []lexRow{
		{"reject: rejected a proposal", d, "Israel rejected the Egyptian proposal.", "12", "ISR>EGY", ""},
		{"reject: flatly rejected", d, "Kosovo flatly rejected Serbia's offer.", "12", "XKX>SRB", ""},
		{"reject: passive", d, "The peace plan was rejected by the rebels.", "12", "REB>", ""},
		{"reject: headline", d, "Sudan rejects UN peacekeepers for Darfur.", "12", "SDN>IGOUNO", ""},
		{"dismiss: dismissed a proposal", d, "Armenia dismissed Azerbaijan's proposal.", "12", "ARM>AZE", ""},
		{"dismiss: dismissed out of hand", d, "Ethiopia dismissed the Egyptian plan out of hand.", "12", "ETH>EGY", ""},
		{"brush aside: brushed aside calls", d, "Myanmar brushed aside calls from ASEAN for talks.", "12", "MMR>IGOASN", ""},
		{"spurn: spurned an offer", d, "North Korea spurned South Korea's offer of talks.", "12", "PRK>KOR", ""},
		{"turn down: turned down", d, "Iran turned down Britain's offer.", "12", "IRN>GBR", ""},
		{"turn down: turned down a request", d, "Jordan turned down an Iraqi request for weapons.", "12", "JOR>IRQ", ""},
		{"rule out: ruled out talks", d, "Colombia ruled out talks with the ELN.", "12", "COL>COLREB", ""},
		{"rule out: ruled out a deal", d, "Britain ruled out a deal with Argentina.", "12", "GBR>ARG", ""},
		{"refuse: refused to meet", d, "The Chinese president refused to meet the Dalai Lama.", "12", "CHNGOV>CHNREL", ""},
		{"refuse: refused to hand over", d, "Iran refused to release the British sailors.", "1243", "IRN>GBR", ""},
		{"veto: vetoed", d, "Russia vetoed the Security Council resolution on Syria.", "129", "RUS>IGOUNO", ""},
		{"veto: vetoed a bid", d, "Greece vetoed Macedonia's bid to join NATO.", "12", "GRC>MKD", ""},
		{"snub: snubbed", d, "Zambia snubbed the summit in Harare.", "12", "ZMB>", ""},
		{"snub: snubbed a leader", d, "Obama snubbed Netanyahu during the visit.", "12", "USAGOV>ISRGOV", ""},
		{"shoot down: shot down a proposal", d, "Germany shot down the French proposal.", "12", "DEU>FRA", ""},
		{"say no: said no to", d, "Norway said no to the European Union.", "12", "NOR>IGOEUR", ""},
		{"balk: balked at", d, "Turkey balked at the American request.", "12", "TUR>USA", ""},
		{"none of: would have none of it", d, "China wanted a deal, but India would have none of it.", "12", "IND>CHN", ""},
		{"rebuff: rebuffed", d, "Caracas rebuffed Washington's offer of aid.", "12", "VENGOV>USAGOV", ""},
		{"throw out: threw out", d, "Parliament threw out the government's proposal.", "12", "LEG>GOV", ""},
		{"decline: declined an invitation", d, "Venezuela declined an invitation from Colombia.", "12", "VEN>COL", ""},
		{"accept: would not accept", d, "Serbia said it would not accept Kosovo's independence.", "12", "SRB>XKX", ""},
		{"accept: will never accept", d, "Argentina will never accept Britain's claim to the islands.", "12", "ARG>GBR", ""},
		{"cold water: poured cold water on", d, "Washington poured cold water on the Russian proposal.", "12", "USAGOV>RUS", ""},
		{"vote down: voted down", d, "The Senate voted down the president's plan.", "12", "LEG>GOV", ""},
		{"deaf ear: turned a deaf ear to", d, "Khartoum turned a deaf ear to the appeals from the United Nations.", "12", "SDNGOV>IGOUNO", ""},
		{"shoot down: shot down the idea", d, "Seoul shot down the Japanese idea on Thursday.", "12", "KORGOV>JPN", ""},
		{"shoot down: shoots down headline", d, "Tehran shoots down U.S. offer of talks.", "12", "IRNGOV>USA", ""},
		{"say no: says no to headline", d, "Switzerland says no to EU deal.", "12", "CHE>IGOEUR", ""},
		{"say no: said no to a request", d, "Egypt said no to the Israeli request.", "12", "EGY>ISR", ""},
		{"none of: would have none of it, 1990s", "1995-01-01", "Athens would have none of it.", "12", "GRCGOV>", ""},
		{"accept: will not accept", d, "Morocco will not accept the Algerian plan.", "12", "MAR>DZA", ""},
		{"cold water: poured cold water on a plan", d, "Ghana poured cold water on Nigeria's plan.", "12", "GHA>NGA", ""},
		{"deaf ear: turned a deaf ear to appeals", "1985-01-01", "Pretoria turned a deaf ear to British appeals.", "12", "ZAFGOV>GBR", ""},
	})
}

// TestPhrasingDeny: denials of an accusation or a role (016).
func TestPhrasingDeny(t *testing.T) {
	testLexRows(t, []lexRow{
		{"deny: denied involvement", d, "Rwanda denied involvement in the attack.", "016", "RWA>", ""},
		{"deny: denied the accusations", d, "India accused Pakistan of sheltering the gunmen. Pakistan denied the accusations.", "016", "PAK>IND", ""},
		{"deny: denied any role", d, "Britain accused Russia of the poisoning. Moscow denied any role.", "016", "RUSGOV>GBR", ""},
		{"deny: rejected the accusations", d, "Israel accused Iran of attacking the ship. Tehran rejected the accusations.", "016", "IRNGOV>ISR", ""},
		{"deny: dismissed the allegations as baseless", d, "Kenya accused Somalia of meddling. Somalia dismissed the allegations as baseless.", "016", "SOM>KEN", ""},
		{"deny: denied another's claims", d, "Syria denied Israeli claims that it had chemical weapons.", "016", "SYR>ISR", ""},
		{"deny: denied responsibility", d, "Hamas denied responsibility for the bombing.", "016", "PSEREB>", ""},
		{"deny: categorically denied", d, "Uganda accused Rwanda of spying. Kigali categorically denied the charge.", "016", "RWAGOV>UGA", ""},
		{"deny: refuted", d, "China accused Japan of provoking the clash. Japan refuted the claim.", "016", "JPN>CHN", ""},
		{"deny: brushed off the accusations", d, "Georgia accused Russia of bombing the village. Russia brushed off the accusations.", "016", "RUS>GEO", ""},
		{"deny: denied that its troops had", d, "Ethiopia denied that its troops had crossed into Sudan.", "016", "ETH>", ""},
		{"deny: denied the report", d, "Iran denied a report that it had sent troops to Syria.", "016", "IRN>", ""},
	})
}

// TestPhrasingDenyJudged: an accusation called or said to be baseless is
// denied (016); so is an act a party says it had nothing to do with.
func TestPhrasingDenyJudged(t *testing.T) {
	testLexRows(t, []lexRow{
		{"absurd: called the accusation absurd", d, "India accused China of spying. Beijing called the accusation absurd.", "016", "CHNGOV>IND", ""},
		{"groundless: said the allegations were groundless", d, "Chad accused Sudan of backing the rebels. Khartoum said the allegations were groundless.", "016", "SDNGOV>TCD", ""},
		{"baseless: described the charges as baseless", "1983-01-01", "Libya accused Egypt of plotting a coup. Cairo described the charges as baseless.", "016", "EGYGOV>LBY", ""},
		{"nothing to do: said it had nothing to do with", d, "Rwanda said it had nothing to do with the attack.", "016", "RWA>", ""},
		{"nothing to do: has nothing to do with, after an accusation", d, "Serbia accused Kosovo of the killings. Pristina said it had nothing to do with the killings.", "016", "XKXGOV>SRB", ""},
	})
}

// TestPhrasingRejectTenses: rejection and denial in other decades, tenses
// and voices than the matrices above.
func TestPhrasingRejectTenses(t *testing.T) {
	testLexRows(t, []lexRow{
		{"reject: rejected, 1980s", "1988-01-01", "South Africa rejected the American peace plan for Angola.", "12", "ZAF>USA", ""},
		{"reject: rejects, present", d, "Ethiopia rejects Egypt's demands on the dam.", "12", "ETH>EGY", ""},
		{"reject: has rejected, present perfect", d, "Morocco has rejected the Algerian offer of mediation.", "12", "MAR>DZA", ""},
		{"refuse: refused to withdraw", d, "Russia refused to withdraw its troops from Moldova.", "12", "RUS>MDA", ""},
		{"refuse: refuses, present", d, "Belarus refuses to release the opposition leader.", "12", "BLR>OPP", ""},
		{"veto: vetoes headline", d, "China vetoes UN resolution on Myanmar.", "129", "CHN>IGOUNO", ""},
		{"rule out: ruled out, 1990s", "1995-01-01", "Britain ruled out talks with the IRA.", "12", "GBR>GBRREB", ""},
		{"turn down: turned down an invitation", d, "Armenia turned down an invitation from Turkey.", "12", "ARM>TUR", ""},
		{"dismiss: dismissed the demand", d, "Qatar dismissed the Saudi demands.", "12", "QAT>SAU", ""},
		{"deny: denied, 1980s", "1986-04-15", "Libya denied any involvement in the Berlin bombing.", "016", "LBY>", ""},
		{"deny: denies, present", d, "Rwanda denies backing the M23 rebels.", "016", "RWA>", ""},
		{"deny: rejected the charges", d, "Kenya accused Sudan of arming militias. Khartoum rejected the charges.", "016", "SDNGOV>KEN", ""},
	})
}
