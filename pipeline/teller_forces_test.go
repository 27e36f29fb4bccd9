package pipeline

import "testing"

// TestTellerForces: unnamed forces in a clause that a state's official or
// body tells ("Kosovo's interior minister said police had arrested
// several suspects", "police detained 200 people, Moldova's interior
// ministry said") are that state's, not the country of the story's
// dateline. Forces told by a body of no state, or in a sentence whose
// place says whose they are, keep their own, as do forces told of in what
// they would suffer or in a clause below the told one.
func TestTellerForces(t *testing.T) {
	runLexRows(t, []lexRow{
		{"a minister's appositive, police", "2023-09-25",
			"BELGRADE, Serbia — Serbia's president spoke in Belgrade. Xhelal Svecla, Kosovo's interior minister, said police had arrested several suspects.", "173", "XKXCOP>XKXCVL", ""},
		{"an adjective president, troops", "2009-04-09",
			"BUCHAREST, Romania — Romania's president spoke in Bucharest. The Moldovan president said troops had detained the opposition leader Vlad Filat.", "173", "MDAMIL>MDAOPP", ""},
		{"a possessive ministry, soldiers that", "2009-04-09",
			"NAIROBI, Kenya — Kenya's president spoke in Nairobi. Uganda's defence ministry said that soldiers had killed 12 fighters of the Lord's Resistance Army.", "19", "UGAMIL>UGAREB", ""},
		{"a frame after, police", "2009-04-09",
			"LONDON, United Kingdom — Britain's prime minister spoke in London. Police detained about 200 people overnight, Zimbabwe's interior minister said.", "173", "ZWECOP>ZWECVL", ""},
		{"a country tells, police", "2009-04-09",
			"PARIS, France — France's president spoke in Paris. Algeria said police had arrested 30 suspects.", "173", "DZACOP>DZACVL", ""},
		{"guard: a rights group tells", "2009-04-09",
			"NAIROBI, Kenya — Kenya's president spoke in Nairobi. Amnesty International said police had arrested dozens of students.", "173", "KENCOP>KENCVL", ""},
		{"guard: the place says whose", "2009-04-09",
			"LONDON, United Kingdom — Britain's prime minister spoke in London. Zimbabwe's foreign minister said police had detained dozens of protesters in Nairobi.", "173", "KENCOP>KENOPP", ""},
		{"guard: what they would suffer", "2007-09-25",
			"YANGON, Myanmar — Myanmar's junta held the opposition leader on Monday. Troops patrolled the streets. The U.S. State Department said the generals would face tougher sanctions.", "1312", "USAGOV>MMRMIL", ""},
		{"guard: barred from entering", "2007-09-25",
			"SUVA, Fiji — Fiji's army seized power on Tuesday. New Zealand said it had cut its military links with the islands and barred soldiers from entering the country.", "1722", "NZL>FJIMIL", ""},
	})
}
