package pipeline

import "testing"

// TestVerdictPredicate: a speaker's reported judgement of another party, or
// of another party's act, told by the complement's predicate: a verb of
// wrongdoing or harm ("said the crackdown had undermined the transition",
// "said the sanctions harmed ordinary people", "said the execution showed
// contempt for human rights", "said the rulings violated the constitutional
// order"), a standard fallen short of, a participle of blame ("said the
// arrests were politically motivated"), or the speaker's concern or alarm
// at a party or its act, the party named ("said it was deeply concerned by
// Uganda's arrest of"). It is criticism (111; 112 when it charges
// wrongdoing) from the speaker to whoever did the act judged. Its own side
// judged, a fact told with its own code, harm no party did, praise, and a
// judgement denied code no criticism.
func TestVerdictPredicate(t *testing.T) {
	testLexRows(t, []lexRow{
		{"crackdown undermined", d, "Zimbabwean security forces launched a crackdown on protesters in Harare. Germany said the crackdown undermined the country's democratic transition.", "112", "DEU>ZWEGOV", ""},
		{"party undermined", d, "Germany said Russia had undermined the country's democratic transition.", "112", "DEU>RUS", ""},
		{"execution showed contempt", d, "Iran hanged a dissident on Monday. Britain said the execution showed contempt for human rights.", "112", "GBR>IRN", ""},
		{"party showed contempt", d, "Washington said Beijing had shown contempt for the rights of its people.", "11", "USAGOV>CHNGOV", ""},
		{"sanctions harmed", d, "The United States imposed new sanctions on Russia. Moscow said the sanctions harmed ordinary people.", "112", "RUSGOV>USA", ""},
		{"law would harm", d, "Hungary's parliament passed a law restricting aid to migrants. The bishops said the law would harm the poorest families.", "11", "REL>HUNLEG", ""},
		{"blockade endangered", d, "Israel tightened its blockade of Gaza. The United Nations said the blockade endangered the lives of civilians.", "11", "IGOUNO>ISR", ""},
		{"trial fell short", d, "A Cairo court sentenced 12 activists to prison. Amnesty International said the ruling fell far short of international standards.", "11", "NGO>EGYJUD", ""},
		{"party fell short", d, "The European Union said Turkey fell short of its commitments.", "112", "IGOEUR>TUR", ""},
		{"arrests politically motivated", d, "Zimbabwean police arrested 30 opposition members in Harare on Monday. The opposition party said the arrests were politically motivated.", "111", "ZWEOPP>ZWEGOV", ""},
		{"charges racially motivated", d, "Police in Kenya charged three Somali traders with fraud. Somalia said the charges were racially motivated.", "111", "SOM>KENGOV", ""},
		{"concerned by the arrest", d, "The State Department said it was deeply concerned by Uganda's arrest of the opposition leader.", "111", "USAGOV>UGA", ""},
		{"alarmed by another's moves", d, "The European Union said it was alarmed by Russia's moves on the border.", "111", "IGOEUR>RUS", ""},
		{"troubled by the detentions", d, "Britain said it was troubled by Egypt's detention of dozens of journalists.", "111", "GBR>EGY", ""},
		{"voiced concern about another's role", d, "Israel's foreign minister voiced concern about Algeria's role in the region.", "111", "ISRGOV>DZA", ""},
		{"rulings violated", d, "Venezuela's Supreme Court issued two rulings stripping the National Assembly of its powers. The attorney general said the rulings violated the constitutional order.", "112", "VENJUD>VENJUD", ""},
		{"guard: concern about no party", d, "The State Department said it was concerned about the economy.", "11", "", ""},
		{"guard: concern about an act, no party named", d, "Norway was alarmed by the arrests of journalists in Minsk.", "11", "", ""},
		{"guard: its own side judged", d, "The government said it had harmed no one.", "11", "", ""},
		{"guard: a fact with its own code", d, "The army said the rebels had killed ten soldiers.", "11", "", ""},
		{"guard: its own side's act", d, "Indian troops raided militant camps in Kashmir. An army spokesman said the raids had inflicted heavy casualties.", "11", "", ""},
		{"guard: hostilities are no one's deed", d, "The conflict in Cabo Delgado has killed more than 2,600 people, aid agencies say.", "11", "", ""},
		{"guard: harm by no party", d, "Russia said the drought harmed crops.", "11", "", ""},
		{"guard: praise", d, "Russia said the deal strengthened ties with China.", "11", "", ""},
		{"guard: a judgement denied", d, "Zimbabwean police arrested 30 opposition members in Harare on Monday. The government said the arrests were not politically motivated.", "11", "", ""},
		{"guard: harm foretold by a party is a threat", d, "Iran said Israel would harm its own people.", "11", "", ""},
	})
}
