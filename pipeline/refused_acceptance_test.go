package pipeline

import "testing"

// TestRefusedAcceptance: a refusal to accept, recognise or carry out a deed
// (sets.txt's &acceptance on the infinitive: "refused to accept the
// result", "refused to enforce the ban") rejects the deed, and answers its
// doer as "rejected the result" does: the state an election's result is
// the act of, the court whose ruling it is; a state's measure refused (a
// curfew) and an offer keep the targets they had.
func TestRefusedAcceptance(t *testing.T) {
	testLexRows(t, []lexRow{
		{"refused to accept the result", "2019-05-22", "JAKARTA, Indonesia (AP) — Prabowo has refused to accept the result, alleging widespread cheating.", "12", "IDNOPP>IDNGOV", ""},
		{"refused to recognise the election results", "2019-05-22", "JAKARTA, Indonesia (AP) — The opposition refused to recognise the election results.", "12", "IDNOPP>IDNGOV", ""},
		{"refused to respect the verdict", "2020-03-10", "NAIROBI, Kenya (AP) — The Supreme Court annulled the election on Friday, but the ruling party refused to respect the verdict.", "12", "KENPTY>KENJUD", ""},
		{"a curfew refused stays a measure", "2014-06-01", "BANGKOK (AP) — The government imposed a curfew on Monday, but protesters refused to respect the curfew.", "12", "THAOPP>THACVL", ""},
		{"refused to implement the ruling", "2012-06-20", "CAIRO (AP) — The Supreme Court dissolved parliament on Thursday, and the government refused to implement the ruling.", "12", "EGYGOV>EGYJUD", ""},
		{"refused to acknowledge the vote", "2001-07-23", "JAKARTA, Indonesia (AP) — The assembly voted to remove Wahid on Monday, but he refused to acknowledge the vote.", "12", "IDNGOV>IDNLEG", ""},
		{"refused to accept an offer answers its maker", "2022-05-09", "Russia offered Ukraine a ceasefire on Monday, but Kyiv refused to accept the offer.", "12", "UKRGOV>RUSGOV", ""},
	})
}
