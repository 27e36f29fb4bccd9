package pipeline

import "testing"

// TestBareEnvoyOtherState: "the ambassador", "the envoy" that no one's
// envoy named before stands for is not the story's own when the story
// names another state: he serves abroad, so he is that state's, unless his
// sentence places him there ("recalled the ambassador from Washington");
// in a story of one country he stays its own.
func TestBareEnvoyOtherState(t *testing.T) {
	testLexRows(t, []lexRow{
		{"the ambassador expelled, the other state in his sentence", "2008-09-12",
			"LA PAZ, Bolivia (AP) - Bolivian President Evo Morales on Thursday expelled the ambassador, accusing Washington of conspiring with the opposition.",
			"161", "BOLGOV>USAGOV", ""},
		{"the ambassador summoned after the other state", "2017-03-12",
			"ANKARA, Turkey (AP) - Turkey accused the Netherlands of treating its ministers badly. The foreign ministry summoned the ambassador on Sunday.",
			"114", "TURGOV>NLDGOV", ""},
		{"the envoy accuses, after the other state", "2016-03-08",
			"ISLAMABAD (Reuters) - Pakistan blamed Afghanistan for the attack on Monday. The envoy accused Pakistan of sheltering militants.",
			"112", "AFGGOV>PAK", ""},
		{"the ambassador placed in the other state is the story's", "2008-09-12",
			"LA PAZ, Bolivia (AP) - Bolivia criticized the United States on Wednesday. On Thursday the ambassador accused Washington of ignoring Bolivia in talks in Washington.",
			"112", "BOLGOV>USAGOV", ""},
		// must not change: a story of one country, an envoy with a country
		{"the envoy alone in a story of one country", "2023-05-07",
			"NAIROBI, Kenya (AP) - The envoy accused the rebels of breaking the truce.",
			"112", "KENGOV>KENREB", ""},
		{"an envoy with a nationality", "2008-09-12",
			"LA PAZ, Bolivia (AP) - Bolivian President Evo Morales on Thursday expelled the Venezuelan ambassador, accusing Washington of conspiring with the opposition.",
			"161", "BOLGOV>VENGOV", ""},
	})
}
