package pipeline

import "testing"

// TestCoverWords1112 holds words for roots 11 and 12 that the cover audit
// and WordNet's synonyms of the lexicon's heads found missing: criticism
// levelled at a party, stigmatising, demonising and reviling, remonstrating
// with, tirades and broadsides launched, nations mobilised or enlisted
// against a party; proposals scorned, nixed, slapped down, knocked back or
// pushed aside, inquiries stonewalled. Guards keep the words' other senses.
func TestCoverWords1112(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"levelled criticism at", "2017-01-26", "Mexico levelled sharp criticism at the United States over the border wall.", "111", "MEXGOV>USAGOV", ""},
		{"leveled a broadside against", d, "The Pakistani army leveled a broadside against India.", "111", "PAKMIL>INDGOV", ""},
		{"stigmatised refugees", d, "The Kremlin stigmatised Ukrainian refugees.", "111", "RUSGOV>UKRREF", ""},
		{"demonised, after said", d, "Venezuela said the United States demonised its government.", "111", "USAGOV>VENGOV", ""},
		{"reviled by", "1986-04-16", "Libyan leader Moammar Gadhafi reviled the United States after the air strikes.", "111", "LBYGOV>USAGOV", ""},
		{"remonstrated with an envoy", d, "The Chinese foreign minister remonstrated with the Japanese ambassador.", "111", "CHNGOV>JPNGOV", ""},
		{"launched a tirade against", "2006-09-20", "Hugo Chavez launched a tirade against the United States at the UN.", "111", "VENGOV>USAGOV", ""},
		{"mobilised nations against", d, "Pakistan mobilised Islamic nations against India over Kashmir.", "113", "PAKGOV>INDGOV", ""},
		{"enlisted allies against", d, "Saudi Arabia enlisted its Gulf allies against Qatar.", "113", "SAUGOV>QATGOV", ""},
		{"scorned a proposal", d, "Hamas scorned the Israeli proposal for a truce.", "12", "PSEREB>ISRGOV", ""},
		{"nixed the deal", d, "Washington nixed the Iranian offer of talks.", "12", "USAGOV>IRNGOV", ""},
		{"slapped down a plan", d, "Germany slapped down the French plan for euro bonds.", "12", "DEUGOV>FRAGOV", ""},
		{"knocked back a bid", d, "Turkey knocked back Sweden's bid to join NATO.", "12", "TURGOV>SWEGOV", ""},
		{"pushed aside calls", d, "Russia pushed aside American calls for a ceasefire.", "12", "RUSGOV>USAGOV", ""},
		{"stonewalled inspectors", d, "Iran stonewalled the UN nuclear inspectors.", "12", "IRNGOV>IGOUNO", ""},
		{"guard: levelled the village is no criticism", d, "The army levelled the village.", "11", "", ""},
		{"guard: knocked back a drink", d, "The minister knocked back a glass of whisky.", "12", "", ""},
		{"guard: mobilised troops is a posture", d, "Russia mobilised its troops against Ukraine.", "113", "", ""},
		{"guard: enlisted in the army", d, "He enlisted in the army.", "11", "", ""},
	})
}
