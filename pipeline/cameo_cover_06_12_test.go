package pipeline

import "testing"

// TestCameoCover0607: CAMEO 061, 064 and 071-073 as wire news words them, written from the
// codebook, not from any set's misses: energy supplied, pumped or resumed to a country (061),
// intelligence passed on (064), an amount in aid donated or sent (its kind named by "in"), money
// given for rebuilding (071). Guards: a standing supply, a company's goods, a bare donation.
func TestCameoCover0607(t *testing.T) {
	d := "2024-05-02"
	testLexRows(t, []lexRow{
		{"began supplying oil to", d, "Russia began supplying oil to India at cut prices.", "061", "RUS>IND", ""},
		{"supplied gas to", d, "Azerbaijan supplied gas to Italy through the new pipeline last year.", "061", "AZE>ITA", ""},
		{"began pumping gas to", d, "Turkmenistan began pumping gas to China through the new pipeline.", "061", "TKM>CHN", ""},
		{"resumed gas deliveries to", d, "Russia resumed gas deliveries to Moldova.", "061", "RUS>MDA", ""},
		{"resumed grain exports", d, "Ukraine resumed grain exports to Egypt on Monday.", "061", "UKR>EGY", ""},
		{"guard: a standing supply", d, "Norway supplies gas to Germany.", "061", "", ""},
		{"guard: supplied the team", d, "The club supplied new shirts to the players.", "061", "", ""},
		{"passed on intelligence to", d, "Turkey passed on intelligence about the bombers to Belgium.", "064", "TUR>BEL", ""},
		{"passed intelligence to", d, "Saudi Arabia passed intelligence to Britain about the plot.", "064", "SAU>GBR", ""},
		{"handed over evidence to", d, "Kenya handed over evidence to Ugandan investigators.", "064", "KEN>UGAGOV", ""},
		{"guard: passed the ball", d, "The captain passed the ball to the striker.", "064", "", ""},
		{"donated an amount in humanitarian aid", d, "Britain donated $20 million in humanitarian aid to Sudan.", "073", "GBR>SDN", ""},
		{"sent an amount in humanitarian aid", d, "Japan sent $5 million in humanitarian aid to Nepal.", "073", "JPN>NPL", ""},
		{"disbursed an amount in economic aid", d, "The World Bank disbursed $300 million in budget support to Ethiopia.", "071", "IGOUNO>ETH", ""},
		{"donated for reconstruction", d, "Kuwait donated $500 million for the reconstruction of Iraq.", "071", "KWT>", ""},
		{"guard: a bare donation stays 070", d, "Qatar donated $10 million to Gaza.", "071", "", ""},
	})
}

// TestCameoCover08: CAMEO 0832, 0842, 087 and 0862 as wire news words them: plans backed off and
// a rise scrapped (a change of policy conceded), a seized ship freed (property returned), military
// operations paused (a de-escalation), inspectors let return. Guards: a sports pause, a freed
// person stays 0841.
func TestCameoCover08(t *testing.T) {
	d := "2024-05-02"
	testLexRows(t, []lexRow{
		{"backed off plans", d, "The government backed off plans to raise fuel prices.", "0832", "GOV>", ""},
		{"backed off a tax increase", d, "Kenya's government backed off a tax increase after the protests.", "0832", "KENGOV>KENOPP", ""},
		{"scrapped a tax hike", d, "The government scrapped the contested tax hike.", "0832", "GOV>", ""},
		{"dropped a price hike", d, "Nigeria's government dropped the fuel price hike.", "0832", "NGAGOV>NGAOPP", ""},
		{"freed a seized tanker", d, "Iran freed the seized tanker on Friday.", "0842", "IRN>", ""},
		{"refused to free a tanker", d, "Iran refused to free the detained tanker.", "1243", "IRN>", ""},
		{"guard: freed hostages stay 0841", d, "Iran freed two French hostages.", "0842", "", ""},
		{"paused its military operations", d, "Israel paused its military operations against Hamas for four hours.", "087", "ISR>PSEREB", ""},
		{"paused airstrikes", d, "Saudi Arabia paused airstrikes on Yemen.", "087", "SAU>YEM", ""},
		{"guard: paused the match", d, "The referee paused the match for ten minutes.", "087", "", ""},
		{"let inspectors return", d, "Iraq let U.N. weapons inspectors return.", "0862", "IRQ>IGOUNO", ""},
		{"allowed inspectors to resume work", d, "North Korea allowed IAEA inspectors to resume work at Yongbyon.", "0862", "PRK>IGOUNO", ""},
	})
}

// TestCameoCover0910: CAMEO 090-091 and 1042 as wire news words them: a person put or placed under
// investigation (for a crime, 091), an inquiry named by its kind ("a bribery probe"), and a law's
// repeal or withdrawal demanded (a demand for a change of policy). Guards: a patient put under
// observation, troops' withdrawal demanded stays a de-escalation.
func TestCameoCover0910(t *testing.T) {
	d := "2024-05-02"
	testLexRows(t, []lexRow{
		{"placed under investigation for corruption", d, "Italian prosecutors placed the minister under investigation for corruption.", "091", "ITAJUD>ITAGOV", ""},
		{"put under investigation", d, "French prosecutors put the former president under investigation.", "090", "FRAJUD>FRAGOV", ""},
		{"put under investigation for fraud", d, "Prosecutors in Seoul put the former president under investigation for fraud.", "091", "KORJUD>KORGOV", ""},
		{"opened a bribery probe into", d, "Prosecutors opened a bribery probe into the governor.", "091", "JUD>GOV", ""},
		{"launched a graft probe into", d, "China's anti-graft watchdog launched a graft probe into the former minister.", "091", "CHN>GOV", ""},
		{"guard: under observation", d, "The doctor put the patient under observation.", "09", "", ""},
		{"demanded the repeal of laws", d, "Farmers demanded the repeal of the farm laws.", "1042", "CVL>", ""},
		{"demanded the withdrawal of a law", d, "Teachers demanded the withdrawal of the new education law.", "1042", "CVL>", ""},
		{"insisted on the scrapping of a tax", d, "The unions insisted on the scrapping of the new tax.", "1042", "LAB>", ""},
		{"guard: troops' withdrawal demanded", d, "NATO demanded the withdrawal of Russian troops.", "1042", "", ""},
	})
}

// TestCameoCover1112: CAMEO 111, 116 and 125 as wire news words them: a party attacked over a
// matter of policy or words (criticism, not force), a party found or held liable by a court, a
// dialogue or negotiations boycotted (a refusal to meet). Guards: rebels attacking over the
// weekend, fans boycotting a final.
func TestCameoCover1112(t *testing.T) {
	d := "2024-05-02"
	testLexRows(t, []lexRow{
		{"attacked the government over prices", d, "Kenya's opposition leader attacked the government over rising prices.", "111", "KENOPP>KENGOV", ""},
		{"attacked a state for its stance", d, "The chancellor attacked Poland for its stance on migrants.", "111", "GOV>POL", ""},
		{"attacked the president over his handling", d, "The opposition attacked the president over his handling of the economy.", "111", "OPP>GOV", ""},
		{"guard: rebels attacked over the weekend", d, "Rebels attacked the army over the weekend.", "111", "", ""},
		{"guard: militants attacked for the second time", d, "Militants attacked the police for the second time this week.", "111", "", ""},
		{"found liable", d, "The court found the government liable for the deaths.", "116", "JUD>GOV", ""},
		{"held liable", d, "A Dutch court held the state liable for the killings at Srebrenica.", "116", "NLDJUD>", ""},
		{"boycotted the national dialogue", d, "The opposition boycotted the national dialogue.", "125", "OPP>", ""},
		{"boycotted negotiations with", d, "The rebels boycotted the negotiations with the government.", "125", "REB>GOV", ""},
		{"guard: boycotted a final", d, "The fans boycotted the final.", "125", "", ""},
	})
}

// TestCameoCoverAccessAidDefiance: more of CAMEO 061, 062, 07, 1044 and 128 as wire news words
// them: market access granted free of duty (061, not access let in, 086), arms purchased or
// acquired (062), aid secured or obtained from a giver (given by it), an institution's abolition
// or overthrow demanded (1044), a curfew or a court order ignored (128). Guards: access to a
// prisoner, a company's acquisition, a seat secured, a question ignored.
func TestCameoCoverAccessAidDefiance(t *testing.T) {
	d := "2024-05-02"
	testLexRows(t, []lexRow{
		{"granted duty-free access", d, "India granted Bangladesh duty-free access for its textiles.", "061", "IND>BGD", ""},
		{"granted tariff-free access to goods", d, "Beijing granted tariff-free access to goods from 33 African countries.", "061", "CHNGOV>", ""},
		{"guard: access to a prisoner", d, "The court granted the lawyers access to the prisoner.", "061", "", ""},
		{"purchased air defence systems from", d, "India purchased S-400 air defence systems from Russia.", "062", "IND>RUS", ""},
		{"acquired tanks from", d, "Poland acquired Abrams tanks from the United States.", "062", "POL>USA", ""},
		{"guard: a company acquired a rival", d, "The company acquired a rival from its owners.", "062", "", ""},
		{"secured a bailout from", d, "Pakistan secured a $7 billion bailout from the IMF.", "071", "IGOUNO>PAK", ""},
		{"obtained a loan from", d, "Egypt obtained a $3 billion loan from the World Bank.", "071", "IGOUNO>EGY", ""},
		{"secured air defence systems from", d, "Ukraine secured more air defence systems from Germany.", "072", "DEU>UKR", ""},
		{"guard: secured a seat", d, "Kenya secured a seat on the Security Council.", "07", "", ""},
		{"demanded the abolition of the monarchy", d, "The students demanded the abolition of the monarchy.", "1044", "CVL>", ""},
		{"demanded the overthrow of the regime", d, "Protesters demanded the overthrow of the regime.", "1044", "OPP>GOV", ""},
		{"ignored the court order", d, "The opposition ignored the court order and held the rally.", "128", "OPP>JUD", ""},
		{"ignored the curfew", d, "Thousands of protesters ignored the curfew in Khartoum.", "128", "SDNOPP>", ""},
		{"guard: ignored the question", d, "The minister ignored the question.", "128", "", ""},
	})
}
