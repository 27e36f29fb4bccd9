package pipeline

import (
	"testing"
	"time"
)

// TestDateAfterSubjectRelative holds a relative clause inside the subject
// ("Kenyatta, whose nephew died, rejected the demand on Sunday"): it ends
// at the sentence's verb, so the objects and times after that verb are
// the main clause's and date its act; a time inside the relative clause
// still dates only the relative clause's own act.
func TestDateAfterSubjectRelative(t *testing.T) {
	mon := time.Date(2021, time.March, 15, 12, 0, 0, 0, time.UTC)
	testDateRows(t, mon, []dateRow{
		{"whose, weekday after the verb",
			"The Kenyan president, whose brother was among the dead, condemned the bombing on Sunday.", "11", "", "2021-03-14"},
		{"who, weekday at the end",
			"Ugandan soldiers, who number about two thousand, shelled rebel camps near Kasese on Friday.", "194", "", "2021-03-12"},
		{"whose, weekday after a place",
			"Nigerian police, whose commanders deny any abuse, arrested dozens of students in Lagos on Saturday.", "173", "", "2021-03-13"},
		{"which, weekday after the object",
			"The Malian junta, which seized power in August, expelled the French ambassador on Saturday.", "161", "", "2021-03-13"},
		{"who, a date after the verb",
			"Zambian miners, who earn less than two dollars a day, blocked the road to Kitwe on March 9.", "1", "", "2021-03-09"},
		{"whose, a passive of its own",
			"Congolese rebels, whose leader was killed last year, ambushed an army convoy near Beni on Saturday.", "190", "", "2021-03-13"},
		{"whose, an object gap",
			"Hundreds of farmers, whose land the army seized, blocked the highway to Gulu on Sunday.", "144", "", "2021-03-14"},
		{"must not: the relative's own day stays its own",
			"The Chadian rebels, who attacked a border post on Friday, denied that they had killed civilians.", "19", "", "2021-03-12"},
		{"must not: an undated main act takes no day from the relative",
			"Ghana's foreign minister, who met the rebels on Friday, condemned the attack.", "11", "", "2021-03-15"},
		{"must not: the relative's own month stays its own",
			"The Malian junta, which seized power in August, expelled the French ambassador on Saturday.", "172", "", "2020-08"},
		{"must not: no relative",
			"The Kenyan president condemned the bombing on Sunday.", "11", "", "2021-03-14"},
	})
}
