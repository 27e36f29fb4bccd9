package pipeline

import "testing"

// TestClaimedAttack: attackers the story does not name ("gunmen", "the
// attackers") are the armed body that claims the attack later in the
// story; "other gunmen" after the claim, two bodies claiming, a lone
// gunman, and a state blaming a body are no claim of those attacks.
func TestClaimedAttack(t *testing.T) {
	testLexRows(t, []lexRow{
		{"claimed responsibility", "2013-09-23", "NAIROBI, Kenya — Islamist gunmen stormed a shopping mall in Nairobi on Saturday. The attackers killed 62 people. Al-Shabaab claimed responsibility for the attack.", "19", "SOMRAD>KEN", ""},
		{"the attackers", "2013-09-23", "NAIROBI, Kenya — Islamist gunmen stormed a shopping mall in Nairobi on Saturday. The attackers killed 62 people. Al-Shabaab claimed responsibility for the attack.", "18", "SOMRAD>KENCVL", ""},
		{"claimed the attack", "2015-04-02", "GARISSA, Kenya — Gunmen attacked a church in Garissa on Sunday. Al-Shabaab claimed the attack on Monday.", "18", "SOMRAD>KENCVL", ""},
		{"said it was behind", "2012-08-20", "KABUL — Gunmen attacked a police post in Helmand on Sunday, killing four officers. The Taliban said it was behind the attack.", "19", "AFGREB>AFGCOP", ""},
		{"later sentence", "2012-01-20", "KANO, Nigeria — Gunmen attacked a police station in Kano on Monday. Boko Haram claimed responsibility in a statement. The group warned of more attacks.", "19", "NGARAD>NGACOP", ""},
		{"guard: other gunmen", "2012-01-20", "KANO, Nigeria — Gunmen attacked a police station in Kano on Monday. Boko Haram claimed responsibility. Other gunmen raided a bank in Maiduguri on Tuesday.", "18", "UAF>NGABUS", ""},
		{"guard: two claim", "2012-01-20", "KANO, Nigeria — Gunmen attacked a police station in Kano on Monday. Boko Haram claimed responsibility for the attack. Ansaru also claimed responsibility.", "19", "UAF>NGACOP", ""},
		{"guard: a lone gunman", "2012-02-26", "KABUL — A gunman shot dead two American officers in Kabul on Saturday. The Taliban claimed the killing.", "19", "UAF>USACOP", ""},
		{"guard: a state blames", "2012-01-20", "KANO, Nigeria — Gunmen attacked a police station in Kano on Monday. The government said Boko Haram was behind the attack.", "19", "UAF>NGACOP", ""},
	})
}
