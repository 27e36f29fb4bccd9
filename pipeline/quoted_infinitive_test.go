package pipeline

import "testing"

// TestQuotedInfinitive: a partial quotation that opens on an infinitive's
// verb ('vowed to "crush" the rebels', 'threatened to "wipe out"') is the
// infinitive still: the quote mark after "to" hid the verb, read as a
// noun, so a vow or threat lost the act it promises. A quotation after
// "to" that opens on a noun phrase ('referred to "the incident"') stays a
// preposition's object.
func TestQuotedInfinitive(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"vowed to quoted crush", "2008-01-03", `Sri Lankan President Mahinda Rajapaksa vowed to "crush" the Tamil Tiger rebels.`, "138", "LKAGOV>LKAREB", ""},
		{"threatened to quoted attack", "2012-11-15", `Hamas threatened to "attack" Tel Aviv if the Israeli raids continued.`, "13", "PSEREB>ISRGOV", ""},
		{"pledged to quoted punish", "2015-11-14", `French President Francois Hollande pledged to "punish" the Islamic State militants.`, "13", "FRAGOV>IMGRAD", ""},
		{"vowed to quoted destroy", "2014-09-10", `President Barack Obama vowed to "degrade and ultimately destroy" the Islamic State group.`, "13", "USAGOV>IMGRAD", ""},
		{"promised to quoted kill", "2016-06-30", `Philippine President Rodrigo Duterte promised to "kill" drug dealers.`, "138", "PHLGOV>PHLCRM", ""},
		{"threatened to quoted invade", "1990-07-24", `Iraq threatened to "invade" Kuwait if it kept overproducing oil.`, "13", "IRQGOV>KWTGOV", ""},
		{"guard: a quoted noun after to", "2019-05-05", `The minister referred to "the incident" at the border.`, "19", "", ""},
		{"guard: a quoted name after to", "2019-05-05", `The army sent reinforcements to "Camp Victory" near Baghdad.`, "19", "", ""},
		{"guard: a vow quoted after to of no force", "2019-05-05", `The prime minister pledged to "work tirelessly" for the country.`, "13", "", ""},
	})
}
