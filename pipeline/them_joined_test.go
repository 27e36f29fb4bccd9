package pipeline

import "testing"

// TestThemJoinedAfterFirst: "them" after a sentence joined two or more
// people or agents with "and" after its first actor, as the last actors it
// named, stands for each of them ("summoned the prime minister and the
// protest leader and told them to end the bloodshed"), as it does for
// states; a run that opens the sentence is its subject, as before.
func TestThemJoinedAfterFirst(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a president tells two officials", d, "NAIROBI, Kenya -- President Ruto summoned the interior minister and the police chief on Monday and told them to restore order.", "10", "KENGOV>KENCOP", ""},
		{"a king tells a premier and a protest leader", "1992-05-21", "BANGKOK, Thailand -- King Bhumibol summoned Prime Minister Suchinda Kraprayoon and the protest leader Chamlong Srimuang and told them to end the bloodshed.", "10", "THAGOV>THAOPP", ""},
		{"an envoy urges two presidents", "1999-03-10", "LUSAKA, Zambia -- The UN envoy met Kabila and Kagame in Luanda and urged them to withdraw their troops.", "02", "IGOUNO>RWAGOV", ""},
		{"a president calls two leaders, past", "1998-01-20", "WASHINGTON -- Clinton called Netanyahu and Arafat on Tuesday and urged them to return to the negotiating table.", "02", "USAGOV>PSEGOV", ""},
		{"an envoy presses a minister and a commander", "2010-05-01", "KABUL -- The UN envoy met the interior minister and the Taliban commander in Herat and pressed them to release the hostages.", "02", "IGOUNO>AFGREB", ""},
		{"a subject run stays the subject", d, "Iran and Syria condemned the raid and said they would respond.", "11", "SYR>", ""},
	})
}

// TestThemNotJoinedByComma: a comma alone joins no run: the subject after
// an opening participle clause is not one with the actor before the comma.
func TestThemNotJoinedByComma(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a participle clause before the subject", "2018-03-14", "LONDON -- Telling parliament that the Russian diplomats were undeclared intelligence officers, Prime Minister Theresa May gave them one week to leave.", "161", "GBRGOV>RUSGOV", ""}, // diplomats given a time to leave are expelled envoys (TestPronounAntecedentHeads)
	})
}
